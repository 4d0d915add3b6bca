package layout

import (
	"slices"
	"strings"
	"testing"

	"haven/internal/diag"
)

// nextNumber tries its pattern only from just before a digit: from any point of a text, it
// finds what trying it at every character finds, signs, brackets and currency included.
func TestNextNumberFoundFromItsDigits(t *testing.T) {
	for _, s := range []string{
		"Call +1 (800) 799-7233 now",
		"Text 233733 · $5 · €20 · £3 · #250 · 50%",
		"A4 (210 × 297 mm) and COVID19",
		"اتصل ل1-800-799-7233 الآن",
		"تماس ۱۲۳ ۴۵۶۷",
		"no digits here at all",
		"(555) 123-4567 or 988",
		"拨打1-800-799-7233",
		"9",
		"+(",
		"Abroad +(44) 20 7946 0000",
	} {
		for from := range s {
			at, end, ok := nextNumber(s, from)
			m := number().FindStringIndex(s[from:])
			if ok != (m != nil) || ok && (at != from+m[0] || end != from+m[1]) {
				t.Errorf("nextNumber(%q, %d) = %d, %d, %v; the pattern tried everywhere finds %v", s, from, at, end, ok, m)
			}
		}
	}
}

// TestNumbersDottedGroups: groups joined by spaced dots are one number, as are groups joined by
// unspaced ones; a spaced dot after groups joined otherwise parts two numbers, as a contact
// line parts a phone number from a house number.
func TestNumbersDottedGroups(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want []string
	}{
		{"Call 888 · 373 · 7888 now", []string{"888 · 373 · 7888"}},
		{"Call 1·888·373·7888 now", []string{"1·888·373·7888"}},
		{"Office 419-241-3411 · 2200 Jefferson Ave", []string{"419-241-3411", "2200"}},
		{"(419) 241 3411 · 12B Lake Road", []string{"(419) 241 3411", "12"}},
		{"Call 1-888-373-7888 · Text 233733", []string{"1-888-373-7888", "233733"}},
		{"Call +1 888 · 373 · 7888 now", []string{"+1 888 · 373 · 7888"}},
		{"Call 1 888 · 373 · 7888 now", []string{"1 888 · 373 · 7888"}},
		{"Text 233733 · 12 Main Street", []string{"233733", "12"}},
		{"Call 988 · 1200 Main St", []string{"988", "1200"}},
	} {
		var got []string
		for _, n := range Numbers(tt.s) {
			got = append(got, tt.s[n[0]:n[1]])
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("Numbers(%q) = %q, want %q", tt.s, got, tt.want)
		}
	}
}

// A number whose groups a Chinese, Japanese or Korean keyboard joined with a letter it types
// for a dash (ー ｰ 一 ㅡ), or an Arabic one with a tatweel, drawn longer or between spaces, is
// one number: a line does not break inside it, and it reads left to right.
func TestNumbersJoinedByDashLetters(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want []string
	}{
		{"请拨打1ｰ888ｰ373ｰ7888或", []string{"1ｰ888ｰ373ｰ7888"}},
		{"请拨打1ー888ー373ー7888。", []string{"1ー888ー373ー7888"}},
		{"请拨打1一888一373一7888。", []string{"1一888一373一7888"}},
		{"1ㅡ888ㅡ373ㅡ7888로 전화하세요", []string{"1ㅡ888ㅡ373ㅡ7888"}},
		{"اتصل على 1ـــ888ـــ373ـــ7888 الآن", []string{"1ـــ888ـــ373ـــ7888"}},
		{"اتصل على 1 ـ 888 ـ 373 ـ 7888 الآن", []string{"1 ـ 888 ـ 373 ـ 7888"}},
		{"Call 1․888․373․7888 now", []string{"1․888․373․7888"}}, // dots that print as a full stop
		{"Call 1﹒888﹒373﹒7888 or 1．888．373．7888", []string{"1﹒888﹒373﹒7888", "1．888．373．7888"}},
		{"第1页，共一页", []string{"1"}},
	} {
		var got []string
		for _, n := range Numbers(tt.s) {
			got = append(got, tt.s[n[0]:n[1]])
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("Numbers(%q) = %q, want %q", tt.s, got, tt.want)
		}
	}
}

// A list of numbers written apart by spaces alone is set as its numbers (phone.Listed): a line
// breaks between them, where it never breaks inside a number written in groups.
func TestNumbersOfAList(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want []string
	}{
		{"ZIP codes 43201 43202 43203 in Columbus", []string{"43201", "43202", "43203"}},
		{"اتصل 43201 43202 43203 الآن", []string{"43201", "43202", "43203"}},
		{"Call +91 98765 43210 now", []string{"+91 98765 43210"}},
		{"Call +44 808 2000 247 now", []string{"+44 808 2000 247"}},
		{"Call (614) 276-2270 24/7", []string{"(614) 276-2270 24/7"}},
	} {
		var got []string
		for _, n := range Numbers(tt.s) {
			got = append(got, tt.s[n[0]:n[1]])
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("Numbers(%q) = %q, want %q", tt.s, got, tt.want)
		}
	}
	for _, text := range []string{
		"We serve ZIP codes 43201 43202 43203 43204 43205 43206 43207 43211 in Columbus.",
		"Rooms 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 100 200 300 400 500 are on the ground floor.",
	} {
		lines, err := wrap(mono{}, Style{Size: 12}, diag.Located{Text: text}, 200, "the handout")
		if err != nil || len(lines) < 2 || strings.Join(lines, " ") != text {
			t.Errorf("wrapped as %q, %v; want the list across lines", lines, err)
		}
	}
}

// A number in N'Ko's or Adlam's digits reads right to left, as their letters do; one in
// Latin, Arabic-Indic or Persian digits, or with a letter written left to right in it (a
// vanity number's), reads left to right.
func TestRTLDigits(t *testing.T) {
	for _, tt := range []struct {
		n    string
		want bool
	}{
		{"߈߀ ߀߀ ߁߁ ߁߅", true},
		{"߁-߈߈߈-߃߇߃-߇߈߈߈", true},
		{"+߂߂߃ ߂߀", true},
		{"𞥑-𞥘𞥘𞥘-𞥓𞥗𞥓-𞥗𞥘𞥘𞥘", true},
		{"80 00 11 15", false},
		{"١-٨٨٨-٣٧٣-٧٨٨٨", false},
		{"۱۲۳۴", false},
		{"߁-߈߀߀-SAFE", false},
		{"", false},
	} {
		if got := RTLDigits(tt.n); got != tt.want {
			t.Errorf("RTLDigits(%q) = %v, want %v", tt.n, got, tt.want)
		}
	}
}

// A number written with a spaced slash after its area code and trunk prefix, as German and
// Austrian numbers are ("030 / 615 42 43"), is one number, which a line never breaks; a slash
// between other numbers (a date, a score, two numbers) parts them as before.
func TestNumbersAreaCodeSlash(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want []string
	}{
		{"Rufen Sie 030 / 615 42 43 an", []string{"030 / 615 42 43"}},
		{"Tel. (0 30) / 615 42 43", []string{"(0 30) / 615 42 43"}},
		{"Wien 01 / 7189 222, Graz 0316 / 87 22 22", []string{"01 / 7189 222", "0316 / 87 22 22"}},
		{"Call 2023 / 2024, 24 / 7 or 1-800-799-7233 / 988", []string{"2023", "2024", "24", "7", "1-800-799-7233", "988"}},
		{"Call 0800 111 0 111 / 0800 111 0 222", []string{"0800 111 0 111", "0800 111 0 222"}},
	} {
		var got []string
		for _, n := range Numbers(tt.s) {
			got = append(got, tt.s[n[0]:n[1]])
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("Numbers(%q) = %q, want %q", tt.s, got, tt.want)
		}
	}
	lines, err := wrap(mono{}, Style{Size: 2}, diag.Located{Text: "Rufen Sie 030 / 615 42 43 an"}, 20, "handout")
	if got := strings.Join(lines, "|"); err != nil || got != "Rufen Sie|030 / 615 42 43 an" {
		t.Errorf("wrapped %q, %v", got, err)
	}
}
