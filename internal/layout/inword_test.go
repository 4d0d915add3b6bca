package layout_test

import (
	"strings"
	"testing"

	"haven/internal/content"
	"haven/internal/diag"
	"haven/internal/layout"
)

// A web address broken across lines of an answer stays on one page and in one column, wherever
// the page would break: half an address on the front of a sheet and the rest on the back had
// the reader turn the sheet over in the middle of typing it. Each lead paragraph's length
// moves the break a line further on.
func TestAddressStaysOnOnePage(t *testing.T) {
	const address = "https://www.samples.org/resources/for-parents-and-caregivers/online-safety?lang=en&section=grooming-warning-signs-and-what-to-do"
	pieces := []string{"https://www.samples.org", "for-parents", "grooming-warning", "what-to-do"}
	for _, large := range []bool{false, true} {
		for lines := 0; lines < 50; lines++ {
			doc, err := answeredFirst(t, []content.Para{leadLines(lines), {Located: diag.Located{Text: "Read more about staying safe online. Or visit " + address + "."}}}, large)
			if err != nil {
				t.Fatalf("large %v, %d lines: %v", large, lines, err)
			}
			var where [][2]int // the page and the side of it each piece is printed on
			for _, piece := range pieces {
				found := false
				for n, p := range doc.Pages {
					for _, it := range p.Items {
						if tx, ok := it.(layout.Text); ok && strings.Contains(tx.S, piece) {
							where, found = append(where, [2]int{n, int(2 * tx.X / p.W)}), true
						}
					}
				}
				if !found {
					t.Fatalf("large %v, %d lines: %q is not printed", large, lines, piece)
				}
			}
			for i := range where[1:] {
				if where[i+1] != where[0] {
					t.Errorf("large %v, %d lines: the address is broken over columns or pages: %v", large, lines, where)
					break
				}
			}
		}
	}
}
