package kinds

import "testing"

// Every printed document of every kind on every paper says how to print it: the print guide has no
// blank for a new kind or paper.
func TestEveryDocumentSaysHowToPrint(t *testing.T) {
	for _, k := range All() {
		for _, p := range k.Papers {
			for _, d := range k.Docs(p) {
				if d.FromPrinted != nil { // the resource page is not printed
					continue
				}
				pr := d.Print
				for field, v := range map[string]string{"stock": pr.Stock, "sides": pr.Sides, "per sheet": pr.PerSheet, "cutting": pr.Cut} {
					if v == "" {
						t.Errorf("%s: no %s in its printing instructions", d.What, field)
					}
				}
			}
		}
	}
	for _, d := range Calibration(nil) {
		if d.Layout == nil {
			t.Errorf("%s has no layout", d.What)
		}
	}
}
