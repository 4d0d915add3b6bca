package readback

import (
	"bytes"
	"fmt"
	"strconv"
)

// An object is a PDF object as parsed: a dictionary (map[string]any, keys without their
// slash), an array ([]any), a reference (objRef), a name (name), a string (the decoded
// bytes, []byte), a number (float64) or a boolean.
type (
	objRef int
	name   string
)

// maxObjDepth bounds nested arrays and dictionaries.
const maxObjDepth = 32

// parseObject parses the object at the start of b.
func parseObject(b []byte) (any, error) {
	p := objParser{b: b}
	return p.object(0)
}

type objParser struct {
	b []byte
	i int
}

func (p *objParser) space() {
	for p.i < len(p.b) {
		switch c := p.b[p.i]; {
		case c == ' ' || c == '\n' || c == '\r' || c == '\t':
			p.i++
		case c == '%':
			for p.i < len(p.b) && p.b[p.i] != '\n' {
				p.i++
			}
		default:
			return
		}
	}
}

func (p *objParser) word() []byte {
	j := p.i
	for j < len(p.b) && !delim(p.b[j]) {
		j++
	}
	w := p.b[p.i:j]
	p.i = j
	return w
}

func (p *objParser) object(depth int) (any, error) {
	if depth > maxObjDepth {
		return nil, fmt.Errorf("objects nested more than %d deep", maxObjDepth)
	}
	p.space()
	if p.i >= len(p.b) {
		return nil, fmt.Errorf("an object is cut short")
	}
	switch c := p.b[p.i]; {
	case c == '<' && p.i+1 < len(p.b) && p.b[p.i+1] == '<':
		p.i += 2
		d := map[string]any{}
		for {
			p.space()
			if bytes.HasPrefix(p.b[p.i:], []byte(">>")) {
				p.i += 2
				return d, nil
			}
			if p.i >= len(p.b) || p.b[p.i] != '/' {
				return nil, fmt.Errorf("a dictionary key is not a name")
			}
			p.i++
			k := string(p.word())
			v, err := p.object(depth + 1)
			if err != nil {
				return nil, err
			}
			d[k] = v
		}
	case c == '[':
		p.i++
		var a []any
		for {
			p.space()
			if p.i < len(p.b) && p.b[p.i] == ']' {
				p.i++
				return a, nil
			}
			v, err := p.object(depth + 1)
			if err != nil {
				return nil, err
			}
			a = append(a, v)
		}
	case c == '/':
		p.i++
		return name(p.word()), nil
	case c == '(' || c == '<':
		var l lexer
		l.reset(p.b[p.i:])
		t, err := l.next()
		if err != nil {
			return nil, err
		}
		p.i += l.i
		return append([]byte(nil), t.b...), nil
	default:
		w := p.word()
		switch string(w) {
		case "true", "false":
			return string(w) == "true", nil
		case "null":
			return nil, nil
		}
		v, err := strconv.ParseFloat(string(w), 64)
		if err != nil {
			return nil, fmt.Errorf("%q is not an object", w)
		}
		// n 0 R is a reference
		save := p.i
		p.space()
		g := p.word()
		p.space()
		if len(g) > 0 && p.i < len(p.b) && p.b[p.i] == 'R' && (p.i+1 == len(p.b) || delim(p.b[p.i+1])) {
			if _, err := strconv.Atoi(string(g)); err == nil {
				p.i++
				return objRef(v), nil
			}
		}
		p.i = save
		return v, nil
	}
}

// object is object n parsed.
func (f *file) object(n int) (any, error) {
	b, err := f.body(n)
	if err != nil {
		return nil, err
	}
	o, err := parseObject(b)
	if err != nil {
		return nil, fmt.Errorf("object %d: %w", n, err)
	}
	return o, nil
}

// resolve is o, or the object it refers to.
func (f *file) resolve(o any) (any, error) {
	if r, ok := o.(objRef); ok {
		return f.object(int(r))
	}
	return o, nil
}

// text is a text string's value: UTF-16BE after a byte order mark, else PDFDocEncoding read
// as Latin-1 (haven writes ASCII).
func text(b []byte) string {
	if bytes.HasPrefix(b, []byte{0xFE, 0xFF}) {
		s, _ := utf16Text(b[2:])
		return s
	}
	r := make([]rune, len(b))
	for i, c := range b {
		r[i] = rune(c)
	}
	return string(r)
}
