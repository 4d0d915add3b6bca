package typeface

import (
	"cmp"
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
var errCFF = errors.New("holds PostScript (CFF) outlines, which haven cannot embed in a PDF: it embeds TrueType outlines only")

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

// needed is the characters of texts that the built-in faces lack, which a user font is for;
// none when it is for its look alone.
func needed(texts []diag.Located) []rune {
	builtin, _ := Defaults()
	var buf sfnt.Buffer
	seen := map[rune]bool{}
	var lacking []rune
	for _, t := range texts {
		for _, r := range t.Text {
			if seen[r] || unicode.IsSpace(r) || !unicode.IsGraphic(r) || unicode.Is(unicode.So, r) {
				continue // a symbol (☎ ★) is said on its own: a font to replace this one need not have it
			}
			seen[r] = true
			if !slices.ContainsFunc(builtin, func(f *Family) bool { return f.Has(&buf, r) }) {
				lacking = append(lacking, r)
			}
		}
	}
	return lacking
}

// installedAdvice is the end of the error of a CFF font given for texts, on the command line
// (cli) or in settings.yaml: what to give instead. A font for its look alone is to be had in
// TrueType from its maker, or left out; one for characters the built-in fonts lack may be
// replaced by an installed font that has them (suitable), said to be installed here, in the
// way the font was given: a --font, or a file to copy beside settings.yaml; else what to install.
func installedAdvice(texts []diag.Located, cli bool) string {
	const version = "; give the font's TrueType (.ttf) version, from its maker"
	need := needed(texts)
	if len(need) == 0 {
		return version + ", or leave it out: haven's own fonts print all of this content"
	}
	chars := "the content's " + scriptNames(need)
	full := suitable(append(need, presentationForms(distinct(texts), texts)...)) // with the forms haven joins the letters with
	switch {
	case len(full) == 0:
		// a font with some of them is no answer: the rest would still be missing
		return fmt.Sprintf("%s, or install a TrueType font that has %s (e.g. Debian's %s) and give its .ttf", version, chars, packageFor(need))
	case cli:
		var flags []string
		for _, f := range full[:min(len(full), maxSuggested)] {
			flags = append(flags, f.flag())
		}
		return fmt.Sprintf("%s, or one of these TrueType fonts installed on this computer, which have %s: %s", version, chars, strings.Join(flags, " or "))
	}
	f := full[0] // settings.yaml names files beside it
	copied, names := f.regular, "regular: "+filepath.Base(f.regular)+", bold: "+filepath.Base(f.bold)
	if f.bold != f.regular {
		copied += " and " + f.bold
	}
	return fmt.Sprintf("%s, or a TrueType font installed on this computer that has %s: copy %s beside settings.yaml and write font: %s", version, chars, copied, names)
}

// installedFor says which installed fonts to give with --font for rs, the characters no
// font of a language has: those haven accepts that have them all, with their bold file; else,
// for characters of several scripts, one font for each; else what to install.
func installedFor(rs []rune) string {
	if full := suitable(rs); len(full) > 0 {
		if len(full) == 1 {
			return "try " + full[0].flag() + ", which has them all" + inSettings(full[:1])
		}
		var flags []string
		for _, f := range full[:min(len(full), maxTried)] {
			flags = append(flags, f.flag())
		}
		return "try " + strings.Join(flags, " or ") + ": each has them all" + inSettings(full[:1])
	}
	var each []string
	var fonts []suggestion
	missing := rs
	if scripts := byScript(rs); len(scripts) > 1 {
		for _, script := range scripts {
			full := suitable(script)
			if len(full) == 0 {
				each, missing = nil, script
				break
			}
			each, fonts = append(each, full[0].flag()), append(fonts, full[0])
		}
	}
	if len(each) > 0 {
		return "no TrueType font installed here has them all; give one for each script, the first that has a character " +
			"printing it: " + strings.Join(each, " ") + inSettings(fonts)
	}
	return fmt.Sprintf("no TrueType font installed here has them all: install one (e.g. Debian's %s) and give its .ttf with --font", packageFor(missing))
}

// inSettings is how to give fonts, as installedFor's --font gives them for one run, in
// settings.yaml for every run: their files copied beside it, in font:'s list.
func inSettings(fonts []suggestion) string {
	var files []string
	for _, f := range fonts {
		files = append(files, filepath.Base(f.regular))
		if f.bold != f.regular {
			files = append(files, filepath.Base(f.bold))
		}
	}
	copied := files[len(files)-1]
	if len(files) > 1 {
		copied = strings.Join(files[:len(files)-1], ", ") + " and " + copied
	}
	return fmt.Sprintf("; to name them once for every run instead, copy %s beside settings.yaml and list each font under font: there as '- regular: %s' "+
		"with 'bold: %s' on the next line, lined up with regular:", copied, filepath.Base(fonts[0].regular), filepath.Base(fonts[0].bold))
}

// suggestion is an installed font to give: its regular face, and its bold, which is the
// regular again for a family of one weight.
type suggestion struct{ regular, bold string }

// flag is the suggestion as a --font.
func (f suggestion) flag() string { return fontFlag(f.regular, f.bold) }

// suitable is the installed fonts haven would accept for rs: an upright text face that has
// every character of rs, and the presentation forms haven prints their Arabic letters with
// (Noto Kufi Arabic and Noto Nastaliq Urdu join only through OpenType tables), and is not a
// face for another use than body text (Noto Rashi Hebrew, a commentary script); each with its
// bold file when one is installed beside it, else itself again.
func suitable(rs []rune) []suggestion {
	need := slices.Clone(rs)
	for _, r := range rs {
		for _, f := range joinForms[r].forms {
			if f != 0 && !slices.Contains(need, f) {
				need = append(need, f)
			}
		}
	}
	var out []suggestion
	all := installedCovering(need)
	for _, f := range all {
		if f.cover < len(need) {
			break
		}
		if !f.upright() || specialist(f.spec) {
			continue
		}
		// its bold file after it, of its family by the name tables (NanumSquareR.ttf's is
		// NanumSquareB.ttf), else by the file's name; a font with no bold beside it twice, as
		// a family of one weight is given (else the run asks for its bold)
		bold, off := "", 0 // the bold nearest 700: Bold, not Black
		for _, b := range all {
			if d := abs(b.style.weight - 700); b.cover == len(need) && f.boldOf(b) && (bold == "" || d < off) {
				bold, off = b.spec, d
			}
		}
		out = append(out, suggestion{f.spec, cmp.Or(bold, boldBeside(f.spec, need), f.spec)})
	}
	// a font named for the script (Noto Sans Hebrew) before one that also has it (DejaVu Sans)
	if names := byScript(rs); len(names) > 0 {
		script := strings.ToLower(scriptOf(names[0][0]))
		slices.SortStableFunc(out, func(a, b suggestion) int {
			return cmp.Compare(named(b.regular, script), named(a.regular, script))
		})
	}
	return out
}

// named is 1 when the name of a font file names script, else 0.
func named(file, script string) int {
	if script != "" && strings.Contains(strings.ToLower(filepath.Base(file)), script) {
		return 1
	}
	return 0
}

// specialist reports whether a font file is of a family made for another use than a flyer's
// body text, by its name.
func specialist(spec string) bool {
	name := strings.ToLower(filepath.Base(spec))
	for _, use := range []string{"rashi", "nastaliq", "kufi", "display", "emoji", "symbol", "music"} {
		if strings.Contains(name, use) {
			return true
		}
	}
	return false
}

// boldBeside is the bold face installed beside the regular face spec ("X-Regular.ttf" and
// "X-Bold.ttf", "X.ttf" and "X-Bold.ttf") that has need too, or "".
func boldBeside(spec string, need []rune) string {
	dir, name := filepath.Split(spec)
	ext := filepath.Ext(name)
	stem := strings.TrimSuffix(name, ext)
	var candidates []string
	if base, ok := strings.CutSuffix(stem, "-Regular"); ok {
		candidates = append(candidates, base+"-Bold"+ext)
	} else {
		candidates = append(candidates, stem+"-Bold"+ext, stem+"Bold"+ext)
	}
	var buf sfnt.Buffer
	for _, c := range candidates {
		faces := trueTypeFaces(filepath.Join(dir, c))
		if len(faces) != 1 {
			continue
		}
		if !slices.ContainsFunc(need, func(r rune) bool { g, err := faces[0].font.GlyphIndex(&buf, r); return err != nil || g == 0 }) {
			return faces[0].spec
		}
	}
	return ""
}

// scriptOf is the name of r's script, "" for Common and Inherited.
func scriptOf(r rune) string {
	for n, table := range unicode.Scripts {
		if n != "Common" && n != "Inherited" && unicode.Is(table, r) {
			return n
		}
	}
	return ""
}

// byScript is rs cut by script, in the order the scripts first come; characters of no script
// (punctuation) go with the first.
func byScript(rs []rune) [][]rune {
	var names []string
	groups := map[string][]rune{}
	for _, r := range rs {
		name := scriptOf(r)
		if name == "" && len(names) > 0 {
			name = names[0]
		}
		if _, ok := groups[name]; !ok {
			names = append(names, name)
		}
		groups[name] = append(groups[name], r)
	}
	out := make([][]rune, len(names))
	for i, n := range names {
		out[i] = groups[n]
	}
	return out
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
	style style // as its tables give it (NanumSquare, bold, of NanumSquareB.ttf)
}

// upright reports whether a face is its family's upright text face: neither bold, light nor
// slanted by its own tables (NanumSquareB.ttf is bold, whatever its file's name), nor by its
// file's name (plain).
func (f installed) upright() bool {
	return plain(f.spec) && !f.style.slanted && f.style.weight >= 350 && f.style.weight < boldWeight
}

func abs(n int) int { return max(n, -n) }

// boldOf reports whether b is a bold face of f's family, installed beside it.
func (f installed) boldOf(b installed) bool {
	return f.style.family != "" && sameFamily(b.style.family, f.style.family) && b.style.weight >= boldWeight && !b.style.slanted && filepath.Dir(b.spec) == filepath.Dir(f.spec)
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
					fonts = append(fonts, installed{f.spec, n, f.style})
				}
			}
			return nil
		})
	}
	sort.SliceStable(fonts, func(i, j int) bool {
		if fonts[i].cover != fonts[j].cover {
			return fonts[i].cover > fonts[j].cover
		}
		return fonts[i].upright() && !fonts[j].upright()
	})
	return fonts
}

// plain reports whether a font file looks like a family's upright text face, which a body
// text wants, rather than a bold, italic, light or specialist one.
func plain(spec string) bool {
	name := strings.ToLower(filepath.Base(spec))
	for _, style := range []string{"bold", "italic", "oblique", "slanted", "light", "thin", "black", "condensed", "math", "mono", "semi", "medium", "heavy", "coding"} {
		if strings.Contains(name, style) {
			return false
		}
	}
	return true
}

type face struct {
	spec  string // its path, and for a face of a collection #index
	font  *sfnt.Font
	style style
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
			return []face{{path, f, styleOf(f, data)}}
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
			out = append(out, face{fmt.Sprintf("%s#%d", path, i), f, styleOf(f, nil)})
		}
	}
	return out
}
