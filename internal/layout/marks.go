package layout

import (
	"strings"

	"haven/internal/content"
)

// bullet marks the items of the lists layout makes of its own (a card's back, the print
// guide's rules) as the content's lists are marked.
const bullet = content.ListBullet

// OwnText is what layout prints of its own around the content in lang's outputs: the marks
// of lists (the content's and its own), the dots between the parts of a footer and of a card
// sheet's print line, and that line's words. A font that lacks one of its characters must
// take it from the next family that has it, as it does the content's (build gives them to
// typeface.Choose with the content's texts): else it prints blank.
func OwnText(lang string) string {
	parts := []string{bullet, content.ListDash, dot, printLineSep}
	for paper := range printLines["en"] {
		parts = append(parts, PrintLine(lang, paper)...)
	}
	return strings.Join(parts, " ")
}
