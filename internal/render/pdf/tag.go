package pdf

import (
	"encoding/xml"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf16"

	"codeberg.org/go-pdf/fpdf"
	"golang.org/x/text/unicode/norm"

	"haven/internal/layout"
)

// tagger makes the document a tagged PDF: it wraps each item's drawing in marked content
// (an MCID for real content, /Artifact for page furniture) and, through fpdf's tagging hooks,
// writes the structure tree that the layout's elements form, the parent tree that leads back
// from content to elements, and the keys that announce them.
type tagger struct {
	doc   *layout.Doc
	tree  *layout.Node
	mcid  [][]int // mcid[page][item]: the item's MCID, or its link's index on the page (from 1)
	next  []int   // the next MCID of each page
	links []int   // the link annotations of each page so far
	// link annotations in order, with what their /StructParent and /Contents need
	annots []annot
}

type annot struct {
	page, index int // the page (from 0) and the annotation's place on it (from 1)
	elem        *layout.Elem
}

func newTagger(doc *layout.Doc) *tagger {
	t := &tagger{doc: doc, tree: doc.Structure(), mcid: make([][]int, len(doc.Pages)),
		next: make([]int, len(doc.Pages)), links: make([]int, len(doc.Pages))}
	for n, pg := range doc.Pages {
		t.mcid[n] = make([]int, len(pg.Items))
	}
	return t
}

// begin opens the marked content of page n's item i, and end closes it. A link is no
// content: its annotation joins its element through the parent tree instead.
func (t *tagger) begin(p *fpdf.Fpdf, n, i int) {
	pg := t.doc.Pages[n]
	e := pg.Tagged(i)
	if _, ok := pg.Items[i].(layout.Link); ok {
		t.links[n]++
		t.mcid[n][i] = t.links[n]
		if e != nil {
			t.annots = append(t.annots, annot{n, t.links[n], e})
		}
		return
	}
	if e == nil {
		p.RawWriteStr("/Artifact BMC")
		return
	}
	t.mcid[n][i] = t.next[n]
	p.RawWriteStr("/" + e.Role + " <</MCID " + strconv.Itoa(t.next[n]) + ">> BDC") // at each text: not through fmt
	t.next[n]++
}

func (t *tagger) end(p *fpdf.Fpdf, n, i int) {
	if _, ok := t.doc.Pages[n].Items[i].(layout.Link); !ok {
		p.RawWriteStr("EMC")
	}
}

// hooks are the tagging hooks that write the document's keys and structure through fpdf.
func (t *tagger) hooks() *fpdf.Tagging {
	pages := len(t.doc.Pages)
	var root int
	return &fpdf.Tagging{
		Page: func(n int) string { return fmt.Sprintf("/StructParents %d /Tabs /S", n-1) },
		Link: func(n, i int) string {
			for k, a := range t.annots {
				if a.page == n-1 && a.index == i {
					return fmt.Sprintf("/StructParent %d /Contents %s", pages+k, textString(a.elem.Alt))
				}
			}
			return ""
		},
		Objects: func(first int, refs fpdf.TaggingRefs) []string {
			root = first
			return t.objects(first, refs)
		},
		Catalog: func() string {
			return fmt.Sprintf("/MarkInfo <</Marked true>> /StructTreeRoot %d 0 R /ViewerPreferences <</DisplayDocTitle true>>", root)
		},
	}
}

// objects are the structure tree root, the parent tree and the elements, from the document
// element down in reading order, numbered from first on.
func (t *tagger) objects(first int, refs fpdf.TaggingRefs) []string {
	var nodes []*layout.Node
	num := map[*layout.Node]int{}
	var walk func(n *layout.Node)
	walk = func(n *layout.Node) {
		num[n] = first + 2 + len(nodes)
		nodes = append(nodes, n)
		for _, k := range n.Kids {
			if k.Node != nil {
				walk(k.Node)
			}
		}
	}
	walk(t.tree)
	// a line drawn otherwise than written is a Span of its element, whose /ActualText a screen
	// reader reads instead of the drawn text: the text as written, in reading order. Content
	// extractors (PDFium, poppler) reorder the drawn text themselves, and reverse an
	// ActualText in the content stream: the element, which they do not read, carries it.
	spans := map[[2]int]int{} // page, item: the Span's object
	var spanObjs []string
	for _, n := range nodes {
		for _, k := range n.Kids {
			if k.Node == nil && logical(t.doc.Pages[k.Page].Items[k.Item]) != "" {
				spans[[2]int{k.Page, k.Item}] = first + 2 + len(nodes) + len(spans)
			}
		}
	}
	// the parent tree: each page's MCIDs in order, then each link annotation
	owners := make([][]int, len(t.doc.Pages))
	for n := range owners {
		owners[n] = make([]int, t.next[n])
	}
	annotOwner := make([]int, len(t.annots))
	parent := map[*layout.Node]int{}
	out := make([]string, 2, 2+len(nodes))
	for _, n := range nodes {
		var b strings.Builder
		fmt.Fprintf(&b, "<</Type /StructElem /S /%s /P %d 0 R", n.Role, max(parent[n], first))
		if n.Role == "Document" {
			fmt.Fprintf(&b, " /Lang %s", textString(t.doc.Lang))
		} else if n.Alt != "" && n.Role == layout.RoleFigure {
			fmt.Fprintf(&b, " /Alt %s", textString(n.Alt))
		}
		if n.Lang != "" { // for what it holds, its Spans' /ActualText among it
			fmt.Fprintf(&b, " /Lang %s", textString(n.Lang))
		}
		// the element's page is its first content's; content on it is written as bare MCIDs
		pg := -1
		for _, k := range n.Kids {
			if k.Node == nil {
				pg = k.Page
				fmt.Fprintf(&b, " /Pg %d 0 R", refs.Pages[pg])
				break
			}
		}
		b.WriteString(" /K [")
		for i, k := range n.Kids {
			switch {
			case k.Node != nil:
				parent[k.Node] = num[n]
				ref(&b, num[k.Node])
			case isLink(t.doc.Pages[k.Page].Items[k.Item]):
				idx := t.mcid[k.Page][k.Item]
				fmt.Fprintf(&b, "<</Type /OBJR /Pg %d 0 R /Obj %d 0 R>> ", refs.Pages[k.Page], refs.Links[k.Page][idx-1])
				for a, an := range t.annots {
					if an.page == k.Page && an.index == idx {
						annotOwner[a] = num[n]
					}
				}
			case spans[[2]int{k.Page, k.Item}] > 0:
				span, id := spans[[2]int{k.Page, k.Item}], t.mcid[k.Page][k.Item]
				owners[k.Page][id] = span
				ref(&b, span)
				spanObjs = append(spanObjs, fmt.Sprintf("<</Type /StructElem /S /Span /P %d 0 R /Pg %d 0 R /ActualText %s /K [%d]>>",
					num[n], refs.Pages[k.Page], textString(t.doc.ReadAs(n, i)), id))
			default:
				id := t.mcid[k.Page][k.Item]
				owners[k.Page][id] = num[n]
				if k.Page == pg {
					b.WriteString(strconv.Itoa(id))
					b.WriteByte(' ')
				} else { // a paragraph that runs on to the next page
					fmt.Fprintf(&b, "<</Type /MCR /Pg %d 0 R /MCID %d>> ", refs.Pages[k.Page], id)
				}
			}
		}
		b.WriteString("]>>")
		out = append(out, b.String())
	}
	out = append(out, spanObjs...)
	out[0] = fmt.Sprintf("<</Type /StructTreeRoot /K [%d 0 R] /ParentTree %d 0 R /ParentTreeNextKey %d>>", num[t.tree], first+1, len(owners)+len(annotOwner))
	var pt strings.Builder
	pt.WriteString("<</Nums [")
	for n, ids := range owners {
		fmt.Fprintf(&pt, "%d [", n)
		for _, o := range ids {
			ref(&pt, o)
		}
		pt.WriteString("] ")
	}
	for a, o := range annotOwner {
		fmt.Fprintf(&pt, "%d %d 0 R ", len(owners)+a, o)
	}
	pt.WriteString("]>>")
	out[1] = pt.String()
	return out
}

// logical is the text as written of an item drawn otherwise, or "".
func logical(it layout.Item) string {
	tx, _ := it.(layout.Text)
	return tx.Logical
}

// letters is what a drawn character stands for in the fonts' ToUnicode maps, when not
// itself: an Arabic presentation form (a letter in its joined shape, a lam-alef) its letters,
// so that a viewer's copy and search, which read those maps, find the words as written.
// (Arabic's presentation forms are the script's characters from U+FB50 on.) A ligature's
// letters are given in drawing order, left to right: readers (poppler, MuPDF, PDFium) put
// right-to-left text back in reading order glyph by glyph and reverse a glyph's letters with
// it, so lam-alef mapped to "لا" would read "ال".
func letters(r rune) string {
	if r < 0xFB50 || !unicode.Is(unicode.Arabic, r) {
		return ""
	}
	s := []rune(norm.NFKC.String(string(r)))
	if len(s) == 1 && s[0] == r {
		return ""
	}
	slices.Reverse(s)
	return string(s)
}

func isLink(it layout.Item) bool {
	_, ok := it.(layout.Link)
	return ok
}

// textString is s as a PDF text string: literal when it is printable ASCII, else UTF-16BE.
func textString(s string) string {
	ascii := true
	for _, r := range s {
		if r < ' ' || r > '~' {
			ascii = false
		}
	}
	if ascii {
		return "(" + literalEscapes.Replace(s) + ")"
	}
	var b strings.Builder
	b.WriteString("<FEFF")
	for _, u := range utf16.Encode([]rune(s)) {
		b.Write([]byte{hexDigits[u>>12], hexDigits[u>>8&15], hexDigits[u>>4&15], hexDigits[u&15]})
	}
	b.WriteString(">")
	return b.String()
}

const hexDigits = "0123456789ABCDEF"

// literalEscapes escapes what a literal string may not hold bare.
var literalEscapes = strings.NewReplacer(`\`, `\\`, "(", `\(`, ")", `\)`)

// xmp is the document's XMP metadata: its title and language, and the PDF/UA part it is made
// to follow.
func xmp(doc *layout.Doc) []byte {
	esc := func(s string) string {
		var b strings.Builder
		xml.EscapeText(&b, []byte(s))
		return b.String()
	}
	return []byte(`<?xpacket begin="` + "\uFEFF" + `" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">` + esc(doc.Meta.Title) + `</rdf:li></rdf:Alt></dc:title>
<dc:creator><rdf:Seq><rdf:li>` + esc(doc.Meta.Author) + `</rdf:li></rdf:Seq></dc:creator>
<dc:description><rdf:Alt><rdf:li xml:lang="x-default">` + esc(doc.Meta.Subject) + `</rdf:li></rdf:Alt></dc:description>
<dc:language><rdf:Bag><rdf:li>` + esc(doc.Lang) + `</rdf:li></rdf:Bag></dc:language>
<pdf:Producer>` + map[bool]string{false: producer, true: unsigned}[doc.Meta.Unsigned] + `</pdf:Producer>
<pdf:Keywords>` + esc(doc.Meta.Keywords) + `</pdf:Keywords>
<pdfuaid:part>1</pdfuaid:part>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="r"?>`)
}

// ref writes a reference to object n and a space, "12 0 R ": the structure tree has one for
// each element and each text, so not through fmt.
func ref(b *strings.Builder, n int) {
	b.WriteString(strconv.Itoa(n))
	b.WriteString(" 0 R ")
}
