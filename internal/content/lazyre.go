package content

import (
	"regexp"
	"sync"
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
