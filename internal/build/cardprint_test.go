package build

import (
	"bytes"
	"compress/zlib"
	"io"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	defaultcontent "haven/content"
	"haven/internal/colour"
	"haven/internal/content"
	"haven/internal/layout"
	"haven/internal/readback"
)

// cardLine is one printed line of a card: its runs (a link is a run of its own) joined, at
// one baseline.
type cardLine struct {
	s       string
	x, y    float64
	size    float64
	color   readback.RGB
	endsGap bool
}

// cardLines are the lines of text whose baselines start inside the box, top to bottom: runs
// on one baseline are one line where a space joins them.
func cardLines(p readback.Page, x, y, w, h float64) []cardLine {
	var runs []readback.Text
	for _, tx := range p.Texts {
		if tx.X >= x-0.5 && tx.X < x+w && tx.Y > y && tx.Y <= y+h && strings.TrimSpace(tx.S) != "" {
			runs = append(runs, tx)
		}
	}
	sort.SliceStable(runs, func(i, j int) bool {
		if d := runs[i].Y - runs[j].Y; d > 0.1 || d < -0.1 {
			return runs[i].Y < runs[j].Y
		}
		return runs[i].X < runs[j].X
	})
	var out []cardLine
	for _, r := range runs {
		if n := len(out); n > 0 && abs(out[n-1].y-r.Y) < 0.1 && (out[n-1].endsGap || strings.HasPrefix(r.S, " ")) {
			out[n-1].s += r.S
			out[n-1].endsGap = strings.HasSuffix(r.S, " ")
			continue
		}
		out = append(out, cardLine{s: r.S, x: r.X, y: r.Y, size: r.Size, color: r.Color, endsGap: strings.HasSuffix(r.S, " ")})
	}
	return out
}

// resultOf is the result that wrote file.
func resultOf(t *testing.T, res []Result, file string) Result {
	t.Helper()
	for _, r := range res {
		if filepath.Base(r.Path) == file {
			return r
		}
	}
	t.Fatalf("%s was not made", file)
	return Result{}
}

// checkQuietZones fails when a character of a card's back is inside a QR code's quiet zone
// (where a white square would also hide it) or within layout.CodeClear of it: on the
// print-shop card's coloured back the square shows, and a line that ends at its edge looks cut.
func checkQuietZones(t *testing.T, path string, r Result) {
	t.Helper()
	chars, err := open(t, path).doc.Chars(1)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range r.Codes {
		q := c.Module*4 + layout.CodeClear - 0.05
		for _, ch := range chars {
			if strings.TrimSpace(ch.Text) != "" && ch.Right > c.Box.X-q && ch.Left < c.Box.X+c.Box.W+q && ch.Bottom > c.Box.Y-q && ch.Top < c.Box.Y+c.Box.H+q {
				t.Errorf("back: %q at %.1f,%.1f is inside the quiet zone of the QR code at %.1f,%.1f, or within %.1f mm of it", ch.Text, ch.Left, ch.Top, c.Box.X, c.Box.Y, layout.CodeClear/layout.MM)
				break
			}
		}
	}
}

// Every card back keeps its text layout.CodeClear from the code's white square: the
// print-shop card (where the square shows on the coloured back) in the US size and, for a UK
// line, the 85 x 55 mm one, and the home-printed sheets, for the default address and a short
// one (whose modules, and quiet zone, are wider).
func TestCardBackTextClearsTheCodeSquare(t *testing.T) {
	uk := setups[slices.IndexFunc(setups, func(s setup) bool { return strings.HasPrefix(s.name, "UK number") })]
	short := [2]string{"resource_url: https://humantraffickinghotline.org", "resource_url: https://samples.org/help"}
	for _, tt := range []struct {
		name  string
		s     setup
		bleed string // the print-shop card's size, as its file names it
	}{
		{"US", setup{}, "us"},
		{"GB", uk, "85x55"},
		{"US, short address", setup{settings: [][2]string{short}}, "us"},
		{"GB, short address", setup{settings: append(slices.Clone(uk.settings), short), faq: uk.faq, text: uk.text}, "85x55"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res, _, err := runWith(t, setupContent(t, tt.s), Options{Kinds: []string{"cards"}, Papers: []string{"letter", "a4"}}) // both, in the UK too
			if err != nil {
				t.Fatal(err)
			}
			for _, file := range []string{"card-bleed-en-" + tt.bleed + ".pdf", "cards-en-letter.pdf", "cards-en-a4.pdf"} {
				t.Run(file, func(t *testing.T) { checkQuietZones(t, pathOf(t, res, file), resultOf(t, res, file)) })
			}
		})
	}
}

// The adult's card and a discreet card with its own (shorter) address keep their text out of
// the QR codes' quiet zones, which a shorter address makes wider, on every sheet.
func TestCardQuietZonesWithTheirOwnAddress(t *testing.T) {
	settings := mustReadFile(t, filepath.Join("..", "..", "content", "settings.yaml"))
	settings = strings.Replace(settings, "\ncolours:", "\ncards:\n  audience: adult\n  discreet_url: https://samples.org/talk\n\ncolours:", 1)
	res := runFiles(t, map[string]string{"settings.yaml": settings}, Options{Kinds: []string{"cards"}})
	n := 0
	for _, r := range res {
		if name := filepath.Base(r.Path); strings.HasPrefix(name, "cards-") {
			n++
			if strings.HasPrefix(name, "cards-discreet-") && (len(r.Codes) == 0 || r.Note != "") {
				t.Errorf("%s: %d QR codes, note %q; with cards: discreet_url each card has its code", name, len(r.Codes), r.Note)
			}
			t.Run(name, func(t *testing.T) { checkQuietZones(t, r.Path, r) })
		}
	}
	if n != 8 {
		t.Errorf("%d card sheets, want 8", n)
	}
}

func rgbOf(hex string) readback.RGB {
	c := colour.MustParse(hex)
	return readback.RGB{float64(c.R) / 255, float64(c.G) / 255, float64(c.B) / 255}
}

func near(a, b readback.RGB) bool {
	return abs(a[0]-b[0]) < 0.01 && abs(a[1]-b[1]) < 0.01 && abs(a[2]-b[2]) < 0.01
}

// The printed rules of issue 20 for every card sheet, English and Spanish, on every paper,
// read back from the PDFs: the order and sizes of the front's lines, the backs' type and the
// gap above the address, the band-coloured strip at each front's foot and the ink keylines of
// every band, the printing line in the top margin between the cut marks, and discreet sheets
// that print neither the hotline's name, the organisation's nor the hotline's site.
func TestCardSheetsPrintRules(t *testing.T) {
	res := kit(t, content.Overrides{}, Options{Kinds: []string{"cards"}})
	ct, err := content.Load(defaultcontent.FS, "content", content.Overrides{})
	if err != nil {
		t.Fatal(err)
	}
	primary, ink := rgbOf(ct.Settings.Colours.Primary), rgbOf(ct.Settings.Colours.Ink)
	for _, lang := range ct.Languages {
		tx := lang.Text
		for _, paper := range []string{"letter", "a4"} {
			for _, discreet := range []bool{false, true} {
				file := "cards-" + lang.Code + "-" + paper + ".pdf"
				if discreet {
					file = "cards-discreet-" + lang.Code + "-" + paper + ".pdf"
				}
				t.Run(file, func(t *testing.T) {
					pages := readPages(t, res, file)
					sh := layout.Sheets[paper]
					k := min(sh.CardW/(3.5*72), sh.CardH/(2*72))
					x0, y0 := (sh.Paper.W-2*sh.CardW)/2, (sh.Paper.H-5*sh.CardH)/2

					// the printing line: 7 pt, in the top margin, never across a cut mark (each
					// character's box, as PDFium reads it)
					chars, err := open(t, pathOf(t, res, file)).doc.Chars(0)
					if err != nil {
						t.Fatal(err)
					}
					colourTop := y0 // where the fronts' colour begins
					for _, f := range pages[0].Fills {
						if near(f.Color, primary) {
							colourTop = min(colourTop, f.Y)
						}
					}
					for _, ch := range chars {
						if ch.Bottom > y0 || strings.TrimSpace(ch.Text) == "" {
							continue
						}
						if abs(ch.Size-7) > 0.05 {
							t.Errorf("printing line: %q at %.2f pt, want 7", ch.Text, ch.Size)
						}
						if ch.Top < 0.25*72 {
							t.Errorf("printing line: %q within 0.25 in of the paper's edge, where home printers print nothing", ch.Text)
						}
						if ch.Bottom > colourTop-1 {
							t.Errorf("printing line: %q reaches %.1f pt, within 1 pt of the colour run past the cut at %.1f", ch.Text, ch.Bottom, colourTop)
						}
						for c := 0; c <= sh.Cols; c++ {
							if gx := x0 + float64(c)*sh.CardW; ch.Left-1 < gx && ch.Right+1 > gx {
								t.Errorf("printing line: %q runs into the cut mark at x %.1f", ch.Text, gx)
							}
						}
					}
					margin := cardLines(pages[0], 0, 0, sh.Paper.W, y0)
					var got []string
					for _, l := range margin {
						got = append(got, l.s)
					}
					if want := strings.Join(layout.PrintLine(lang.Code, paper), " · "); strings.Join(got, " · ") != want {
						t.Errorf("printing line %q, want %q", strings.Join(got, " | "), want)
					}
					if paper == "letter" && !strings.Contains(strings.Join(got, " "), "Avery 5371, 8371") {
						t.Errorf("the Letter sheet does not name its Avery stock: %q", got)
					}
					checkQuietZones(t, pathOf(t, res, file), resultOf(t, res, file))

					// the first front in the kit's order: the label, the hotline's name (not on
					// the discreet card), the number (largest), the text line, 911 last; 911 no
					// larger than any line, and the name no smaller than 911
					front := cardLines(pages[0], x0, y0, sh.CardW, sh.CardH)
					label := tx.Card.CallLabel.Text
					order := []string{label, tx.HotlineName.Text, ct.Settings.Hotline.Call.Text, tx.Card.Text.Text, tx.Card.Danger.Text}
					if discreet {
						order = []string{tx.Discreet.Subline.Text, ct.Settings.Hotline.Call.Text, tx.Card.Text.Text, tx.Card.Danger.Text}
					}
					at := map[string]cardLine{}
					for _, want := range order {
						for _, l := range front {
							if l.s == want {
								at[want] = l
							}
						}
						if _, ok := at[want]; !ok {
							t.Fatalf("front has no line %q: %v", want, front)
						}
					}
					for i := 1; i < len(order); i++ {
						if at[order[i]].y <= at[order[i-1]].y {
							t.Errorf("front: %q is above %q; the order is %q", order[i], order[i-1], order)
						}
					}
					num, danger := at[ct.Settings.Hotline.Call.Text], at[tx.Card.Danger.Text]
					for _, l := range front {
						if l.s != num.s && l.size >= num.size {
							t.Errorf("front: %q at %.1f pt is as large as the number (%.1f pt)", l.s, l.size, num.size)
						}
						if l.y > at[order[0]].y-1 && l.size < danger.size-0.01 {
							t.Errorf("front: %q at %.1f pt is smaller than 911 (%.1f pt), which is the smallest", l.s, l.size, danger.size)
						}
					}
					if danger.size >= at[tx.Card.Text.Text].size {
						t.Errorf("front: 911 at %.1f pt is not smaller than the text line (%.1f pt)", danger.size, at[tx.Card.Text.Text].size)
					}
					if danger.y != front[len(front)-1].y {
						t.Errorf("front: 911 is not the last line: %v", front)
					}

					// each standard front: a band-coloured strip at its foot and a band at its
					// top, full width, with an ink keyline; every band has one. They meet the
					// next card's at a shared cut and run 1/16 in past the sheet's outer cuts,
					// into the margin: a printer that moves the sheet leaves no white sliver
					if !discreet {
						const past = layout.Inch / 16
						for r := 0; r < sh.Rows; r++ {
							for c := 0; c < sh.Cols; c++ {
								cx, cy := x0+float64(c)*sh.CardW, y0+float64(r)*sh.CardH
								out := func(outer bool) float64 { return map[bool]float64{true: past}[outer] }
								left, right, top, bottom := cx-out(c == 0), cx+sh.CardW+out(c == sh.Cols-1), cy-out(r == 0), cy+sh.CardH+out(r == sh.Rows-1)
								high := top + map[bool]float64{true: past - 2.5}[r == 0] // over the first row, what the printing line leaves: 2.5 pt at least
								strip, band := false, false
								for _, f := range pages[0].Fills {
									if !near(f.Color, primary) || abs(f.X-left) > 0.05 || abs(f.X+f.W-right) > 0.05 {
										continue
									}
									strip = strip || abs(f.Y+f.H-bottom) < 0.05 && f.H-out(r == sh.Rows-1) >= 6.5*k-0.05 && f.H < 10+past
									band = band || f.Y > top-0.05 && f.Y < high+0.05 && f.H > 10
								}
								if !strip {
									t.Errorf("front %d,%d: no %.1f pt band-coloured strip along its foot, to %.1f pt past it", c+1, r+1, 6.5*k, out(r == sh.Rows-1))
								}
								if !band {
									t.Errorf("front %d,%d: no band at its top, from %.1f pt above it and %.1f and %.1f pt past its sides", c+1, r+1, out(r == 0), out(c == 0), out(c == sh.Cols-1))
								}
							}
						}
					}
					bands := 0
					for _, f := range pages[0].Fills {
						if !near(f.Color, primary) {
							continue
						}
						bands++
						keyed := false
						for _, s := range pages[0].Strokes {
							if near(s.Color, ink) && s.Width >= 1.5*k-0.05 && s.Y1 == s.Y2 && s.Y1 >= f.Y && s.Y1 <= f.Y+f.H &&
								min(s.X1, s.X2) <= f.X+0.5 && max(s.X1, s.X2) >= f.X+f.W-0.5 {
								keyed = true
							}
						}
						if !keyed {
							t.Errorf("a band at %.0f,%.0f (%.0f x %.0f pt) has no ink keyline of %.1f pt", f.X, f.Y, f.W, f.H, 1.5*k)
						}
					}
					if discreet && bands > 0 {
						t.Errorf("the discreet front has %d bands in the standard card's colour; it has a look of its own", bands)
					}
					if !discreet && bands != 20 {
						t.Errorf("%d bands on the fronts, want a band and a strip on each of 10", bands)
					}

					// the first back (mirrored: the right column): 9 pt lines, the address at
					// 7.5 pt, 6 pt under the last line
					bx := x0 + float64(sh.Cols-1)*sh.CardW
					back := cardLines(pages[1], bx, y0, sh.CardW, sh.CardH)
					lines, title, note := tx.Card.BackLines, tx.Card.BackTitle.Text, tx.Card.BackNote.Text
					if discreet {
						lines, title, note = tx.Discreet.BackLines, tx.Discreet.BackTitle.Text, tx.Discreet.BackNote.Text
					}
					address := ct.Address.Text
					if discreet {
						address = ""
					}
					var url *cardLine
					var body []cardLine
					for i, l := range back {
						switch {
						case l.s == address:
							url = &back[i]
						case l.s == title || l.s == note || l.s == "•":
						default:
							body = append(body, l)
						}
					}
					if len(body) < len(lines) {
						t.Fatalf("back: %d lines for %d texts: %v", len(body), len(lines), back)
					}
					for _, l := range body {
						if l.size < 9-0.01 {
							t.Errorf("back: %q at %.2f pt, under 9", l.s, l.size)
						}
					}
					if !discreet {
						if url == nil {
							t.Fatalf("back: no address %q: %v", address, back)
						}
						if abs(url.size-7.5) > 0.01 {
							t.Errorf("back: the address at %.2f pt, want 7.5", url.size)
						}
						last := body[len(body)-1]
						for _, l := range body {
							if l.y < url.y && l.y > last.y || last.y >= url.y {
								last = l
							}
						}
						if gap := (url.y - url.size*0.75) - (last.y + last.size*0.2); gap < 6-0.05 {
							t.Errorf("back: the address is %.1f pt under %q, want 6 or more", gap, last.s)
						}
					}

					// discreet: neither side names the line, the organisation or its site, says
					// what a controlling person would recognise, or that the line is a national
					// one (200+ languages); without cards: discreet_url it has no QR code, and
					// says so
					if discreet {
						all := strings.ToLower(strings.Join(pageTexts(pages), " "))
						for _, w := range []string{tx.HotlineName.Text, ct.Settings.Organisation.Name.Text, "humantraffickinghotline", "traffick", "trata",
							"control", "your money", "makes you", "obliga", "tu dinero", "200", "interpret", "intérpret", "idiomas", "languages"} {
							if strings.Contains(all, strings.ToLower(w)) {
								t.Errorf("the discreet sheet prints %q", w)
							}
						}
						r := resultOf(t, res, file)
						if len(r.Codes) > 0 || len(pages[1].Fills) > 0 {
							t.Errorf("the discreet sheet without cards: discreet_url has %d QR codes and %d fills on its backs", len(r.Codes), len(pages[1].Fills))
						}
						if r.Note != layout.NoDiscreetCode {
							t.Errorf("the discreet sheet's note is %q, want %q", r.Note, layout.NoDiscreetCode)
						}
					}
				})
			}
		}
	}
}

var streamRE = regexp.MustCompile(`(?s)stream\r?\n(.*?)endstream`)

// contentStreams are a PDF's Flate streams, inflated (those that are not are left out).
func contentStreams(raw []byte) [][]byte {
	var out [][]byte
	for _, m := range streamRE.FindAllSubmatch(raw, -1) {
		r, err := zlib.NewReader(bytes.NewReader(m[1]))
		if err != nil {
			continue
		}
		b, err := io.ReadAll(r)
		if err == nil || len(b) > 0 {
			out = append(out, b)
		}
	}
	return out
}

// The print-shop card is in process colours, its text all from the black plate: every text,
// fill and line read back in DeviceCMYK (no RGB or grey operator in any content stream), text
// in 100% K or paper white (reversed out of the band), the band the brand colour's CMYK, on
// both sides, in both languages.
func TestBleedCardIsCMYKWithKText(t *testing.T) {
	res := kit(t, content.Overrides{}, Options{Kinds: []string{"cards"}, Papers: []string{"letter"}})
	ct, err := content.Load(defaultcontent.FS, "content", content.Overrides{})
	if err != nil {
		t.Fatal(err)
	}
	cmyk := func(c colour.RGB) readback.Paint {
		k := c.CMYK()
		return readback.Paint{Space: readback.DeviceCMYK, V: [4]float64{float64(k.C) / 100, float64(k.M) / 100, float64(k.Y) / 100, float64(k.K) / 100}}
	}
	black, paper := cmyk(colour.RGB{}), cmyk(colour.White)
	band := cmyk(colour.MustParse(ct.Settings.Colours.Primary))
	rgbOps := regexp.MustCompile(`(?m)(^|\s)(rg|RG|g|G|sc|SC|scn|SCN|cs|CS)(\s|$)`)
	for _, lang := range []string{"en", "es"} {
		file := "card-bleed-" + lang + "-us.pdf"
		t.Run(file, func(t *testing.T) {
			path := pathOf(t, res, file)
			black0 := 0
			for n, p := range readPDF(t, path) {
				for _, tx := range p.Texts {
					switch tx.Paint {
					case black:
						black0++
					case paper:
					default:
						t.Errorf("page %d: %q printed in %+v, not 100%% K", n+1, tx.S, tx.Paint)
					}
				}
				bands := 0
				for _, f := range p.Fills {
					if f.Paint.Space != readback.DeviceCMYK && !f.Image {
						t.Errorf("page %d: a fill at %.0f,%.0f in %+v, not CMYK", n+1, f.X, f.Y, f.Paint)
					}
					if f.Paint == band {
						bands++
					}
				}
				for _, s := range p.Strokes {
					if s.Paint.Space != readback.DeviceCMYK {
						t.Errorf("page %d: a line in %+v, not CMYK", n+1, s.Paint)
					}
				}
				if n == 0 && bands != 2 {
					t.Errorf("the front has %d fills in the band's CMYK %v, want the band and the strip", bands, band.V)
				}
			}
			if black0 == 0 {
				t.Fatal("no text in 100% K read back")
			}
			// the content streams themselves (not the fonts' binary tables, which start with
			// a byte no operator does): process colours only (k and K)
			ks := 0
			for _, s := range contentStreams([]byte(mustReadFile(t, path))) {
				if len(s) == 0 || s[0] < ' ' || s[0] > '~' {
					continue
				}
				if m := rgbOps.Find(s); m != nil {
					t.Errorf("a content stream sets a colour with %q", strings.TrimSpace(string(m)))
				}
				ks += bytes.Count(s, []byte(" k\n")) + bytes.Count(s, []byte(" k BT")) + bytes.Count(s, []byte(" K\n"))
			}
			if ks == 0 {
				t.Error("no colour set with k or K")
			}
		})
	}
}
