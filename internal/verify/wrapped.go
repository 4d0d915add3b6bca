package verify

import (
	"cmp"
	"fmt"
	"math"
	"strings"

	"haven/internal/content"
	"haven/internal/layout"
	"haven/internal/phone"
)

// lineRun is a text of a printed line, as written, and the address of the link drawn over it
// ("" for none).
type lineRun struct {
	text, url string
}

// wrappedLinks holds every printed piece of a web address, an email address or a number that a
// line break parts to the link the other pieces open: read from the page's texts and links,
// not from the pieces the layout meant to link, so that a piece a line begins or ends with
// that is no link (www.thehotline.org/ linked, get-help on the next line not) fails, whichever
// line it is on.
func wrappedLinks(want layout.Page) error {
	var links []layout.Link
	for _, it := range want.Items {
		if l, ok := it.(layout.Link); ok {
			links = append(links, l)
		}
	}
	if len(links) == 0 {
		return nil
	}
	var lines [][]lineRun // in drawing order, each run of a line as its text is drawn
	var at [2]float64     // the current line's angle, and its baseline's distance from the origin
	for _, it := range want.Items {
		tx, ok := it.(layout.Text)
		if !ok || strings.TrimSpace(tx.S) == "" {
			continue
		}
		rad := tx.Rotate * math.Pi / 180
		sin, cos := math.Sin(rad), math.Cos(rad)
		line := [2]float64{tx.Rotate, tx.X*sin + tx.Y*cos}
		if len(lines) == 0 || line[0] != at[0] || !near(line[1], at[1]) {
			lines, at = append(lines, nil), line
		}
		// the link whose box holds the middle of the text, half way up its letters
		mx, my := tx.X+tx.W/2*cos-0.3*tx.Size*sin, tx.Y-tx.W/2*sin-0.3*tx.Size*cos
		url := ""
		for _, l := range links {
			if mx >= l.X && mx <= l.X+l.W && my >= l.Y && my <= l.Y+l.H {
				url = l.URL
				break
			}
		}
		lines[len(lines)-1] = append(lines[len(lines)-1], lineRun{cmp.Or(tx.Logical, tx.S), url})
	}
	so := map[*lineRun]string{} // of a linked piece that goes on from the line above, the address up to its end
	for i := 1; i < len(lines); i++ {
		a, b := &lines[i-1][len(lines[i-1])-1], &lines[i][0]
		// the line ends in a linked piece of an address that the next line goes on with
		if a.url != "" {
			head := cmp.Or(so[a], strings.TrimSpace(a.text))
			if rest, ok := goesOn(head, a.url); ok && begins(b.text, rest, a.url) {
				if b.url != a.url {
					return missing(a.url, b.text, b.url)
				}
				so[b] = head + strings.TrimSpace(b.text)
			}
		}
		// the next line begins with a linked piece that this line's end begins
		if b.url != "" && b.url != a.url {
			if head, ok := comesAfter(strings.TrimSpace(b.text), b.url); ok && ends(a.text, head, b.url) {
				return missing(b.url, a.text, a.url)
			}
		}
	}
	return nil
}

// missing is the error of a piece of an address a line break parts, printed as text, that
// opens other instead of url, or nothing.
func missing(url, text, other string) error {
	opens := "is no link"
	if other != "" {
		opens = "opens " + other
	}
	return fmt.Errorf("%s is printed over two lines, and its piece in %q %s: a tap on that line would not open it", url, strings.TrimSpace(text), opens)
}

// printedForms are the ways a text may print the address url opens: as written, without its
// scheme, as printed (content.PrintedURL), each with and without a / at its end; for an email,
// the address. A number prints in too many forms for words: its digits are compared.
func printedForms(url string) []string {
	if m, ok := strings.CutPrefix(url, "mailto:"); ok {
		return []string{m}
	}
	var forms []string
	for _, f := range []string{url, strings.TrimPrefix(strings.TrimPrefix(url, "https://"), "http://"), content.PrintedURL(url)} {
		forms = append(forms, f, strings.TrimSuffix(f, "/"))
	}
	return forms
}

// dialled are the digits of the number a tel: or sms: link dials, and those of the extension
// it dials after it; "" for a link of any other kind.
func dialled(url string) (number, ext string) {
	n, ok := strings.CutPrefix(url, "tel:")
	if !ok {
		n, ok = strings.CutPrefix(url, "sms:")
	}
	if !ok {
		return "", ""
	}
	n, _, _ = strings.Cut(n, "?")
	n, e, _ := strings.Cut(strings.Replace(n, ";ext=", ",", 1), ",")
	return phone.Digits(n), phone.Digits(e)
}

// numberWord is whether a word is a group of a number: digits and what sets them apart, no
// letters ("623-", "(216)").
func numberWord(w string) bool {
	return phone.Digits(w) != "" && strings.Trim(w, "0123456789()-.+/ \u00a0") == ""
}

// goesOn is what a printed form of url holds after head, the words of its first pieces; ok
// only where head is a part of it that does not end it. For a number, what follows is digits:
// of the number where head is three digits of it or more, printed with its country's code or
// without, or its extension's where head is the whole number.
func goesOn(head, url string) (rest string, ok bool) {
	if num, ext := dialled(url); num != "" {
		h := phone.Digits(head)
		for k := 0; len(h) >= 3 && k <= min(3, len(num)); k++ {
			if n := num[k:]; n == h && ext != "" || strings.HasPrefix(n, h) && len(n) > len(h) {
				return n[len(h):] + ext, true
			}
		}
		return "", false
	}
	for _, f := range printedForms(url) {
		// not a / that ends it: "samples.org" is the whole of samples.org/
		if len(f) > len(head) && strings.EqualFold(f[:len(head)], head) && strings.Trim(f[len(head):], "/") != "" {
			return f[len(head):], true
		}
	}
	return "", false
}

// comesAfter is what a printed form of url holds before tail, the words of its last piece; ok
// only where tail is a part of it that does not begin it. For a number, digits: three or more
// of the number before the extension tail prints, or before the digits tail prints.
func comesAfter(tail, url string) (head string, ok bool) {
	if num, ext := dialled(url); num != "" {
		if ext != "" && content.ExtAfter(tail) == ext {
			return num, true
		}
		if t, d := phone.Digits(tail), num+ext; t != "" && numberWord(strings.Fields(tail)[0]) && len(d) >= len(t)+3 && strings.HasSuffix(d, t) {
			return d[:len(d)-len(t)], true
		}
		return "", false
	}
	for _, f := range printedForms(url) {
		if len(f) > len(tail) && strings.EqualFold(f[len(f)-len(tail):], tail) {
			return f[:len(f)-len(tail)], true
		}
	}
	return "", false
}

// begins reports whether text, a line's first, goes on with rest, what the address of url
// holds after the line above: its first word begins rest, or it begins with all of rest. A
// number's rest is digits, which its first word's, a group of the number, or the extension it
// begins with, begin.
func begins(text, rest, url string) bool {
	t := strings.TrimSpace(text)
	word, _, _ := strings.Cut(t, " ")
	if num, ext := dialled(url); num != "" {
		if ext != "" && rest == ext { // the number whole above: only its extension goes on with it
			return content.ExtAfter(t) == ext
		}
		return numberWord(word) && strings.HasPrefix(rest, phone.Digits(word))
	}
	return len(word) <= len(rest) && strings.EqualFold(rest[:len(word)], word) || len(t) >= len(rest) && strings.EqualFold(t[:len(rest)], rest)
}

// ends reports whether text, a line's last, ends with what the address of url holds before
// the next line's piece: its last word ends head, or it ends with all of head; a number's last
// word is a group of it whose digits end head.
func ends(text, head, url string) bool {
	t := strings.TrimSpace(text)
	word := t[strings.LastIndexByte(t, ' ')+1:]
	if num, _ := dialled(url); num != "" {
		return numberWord(word) && strings.HasSuffix(head, phone.Digits(word))
	}
	return len(word) <= len(head) && strings.EqualFold(head[len(head)-len(word):], word) || len(t) >= len(head) && strings.EqualFold(t[len(t)-len(head):], head)
}
