package readback

import (
	"fmt"
	"strconv"
)

// tokenKind is what a content stream token is.
type tokenKind uint8

const (
	tokEnd   tokenKind = iota
	tokNum             // a number
	tokName            // /Name, without its slash
	tokStr             // a (literal) or <hex> string, decoded
	tokDelim           // [ ] << >> of arrays and dictionaries: an operand with no value
	tokOp              // an operator
)

// token is one token of a content stream. Its bytes are the input's own where nothing needs
// decoding, else the lexer's scratch space, which is reused after the next operator: an
// interpreter keeps what it needs of an operand by the time it acts on the operator.
type token struct {
	kind tokenKind
	num  float64
	b    []byte
}

// lexer splits a content stream into tokens in one pass, without copying it.
type lexer struct {
	b       []byte
	i       int
	scratch []byte // decoded strings since the last operator
}

func (l *lexer) reset(b []byte) {
	l.b, l.i, l.scratch = b, 0, l.scratch[:0]
}

// next is the next token, or tokEnd at the end of the input.
func (l *lexer) next() (token, error) {
	b := l.b
	for l.i < len(b) {
		i, c := l.i, b[l.i]
		switch {
		case c == ' ' || c == '\n' || c == '\r' || c == '\t':
			l.i++
		case c == '%':
			for l.i < len(b) && b[l.i] != '\n' {
				l.i++
			}
		case c == '(':
			return l.literal()
		case c == '<' && i+1 < len(b) && b[i+1] != '<':
			return l.hex()
		case c == '/':
			j := i + 1
			for j < len(b) && !delim(b[j]) {
				j++
			}
			l.i = j
			return token{kind: tokName, b: b[i+1 : j]}, nil
		case c == '<' || c == '>': // << and >> of a dictionary, as in a marked-content property list
			l.i++
			if l.i < len(b) && b[l.i] == c {
				l.i++
			}
			return token{kind: tokDelim}, nil
		case c == '[' || c == ']':
			l.i++
			return token{kind: tokDelim}, nil
		case c == '-' || c == '+' || c == '.' || (c >= '0' && c <= '9'):
			j := i + 1
			for j < len(b) && (b[j] == '.' || (b[j] >= '0' && b[j] <= '9')) {
				j++
			}
			l.i = j
			v, err := number(b[i:j])
			return token{kind: tokNum, num: v}, err
		default:
			j := i + 1
			for j < len(b) && !delim(b[j]) {
				j++
			}
			l.i = j
			l.scratch = l.scratch[:0] // the operands before this operator are used
			return token{kind: tokOp, b: b[i:j]}, nil
		}
	}
	return token{}, nil
}

// pow10 holds the powers of ten that float64 represents exactly.
var pow10 = [...]float64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22}

// number parses a PDF number (digits with at most one point). Up to 15 digits the digits and the
// power of ten are exact, so one division rounds as strconv.ParseFloat does; other numbers go
// to ParseFloat.
func number(b []byte) (float64, error) {
	var mant uint64
	digits, frac := 0, -1
	neg := b[0] == '-'
	start := 0
	if b[0] == '-' || b[0] == '+' {
		start = 1
	}
	for _, c := range b[start:] {
		if c != '.' && (c < '0' || c > '9') {
			digits = 0 // not a number: let ParseFloat refuse it
			break
		}
		if c == '.' {
			if frac >= 0 {
				digits = 0 // two points: let ParseFloat refuse it
				break
			}
			frac = 0
			continue
		}
		mant = mant*10 + uint64(c-'0')
		digits++
		if frac >= 0 {
			frac++
		}
	}
	if digits == 0 || digits > 15 {
		v, err := strconv.ParseFloat(string(b), 64)
		if err != nil {
			return 0, fmt.Errorf("a bad number %q", b)
		}
		return v, nil
	}
	v := float64(mant)
	if frac > 0 {
		v /= pow10[frac]
	}
	if neg {
		v = -v
	}
	return v, nil
}

// literal reads a (string) with nested parentheses and escapes.
func (l *lexer) literal() (token, error) {
	b := l.b[l.i:]
	depth, escaped := 0, false
	for i := 0; i < len(b); i++ {
		switch b[i] {
		case '\\':
			i++
			escaped = true
		case '(':
			depth++
		case ')':
			if depth--; depth == 0 {
				l.i += i + 1
				if !escaped {
					return token{kind: tokStr, b: b[1:i]}, nil
				}
				start := len(l.scratch)
				l.scratch = appendUnescaped(l.scratch, b[1:i])
				return token{kind: tokStr, b: l.scratch[start:]}, nil
			}
		}
	}
	return token{}, fmt.Errorf("a string that does not end")
}

// hex reads a <hex string>, skipping white space in it.
func (l *lexer) hex() (token, error) {
	b := l.b
	start := len(l.scratch)
	var hi byte
	odd := false
	j := l.i + 1
	for ; j < len(b) && b[j] != '>'; j++ {
		c := b[j]
		var v byte
		switch {
		case c == ' ' || c == '\n' || c == '\r' || c == '\t':
			continue
		case c >= '0' && c <= '9':
			v = c - '0'
		case c >= 'a' && c <= 'f':
			v = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			v = c - 'A' + 10
		default:
			return token{}, fmt.Errorf("a bad hex string: invalid byte %q", c)
		}
		if odd {
			l.scratch = append(l.scratch, hi<<4|v)
		}
		hi, odd = v, !odd
	}
	if odd {
		return token{}, fmt.Errorf("a bad hex string: odd length")
	}
	l.i = j + 1
	return token{kind: tokStr, b: l.scratch[start:]}, nil
}

func delim(c byte) bool {
	switch c {
	case ' ', '\n', '\r', '\t', '(', ')', '<', '>', '[', ']', '/', '%':
		return true
	}
	return false
}
