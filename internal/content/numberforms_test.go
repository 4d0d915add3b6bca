package content

import "testing"

// A number written in a form haven did not read hid its slips: digits grouped by commas as a
// count is, and digits in a circle or brackets (①②③, ⑴, ⒈, ❶). A comma-grouped number is read
// and checked; enclosed digits within a number, or three after a word asking to dial, are
// refused with the number to write. Letters and symbols that print as a dash, a dot or a
// comma between digits (ー 一 ㅡ ـ ꞏ ¯ ، ٬ ٫) join its groups, and Chinese numerals written
// digit by digit (九一二) are its digits. Digits spelled out in words, apart or hyphened, in
// English, Spanish, French and Portuguese ("nine one two", "nine-twelve", "nueve uno dos"),
// Chinese numerals set apart or counted (九 一 二, 九百一十二) and single digits set apart by
// commas, colons, underscores, apostrophes or full stops ("9,1,2", "9:1:2") are the number
// they spell where the words around ask to dial it. Counts, prices, years, hours, steps,
// sections, ratios, scores and footnotes pass.
func TestNumbersInUnusualForms(t *testing.T) {
	us := hotlineIn("", "1-888-373-7888", "911")
	us.Hotline.Text = loc("hotline.text", "233733")
	gb := hotlineIn("GB", "0808 2000 247", "999")
	au := hotlineIn("AU", "1800 737 732", "000")
	lifeline := hotlineIn("", "988", "911")
	checkProblemRows(t, []numberRow{
		// commas between groups
		{us, "Call 1,888,373,7889 now.", `"1,888,373,7889" (1-888-373-7889) is one slip away from hotline.call 1-888-373-7888`},
		{us, "Call 1,888,373,7898 now.", "one slip away from hotline.call"},
		{us, "Call 888,373,7889 now.", "one slip away from hotline.call"},
		{gb, "Ring 0808,2000,248.", "one slip away from hotline.call"},
		{au, "Call 1800,737,733.", "one slip away from hotline.call"},
		{us, "Call 1,888,373,7888 now.", ""},
		{us, "In 2023, 10,359 cases were reported; 1,234,567 calls, $1,888.00 raised, 24/7.", ""},
		{us, "Open 9,00–17,00; steps 1,2,3; call 911, 988, 211 or 1-888-373-7888.", ""},
		// a + before a number without its country code, or before a short number
		{us, "Call +1-888-373-7888 or 1-888-373-7888.", ""},
		{us, "Call +8883737888 any time.", `"+8883737888" writes 1-888-373-7888 after a + without its country code`},
		{us, "Call +888 373 7888 any time.", `"+888 373 7888" writes 1-888-373-7888 after a + without its country code`},
		{us, "Call +8883737889 any time.", "one slip away from hotline.call"},
		{us, "In danger, call +911.", `"+911" writes 911 with a +: a short number is dialled without one`},
		{us, "Text HELP to +233733.", `"+233733" writes 233733 with a +`},
		{gb, "Ring +0808 2000 247 now.", `"+0808 2000 247" writes 0808 2000 247 after a + without its country code: a phone reads the first digits after a + as one, and reaches no one or another country (write 0808 2000 247 as settings.yaml does, or with + and its country code: +44 808 200 0247)`},
		{gb, "Ring +808 2000 247 now.", `"+808 2000 247" writes 0808 2000 247 after a + without its country code`},
		{gb, "Ring +44 808 2000 247 or +44 (0)808 2000 247.", ""},
		{us, "Calls rose +911% in a year; +233733 calls since 2020.", ""},
		// digits spelled out in words joined by hyphens, as a number is said to a child
		{us, "In an emergency, call nine-one-two.", `"nine-one-two" (912) is one slip away from hotline.emergency 911`},
		{us, "En una emergencia, marca nueve-uno-dos.", "one slip away from hotline.emergency 911"},
		{us, "En cas d'urgence, composez le neuf-un-deux.", "one slip away from hotline.emergency 911"},
		{us, "Call nine-one-one right away. One-on-one help, a one-two-three plan, twenty-one days.", ""},
		{us, "In an emergency call nine-1-1... no wait, nine-1-2.", `"nine-1-2" (912) is one slip away from hotline.emergency 911`},
		// digits spelled out apart, or a digit and a number of two digits, where the words
		// around ask to dial them as they would in digits
		{us, "If you are in danger call nine one two.", `"nine one two" (912) is one slip away from hotline.emergency 911`},
		{us, "In an emergency dial nine, one, two.", `"nine, one, two" (912) is one slip away from hotline.emergency 911`},
		{us, "In an emergency, call nine-twelve.", `"nine-twelve" (912) is one slip away from hotline.emergency 911`},
		{us, "In an emergency, call 9-one-2.", `"9-one-2" (912) is one slip away from hotline.emergency 911`},
		{us, "In danger, call nine 1 two now.", `"nine 1 two" (912) is one slip away`},
		{us, "En peligro, llame al nueve uno dos.", `"nueve uno dos" (912) is one slip away from hotline.emergency 911`},
		{us, "En cas de danger, composez le neuf, un, deux.", "one slip away from hotline.emergency 911"},
		{us, "Em perigo, ligue nove um dois.", "one slip away from hotline.emergency 911"},
		{us, "In danger call nine one two", "one slip away from hotline.emergency 911"}, // text.yaml's note, no full stop
		{us, "The number for emergencies is nine one two.", "one slip away from hotline.emergency 911"},
		{us, "Text HELP to two three three seven three four.", `"two three three seven three four" (233734) is one slip away from hotline.text 233733`},
		{us, "You can also call one-eight-eight-eight, three-seven-three, seven-eight-eight-nine.", "(18883737889) is one slip away from hotline.call"},
		{hotlineIn("", "988", "911"), "Call nine eight nine any time.", `"nine eight nine" (989) is one slip away from hotline.call 988`},
		// a number of hundreds in words, and a digit's word and the words of tens and units
		{us, "If you are in danger call nine hundred twelve.", `"nine hundred twelve" (912) is one slip away from hotline.emergency 911`},
		{us, "If you are in danger call nine hundred and twelve.", `"nine hundred and twelve" (912) is one slip away`},
		{us, "In danger, call Nine-Hundred-Twelve now.", `"Nine-Hundred-Twelve" (912) is one slip away`},
		{us, "En peligro, llame al novecientos doce.", `"novecientos doce" (912) is one slip away from hotline.emergency 911`},
		{us, "En peligro, llame al novecientos diez.", `"novecientos diez" (910) is one slip away`},
		// a digit and the pair after it as Spanish and Portuguese speakers say 911, the pair's
		// word one that is an ordinary word in another language (once, doze)
		{us, "Em perigo, ligue nove doze.", `"nove doze" (912) is one slip away from hotline.emergency 911`},
		{us, "En peligro, llama al nueve doce.", `"nueve doce" (912) is one slip away from hotline.emergency 911`},
		{us, "En una emergencia, llama al nueve once o al nueve-once. Em perigo, ligue nove onze.", ""},
		{us, "Llámanos a las nueve once. Ligue às nove doze. Call nine once more. Press one once. Llama al nueve, once veces.", ""},
		{us, "En danger, appelez le neuf cent douze.", `"neuf cent douze" (912) is one slip away`},
		{us, "Em perigo, ligue novecentos e doze.", `"novecentos e doze" (912) is one slip away`},
		{lifeline, "Call nine eighty-nine any time.", `"nine eighty-nine" (989) is one slip away from hotline.call 988`},
		{lifeline, "Call nine eighty nine any time.", `"nine eighty nine" (989) is one slip away`},
		{lifeline, "Call nine hundred eighty-nine any time.", `"nine hundred eighty-nine" (989) is one slip away`},
		{lifeline, "Llame al nueve ochenta y nueve.", `"nueve ochenta y nueve" (989) is one slip away`},
		{lifeline, "Llame al novecientos ochenta y nueve.", `"novecientos ochenta y nueve" (989) is one slip away`},
		{lifeline, "Ligue novecentos e oitenta e nove.", `"novecentos e oitenta e nove" (989) is one slip away`},
		{lifeline, "Appelez le neuf cent quatre-vingt-neuf.", `"neuf cent quatre-vingt-neuf" (989) is one slip away`},
		{hotlineIn("", "1-800-799-7233", "911"), "Call one eight hundred, seven nine nine, seven two three four.", `(18007997234) is one slip away from hotline.call`},
		{us, "Text HELP to two thirty-three seven thirty four.", `"two thirty-three seven thirty four" (233734) is one slip away from hotline.text 233733`},
		{us, "In an emergency call nine hundred eleven, novecientos once, neuf cent onze or novecentos e onze.", ""},
		{lifeline, "Call nine eighty-eight, nueve ochenta y ocho, neuf cent quatre-vingt-huit or nine hundred and eighty-eight.", ""},
		{us, "Nine hundred twelve people called last year; novecientos doce personas llamaron; neuf cents appels.", ""},
		{us, "Call nine hundred twelve thousand homes. Llame a mil novecientos doce familias. Call for a cent, or one cent, or two cents.", ""},
		{hotlineIn("DE", "116 016", "110"), "In danger, call us: it costs you not one cent.", ""},
		{us, "Call one of our nine hundred volunteers. Twenty one-hour sessions, ninety-nine calls, une quatre-vingtaine.", ""},
		{us, "请拨打九 一 二", `"九 一 二" (912) is one slip away from hotline.emergency 911`},
		{us, "请拨打九、一、二。", "one slip away from hotline.emergency 911"},
		{us, "如有危险请拨打九百一十二。", `"九百一十二" (912) is one slip away from hotline.emergency 911`},
		{us, "危ないときは九百十二に電話してください。", "one slip away from hotline.emergency 911"},
		// single digits set apart by marks no number is written with
		{us, "In danger, call 9,1,2 now.", `"9,1,2" (912) is one slip away from hotline.emergency 911`},
		{us, "In danger, call 9:1:2 now.", `"9:1:2" (912) is one slip away`},
		{us, "In danger, call 9_1_2 now.", `"9_1_2" (912) is one slip away`},
		{us, "In danger, call 9'1'2 now.", `"9'1'2" (912) is one slip away`},
		{us, "In danger, call 9. 1. 2. now.", `"9. 1. 2" (912) is one slip away`},
		{us, "In danger, call 9 , 1 , 2 now.", `"9 , 1 , 2" (912) is one slip away`},
		{us, "If you are in danger call 9=1=2.", `"9=1=2" (912) is one slip away from hotline.emergency 911`},
		{us, "In danger, call 9 = 1 = 2 now.", `"9 = 1 = 2" (912) is one slip away`},
		{us, "In danger, call 9~1~2 now.", `"9~1~2" (912) is one slip away`},
		{us, "In danger, call 9 ~ 1 ~ 2 now.", `"9 ~ 1 ~ 2" (912) is one slip away`},
		{us, "In danger, call 9 * 1 * 2 now.", `"9 * 1 * 2" (912) is one slip away`},
		{us, "In danger, call 9＝1＝2 now.", `"9＝1＝2" (912) is one slip away`},
		{us, "In danger, call nine—one—two now.", `"nine—one—two" (912) is one slip away`},
		{us, "In danger, call 9|1|2 now.", `"9|1|2" is one slip away`}, // read as digits are
		{us, "In danger, call 9/1/2 now.", `"9/1/2" is one slip away`},
		{us, "In danger, call 9·1·2 now.", `"9·1·2" is one slip away`},
		{us, "In danger, call 9•1•2 now.", `"9•1•2" is one slip away`},
		{us, "In danger, call 9–1–2 now.", `"9–1–2" is one slip away`},
		{us, "In danger, call 9—1—2 now.", `"9—1—2" is one slip away`},
		{us, "In danger, call 9*1*2 now.", `"9*1*2" has * among its digits`},
		// groups of digits so set apart too
		{us, "Call us on 1=888=373=7889.", `"1=888=373=7889" (18883737889) is one slip away from hotline.call 1-888-373-7888`},
		{us, "Call us on 1~888~373~7889.", `"1~888~373~7889" (18883737889) is one slip away from hotline.call`},
		{us, "Call us on 1 = 888 = 373 = 7889.", `"1 = 888 = 373 = 7889" (18883737889) is one slip away`},
		{us, "Call us on 1 ~ 888 ~ 373 ~ 7889.", `"1 ~ 888 ~ 373 ~ 7889" (18883737889) is one slip away`},
		{us, "Call us on 1＝888＝373＝7889.", `"1＝888＝373＝7889" (18883737889) is one slip away`},
		{us, "Call us on 1 * 888 * 373 * 7889.", `"1 * 888 * 373 * 7889" (18883737889) is one slip away`},
		{us, "Text HELP to 233=73=4.", `"233=73=4" (233734) is one slip away from hotline.text 233733`},
		// what passes: the right number, counts, times, sections, ratios, scores, steps
		{us, "In an emergency call nine eleven, nine one one or nueve uno uno. 请拨打九一一或九百一十一。", ""},
		{hotlineIn("", "988", "911"), "Call nine eight eight or text nine eight eight.", ""},
		{us, "We have one or two questions. Open nine to five. See Section 9.1.2. Open at 9:12.", ""},
		{us, "Mix it 9:1:2 by volume. Steps 1, 2, 3. The score was 9, 1, 2 in the three games.", ""},
		{us, "If 9 = 1 + 2 and 3 * 3 = 9, then 9=1=2 is false. Call 911 on 3/4/2025 for 1/2 an hour, 9–5, 24/7.", ""},
		{us, "Call 911 any time: open 9–5, 24/7, on 9/1/2025; half (1/2) of calls.", ""},
		{us, "In an emergency call 9=1=1, 9 ~ 1 ~ 1 or nine—one—one.", ""},
		{us, "Call us on 1=888=373=7888 or 1 ~ 888 ~ 373 ~ 7888, or text HELP to 233~733.", ""},
		{us, "If 12 = 10 + 2 and 100 = 50 = 50, call 911. Open 9~18, 10~20 calls, 2019~2023~2024; 2 * 30 * 12 = 720.", ""},
		{us, "In danger? Call us at nine fifteen. In danger, call 911 at nine twelve tonight.", ""},
		{us, "If you are in danger, count one, two, three, and breathe. Two one-hour sessions. Press one once.", ""},
		{us, "Nine, ten, eleven: 912 people, nine hundred and twelve of them, came on 9/1/2 and 9.1.2.", ""},
		{us, "第一 二 三步。一 二 三，我们一起走。一百二十、一千零一、九十九、三百万、两百个、九百一十二人。", ""},
		// enclosed digits
		{us, "Call ①-888-373-7889 now.", "in a circle or brackets"},
		{us, "Call ①-888-373-7888 now.", "write the number in ordinary digits: 1-888-373-7888"},
		{us, "Call ①⑧⑧⑧-③⑦③-⑦⑧⑧⑨ now.", "write the number in ordinary digits: 1888-373-7889"},
		{us, "In danger, call ⑨①①.", "in a circle or brackets"},
		{us, "In danger, call ❾❶❷.", "write the number in ordinary digits: 912"},
		{us, "Text HELP to ⒉33733.", "write the number in ordinary digits: 233733"},
		{us, "Call 1-888-373-788⑨.", "in a circle or brackets"},
		{us, "Call ⑴ 888-373-7889.", "one slip away from hotline.call"}, // a step's mark, then the slip
		{us, "① Call 1-888-373-7888. ② Text HELP to 233733. ⑶ In danger, call 911.", ""},
		{us, "⒈ Stay calm. ⒉ Call us 24/7. In 2023① we answered 10,000 calls②.", ""},
		{us, "第①步：拨打1-888-373-7888。", ""},
		// letters and symbols that print as a dash, a dot or a comma between digits
		{us, "请拨打1ー888ー373ー7889。", `"1ー888ー373ー7889" (1-888-373-7889) is one slip away from hotline.call`},
		{us, "请拨打１ー８８８ー３７３ー７８８９。", "one slip away from hotline.call"},
		{us, "请拨打1ｰ888ｰ373ｰ7889。", "one slip away from hotline.call"},
		{us, "请拨打1一888一373一7889。", "one slip away from hotline.call"},
		{us, "위험하면 9ㅡ1ㅡ2에 전화하세요.", "one slip away from hotline.emergency"},
		{us, "Call 1ꞏ888ꞏ373ꞏ7889 now.", "one slip away from hotline.call"},
		{us, "Call us at 1․888․373․7889 now.", "one slip away from hotline.call"}, // the one-dot leader
		{us, "Call us at 1﹒888﹒373﹒7889 now.", "one slip away from hotline.call"},
		{us, "Call us at 1．888．373．7889 now.", "one slip away from hotline.call"},
		{us, "Call 1¯888¯373¯7889 now.", "one slip away from hotline.call"},
		{us, "Call 1‾888‾373‾7889 now.", "one slip away from hotline.call"},
		{us, "Call 1‗888‗373‗7889 now.", "one slip away from hotline.call"},
		{us, "اتصل على ١ـ٨٨٨ـ٣٧٣ـ٧٨٨٩ الآن.", "one slip away from hotline.call"},
		{us, "في حالة الخطر اتصل بالرقم ٩ـ١ـ٢.", "one slip away from hotline.emergency"},
		{us, "أرسل HELP إلى ٢٣٣ـ٧٣٤", "one slip away from hotline.text"},
		{us, "اتصل على ١٬٨٨٨٬٣٧٣٬٧٨٨٩ الآن.", "one slip away from hotline.call"},
		{us, "اتصل على 1،888،373،7889 الآن.", "one slip away from hotline.call"},
		{us, "اتصل على ١٫٨٨٨٫٣٧٣٫٧٨٨٩ الآن.", "one slip away from hotline.call"},
		{us, "请拨打1ー888ー373ー7888，或1一888一373一7888。", ""},
		{us, "اتصل على 1ـ888ـ373ـ7888 أو ١،٨٨٨،٣٧٣،٧٨٨٨ الآن.", ""},
		{us, "اتصل على 1ـــ888ـــ373ـــ7889 الآن.", `"1ـــ888ـــ373ـــ7889" (1-888-373-7889) is one slip away from hotline.call`}, // a tatweel drawn longer
		{us, "اتصل على 1 ـ 888 ـ 373 ـ 7889 الآن.", "one slip away from hotline.call"},
		{us, "اتصل على ١ـــ٨٨٨ـــ٣٧٣ـــ٧٨٨٨ أو 1 ـ 888 ـ 373 ـ 7888 الآن.", ""},
		{us, "一一回答：第一、二、三步；2024年，１ー２日。", ""},
		// Chinese numerals written digit by digit, as a number is read out
		{us, "请拨打一八八八三七三七八八九。", `"一八八八三七三七八八九" (18883737889) is one slip away from hotline.call`},
		{us, "如有紧急危险，请拨打九一二。", "one slip away from hotline.emergency"},
		{us, "发送HELP到二三三七三四。", "one slip away from hotline.text"},
		{us, "请拨打一八八八三七三七八八八，危险时拨打九一一。", ""},
		{us, "请拨打１８８８ー三七三ー七八八九。", "one slip away from hotline.call"},
		{us, "请拨打一八八八ー三七三ー七八八九。", "one slip away from hotline.call"},
		{us, "请拨打1、888、373、7889。", "one slip away from hotline.call"},
		{us, "请拨打幺八八八三七三七八八九。", "one slip away from hotline.call"},
		{us, "紧急时拨打幺幺零。", `"幺幺零" is the emergency number of DE`}, // 110, read out: another country's
		{us, "第一、二、三步；1、2、3。", ""},
		{us, "我们有一百二十名志愿者，一千零一个故事，三三五五，一九一一年。", ""},
	})
}

// A digit word and the word of a pair after it is read as the number they say where the pair's
// word is a number only in the digit word's language: Spanish "nueve once" is 911, Portuguese
// "nove doze" 912; "once" and "doze" after an English digit word, after a time's "a las", or
// apart by a comma are words.
func TestSpelledPairs(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"Llama al nueve once.", "911"},
		{"Llama al Nueve Once.", "911"},
		{"Llama al nueve-once.", "911"},
		{"Ligue nove doze.", "912"},
		{"Ligue nove onze.", "911"},
		{"Call nine eleven.", "911"},
		{"Press one once.", ""},
		{"Llámanos a las nueve once.", ""},
		{"Llama al nueve, once veces.", ""},
	} {
		var got string
		for _, n := range spelledNumbers(tt.text) {
			got += n.digits
		}
		if got != tt.want {
			t.Errorf("%q: read %q, want %q", tt.text, got, tt.want)
		}
	}
}
