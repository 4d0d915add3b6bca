package readback

import (
	"bytes"
	"fmt"
	"math"
)

// Tree is what a tagged PDF tells a screen reader: the catalog's keys, each page's, and the
// structure tree.
type Tree struct {
	Marked          bool              // /MarkInfo << /Marked true >>
	DisplayDocTitle bool              // /ViewerPreferences << /DisplayDocTitle true >>
	Lang            string            // the catalog's /Lang
	Metadata        string            // the XMP metadata stream
	Info            map[string]string // the document information dictionary's text entries
	Pages           []PageTags
	Root            *Elem // the structure tree root's one child, or nil without a tree
	// ParentTree maps a page's /StructParents to the element of each MCID on it (by
	// object number), and an annotation's /StructParent to its element's.
	ParentTree map[int][]int
	// Outline is the document outline (/Outlines) a viewer lists, its entries in order.
	Outline []OutlineEntry
}

// OutlineEntry is an entry of the document outline: its title, its depth (0 at the top), and
// the page (from 0) and height above the page's foot its destination opens; Page is -1 for a
// destination that is not a page of the document.
type OutlineEntry struct {
	Title string
	Level int
	Page  int
	Y     float64
}

// PageTags are a page's keys for tagged content.
type PageTags struct {
	StructParents int // -1 when missing
	Tabs          string
}

// Elem is a structure element.
type Elem struct {
	Obj  int    // its object number
	Role string // /S
	Alt  string
	Lang string
	// ActualText replaces the text of its content for a screen reader: a line drawn
	// otherwise than written (right to left, its letters joined) reads as written
	ActualText string
	Kids       []Kid
}

// Kid is a child of an element: an element, a marked-content sequence of a page (MCID), or an
// annotation (Annot, its index in the page's Links).
type Kid struct {
	Elem        *Elem
	Page        int // from 0
	MCID, Annot int // -1 when not that kind
}

// maxElems bounds the elements read, so that a tree that loops is an error.
const maxElems = 1 << 16

// Structure reads a haven PDF's structure tree and the keys that go with it.
func Structure(pdf []byte) (*Tree, error) {
	f, err := index(pdf)
	if err != nil {
		return nil, err
	}
	rootObj, err := f.object(ref(f.trailer, "Root"))
	if err != nil {
		return nil, err
	}
	cat, ok := rootObj.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("the catalog is not a dictionary")
	}
	t := &Tree{ParentTree: map[int][]int{}, Info: map[string]string{}}
	if n := ref(f.trailer, "Info"); n > 0 {
		if info, _ := f.dictOf(objRef(n)); info != nil {
			for k, v := range info {
				if b, ok := v.([]byte); ok {
					t.Info[k] = text(b)
				}
			}
		}
	}
	if mi, _ := f.dictOf(cat["MarkInfo"]); mi != nil {
		t.Marked = mi["Marked"] == true
	}
	if vp, _ := f.dictOf(cat["ViewerPreferences"]); vp != nil {
		t.DisplayDocTitle = vp["DisplayDocTitle"] == true
	}
	if b, ok := cat["Lang"].([]byte); ok {
		t.Lang = text(b)
	}
	if r, ok := cat["Metadata"].(objRef); ok {
		m, err := f.stream(int(r))
		if err != nil {
			return nil, err
		}
		t.Metadata = string(m)
	}
	// pages and their annotations, by object number
	pd, err := f.dictOf(cat["Pages"])
	if err != nil {
		return nil, err
	}
	kids, _ := pd["Kids"].([]any)
	pageOf := map[int]int{}
	annotOf := map[int][2]int{}
	for n, k := range kids {
		r, ok := k.(objRef)
		if !ok {
			return nil, fmt.Errorf("the page tree's kid %d is not a reference", n)
		}
		pageOf[int(r)] = n
		d, err := f.dictOf(r)
		if err != nil {
			return nil, err
		}
		pt := PageTags{StructParents: -1}
		if v, ok := d["StructParents"].(float64); ok {
			pt.StructParents = int(v)
		}
		if v, ok := d["Tabs"].(name); ok {
			pt.Tabs = string(v)
		}
		t.Pages = append(t.Pages, pt)
		annots, _ := d["Annots"].([]any)
		for i, a := range annots {
			if r, ok := a.(objRef); ok {
				annotOf[int(r)] = [2]int{n, i}
			}
		}
	}
	if t.Outline, err = f.outline(cat["Outlines"], pageOf); err != nil {
		return nil, err
	}
	str, err := f.dictOf(cat["StructTreeRoot"])
	if err != nil || str == nil {
		return t, err
	}
	if pt, err := f.dictOf(str["ParentTree"]); err == nil && pt != nil {
		nums, _ := pt["Nums"].([]any)
		for i := 0; i+1 < len(nums); i += 2 {
			k, _ := nums[i].(float64)
			switch v := nums[i+1].(type) {
			case objRef:
				t.ParentTree[int(k)] = []int{int(v)}
			case []any:
				owners := make([]int, len(v))
				for j, o := range v {
					r, _ := o.(objRef)
					owners[j] = int(r)
				}
				t.ParentTree[int(k)] = owners
			}
		}
	}
	r := structReader{f: f, pageOf: pageOf, annotOf: annotOf, seen: map[int]bool{}}
	top := listOf(str["K"])
	if len(top) != 1 {
		return nil, fmt.Errorf("the structure tree root has %d children, not one document element", len(top))
	}
	ref, ok := top[0].(objRef)
	if !ok {
		return nil, fmt.Errorf("the structure tree root's child is not an element")
	}
	t.Root, err = r.elem(int(ref))
	return t, err
}

// outline reads the entries of the outline dictionary o (nil: none) depth first, in order.
func (f *file) outline(o any, pageOf map[int]int) ([]OutlineEntry, error) {
	root, err := f.dictOf(o)
	if err != nil || root == nil {
		return nil, err
	}
	var out []OutlineEntry
	seen := map[objRef]bool{}
	var level func(first any, depth int) error
	level = func(first any, depth int) error {
		for entry := first; entry != nil; {
			r, ok := entry.(objRef)
			if !ok {
				return fmt.Errorf("an outline entry is not a reference")
			}
			if seen[r] || len(seen) > maxElems {
				return fmt.Errorf("the outline loops at object %d", r)
			}
			seen[r] = true
			d, err := f.dictOf(r)
			if err != nil {
				return err
			}
			e := OutlineEntry{Level: depth, Page: -1}
			if b, ok := d["Title"].([]byte); ok {
				e.Title = text(b)
			}
			if dest, _ := d["Dest"].([]any); len(dest) >= 4 {
				if p, ok := dest[0].(objRef); ok {
					if n, ok := pageOf[int(p)]; ok {
						e.Page = n
					}
				}
				e.Y, _ = dest[3].(float64)
			}
			out = append(out, e)
			if err := level(d["First"], depth+1); err != nil {
				return err
			}
			entry = d["Next"]
		}
		return nil
	}
	return out, level(root["First"], 0)
}

type structReader struct {
	f       *file
	pageOf  map[int]int    // page object number: page index
	annotOf map[int][2]int // annotation object number: page index, index on the page
	seen    map[int]bool
}

func (r *structReader) elem(n int) (*Elem, error) {
	if r.seen[n] {
		return nil, fmt.Errorf("structure element %d is reached twice", n)
	}
	if r.seen[n] = true; len(r.seen) > maxElems {
		return nil, fmt.Errorf("more than %d structure elements", maxElems)
	}
	d, err := r.f.dictOf(objRef(n))
	if err != nil {
		return nil, err
	}
	e := &Elem{Obj: n}
	if s, ok := d["S"].(name); ok {
		e.Role = string(s)
	}
	if b, ok := d["Alt"].([]byte); ok {
		e.Alt = text(b)
	}
	if b, ok := d["Lang"].([]byte); ok {
		e.Lang = text(b)
	}
	if b, ok := d["ActualText"].([]byte); ok {
		e.ActualText = text(b)
	}
	pg := -1
	if p, ok := d["Pg"].(objRef); ok {
		pg = r.pageOfRef(p)
	}
	for _, k := range listOf(d["K"]) {
		kid := Kid{Page: pg, MCID: -1, Annot: -1}
		switch k := k.(type) {
		case float64: // an MCID on the element's page
			kid.MCID = int(k)
		case objRef:
			if kid.Elem, err = r.elem(int(k)); err != nil {
				return nil, err
			}
		case map[string]any:
			if p, ok := k["Pg"].(objRef); ok {
				kid.Page = r.pageOfRef(p)
			}
			switch k["Type"] {
			case name("MCR"):
				v, _ := k["MCID"].(float64)
				kid.MCID = int(v)
			case name("OBJR"):
				o, _ := k["Obj"].(objRef)
				at, ok := r.annotOf[int(o)]
				if !ok {
					return nil, fmt.Errorf("element %d refers to object %d, which no page lists as an annotation", n, o)
				}
				kid.Page, kid.Annot = at[0], at[1]
			default:
				return nil, fmt.Errorf("element %d has a child of type %v", n, k["Type"])
			}
		default:
			return nil, fmt.Errorf("element %d has a child that is %T", n, k)
		}
		if kid.Elem == nil && kid.Page < 0 {
			return nil, fmt.Errorf("element %d has content on no page", n)
		}
		e.Kids = append(e.Kids, kid)
	}
	return e, nil
}

func (r *structReader) pageOfRef(p objRef) int {
	if n, ok := r.pageOf[int(p)]; ok {
		return n
	}
	return -1
}

// dictOf is o resolved as a dictionary, or nil when o is missing.
func (f *file) dictOf(o any) (map[string]any, error) {
	if o == nil {
		return nil, nil
	}
	v, err := f.resolve(o)
	if err != nil {
		return nil, err
	}
	d, ok := v.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("%v is not a dictionary", o)
	}
	return d, nil
}

// listOf is an array's items, or a single item as a list of one.
func listOf(o any) []any {
	switch o := o.(type) {
	case nil:
		return nil
	case []any:
		return o
	default:
		return []any{o}
	}
}

// Walk calls fn for each element under e, e included, in reading order (depth first).
func (e *Elem) Walk(fn func(*Elem)) {
	fn(e)
	for _, k := range e.Kids {
		if k.Elem != nil {
			k.Elem.Walk(fn)
		}
	}
}

// links reads the link annotations of a page (dictionary d), inline or objects of their own.
func (f *file) links(p *Page, d []byte) error {
	if !bytes.Contains(d, []byte("/Annots")) {
		return nil
	}
	o, err := parseObject(d)
	if err != nil {
		return err
	}
	page, _ := o.(map[string]any)
	for _, a := range listOf(page["Annots"]) {
		ad, err := f.dictOf(a)
		if err != nil {
			return err
		}
		if ad["Subtype"] != name("Link") {
			continue
		}
		r, _ := ad["Rect"].([]any)
		var v [4]float64
		for i := range v {
			if i < len(r) {
				v[i], _ = r[i].(float64)
			}
		}
		if len(r) != 4 {
			return fmt.Errorf("a link with a bad /Rect")
		}
		l := Link{StructParent: -1}
		x0, x1 := math.Min(v[0], v[2]), math.Max(v[0], v[2])
		y0, y1 := math.Min(v[1], v[3]), math.Max(v[1], v[3])
		l.X, l.Y, l.W, l.H = x0, p.H-y1, x1-x0, y1-y0
		if act, _ := f.dictOf(ad["A"]); act != nil {
			if u, ok := act["URI"].([]byte); ok {
				l.URI = string(u)
			}
		}
		if sp, ok := ad["StructParent"].(float64); ok {
			l.StructParent = int(sp)
		}
		if c, ok := ad["Contents"].([]byte); ok {
			l.Contents = text(c)
		}
		p.Links = append(p.Links, l)
	}
	return nil
}
