package layout

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"haven/internal/qr"
)

// A thumbnail is the page's own items, scaled about the page's top left and moved into its
// cell; links are left out; greeked, each text becomes a grey bar where it stood.
func TestScaled(t *testing.T) {
	items := []Item{
		Text{X: 100, Y: 200, S: "Call 1-888-373-7888", Size: 20, W: 180},
		Rect{X: 10, Y: 20, W: 300, H: 40},
		Rule{X1: 0, Y1: 0, X2: 50, Y2: 50, Width: 2, Dash: 4},
		QR{X: 400, Y: 500, Module: 4, Code: qr.Given([][]bool{{true}})},
		Link{X: 1, Y: 2, W: 3, H: 4, URL: "tel:+18883737888"},
		Image{X: 40, Y: 40, W: 80, H: 20},
	}
	const k, dx, dy = 0.25, 36, 80
	want := []Item{
		Text{X: 61, Y: 130, S: "Call 1-888-373-7888", Size: 5, W: 45},
		Rect{X: 38.5, Y: 85, W: 75, H: 10},
		Rule{X1: 36, Y1: 80, X2: 48.5, Y2: 92.5, Width: 0.5, Dash: 1},
		QR{X: 136, Y: 205, Module: 1, Code: qr.Given([][]bool{{true}})},
		Image{X: 46, Y: 90, W: 20, H: 5},
	}
	got := Scaled(items, k, dx, dy, false)
	if len(got) != len(want) {
		t.Fatalf("%d items, want %d: %v", len(got), len(want), got)
	}
	for i := range want {
		if g, w := got[i], want[i]; !reflect.DeepEqual(g, w) {
			t.Errorf("item %d: %+v, want %+v", i, g, w)
		}
	}
	greek := Scaled(items, k, dx, dy, true)
	bar, ok := greek[0].(Rect)
	box := items[0].(Text).Box()
	if !ok || bar.X != dx+box.X*k || bar.W != box.W*k || bar.Fill != proofGreek {
		t.Errorf("greeked text: %+v", greek[0])
	}
}

// A page's size is named as a printer names it.
func TestPaperLabel(t *testing.T) {
	tests := []struct {
		page Page
		want string
	}{
		{Page{W: 612, H: 792}, "Letter (8.5 x 11 in)"},
		{Page{W: 792, H: 612}, "Letter (8.5 x 11 in)"},
		{Page{W: Papers["a4"].W, H: Papers["a4"].H}, "A4 (210 x 297 mm)"},
		{Page{W: 24 * Inch, H: 36 * Inch}, "24 x 36 in"},
		{Page{W: 5 * Inch, H: 7 * Inch}, "5 x 7 in"},
	}
	// the print shop's cards as made: the bleed, not the slug outside it where the crop marks
	// are; a card made in millimetres named in them
	for country, want := range map[string]string{"US": "3.5 x 2 in trim, with 0.125 in bleed (print shop)", "DE": "85 x 55 mm trim, with 3 mm bleed (print shop)",
		"AU": "90 x 55 mm trim, with 3 mm bleed (print shop)"} {
		in := input(t)
		in.Settings.Country = country
		doc, err := BleedCard(in)
		if err != nil {
			t.Fatal(err)
		}
		tests = append(tests, struct {
			page Page
			want string
		}{doc.Pages[0], want})
	}
	for _, tt := range tests {
		if got := PaperLabel(tt.page); got != tt.want {
			t.Errorf("%.0f x %.0f: %q, want %q", tt.page.W, tt.page.H, got, tt.want)
		}
	}
}

// The proof is where the addresses the QR codes open are signed off: each is printed whole
// under its thumbnail, on as many lines as it takes (a long site broken before a dot, or
// anywhere when one piece is wider than the line), never shortened in the middle, and the
// lines stay clear of the next row's thumbnails. Read back from the laid-out sheet.
func TestProofPrintsWholeAddresses(t *testing.T) {
	long := strings.Repeat("a", 63) // the longest a site's name may be
	for _, urls := range [][]string{
		{"https://humantraffickinghotline.org"},
		{"https://www.tuscarawascarrollharrisoncrisis.org/get-help-now/crisis-line"},
		{"https://" + long + ".org/help"},
		{"https://example.org/help?utm_source=poster&utm_medium=print&utm_campaign=spring-2025"},
		{"https://example.org/a-first-page-of-help", "https://nsys.example.org/talk-to-someone-today"},
	} {
		t.Run(urls[0], func(t *testing.T) {
			var page Page
			for i, u := range urls { // each code at the page's top, where the thumbnail begins
				page.Items = append(page.Items, QR{X: float64(i), Module: 1, Code: qr.Given([][]bool{{true}}), URL: u})
			}
			page.W, page.H = Papers["letter"].W, Papers["letter"].H
			var files []ProofFile
			for i := range 8 { // two rows
				files = append(files, ProofFile{File: fmt.Sprintf("f%d.pdf", i), Doc: &Doc{Pages: []Page{page}}})
			}
			var m mono
			doc, err := Proof(files, Papers["letter"], m)
			if err != nil {
				t.Fatal(err)
			}
			cw := (Papers["letter"].W - 2*proofMargin - (proofCols-1)*proofGap) / proofCols
			var labels []Text  // the first column's labels, top to bottom
			var tops []float64 // the tops of its thumbnails
			for _, it := range doc.Pages[0].Items {
				switch it := it.(type) {
				case Text:
					if it.Y < proofMargin+proofHeader {
						continue // the heading
					}
					if it.X == proofMargin {
						labels = append(labels, it)
					}
					if w := m.Width(it.Font, it.Size, it.S); w > cw+0.01 {
						t.Errorf("%q is %.1f pt wide, in a cell of %.1f", it.S, w, cw)
					}
				case QR:
					if it.X == proofMargin+(cw-page.W*cw/page.W)/2 {
						tops = append(tops, it.Y)
					}
				}
			}
			want := strings.ReplaceAll("QR: "+strings.Join(urls, " "), " ", "")
			var rows [][]Text
			for _, l := range labels {
				if strings.HasSuffix(l.S, ".pdf") {
					rows = append(rows, nil)
				}
				rows[len(rows)-1] = append(rows[len(rows)-1], l)
			}
			if len(rows) != 2 || len(tops) != 2 {
				t.Fatalf("%d rows of labels, %d thumbnails in the first column, want 2", len(rows), len(tops))
			}
			for r, row := range rows {
				got := ""
				for _, l := range row[2:] { // after the file and the paper
					got += strings.ReplaceAll(l.S, " ", "")
				}
				if got != want {
					t.Errorf("row %d prints %q, want %q whole", r+1, got, want)
				}
			}
			if last := rows[0][len(rows[0])-1]; last.Y+last.Size/3 >= tops[1] {
				t.Errorf("the first row's last label (%q at %.1f) runs into the second row's thumbnails (at %.1f)", last.S, last.Y, tops[1])
			}
		})
	}
}
