// Package fonts embeds the typefaces haven prints with, so the binary works anywhere.
//
// Atkinson Hyperlegible Next (Braille Institute) is the house face; Noto Sans is the wide
// fallback for Vietnamese, Greek and Cyrillic. Both are SIL OFL; the licences sit beside them.
package fonts

import "embed"

// FS holds the .ttf files and their licences.
//
//go:embed *.ttf *.txt
var FS embed.FS
