package layout

import (
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/bidi"

	"haven/internal/content"
	"haven/internal/contenttest"
	"haven/internal/diag"
	"haven/internal/typeface"
)

// TestWrapBreaks: lines break where the Unicode rules allow and nowhere else. With the mono
// measurer at 2 pt a character is 1 pt wide, so the width is the number of characters.
func TestWrapBreaks(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		width float64
		want  []string
	}{
		{"spaces", "one two three", 8, []string{"one two", "three"}},
		// no character alone on the last line
		{"Chinese between characters", "人口贩卖是一种犯罪", 4, []string{"人口贩卖", "是一种", "犯罪"}},
		// the full stop and the closing bracket never begin a line, the opening never ends one
		{"kinsoku", "人口贩卖。「你」不是", 4, []string{"人口贩", "卖。", "「你」", "不是"}},
		{"soft hyphen prints where it breaks", "Pala\u00adbra larga", 6, []string{"Pala-", "bra", "larga"}},
		{"soft hyphen invisible elsewhere", "Pala\u00adbra", 10, []string{"Palabra"}},
		{"no-break space", "EE.\u00a0UU. y", 8, []string{"EE.\u00a0UU.", "y"}},
		{"address after a slash only", "a example.org/get-help/now", 18, []string{"a example.org/", "get-help/now"}},
		{"hard line break", "one\ntwo", 20, []string{"one", "two"}},
		// a path breaks before the punctuation that begins its next part, its site never
		{"address path punctuation", "see docs.example.com/forms/viewform?usp=sf_link now", 18,
			[]string{"see", "docs.example.com/", "forms/viewform?usp", "=sf_link now"}},
		{"address site whole", "ab example.org.", 14, []string{"ab", "example.org."}},
		// never after a hyphen of an address, of any ending, nor after its scheme alone; a site
		// too long for a line breaks before a dot
		{"address never at its hyphen", "see www.beispiel-beratungsstelle.de/haeufig-gestellte-fragen/", 32,
			[]string{"see", "www.beispiel-beratungsstelle.de/", "haeufig-gestellte-fragen/"}},
		{"address of any ending with a path", "see beispiel-beratung.de/kinder-schutz", 25,
			[]string{"see beispiel-beratung.de/", "kinder-schutz"}},
		{"address never after its scheme", "partners at https://www.county-coalition.org/x now and then", 36,
			[]string{"partners at", "https://www.county-coalition.org/x", "now and then"}},
		{"address site before a dot", "at https://www.county-domestic-violence.org/x", 32,
			[]string{"at https://www", ".county-domestic-violence.org/x"}},
		// an email address breaks after its '@' first, then before a '.', never after a hyphen,
		// and moves whole to the next line when it fits there; nothing is added where it breaks
		{"email after its @", "Email information@northcountycrisiscoalition.org", 30,
			[]string{"Email information@", "northcountycrisiscoalition.org"}},
		{"email local part whole", "Escriba a ayuda.confidencial@coalicioncontralaviolencia.org", 30,
			[]string{"Escriba a ayuda.confidencial@", "coalicioncontralaviolencia.org"}},
		{"email whole on the next line", "Write to info@example.org", 18, []string{"Write to", "info@example.org"}},
		// a label kept with its address gives way before the address rather than inside it
		{"email whole after its label", "Електронна пошта: biuro@wspolnydom.org.pl.", 30, []string{"Електронна пошта:", "biuro@wspolnydom.org.pl."}},
		{"email whole after a short label", "Email: biuro@wspolnydom.org.pl.", 26, []string{"Email:", "biuro@wspolnydom.org.pl."}},
		{"email with its label", "Email: biuro@wspolnydom.org.pl.", 31, []string{"Email: biuro@wspolnydom.org.pl."}},
		{"email after its label's @", "Email: biuro@wspolnydom.org.pl.", 22, []string{"Email: biuro@", "wspolnydom.org.pl."}},
		{"email after its @ before a dot", "Email info@northcounty.crisiscoalition.org", 31,
			[]string{"Email info@", "northcounty.crisiscoalition.org"}},
		{"email before a dot", "x info@northcounty.crisiscoalition.org", 20,
			[]string{"x info@northcounty", ".crisiscoalition.org"}},
		{"email never after its hyphen", "Email help@coalicion-contra-la.org", 23,
			[]string{"Email help@", "coalicion-contra-la.org"}},
		// the line ends before the address when its part up to the '@' fits the next line whole
		{"email after its @ on the next line", "When you think of trafficking write to first-line.help-desk@regional-support-network.example.org today.", 50,
			[]string{"When you think of trafficking write to", "first-line.help-desk@", "regional-support-network.example.org today."}},
		{"email before a dot when its site is too long", "write to first-line.help-desk@regional.support-network.example.org", 24,
			[]string{"write to first-line", ".help-desk@regional", ".support-network.example", ".org"}},
		{"email with a number", "write help247@example.org", 16, []string{"write help247@", "example.org"}},
		// never "(www" alone at a line's end when the site's first part fits the next line
		{"address never www alone", "See the county page (www.cuyahoga-county-children.example.gov/report-child-abuse) and", 40,
			[]string{"See the county page", "(www.cuyahoga-county-children.example", ".gov/report-child-abuse) and"}},
		// nor a short last part of a path alone at a line's start
		{"address no short last part", "See www.example.org/topics/responding/how) now.", 38,
			[]string{"See www.example.org/topics/", "responding/how) now."}},
		// a number with its groups joined by dots or bullets, spaced or not, stays whole
		{"number with spaced dots whole", "Call 888 · 373 · 7898 now", 18, []string{"Call", "888 · 373 · 7898", "now"}},
		{"number with bullets whole", "Call us at 1•888•373•7898", 14, []string{"Call us at", "1•888•373•7898"}},
		// a number's ending written after a hyphen stays with it; a compound's next word need not
		{"number's ending", "maalin kasta 8-da subaxnimo", 15, []string{"maalin kasta", "8-da subaxnimo"}},
		{"number's ending of three letters", "Qaybta 1-aad ee", 9, []string{"Qaybta", "1-aad ee"}},
		{"number's ending in Cyrillic", "открыто с 1-го июня", 13, []string{"открыто с", "1-го июня"}},
		{"number's ending after a Unicode hyphen", "maalin kasta 8‐da subaxnimo", 15, []string{"maalin kasta", "8‐da subaxnimo"}},
		{"compound after a number", "a 5-year-old child", 8, []string{"a 5-", "year-old", "child"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := wrap(mono{}, Style{Size: 2}, diag.Located{Text: tt.text}, tt.width, "test")
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// A bound name too long for the rest of a line moves whole to the next only where the line it
// leaves is not one word less than a third full: "At" alone over "Riverside County Coalition Against Domestic
// and Sexual Violence," ended a large-print handout's closing; the name then breaks inside.
func TestBoundNameLeavesNoWordAlone(t *testing.T) {
	const name = "Riverside County Coalition Against Domestic and Sexual Violence"
	m := Typeset(mono{}, "en", name)
	for _, tt := range []struct {
		text  string
		width float64
		want  []string
	}{
		{"At " + name + ", we believe that every family deserves to be safe.", 66,
			[]string{"At Riverside County Coalition Against Domestic and Sexual", "Violence, we believe that every family deserves to be safe."}},
		{"En " + name + " creemos que todas las familias merecen estar seguras.", 64,
			[]string{"En Riverside County Coalition Against Domestic and Sexual", "Violence creemos que todas las familias merecen estar seguras."}},
		// a line a third full or more ends before the name, which stays whole
		{"For support at any hour, contact " + name + " by phone or online.", 66,
			[]string{"For support at any hour, contact", name + " by", "phone or online."}},
		// two words before it are no word alone
		{"Call the " + name + " by phone or online.", 66,
			[]string{"Call the", name + " by", "phone or online."}},
		// a name that fits beside the word before it, or a line of its own when it is the text
		{"At " + name + ", we believe.", 70, []string{"At " + name + ",", "we believe."}},
		{name, 66, []string{name}},
		// a number is never broken, an address only at its own places
		{"At 1-800-799-7233", 16, []string{"At", "1-800-799-7233"}},
		{"At www.riversidecoalition.org/get-help now", 32, []string{"At www.riversidecoalition.org/", "get-help now"}},
	} {
		got, err := wrap(m, Style{Size: 2}, diag.Located{Text: tt.text}, tt.width, "test")
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%q in %v: got %q, want %q", tt.text, tt.width, got, tt.want)
		}
	}
}

// Bold and italic text carry across a line break: the next line begins in their face, and
// each run is drawn in its face, bold italic where both are open, inside bold text too.
func TestWrapEmphasis(t *testing.T) {
	B, I := content.BoldOn, content.ItalicOn
	b, i := content.BoldOff, content.ItalicOff
	name := map[Font]string{Regular: "R", Bold: "B", Italic: "I", BoldItalic: "BI"}
	for _, tt := range []struct {
		name  string
		text  string
		face  Font // of the whole text
		width float64
		want  []string // each line's runs, as face:text
	}{
		{"bold", "one " + B + "two three four" + b + " five", Regular, 10,
			[]string{"R:one |B:two", "B:three", "B:four|R: five"}},
		{"italic", "one " + I + "two three four" + i + " five", Regular, 9,
			[]string{"R:one |I:two", "I:three", "I:four|R: five"}},
		{"bold italic", "one " + I + B + "two three" + b + i + " four", Regular, 10,
			[]string{"R:one |BI:two", "BI:three", "R:four"}},
		{"italic inside bold", B + "one " + I + "two" + i + " three" + b, Regular, 20,
			[]string{"B:one |BI:two|B: three"}},
		{"italic in a bold heading", "one " + I + "two" + i, Bold, 20,
			[]string{"B:one |BI:two"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			st := Style{Size: 2, Leading: 3, Font: tt.face} // regular is 1 pt a character, bold 1.1
			lines, err := wrap(mono{}, st, diag.Located{Text: tt.text}, tt.width, "test")
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, r := range lineRows(lines, 10, 100, false, false, st, 0) {
				c := &canvas{m: mono{}}
				r.draw(c, 0)
				var runs []string
				for _, it := range c.items {
					runs = append(runs, name[it.(Text).Font]+":"+it.(Text).S)
				}
				got = append(got, strings.Join(runs, "|"))
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("drawn %q, want %q", got, tt.want)
			}
		})
	}
}

// A Latin word broken at a soft hyphen, alone on its line of a right-to-left paragraph between
// Arabic words, keeps its hyphen after it, as written.
func TestVisualHyphenOfABrokenWord(t *testing.T) {
	for _, h := range []string{"-", "\u2010"} {
		line := "Rechtsschutzversicherungs" + h
		if got, _ := visual(line, bidiContext{rtl: true, prev: 'ي', next: 'r'}); got != line {
			t.Errorf("visual(%q) = %q, want it as written", line, got)
		}
	}
}

// A right-to-left line is placed in visual order: Hebrew and Arabic reversed, a Latin word
// and a number left to right inside it, a phone number's groups in dialling order whatever
// precedes them, and in a right-to-left edition a line that begins with a Latin word read
// right to left too.
func TestVisualOrder(t *testing.T) {
	for _, tt := range []struct {
		in          string
		rightToLeft bool // the edition's direction
		want        string
	}{
		{"שלום עולם", false, "םלוע םולש"},
		{"התקשרו ל-911 עכשיו", false, "וישכע 911-ל ורשקתה"},
		{"שלחו HELP אל 233733", false, "233733 לא HELP וחלש"},
		{"Call 911", false, "Call 911"},
		{"Call 911", true, "Call 911"},
		{content.ItalicOn + "שלום" + content.ItalicOff + " עולם", false, "םלוע " + content.ItalicOff + "םולש" + content.ItalicOn},
		{"تماس با 1-888-373-7888", true, "1-888-373-7888 اب سامت"},
		{"تماس با 1–888–373–7888", true, "1–888–373–7888 اب سامت"}, // en dashes, as a word processor types them
		{"شماره: 1-888-373-7888", true, "1-888-373-7888 :هرامش"},
		{"شماره: +44 808 2000 247", true, "+44 808 2000 247 :هرامش"},
		{"شماره: (888) 373-7888", true, "(888) 373-7888 :هرامش"},
		{"شماره: ۱-۸۸۸-۳۷۳-۷۸۸۸", true, "۱-۸۸۸-۳۷۳-۷۸۸۸ :هرامش"},
		// Arabic-Indic digits too, whose hyphens and spaces the bidirectional algorithm alone
		// would leave to the Arabic words and place the groups right to left
		{"اتصل بالرقم ١-٨٨٨-٣٧٣-٧٨٨٨ الآن.", true, ".نآلا ١-٨٨٨-٣٧٣-٧٨٨٨ مقرلاب لصتا"},
		{"اتصل بالرقم ١ ٨٨٨ ٣٧٣ ٧٨٨٨ الآن.", true, ".نآلا ١ ٨٨٨ ٣٧٣ ٧٨٨٨ مقرلاب لصتا"},
		{"اتصل بالرقم (٨٨٨) ٣٧٣-٧٨٨٨ الآن.", true, ".نآلا (٨٨٨) ٣٧٣-٧٨٨٨ مقرلاب لصتا"},
		{"اتصل بالرقم +٤٤ ٨٠٨ ٢٠٠٠ ٢٤٧", true, "+٤٤ ٨٠٨ ٢٠٠٠ ٢٤٧ مقرلاب لصتا"},
		{"اتصل بالرقم ١-٨٠٠-٧٩٩-SAFE الآن.", true, ".نآلا ١-٨٠٠-٧٩٩-SAFE مقرلاب لصتا"},
		{"مفتوح ٩:٠٠-١٧:٠٠ يوميا", true, "ايموي ٩:٠٠-١٧:٠٠ حوتفم"},
		{"Call ١-٨٨٨-٣٧٣-٧٨٨٨ now", false, "Call ١-٨٨٨-٣٧٣-٧٨٨٨ now"},
		{"Text رقم ١-٨٨٨-٣٧٣-٧٨٨٨ الآن now", false, "Text نآلا ١-٨٨٨-٣٧٣-٧٨٨٨ مقر now"},
		// Persian and Arabic-Indic numbers with their own separators read as written
		{"الف ۱۲٬۰۰۰ گزارش.", true, ".شرازگ ۱۲٬۰۰۰ فلا"},
		{"ت ۱۲٫۵ درصد.", true, ".دصرد ۱۲٫۵ ت"},
		{"ث ۱۴۰۲/۰۵/۱۲ تاریخ.", true, ".خیرات ۱۴۰۲/۰۵/۱۲ ث"},
		{"ح ١٢٬٠٠٠ گزارش.", true, ".شرازگ ١٢٬٠٠٠ ح"},
		// a number's groups joined by the tatweel or the Arabic comma, as by a dash or a comma
		{"اتصل على 1ـ888ـ373ـ7888 الآن.", true, ".نآلا 1ـ888ـ373ـ7888 ىلع لصتا"},
		{"اتصل على ١،٨٨٨،٣٧٣،٧٨٨٨ الآن.", true, ".نآلا ١،٨٨٨،٣٧٣،٧٨٨٨ ىلع لصتا"},
		{"اتصل على 1ـــ888ـــ373ـــ7888 الآن.", true, ".نآلا 1ـــ888ـــ373ـــ7888 ىلع لصتا"},
		{"اتصل على 1 ـ 888 ـ 373 ـ 7888 الآن.", true, ".نآلا 1 ـ 888 ـ 373 ـ 7888 ىلع لصتا"},
		{"HELP را به 233733 بفرستید", true, "دیتسرفب 233733 هب ار HELP"},
		{"HELP را به 233733 بفرستید", false, "HELP دیتسرفب 233733 هب ار"},
		{"Text رقم 233733 الآن now", false, "Text نآلا 233733 مقر now"},
		{"התקשרו 1-800-799-SAFE עכשיו", false, "וישכע 1-800-799-SAFE ורשקתה"},
		{"פתוח 9:00-17:00 בימי חול", false, "לוח ימיב 9:00-17:00 חותפ"},
		{"יותר מ-50% מהמקרים", false, "םירקמהמ 50%-מ רתוי"},
		{"יותר מ-1,000 מקרים", false, "םירקמ 1,000-מ רתוי"},
		{"ساعت 9:00-17:00 باز است", true, "تسا زاب 9:00-17:00 تعاس"},
		{"تماس با 1-800-799-SAFE", true, "1-800-799-SAFE اب سامت"},
		// at an odd level every character with a mirror image takes it (UAX #9 rule L4):
		// brackets, quotation marks, "<", so that each points as written
		{"اتصلي (مجانا) الآن", true, "نآلا (اناجم) يلصتا"},
		{"أو أرسلي «SHOUT» إلى 85258.", true, ".85258 ىلإ «SHOUT» يلسرأ وأ"},
		{"قال «نعم»", true, "«معن» لاق"},
		{"כתבו ‹עזרה› עכשיו", false, "וישכע ‹הרזע› ובתכ"},
		{"תנאי: א < ב", true, "ב > א :יאנת"},
		{"Say «שלום» now", false, "Say «םולש» now"}, // the marks at the English words' level
		// an address, and each piece of one broken across lines, reads as written
		{"רוב הקורבנות כתבו ל-help.desk.team@", true, "help.desk.team@-ל ובתכ תונברוקה בור"},
		{"example-organisation.org עכשיו.", true, ".וישכע example-organisation.org"},
		{".team@example-organisation.org עכשיו.", true, ".וישכע .team@example-organisation.org"},
		{"כתבו ל-help.desk", true, "help.desk-ל ובתכ"},
		{"راسلونا على first-line.help-desk", true, "first-line.help-desk ىلع انولسار"},
		{".team@regional-support-network.org الآن.", true, ".نآلا .team@regional-support-network.org"},
		{"כתבו ל-help247@example.org.", true, ".help247@example.org-ל ובתכ"},
		{"בקרו ב-example.org/help/", true, "example.org/help/-ב ורקב"},
		{"?lang=he עכשיו", true, "וישכע ?lang=he"},
		{"בקרו ב-https://example.org/ עכשיו", true, "וישכע https://example.org/-ב ורקב"},
		{"שלחו HELP.", true, ".HELP וחלש"},
		{"/contact-the-team עכשיו.", true, ".וישכע /contact-the-team"},
		{"contact-the-team/ עכשיו.", true, ".וישכע contact-the-team/"},
		{"פתוח 24/7 לכולם", true, "םלוכל 24/7 חותפ"},
		// a slash between a number's groups is the number's, not an address's: set apart whole
		{"با شماره 030/6120 3451 تماس", true, "سامت 030/6120 3451 هرامش اب"},
		{"تلیفون 0800/111 0 111", true, "0800/111 0 111 نوفیلت"},
		{"شماره +49 (0) 6221/91 30 40 است", true, "تسا +49 (0) 6221/91 30 40 هرامش"},
		{"התקשרו 030/6120 3451 עכשיו", false, "וישכע 030/6120 3451 ורשקתה"},
		{"شماره 030–6120–3451 و 030.6120.3451", true, "030.6120.3451 و 030–6120–3451 هرامش"},
		// a path broken before a hyphen: the hyphen begins the piece, as written
		{"-hotlines-and-organizations-by-country لمعرفة", true, "ةفرعمل -hotlines-and-organizations-by-country"},
		// a number takes a bracket only with its pair, and none begins inside a word: the pair
		// around a size is the line's, mirrored as one ("A4" and "Letter" read as written)
		{"اطبعي على ورق A4 (210 × 297 مم)", true, "(مم 297 × 210) A4 قرو ىلع يعبطا"},
		{"اطبعي على ورق Letter (8.5 × 11 بوصة)", true, "(ةصوب 11 × 8.5) Letter قرو ىلع يعبطا"},
		{"הדפיסו על A4 (210 × 297 מ\"מ) עכשיו", false, "וישכע (מ\"מ 297 × 210) A4 לע וסיפדה"},
		{"חיסון COVID19 (2021) עכשיו", true, "וישכע (2021) COVID19 ןוסיח"},
		{"התקשרו 1-800-799-SAFE (7233) עכשיו", true, "וישכע 1-800-799-SAFE (7233) ורשקתה"},
		{"اتصلي على (800) 799-7233 الآن", true, "نآلا (800) 799-7233 ىلع يلصتا"},
		// reversed, a letter's marks come before it: drawn from its left edge, where a
		// right-to-left font draws them over it
		{"\u05db\u05b8\u05bc\u05dc \u05d9\u05b6\u05dc\u05b6\u05d3", false, "\u05d3\u05b6\u05dc\u05b6\u05d9 \u05dc\u05bc\u05b8\u05db"},
		{"\u0643\u064f\u0644\u0651\u064f \u0637\u0650\u0641\u0652\u0644\u064d", true, "\u064d\u0644\u0652\u0641\u0650\u0637 \u064f\u0651\u0644\u064f\u0643"},
	} {
		got, order := visual(tt.in, (&canvas{rtl: tt.rightToLeft}).bidi(tt.in)) // a line on its own
		if got != tt.want {
			t.Errorf("visual(%q, %v) = %q, want %q", tt.in, tt.rightToLeft, got, tt.want)
		}
		// each character placed is the character of the line its order names, or its mirror image
		in, placed := []rune(tt.in), []rune(got)
		if order == nil && got != tt.in || order != nil && len(order) != len(placed) {
			t.Fatalf("visual(%q): order %v for %d characters", tt.in, order, len(placed))
		}
		for k, i := range order {
			if r := in[i]; r != placed[k] && mirrorOf(r) != placed[k] {
				t.Errorf("visual(%q): character %d is %q, but its order names %q", tt.in, k, placed[k], r)
			}
		}
	}
}

// The tests before the expressions find every match the expressions do.
func TestAddressAndAbbreviationShortcuts(t *testing.T) {
	for _, s := range []string{"", "Call 988.", "Visit HumanTraffickingHotline.ORG today", "see https://x.y/z", "HTTPS://A.B",
		"mail a@b.Info or c.gov/x", "www.a-b.de", "see a-b.de/x-y", "24/7 and 1.5", "EE. UU. y S. A.", "EE.\u00a0UU.", "É. U. Á.", "No. 5. The end.", "a.b.c", "ÉTATS. UNIS.", "ABCD. EF."} {
		if got, want := addresses(s), addressRE().FindAllStringIndex(s, -1); !reflect.DeepEqual(got, want) {
			t.Errorf("addresses(%q) = %v, want %v", s, got, want)
		}
		if got, want := abbreviations(s), abbreviationRE().FindAllStringIndex(s, -1); !reflect.DeepEqual(got, want) {
			t.Errorf("abbreviations(%q) = %v, want %v", s, got, want)
		}
	}
}

// A part of a web address too wide for a line asks for a short address, not shorter words.
func TestAddressTooWide(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"see example.org/abcdefghijklmnopq/x", `handout has a web address whose part "abcdefghijklmnopq/" is 0.06 in too wide for its 0.19 in line (link a short address that leads to the same page instead`},
		{"see abcdefghijklmnopq", `handout has the word "abcdefghijklmnopq", 0.04 in too wide for its 0.19 in line (put soft hyphens where the word may break`},
		{"see ab@abcdefghijklmnopq.org", `handout has an email address whose part "abcdefghijklmnopq" is 0.04 in too wide for its 0.19 in line (an email address breaks only after its @ or before a dot`},
		{"see ab@abc-defghijklmnopq.org", `handout has an email address whose part "abc-defghijklmnopq" is 0.06 in too wide`},
	} {
		_, err := wrap(mono{}, Style{Size: 2}, diag.Located{Text: tt.text}, 14, "handout")
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%q: %v, want %s", tt.text, err, tt.want)
		}
	}
}

// The mirror images, generated from Unicode's BidiMirroring.txt (gen_mirror.go), are those
// golang.org/x/text's bidirectional algorithm gives its bracket pairs (BidiBrackets.txt), and
// each character is the mirror image of its own: the two files are of one Unicode.
func TestMirrorGlyphs(t *testing.T) {
	brackets := 0
	for r := range unicode.MaxRune + 1 {
		if p, _ := bidi.LookupRune(r); p.IsBracket() {
			brackets++
			if want := []rune(bidi.ReverseString(string(r)))[0]; mirrorOf(r) != want {
				t.Errorf("%U %q: mirror image %q, x/text's bracket pair has %q", r, r, mirrorOf(r), want)
			}
		}
	}
	if brackets < 100 {
		t.Errorf("x/text has %d brackets", brackets)
	}
	for _, p := range mirrors {
		if r, m := p[0], p[1]; mirrorOf(m) != r {
			t.Errorf("%U %q: mirror image %q, whose mirror image is %q", r, r, m, mirrorOf(m))
		}
	}
	for _, pair := range []string{"«»", "‹›", "<>", "≤≥", "∈∋"} { // not brackets, yet mirrored
		if rs := []rune(pair); mirrorOf(rs[0]) != rs[1] {
			t.Errorf("%q: %q has mirror image %q", pair, rs[0], mirrorOf(rs[0]))
		}
	}
}

// A paragraph is broken into lines in the order written and each line then placed on its own
// as a line of the paragraph (UAX #9, rules L1-L2): the paragraph's direction, not the line's
// first letter, orders the line, and the letters on the lines around it decide the direction of
// the punctuation at its ends; a phone number stays in dialling order wherever it falls.
func TestWrappedMixedDirectionLines(t *testing.T) {
	for _, tt := range []struct {
		name    string
		text    string
		edition bool // the edition reads right to left
		width   float64
		lines   []string // as written, broken
		want    []string // as drawn, left to right
	}{
		{"a Hebrew phrase wraps in an English answer", "Call now שלום עולם טוב. Hello friend", false, 19,
			[]string{"Call now שלום עולם", "טוב. Hello friend"},
			[]string{"Call now םלוע םולש", "בוט. Hello friend"}},
		{"an English name wraps in a Hebrew answer", "התקשרו אל Crisis Text Line עכשיו", false, 17,
			[]string{"התקשרו אל Crisis", "Text Line עכשיו"},
			[]string{"Crisis לא ורשקתה", "וישכע Text Line"}},
		{"an English list wraps in a Hebrew edition", "כתבו אל Crisis Line, Trevor עכשיו", true, 21,
			[]string{"כתבו אל Crisis Line,", "Trevor עכשיו"},
			[]string{"Crisis Line, לא ובתכ", "וישכע Trevor"}},
		{"a number ends the line inside a Hebrew phrase", "Hello שלום התקשרו 555-1234 עכשיו today", false, 27,
			[]string{"Hello שלום התקשרו 555-1234", "עכשיו today"},
			[]string{"Hello 555-1234 ורשקתה םולש", "וישכע today"}},
		{"a number begins the line of a Hebrew answer", "התקשרו אל הקו 1-888-373-7888 עכשיו", false, 14,
			[]string{"התקשרו אל הקו", "1-888-373-7888", "עכשיו"},
			[]string{"וקה לא ורשקתה", "1-888-373-7888", "וישכע"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			st := Style{Size: 2, Leading: 3} // 1 pt a character
			lines, err := wrap(mono{}, st, diag.Located{Text: tt.text}, tt.width, "test")
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(lines, tt.lines) {
				t.Fatalf("broken %q, want %q", lines, tt.lines)
			}
			drawnLines := func(c *canvas) []string {
				var out []string
				for _, it := range c.items {
					out = append(out, it.(Text).S)
				}
				return out
			}
			// an answer's paragraph (lineRows), and a hotline box's, a card's or a poster's (canvas.lineOf)
			var got []string
			for _, r := range lineRows(lines, 10, 100, paraRTL(tt.edition, tt.text), paraRTL(tt.edition, tt.text), st, 0) {
				c := &canvas{m: mono{}, rtl: tt.edition}
				r.draw(c, 0)
				got = append(got, strings.Join(drawnLines(c), ""))
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("answer drawn %q, want %q", got, tt.want)
			}
			var col column
			col.add(st, 0, lines...)
			c := &canvas{m: mono{}, rtl: tt.edition}
			col.draw(c, 0, 0)
			if got := drawnLines(c); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("box drawn %q, want %q", got, tt.want)
			}
		})
	}
}

// A line drawn otherwise than written gives back, for each piece of it drawn on its own (the
// text around a link, the link), the text as written: letters unjoined, in reading order,
// with the non-joiners and soft hyphens shaping dropped; a piece drawn as written gives "".
func TestDrawnGivesBackTheWrittenText(t *testing.T) {
	for _, tt := range []struct {
		line   string
		rtl    bool
		pieces []string // the drawn line cut after each piece's length in characters
		want   []string
	}{
		{"שאלות ותשובות", true, []string{"תובושתו תולאש"}, []string{"שאלות ותשובות"}},
		{"שלחו HELP אל 233733", false, []string{"233733", " לא HELP וחלש"}, []string{"", "שלחו HELP אל "}},
		{"لَا تخف", true, []string{"\uFED2\uFEA8\uFE97 \u0627\u064E\u0644"}, []string{"لَا تخف"}}, // a word HarfBuzz shapes drawn reversed, its fatha before its lam
		{"می\u200cشود", true, []string{"\uFEA9\uFEEE\uFEB7\uFBFD\uFEE3"}, []string{"می\u200cشود"}},
		// a quotation mark drawn as its mirror image gives back the mark as written
		{"أرسلي «SHOUT» الآن", true, []string{"\uFEE5\uFEF5\uFE8D \u00AB", "SHOUT", "\u00BB \uFEF2\uFEE0\uFEB3\uFEAD\uFE83"}, []string{"» الآن", "", "أرسلي «"}},
		// a number's brackets drawn as the line's, each mirrored, give back the bracket as
		// written on its side of the number: the link's text apart from them
		{"התקשרו (1-614-276-2274) להדרכה", true, []string{"הכרדהל (", "1-614-276-2274", ") ורשקתה"}, []string{") להדרכה", "", "התקשרו ("}},
		{"שלחו [233733] אל", true, []string{"לא [", "233733", "] וחלש"}, []string{"] אל", "", "שלחו ["}},
		{"Traf\u00adficking help", false, []string{"Trafficking help"}, []string{""}},
		{"help", false, []string{"help"}, []string{""}},
	} {
		line := drawn(tt.line, (&canvas{rtl: tt.rtl}).bidi(tt.line))
		if line.s != strings.Join(tt.pieces, "") {
			t.Errorf("%q drawn %+q, want %+q", tt.line, line.s, strings.Join(tt.pieces, ""))
			continue
		}
		at := 0
		for i, p := range tt.pieces {
			if got := line.logical(at, at+len(p)); got != tt.want[i] {
				t.Errorf("%q: piece %+q gives back %+q, want %+q", tt.line, p, got, tt.want[i])
			}
			at += len(p)
		}
	}
}

// A layout names each text that does not fit once: the same problem in another box is left
// out, another problem is told with the first.
func TestFaultsNameATextOnce(t *testing.T) {
	a := diag.Located{File: "en/text.yaml", Line: 3, Field: "card.call_label"}
	b := diag.Located{File: "en/text.yaml", Line: 4, Field: "card.danger"}
	for _, tt := range []struct {
		name string
		errs []*FitError
		want []string
	}{
		{"two texts", []*FitError{{At: a, Msg: "is 0.10 in too wide"}, {At: b, Msg: "is 0.20 in too wide"}},
			[]string{"is 0.10 in too wide", "is 0.20 in too wide"}},
		{"one text in two boxes", []*FitError{{At: a, Msg: "is 0.10 in too wide for its 3.00 in box"}, {At: a, Msg: "is 1.10 in too wide for its 2.00 in box"}},
			[]string{"is 0.10 in too wide for its 3.00 in box"}},
		{"one text, two problems", []*FitError{{At: a, Msg: "needs 3 lines; 2 fit"}, {At: a, Msg: "needs 2.22 in of height"}},
			[]string{"needs 3 lines; 2 fit, and needs 2.22 in of height"}},
	} {
		var f faults
		for _, e := range tt.errs {
			f.note(e)
		}
		var got []string
		for _, e := range f.err().(*FitError).Each() {
			got = append(got, e.Msg)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}

// An address alone (under a QR code, a chat line) breaks as in running text: after a '/' where
// that will do, inside its site only where nothing else does and the place allows it, never
// leaving "www" or a short last part alone; an address that cannot is named whole.
func TestAddressLines(t *testing.T) {
	county := "www.cuyahoga-county-children-and-family-services.example.gov/report-child-abuse-and-neglect"
	for _, tt := range []struct {
		name  string
		text  string
		width float64
		most  int
		site  bool
		want  []string
	}{
		{"one line", "example.org/help", 20, 2, true, []string{"example.org/help"}},
		{"after a slash", "example.org/get-help/now-please", 20, 2, true, []string{"example.org/", "get-help/now-please"}},
		{"site before a dot", county, 50, 2, true,
			[]string{"www.cuyahoga-county-children-and-family-services", ".example.gov/report-child-abuse-and-neglect"}},
		{"site whole where a wider place is tried", "humantraffickinghotline.org", 24, 2, false, nil},
		{"site broken where nothing else will do", "humantraffickinghotline.org", 24, 2, true, []string{"humantraffickinghotline", ".org"}},
		{"no short last part", "example.org/topics/reporting/how", 30, 2, true, []string{"example.org/topics/", "reporting/how"}},
		// words before it break as words, where the phrase ends at its colon ("every" / "day: www...")
		{"after the phrase before it", "Live chat, 10am to 10pm every day: www.nationaldahelpline.org.uk/en/Chat-to-us-online", 56, 2, true,
			[]string{"Live chat, 10am to 10pm every day:", "www.nationaldahelpline.org.uk/en/Chat-to-us-online"}},
		{"three lines", county, 46, 3, true,
			[]string{"www", ".cuyahoga-county-children-and-family-services", ".example.gov/report-child-abuse-and-neglect"}},
		{"too long", county, 46, 2, true, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			at := diag.Located{File: "settings.yaml", Line: 14, Field: "resource_url", Text: tt.text}
			got, err := addressLines(mono{}, Style{Size: 2}, at, tt.width, tt.most, tt.site, "test")
			if tt.want == nil {
				fe, ok := err.(*FitError)
				if !ok {
					t.Fatalf("got %q, %v; want a FitError", got, err)
				}
				if msg := fe.Error(); !strings.Contains(msg, tt.text) || !strings.Contains(msg, "display_url") || strings.Contains(msg, "shorten the text") {
					t.Errorf("error %q: want the whole address and display_url, not shorten the text", msg)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// An address written against a word of a script that puts no space after it ends where that
// word begins, so the text after it breaks as its own script does; an address's own
// non-ASCII letters are no such word.
func TestAddressEndsBeforeUnspacedScript(t *testing.T) {
	for _, tt := range []struct{ text, address string }{
		{"www.thehotline.org/get-helpでチャットしてください。", "www.thehotline.org/get-help"},
		{"或在thehotline.org/chat在线聊天。", "thehotline.org/chat"},
		{"www.thehotline.org/chat에서 채팅하세요", "www.thehotline.org/chat"},
		{"see https://tráfficking.org/ayuda today", "https://tráfficking.org/ayuda"},
	} {
		spans := addresses(tt.text)
		if len(spans) != 1 || tt.text[spans[0][0]:spans[0][1]] != tt.address {
			t.Errorf("addresses of %q: %v, want %q", tt.text, spans, tt.address)
		}
	}
	text := "www.thehotline.org/get-helpでチャットしてください。耳の不自由な方はTTYをご利用ください。"
	lines, err := wrap(mono{}, Style{Size: 2}, diag.Located{Text: text}, 40, "card")
	if err != nil || strings.Join(lines, "") != text {
		t.Errorf("wrapped %q as %q, %v", text, lines, err)
	}
}

// A part of a web address's path too wide for a line breaks before a hyphen, which begins the
// next line (and so reads as the address's, not a word's broken at the line's end); one that
// fits a line keeps its hyphens, and a site's hyphen never breaks.
func TestAddressBreaksBeforeAHyphenWhereNeeded(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"see example.org/abcdefg-hijklmn/x", "see|example.org/|abcdefg|-hijklmn/x"},
		{"see example.org/ab-cd/x", "see|example.org/|ab-cd/x"},
		{"see example.org/abcdef-ghijklmn", "see|example.org/|abcdef|-ghijklmn"},
	} {
		lines, err := wrap(mono{}, Style{Size: 2}, diag.Located{Text: tt.text}, 14, "handout")
		if got := strings.Join(lines, "|"); err != nil || got != tt.want {
			t.Errorf("%q: %q, %v; want %q", tt.text, got, err, tt.want)
		}
	}
	_, err := wrap(mono{}, Style{Size: 2}, diag.Located{Text: "see abcdefgh-ijklmnop.org"}, 14, "handout")
	if err == nil {
		t.Errorf("a site's name broken at its hyphen")
	}
}

// A number line broken beside its number keeps the words before the number on its line where
// they fit there and that spares a line ("Call" alone over the number and the rest took three
// lines where two hold it); where it spares none, the words stand on their own line above the
// number, unbroken ("Composez le" / "1-866-APPELLE (277-3553)").
func TestNumberLineKeepsItsWordsWhereThatSparesALine(t *testing.T) {
	for _, tt := range []struct {
		text  string
		width float64 // in characters
		want  []string
	}{
		{"Call 1-800-799-7233 (toll-free) or 503-588-5351 (local)", 32, []string{"Call 1-800-799-7233 (toll-free)", "or 503-588-5351 (local)"}},
		{"Composez le 1-866-APPELLE (277-3553)", 26, []string{"Composez le", "1-866-APPELLE (277-3553)"}},
		{"Call us free on 1-800-799-7233", 20, []string{"Call us free on", "1-800-799-7233"}},
		{"Call 1-800-799-7233 (toll-free)", 31, []string{"Call 1-800-799-7233 (toll-free)"}},
	} {
		got, err := numberLines(mono{}, Style{Size: 2}, diag.Located{Text: tt.text}, tt.width, 3, "test")
		if err != nil || !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%q in %.0f: got %q (%v), want %q", tt.text, tt.width, got, err, tt.want)
		}
	}
}

// A contact line breaks between the parts its separators part before it breaks after a comma
// inside one: the address whole on a line, the office's number on the next.
func TestPartLinesSeparatorsFirst(t *testing.T) {
	at := diag.Located{Text: "PO Box 412, Ashland, WI 54806 · Office (715) 682-9565"}
	for _, width := range []float64{150, 165, 180} {
		lines, ok := partLines(mono{}, Style{Size: 10}, at, width, width, 2)
		if want := []string{"PO Box 412, Ashland, WI 54806", "Office (715) 682-9565"}; !ok || !slices.Equal(lines, want) {
			t.Errorf("width %v: %q, %v; want %q", width, lines, ok, want)
		}
	}
	// with no room for a whole part, after a comma
	if lines, ok := partLines(mono{}, Style{Size: 10}, at, 110, 110, 3); !ok || len(lines) != 3 {
		t.Errorf("width 110: %q, %v; want three lines, broken after a comma", lines, ok)
	}
}

// TestPartNumberStaysWithItsWord: a number that begins a part of a contact line (a house
// number after " · ") never ends a line, at any width, in a face of fixed widths and in the
// built-in family: "Office 419-241-3411 · 2200" over "Jefferson Ave" reads as one number.
func TestPartNumberStaysWithItsWord(t *testing.T) {
	fams, err := typeface.Defaults()
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{
		"Office 419-241-3411 · 2200 Jefferson Ave, Toledo OH 43604 · harborhousetoledo.org",
		"Call (216) 555-0142 | 12B Lake Road, Leeds LS1 4AB | help@example.org",
		"Office 419-241-3411 · " + content.BoldOn + "2200 Jefferson Ave" + content.BoldOff + ", Toledo OH 43604",
		"Office 419-241-3411 · 2200 " + content.BoldOn + "Jefferson Ave" + content.BoldOff + ", Toledo OH 43604",
	}
	checked := 0
	for _, m := range []Measurer{mono{}, typeface.NewMeasurer(fams[0])} {
		for _, s := range texts {
			for w := 60.0; w < 520; w += 5 {
				lines, err := fitLines(m, Style{Size: 10}, diag.Located{Text: s}, w, 4, "the test")
				if err != nil {
					continue
				}
				checked++
				for _, l := range lines {
					f := strings.Fields(content.Unmark(l))
					if n := len(f); n >= 2 && separator(f[n-2]) && unicode.IsDigit([]rune(f[n-1])[0]) {
						t.Errorf("%T at %.0f pt: a line ends in the number that begins a part: %q", m, w, lines)
					}
				}
			}
		}
	}
	if checked < 100 {
		t.Errorf("only %d wraps fit: the widths need to reach the text's", checked)
	}
}

// TestEmphasisLeavesBreaksAlone: bold and italic marks move no break: a text breaks where its
// words without them break (a closing mark goes with what it closes, an opening one with what
// it opens), so that no line begins with the comma after a bold phrase in Chinese
// ("为**，即使") and no word breaks where its emphasis begins ("un*believable*").
func TestEmphasisLeavesBreaksAlone(t *testing.T) {
	b, i, ib, ii := content.BoldOn, content.BoldOff, content.ItalicOn, content.ItalicOff
	texts := []string{
		"都属于性贩运。" + b + "未成年人在法律上不能同意从事商业性行为" + i + "，即使看起来是“自愿”的。",
		"請" + ib + "你" + ii + "，立即撥打。" + b + "（24小時）" + i + "服務",
		"un" + ib + "believable" + ii + " and " + b + "very" + i + ", truly " + b + "bold." + i,
		"Llame al " + b + "1-888-373-7888" + i + " (24/7) o escriba a " + ib + "help@example.org" + ii + ".",
		"ما " + b + "می" + i + "\u200c" + b + "خواهیم" + i + " کمک کنیم.",
	}
	// and every answer of the built-in languages, French, Vietnamese and Chinese, with a span
	// of it bold and another italic, as Markdown marks them: from a character that is not a
	// space to one that is not either
	c, err := content.Load(contenttest.WithLanguages(t, []string{"fr", "vi", "zh"}, nil), "content", content.Overrides{})
	if err != nil {
		t.Fatal(err)
	}
	emphasise := func(text string, on, off string, from, to int) string {
		r := []rune(text)
		for from < len(r) && unicode.IsSpace(r[from]) {
			from++
		}
		for to > from+1 && unicode.IsSpace(r[to-1]) {
			to--
		}
		if to <= from {
			return text
		}
		return string(r[:from]) + on + string(r[from:to]) + off + string(r[to:])
	}
	for _, l := range c.Languages {
		for _, q := range l.FAQ.Questions {
			for _, p := range q.Answer {
				n := utf8.RuneCountInString(p.Text)
				if n < 10 {
					continue
				}
				texts = append(texts, emphasise(p.Text, b, i, n/5, n/2), emphasise(p.Text, ib, ii, n/3, n-1))
			}
		}
	}
	ends := func(segs []segment) []int { // where each segment ends, counted in the text without marks
		var out []int
		n := 0
		for _, s := range segs {
			n += len(content.Unmark(s.text))
			out = append(out, n)
		}
		return out
	}
	for _, s := range texts {
		marked, plain := ends(findSegments(s)), ends(findSegments(content.Unmark(s)))
		if !slices.Equal(marked, plain) {
			t.Errorf("%q breaks at %v, without its marks at %v", s, marked, plain)
		}
	}
	if len(texts) < 50 {
		t.Errorf("%d texts: the languages' answers are missing", len(texts))
	}
}

// A text too wide for the one line it prints on says so, and about how many of its characters
// fit; a vanity number written with its digits is told to take one of its forms, and a number
// with an extension to write the extension shorter.
func TestFitOneHints(t *testing.T) {
	st := Style{Font: Regular, Size: 10} // mono: 5 pt a character
	for _, tt := range []struct {
		at   diag.Located
		want string
	}{
		{diag.Located{Field: "card.back_note", Text: strings.Repeat("x", 40)}, `shorten the text, which prints on one line here, to 20 of its 40 characters: cut after "xxxxxxxxxxxxxxxxxxxx" it fits, and with "x" after that it does not`},
		{diag.Located{Field: "card.back_note", Text: "Wide MMMM WWWW words and short ones"}, `shorten the text, which prints on one line here, to 20 of its 35 characters: cut after "Wide MMMM WWWW words" it fits, and with "and" after that it does not`},
		{diag.Located{Field: "hotline.call", Text: "1-800-799-SAFE (1-800-799-7233)"}, `write the number in one of its forms: "1-800-799-SAFE" or "1-800-799-7233"`},
		// a number with an extension: the extension in fewer letters where that fits, and no
		// "forms" cut at its area code's bracket
		{diag.Located{Field: "hotline.call", Text: "(216) 623-4200 extension 2"}, `write its extension in fewer letters: "(216) 623-4200 x2"`},
		{diag.Located{Field: "hotline.call", Text: "216-623-4200 extension 2"}, `write its extension in fewer letters: "216-623-4200 ext. 2"`},
		{diag.Located{Field: "hotline.call", Text: "+1 (216) 623-4200 ext. 204"}, "shorten the text"},
	} {
		err := fitOne(mono{}, st, tt.at, 100, "card back")
		var e *FitError
		if !errors.As(err, &e) || e.hint() != tt.want {
			t.Errorf("%q: %v, want the hint %q", tt.at.Text, err, tt.want)
		}
	}
}
