package content

import (
	"fmt"
	"regexp"
	"strings"
	"sync"
	"unicode"
)

// lazyRE compiles pattern on first use: most runs (a handout of the built-in content,
// haven version) need few of the package's patterns, and each compile at start-up costs
// every process.
func lazyRE(pattern string) func() *regexp.Regexp {
	return lazyREOf(func() string { return pattern })
}

// lazyREOf is lazyRE of a pattern itself made at first use (of tables made then too).
func lazyREOf(pattern func() string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(pattern()) })
}

// charClass writes the characters of t for a regular expression's character class: Go's
// regexp knows Unicode's categories and scripts, not its other properties.
func charClass(t *unicode.RangeTable) string {
	var b strings.Builder
	add := func(lo, hi, stride uint32) {
		for r := lo; r <= hi; r += stride {
			fmt.Fprintf(&b, `\x{%x}`, r)
		}
	}
	for _, r := range t.R16 {
		add(uint32(r.Lo), uint32(r.Hi), uint32(r.Stride))
	}
	for _, r := range t.R32 {
		add(r.Lo, r.Hi, r.Stride)
	}
	return b.String()
}
