package typeface

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/image/font/sfnt"

	"haven/internal/diag"
	"haven/internal/input"
)

// errCFF is a font with CFF (PostScript) outlines: fpdf embeds TrueType outlines only, and no
// maintained Go library converts one to the other.
var errCFF = errors.New("has CFF (PostScript) outlines, which cannot be embedded")

// fontDirs are where fontconfig looks for fonts on Linux, the system's and the user's.
var fontDirs = func() []string {
	dirs := []string{"/usr/share/fonts", "/usr/local/share/fonts"}
	if home, err := os.UserHomeDir(); err == nil {
		dirs = append(dirs, filepath.Join(home, ".fonts"), filepath.Join(home, ".local", "share", "fonts"))
	}
	if d := os.Getenv("XDG_DATA_HOME"); d != "" {
		dirs = append(dirs, filepath.Join(d, "fonts"))
	}
	return dirs
}

// maxSuggested bounds the installed fonts an error names.
const maxSuggested = 5

// needed is the characters of texts a user font is for: those the built-in faces lack, or,
// where they lack none, every character that is drawn.
func needed(texts []diag.Located) []rune {
	builtin, _ := Defaults()
	var buf sfnt.Buffer
	seen := map[rune]bool{}
	var all, lacking []rune
	for _, t := range texts {
		for _, r := range t.Text {
			if seen[r] || unicode.IsSpace(r) || !unicode.IsGraphic(r) {
				continue
			}
			seen[r] = true
			all = append(all, r)
			has := false
			for _, f := range builtin {
				has = has || f.Has(&buf, r)
			}
			if !has {
				lacking = append(lacking, r)
			}
		}
	}
	if len(lacking) > 0 {
		return lacking
	}
	return all
}

// installedAdvice names the TrueType-outline fonts installed on the machine that cover the
// characters of texts a user font is for, best first, as the end of an error: the font the user
// chose cannot be used, and these can.
func installedAdvice(texts []diag.Located) string {
	need := needed(texts)
	if len(need) == 0 {
		return "; use a TrueType .ttf or .ttc"
	}
	fonts := installedCovering(need)
	var full []string
	for _, f := range fonts {
		if f.cover == len(need) {
			full = append(full, f.spec)
		}
	}
	chars := quoteRunes(need)
	if len(full) > 0 {
		return fmt.Sprintf("; these TrueType fonts installed here have every character the content needs from it (%s): %s", chars, strings.Join(full[:min(len(full), maxSuggested)], ", "))
	}
	// a font with some of them is no answer: the rest would still be missing
	return fmt.Sprintf("; no TrueType font installed here has every character the content needs from it (%s): install one (e.g. Debian's %s) and name its .ttf", chars, packageFor(need))
}

// installedFor says which installed fonts to give with --font for rs, the characters no
// font of a language has: those that have them all, or what to install.
func installedFor(rs []rune) string {
	var full []string
	for _, f := range installedCovering(rs) {
		if f.cover == len(rs) {
			full = append(full, "--font "+f.spec)
		}
	}
	// the upright text faces come first: when there are some, a bold or a coding face is not named
	if i := slices.IndexFunc(full, func(s string) bool { return !plain(s) }); i > 0 {
		full = full[:i]
	}
	switch len(full) {
	case 0:
		return fmt.Sprintf("no TrueType font installed here has them all: install one (e.g. Debian's %s) and give its .ttf with --font", packageFor(rs))
	case 1:
		return "try " + full[0] + ", which has them all"
	}
	return "try " + strings.Join(full[:min(len(full), maxTried)], " or ") + ": each has them all"
}

// maxTried bounds the installed fonts a missing character's hint names.
const maxTried = 3

// packageFor names the Debian packages of TrueType fonts for the script of rs's first letter.
func packageFor(rs []rune) string {
	for _, r := range rs {
		switch {
		case unicode.Is(unicode.Hangul, r):
			return "fonts-nanum"
		case unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Bopomofo):
			return "fonts-droid-fallback"
		}
	}
	return "fonts-noto-core"
}

// scriptNames names the scripts of rs, in the order their letters come, e.g. "Han and
// Hiragana characters"; "characters" alone for symbols of no script.
func scriptNames(rs []rune) string {
	names := make([]string, 0, len(unicode.Scripts))
	for name := range unicode.Scripts {
		if name != "Common" && name != "Inherited" {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	var found []string
	for _, r := range rs {
		for _, name := range names {
			if unicode.Is(unicode.Scripts[name], r) {
				if !slices.Contains(found, strings.ReplaceAll(name, "_", " ")) {
					found = append(found, strings.ReplaceAll(name, "_", " "))
				}
				break
			}
		}
	}
	switch len(found) {
	case 0:
		return "characters"
	case 1:
		return found[0] + " characters"
	}
	return strings.Join(found[:len(found)-1], ", ") + " and " + found[len(found)-1] + " characters"
}

// installed is a TrueType face installed on the machine and how many of the characters
// looked for it has.
type installed struct {
	spec  string
	cover int
}

// installedCovering is the installed TrueType faces that have some of need, those with the
// most first, then a family's upright text face before its other faces.
func installedCovering(need []rune) []installed {
	var fonts []installed
	var buf sfnt.Buffer
	for _, dir := range fontDirs() {
		filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return nil
			}
			for _, f := range trueTypeFaces(path) {
				n := 0
				for _, r := range need {
					if g, err := f.font.GlyphIndex(&buf, r); err == nil && g != 0 {
						n++
					}
				}
				if n > 0 {
					fonts = append(fonts, installed{f.spec, n})
				}
			}
			return nil
		})
	}
	sort.SliceStable(fonts, func(i, j int) bool {
		if fonts[i].cover != fonts[j].cover {
			return fonts[i].cover > fonts[j].cover
		}
		return plain(fonts[i].spec) && !plain(fonts[j].spec)
	})
	return fonts
}

// plain reports whether a font file looks like a family's upright text face, which a body
// text wants, rather than a bold, italic, light or specialist one.
func plain(spec string) bool {
	name := strings.ToLower(filepath.Base(spec))
	for _, style := range []string{"bold", "italic", "oblique", "light", "thin", "black", "condensed", "math", "mono", "semi", "medium", "heavy", "coding"} {
		if strings.Contains(name, style) {
			return false
		}
	}
	return true
}

type face struct {
	spec string // its path, and for a face of a collection #index
	font *sfnt.Font
}

// trueTypeFaces is the faces with TrueType outlines in a .ttf or .ttc file.
func trueTypeFaces(path string) []face {
	ext := strings.ToLower(filepath.Ext(path))
	if ext != ".ttf" && ext != ".ttc" {
		return nil
	}
	data, err := input.ReadPath(path, input.FontLimit)
	if err != nil || len(data) < 16 {
		return nil
	}
	if string(data[:4]) != "ttcf" {
		if f, err := sfnt.Parse(data); err == nil && checkTrueType(path, data) == nil {
			return []face{{path, f}}
		}
		return nil
	}
	c, err := sfnt.ParseCollection(data)
	if err != nil {
		return nil
	}
	var out []face
	for i := 0; i < c.NumFonts() && 16+4*i <= len(data); i++ {
		off := int(binary.BigEndian.Uint32(data[12+4*i:]))
		if off+4 > len(data) || string(data[off:off+4]) == "OTTO" {
			continue
		}
		if f, err := c.Font(i); err == nil {
			out = append(out, face{fmt.Sprintf("%s#%d", path, i), f})
		}
	}
	return out
}
