package build

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	defaultcontent "haven/content"
	"haven/internal/content"
	"haven/internal/kinds"
	"haven/internal/pdfread"
	"haven/internal/typeface"
)

// tool finds a command line tool the test needs. On a developer machine without it the test
// is skipped with how to install it; in CI (CI=true) it fails.
func tool(t *testing.T, name, pkg string) string {
	t.Helper()
	path, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is needed in CI: apt-get install %s", name, pkg)
		}
		t.Skipf("%s not found: install it with apt-get install %s", name, pkg)
	}
	return path
}

// TestEveryPDFIsTagged: poppler says every PDF of the kit is tagged, qpdf finds nothing wrong
// in its structure, and PDFium reads a structure tree on every page.
func TestEveryPDFIsTagged(t *testing.T) {
	pdfinfo := tool(t, "pdfinfo", "poppler-utils")
	qpdf := tool(t, "qpdf", "qpdf")
	res := kit(t, content.Overrides{}, Options{Kinds: kinds.PrintedNames()})
	if len(res) < 20 {
		t.Fatalf("only %d PDFs", len(res))
	}
	for _, r := range res {
		t.Run(filepath.Base(r.Path), func(t *testing.T) { checkTagged(t, pdfinfo, qpdf, r.Path) })
	}
}

// checkTagged checks one PDF as TestEveryPDFIsTagged does every PDF of the kit.
func checkTagged(t *testing.T, pdfinfo, qpdf, path string) {
	t.Helper()
	out, err := exec.Command(pdfinfo, path).CombinedOutput()
	if err != nil || !strings.Contains(string(out), "Tagged:          yes") {
		t.Errorf("pdfinfo: %v\n%s", err, out)
	}
	if out, err := exec.Command(qpdf, "--check", path).CombinedOutput(); err != nil || strings.Contains(string(out), "WARNING") {
		t.Errorf("qpdf --check: %v\n%s", err, out)
	}
	rb := open(t, path)
	for p := 0; p < rb.pages; p++ {
		tree, err := rb.doc.Structure(p)
		if err != nil {
			t.Fatal(err)
		}
		if len(tree) != 1 || tree[0].Type != "Document" || len(tree[0].Kids) == 0 {
			t.Errorf("page %d: PDFium reads the structure tree %+v", p+1, tree)
		}
	}
}

// structLine is one element of `pdfinfo -struct-text`'s listing, with its children.
type structLine struct {
	role  string // the element type, e.g. H2
	parts []any  // its text lines (string) and child elements, in order
	objs  int    // annotations it holds
	kids  []*structLine
}

// parseStructText reads `pdfinfo -struct-text`: two spaces of indent per level; an element's
// type, or a quoted line of its text, or "Object n 0" for an annotation.
func parseStructText(out string) *structLine {
	root := &structLine{role: "root"}
	stack := []*structLine{root}
	for _, l := range strings.Split(out, "\n") {
		trimmed := strings.TrimLeft(l, " ")
		if trimmed == "" {
			continue
		}
		depth := (len(l) - len(trimmed)) / 2
		if depth+1 < len(stack) {
			stack = stack[:depth+1]
		}
		parent := stack[len(stack)-1]
		switch {
		case strings.HasPrefix(trimmed, `"`):
			parent.parts = append(parent.parts, strings.Trim(trimmed, `"`))
		case strings.HasPrefix(trimmed, "Object "):
			parent.objs++
		default:
			e := &structLine{role: strings.Fields(trimmed)[0]}
			parent.kids = append(parent.kids, e)
			parent.parts = append(parent.parts, e)
			stack = append(stack[:depth+1], e)
		}
	}
	return root
}

// all is the element's text, its children's included.
func (e *structLine) all() string {
	var s []string
	for _, p := range e.parts {
		if k, ok := p.(*structLine); ok {
			s = append(s, k.all())
		} else {
			s = append(s, p.(string))
		}
	}
	return strings.TrimSpace(strings.Join(s, " "))
}

func (e *structLine) count(role string) int {
	n := 0
	if e.role == role {
		n++
	}
	for _, k := range e.kids {
		n += k.count(role)
	}
	return n
}

// TestHandoutStructure reads the Letter handout's structure tree with poppler and with
// PDFium: the title, the hotline section, the nine questions in order each with its answer,
// the closing, the QR code's figure with its alt text and each link; no page number.
func TestHandoutStructure(t *testing.T) {
	pdfinfo := tool(t, "pdfinfo", "poppler-utils")
	res := kit(t, content.Overrides{}, Options{Kinds: []string{"handout"}, Langs: []string{"en"}, Papers: []string{"letter"}})
	ct, _ := content.Load(defaultcontent.FS, "content", content.Overrides{})
	lang := ct.Languages[0]
	path := pathOf(t, res, "handout-en-letter.pdf")
	out, err := exec.Command(pdfinfo, "-struct-text", path).CombinedOutput()
	if err != nil {
		t.Fatalf("pdfinfo -struct-text: %v\n%s", err, out)
	}
	root := parseStructText(string(out))
	if len(root.kids) != 1 || root.kids[0].role != "Document" {
		t.Fatalf("the tree's root is not one Document:\n%s", out)
	}
	doc := root.kids[0]
	if doc.kids[0].role != "H1" || doc.kids[0].all() != fold(lang.FAQ.Title.Text) {
		t.Errorf("the first element is %s %q, not the title", doc.kids[0].role, doc.kids[0].all())
	}
	var sect *structLine
	var h2 []*structLine // the document's headings, each with the element after it
	var after []*structLine
	for i, k := range doc.kids {
		switch k.role {
		case "Sect":
			if sect == nil {
				sect = k
			}
		case "H2":
			h2 = append(h2, k)
			if i+1 < len(doc.kids) {
				after = append(after, doc.kids[i+1])
			} else {
				after = append(after, &structLine{})
			}
		}
	}
	if sect == nil || len(sect.kids) == 0 || sect.kids[0].role != "H2" || sect.kids[0].all() != lang.Text.Help.Title.Text {
		t.Fatalf("no hotline section headed %q:\n%s", lang.Text.Help.Title.Text, out)
	}
	// help first: read right after the title and subtitle, though printed at the foot of page 1
	if len(doc.kids) < 4 || doc.kids[1].role != "P" || doc.kids[1].all() != fold(lang.Text.Handout.Subtitle.Text) || doc.kids[2] != sect {
		t.Errorf("the hotline section is not read right after the title and the subtitle:\n%s", out)
	}
	if sect.count("Figure") != 1 || sect.count("P") < 4 {
		t.Errorf("the hotline section has %d figures and %d paragraphs", sect.count("Figure"), sect.count("P"))
	}
	qs := lang.FAQ.Questions
	if len(h2) != len(qs)+1 {
		t.Fatalf("%d H2 headings under the document, want %d questions and the closing", len(h2), len(qs)+1)
	}
	for i, q := range qs {
		if want := fmt.Sprintf("%d. %s", i+1, fold(q.Question.Text)); h2[i].all() != want {
			t.Errorf("heading %d is %q, want %q", i+1, h2[i].all(), want)
		}
		if after[i].role != "P" || !strings.HasPrefix(after[i].all(), firstWords(q.Answer[0].Text)) {
			t.Errorf("question %d is followed by %s %q, not its answer", i+1, after[i].role, after[i].all())
		}
	}
	if last := h2[len(qs)]; last.all() != fold(lang.FAQ.ClosingTitle.Text) || after[len(qs)].role != "P" {
		t.Errorf("the closing is %q followed by %s", last.all(), after[len(qs)].role)
	}
	// every link element holds its annotation, and the text it is on
	links := 0
	var walk func(e *structLine)
	walk = func(e *structLine) {
		if e.role == "Link" {
			links++
			if e.objs == 0 || e.all() == "" && e.count("Figure") == 0 {
				t.Errorf("a Link element with %d annotations and the text %q", e.objs, e.all())
			}
		}
		for _, k := range e.kids {
			walk(k)
		}
	}
	walk(doc)
	if links < 6 {
		t.Errorf("%d Link elements, want the three numbers, the QR code, the address and the numbers in the answers", links)
	}
	if page := strings.NewReplacer("{page}", "1", "{pages}", "2").Replace(lang.Text.Handout.Page.Text); strings.Contains(doc.all(), page) {
		t.Errorf("the page number %q is in the structure tree", page)
	}

	// PDFium: the figure's alt text, and every MCID of page 1 in one element
	rb := open(t, path)
	tree, err := rb.doc.Structure(0)
	if err != nil {
		t.Fatal(err)
	}
	var alts []string
	seen := map[int]bool{}
	var visit func(e pdfread.StructElem)
	visit = func(e pdfread.StructElem) {
		if e.Type == "Figure" {
			alts = append(alts, e.Alt)
		}
		for _, id := range e.MCIDs {
			if seen[id] {
				t.Errorf("MCID %d is in two elements", id)
			}
			seen[id] = true
		}
		for _, k := range e.Kids {
			visit(k)
		}
	}
	for _, e := range tree {
		visit(e)
	}
	if want := "QR code: opens " + ct.Address.Text; len(alts) != 1 || alts[0] != want {
		t.Errorf("PDFium reads the figures' alt texts %q, want [%q]", alts, want)
	}
	if len(seen) < 20 {
		t.Errorf("PDFium reads %d marked-content IDs on page 1", len(seen))
	}
}

// pathOf is the path of the built file name.
func pathOf(t *testing.T, res []Result, name string) string {
	t.Helper()
	for _, r := range res {
		if filepath.Base(r.Path) == name {
			return r.Path
		}
	}
	t.Fatalf("%s not built", name)
	return ""
}

// firstWords is the start of a text, for finding it in an element's lines.
func firstWords(s string) string {
	w := strings.Fields(s)
	return strings.Join(w[:min(4, len(w))], " ")
}

// A document of more than one page (the handouts, a large-print one of five or more) has an
// outline that lists its headings as its structure tree does: the title at the top and under
// it the hotline box's heading, each question with its number and the closing title, in
// order, whatever the language and its direction (a Persian question as written); a document
// of one page (a poster, Persian's short handout) has none. Read back from the PDFs.
func TestOutlineListsTheHeadings(t *testing.T) {
	ct, err := content.Load(contentWith(t, []string{"fa"}, nil), "content", content.Overrides{})
	if err != nil {
		t.Fatal(err)
	}
	fams, err := typeface.Defaults()
	if err != nil {
		t.Fatal(err)
	}
	out := t.TempDir()
	langs := []string{"en", "es", "fa"}
	if _, err := Run(context.Background(), Options{Content: ct, Families: append(fams, notoFamily(t, "NotoSansArabic", "Noto Sans Arabic")),
		Out: out, Kinds: []string{"handout", "poster"}, Langs: langs, Papers: []string{"letter"}, Created: epoch}); err != nil {
		t.Fatal(err)
	}
	for _, l := range ct.Languages {
		if !slices.Contains(langs, l.Code) {
			continue
		}
		for _, name := range []string{"handout-" + l.Code + "-letter.pdf", "handout-large-" + l.Code + "-letter.pdf", "poster-" + l.Code + "-letter.pdf"} {
			t.Run(name, func(t *testing.T) {
				raw, err := os.ReadFile(filepath.Join(out, name))
				if err != nil {
					t.Fatal(err)
				}
				tree := treeOf(t, raw)
				entries := tree.Outline
				if len(tree.Pages) == 1 { // a poster, a short handout
					if len(entries) > 0 {
						t.Errorf("a document of one page has an outline: %+v", entries)
					}
					return
				}
				if strings.HasPrefix(name, "poster") {
					t.Fatalf("the poster has %d pages", len(tree.Pages))
				}
				var got []string
				for _, e := range entries {
					got = append(got, fmt.Sprintf("%d %s", e.Level, e.Title))
				}
				want := []string{"0 " + l.FAQ.Title.Text, "1 " + l.Text.Help.Title.Text}
				next := 0 // the entry the next heading is looked for from
				for _, w := range want {
					if next = slices.Index(got, w); next < 0 {
						t.Fatalf("the outline has no %q: %q", w, got)
					}
				}
				for i, q := range l.FAQ.Questions { // "1. …", in the edition's digits
					at := slices.IndexFunc(got[next:], func(e string) bool {
						return strings.HasPrefix(e, "1 ") && strings.HasSuffix(e, ". "+q.Question.Text)
					})
					if at < 0 {
						t.Fatalf("question %d is not in the outline after entry %d: %q", i+1, next+1, got)
					}
					next += at + 1
				}
				if !slices.Contains(got[next:], "1 "+l.FAQ.ClosingTitle.Text) {
					t.Errorf("the closing title is not in the outline after the questions: %q", got)
				}
				for _, e := range entries {
					if e.Page < 0 {
						t.Errorf("%q opens no page of the document", e.Title)
					}
				}
			})
		}
	}
}
