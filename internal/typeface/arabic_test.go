package typeface

import "testing"

// Arabic letters take their joined forms: initial, medial, final, isolated, and lam-alef.
func TestShapeArabic(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"بيت", "\uFE91\uFEF4\uFE96"},  // beh initial, yeh medial, teh final
		{"دار", "\uFEA9\uFE8D\uFEAD"},  // dal, alef and reh join nothing after them: all isolated
		{"سلام", "\uFEB3\uFEFC\uFEE1"}, // seen initial, lam-alef final, meem isolated
		{"call 911", "call 911"},
		{"Auf\u200Clage", "Auflage"},           // a non-joiner is never drawn
		{"Traf\u00ADficking?", "Trafficking?"}, // a soft hyphen where the line does not break
		{"بي\u00ADت", "\uFE91\uFEF4\uFE96"},
	} {
		if got := Shape(tt.in); got != tt.want {
			t.Errorf("Shape(%q) = %+q, want %+q", tt.in, got, tt.want)
		}
	}
}

// The Persian and Urdu letters outside the basic Arabic block join as Unicode's
// ArabicShaping.txt says, with the presentation forms of UnicodeData.txt.
func TestPersianUrduLetters(t *testing.T) {
	for _, tt := range []struct {
		name  string
		r     rune
		dual  bool
		forms [4]rune // isolated, final, initial, medial
	}{
		{"peh", 0x067E, true, [4]rune{0xFB56, 0xFB57, 0xFB58, 0xFB59}},
		{"tcheh", 0x0686, true, [4]rune{0xFB7A, 0xFB7B, 0xFB7C, 0xFB7D}},
		{"jeh", 0x0698, false, [4]rune{0xFB8A, 0xFB8B}},
		{"gaf", 0x06AF, true, [4]rune{0xFB92, 0xFB93, 0xFB94, 0xFB95}},
		{"keheh", 0x06A9, true, [4]rune{0xFB8E, 0xFB8F, 0xFB90, 0xFB91}},
		{"farsi yeh", 0x06CC, true, [4]rune{0xFBFC, 0xFBFD, 0xFBFE, 0xFBFF}},
		{"tteh", 0x0679, true, [4]rune{0xFB66, 0xFB67, 0xFB68, 0xFB69}},
		{"ddal", 0x0688, false, [4]rune{0xFB88, 0xFB89}},
		{"rreh", 0x0691, false, [4]rune{0xFB8C, 0xFB8D}},
		{"noon ghunna", 0x06BA, true, [4]rune{0xFB9E, 0xFB9F}},
		{"heh doachashmee", 0x06BE, true, [4]rune{0xFBAA, 0xFBAB, 0xFBAC, 0xFBAD}},
		{"heh goal", 0x06C1, true, [4]rune{0xFBA6, 0xFBA7, 0xFBA8, 0xFBA9}},
		{"yeh barree", 0x06D2, false, [4]rune{0xFBAE, 0xFBAF}},
	} {
		f, ok := joinForms[tt.r]
		if !ok || f.dual != tt.dual || f.forms != tt.forms {
			t.Errorf("%s %U: %+v, want dual %v and forms %X", tt.name, tt.r, f, tt.dual, tt.forms)
		}
	}
}

// Persian and Urdu words print joined; a zero-width non-joiner keeps two letters apart and
// is not printed; noon ghunna inside a word takes noon's form.
func TestShapePersianUrdu(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"پول", "\uFB58\uFEEE\uFEDD"},                     // peh initial, waw final, lam isolated
		{"چشم", "\uFB7C\uFEB8\uFEE2"},                     // tcheh initial, sheen medial, meem final
		{"ویژه", "\uFEED\uFBFE\uFB8B\uFEE9"},              // waw, farsi yeh initial, jeh final, heh isolated
		{"کودک", "\uFB90\uFEEE\uFEA9\uFB8E"},              // keheh initial, waw final, dal, keheh isolated after dal
		{"گمان", "\uFB94\uFEE4\uFE8E\uFEE5"},              // gaf initial, meem medial, alef final, noon isolated
		{"می\u200Cشود", "\uFEE3\uFBFD\uFEB7\uFEEE\uFEA9"}, // the non-joiner ends the first word's join
		{"ہاٹ", "\uFBA8\uFE8E\uFB66"},                     // heh goal initial, alef final, tteh isolated
		{"ڈر", "\uFB88\uFEAD"},                            // ddal and reh join nothing after them
		{"بڑے", "\uFE91\uFB8D\uFBAE"},                     // beh initial, rreh final, yeh barree isolated
		{"بچوں", "\uFE91\uFB7D\uFEEE\uFB9E"},              // noon ghunna at the end, alone after waw
		{"ںہ", "\uFEE7\uFBA7"},                            // noon ghunna joined on: noon's initial form
		{"پھر", "\uFB58\uFBAD\uFEAE"},                     // peh initial, heh doachashmee medial, reh final
	} {
		if got := Shape(tt.in); got != tt.want {
			t.Errorf("Shape(%q) = %+q, want %+q", tt.in, got, tt.want)
		}
	}
}

// TestShapeSkipsOnlyNonArabic holds Shape's quick test to the table: every character it
// changes (each joining letter, tatweel, the non-joiner it drops) is one mayBeArabic looks
// for, and text without one is returned as it is.
func TestShapeSkipsOnlyNonArabic(t *testing.T) {
	changed := []rune{0x0640, zwnj}
	for r := range joinForms {
		changed = append(changed, r)
	}
	for _, r := range changed {
		if !mayBeArabic("a" + string(r) + "b") {
			t.Errorf("%U is shaped, but mayBeArabic skips it", r)
		}
	}
	for _, s := range []string{"Call 988", "Llame al 988 — ayuda", "中文 テキスト", "ÀÉÎõü", "Tiếng Việt", ""} {
		if mayBeArabic(s) || Shape(s) != s {
			t.Errorf("%q: not Arabic, but looked at or changed", s)
		}
	}
}

// BenchmarkShape is Shape on a word of Latin text, as layout measures every word.
func BenchmarkShape(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		Shape("confidential")
	}
}

// Lam and alef form their ligature; a word with a vowel sign no form holds, or a letter with
// no presentation forms, is left as written, for HarfBuzz to shape whole; a letter with no
// presentation form is never given an empty one.
func TestLamAlefAcrossMarks(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"لا", "\uFEFB"},
		{"سلام", "\uFEB3\uFEFC\uFEE1"},        // joined to the letter before: final ligature
		{"لَا", "لَا"},                        // lam, fatha, alef: HarfBuzz places the fatha
		{"سلَام لا", "سلَام \uFEFB"},          // the word with a mark alone
		{"فوراً", "\uFED3\uFEEE\uFEAD\uFD3D"}, // tanween held by alef's ligature
		{"لاً", "لاً"},                        // but for lam-alef, which has none with it
		{"ټول ته", "ټول \uFE97\uFEEA"},        // Pashto's ټ has no forms
		{"می\u200cټ", "می\u200cټ"},            // the non-joiner kept inside such a word
		{"بَ\u200c", "بَ"},                    // not at its end
	} {
		if got := Shape(tt.in); got != tt.want {
			t.Errorf("Shape(%q) = %+q, want %+q", tt.in, got, tt.want)
		}
	}
	for r, f := range joinForms {
		if f.forms[isolated] == 0 || f.forms[final] == 0 || f.dual && r != noonGhunna && (f.forms[initial] == 0 || f.forms[medial] == 0) {
			t.Errorf("%U is shaped but lacks a form: %X", r, f.forms)
		}
	}
}
