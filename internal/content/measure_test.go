package content

import "testing"

// A measure is no number to dial: the page words' "A4 (210 x 297 mm)" beside other_numbers'
// 211 was refused as a slip of it, its "x 297" read as an extension. A slip the words ask to
// dial, with an extension after it, still is refused.
func TestMeasuresAreNoSlips(t *testing.T) {
	ca := hotlineIn("CA", "1-866-724-3321", "911", "211")
	checkProblemRows(t, []numberRow{
		{ca, "A4 (210 x 297 mm)", ""},
		{ca, "Letter (216 x 279 mm), tabloid (279 × 432 mm)", ""},
		{ca, "A poster of 8.5 x 11 in, or 457 x 610 x 2 mm.", ""},
		// the slips beside them
		{ca, "Call 210 x 2.", `"210" is one slip away from organisation.other_numbers[1] 211`},
		{ca, "Call 1-866-724-3322 x 2.", `"1-866-724-3322" is one slip away from hotline.call 1-866-724-3321`},
	})
}
