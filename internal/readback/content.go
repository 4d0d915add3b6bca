package readback

import (
	"encoding/hex"
	"fmt"
	"math"
	"strconv"
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
	fill, stroke RGB
	width        float64
}

// operand is a number, a name, a string or an array marker.
type operand struct {
	num   float64
	name  string
	str   []byte
	isStr bool
}

// run interprets a content stream: text shown, fills made, images placed.
func (p *Page) run(b []byte) error {
	st := state{ctm: identity, width: 1}
	var stack []state
	var ops []operand
	var tm matrix // text position, inside BT ... ET
	size, font := 0.0, ""
	var path [][][2]float64 // subpaths of points, in page space (PDF's bottom-left origin)
	num := func(i int) float64 {
		if i < len(ops) {
			return ops[i].num
		}
		return 0
	}
	point := func(x, y float64) [2]float64 {
		x, y = st.ctm.apply(x, y)
		return [2]float64{x, y}
	}
	for i := 0; i < len(b); {
		c := b[i]
		switch {
		case c == ' ' || c == '\n' || c == '\r' || c == '\t':
			i++
		case c == '%':
			for i < len(b) && b[i] != '\n' {
				i++
			}
		case c == '(':
			s, n, err := literal(b[i:])
			if err != nil {
				return err
			}
			ops = append(ops, operand{str: s, isStr: true})
			i += n
		case c == '<' && i+1 < len(b) && b[i+1] != '<':
			j := i + 1
			for j < len(b) && b[j] != '>' {
				j++
			}
			s, err := hex.DecodeString(string(compact(b[i+1 : j])))
			if err != nil {
				return fmt.Errorf("a bad hex string: %w", err)
			}
			ops = append(ops, operand{str: s, isStr: true})
			i = j + 1
		case c == '[' || c == ']' || c == '/' || c == '<' || c == '>':
			j := i + 1
			if c == '/' {
				for j < len(b) && !delim(b[j]) {
					j++
				}
			}
			ops = append(ops, operand{name: string(b[i+1 : j])})
			i = j
		case c == '-' || c == '+' || c == '.' || (c >= '0' && c <= '9'):
			j := i + 1
			for j < len(b) && (b[j] == '.' || (b[j] >= '0' && b[j] <= '9')) {
				j++
			}
			v, err := strconv.ParseFloat(string(b[i:j]), 64)
			if err != nil {
				return fmt.Errorf("a bad number %q", b[i:j])
			}
			ops = append(ops, operand{num: v})
			i = j
		default:
			j := i + 1
			for j < len(b) && !delim(b[j]) {
				j++
			}
			op := string(b[i:j])
			i = j
			switch op {
			case "q":
				stack = append(stack, st)
			case "Q":
				if len(stack) == 0 {
					return fmt.Errorf("Q without q")
				}
				st, stack = stack[len(stack)-1], stack[:len(stack)-1]
			case "cm":
				st.ctm = matrix{num(0), num(1), num(2), num(3), num(4), num(5)}.times(st.ctm)
			case "g":
				st.fill = RGB{num(0), num(0), num(0)}
			case "rg":
				st.fill = RGB{num(0), num(1), num(2)}
			case "G":
				st.stroke = RGB{num(0), num(0), num(0)}
			case "RG":
				st.stroke = RGB{num(0), num(1), num(2)}
			case "w":
				st.width = num(0)
			case "BT":
				tm = identity
			case "Tf":
				if len(ops) > 0 {
					font = ops[0].name
				}
				size = num(1)
			case "Td":
				tm = matrix{1, 0, 0, 1, num(0), num(1)}.times(tm)
			case "Tj":
				if len(ops) != 1 || !ops[0].isStr {
					return fmt.Errorf("Tj without a string")
				}
				s, err := utf16Text(ops[0].str)
				if err != nil {
					return err
				}
				m := tm.times(st.ctm)
				x, y := m.apply(0, 0)
				scale := math.Hypot(m[0], m[1])
				p.Texts = append(p.Texts, Text{S: s, X: x, Y: p.H - y, Size: size * scale, Font: font, Color: st.fill})
			case "m":
				path = append(path, [][2]float64{point(num(0), num(1))})
			case "l", "c", "v", "y":
				if len(path) == 0 {
					return fmt.Errorf("%s without m", op)
				}
				for k := 0; k+1 < len(ops); k += 2 {
					path[len(path)-1] = append(path[len(path)-1], point(num(k), num(k+1)))
				}
			case "re":
				x, y, w, h := num(0), num(1), num(2), num(3)
				path = append(path, [][2]float64{point(x, y), point(x+w, y), point(x+w, y+h), point(x, y+h)})
			case "f", "F", "f*", "B", "B*", "b", "b*":
				for _, sp := range path {
					p.Fills = append(p.Fills, p.shape(sp, st.fill, false))
				}
				path = nil
			case "S", "s":
				for _, sp := range path { // a rule: from its first point to its last
					a, z := sp[0], sp[len(sp)-1]
					p.Strokes = append(p.Strokes, Stroke{X1: a[0], Y1: p.H - a[1], X2: z[0], Y2: p.H - z[1], Width: st.width * math.Hypot(st.ctm[0], st.ctm[1]), Color: st.stroke})
				}
				path = nil
			case "n":
				path = nil
			case "Do": // an image fills the unit square of the current transformation
				sq := [][2]float64{point(0, 0), point(1, 0), point(1, 1), point(0, 1)}
				p.Fills = append(p.Fills, p.shape(sq, RGB{}, true))
			}
			ops = ops[:0]
		}
	}
	return nil
}

// shape is the bounding box of points, in top-left coordinates.
func (p *Page) shape(pts [][2]float64, c RGB, image bool) Shape {
	x0, y0, x1, y1 := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, q := range pts {
		x0, x1 = math.Min(x0, q[0]), math.Max(x1, q[0])
		y0, y1 = math.Min(y0, q[1]), math.Max(y1, q[1])
	}
	return Shape{X: x0, Y: p.H - y1, W: x1 - x0, H: y1 - y0, Color: c, Image: image}
}

func delim(c byte) bool {
	switch c {
	case ' ', '\n', '\r', '\t', '(', ')', '<', '>', '[', ']', '/', '%':
		return true
	}
	return false
}

func compact(b []byte) []byte {
	var out []byte
	for _, c := range b {
		if c != ' ' && c != '\n' && c != '\r' && c != '\t' {
			out = append(out, c)
		}
	}
	return out
}

// literal reads a (string) with nested parentheses and escapes; it returns the bytes and how
// many input bytes it used.
func literal(b []byte) ([]byte, int, error) {
	depth := 0
	for i := 0; i < len(b); i++ {
		switch b[i] {
		case '\\':
			i++
		case '(':
			depth++
		case ')':
			if depth--; depth == 0 {
				return unescape(b[1:i]), i + 1, nil
			}
		}
	}
	return nil, 0, fmt.Errorf("a string that does not end")
}
