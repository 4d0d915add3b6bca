package pdf

import (
	"bytes"
	"compress/zlib"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"haven/internal/layout"
	"haven/internal/typeface"
)

// A file haven writes names haven as its maker, but one whose meta is unsigned (a discreet
// card's, a discreet page's PDFs) names no maker: not in its document information, not in its
// XMP, nowhere in its bytes, its streams inflated, since "haven" is a word of many shelters'
// names. Made knows both as haven's, and a PDF another program made as not.
func TestUnsignedNamesNoMaker(t *testing.T) {
	fams, err := typeface.Defaults()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, unsigned := range []bool{false, true} {
		page := layout.Page{W: 612, H: 792, Items: []layout.Item{layout.Text{X: 72, Y: 72, S: "Need to talk?", Size: 12}}}
		doc := &layout.Doc{Name: "d", Lang: "en", Pages: []layout.Page{page}, Meta: layout.Meta{Title: "Need to talk?", Unsigned: unsigned}}
		raw, err := Render(doc, fams[0], time.Unix(1700000000, 0).UTC())
		if err != nil {
			t.Fatal(err)
		}
		all := raw
		for _, m := range regexp.MustCompile(`(?s)stream\r?\n(.*?)endstream`).FindAllSubmatch(raw, -1) {
			if z, err := zlib.NewReader(bytes.NewReader(m[1])); err == nil {
				b, _ := io.ReadAll(z)
				all = append(all, b...)
			}
		}
		low := bytes.ToLower(all) // the word as UTF-8 and as the UTF-16 of the document information
		if named := bytes.Contains(low, []byte("haven")) || bytes.Contains(low, []byte("\x00h\x00a\x00v\x00e\x00n")); named == unsigned {
			t.Errorf("unsigned %v: names haven %v", unsigned, named)
		}
		if want := map[bool]string{false: "<pdf:Producer>haven</pdf:Producer>", true: "<pdf:Producer>FPDF</pdf:Producer>"}[unsigned]; !bytes.Contains(all, []byte(want)) {
			t.Errorf("unsigned %v: no %s in the XMP", unsigned, want)
		}
		path := filepath.Join(dir, map[bool]string{false: "signed.pdf", true: "unsigned.pdf"}[unsigned])
		if err := os.WriteFile(path, raw, 0o644); err != nil {
			t.Fatal(err)
		}
		if !Made(path) {
			t.Errorf("unsigned %v: Made is false for haven's own file", unsigned)
		}
		other := strings.Replace(string(raw), string(infoProducers[map[bool]int{false: 0, true: 1}[unsigned]]), string(infoProducer("Other")), 1)
		if err := os.WriteFile(path, []byte(other), 0o644); err != nil {
			t.Fatal(err)
		}
		if Made(path) {
			t.Errorf("unsigned %v: Made is true for a file another program made", unsigned)
		}
	}
}
