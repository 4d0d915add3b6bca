// Package input reads the files a user hands haven: content files, the logo, fonts and the
// placements file. Each is read through one function that refuses what is not a regular file (a
// named pipe would hang the run, a device such as /dev/zero would never end) and reads at most
// its limit plus one byte, so no file is read whole before its size is checked.
package input

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"

	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Limits, by kind of file.
const (
	TextLimit       = 1 << 20  // settings.yaml, text.yaml, faq.md
	LogoLimit       = 5 << 20  // a PNG or JPEG mark
	FontLimit       = 32 << 20 // a TrueType face (Noto Sans CJK is 16 MB)
	PlacementsLimit = 16 << 20 // about 100,000 rows with a note each
)

// Unicode decodes a text file as Windows programs save one: UTF-8 (with a byte order mark or
// without), or UTF-16 after its byte order mark (Notepad's and Excel's "Unicode"), into UTF-8.
func Unicode() transform.Transformer { return unicode.BOMOverride(transform.Nop) }

// TooLargeError is a file over its limit.
type TooLargeError struct{ Size, Limit int64 }

func (e *TooLargeError) Error() string {
	size, limit := Over(e.Size, e.Limit)
	return fmt.Sprintf("is %s, over the limit of %s", size, limit)
}

// NotFileError is a path that names something other than a regular file.
type NotFileError struct{ What string }

func (e *NotFileError) Error() string { return "is " + e.What + ", not a file" }

// BrokenLinkError is a link whose target does not exist: the file is there, to the user's eye,
// so "does not exist" alone would puzzle them.
type BrokenLinkError struct{ Target string }

func (e *BrokenLinkError) Error() string {
	return "is a link to " + e.Target + ", which does not exist"
}

// OutsideLinkError is a link out of a folder read through an os.Root, which does not follow
// it. Missing is set when its target, an absolute path, does not exist either; a relative one
// cannot be placed without the folder's own path, so nothing is said of it.
type OutsideLinkError struct {
	Target  string
	Missing bool
}

func (e *OutsideLinkError) Error() string {
	if e.Missing {
		return "is a link to " + e.Target + ", which does not exist and is outside the content folder"
	}
	return "is a link to " + e.Target + ", outside the content folder"
}

// ReadFile reads name from fsys, at most limit bytes.
func ReadFile(fsys fs.FS, name string, limit int64) ([]byte, error) {
	readFile := func(name string) ([]byte, error) {
		return read(func() (fs.FileInfo, error) { return fs.Stat(fsys, name) }, func() (string, error) { return fs.ReadLink(fsys, name) },
			func() (fs.File, error) { return fsys.Open(name) }, limit)
	}
	data, err := readFile(name)
	if errors.Is(err, fs.ErrNotExist) {
		dir, base := path.Split(name)
		entries, _ := fs.ReadDir(fsys, path.Clean("./"+dir))
		if other := sameNormal(entries, base); other != "" {
			return readFile(dir + other)
		}
	}
	return data, err
}

// ReadPath reads the file at path, at most limit bytes, as ReadFile does.
func ReadPath(path string, limit int64) ([]byte, error) {
	readPath := func(path string) ([]byte, error) {
		return read(func() (fs.FileInfo, error) { return os.Stat(path) }, func() (string, error) { return os.Readlink(path) },
			func() (fs.File, error) { return os.Open(path) }, limit)
	}
	data, err := readPath(path)
	if errors.Is(err, fs.ErrNotExist) {
		dir, base := filepath.Split(path)
		if dir == "" {
			dir = "." + string(filepath.Separator)
		}
		entries, _ := os.ReadDir(dir)
		if other := sameNormal(entries, base); other != "" {
			return readPath(dir + other)
		}
	}
	return data, err
}

// sameNormal is the name of the file of entries that is base with its accents stored
// otherwise, or "": a Mac saves logó.png decomposed (o and a combining accent), which settings.yaml
// typed elsewhere writes composed; the two look the same, and are one name to the user.
func sameNormal(entries []fs.DirEntry, base string) string {
	for _, e := range entries {
		if e.Name() != base && norm.NFC.String(e.Name()) == norm.NFC.String(base) {
			return e.Name()
		}
	}
	return ""
}

// read looks before it opens: opening a named pipe would wait for a writer. What is missing
// but is a link is a link to nothing (readlink); what an os.Root will not follow is a link out
// of it, to its target.
func read(stat func() (fs.FileInfo, error), readlink func() (string, error), open func() (fs.File, error), limit int64) ([]byte, error) {
	fi, err := stat()
	if errors.Is(err, fs.ErrNotExist) || escapes(err) {
		if target, lerr := readlink(); lerr == nil {
			return nil, linkError(target, escapes(err))
		}
	}
	if err != nil {
		return nil, err
	}
	if err := regular(fi); err != nil {
		return nil, err
	}
	f, err := open()
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return readLimited(f, limit)
}

// linkError is the error of a link to target that cannot be followed: to nothing, or out of
// the os.Root it was read through (outside).
func linkError(target string, outside bool) error {
	if !outside {
		return &BrokenLinkError{target}
	}
	e := &OutsideLinkError{Target: target}
	if filepath.IsAbs(target) {
		_, err := os.Stat(target)
		e.Missing = errors.Is(err, fs.ErrNotExist)
	}
	return e
}

// readLimited checks again what was opened (it may have been swapped since the Stat) and
// reads at most limit+1 bytes of it.
func readLimited(f fs.File, limit int64) ([]byte, error) {
	fi, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if err := regular(fi); err != nil {
		return nil, err
	}
	if fi.Size() > limit {
		return nil, &TooLargeError{fi.Size(), limit}
	}
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, &TooLargeError{int64(len(data)), limit}
	}
	return data, nil
}

func regular(fi fs.FileInfo) error {
	m := fi.Mode()
	switch {
	case m.IsRegular():
		return nil
	case m.IsDir():
		return &NotFileError{"a folder"}
	case m&fs.ModeNamedPipe != 0:
		return &NotFileError{"a named pipe (FIFO)"}
	case m&fs.ModeSocket != 0:
		return &NotFileError{"a socket"}
	case m&(fs.ModeDevice|fs.ModeCharDevice) != 0:
		return &NotFileError{"a device"}
	}
	return &NotFileError{"a special file"}
}

// Describe says what went wrong reading a file, without its path (messages name the file
// first): "does not exist", "is a named pipe (FIFO), not a file", "is a link to a file outside
// the content folder".
func Describe(err error) string {
	var tl *TooLargeError
	var nf *NotFileError
	var bl *BrokenLinkError
	var ol *OutsideLinkError
	switch {
	case errors.As(err, &tl), errors.As(err, &nf), errors.As(err, &bl), errors.As(err, &ol):
		return err.Error()
	case errors.Is(err, fs.ErrNotExist):
		return "does not exist"
	case errors.Is(err, fs.ErrPermission):
		return "cannot be read: permission denied"
	case escapes(err): // through a folder that is the link
		return "is a link to a file outside the content folder"
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return "cannot be read: " + err.Error()
}

// escapes is whether err is os.Root's refusal to follow a link out of it.
func escapes(err error) bool {
	return err != nil && strings.Contains(err.Error(), "path escapes from parent")
}

// Unopenable reports whether err says a path names no file that can be opened (missing, not a
// file, not allowed), as opposed to a file whose contents are wrong.
func Unopenable(err error) bool {
	var nf *NotFileError
	var bl *BrokenLinkError
	return errors.As(err, &nf) || errors.As(err, &bl) || errors.Is(err, fs.ErrNotExist) || errors.Is(err, fs.ErrPermission)
}

// Size is a byte count as people say it: "900 bytes", "12 KB", "5 MB".
func Size(n int64) string {
	in := func(unit int64, name string) string { // a tenth under ten units (1.3 MB), cut, never rounded up
		if n < 10*unit && n%unit != 0 {
			return fmt.Sprintf("%d.%d %s", n/unit, n%unit*10/unit, name)
		}
		return fmt.Sprintf("%d %s", n/unit, name)
	}
	switch {
	case n >= 1<<20:
		return in(1<<20, "MB")
	case n >= 1<<10:
		return in(1<<10, "KB")
	}
	return fmt.Sprintf("%d bytes", n)
}

// Over is a size over its limit and the limit, as Size writes them, or in bytes where Size
// would write the two alike ("1.0 MB, over the limit of 1 MB").
func Over(n, limit int64) (size, of string) {
	if size, of = Size(n), Size(limit); size == of || size == strings.Replace(of, " ", ".0 ", 1) {
		return bytesOf(n), bytesOf(limit)
	}
	return size, of
}

// bytesOf writes n bytes with its thousands apart: 1,048,577 bytes.
func bytesOf(n int64) string {
	s := strconv.FormatInt(n, 10)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s + " bytes"
}
