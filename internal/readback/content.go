package readback

import (
	"fmt"
	"math"
)

// matrix is a PDF transformation [a b c d e f].
type matrix [6]float64

var identity = matrix{1, 0, 0, 1, 0, 0}

func (m matrix) times(n matrix) matrix { // m then n
	return matrix{
		m[0]*n[0] + m[1]*n[2], m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2], m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4], m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

func (m matrix) apply(x, y float64) (float64, float64) {
	return m[0]*x + m[2]*y + m[4], m[1]*x + m[3]*y + m[5]
}

type state struct {
	ctm          matrix
	fill, stroke Paint
	width        float64
}

// form is a form XObject: a content stream drawn where it is placed, as if it were inline.
type form struct {
	content []byte
	matrix  matrix
}

// maxFormDepth bounds forms placed in forms, so that a form that places itself is an error,
// and maxPlaced the forms one page places, so that forms that place others many times over
// cannot make a small file take hours to read.
const (
	maxFormDepth = 8
	maxPlaced    = 1 << 16
)

// interp interprets content streams: text shown, fills made, rules drawn, images placed. It
// takes its operands from a lexer and acts on each operator as it comes.
type interp struct {
	p      *Page
	forms  func(name []byte) (*form, error) // a placed XObject's form, or nil for an image
	lex    lexer
	st     state
	stack  []state
	ops    []token // the operands of the coming operator
	tm     matrix  // text position, inside BT ... ET
	size   float64
	font   string
	path   [][][2]float64 // subpaths of points, in page space (PDF's bottom-left origin)
	depth  int
	placed *int  // forms placed on the page so far
	marks  []int // the open marked-content sequences: each one's MCID, Artifact or the one around
}

// run interprets a page's content stream, without form XObjects: every Do places an image.
func (p *Page) run(b []byte) error {
	in := interp{p: p, st: state{ctm: identity, width: 1}}
	return in.run(b)
}

func (in *interp) run(b []byte) error {
	in.lex.reset(b)
	for {
		t, err := in.lex.next()
		if err != nil {
			return err
		}
		switch t.kind {
		case tokEnd:
			return nil
		case tokOp:
			if err := in.do(t.b); err != nil {
				return err
			}
			in.ops = in.ops[:0]
		default:
			in.ops = append(in.ops, t)
		}
	}
}

func (in *interp) num(i int) float64 {
	if i < len(in.ops) {
		return in.ops[i].num
	}
	return 0
}

func (in *interp) point(x, y float64) [2]float64 {
	x, y = in.st.ctm.apply(x, y)
	return [2]float64{x, y}
}

// do acts on one operator with the operands before it.
func (in *interp) do(op []byte) error {
	p, st := in.p, &in.st
	switch string(op) {
	case "q":
		in.stack = append(in.stack, *st)
	case "Q":
		if len(in.stack) == 0 {
			return fmt.Errorf("a Q operator without its q")
		}
		*st, in.stack = in.stack[len(in.stack)-1], in.stack[:len(in.stack)-1]
	case "cm":
		st.ctm = matrix{in.num(0), in.num(1), in.num(2), in.num(3), in.num(4), in.num(5)}.times(st.ctm)
	case "g":
		st.fill = Paint{Gray, [4]float64{in.num(0)}}
	case "rg":
		st.fill = Paint{DeviceRGB, [4]float64{in.num(0), in.num(1), in.num(2)}}
	case "k":
		st.fill = Paint{DeviceCMYK, [4]float64{in.num(0), in.num(1), in.num(2), in.num(3)}}
	case "G":
		st.stroke = Paint{Gray, [4]float64{in.num(0)}}
	case "RG":
		st.stroke = Paint{DeviceRGB, [4]float64{in.num(0), in.num(1), in.num(2)}}
	case "K":
		st.stroke = Paint{DeviceCMYK, [4]float64{in.num(0), in.num(1), in.num(2), in.num(3)}}
	case "w":
		st.width = in.num(0)
	case "BT":
		in.tm = identity
	case "Tf":
		if len(in.ops) > 0 && string(in.ops[0].b) != in.font {
			in.font = string(in.ops[0].b)
		}
		in.size = in.num(1)
	case "Td":
		in.tm = matrix{1, 0, 0, 1, in.num(0), in.num(1)}.times(in.tm)
	case "Tj", "TJ":
		// a TJ's array: its strings, shown one after the other, and the moves between them,
		// which place a shaped text's glyphs along the line it starts (Ts raises some)
		var b []byte
		moves := 0.0
		ops := in.ops
		if op[1] == 'J' { // [ ... ]
			if len(ops) < 2 || ops[0].kind != tokDelim || ops[len(ops)-1].kind != tokDelim {
				return fmt.Errorf("a TJ operator without an array")
			}
			ops = ops[1 : len(ops)-1]
		} else if len(ops) != 1 {
			return fmt.Errorf("a Tj operator without a string")
		}
		for _, t := range ops {
			switch {
			case t.kind == tokStr:
				b = append(b, t.b...)
			case t.kind != tokNum || op[1] == 'j':
				return fmt.Errorf("a %s operator without a string", op)
			default:
				moves += t.num
			}
		}
		s, err := utf16Text(b)
		if err != nil {
			return err
		}
		m := in.tm.times(st.ctm)
		x, y := m.apply(0, 0)
		scale := math.Hypot(m[0], m[1])
		p.Texts = append(p.Texts, Text{S: s, X: x, Y: p.H - y, Size: in.size * scale, Moves: moves, Font: in.font, Color: st.fill.RGB(), Paint: st.fill, Mark: in.mark()})
	case "m":
		in.path = append(in.path, [][2]float64{in.point(in.num(0), in.num(1))})
	case "l", "c", "v", "y":
		if len(in.path) == 0 {
			return fmt.Errorf("%s without m", op)
		}
		last := &in.path[len(in.path)-1]
		for k := 0; k+1 < len(in.ops); k += 2 {
			*last = append(*last, in.point(in.num(k), in.num(k+1)))
		}
	case "re":
		x, y, w, h := in.num(0), in.num(1), in.num(2), in.num(3)
		in.path = append(in.path, [][2]float64{in.point(x, y), in.point(x+w, y), in.point(x+w, y+h), in.point(x, y+h)})
	case "f", "F", "f*", "B", "B*", "b", "b*":
		for _, sp := range in.path {
			p.Fills = append(p.Fills, p.shape(sp, st.fill, false, in.mark()))
		}
		in.path = in.path[:0]
	case "S", "s":
		for _, sp := range in.path { // a rule: from its first point to its last
			a, z := sp[0], sp[len(sp)-1]
			p.Strokes = append(p.Strokes, Stroke{X1: a[0], Y1: p.H - a[1], X2: z[0], Y2: p.H - z[1], Width: st.width * math.Hypot(st.ctm[0], st.ctm[1]), Color: st.stroke.RGB(), Paint: st.stroke, Mark: in.mark()})
		}
		in.path = in.path[:0]
	case "n":
		in.path = in.path[:0]
	case "Do":
		return in.place()
	case "BMC", "BDC":
		in.marks = append(in.marks, in.markOf())
	case "EMC":
		if len(in.marks) == 0 {
			return fmt.Errorf("EMC without BMC or BDC")
		}
		in.marks = in.marks[:len(in.marks)-1]
	}
	return nil
}

// markOf is what a BMC or BDC with the current operands marks: an artifact, an MCID, or what
// the sequence around it marks.
func (in *interp) markOf() int {
	if len(in.ops) > 0 && in.ops[0].kind == tokName && string(in.ops[0].b) == "Artifact" {
		return Artifact
	}
	for k := 1; k+1 < len(in.ops); k++ {
		if in.ops[k].kind == tokName && string(in.ops[k].b) == "MCID" && in.ops[k+1].kind == tokNum {
			return int(in.ops[k+1].num)
		}
	}
	return in.mark()
}

// mark is what the content now drawn is part of.
func (in *interp) mark() int {
	if len(in.marks) == 0 {
		return Unmarked
	}
	m := in.marks[len(in.marks)-1]
	if m != Artifact {
		for _, o := range in.marks { // an MCID inside an artifact is still an artifact
			if o == Artifact {
				return Artifact
			}
		}
	}
	return m
}

// place draws the XObject named by the operand: a form's content as if it stood here, inside
// q ... Q, or an image, which fills the unit square of the current transformation.
func (in *interp) place() error {
	var f *form
	if in.forms != nil && len(in.ops) == 1 && in.ops[0].kind == tokName {
		var err error
		if f, err = in.forms(in.ops[0].b); err != nil {
			return err
		}
	}
	if f == nil {
		sq := [][2]float64{in.point(0, 0), in.point(1, 0), in.point(1, 1), in.point(0, 1)}
		in.p.Fills = append(in.p.Fills, in.p.shape(sq, Paint{}, true, in.mark()))
		return nil
	}
	if in.depth == maxFormDepth {
		return fmt.Errorf("forms placed in forms more than %d deep", maxFormDepth)
	}
	if in.placed == nil {
		in.placed = new(int)
	}
	if *in.placed++; *in.placed > maxPlaced {
		return fmt.Errorf("more than %d forms placed on a page", maxPlaced)
	}
	inner := interp{p: in.p, forms: in.forms, st: in.st, font: in.font, size: in.size, depth: in.depth + 1, placed: in.placed, marks: []int{in.mark()}}
	inner.st.ctm = f.matrix.times(in.st.ctm)
	return inner.run(f.content)
}

// shape is the bounding box of points, in top-left coordinates.
func (p *Page) shape(pts [][2]float64, c Paint, image bool, mark int) Shape {
	x0, y0, x1, y1 := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, q := range pts {
		x0, x1 = math.Min(x0, q[0]), math.Max(x1, q[0])
		y0, y1 = math.Min(y0, q[1]), math.Max(y1, q[1])
	}
	return Shape{X: x0, Y: p.H - y1, W: x1 - x0, H: y1 - y0, Color: c.RGB(), Paint: c, Image: image, Mark: mark}
}
