package content

import (
	"slices"
	"testing"
)

// The numbers a text writes that are not the organisation's are linked where its words ask to
// dial them, each at its own place: a number of the country's plan, a short one, a short code
// to text; a full number written as a phone number is ("Fem'aide: 1-877-336-2433") wherever it
// stands; nowhere else, whatever their shape: a count, a year or a year range, a date, opening
// hours, a population, a reference number, an age, a time or a street number is none, nor the
// same digits again, nor digits a word goes on from; the organisation's own are left to
// OwnWritten.
func TestDialable(t *testing.T) {
	us := hotlineIn("US", "1-888-373-7888", "911")
	nz := hotlineIn("NZ", "0800 456 450", "111") // where 247 is a number
	dk := hotlineIn("DK", "70 20 12 01", "112")
	nl := hotlineIn("NL", "0800 0113", "112")
	de := hotlineIn("DE", "08000 116 016", "112")
	gb := hotlineIn("GB", "0808 2000 247", "999")
	ca := hotlineIn("CA", "1-866-277-3553", "911")
	es := hotlineIn("ES", "016", "112")
	au := hotlineIn("AU", "1800 643 247", "000")
	pl, cy := hotlineIn("PL", "800 321 222", "112"), hotlineIn("CY", "8000 7773", "112")
	for _, tt := range []struct {
		s    Settings
		text string
		want []string // the numbers found, as written
	}{
		{us, "You can also call or text 988, the Lifeline.", []string{"988"}},
		{us, "Call the Lifeline at 988 or dial 211 for food.", []string{"988", "211"}},
		{us, "Call the hotline at 1-800-799-7233.", []string{"1-800-799-7233"}},
		{us, "The National Domestic Violence Hotline is 1-800-799-7233.", []string{"1-800-799-7233"}}, // a phone number, asked for or not
		// a full number written as one is dialled wherever it stands, in a list or after a verb
		// haven has no table for
		{ca, "Fem'aide, the French-language helpline for women in Ontario: 1-877-336-2433", []string{"1-877-336-2433"}},
		{ca, "Kids Help Phone (1-800-668-6868) is free.", []string{"1-800-668-6868"}},
		{au, "Link2home: 1800 152 152", []string{"1800 152 152"}},
		{au, "Link2home (NSW): 1800 152 152 or 02 9516 2240.", []string{"1800 152 152", "02 9516 2240"}},
		{de, "Du erreichst uns auch unter 0800 111 0 333.", []string{"0800 111 0 333"}},
		// so is one written with a slash after its area code, as Germany, Austria and Switzerland
		// write them; not a date, 24/7, a range of hours or numbers, a fraction or a path
		{de, "Telefonseelsorge: 0800/111 0 111, Beratung 06221/91 30 40.", []string{"0800/111 0 111", "06221/91 30 40"}},
		{de, "Aus dem Ausland: +49 (0) 6221/91 30 40 oder +49 (0)6221/91 30 40.", []string{"+49 (0) 6221/91 30 40", "+49 (0)6221/91 30 40"}},
		{de, "Geschäftsstelle: Tel. 0228 / 116 01-60, Fax 0228/116 01-61.", []string{"0228 / 116 01-60"}},
		{de, "Am 12/05/2024 und 01/02/2024 offen, 24/7, 9/10 Uhr, 1/2 der Anrufe, 0900/1700 Uhr.", nil},
		{de, "Rufen Sie von 0800/1700 an, siehe example.de/0800/1110111.", nil},
		{gb, "Samaritans Cymru: 0808 164 0123.", []string{"0808 164 0123"}},
		{us, "From abroad: +44 808 2000 247.", []string{"+44 808 2000 247"}},
		// and not what only reads as one: a number without its trunk prefix, a date, a span of
		// years or hours, a label's, a fax's, an app's, a count's, a price's, a short number
		{de, "Spendenkonto 123 456 789, BLZ 672 500 20; Hauptstraße 118, 69117 Heidelberg.", nil},
		{de, "Seit 2019-2024 und am 12.03.2024 haben wir 5 900 000 Menschen erreicht.", nil},
		{nl, "Open 0900-1700, op zaterdag 09.00-13.00 uur.", nil},
		{us, "Fax: 614-276-2274. Order #4193424100. EIN 95-1234567. Reg. No. 4193424100.", nil},
		{us, "Office fax: 614-276-2274; our main fax 1-614-276-3333.", nil},
		{us, "Office: 614-276-9999, Office/Fax: 614-276-2274, Phone and fax: 1-614-444-3030.", []string{"614-276-9999", "614-276-2274", "1-614-444-3030"}},
		{gb, "Registered charity no. 1089464; Company No. 04123456; ABN 12 345 678 901.", nil},
		{es, "Un presupuesto de 600 000 000 €; WhatsApp: 600 000 016.", nil},
		// the call words of more languages, before the number and after it
		{us, "የቀውስ መስመር በ988 መደወል ወይም የጽሑፍ መልእክት መላክ ይችላሉ።", []string{"988"}},
		{us, "የቀውስ መስመር 988 ላይ ሊደውሉ ይችላሉ።", []string{"988"}},
		{hotlineIn("LK", "1938", "119"), "அதிகாரசபையை 1929 இல் அழையுங்கள். நிறுவனத்தை 1926 இல் அழைக்கலாம்.", []string{"1929", "1926"}},
		{hotlineIn("KE", "0800 720 601", "999"), "Tupigie au piga simu ya kitaifa ya GBV 1195, saa 24. Watoto wanaweza kupiga Childline Kenya 116 bila malipo.", []string{"1195", "116"}},
		{hotlineIn("KE", "0800 720 601", "999"), "Noo soo wac ama u wac khadka GBV ee qaranka 1195. Carruurtu waxay wici karaan Childline Kenya 116, bilaash.", []string{"1195", "116"}},
		{hotlineIn("TH", "055 532 447", "191"), "OSCC 1669 သို့ ၂၄ နာရီ ခေါ်ဆိုနိုင်ပါသည်။", []string{"1669"}},
		// a number to message in an app, named after it
		{us, "Our partners: 1-800-799-7233 (WhatsApp), or 202-555-0143 on Signal.", nil},
		{gb, "We answered 020 7946 0958 calls.", nil},
		{au, "Lifeline: 13 11 14. Kids: 55 1800.", nil},
		{us, "Abroad, call +44 808 2000 247.", []string{"+44 808 2000 247"}},
		{us, "Call 1-800-799-SAFE any time.", []string{"1-800-799-SAFE"}},
		{us, "Call the office at (1-216-555-0100).", []string{"1-216-555-0100"}},
		{us, "Text HOME to 741741.", []string{"741741"}}, // a short code the tables lack, to text
		{us, "Call us at 1-888-373-7888 or 911.", nil},   // the organisation's own
		{us, "In 2024 we took 988 calls from 211 families, ages 12 to 21, 24/7.", nil},
		{us, "Call us in 2024 about it.", nil},
		{us, "Visit us at 988 Main Street.", nil},
		{us, "Dial 211. We are at 211 Oak Avenue.", []string{"211"}},
		{us, "Text or chat at 988lifeline.org, or visit 988 Main St.", nil},
		{us, "Your case number is 4193424100.", nil},
		{us, "Call and quote reference 2024-123456 when you phone.", nil},
		{us, "Call 4193424100 now.", []string{"4193424100"}},
		{gb, "Ring Childline on 0800 1111 or the Samaritans on 116 123.", []string{"0800 1111", "116 123"}},
		{gb, "We helped 116 people in 123 days.", nil},
		{nz, "Call 24/7 on 0800 543 354.", []string{"0800 543 354"}},
		{us, "You can reach the Lifeline by dialing 988.", []string{"988"}},
		{es, "Envía un WhatsApp al 600 000 016 o llama al 024.", []string{"024"}}, // an app's number: no call or text reaches it
		{us, "If you see warning signals, call 988.", []string{"988"}},            // "signals" is no app
		// nor a number "or" joins to one an app's messages are asked for
		{es, "Escribe por WhatsApp al 600 000 016 o al 600 000 017.", nil},
		{us, "Text us on WhatsApp at 415-555-0100 or 415-555-0101.", nil},
		{us, "Message us on WhatsApp at 415-555-0100, or call 415-555-0101.", []string{"415-555-0101"}},
		// a service named between the verb and its number
		{gb, "Call NHS 111 or 999 in an emergency, or ring Childline on 0800 1111.", []string{"111", "0800 1111"}},
		{us, "Call the National Domestic Violence Hotline 1-800-799-7233 today.", []string{"1-800-799-7233"}},
		{es, "Llama al Teléfono ANAR 900 20 20 10.", []string{"900 20 20 10"}},
		{us, "Call Sarah 3 times a day; visit Room 988 on Main Street.", nil},
		{us, "You can reach the Lifeline at 988, and reach us on 419-734-2100.", []string{"988", "419-734-2100"}},
		{us, "We reach 988 families a year; reach out at 2024 Main Street.", nil},
		// Arabic: "call 988 or send a text message to 988", "call the national line at the number …"
		{us, "اتصل بالرقم 988 أو أرسل رسالة نصية إلى 988، وهو خط الأزمات.", []string{"988", "988"}},
		{us, "اتصل بالخط الوطني للعنف الأسري على الرقم 1-800-799-7233، أو زر موقعهم.", []string{"1-800-799-7233"}},
		{ca, "Vous pouvez composer le 988, ou texter le 988.", []string{"988", "988"}},
		// in any language's word order: the verb before the number, a service's name between, a
		// second number joined by "or"; the verb after it, a case ending against it
		{ca, "Vous pouvez aussi texter le 438-601-1211.", []string{"438-601-1211"}},
		{ca, "Envoyez un texto au 438-601-1211.", []string{"438-601-1211"}},
		{pl, "Zadzwoń do „Niebieskiej Linii” pod numer 800 120 002 – całodobowo.", []string{"800 120 002"}},
		{pl, "Телефонуйте на «Niebieska Linia» за номером 800 120 002 — цілодобово.", []string{"800 120 002"}},
		{pl, "Звоните на «Niebieska Linia» по номеру 800 120 002 — круглосуточно.", []string{"800 120 002"}},
		{pl, "Gdy życie jest zagrożone, zadzwoń na 112 lub 999.", []string{"999"}},
		{cy, "Σε άμεσο κίνδυνο, καλέστε το 112 ή την Αστυνομία στο 199.", []string{"199"}},
		{cy, "Randevu için 22 875 310 numarasını arayın. Polis için 199'u arayın.", []string{"22 875 310", "199"}},
		{us, "한미가정상담소: (213) 235-4800번으로 전화하세요.", []string{"(213) 235-4800"}},
		{us, "リトル東京サービスセンター：(213) 473-3030に電話してください。", []string{"(213) 473-3030"}},
		{us, "የቤት ውስጥ ጥቃት መስመር 1-800-799-7233 ላይ ይደውሉ፤ ቀንም ሌሊትም ይሠራል።", []string{"1-800-799-7233"}},
		{gb, "ہیلپ لائن 0808 800 5000 پر کال کریں، یہ مفت ہے۔", []string{"0808 800 5000"}},
		{gb, "با خط ملی به شمارهٔ 0808 800 5000 تماس بگیرید؛ برای مشکلات پزشکی با 111 تماس بگیرید.", []string{"0808 800 5000", "111"}},
		{us, "Wac 211, ama koodka ZIP-kaaga qoraal ugu dir 898-211.", []string{"211", "898-211"}},
		// and in the same sentences, what no words ask for: a year, an address, a count, hours
		{pl, "Zadzwoń pod 800 120 002 od poniedziałku do piątku, 9:00–17:00, od 2024 roku; mamy 112 łóżek.", []string{"800 120 002"}},
		{pl, "Zadzwoń do nas: ul. Marszałkowska 112, 00-514 Warszawa.", nil},
		{cy, "Καλέστε στο 22 875 310, γραφείο 199, από το 2009.", []string{"22 875 310"}},
		{cy, "2009'dan beri 199 kişiye yardım ettik; 22 875 310 numarasını arayın.", []string{"22 875 310"}},
		{us, "저희는 2024년에 988명을 도왔습니다. 2024년에 전화하세요.", nil},
		{us, "2024年に211人を支援しました。", nil},
		{gb, "دفتر ما در 111 Stamford Hill است و از 2006 باز است. 111 خانواده را کمک کردیم.", nil},
		{us, "Khadka wuu jawaabaa 8-da subaxnimo ilaa 8-da fiidnimo; 211 qof ayaa wacay.", nil},
		{us, "Call us about your 2024 taxes; call us, 988 was busy.", nil},
		{dk, "The project ran 2019-2024. Meeting 2024-05-12.", nil},
		{nl, "Open 09.00-17.00 on weekdays, 0900-1700 on Saturday.", nil},
		{de, "Population 5 900 000.", nil},
		// a number of the plan with an extension written after it, which is only ever dialled:
		// with it, asked for or not; an extension after a short number, or the number alone, is not
		{us, "Poison control: 1-800-222-1222 ext. 5", []string{"1-800-222-1222 ext. 5"}},
		{us, "Poison control: 1-800-222-1222 x5.", []string{"1-800-222-1222 x5"}},
		{us, "Call Poison Control at 1-800-222-1222 extension 12 now.", []string{"1-800-222-1222 extension 12"}},
		{us, "Poison control: 1-800-222-1222", []string{"1-800-222-1222"}}, // as any phone number written as one
		{us, "Call 1-800-222-1222, then press 5.", []string{"1-800-222-1222"}},
		{us, "Room 988 ext. 5 is on the left.", nil},
		// Relay UK's prefix is dialled before a number, never alone, nor the number after it
		{gb, "Call Childline on 18001 0800 1111.", []string{"18001 0800 1111"}},
		{gb, "Call Samaritans on 18001 116 123.", []string{"18001 116 123"}},
		{gb, "Relay UK users dial 18001 first. In an emergency, dial 18001 999 or 18002 112.", nil},
	} {
		t.Run(tt.text, func(t *testing.T) {
			var got []string
			for _, w := range Dialable(tt.text, tt.s.Country, tt.s.Numbers()) {
				got = append(got, w.Text)
				if _, ext := SplitExt(w.Text); ext != w.Ext {
					t.Errorf("%q has the extension %q, want %q", w.Text, w.Ext, ext)
				}
				if tt.text[w.At:w.At+len(w.Text)] != w.Text {
					t.Errorf("%q is not at byte %d", w.Text, w.At)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("found %q, want %q", got, tt.want)
			}
		})
	}
}

// A fax's number is no link, labelled "Fax" or with the words of whose fax before it ("Office
// fax", "Main fax"), in other_numbers' label and before it in the contact line; "Office", and
// a line for calls and faxes alike ("Tel/Fax", "Office/Fax", "Phone and fax"), are calls.
func TestFaxLabels(t *testing.T) {
	for _, tt := range []struct {
		label string
		fax   bool
	}{
		{"Fax", true}, {"Office fax", true}, {"Main Fax", true}, {"office  fax", true}, {"Telefax", true},
		{"Office", false}, {"Main office", false}, {"Tel/Fax", false}, {"Office/Fax", false}, {"Office & fax", false},
		{"Office fax, phone", false}, {"Phone fax", false},
	} {
		if got := (Number{Label: tt.label}).Fax(); got != tt.fax {
			t.Errorf("label %q: fax %v, want %v", tt.label, got, tt.fax)
		}
		s := Settings{Country: "US", Organisation: Organisation{Contact: loc(contactField, "Help: 614-276-9999 · "+tt.label+": 614-276-1111")}}
		ns := s.numbers()
		if len(ns) != 2 || ns[1].Fax() != tt.fax {
			t.Errorf("contact %q: numbers %v, want the second a fax: %v", s.Organisation.Contact.Text, ns, tt.fax)
		}
	}
}
