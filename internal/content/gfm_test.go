package content

import (
	"fmt"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
)

// found lists the tables and struck-through texts in doc, with the line each starts on.
func found(doc ast.Node, src []byte) string {
	f := &faqReader{src: src}
	var out []string
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n.(type) {
		case *table, *east.Table:
			out = append(out, fmt.Sprintf("table@%d", f.line(n)))
			return ast.WalkSkipChildren, nil
		case *strike, *east.Strikethrough:
			out = append(out, fmt.Sprintf("strike@%d", f.line(n)))
		}
		return ast.WalkContinue, nil
	})
	return strings.Join(out, " ")
}

// The parser finds a table or strikethrough exactly where goldmark's GFM extensions do, and
// nothing where they find nothing.
func TestTablesAndStrikethroughAsGoldmark(t *testing.T) {
	gfm := goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough)).Parser()
	for _, src := range []string{
		"| Sign | What |\n|---|---|\n| cash | gifts |\n",
		"Intro line\n| a | b |\n| :-- | --: |\n| 1 | 2 |\n",
		"a | b\n--- | ---\n",
		"| a |\n|:-:|\n",
		"a\n|---|\n",
		"| a | b |\n|---|\n",            // more cells than the delimiter row: a paragraph
		"| a |\n|---|---|\n",            // fewer: a table
		"| a \\| b |\n|---|---|\n",      // an escaped pipe: one cell
		"| a \\| b | c |\n|---|---|\n",  // two
		"a\n---\n",                      // a heading, not a table
		"a\n- - -\n",                    // a list item or a rule
		"text\n    |---|---|\n",         // indented: text
		"| x | y |\n|--a|---|\n",        // not a delimiter row
		"a\n\n|---|---|\n",              // no header
		"~~No.~~ Most victims\n",        // struck through
		"one ~tilde~ and ~~~three~~~\n", // one tilde strikes, three do not
		"a~~b~~c and ~~ spaced ~~\n",
		"- item ~~gone~~\n  - nested ~~also~~\n",
		"# Title ~~x~~\n\nPlain *text* with no marks.\n",
		"Cost: ~$5 to ~$10\n",
	} {
		want := found(gfm.Parse(text.NewReader([]byte(src))), []byte(src))
		if got := found(markdown().Parse(text.NewReader([]byte(src))), []byte(src)); got != want {
			t.Errorf("%q: found %q, goldmark's extensions %q", src, got, want)
		}
	}
}
