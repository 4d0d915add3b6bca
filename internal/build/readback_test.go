package build

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	defaultcontent "haven/content"
	"haven/internal/content"
	"haven/internal/kinds"
	"haven/internal/pdfread"
	"haven/internal/qr"
	"haven/internal/readback"
	"haven/internal/typeface"
)

// reader is the one PDFium instance of this test binary: starting it takes seconds.
var reader *pdfread.Reader

func TestMain(m *testing.M) {
	r, err := pdfread.Start()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	reader = r
	code := m.Run()
	r.Close()
	os.Exit(code)
}

var epoch = time.Unix(1700000000, 0).UTC()

// kit builds outputs from the default content into a fresh folder.
func kit(t testing.TB, ov content.Overrides, o Options) []Result {
	t.Helper()
	ct, err := content.Load(defaultcontent.FS, "content", ov)
	if err != nil {
		t.Fatal(err)
	}
	fams, err := typeface.Defaults()
	if err != nil {
		t.Fatal(err)
	}
	o.Content, o.Families, o.Created = ct, fams, epoch
	if o.Out == "" {
		o.Out = t.TempDir()
	}
	if o.Kinds == nil {
		o.Kinds = kinds.PrintedNames()
	}
	res, err := Run(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// treeOf is the structure tree of a PDF made by haven, read back.
func treeOf(t *testing.T, raw []byte) *readback.Tree {
	t.Helper()
	tree, err := readback.Structure(raw)
	if err != nil {
		t.Fatal(err)
	}
	return tree
}

// readBack opens a written PDF.
type readBack struct {
	raw   []byte
	doc   *pdfread.Doc
	pages int
	text  string // all pages, whitespace folded
}

func open(t *testing.T, path string) *readBack {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := reader.Open(raw)
	if err != nil {
		t.Fatalf("%s: PDFium cannot open it: %v", path, err)
	}
	t.Cleanup(doc.Close)
	n, err := doc.Pages()
	if err != nil {
		t.Fatal(err)
	}
	var all []string
	for i := 0; i < n; i++ {
		s, err := doc.Text(i)
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, s)
	}
	return &readBack{raw: raw, doc: doc, pages: n, text: fold(strings.Join(all, " "))}
}

func fold(s string) string { return strings.Join(strings.Fields(s), " ") }

// decodeAt renders the page and decodes the QR code inside box, with its quiet zone, as a
// phone would see it printed.
func decodeAt(t *testing.T, rb *readBack, c Code) string {
	t.Helper()
	return decodeIn(t, render(t, rb, c.Page), c)
}

const dpi = 200

func render(t *testing.T, rb *readBack, page int) image.Image {
	t.Helper()
	img, err := rb.doc.Render(page, dpi)
	if err != nil {
		t.Fatal(err)
	}
	return img
}

func decodeIn(t *testing.T, img image.Image, c Code) string {
	t.Helper()
	px := func(pt float64) int { return int(pt * dpi / 72) }
	q := c.Module * 4 // the quiet zone
	crop := image.Rect(px(c.Box.X-q), px(c.Box.Y-q), px(c.Box.X+c.Box.W+q), px(c.Box.Y+c.Box.H+q))
	sub := img.(interface {
		SubImage(image.Rectangle) image.Image
	}).SubImage(crop)
	got, err := qr.DecodeImage(sub)
	if err != nil {
		t.Fatalf("QR at %.0f,%.0f on page %d does not decode from the rendered PDF: %v", c.Box.X, c.Box.Y, c.Page+1, err)
	}
	return got
}

func TestHandoutsReadBack(t *testing.T) {
	res := kit(t, content.Overrides{}, Options{Kinds: []string{"handout"}})
	ct, _ := content.Load(defaultcontent.FS, "content", content.Overrides{})
	byName := map[string]Result{}
	for _, r := range res {
		byName[filepath.Base(r.Path)] = r
	}
	tests := []struct {
		file     string
		lang     string
		w, h     float64
		maxPages int
		minBody  float64 // the size 90% of characters reach
	}{
		{"handout-en-letter.pdf", "en", 612, 792, 2, 11.5},
		{"handout-en-a4.pdf", "en", 595.28, 841.89, 2, 11.5},
		{"handout-large-en-letter.pdf", "en", 612, 792, 6, 17.5},
		{"handout-es-letter.pdf", "es", 612, 792, 2, 11.5},
		{"handout-es-a4.pdf", "es", 595.28, 841.89, 2, 11.5},
		{"handout-large-es-letter.pdf", "es", 612, 792, 6, 17.5},
		{"handout-large-en-a4.pdf", "en", 595.28, 841.89, 6, 17.5},
		{"handout-large-es-a4.pdf", "es", 595.28, 841.89, 6, 17.5},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			r, ok := byName[tt.file]
			if !ok {
				t.Fatalf("not built; got %v", keys(byName))
			}
			rb := open(t, r.Path)
			checkNoOverlap(t, rb)
			if rb.pages < 1 || rb.pages > tt.maxPages {
				t.Errorf("%d pages, want 1 to %d", rb.pages, tt.maxPages)
			}
			for i := 0; i < rb.pages; i++ {
				w, h, _ := rb.doc.Size(i)
				if abs(w-tt.w) > 0.5 || abs(h-tt.h) > 0.5 {
					t.Errorf("page %d is %.1f x %.1f pt, want %.1f x %.1f", i+1, w, h, tt.w, tt.h)
				}
			}
			var lang *content.Language
			for i := range ct.Languages {
				if ct.Languages[i].Code == tt.lang {
					lang = &ct.Languages[i]
				}
			}
			if n := len(lang.FAQ.Questions); n != 9 {
				t.Fatalf("content has %d questions, want 9", n)
			}
			for i, q := range lang.FAQ.Questions {
				if !strings.Contains(rb.text, fold(q.Question.Text)) {
					t.Errorf("question %d %q not found in the PDF text", i+1, q.Question.Text)
				}
			}
			for _, s := range []string{"1-888-373-7888", "233733", "911", "HELP", lang.Text.Help.Title.Text, lang.FAQ.ClosingTitle.Text, "The Mission Haven"} {
				if !strings.Contains(rb.text, s) {
					t.Errorf("%q not found in the PDF text", s)
				}
			}
			// page 1 may be the only page copied: the numbers must be on it
			p1, _ := rb.doc.Text(0)
			for _, s := range []string{"1-888-373-7888", "233733", "911", lang.Text.Help.Title.Text} {
				if !strings.Contains(fold(p1), s) {
					t.Errorf("%q is not on page 1", s)
				}
			}
			checkPageNumbers(t, rb, lang.Text.Handout.Page.Text)
			checkTypeSizes(t, rb, tt.minBody, 8)
			checkPDFObjects(t, rb, tt.lang)
			// the hotline box's on page 1, and the closing panel's where it has room
			if len(r.Codes) < 1 || r.Codes[0].Page != 0 {
				t.Fatalf("QR codes %v, want one on page 1", r.Codes)
			}
			for _, c := range r.Codes {
				if c.Box.W < 0.9*72 {
					t.Errorf("QR code is %.2f in wide without its quiet zone, want at least 0.9 in", c.Box.W/72)
				}
				if got := decodeAt(t, rb, c); got != "https://humantraffickinghotline.org" {
					t.Errorf("QR decodes to %q", got)
				}
			}
		})
	}
}

func checkPageNumbers(t *testing.T, rb *readBack, tmpl string) {
	t.Helper()
	for p := 1; p <= rb.pages; p++ {
		want := strings.NewReplacer("{page}", fmt.Sprint(p), "{pages}", fmt.Sprint(rb.pages)).Replace(tmpl)
		if !strings.Contains(rb.text, want) {
			t.Errorf("page number %q not found", want)
		}
	}
}

// checkTypeSizes: 90% of characters at least min (body text), none under floor.
func checkTypeSizes(t *testing.T, rb *readBack, min, floor float64) {
	t.Helper()
	total, big := 0, 0
	for i := 0; i < rb.pages; i++ {
		chars, err := rb.doc.Chars(i)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range chars {
			if strings.TrimSpace(c.Text) == "" {
				continue
			}
			total++
			if c.Size >= min {
				big++
			}
			if c.Size < floor-0.01 {
				t.Fatalf("page %d: %q set at %.2f pt, under %.1f pt", i+1, c.Text, c.Size, floor)
			}
		}
	}
	if total == 0 || float64(big) < 0.9*float64(total) {
		t.Errorf("%d of %d characters at %.1f pt or more; want 90%%", big, total, min)
	}
}

// checkPDFObjects looks at what PDFium does not report: embedded subset fonts, links, /Lang.
func checkPDFObjects(t *testing.T, rb *readBack, lang string) {
	t.Helper()
	fonts := regexp.MustCompile(`/BaseFont /([A-Z]{6})\+`).FindAllSubmatch(rb.raw, -1)
	if len(fonts) == 0 || bytes.Count(rb.raw, []byte("/FontFile2")) != len(fonts)/2 {
		t.Errorf("fonts: %d subset names, %d embedded font files", len(fonts), bytes.Count(rb.raw, []byte("/FontFile2")))
	}
	for _, uri := range []string{"tel:+18883737888", "tel:911", "sms:233733?body=HELP", "https://humantraffickinghotline.org"} {
		if !bytes.Contains(rb.raw, []byte("/URI ("+uri+")")) {
			t.Errorf("no %s link", uri)
		}
	}
	if !bytes.Contains(rb.raw, []byte("/Lang ("+lang+")")) {
		t.Errorf("no /Lang (%s)", lang)
	}
}

func TestCampaignLinks(t *testing.T) {
	res := kit(t, content.Overrides{URL: "https://samples.org/dmst", Campaign: "spring-2027"},
		Options{Kinds: []string{"handout"}, Langs: []string{"en"}, Papers: []string{"letter"}})
	want := "https://samples.org/dmst?utm_source=handout&utm_medium=print&utm_campaign=spring-2027"
	for _, r := range res {
		rb := open(t, r.Path)
		for _, c := range r.Codes {
			if got := decodeAt(t, rb, c); got != want {
				t.Errorf("%s: QR decodes to %q, want %q", r.Path, got, want)
			}
		}
		if !strings.Contains(rb.text, "samples.org/dmst") {
			t.Errorf("%s: the short URL is not printed", r.Path)
		}
	}
}

func TestByteIdentical(t *testing.T) {
	o := Options{Kinds: kinds.Names()}
	a, b := kit(t, content.Overrides{}, o), kit(t, content.Overrides{}, o)
	if len(a) != len(b) || len(a) == 0 {
		t.Fatalf("%d and %d files", len(a), len(b))
	}
	for i := range a {
		x, _ := os.ReadFile(a[i].Path)
		y, _ := os.ReadFile(b[i].Path)
		if !bytes.Equal(x, y) {
			t.Errorf("%s differs between two runs", filepath.Base(a[i].Path))
		}
	}
}

func keys(m map[string]Result) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

func abs(f float64) float64 {
	if f < 0 {
		return -f
	}
	return f
}
