package content

import (
	"strings"
	"testing"
)

// checkedWhole is every problem the checks of a text's numbers and of its near misses find,
// refused or warned of.
func checkedWhole(set Settings, text string) string {
	ps := checkNumbers("f", textLines{first: 1}, "x", text, set.Country, set.Numbers(), true, true)
	refused, warned := nearMisses("f", textLines{first: 1}, "x", text, "", set.Country, set.Numbers())
	var out []string
	for _, p := range append(append(ps, refused...), warned...) {
		out = append(out, p.Error())
	}
	return strings.Join(out, "\n")
}

// checkWholeRows checks each text with checkedWhole: want "" passes, any other is a part of what
// is found.
func checkWholeRows(t *testing.T, rows []numberRow) {
	t.Helper()
	for _, tt := range rows {
		got := checkedWhole(tt.set, tt.text)
		switch {
		case tt.want == "" && got != "":
			t.Errorf("%q: reported %s", tt.text, got)
		case !strings.Contains(got, tt.want):
			t.Errorf("%q:\ngot  %s\nwant %s", tt.text, got, tt.want)
		}
	}
}

// A count grouped by a comma or an apostrophe ("12,009", "200,000", "1,62,449") is one number:
// none of its groups is a number of its own to dial, whatever words come before it ("경찰",
// the police), while a slip alone beside the same words is still refused.
func TestGroupedCountIsOneNumber(t *testing.T) {
	kr, au, in, ch := hotlineIn("KR", "1366", "112"), hotlineIn("AU", "1800 737 732", "000"), hotlineIn("IN", "1098", "112"), hotlineIn("CH", "147", "112")
	checkWholeRows(t, []numberRow{
		{kr, "경찰에 신고된 사건은 12,009건입니다.", ""},
		{kr, "2023년 경찰에 신고된 가정폭력은 22만 2,009건입니다.", ""},
		{kr, "경찰 신고 건수: 1,009건", ""},
		{kr, "경찰에 2,019명이 신고했습니다.", ""},
		{kr, "경찰에 신고된 사건은 2019년 1,009건에서 2023년 2,119건으로 늘었습니다.", ""},
		{au, "We have helped more than 200,000 women.", ""},
		{au, "Police recorded 1,000,200 calls.", ""},
		{in, "Police: 1,62,449 cases were reported.", ""},
		{ch, "Polizei: 1'009 Anzeigen.", ""},
		// slips beside the same words are still refused
		{kr, "경찰: 009", `"009"`},
		{au, "In an emergency, call 001.", `"001"`},
	})
}

// A German count writes what it counts after the number, a plural noun with a capital
// ("120 Beratungsstellen", "120 Anzeigen"): it is no slip of the emergency number, beside the
// police's name too; words asking to dial it, and a line's or a service's word after it, still
// make it one.
func TestGermanCountBeforeItsNoun(t *testing.T) {
	de, us := hotlineIn("DE", "116 016", "110"), hotlineIn("US", "988", "911")
	checkWholeRows(t, []numberRow{
		{de, "Es gibt rund 120 Beratungsstellen.", ""},
		{de, "Es gibt rund 120 Schulen.", ""},
		{de, "Wir haben 120 Beraterinnen.", ""},
		{de, "Die Polizei nahm 120 Anzeigen auf.", ""},
		// a slip still
		{de, "Rufen Sie 120 Beraterinnen an.", `"120"`},
		{de, "Notruf: 120 Polizei.", `"120"`},
		{de, "Im Notfall: 120.", `"120"`},
		{us, "Call 912 Center now.", `"912"`},
	})
}

// Lines the country answers pass where the words give them beside the emergency number: Japan's
// police consultation line #9110 in brackets, full-width or not, keeps its #; Korea's coast
// guard answers 122. A slip of 110 in the same brackets is refused.
func TestCountryLinesBesideTheEmergencyNumber(t *testing.T) {
	jp, kr := hotlineIn("JP", "#8008", "110"), hotlineIn("KR", "1366", "112")
	checkWholeRows(t, []numberRow{
		{jp, "警察相談専用電話（#9110）に相談してください。", ""},
		{jp, "警察相談専用電話(#9110)に相談してください。", ""},
		{kr, "해양 사고는 122로 신고하세요.", ""},
		{kr, "- 해양경찰: 122", ""},
		{jp, "警察相談専用電話（9110）に電話してください。", `"（9110）"`},
	})
}

// An address's lot, room or building number in Japanese (111番地, 111号室) is no slip of 110;
// the line said with 番 is ("救急車は111番に").
func TestJapaneseAddressNumbers(t *testing.T) {
	jp := hotlineIn("JP", "#8008", "110")
	checkWholeRows(t, []numberRow{
		{jp, "長野県上田市大字中野111番地", ""},
		{jp, "本町ビル111号室にお越しください。", ""},
		{jp, "危ないときは111番に電話してください。", `"111"`},
	})
}
