package content

import (
	"cmp"
	"strings"
	"testing"

	"haven/internal/diag"
)

// A number one slip from one of the line's short numbers that the checks pass, in words no
// table holds, is refused at its line, naming the number and the line's, as are pairs of digits
// that make one ("39 91") and a line of the country's one slip from the line's call number, its
// length ("Ligue 181", "Guarda el 061"), until other_numbers lists it; a service one slip from
// the emergency number is warned of where the words ask to dial it. One the words say is
// something else (a year, a count, a price, a range, an address, a code, a line named for what
// it does, an emergency line of the country's own) passes.
func TestNearMisses(t *testing.T) {
	ke, pl, jp := hotlineIn("KE", "1195", "999"), hotlineIn("PL", "800 120 002", "112"), hotlineIn("JP", "#8008", "110")
	ca, mx, br := hotlineIn("CA", "1-800-363-9010", "911"), hotlineIn("MX", "800 822 44 60", "911"), hotlineIn("BR", "180", "190")
	de, fr, au, us := hotlineIn("DE", "116 016", "112"), hotlineIn("FR", "3919", "112"), hotlineIn("AU", "1800 737 732", "000"), hotlineIn("US", "988", "911")
	np, es := hotlineIn("NP", "1098", "100"), hotlineIn("ES", "016", "112")
	jp.ConfirmedNumbers = []diag.Located{loc("confirmed_numbers[1]", "#8008")}
	brListed, esListed := br, es
	brListed.Organisation.OtherNumbers = []OtherNumber{{Number: loc(otherField+"[1]", "181")}, {Number: loc(otherField+"[2]", "100")}}
	esListed.Organisation.OtherNumbers = []OtherNumber{{Number: loc(otherField+"[1]", "061")}}
	for _, tt := range []struct {
		set             Settings
		text            string
		refused, warned string // the problem's start, or ""
	}{
		{ke, "Hifadhi nambari 1159.", `f:1: x: "1159" is one slip away from hotline.call 1195; a likely typo (write {call} to print 1195 from settings.yaml; if 1159 is no number to dial, put what it counts right after it (1159 cases) or write it in words)`, ""},
		{ke, "Piga simu bila malipo kwa 1159.", `"1159" is one slip away from hotline.call 1195`, ""},
		{ke, "Katika dharura, piga simu 998 au 112.", `"998" is one slip away from hotline.emergency 999`, ""},
		{np, "हेल्पलाइनको नम्बर १०८९ हो।", `"१०८९" is one slip away from hotline.call 1098`, ""},
		{pl, "Numer alarmowy 113 działa całą dobę.", `"113" is one slip away from hotline.emergency 112`, ""},
		{jp, "危ないときは100へ。", `"100" is one slip away from hotline.emergency 110`, ""},
		{jp, "番号は8008です。", `"8008" is hotline.call #8008 without its #`, ""},
		{ca, "Le 912 peut localiser l'appel.", `"912" is one slip away from hotline.emergency 911`, ""},
		{fr, "Le 39 91 est gratuit et anonyme.", `"39 91" is one slip away from hotline.call 3919`, ""},
		{fr, "Appelez le 3919 (ou le 39 91 depuis une box).", `"39 91" is one slip away from hotline.call 3919`, ""},
		{br, "Ligue 181 a qualquer hora.", `f:1: x: "181" is one slip away from hotline.call 180; a likely typo (181 is a service number of its own in BR: if it is the line you mean, list it in settings.yaml under organisation: as other_numbers: ["181"]; otherwise write {call} to print 180`, ""},
		{br, "Ligue 181, é gratuito e sigiloso.", `"181" is one slip away from hotline.call 180`, ""},
		{br, "O 181 é gratuito e sigiloso.", `"181" is one slip away from hotline.call 180`, ""},
		{es, "Guarda el 061 para cuando lo necesites.", `"061" is one slip away from hotline.call 016`, ""},
		{es, "Llama al 016 o al 061.", `"061" is one slip away from hotline.call 016`, ""},
		{ca, "Composez le 611.", "", `"611", which the words ask to dial, is one slip from hotline.emergency 911, and is another line in CA`},
		{mx, "Marca al 811 de inmediato.", "", `"811", which the words ask to dial, is one slip from hotline.emergency 911, and is another line in MX`},
		// what passes
		{ke, "Tangu 1995 tumesaidia. Bei ni KSh 1159. Piga 1195 au 999. Ofisi: Room 1159.", "", ""},
		{ke, "Bei ni 1.159 au 11,59.", "", ""},
		{au, "Free, confidential, 24/7, 200+ languages. 200+ calls a day.", "", ""},
		{jp, "#8008にお電話ください。#9110は別の番号です。", "", ""},
		{ca, "Info-Social : composez le 811, option 2. Composez le 211 pour les ressources.", "", ""},
		{brListed, "Para violência contra a mulher, ligue 180. Para denúncias, ligue 181 ou 100.", "", ""},
		{brListed, "Ligue 181, é gratuito e sigiloso.", "", ""},
		{esListed, "Llama al 016 o al 061.", "", ""},
		{de, "Rufen Sie im Notfall die 110 an.", "", ""},
		{fr, "Pour un hébergement d'urgence, appelez le 115. Appelez le 39 19 ou le 3 919.", "", ""},
		{fr, "De 9 h à 18 h, 39 salariées et 91 bénévoles. Le 12 03 19 91, 39 91 %.", "", ""},
		{au, "Level 5, 180 Lonsdale St, Melbourne VIC 3000.", "", ""},
		{us, "Oregon law (ORS 419B.989) applies. Our number in area code 989 is (989) 555-1212. The pilot ran in counties 980 through 999.", "", ""},
	} {
		refused, warned := nearMisses("f", textLines{first: 1}, "x", tt.text, "", tt.set.Country, tt.set.Numbers())
		for _, c := range []struct {
			got  diag.Problems
			want string
		}{{refused, tt.refused}, {warned, tt.warned}} {
			if c.want == "" && len(c.got) > 0 || c.want != "" && (len(c.got) != 1 || !strings.Contains(c.got.Error(), c.want)) {
				t.Errorf("%q:\ngot  %v\nwant %s", tt.text, c.got, cmp.Or(c.want, "nothing"))
			}
		}
	}
}

// A slip of the line's number that its sentence gives as the line, one of the country's other
// lines or not, is refused: under a heading that names the line's own number ("Tổng đài 111 là
// gì?" over "112 là ..."; 114 and 115 are Vietnam's fire and ambulance lines), or as a helpline
// said to be for nothing else ("311 is a free helpline" beside 211); given as a helpline where
// it is an emergency line of the country's, or said to be for something, it is warned of. Other
// lines named as such, asked for or named beside the line, pass.
func TestNearMissesGivenAsTheLine(t *testing.T) {
	vn, us := confirm(hotlineIn("VN", "111", "113"), "111"), hotlineIn("US", "211", "911")
	const vnHeading = "Tổng đài 111 là gì?"
	for _, tt := range []struct {
		set             Settings
		heading, text   string
		refused, warned string // the problem's start, or ""
	}{
		{vn, vnHeading, "112 là Tổng đài quốc gia bảo vệ trẻ em. Cuộc gọi hoàn toàn miễn phí.", `f:1: x: "112" is given here as the line's number and is one slip from hotline.call 111: a reader who dials it reaches another line or no one (write {call} to print 111 from settings.yaml; if 112 is another line you mean`, ""},
		{vn, vnHeading, "114 là Tổng đài quốc gia bảo vệ trẻ em.", `"114" is given here as the line's number`, ""},
		{vn, vnHeading, "115 là Tổng đài quốc gia bảo vệ trẻ em.", `"115" is given here as the line's number`, ""},
		{vn, "Tổng đài {call} là gì?", "Cuộc gọi miễn phí. 112 là tổng đài bảo vệ trẻ em.", `"112" is given here as the line's number`, ""},
		{vn, "", "112 là Tổng đài quốc gia bảo vệ trẻ em.", `"112" is given here as the line's number`, ""},
		{vn, "", "114 là Tổng đài quốc gia bảo vệ trẻ em.", "", `"114", which its sentence gives as a helpline, is one slip from hotline.call 111, and is another line in VN`},
		{us, "", "311 yog ib tus xov tooj pab dawb thiab zais cia.", `"311" is given here as the line's number and is one slip from hotline.call 211`, ""},
		{us, "", "311 is a free helpline. It is open 24/7.", `"311" is given here as the line's number`, ""},
		{us, "", "311 is a free helpline for city services.", "", `"311", which its sentence gives as a helpline, is one slip from hotline.call 211`},
		// what passes
		{vn, vnHeading, "111 là Tổng đài quốc gia bảo vệ trẻ em. Khi nguy hiểm, gọi 113, 114 hoặc 115.", "", ""},
		{vn, "", "Gọi 115 khi cần cấp cứu. 114 là số cứu hỏa.", "", ""},
		{us, "", "For non-emergencies call 311. Call 211 for food help.", "", ""},
		{us, "", "311 is the city's number for non-emergencies.", "", ""},
		{us, "What is 211?", "211 is a free helpline. For non-emergencies call 311.", "", ""},
	} {
		refused, warned := nearMisses("f", textLines{first: 1}, "x", tt.text, tt.heading, tt.set.Country, tt.set.Numbers())
		for _, c := range []struct {
			got  diag.Problems
			want string
		}{{refused, tt.refused}, {warned, tt.warned}} {
			if c.want == "" && len(c.got) > 0 || c.want != "" && (len(c.got) != 1 || !strings.Contains(c.got.Error(), c.want)) {
				t.Errorf("%q under %q:\ngot  %v\nwant %s", tt.text, tt.heading, c.got, cmp.Or(c.want, "nothing"))
			}
		}
	}
}

// The refusal is given by a check of an edition, at the text's file, line and field.
func TestNearMissesInAnEdition(t *testing.T) {
	_, err := Load(edit(t, "en/text.yaml", "headline: You are not alone.", "headline: Kumbuka 912."), "content", Overrides{Langs: []string{"en"}})
	want := `content/en/text.yaml:26: card.headline: "912" is one slip away from hotline.emergency 911; a likely typo`
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("refused %v, want %s", err, want)
	}
}

// A count in a language whose count words haven does not know ("1159 хүүхэд", 1159 children,
// beside the line 1195) is told, not refused: the word beside it may say what it counts, and
// there was no way through but writing the count in words. Given as a number to dial (a word
// asking to call it, after or before it, a word for number, a label, a bracket after a
// service's name), the same slip is refused in every language; so is one in a language whose
// count words haven knows, and a count written before its number as Yoruba writes it passes.
func TestNearMissCountedInAnyLanguage(t *testing.T) {
	ng, ke := hotlineIn("NG", "199", "112"), hotlineIn("KE", "1195", "999")
	const counted = "beside it may say what it counts, so it is not refused"
	for _, tt := range []struct {
		set             Settings
		lang, text      string
		refused, warned string
	}{
		{ke, "mn", "Өнгөрсөн жил 1159 хүүхэд тусламж авсан.", "", `"1159" is one slip from hotline.call 1195, but "хүүхэд" ` + counted},
		{ke, "mn", "1159 руу залгана уу.", `"1159" is one slip away from hotline.call 1195`, ""},
		{ke, "mn", "Утасны дугаар 1159 үнэгүй.", `"1159" is one slip away from hotline.call 1195`, ""},
		{ng, "yo", "A ran ènìyàn 198 lọ́wọ́ ní ọdún tó kọjá.", "", ""},
		{ng, "yo", "Pe 198 lónìí.", `"198" is one slip away from hotline.call 199`, ""},
		{ke, "am", "ባለፈው ዓመት 1159 ልጆች ተረድተዋል።", "", `"1159" is one slip from hotline.call 1195, but "ልጆች" ` + counted},
		{ke, "am", "1159 ላይ ይደውሉ።", `"1159" is one slip away from hotline.call 1195`, ""},
		{ke, "sw", "Mwaka jana watoto 1159 walisaidiwa.", "", `"1159" is one slip from hotline.call 1195, but "`},
		{ke, "sw", "Piga 1159 sasa.", `"1159" is one slip away from hotline.call 1195`, ""},
		{ke, "sw", "Wasiliana na 1159 leo.", `"1159" is one slip away from hotline.call 1195`, ""},
		{ke, "tl", "Noong nakaraang taon, 1159 na bata ang natulungan.", "", `"1159" is one slip from hotline.call 1195, but "na" ` + counted},
		{ke, "tl", "Tumawag sa 1159 ngayon.", `"1159" is one slip away from hotline.call 1195`, ""},
		{ke, "tl", "Ang numero 1159 ay libre.", `"1159" is one slip away from hotline.call 1195`, ""},
		// where haven knows the language's counts, a word it does not read as one is none
		{ke, "en", "Last year 1159 kids were helped.", "", ""},
		{ke, "en", "Use 1159 for help.", `"1159" is one slip away from hotline.call 1195`, ""},
	} {
		refused, warned := nearMisses("content/"+tt.lang+"/faq.md", textLines{first: 1}, "x", tt.text, "", tt.set.Country, tt.set.Numbers())
		for _, c := range []struct {
			got  diag.Problems
			want string
		}{{refused, tt.refused}, {warned, tt.warned}} {
			if c.want == "" && len(c.got) > 0 || c.want != "" && (len(c.got) != 1 || !strings.Contains(c.got.Error(), c.want)) {
				t.Errorf("%s %q:\ngot  %v\nwant %s", tt.lang, tt.text, c.got, cmp.Or(c.want, "nothing"))
			}
		}
	}
}
