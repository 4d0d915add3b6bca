package content

import "testing"

// A number written in a form haven did not read hid its slips: digits grouped by commas as a
// count is, and digits in a circle or brackets (①②③, ⑴, ⒈, ❶). A comma-grouped number is read
// and checked; enclosed digits within a number, or three after a word asking to dial, are
// refused with the number to write. Counts, prices, years, hours, steps and footnotes pass.
func TestNumbersInUnusualForms(t *testing.T) {
	us := hotlineIn("", "1-888-373-7888", "911")
	us.Hotline.Text = loc("hotline.text", "233733")
	gb := hotlineIn("GB", "0808 2000 247", "999")
	au := hotlineIn("AU", "1800 737 732", "000")
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
	})
}
