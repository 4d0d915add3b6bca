package readback

import (
	"bytes"
	"testing"
)

// BenchmarkRead reads a page shaped like a handout's: texts, colour bands, rules and a QR
// code's path.
func BenchmarkRead(b *testing.B) {
	var s bytes.Buffer
	for i := 0; i < 200; i++ {
		s.WriteString("BT /F1a2b3c4d5 10.50 Tf ET q 0.106 g BT 56.69 712.35 Td <00480065006c006c006f00200077006f0072006c0064> Tj ET Q\n")
		s.WriteString("0.059 0.298 0.361 rg 36.00 700.00 540.00 -24.00 re f\n0.50 w 0.059 0.298 0.361 RG 36.00 650.00 m 576.00 650.00 l S\n")
		s.WriteString("120.00 310.00 m 126.00 310.00 l 126.00 304.00 l 120.00 304.00 l h\n")
	}
	pdf := makePDF(s.Bytes())
	b.SetBytes(int64(s.Len()))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := Read(pdf); err != nil {
			b.Fatal(err)
		}
	}
}
