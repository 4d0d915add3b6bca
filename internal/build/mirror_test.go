package build

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	defaultcontent "haven/content"
	"haven/internal/content"
	"haven/internal/layout"
	"haven/internal/pdfread"
	"haven/internal/readback"
	"haven/internal/render/pdf"
	"haven/internal/typeface"
)

// TestDuplexBacksBehindTheirFronts gives each card of a sheet its own placement code, prints
// it, and reads it back: the code printed on the front of each card must be the code its back's
// QR opens, once the back page is turned over on its long edge; the address under the code, a
// link, opens what the code does.
func TestDuplexBacksBehindTheirFronts(t *testing.T) {
	ct, err := content.Load(defaultcontent.FS, "content", content.Overrides{Campaign: "fall"})
	if err != nil {
		t.Fatal(err)
	}
	fams, _ := typeface.Defaults()
	m := typeface.NewMeasurer(fams[0])
	var placed []string
	for i := 1; i <= 10; i++ {
		placed = append(placed, fmt.Sprintf("c%02d", i))
	}
	for _, paper := range []string{"letter", "a4"} {
		in := layout.Input{Settings: ct.Settings, Address: ct.Address, Lang: &ct.Languages[0], M: m, Campaign: "fall"}
		doc, err := layout.CardSheet(in, paper, false, placed)
		if err != nil {
			t.Fatal(err)
		}
		raw, err := pdf.Render(doc, fams[0], epoch)
		if err != nil {
			t.Fatal(err)
		}
		pd, err := reader.Open(raw)
		if err != nil {
			t.Fatal(err)
		}
		rb := &readBack{raw: raw, doc: pd, pages: 2}
		sh := layout.Sheets[paper]
		x0 := (sh.Paper.W - 2*sh.CardW) / 2
		y0 := (sh.Paper.H - 5*sh.CardH) / 2
		cell := func(x, y float64) [2]int { return [2]int{int((x - x0) / sh.CardW), int((y - y0) / sh.CardH)} }

		// the code printed on each front, by cell
		chars, err := pd.Chars(0)
		if err != nil {
			t.Fatal(err)
		}
		front := map[[2]int]string{}
		for _, w := range words(chars) {
			if regexp.MustCompile(`^c\d\d$`).MatchString(w.text) {
				front[cell(w.x, w.y)] = w.text
			}
		}
		if len(front) != 10 {
			t.Fatalf("%s: found codes on %d fronts, want 10", paper, len(front))
		}
		// each back's QR, by the cell it lands behind after a long-edge flip
		img := render(t, rb, 1)
		opens := map[[2]int]string{}
		for _, c := range codes(doc) {
			at := cell(c.Box.X, c.Box.Y)
			behind := [2]int{sh.Cols - 1 - at[0], at[1]}
			got := decodeIn(t, img, c)
			want := "https://humantraffickinghotline.org?utm_source=cards&utm_medium=print&utm_campaign=fall&utm_content=" + front[behind]
			if got != want {
				t.Errorf("%s: the back behind the front %q (cell %v) opens %q", paper, front[behind], behind, got)
			}
			opens[at] = got
		}
		// and the address printed under it, where it is a link (the first card's: the others
		// are its copies), opens what its own code does, its placement's code and all
		pages, err := readback.Read(raw)
		if err != nil {
			t.Fatal(err)
		}
		addresses := 0
		for _, l := range pages[1].Links {
			if at := cell(l.X, l.Y); strings.HasPrefix(l.URI, "https://humantraffickinghotline.org") {
				if !strings.HasPrefix(l.Contents, "QR code") {
					addresses++
				}
				if l.URI != opens[at] {
					t.Errorf("%s: a link on the back in cell %v (%s) opens %q, its code %q", paper, at, l.Contents, l.URI, opens[at])
				}
			}
		}
		if addresses == 0 {
			t.Errorf("%s: no address on a back is a link", paper)
		}
		pd.Close()
	}
}

type word struct {
	text string
	x, y float64
}

// words joins characters into words, with the position of their first character.
func words(chars []pdfread.Char) []word {
	var out []word
	var cur word
	for _, c := range chars {
		if c.Text == " " || c.Text == "\n" || c.Text == "\r" || c.Text == "" {
			if cur.text != "" {
				out = append(out, cur)
			}
			cur = word{}
			continue
		}
		if cur.text == "" {
			cur.x, cur.y = c.Left, c.Top
		}
		cur.text += c.Text
	}
	if cur.text != "" {
		out = append(out, cur)
	}
	return out
}
