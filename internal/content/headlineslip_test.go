package content

import (
	"testing"

	"haven/internal/diag"
)

// A slip of the organisation's own short line printed where no verb asks to dial it, as a
// headline or a tagline gives it, beside the line and "or", or after the word for a helpline,
// in any language haven reads the verbs of; what passes beside them.
func TestSlipsWithoutAVerbAsked(t *testing.T) {
	us, it, ua := hotlineIn("US", "988", "911"), hotlineIn("IT", "1522", "112"), hotlineIn("UA", "1547", "112")
	kr, de, de2 := hotlineIn("KR", "1366", "112"), hotlineIn("DE", "116 016", "112"), hotlineIn("DE", "08000 116 016", "112")
	checkSlipRows(t, []numberRow{
		{us, "989: you are not alone", "hotline.call"},
		{us, "989. Someone is here.", "hotline.call"},
		{it, "1523: you are not alone", "hotline.call"},
		{it, "Non sei sola. 1523", "hotline.call"},
		{us, "988 or 989, free, 24/7", "hotline.call"},
		{us, "988 or 989: free, 24/7", "hotline.call"},
		{us, "The numbers are 988 or 989.", "hotline.call"},
		{us, "Our numbers: 988 or 989.", "hotline.call"},
		{us, "988 · 989", "hotline.call"},
		{ua, "Телефонуйте на гарячу лінію 1574.", "hotline.call"},
		{ua, "Гаряча лінія 1574 працює цілодобово.", "hotline.call"},
		{ua, "The government hotline 1574 works around the clock.", "hotline.call"},
		{kr, "1636에서 도움을 받으세요.", "hotline.call"},
		{de, "Call 08000 116 061 any time.", "hotline.call"},
		{de, "Call 08000 161 016 any time.", "hotline.call"}, // the published long form, slipped inside its 116
		{de, "Call +49 8000 116 017 from abroad.", "hotline.call"},
		{de2, "Or call 116 061.", "hotline.call"},
		// the verbs of more languages, and their forms after "can"
		{us, "Αν ένα παιδί κινδυνεύει, καλέστε αμέσως το 912.", "hotline.emergency"},
		{us, "Μπορείτε επίσης να καλέσετε το 912.", "hotline.emergency"},
		{us, "Waxaad sidoo kale wici kartaa 912.", "hotline.emergency"},
		{us, "ასევე შეგიძლიათ დარეკოთ 912-ზე.", "hotline.emergency"},
		{us, "Կարող եք նաև զանգահարել 912։", "hotline.emergency"},
		{us, "আপনি ৯১২ নম্বরেও কল করতে পারেন।", "hotline.emergency"},
		{us, "O tún lè pe 912.", "hotline.emergency"},
		{us, "Та мөн 912 руу залгаж болно.", "hotline.emergency"},
		// what passes
		{us, "988 or 911. 988: call or text. 2024: a year of growth. 989: crisis line calls this year.", ""},
		{us, "Bus line 989 stops outside the school.", ""}, // a route, not a helpline
		{us, "The crisis line 989 is open.", "hotline.call"},
		{us, "How many people called last year? 987.", ""},
		{us, "988 or 211, whichever you need. Call 988 and 989 people answered.", ""},
		{hotlineIn("DE", "0800 1110111", "112"), "Children and teens can call 116 111.", ""},
		{de, "Call 0800 1110111 or 116 111.", ""},
		{de, "Call 08000 116 016, or 0800 161 0160, our office.", ""},
	})
}

// Another country's emergency number after "or" is refused as it is alone; a short number the
// words ask to dial that no line of the country answers, one slip from a line that does, is
// refused though the organisation's own numbers are far from it.
func TestCalledNumbersNoLineAnswers(t *testing.T) {
	au, nz, gb := hotlineIn("AU", "1800 737 732", "000"), hotlineIn("NZ", "0800 456 450", "111"), hotlineIn("GB", "0808 2000 247", "999")
	county := hotlineIn("US", "951-686-4357", "911")
	checkProblemRows(t, []numberRow{
		{au, "In immediate danger, call 000 or 911.", `"911" is the emergency number of`},
		{nz, "In an emergency, call 111 or 911.", `"911" is the emergency number of`},
		{gb, "In an emergency, call 999 or 911.", `"911" is the emergency number of`},
		{county, "In a crisis, call or text 989.", `"989", which the words ask to dial, is no number in US, and one slip from 988`},
		{gb, "Samaritans: call 116 213.", "one slip from 116123"},
		// what passes
		{county, "Call 988 or 211. Call 311 for the city. Room 989. Call us 9 to 5. Call 912 Main Street. Call 989 times.", ""},
		{hotlineIn("KR", "1366", "112"), "109에 전화하세요.", ""},
	})
}

// What a hunt for false refusals and misses found beside the checks above: a country without
// a table of lines, another real line named after the word for a helpline, a register's
// number, a short link's own company site; a bar after a headline's number, a tagline's
// question before it, a digit added to a known line.
func TestSlipsBesideTheirNeighbours(t *testing.T) {
	us, ua, th := hotlineIn("US", "988", "911"), hotlineIn("UA", "1547", "112"), hotlineIn("TH", "1300", "191")
	de := hotlineIn("DE", "116 016", "112")
	county := hotlineIn("US", "951-686-4357", "911")
	ug := hotlineIn("UG", "116", "999")
	ug.ConfirmedNumbers = []diag.Located{{Field: "confirmed_numbers[1]", Text: "116"}}
	checkSlipRows(t, []numberRow{
		{us, "989 | You are not alone.", "hotline.call"},
		{us, "Struggling? 989.", "hotline.call"},
		{ua, "Урядова гаряча лінія 1545 відповідає на запитання про соціальні виплати.", ""},
		{de, "Eingetragen im Vereinsregister Berlin, VR 11601 B.", ""},
		{th, "Call the 1300 social assistance hotline: call 1300 any time. Call 1299 for the police.", ""},
		{us, "How many people called us last year? 987.", ""},
	})
	checkProblemRows(t, []numberRow{
		{county, "If you are in crisis, call or text 9888.", "one slip from 988"},
		{ug, "Sauti Child Helpline: call 116 free.", ""}, // confirmed as the line's own
	})
}

// A short number tied by a particle to a verb that asks no call is no line set off to dial:
// Korea's volunteer portal 1365 ("apply at 1365") beside the women's line 1366. Its slips
// asked to be called, or standing alone, are still refused.
func TestNumberTiedToAVerbOfNoCall(t *testing.T) {
	kr := hotlineIn("KR", "1366", "112")
	checkSlipRows(t, []numberRow{
		{kr, "봉사자 모집: 1365에서 신청하세요.", ""},
		{kr, "자원봉사 신청: 1365에서 하세요.", ""},
		{kr, "여성긴급전화: 1365에 전화하세요.", "hotline.call"},
		{kr, "상담: 1365에서 도움을 받으세요.", "hotline.call"},
		{kr, "1365: 혼자가 아닙니다.", "hotline.call"},
		{kr, "여성긴급전화: 1365.", "hotline.call"},
	})
}

// A count is no number to dial where Greek or Yoruba names what it counts (calls, families),
// and where a dot or a comma separates its thousands ("15.901 κλήσεις", 15,901 calls, beside
// the line 15900); the same digits asked to be dialled are still refused.
func TestCountsInMoreLanguages(t *testing.T) {
	gr, gr2 := confirm(hotlineIn("GR", "15900", "112"), "15900"), hotlineIn("GR", "1056", "112")
	ng := hotlineIn("NG", "0703 000 0203", "199")
	checkProblemRows(t, []numberRow{
		{gr, "Η γραμμή 15900 λειτουργεί από το 2011 και δέχτηκε 15.901 κλήσεις.", ""},
		{gr, "The 15900 line has run since 2011 and took 15.901 calls, or 15,901 calls.", ""},
		{gr2, "Δεχτήκαμε 1.057 κλήσεις από 1057 οικογένειες.", ""},
		{ng, "Ní 2023, a pe 198 ìdílé láti bẹ̀ wọ́n wò. A pe 198 ènìyàn.", ""},
		// the slips beside them
		{gr, "Καλέστε 15.901.", `"15.901" is one slip away from hotline.call 15900`},
		{gr, "Καλέστε στο 15901 για βοήθεια.", `"15901" is one slip away from hotline.call 15900`},
		{gr2, "Καλέστε το 1057.", `"1057", which the words ask to dial, is no number in GR, and one slip from 1056`},
		{ng, "Ẹ pe 198.", `"198" is one slip away from hotline.emergency 199`},
		{ng, "Tí ewu bá wà, ẹ pe 198 lójú ẹsẹ̀.", `"198" is one slip away from hotline.emergency 199`},
	})
}

// A number no line answers, one slip from a known line, is asked for past a line's name or a
// keyword between the verb and it, and two digits right after the verb ending the sentence are
// a three-digit line cut short; counts, addresses and the lines themselves pass.
func TestUnansweredPastANameOrCut(t *testing.T) {
	gb := hotlineIn("GB", "0808 2000 247", "999")
	us := hotlineIn("US", "1-888-373-7888", "911")
	us.Hotline.Text, us.Hotline.Keyword = loc("hotline.text", "233733"), loc("hotline.keyword", "HELP")
	checkProblemRows(t, []numberRow{
		{gb, "You can phone Samaritans on 116 132.", `"116 132", which the words ask to dial, is no number in GB, and one slip from 116123`},
		{gb, "You can phone the Samaritans on 116 132.", "one slip from 116123"},
		{us, "Text HOME to 741714.", `"741714", which the words ask to dial, is no number in US, and one slip from 741741`},
		{us, "Text START to 88778.", "one slip from 88788"},
		{us, "If you are in crisis, call or text 98.", `"98", which the words ask to dial, is no number in US, and one slip from 988`},
		// what passes
		{gb, "You can phone Samaritans on 116 123, or Childline on 0800 1111.", ""},
		{gb, "Phone Samaritans on 116 132 times. Visit Samaritans at 116 132 High Street.", ""},
		{us, "Text HOME to 741741. Text START to 88788.", ""},
		{us, "If you are in crisis, call or text 98 times. Call 98 people. Text 98 to 741741. Call on the 21.", ""},
	})
}

// A line's number after the word for number, said free or open with no verb as Ukrainian and
// Russian say it, is the line's: its slip is refused, a law's number and a count pass.
func TestLineSaidFreeWithNoVerb(t *testing.T) {
	ua := hotlineIn("UA", "1547", "112")
	checkSlipRows(t, []numberRow{
		{ua, "Номер 1574 безкоштовний.", "hotline.call"},
		{ua, "Номер 1574 працює цілодобово.", "hotline.call"},
		{ua, "1574 безкоштовний і анонімний.", "hotline.call"},
		// what passes
		{ua, "Номер 1547 безкоштовний. Номер 1545 безкоштовний.", ""},
		{ua, "Закон номер 1574 ухвалено. 1574 людей звернулися. 1574 працівники.", ""},
	})
}

// A headline's slip run on into its sentence with no stop ("989 You are not alone") is
// refused as "989: you are not alone" is; a house's number before its street, in the
// languages' street words, passes, after "us" too, and so do a name in capitals and a count.
func TestHeadlineRunOnBesideAddresses(t *testing.T) {
	us := hotlineIn("US", "988", "911")
	checkSlipRows(t, []numberRow{
		{us, "989 You are not alone", "hotline.call"},
		{us, "989 Someone is here for you", "hotline.call"},
		{us, "Call us at 989.", "hotline.call"},
		// what passes
		{us, "Visit us at 989 Center Street NE, Salem, OR 97301. Write to us at 989 Court St NE.", ""},
		{us, "989 Center Street NE", ""},
		{us, "989 Salem Ave NE. Come to 989 Liberty St SE. Our office: 989 Broadway Suite 2", ""},
		{us, "989 Calls answered last year", ""},
		{us, "988 You are not alone. 988 Suicide & Crisis Lifeline", ""},
		{us, "Besuchen Sie uns: 989 Goethe Str. 4. Visit us at 989 Kirke Weg in Oslo.", ""},
	})
}

// A line's short number after an area code in brackets, as it is dialled from another area,
// is the line's own: its slip is refused ("(02) 1334" beside the Philippines' 1343), the line
// and another number of the area pass.
func TestShortLineAfterAnAreaCode(t *testing.T) {
	ph := confirm(hotlineIn("PH", "1343", "911"), "1343")
	checkSlipRows(t, []numberRow{
		{ph, "Call 1343 in Metro Manila, or (02) 1334 from the provinces.", "hotline.call"},
		{ph, "From the provinces, call (02) 1344.", "hotline.call"},
		// what passes
		{ph, "Call 1343 in Metro Manila, or (02) 1343 from the provinces.", ""},
		{ph, "Call (02) 8123 4567 or (02) 1234 for the office. Room (02) 1344.", ""},
	})
}
