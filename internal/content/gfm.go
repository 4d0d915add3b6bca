package content

import (
	"bytes"
	"sync"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// markdown parses faq.md as CommonMark (but for asterisks between digits, which print as
// written), and finds GitHub's tables and strikethrough, which
// people write by habit, so that they can be refused by name instead of printing their
// symbols. goldmark's extension package would find them as well, but it compiles the patterns
// of every extension it has when a process starts: half a millisecond of every run. It is made
// at its first use, on the goroutine that reads faq.md, not at start.
var markdown = sync.OnceValue(func() parser.Parser {
	return parser.NewParser(
		parser.WithBlockParsers(parser.DefaultBlockParsers()...),
		parser.WithInlineParsers(append(parser.DefaultInlineParsers(), util.Prioritized(strikeParser{}, 500), util.Prioritized(digitStars{}, 450))...),
		parser.WithParagraphTransformers(append(parser.DefaultParagraphTransformers(), util.Prioritized(tableFinder{}, 200))...),
	)
})

// table is a GitHub table found in a paragraph; its line is the table's header row.
type table struct{ ast.BaseBlock }

var kindTable = ast.NewNodeKind("Table")

func (t *table) Kind() ast.NodeKind         { return kindTable }
func (t *table) Dump(src []byte, level int) { ast.DumpHelper(t, src, level, nil, nil) }
func (t *table) IsRaw() bool                { return true } // refused whole: its cells are not read

// tableFinder splits off a table where goldmark's table extension would: at a paragraph line
// followed by a delimiter row (cells of dashes, with colons for alignment) with at least as
// many cells.
type tableFinder struct{}

func (tableFinder) Transform(p *ast.Paragraph, reader text.Reader, _ parser.Context) {
	src, lines := reader.Source(), p.Lines()
	for i := 1; i < lines.Len(); i++ {
		row := lines.At(i)
		cols := delimiterCells(row.Value(src))
		if cols == 0 {
			continue
		}
		header := lines.At(i - 1)
		if rowCells(bytes.TrimSpace(header.Value(src))) > cols { // fewer are filled with empty cells
			return
		}
		t := &table{}
		t.Lines().Append(header)
		p.Parent().InsertAfter(p.Parent(), p, t)
		if lines.SetSliced(0, i-1); lines.Len() == 0 {
			p.Parent().RemoveChild(p.Parent(), p)
		}
		return
	}
}

// delimiterCells is the number of cells of a table's delimiter row, 0 for another line.
func delimiterCells(line []byte) int {
	if w, _ := util.IndentWidth(line, 0); w > 3 || len(bytes.Trim(line, "-")) == 0 {
		return 0
	}
	cols := bytes.Split(line, []byte("|"))
	if util.IsBlank(cols[0]) {
		cols = cols[1:]
	}
	if len(cols) > 0 && util.IsBlank(cols[len(cols)-1]) {
		cols = cols[:len(cols)-1]
	}
	for _, c := range cols {
		c = bytes.TrimSpace(c)
		c = bytes.TrimPrefix(bytes.TrimSuffix(c, []byte(":")), []byte(":"))
		if len(c) == 0 || len(bytes.Trim(c, "-")) != 0 {
			return 0
		}
	}
	return len(cols)
}

// rowCells is the number of cells of a table row: the pieces between unescaped pipes, without
// a pipe at either end.
func rowCells(line []byte) int {
	line = bytes.TrimPrefix(line, []byte("|"))
	if bytes.HasSuffix(line, []byte("|")) {
		line = line[:len(line)-1]
	}
	n := 0
	for pos := 0; pos < len(line); n++ {
		end := pos
		for ; end < len(line) && (line[end] != '|' || end > 0 && line[end-1] == '\\'); end++ {
		}
		pos = end + 1
	}
	return n
}

// strike is text between ~~ (or ~), as GitHub strikes it through.
type strike struct{ ast.BaseInline }

var kindStrike = ast.NewNodeKind("Strikethrough")

func (s *strike) Kind() ast.NodeKind         { return kindStrike }
func (s *strike) Dump(src []byte, level int) { ast.DumpHelper(s, src, level, nil, nil) }

// strikeParser finds strikethrough as goldmark's extension does: runs of one or two tildes that
// open and close like emphasis.
type strikeParser struct{}

func (strikeParser) Trigger() []byte { return []byte{'~'} }

func (strikeParser) Parse(_ ast.Node, block text.Reader, pc parser.Context) ast.Node {
	before := block.PrecendingCharacter()
	line, segment := block.PeekLine()
	node := parser.ScanDelimiter(line, before, 1, strikeDelimiter{})
	if node == nil || node.OriginalLength > 2 || before == '~' {
		return nil
	}
	node.Segment = segment.WithStop(segment.Start + node.OriginalLength)
	block.Advance(node.OriginalLength)
	pc.PushDelimiter(node)
	return node
}

func (strikeParser) CloseBlock(ast.Node, parser.Context) {}

type strikeDelimiter struct{}

func (strikeDelimiter) IsDelimiter(b byte) bool { return b == '~' }

func (strikeDelimiter) CanOpenCloser(opener, closer *parser.Delimiter) bool {
	return opener.Char == closer.Char
}

func (strikeDelimiter) OnMatch(int) ast.Node { return &strike{} }

// digitStars reads asterisks between two digits as text: 5*4*3 is a sum to the person who
// wrote it, and CommonMark would set the 4 in italic (2**3**4 the 3 in bold). The emphasis
// parser, after it, never sees them.
type digitStars struct{}

func (digitStars) Trigger() []byte { return []byte{'*'} }

func (digitStars) Parse(_ ast.Node, block text.Reader, _ parser.Context) ast.Node {
	if before := block.PrecendingCharacter(); before < '0' || before > '9' {
		return nil
	}
	line, segment := block.PeekLine()
	n := 0
	for n < len(line) && line[n] == '*' {
		n++
	}
	if n == len(line) || !isDigit(line[n]) {
		return nil
	}
	block.Advance(n)
	return ast.NewTextSegment(segment.WithStop(segment.Start + n))
}
