package verify

import (
	"encoding/xml"
	"fmt"
	"math"
	"strings"

	"haven/internal/layout"
	"haven/internal/readback"
)

// itemMark is what one laid-out item's content reads back marked as: an MCID, Artifact,
// Unmarked, or mixed when its pieces are marked differently; for a link, its annotation.
type itemMark struct {
	mark  int
	mixed bool
	link  *readback.Link
}

// position is where the page check stands in each kind of mark.
type position struct{ texts, fills, strokes, links int }

func (v *pageCheck) at() position { return position{v.texts, v.fills, v.strokes, v.link} }

// marked is what the marks read since from are marked as.
func (v *pageCheck) marked(from position) itemMark {
	g := v.got
	var m itemMark
	first := true
	add := func(mk int) {
		if first {
			m.mark, first = mk, false
		} else if mk != m.mark {
			m.mixed = true
		}
	}
	for _, t := range g.Texts[from.texts:v.texts] {
		add(t.Mark)
	}
	for _, f := range g.Fills[from.fills:v.fills] {
		add(f.Mark)
	}
	for _, s := range g.Strokes[from.strokes:v.strokes] {
		add(s.Mark)
	}
	if v.link > from.links {
		m.link = &g.Links[from.links]
	}
	return m
}

// tagged holds the PDF's tagging to the layout: the catalog's and pages' keys; every item
// marked as content or as an artifact as the layout says; and the structure tree, element by
// element in reading order, equal to the one the layout's elements make, each piece of
// content in exactly one element, the parent tree leading back to it, figures with their
// alternative text and links with their annotations and descriptions; and the outline, which
// lists the headings.
func tagged(t *readback.Tree, err error, doc *layout.Doc, pages []readback.Page, marks [][]itemMark) error {
	if err != nil {
		return fmt.Errorf("the structure tree cannot be read back: %w", err)
	}
	switch {
	case !t.Marked:
		return fmt.Errorf("the catalog does not say the PDF is tagged (/MarkInfo)")
	case !t.DisplayDocTitle:
		return fmt.Errorf("the catalog does not ask viewers to show the title (/DisplayDocTitle)")
	case t.Lang != doc.Lang:
		return fmt.Errorf("the catalog's language is %q, not %q", t.Lang, doc.Lang)
	case !strings.Contains(t.Metadata, "<pdfuaid:part>1</pdfuaid:part>"):
		return fmt.Errorf("the XMP metadata does not name PDF/UA-1")
	case t.Root == nil:
		return fmt.Errorf("the PDF has no structure tree")
	}
	if err := metadata(t, doc.Meta); err != nil {
		return err
	}
	for n, pt := range t.Pages {
		if pt.StructParents != n || pt.Tabs != "S" {
			return fmt.Errorf("page %d has /StructParents %d and /Tabs /%s, not %d and /S", n+1, pt.StructParents, pt.Tabs, n)
		}
	}
	// each item marked as the layout says: content with an MCID, or an artifact
	for n, pg := range doc.Pages {
		for i, it := range pg.Items {
			m := marks[n][i]
			content := pg.Tagged(i) != nil
			switch {
			case m.link != nil:
				// PDF/UA has no artifact links: every annotation is in the tree
				if !content || m.link.StructParent < 0 {
					return fmt.Errorf("page %d: the link to %s is in no structure element", n+1, m.link.URI)
				}
			case m.mixed:
				return fmt.Errorf("page %d: %s is marked partly as one thing, partly as another", n+1, describe(it))
			case content && m.mark < 0:
				return fmt.Errorf("page %d: %s is not in the structure tree (%s)", n+1, describe(it), markName(m.mark))
			case !content && m.mark != readback.Artifact && !emptyItem(it):
				return fmt.Errorf("page %d: %s is page furniture but not marked as an artifact", n+1, describe(it))
			}
		}
	}
	c := treeCheck{doc: doc, pages: pages, marks: marks, t: t, seen: map[[2]int]bool{}}
	if err := c.elem(doc.Structure(), t.Root); err != nil {
		return err
	}
	// nothing marked as content that the tree leaves out
	for n, p := range pages {
		for _, x := range p.Texts {
			if x.Mark >= 0 && !c.seen[[2]int{n, x.Mark}] {
				return fmt.Errorf("page %d: %q is marked as content but in no structure element", n+1, x.S)
			}
			if x.Mark == readback.Unmarked {
				return fmt.Errorf("page %d: %q is neither content nor an artifact", n+1, x.S)
			}
		}
	}
	return outlined(t.Outline, doc)
}

// outlined holds the document outline to the layout's headings (Doc.Outline): each listed in
// order, at its level, by its words, opening its page where it begins; nothing else listed.
func outlined(got []readback.OutlineEntry, doc *layout.Doc) error {
	want := doc.Outline()
	if len(got) != len(want) {
		return fmt.Errorf("the outline lists %d entries, not the %d headings", len(got), len(want))
	}
	for i, w := range want {
		g := got[i]
		if g.Title != w.Title || g.Level != w.Level || g.Page != w.Page || math.Abs(g.Y-(doc.Pages[w.Page].H-w.Y)) > 0.01 {
			return fmt.Errorf("the outline's entry %d is %q (level %d, page %d, %.2f pt up), not the heading %q (level %d, page %d, %.2f pt up)",
				i+1, g.Title, g.Level, g.Page+1, g.Y, w.Title, w.Level, w.Page+1, doc.Pages[w.Page].H-w.Y)
		}
	}
	return nil
}

// emptyItem is an item that draws nothing to mark.
func emptyItem(it layout.Item) bool {
	q, ok := it.(layout.QR)
	return ok && q.Code.Len() == 0
}

func markName(m int) string {
	if m == readback.Artifact {
		return "it is marked as an artifact"
	}
	return "it is in no marked content"
}

// metadata checks the document information dictionary and the XMP say exactly the layout's
// title, author, subject and keywords: a phone's viewer shows the title in its tabs and
// history, so a discreet file must say no more than it was given.
func metadata(t *readback.Tree, m layout.Meta) error {
	for _, f := range []struct{ key, want, xmp string }{
		{"Title", m.Title, `<dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>`},
		{"Author", m.Author, `<dc:creator><rdf:Seq><rdf:li>%s</rdf:li></rdf:Seq></dc:creator>`},
		{"Subject", m.Subject, `<dc:description><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:description>`},
		{"Keywords", m.Keywords, `<pdf:Keywords>%s</pdf:Keywords>`},
	} {
		if got := t.Info[f.key]; got != f.want {
			return fmt.Errorf("the document information's %s is %q, not %q", f.key, got, f.want)
		}
		if !strings.Contains(t.Metadata, fmt.Sprintf(f.xmp, xmlText(f.want))) {
			return fmt.Errorf("the XMP metadata lacks the %s %q", strings.ToLower(f.key), f.want)
		}
	}
	return nil
}

// xmlText is s as XML character data: what the XMP holds for it.
func xmlText(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}

// describe names an item for a message.
func describe(it layout.Item) string {
	switch it := it.(type) {
	case layout.Text:
		return fmt.Sprintf("%q", it.S)
	case layout.QR:
		return "the QR code for " + it.URL
	case layout.Image:
		return "the image " + it.Name
	case layout.Link:
		return "the link to " + it.URL
	case layout.Rect:
		return "a box"
	default:
		return "a line"
	}
}

// treeCheck compares the read-back structure tree with the layout's.
type treeCheck struct {
	doc   *layout.Doc
	pages []readback.Page
	marks [][]itemMark
	t     *readback.Tree
	seen  map[[2]int]bool // page, MCID of the content found in elements
}

// name is an element for a message: its role and the start of its text.
func (c *treeCheck) name(n *layout.Node) string {
	var text []string
	var walk func(n *layout.Node)
	walk = func(n *layout.Node) {
		for _, k := range n.Kids {
			if k.Node != nil {
				walk(k.Node)
			} else if t, ok := c.doc.Pages[k.Page].Items[k.Item].(layout.Text); ok && len(text) < 3 {
				text = append(text, t.S)
			}
		}
	}
	walk(n)
	s := strings.Join(text, " ")
	if len(s) > 60 {
		s = s[:60] + "..."
	}
	if s == "" {
		return n.Role
	}
	return fmt.Sprintf("%s %q", n.Role, s)
}

func (c *treeCheck) elem(want *layout.Node, got *readback.Elem) error {
	if got.Role != want.Role {
		return fmt.Errorf("the structure tree has a %s where the layout has the %s", got.Role, c.name(want))
	}
	if want.Role == layout.RoleFigure && (got.Alt == "" || got.Alt != want.Alt) {
		return fmt.Errorf("the %s has the alternative text %q, not %q", c.name(want), got.Alt, want.Alt)
	}
	if want.Role != "Document" && got.Lang != want.Lang {
		return fmt.Errorf("the %s is marked as in the language %q, not %q", c.name(want), got.Lang, want.Lang)
	}
	for i, wk := range want.Kids {
		if i >= len(got.Kids) {
			return fmt.Errorf("the %s lacks its part %d (%s)", c.name(want), i+1, c.kidName(wk))
		}
		gk := got.Kids[i]
		if wk.Node != nil {
			if gk.Elem == nil {
				return fmt.Errorf("the %s has content where the layout has the %s", c.name(want), c.name(wk.Node))
			}
			if err := c.elem(wk.Node, gk.Elem); err != nil {
				return err
			}
			continue
		}
		obj := got.Obj
		if tx, ok := c.doc.Pages[wk.Page].Items[wk.Item].(layout.Text); ok && tx.Logical != "" {
			// drawn otherwise than written: a Span that reads as written holds it
			if gk.Elem == nil || gk.Elem.Role != "Span" || len(gk.Elem.Kids) != 1 {
				return fmt.Errorf("the %s lacks the Span that reads %s as written (page %d)", c.name(want), describe(tx), wk.Page+1)
			}
			if read := c.doc.ReadAs(want, i); gk.Elem.ActualText != read {
				return fmt.Errorf("%s (page %d) reads as %q (its /ActualText), not %q as written", describe(tx), wk.Page+1, gk.Elem.ActualText, read)
			}
			gk, obj = gk.Elem.Kids[0], gk.Elem.Obj
		}
		if err := c.content(want, wk, gk, obj); err != nil {
			return err
		}
	}
	if len(got.Kids) > len(want.Kids) {
		return fmt.Errorf("the %s has %d parts, not %d", c.name(want), len(got.Kids), len(want.Kids))
	}
	return nil
}

func (c *treeCheck) kidName(k layout.Kid) string {
	if k.Node != nil {
		return c.name(k.Node)
	}
	return describe(c.doc.Pages[k.Page].Items[k.Item])
}

// content checks that the element's part gk is the item wk: the same marked content, or the
// same link annotation, with the parent tree leading back to the element (object obj).
func (c *treeCheck) content(want *layout.Node, wk layout.Kid, gk readback.Kid, obj int) error {
	items := c.doc.Pages[wk.Page].Items
	it, m := items[wk.Item], c.marks[wk.Page][wk.Item]
	lacks := func() error { // made only when needed: naming an element walks it
		return fmt.Errorf("the %s lacks %s (page %d) in its place", c.name(want), describe(it), wk.Page+1)
	}
	if gk.Elem != nil || gk.Page != wk.Page {
		return lacks()
	}
	if _, ok := it.(layout.Link); ok {
		index := 0 // the annotation's place among the page's links
		for _, x := range items[:wk.Item] {
			if _, ok := x.(layout.Link); ok {
				index++
			}
		}
		if gk.Annot != index || m.link == nil {
			return lacks()
		}
		if owners := c.t.ParentTree[m.link.StructParent]; len(owners) != 1 || owners[0] != obj {
			return fmt.Errorf("the parent tree does not lead %s back to its element", describe(it))
		}
		if m.link.Contents == "" || m.link.Contents != want.Alt {
			return fmt.Errorf("%s is described as %q, not %q", describe(it), m.link.Contents, want.Alt)
		}
		return nil
	}
	if gk.MCID < 0 || gk.MCID != m.mark {
		return lacks()
	}
	key := [2]int{wk.Page, gk.MCID}
	if c.seen[key] {
		return fmt.Errorf("%s (page %d) is in more than one structure element", describe(it), wk.Page+1)
	}
	c.seen[key] = true
	if owners := c.t.ParentTree[c.t.Pages[wk.Page].StructParents]; gk.MCID >= len(owners) || owners[gk.MCID] != obj {
		return fmt.Errorf("the parent tree does not lead %s (page %d) back to its element", describe(it), wk.Page+1)
	}
	return nil
}
