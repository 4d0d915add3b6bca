package typeface

import (
	"encoding/binary"
	"fmt"
	"strings"
	"unicode"

	"golang.org/x/image/font/sfnt"

	"haven/internal/diag"
)

// Chinese and Japanese write many of the same characters in forms of their own (今, 直, 骨, 写):
// a font draws one form, and the fonts made for Chinese, or for every language at once (Droid
// Sans Fallback, the one TrueType font most machines have for both), draw China's. A
// Japanese reader sees such kanji as misprints.

// KanjiForms says, for an edition in Japanese (lang ja, ja-JP), when its kanji are set in a
// face not made for Japanese, which face and what to give; "" otherwise.
func (f *Family) KanjiForms(lang string, texts []diag.Located) string {
	if lang != "ja" && !strings.HasPrefix(lang, "ja-") {
		return ""
	}
	quote := func(s string) string {
		rs := []rune(strings.TrimSpace(s))
		return string(rs[:min(len(rs), 24)])
	}
	var buf sfnt.Buffer
	for _, t := range texts {
		for _, r := range t.Text {
			if !unicode.Is(unicode.Han, r) {
				continue
			}
			face := f.faceFor(&buf, r)
			if face == nil || japaneseFont(face.Name, face.Data(Regular)) {
				return ""
			}
			return fmt.Sprintf("its kanji are set in %s, a font not made for Japanese, which draws many of them in their Chinese forms (今, 直, 骨 as China writes them, as %q at %s:%d): give a Japanese TrueType font with --font, such as IPAexGothic (Debian's fonts-ipaexfont-gothic), BIZ UDGothic, Meiryo or Yu Gothic",
				face.Name, quote(t.Text), t.File, t.Line)
		}
	}
	return ""
}

// japaneseFont reports whether a font is made for Japanese: its name table names it in
// Japanese (Windows' language 0x0411, the Mac's 11), as the Japanese fonts of Windows, macOS
// and IPA do, or its family name says so (Noto Sans JP).
func japaneseFont(name string, data []byte) bool {
	for _, w := range strings.Fields(name) {
		if w == "JP" || strings.HasPrefix(w, "Japan") {
			return true
		}
	}
	if len(data) < 12 {
		return false
	}
	for i, n := 0, int(binary.BigEndian.Uint16(data[4:])); i < n && 12+16*i+16 <= len(data); i++ {
		rec := data[12+16*i:]
		if string(rec[:4]) != "name" {
			continue
		}
		at := int(binary.BigEndian.Uint32(rec[8:]))
		if at+6 > len(data) {
			return false
		}
		table := data[at:]
		for k, count := 0, int(binary.BigEndian.Uint16(table[2:])); k < count && 6+12*k+12 <= len(table); k++ {
			r := table[6+12*k:]
			platform, language := binary.BigEndian.Uint16(r), binary.BigEndian.Uint16(r[4:])
			if platform == 3 && language == 0x0411 || platform == 1 && language == 11 {
				return true
			}
		}
	}
	return false
}
