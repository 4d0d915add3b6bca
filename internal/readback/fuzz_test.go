package readback

import (
	"bytes"
	"fmt"
	"testing"
	"time"
)

// makePDF wraps a content stream in the smallest PDF of the shape fpdf writes, with a
// resource dictionary placing form objects (their dictionaries and streams) as /X1, /X2, ...
func makePDF(stream []byte, forms ...string) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.3\n")
	xobjects := ""
	for i := range forms {
		xobjects += fmt.Sprintf("/X%d %d 0 R ", i+1, 6+i)
	}
	objs := []string{
		"<</Type /Pages\n/Kids [3 0 R ]\n/Count 1\n/MediaBox [0 0 200.00 300.00]\n>>",
		"<</Type /Catalog\n/Pages 1 0 R\n>>",
		"<</Type /Page\n/Parent 1 0 R\n/Resources 5 0 R\n/Annots [<</Type /Annot /Subtype /Link /Rect [10 10 50 30] /Border [0 0 0] /A <</S /URI /URI (tel:911)>>>>]\n/Contents 4 0 R>>",
		fmt.Sprintf("<</Length %d>>\nstream\n%s\nendstream", len(stream), stream),
		"<</ProcSet [/PDF /Text]\n/XObject <<" + xobjects + ">>\n>>",
	}
	objs = append(objs, forms...)
	offsets := make([]int, len(objs))
	for i, o := range objs {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<<\n/Size %d\n/Root 2 0 R\n>>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return b.Bytes()
}

// formObject is a form XObject's object text, with an optional /Matrix.
func formObject(content, matrix string) string {
	if matrix != "" {
		matrix = "/Matrix [" + matrix + "]\n"
	}
	return fmt.Sprintf("<</Type /XObject\n/Subtype /Form\n/BBox [0 0 100 100]\n%s/Length %d >>\nstream\n%s\nendstream", matrix, len(content), content)
}

func TestMakePDFReads(t *testing.T) {
	pages, err := Read(makePDF([]byte(`BT /F1 12.00 Tf ET q 0.000 g BT 10.00 280.00 Td (\000A) Tj ET Q`)))
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) != 1 || len(pages[0].Texts) != 1 || pages[0].Texts[0].S != "A" || len(pages[0].Links) != 1 || pages[0].Links[0].URI != "tel:911" {
		t.Fatalf("got %+v", pages)
	}
}

// FuzzRead feeds the reader broken files and broken content streams: it must return an
// error or pages (and a structure tree), never panic or hang.
func FuzzRead(f *testing.F) {
	f.Add([]byte(`BT /F1 12.00 Tf ET q 0.106 g BT 10.00 280.00 Td (\000A\000\(\000\)) Tj ET Q`), false)
	f.Add([]byte(`q 0.000 1.000 -1.000 0.000 50.00 100.00 cm BT 0 0 Td <00390031> Tj ET Q`), false)
	f.Add([]byte("0.000 g\n10.00 290.00 5.00 -5.00 re f\n20.00 20.00 m 30.00 20.00 l 30.00 10.00 l h f"), false)
	f.Add([]byte("0.50 w 0.059 0.298 0.361 RG 10.00 50.00 m 110.00 50.00 l S q 40 0 0 20 100 100 cm /I1 Do Q"), false)
	f.Add(makePDF([]byte("BT 1 2 Td (x) Tj ET")), true)
	f.Add(makePDF([]byte("q 1 0 0 1 10 10 cm /X1 Do Q /X2 Do"), formObject("0 g 0 0 5 5 re f /X1 Do", ""), formObject("/X2 Do", "")), true)
	f.Fuzz(func(t *testing.T, data []byte, raw bool) {
		if !raw {
			data = makePDF(data)
		}
		done := make(chan struct{})
		go func() { Read(data); Structure(data); close(done) }()
		select { // a hostile file must not hang the check that runs before every write
		case <-done:
		case <-time.After(5 * time.Second):
			t.Fatalf("Read did not return within 5 s on %q", data)
		}
	})
}
