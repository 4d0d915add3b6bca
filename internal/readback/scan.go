package readback

import (
	"bytes"
	"strconv"
)

// The scanners below find the few things the reader looks for in a dictionary's text. Each
// matches exactly what a regular expression in its comment would (scan_test.go holds them to
// it), without compiling one at every start.

// isSpace is a white-space byte as \s matches: tab, newline, form feed, return, space.
func isSpace(c byte) bool { return c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ' ' }

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// isWord is a byte \w matches.
func isWord(c byte) bool {
	return isDigit(c) || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
}

// bracketed is what is between "KEY [" and the next "]": `KEY \[([^\]]*)\]`.
func bracketed(d []byte, key string) ([]byte, bool) {
	i := bytes.Index(d, []byte(key+" ["))
	if i < 0 {
		return nil, false
	}
	in := d[i+len(key)+2:]
	j := bytes.IndexByte(in, ']')
	if j < 0 {
		return nil, false
	}
	return in[:j], true
}

// lengthOf is the number after the first "/Length " followed by digits: `/Length (\d+)`.
func lengthOf(d []byte) (int, bool) {
	for rest := d; ; {
		i := bytes.Index(rest, []byte("/Length "))
		if i < 0 {
			return 0, false
		}
		rest = rest[i+len("/Length "):]
		n := digits(rest)
		if n > 0 {
			v, _ := strconv.Atoi(string(rest[:n]))
			return v, true
		}
	}
}

// digits is how many digits b begins with.
func digits(b []byte) int {
	n := 0
	for n < len(b) && isDigit(b[n]) {
		n++
	}
	return n
}

// keyRef is a "/Name N 0 R" entry of a dictionary.
type keyRef struct {
	name string
	obj  int
}

// keyRefs are the "/Name N 0 R" entries of d, in order: `/(\w+) (\d+) 0 R`.
func keyRefs(d []byte) []keyRef {
	var out []keyRef
	from := 0 // the end of the last entry: entries do not overlap
	for _, r := range objRefs(d, from) {
		num := r[0]
		if num-1 < from || d[num-1] != ' ' {
			continue
		}
		name := num - 1
		for name > from && isWord(d[name-1]) {
			name--
		}
		if name == num-1 || name == from || d[name-1] != '/' {
			continue
		}
		v, _ := strconv.Atoi(string(d[num:r[1]]))
		out = append(out, keyRef{string(d[name : num-1]), v})
		from = r[1] + len(" 0 R")
	}
	return out
}

// refs are the object numbers of the "N 0 R" references in b, in order: `(\d+) 0 R`.
func refs(b []byte) []int {
	var out []int
	for _, r := range objRefs(b, 0) {
		v, _ := strconv.Atoi(string(b[r[0]:r[1]]))
		out = append(out, v)
	}
	return out
}

// objRefs are the spans of the numbers N in "N 0 R" in b after from: each the whole run of
// digits before a " 0 R".
func objRefs(b []byte, from int) [][2]int {
	var out [][2]int
	for at := from; ; {
		i := bytes.Index(b[at:], []byte(" 0 R"))
		if i < 0 {
			return out
		}
		end := at + i
		start := end
		for start > at && isDigit(b[start-1]) {
			start--
		}
		if start < end {
			out = append(out, [2]int{start, end})
			at = end + len(" 0 R")
		} else {
			at = end + 1
		}
	}
}

// xobjects is the text of the first /XObject dictionary: `/XObject\s*<<([^>]*)>>`.
func xobjects(d []byte) ([]byte, bool) {
	for rest := d; ; {
		i := bytes.Index(rest, []byte("/XObject"))
		if i < 0 {
			return nil, false
		}
		rest = rest[i+len("/XObject"):]
		in := bytes.TrimLeftFunc(rest, func(r rune) bool { return r < 0x80 && isSpace(byte(r)) })
		if !bytes.HasPrefix(in, []byte("<<")) {
			continue
		}
		in = in[2:]
		j := bytes.IndexByte(in, '>')
		if j >= 0 && j+1 < len(in) && in[j+1] == '>' {
			return in[:j], true
		}
	}
}

// trailerAt is where the first "trailer" followed by "<<" begins in b, or -1: `trailer\s*<<`.
func trailerAt(b []byte) int {
	for at := 0; ; {
		i := bytes.Index(b[at:], []byte("trailer"))
		if i < 0 {
			return -1
		}
		rest := b[at+i+len("trailer"):]
		k := 0
		for k < len(rest) && isSpace(rest[k]) {
			k++
		}
		if bytes.HasPrefix(rest[k:], []byte("<<")) {
			return at + i
		}
		at += i + 1
	}
}

// startxref is the offset a file's last line but one gives: `startxref\s+(\d+)\s+%%EOF\s*$`.
func startxref(b []byte) (string, bool) {
	end := len(b)
	for end > 0 && isSpace(b[end-1]) {
		end--
	}
	if !bytes.HasSuffix(b[:end], []byte("%%EOF")) {
		return "", false
	}
	end -= len("%%EOF")
	gap := end
	for end > 0 && isSpace(b[end-1]) {
		end--
	}
	if end == gap {
		return "", false
	}
	num := end
	for num > 0 && isDigit(b[num-1]) {
		num--
	}
	if num == end {
		return "", false
	}
	gap = num
	for gap > 0 && isSpace(b[gap-1]) {
		gap--
	}
	if gap == num || !bytes.HasSuffix(b[:gap], []byte("startxref")) {
		return "", false
	}
	return string(b[num:end]), true
}
