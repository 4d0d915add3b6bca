package typeface

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
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
	type found struct {
		spec  string
		cover int
	}
	var fonts []found
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
					fonts = append(fonts, found{f.spec, n})
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
	var full, part []string
	for _, f := range fonts {
		if f.cover == len(need) {
			full = append(full, f.spec)
		} else {
			part = append(part, fmt.Sprintf("%s (%d of them)", f.spec, f.cover))
		}
	}
	chars := quoteRunes(need)
	switch {
	case len(full) > 0:
		return fmt.Sprintf("; these TrueType fonts installed here have every character the content needs from it (%s): %s", chars, strings.Join(full[:min(len(full), maxSuggested)], ", "))
	case len(part) > 0:
		return fmt.Sprintf("; no TrueType font installed here has every character the content needs from it (%s); these have the most: %s", chars, strings.Join(part[:min(len(part), maxSuggested)], ", "))
	}
	return fmt.Sprintf("; no TrueType font installed here has the characters the content needs from it (%s): install one (e.g. Debian's fonts-noto-core or fonts-droid-fallback) and name its .ttf", chars)
}

// plain reports whether a font file looks like a family's upright text face, which a body
// text wants, rather than a bold, italic, light or specialist one.
func plain(spec string) bool {
	name := strings.ToLower(filepath.Base(spec))
	for _, style := range []string{"bold", "italic", "oblique", "light", "thin", "black", "condensed", "math", "mono", "semi", "medium", "heavy"} {
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
