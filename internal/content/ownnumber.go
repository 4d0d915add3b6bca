package content

import (
	"fmt"
	"net/url"
	"slices"
	"strconv"

	"haven/internal/phone"
)

// lineNumbers are the numbers of the line itself (hotline.call, text and tty): an address or a
// title that carries one names the line as surely as its name does.
func lineNumbers(s Settings) []Number {
	return slices.DeleteFunc(s.Numbers(), func(n Number) bool {
		return n.Field != "hotline.call" && n.Field != "hotline.text" && n.Field != "hotline.tty"
	})
}

// numberIn is the first of nums that text writes, in any grouping, with or without its
// calling code (1-800-799-7233, 18007997233, 8007997233, +1 800 799 7233), as written there,
// and it; "" when none. Numbers written side by side are read apart (2024/18007997233).
func numberIn(text string, nums []Number) (string, Number) {
	for _, r := range numberRuns(text) {
		pieces := r.pieces
		if len(pieces) == 0 {
			pieces = []span{{r.at, r.at + len(r.text)}}
		}
		for a := range pieces {
			for b := a; b < len(pieces); b++ {
				w := text[pieces[a].at:pieces[b].end]
				d := phone.Digits(w)
				for _, n := range nums {
					if _, nsn, ok := phone.Split(n.Key); d == n.Key || d == n.Local || ok && d == nsn {
						return w, n
					}
				}
			}
		}
	}
	return "", Number{}
}

// writtenAs names n as w, where a text writes it, does: as its setting, after w where w writes
// it otherwise ("18007997233", hotline.call 1-800-799-7233).
func (n Number) writtenAs(w string) string {
	if w == n.Written {
		return n.String()
	}
	return fmt.Sprintf("%q, %s", w, n)
}

// carriesOwn is what the path, query or fragment of address says of whose it is: one of the
// line's numbers (nums), or one of names (not in its host: revealingLink reads that), as a
// message ending in shows, what prints or opens it; and whether it is a name. "" when
// nothing: a quick exit to a search for the line's number or site
// (bing.com/search?q=1-800-799-7233, google.com/search?q=tidepoolnotes) puts it on the screen
// and in the history, as a page whose path is the number (/18007997233) does.
func carriesOwn(address string, names []aName, nums []Number, shows string) (msg string, named bool) {
	u, err := url.Parse(address)
	if err != nil {
		return "", false
	}
	rest := unescaped(u)
	if w, n := numberIn(rest, nums); w != "" {
		return fmt.Sprintf("%s says %s: %s, and the phone's history keeps it", strconv.Quote(address), n.writtenAs(w), shows), false
	}
	if name := namedIn(split(rest), names); name.as != "" {
		return fmt.Sprintf("%s says %s: %s, and the phone's history keeps it", strconv.Quote(address), quoted(name.printedIn(rest), name.as), shows), true
	}
	return "", false
}
