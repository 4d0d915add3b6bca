package verify

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"haven/internal/layout"
)

// PDF must catch a PDF whose tagging differs from its layout: an element left out of the
// structure tree, two in the wrong order, a role changed, a figure without its alternative
// text, a link without its description, a catalog that does not say it is tagged, content
// marked as an artifact. Each break edits the rendered bytes in place (same length, so the
// cross-reference table still holds), or renders a layout that tags an item differently.
func TestPDFCatchesBrokenTagging(t *testing.T) {
	in := handoutInput(t)
	docKids := regexp.MustCompile(`/S /Document [^\n]*?/K \[((?:\d+ 0 R )+)\]`)
	// kids edits the document element's list of children
	kids := func(t *testing.T, raw []byte, edit func(refs [][]byte)) []byte {
		m := docKids.FindSubmatchIndex(raw)
		if m == nil {
			t.Fatal("no document element")
		}
		list := raw[m[2]:m[3]]
		refs := regexp.MustCompile(`\d+ 0 R `).FindAll(list, -1)
		edit(refs)
		copy(list, bytes.Join(refs, nil))
		return raw
	}
	replace := func(old, new string) func(*testing.T, []byte) []byte {
		return func(t *testing.T, raw []byte) []byte {
			if len(old) != len(new) || !bytes.Contains(raw, []byte(old)) {
				t.Fatalf("cannot replace %q", old)
			}
			return bytes.Replace(raw, []byte(old), []byte(new), 1)
		}
	}
	tests := []struct {
		name   string
		layout func(doc *layout.Doc)                 // changes what is rendered
		bytes  func(t *testing.T, raw []byte) []byte // changes the rendered bytes
		want   string
	}{
		{"as laid out", nil, nil, ""},
		{"an element left out", nil, func(t *testing.T, raw []byte) []byte {
			return kids(t, raw, func(refs [][]byte) { n := len(refs) - 1; refs[n] = bytes.Repeat([]byte(" "), len(refs[n])) })
		}, "lacks"},
		{"two elements swapped", nil, func(t *testing.T, raw []byte) []byte {
			return kids(t, raw, func(refs [][]byte) {
				for i := 4; i+1 < len(refs); i++ {
					if len(refs[i]) == len(refs[i+1]) {
						refs[i], refs[i+1] = refs[i+1], refs[i]
						return
					}
				}
				t.Fatal("no two children to swap")
			})
		}, "where the layout has the"},
		{"the title as a paragraph", nil, replace("/S /H1 ", "/S /P  "), `has a P where the layout has the H1`},
		{"a figure without alt text", nil, replace("/Alt (QR code", "/Xlt (QR code"), `alternative text ""`},
		{"a link without its description", nil, replace("/Contents (", "/Xontents ("), `is described as ""`},
		{"not marked as tagged", nil, replace("/MarkInfo <</Marked true>>", "/MarkInfo <</Marked null>>"), "does not say the PDF is tagged"},
		{"another title in the XMP", nil, replace(">Facts and FAQs", ">Facts und FAQs"), `the XMP metadata lacks the title "Facts and FAQs`},
		{"no PDF/UA identifier", nil, replace("<pdfuaid:part>1<", "<pdfuaid:part>2<"), "PDF/UA-1"},
		{"pages without tab order", nil, replace("/Tabs /S", "/Tabs /R"), "/Tabs"},
		{"no outline of the headings", nil, func(t *testing.T, raw []byte) []byte { // the catalog's entry
			return regexp.MustCompile(`/Outlines (\d+ 0 R)`).ReplaceAll(raw, []byte("/Xutlines $1"))
		}, "the outline lists 0 entries, not the 13 headings"},
		{"an outline entry that opens no page", nil, replace("/Dest [", "/Xest ["), "the outline's entry 1 is"},
		{"a heading marked as an artifact", func(doc *layout.Doc) {
			for i := range doc.Pages[0].Items { // the first is the hotline box's
				if e := doc.Pages[0].Tagged(i); e != nil && e.Role == layout.RoleH2 {
					doc.Pages[0].Tags[i] = nil
					return
				}
			}
		}, nil, "is not in the structure tree"},
		{"the page number as content", func(doc *layout.Doc) {
			p := doc.Pages[0]
			for i := len(p.Items) - 1; i >= 0; i-- {
				if tx, ok := p.Items[i].(layout.Text); ok && strings.Contains(tx.S, "1") && p.Tagged(i) == nil {
					p.Tags[i] = &layout.Elem{Role: layout.RoleP}
					return
				}
			}
		}, nil, "page furniture but not marked as an artifact"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkHandout(t, in, tt.layout, nil, tt.bytes, tt.want) })
	}
	// a line drawn otherwise than written (right to left, joined) is a Span whose /ActualText
	// reads as written: another text, or none, is caught
	title := func(text string) func(doc *layout.Doc) {
		return func(doc *layout.Doc) {
			for i, it := range doc.Pages[0].Items {
				if tx, ok := it.(layout.Text); ok && doc.Pages[0].Tagged(i) != nil {
					tx.Logical = text
					doc.Pages[0].Items[i] = tx
					return
				}
			}
		}
	}
	for _, tt := range []struct {
		name           string
		print, wantToo func(*layout.Doc)
		want           string
	}{
		{"a line read as written", title("as written"), title("as written"), ""},
		{"a line read otherwise than written", title("as written!"), title("as written?"), `reads as "as written! " (its /ActualText), not "as written? "`},
		{"a line without what it reads as", nil, title("as written"), "lacks the Span that reads"},
		{"a line read as what it is not", title("as written"), nil, "lacks"},
	} {
		t.Run(tt.name, func(t *testing.T) { checkHandout(t, in, tt.print, tt.wantToo, nil, tt.want) })
	}
}

// The document information and XMP must say exactly what the layout gives them: a file laid out
// with neutral metadata (a discreet resource page's) and printed with the content's is refused.
func TestPDFCatchesMetadata(t *testing.T) {
	in := handoutInput(t)
	neutral := func(doc *layout.Doc) { doc.Meta = layout.Meta{Title: "Information"} }
	for _, tt := range []struct {
		name            string
		printed, wanted func(doc *layout.Doc)
		want            string
	}{
		{"neutral as laid out", neutral, neutral, ""},
		{"the content's title", nil, neutral, `the document information's Title is "Facts and FAQs on Domestic Minor Sex Trafficking (DMST)", not "Information"`},
		{"keywords left in", func(doc *layout.Doc) { neutral(doc); doc.Meta.Keywords = "1-888-373-7888" }, neutral, `Keywords is "1-888-373-7888", not ""`},
		{"an author left in", func(doc *layout.Doc) { neutral(doc); doc.Meta.Author = "The Mission Haven" }, neutral, `Author is "The Mission Haven", not ""`},
		{"a subject left in", func(doc *layout.Doc) { neutral(doc); doc.Meta.Subject = "DMST" }, neutral, `Subject is "DMST", not ""`},
	} {
		t.Run(tt.name, func(t *testing.T) { checkHandout(t, in, tt.printed, tt.wanted, nil, tt.want) })
	}
}
