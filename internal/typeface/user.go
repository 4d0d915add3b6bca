package typeface

import (
	"cmp"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"

	"haven/internal/ahead"
	"haven/internal/diag"
	"haven/internal/input"
)

// Source is a family a user brings: a regular .ttf, an optional bold one, and optionally an
// italic and a bold italic one.
type Source struct {
	From  string         // how messages name where the files were given, e.g. "--font"
	At    [4]string      // where each face's file was given, by face, for a message about that file; From where empty
	Files []string       // the regular face, then the bold, italic and bold italic ones if any; "" for a bold not given
	FS    fs.FS          // where the files are; nil for paths as given on the command line
	Texts []diag.Located // what the content prints, so that a font that cannot be used is met with installed ones that can
}

// preloaded holds the built-in families Preload began to parse, for the next Assemble.
var preloaded struct {
	sync.Mutex
	next chan builtins
}

type builtins struct {
	fams []*Family
	err  error
}

// Preload parses the built-in families on a core of their own, for the next Assemble to take:
// a run starts it before it reads the content, which needs one core.
func Preload() {
	c := make(chan builtins, 1)
	preloaded.Lock()
	preloaded.next = c
	preloaded.Unlock()
	ahead.Run(func() {
		fams, err := Defaults()
		if err == nil {
			fams[0].Parse() // the first family prints most texts alone; the others wait for a character it lacks
		}
		c <- builtins{fams, err}
	})
}

// defaults are the families Preload began, or else the built-in ones parsed now.
func defaults() ([]*Family, error) {
	preloaded.Lock()
	c := preloaded.next
	preloaded.next = nil
	preloaded.Unlock()
	if c == nil {
		return Defaults()
	}
	b := <-c
	return b.fams, b.err
}

// Assemble is the families the user brings followed by the built-in ones: a brand font comes
// first for every language it covers, and the built-in faces print the others. A file that
// cannot be read is a *FileError.
func Assemble(srcs ...Source) ([]*Family, error) {
	builtin, err := defaults()
	if err != nil {
		return nil, err
	}
	var given []Source
	var fams []*Family
	for _, src := range srcs {
		if len(src.Files) == 0 {
			continue
		}
		fam, err := src.load()
		if err != nil {
			return nil, err
		}
		given, fams = append(given, src), append(fams, fam)
	}
	if err := checkFamilies(given, fams); err != nil {
		return nil, err
	}
	for i, src := range given {
		if err := src.checkStyles(fams[i], src.Files); err != nil {
			return nil, err
		}
	}
	return append(fams, builtin...), nil
}

// load reads the family; the regular face stands in for bold when there is none, and a
// family without italic files prints its italic upright. A face of a .ttc collection is named
// after a '#': Fonts.ttc#1 or Fonts.ttc#Face Name.
func (s Source) load() (*Family, error) {
	if n := len(s.Files); n > 4 || n == 3 {
		return nil, fmt.Errorf("%s: one or two font files (regular, bold), or four (regular, bold, italic, bold italic), got %d", s.From, n)
	}
	files := append(slices.Clone(s.Files), "", "", "")[:4]
	if files[1] == "" {
		files[1] = files[0]
	}
	data := make([][]byte, 4)
	for i, f := range files {
		if f == "" || i == 1 && f == files[0] {
			data[i] = data[0] // a bold not given: the regular face
			continue
		}
		var err error
		if data[i], err = s.of(Face(i)).face(f); err != nil {
			return nil, s.advise(err)
		}
	}
	fam, err := New(filepath.Base(files[0]), files[0], files[1], data[0], data[1])
	if err == nil && files[2] != "" {
		fam, err = fam.WithItalic(files[2], files[3], data[2], data[3])
	}
	if err != nil {
		from := s.From
		if fe := (*FaceError)(nil); errors.As(err, &fe) {
			from = s.of(fe.Face).From
		}
		return nil, s.advise(fmt.Errorf("%s: %w", from, err))
	}
	if len(s.Files) < 2 || s.Files[1] == "" {
		fam.noBold.from, fam.noBold.file = s.From, files[0]
	}
	if variable(data[Bold]) { // given for bold too, or in its place
		fam.variable = variableAdvice(s.of(Bold).From, files[Bold])
	}
	if face, lacks := fam.mismatch(distinct(s.Texts)); len(lacks) > 0 {
		return nil, fmt.Errorf("%s: %s, given as the %s face, lacks %s, which the regular face %s has and the content prints: "+
			"it does not match the regular face (give the %s face of the same family, or leave it out; a font for other "+
			"languages takes its own --font, e.g. --font REGULAR.ttf,BOLD.ttf --font OTHER.ttf)",
			s.of(face).From, filepath.Base(files[face]), faceNames[face], quoteRunes(lacks), filepath.Base(files[0]), faceNames[face])
	}
	if face, blank := fam.blank(distinct(s.Texts)); len(blank) > 0 {
		return nil, fmt.Errorf("%s: %s is damaged: the shapes of %s cannot be read, so they would print blank; %s",
			s.of(face).From, files[face], quoteRunes(blank), getAgain)
	}
	if face, a, b := fam.alikeDigits(); a != 0 {
		return nil, fmt.Errorf("%s: %s draws %s and %s alike: every number it prints could be read, and dialled, wrong; %s",
			s.of(face).From, files[face], quoteRunes([]rune{a}), quoteRunes([]rune{b}), getAgain)
	}
	return fam, nil
}

// alikeDigits finds the first face of the family that draws two of the digits 0 to 9, or a digit
// and a letter read as one (O, o, I, l), with one shape (one glyph for both, or the same
// outline), and those characters: a number printed in it
// reads back right, as its characters are, but prints another number. A damaged or altered
// file does; no font meant for text does.
func (f *Family) alikeDigits() (Face, rune, rune) {
	var buf sfnt.Buffer
	for face := range Face(4) {
		font := f.face(face)
		if face != Regular && font == f.face(Regular) || face&Italic != 0 && font == f.face(face&^Italic) {
			continue
		}
		ppem := fixed.I(int(font.UnitsPerEm()))
		shapes := map[string]rune{}
		// the letters a digit is read as first, then the digits: "2OO" for 200 reads back
		// right and prints letters, which the reader dials as 6
		for _, d := range "OoIl0123456789" {
			g, err := font.GlyphIndex(&buf, d)
			if err != nil || g == 0 {
				continue // a font without digits: Choose sets them in another
			}
			segs, err := font.LoadGlyph(&buf, g, ppem, nil)
			if err != nil {
				continue // blank reports it
			}
			key := fmt.Sprint(segs)
			if other, ok := shapes[key]; ok && d >= '0' && d <= '9' {
				return face, other, d
			}
			shapes[key] = d
		}
	}
	return Regular, 0, 0
}

// blank is the first face of the family that would print some of runes as nothing, with those
// runes, letters first: letters, digits, punctuation and symbols its character map claims but
// a damaged file cannot draw. Choose sets them in the faces after it, so that without this a
// font the user asked for would print nothing, without a word.
func (f *Family) blank(runes []rune) (Face, []rune) {
	var buf sfnt.Buffer
	var at Face
	var letters, others []rune
	for _, r := range runes {
		if !unicode.In(r, unicode.L, unicode.N, unicode.P, unicode.S) || !f.Has(&buf, r) {
			continue
		}
		face, blank := f.blankIn(&buf, r)
		switch {
		case !blank || len(letters)+len(others) > 0 && face != at:
		case unicode.IsLetter(r):
			at, letters = face, append(letters, r)
		default:
			at, others = face, append(others, r)
		}
	}
	return at, append(letters, others...)
}

var faceNames = [4]string{"regular", "bold", "italic", "bold italic"}

// mismatch is the first face of the family, given in a file of its own, that lacks some of
// runes the regular face has, with those runes: a face of another family given as the bold,
// which would print the text it lacks blank.
func (f *Family) mismatch(runes []rune) (Face, []rune) {
	var buf sfnt.Buffer
	for face := Bold; face <= BoldItalic; face++ {
		if f.face(face) == f.face(Regular) || face&Italic != 0 && f.face(face) == f.face(face&^Italic) {
			continue
		}
		var letters, others []rune // letters first: they show which script the face is for
		for _, r := range runes {
			if !f.Has(&buf, r) || r == ' ' || r == '\u00A0' {
				continue
			}
			if g, err := f.face(face).GlyphIndex(&buf, r); err == nil && g != 0 {
				continue
			}
			if unicode.IsLetter(r) {
				letters = append(letters, r)
			} else {
				others = append(others, r)
			}
		}
		if lacks := append(letters, others...); len(lacks) > 0 {
			return face, lacks
		}
	}
	return Regular, nil
}

// of is the source as messages about face's file name it: where that file was given.
func (s Source) of(face Face) Source {
	s.From = cmp.Or(s.At[face], s.From)
	return s
}

// advise ends the error of a CFF font with what to give instead.
func (s Source) advise(err error) error {
	if errors.Is(err, errCFF) {
		return fmt.Errorf("%w%s", err, installedAdvice(s.Texts, s.FS == nil))
	}
	return err
}

// face reads a font file, or the face of a collection that spec names after a '#'.
func (s Source) face(spec string) ([]byte, error) {
	name, pick, named := strings.Cut(spec, "#")
	if !named || !strings.HasSuffix(strings.ToLower(name), ".ttc") {
		if _, err := s.read(spec); named && err != nil { // "Font.ttf#0": no file by that whole name
			if data, err := s.read(name); err == nil && (len(data) < 4 || string(data[:4]) != "ttcf") {
				return nil, fmt.Errorf("%s: %s is one font, not a collection (.ttc): give it without %q", s.From, name, "#"+pick)
			}
		}
		name, pick = spec, ""
	}
	data, err := s.read(name)
	if err != nil || len(data) < 4 || string(data[:4]) != "ttcf" {
		return data, err
	}
	if data, err = fromCollection(filepath.Base(name), data, pick); err != nil {
		return nil, fmt.Errorf("%s: %w", s.From, err)
	}
	return data, nil
}

func (s Source) read(name string) ([]byte, error) {
	var data []byte
	var err error
	if s.FS == nil {
		data, err = input.ReadPath(name, input.FontLimit)
	} else {
		data, err = input.ReadFile(s.FS, name, input.FontLimit)
	}
	if err != nil {
		return nil, &FileError{From: s.From, Name: name, Err: err, Hint: s.readHint(name, err)}
	}
	return data, nil
}

// near is the file beside name, a file that is missing, named as it but for capitals, spaces,
// hyphens and underscores (Brand.TTF, Brand_Regular.ttf for brand-regular.ttf), else the one
// named so but for its extension (Brand.otf for Brand.ttf); as name would name it, or "".
func (s Source) near(name string) string {
	dir, base := filepath.Split(name)
	var entries []fs.DirEntry
	if s.FS == nil {
		entries, _ = os.ReadDir(cmp.Or(dir, "."))
	} else {
		entries, _ = fs.ReadDir(s.FS, path.Clean(cmp.Or(dir, ".")))
	}
	key := func(n string) string {
		return strings.Map(func(r rune) rune {
			if strings.ContainsRune(" -_", r) {
				return -1
			}
			return unicode.ToLower(r)
		}, n)
	}
	stem := func(n string) string { return key(strings.TrimSuffix(n, filepath.Ext(n))) }
	found := ""
	for _, e := range entries {
		switch {
		case e.IsDir():
		case key(e.Name()) == key(base):
			return dir + e.Name()
		case found == "" && stem(e.Name()) == stem(base):
			found = dir + e.Name()
		}
	}
	return found
}

// readHint is what to do about the font file name, which could not be read (err), or "".
func (s Source) readHint(name string, err error) string {
	var tl *input.TooLargeError
	var nf *input.NotFileError
	var bl *input.BrokenLinkError
	var ol *input.OutsideLinkError
	switch {
	case errors.As(err, &tl):
		return "one face of a font is a few MB, the largest about 16 MB: a file this large is likely a collection of many fonts, or no font; give the .ttf file of the one face you need"
	case errors.As(err, &bl):
		return "point the link at the font file, or put the file itself here"
	case errors.As(err, &ol):
		return "copy the font file itself into the content folder"
	case errors.As(err, &nf):
		return "give the font's .ttf file itself"
	case errors.Is(err, fs.ErrPermission):
		return "check its permissions: the user running haven must be allowed to read it"
	case !errors.Is(err, fs.ErrNotExist):
		return ""
	}
	switch near := s.near(name); {
	case strings.EqualFold(near, name):
		return fmt.Sprintf("the folder has %s: write %s, its capitals as the file has them", near, near)
	case near != "":
		return fmt.Sprintf("the folder has %s: if that is the font, write %s, its name as the file has it", near, near)
	case s.FS == nil:
		return "check its name and folder: a path that does not start with / starts from the folder haven is run in"
	}
	return "put the font file in the content folder, next to settings.yaml"
}

// FileError is a font file that could not be read.
type FileError struct {
	From, Name string
	Err        error
	Hint       string // what to do, or ""
}

func (e *FileError) Error() string {
	msg := fmt.Sprintf("%s: %s %s", e.From, e.Name, input.Describe(e.Err))
	if e.Hint != "" {
		msg += " (" + e.Hint + ")"
	}
	return msg
}
func (e *FileError) Unwrap() error { return e.Err }
