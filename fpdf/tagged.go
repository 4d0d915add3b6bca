package fpdf

// Tagging lets a caller make a tagged PDF (ISO 32000-1 section 14.8): the structure tree and
// the keys that point at it are the caller's; fpdf writes them where they belong. Marked
// content (BDC ... EMC) goes into the pages with RawWriteStr.
type Tagging struct {
	// Page returns extra entries for page n's dictionary (1-based), e.g. "/StructParents 0".
	Page func(n int) string
	// Link returns extra entries for the i-th link annotation of page n (both 1-based), e.g.
	// "/StructParent 3 /Contents (...)". With Tagging set, link annotations are written as
	// objects of their own, right after their page's content, so a structure element can
	// reference them.
	Link func(n, i int) string
	// Objects returns the bodies of objects to add before the catalog, numbered from first on:
	// the caller numbers its references itself. refs holds the object numbers of the pages
	// and their link annotations.
	Objects func(first int, refs TaggingRefs) []string
	// Catalog returns extra entries for the catalog, e.g. "/StructTreeRoot 20 0 R".
	Catalog func() string
}

// TaggingRefs are the object numbers of what a structure tree references.
type TaggingRefs struct {
	Pages []int   // Pages[n-1] is page n
	Links [][]int // Links[n-1][i-1] is the i-th link annotation of page n
}

// pdfVers1_7 is the version PDF/UA-1 (ISO 14289-1) is made on.
const pdfVers1_7 = pdfVersion(uint16(1)<<8 | uint16(7))

// headerVersion is the version in the file's header: a tagged document says 1.7 (/Tabs is
// 1.5), without the other effects upstream gives a higher pdfVersion (a transparency group on
// every page).
func (f *Fpdf) headerVersion() pdfVersion {
	if f.tagging != nil && f.pdfVersion < pdfVers1_7 {
		return pdfVers1_7
	}
	return f.pdfVersion
}

// SetTagging writes the document with the hooks of t (nil: as upstream does).
func (f *Fpdf) SetTagging(t *Tagging) { f.tagging = t }

// taggedPageObjects numbers the pages, their contents and their link annotations in the
// order putpages writes them, from first on.
func (f *Fpdf) taggedPageObjects(first int) TaggingRefs {
	nb := f.page
	refs := TaggingRefs{Pages: make([]int, nb), Links: make([][]int, nb)}
	n := first
	for p := 1; p <= nb; p++ {
		refs.Pages[p-1] = n
		n += 2
		for range f.pageLinks[p] {
			refs.Links[p-1] = append(refs.Links[p-1], n)
			n++
		}
	}
	return refs
}

// putTaggedObjects writes the caller's objects.
func (f *Fpdf) putTaggedObjects() {
	if f.tagging == nil || f.tagging.Objects == nil {
		return
	}
	for _, body := range f.tagging.Objects(f.n+1, f.taggedRefs) {
		f.newobj()
		f.out(body)
		f.out("endobj")
	}
}

// putLinkAnnotation writes a link annotation's dictionary, with extra entries before its end.
func (f *Fpdf) putLinkAnnotation(annots *fmtBuffer, pl linkType, extra string) {
	annots.printf("<</Type /Annot /Subtype /Link /Rect [%.2f %.2f %.2f %.2f] /Border [0 0 0] ",
		pl.x, pl.y, pl.x+pl.wd, pl.y-pl.ht)
	annots.printf("%s", extra)
	if pl.link == 0 {
		annots.printf("/A <</S /URI /URI %s>>>>", f.textstring(pl.linkStr))
		return
	}
	l := f.links[pl.link]
	annots.printf("/Dest [%d 0 R /XYZ 0 %.2f null]>>", f.pageObject(l.page), f.pageHeight(l.page)-l.y*f.k)
}

// pageObject is the object number of page n (1-based), which a destination points at: in a
// tagged document its annotations come between the pages.
func (f *Fpdf) pageObject(n int) int {
	if f.tagging != nil {
		return f.taggedRefs.Pages[n-1]
	}
	return 1 + 2*n
}

// pageHeight is the height of page n (1-based) in points, for a destination on it: its own
// size's, else the document's default (upstream's bookmarks took the last page's).
func (f *Fpdf) pageHeight(n int) float64 {
	if sz, ok := f.pageSizes[n]; ok {
		return sz.Ht
	}
	if f.defOrientation == "P" {
		return f.defPageSize.Ht * f.k
	}
	return f.defPageSize.Wd * f.k
}

// putTaggedLinks writes page n's link annotations as objects.
func (f *Fpdf) putTaggedLinks(n int) {
	for i, pl := range f.pageLinks[n] {
		var b fmtBuffer
		extra := ""
		if f.tagging.Link != nil {
			extra = f.tagging.Link(n, i+1) + " "
		}
		f.putLinkAnnotation(&b, pl, extra)
		f.newobj()
		f.out(b.String())
		f.out("endobj")
	}
}
