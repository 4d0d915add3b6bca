// Package fonts embeds the typefaces haven prints with, so the binary works anywhere.
//
// Atkinson Hyperlegible Next (Braille Institute) is the house face; Noto Sans is the wide
// fallback for Vietnamese, Greek and Cyrillic. Each has its regular, bold, italic and bold
// italic; both are SIL OFL, and the licences sit beside them. The faces are byte slices, not a
// file system, so nothing is copied until a face is used.
package fonts

import _ "embed"

// The faces.
var (
	//go:embed AtkinsonHyperlegibleNext-Regular.ttf
	AtkinsonRegular []byte
	//go:embed AtkinsonHyperlegibleNext-Bold.ttf
	AtkinsonBold []byte
	//go:embed AtkinsonHyperlegibleNext-Italic.ttf
	AtkinsonItalic []byte
	//go:embed AtkinsonHyperlegibleNext-BoldItalic.ttf
	AtkinsonBoldItalic []byte
	//go:embed NotoSans-Regular.ttf
	NotoRegular []byte
	//go:embed NotoSans-Bold.ttf
	NotoBold []byte
	//go:embed NotoSans-Italic.ttf
	NotoItalic []byte
	//go:embed NotoSans-BoldItalic.ttf
	NotoBoldItalic []byte
)
