package layout

import (
	"testing"

	"haven/internal/diag"
)

// BenchmarkWrap wraps a handout paragraph and a poster line at many widths, as layouts do
// when they fit a page: segments are found once, lines broken many times.
func BenchmarkWrap(b *testing.B) {
	para := diag.Located{Text: "Traffickers often target children who are vulnerable: those who have run away from home, are in foster care, or have a history of abuse. Call the National Human Trafficking Hotline at 1-888-373-7888, or text HELP to 233733, from anywhere in the EE. UU., 24/7."}
	line := diag.Located{Text: "Gratis, confidencial, 24/7. No tienes que dar tu nombre."}
	for i := 0; i < b.N; i++ {
		for w := 100.0; w < 500; w += 20 {
			if _, err := wrap(mono{}, Style{Size: 10}, para, w, "bench"); err != nil {
				b.Fatal(err)
			}
			if _, err := wrapEven(mono{}, Style{Size: 10}, line, w, "bench"); err != nil {
				b.Fatal(err)
			}
		}
	}
}
