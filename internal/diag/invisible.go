package diag

import (
	"fmt"
	"strings"
)

// invisible names the characters that print nothing of their own yet change a text (format
// characters: zero-width spaces and joiners, direction marks, soft hyphens, variation
// selectors), as a message says them to a writer who cannot see them. Every package that
// tells of one names it from here.
var invisible = map[rune]string{
	0x00AD: "soft hyphen", 0x200C: "zero-width non-joiner",
	0x200B: "zero-width space", 0x2060: "word joiner", 0xFEFF: "zero-width no-break space",
	0x200E: "left-to-right mark", 0x200F: "right-to-left mark", 0x061C: "Arabic letter mark",
	0x202A: "left-to-right embedding", 0x202B: "right-to-left embedding", 0x202C: "pop directional formatting",
	0x202D: "left-to-right override", 0x202E: "right-to-left override",
	0x2066: "left-to-right isolate", 0x2067: "right-to-left isolate", 0x2068: "first strong isolate", 0x2069: "pop directional isolate",
	0x2061: "function application", 0x2062: "invisible times", 0x2063: "invisible separator", 0x2064: "invisible plus",
	0x206A: "inhibit symmetric swapping", 0x206B: "activate symmetric swapping", 0x206C: "inhibit Arabic form shaping",
	0x206D: "activate Arabic form shaping", 0x206E: "national digit shapes", 0x206F: "nominal digit shapes",
	0xFFF9: "interlinear annotation anchor", 0xFFFA: "interlinear annotation separator", 0xFFFB: "interlinear annotation terminator",
	0x034F: "combining grapheme joiner", 0x200D: "zero-width joiner",
}

func init() {
	for r := rune(0xFE00); r <= 0xFE0D; r++ {
		invisible[r] = fmt.Sprintf("variation selector-%d", r-0xFE00+1)
	}
}

// Invisible is what a message calls r, a character that prints nothing of its own, with the
// word that says so ("invisible soft hyphen", "invisible separator"); "" for any other
// character.
func Invisible(r rune) string {
	name := invisible[r]
	if name == "" || strings.HasPrefix(name, "invisible ") {
		return name
	}
	return "invisible " + name
}
