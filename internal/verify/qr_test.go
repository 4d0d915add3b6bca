package verify

import (
	"strings"
	"testing"

	"haven/internal/layout"
	"haven/internal/qr"
)

// Layout holds every code to the narrowest module a phone reads from print, whatever layout
// drew it: a code set smaller than that fails as haven's own fault.
func TestLayoutCodeModules(t *testing.T) {
	const url = "https://humantraffickinghotline.org"
	modules, err := qr.Matrix(url)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name   string
		module float64
		want   string
	}{
		{"at the floor", layout.MinModule, ""},
		{"wide", 0.6 * layout.MM, ""},
		{"too narrow", 0.3 * layout.MM, "prints its modules 0.30 mm wide, under 0.40 mm"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := &layout.Doc{Name: "cards-en-letter", Pages: []layout.Page{{W: 612, H: 792, Items: []layout.Item{
				layout.QR{X: 100, Y: 100, Module: tt.module, Code: qr.Given(modules), URL: url},
			}}}}
			err := Layout(doc)
			switch {
			case tt.want == "" && err != nil:
				t.Fatalf("a good code fails: %v", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Fatalf("got %v, want an error with %q", err, tt.want)
			}
		})
	}
}
