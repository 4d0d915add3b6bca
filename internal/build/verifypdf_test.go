package build

import (
	"bytes"
	"strings"
	"testing"

	defaultcontent "haven/content"
	"haven/internal/colour"
	"haven/internal/content"
	"haven/internal/layout"
	"haven/internal/render/pdf"
	"haven/internal/typeface"
)

// VerifyPDF must catch a PDF that differs from its layout in what a reader would see: a text
// or number changed, a link changed, a QR code painted over or crowded.
func TestVerifyPDFCatchesWhatIsPrintedWrong(t *testing.T) {
	ct, err := content.Load(defaultcontent.FS, "content", content.Overrides{})
	if err != nil {
		t.Fatal(err)
	}
	fams, _ := typeface.Defaults()
	in := layout.Input{Settings: ct.Settings, Lang: &ct.Languages[0], M: pdf.NewMeasurer(fams[0])}
	code := func(doc *layout.Doc) layout.QR {
		for _, it := range doc.Pages[0].Items {
			if q, ok := it.(layout.QR); ok {
				return q
			}
		}
		t.Fatal("no QR code on page 1")
		return layout.QR{}
	}
	tests := []struct {
		name  string
		print func(doc *layout.Doc) // changes what is rendered, not what is expected
		want  string
	}{
		{"as laid out", func(*layout.Doc) {}, ""},
		{"a digit of the number", func(doc *layout.Doc) {
			for i, it := range doc.Pages[0].Items {
				if tx, ok := it.(layout.Text); ok && strings.Contains(tx.S, "1-888-373-7888") {
					tx.S = strings.Replace(tx.S, "7888", "7889", 1)
					doc.Pages[0].Items[i] = tx
					return
				}
			}
			t.Fatal("no number on page 1")
		}, `the PDF shows "Call 1-888-373-7889"`},
		{"a link", func(doc *layout.Doc) {
			for i, it := range doc.Pages[0].Items {
				if l, ok := it.(layout.Link); ok && strings.HasPrefix(l.URL, "tel:") {
					l.URL = "tel:+18883737889"
					doc.Pages[0].Items[i] = l
					return
				}
			}
			t.Fatal("no tel: link on page 1")
		}, "the PDF links tel:+18883737889"},
		{"a white box over a finder pattern", func(doc *layout.Doc) {
			q := code(doc)
			doc.Pages[0].Items = append(doc.Pages[0].Items, layout.Rect{X: q.X, Y: q.Y, W: 7 * q.Module, H: 7 * q.Module, Fill: colour.White})
		}, "as printed, does not decode"},
		{"a rule through the quiet zone", func(doc *layout.Doc) {
			q := code(doc)
			doc.Pages[0].Items = append(doc.Pages[0].Items, layout.Rect{X: q.X - 3*q.Module, Y: q.Y, W: q.Module, H: q.Size(), Fill: colour.RGB{}})
		}, "in the quiet zone"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want, err := layout.Handout(in, layout.Papers["letter"], false)
			if err != nil {
				t.Fatal(err)
			}
			printed, _ := layout.Handout(in, layout.Papers["letter"], false)
			tt.print(printed)
			var buf bytes.Buffer
			if err := pdf.Render(&buf, printed, fams[0], epoch); err != nil {
				t.Fatal(err)
			}
			err = VerifyPDF(buf.Bytes(), want)
			switch {
			case tt.want == "" && err != nil:
				t.Fatalf("a good PDF fails: %v", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Fatalf("got %v, want an error with %q", err, tt.want)
			}
		})
	}
}
