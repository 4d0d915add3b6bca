package verify

import (
	"testing"

	"haven/internal/qr"
)

// BenchmarkDecode reads back a handout's QR code (29 modules) and a placement poster's (49),
// from their module matrices, as the check of every printed code does.
func BenchmarkDecode(b *testing.B) {
	for _, tc := range []struct{ name, url string }{
		{"handout", "https://humantraffickinghotline.org"},
		{"placement", "https://humantraffickinghotline.org/?utm_source=poster&utm_medium=print&utm_campaign=bench&utm_content=p001"},
	} {
		m, err := qr.Matrix(tc.url)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(tc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if got, err := Decode(m); err != nil || got != tc.url {
					b.Fatalf("got %q, %v", got, err)
				}
			}
		})
	}
}
