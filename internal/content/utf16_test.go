package content

import (
	"encoding/binary"
	"io/fs"
	"reflect"
	"strings"
	"testing"
	"unicode/utf16"

	defaultcontent "haven/content"
)

// A content file Notepad saved as "Unicode" (UTF-16 with its byte order mark, either byte
// order, Windows line ends) loads as its UTF-8 copy does; UTF-16 without the mark is refused
// by name, not for its first NUL byte.
func TestUTF16ContentFiles(t *testing.T) {
	utf16Bytes := func(s string, order binary.ByteOrder, bom bool) []byte {
		u := utf16.Encode([]rune(strings.ReplaceAll(s, "\n", "\r\n")))
		if bom {
			u = append([]uint16{0xFEFF}, u...)
		}
		out := make([]byte, 2*len(u))
		for i, c := range u {
			order.PutUint16(out[2*i:], c)
		}
		return out
	}
	want, err := Load(defaultcontent.FS, "content", Overrides{})
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"settings.yaml", "en/text.yaml", "en/faq.md"} {
		src, err := fs.ReadFile(defaultcontent.FS, name)
		if err != nil {
			t.Fatal(err)
		}
		for _, order := range []binary.ByteOrder{binary.LittleEndian, binary.BigEndian} {
			got, err := Load(withFile(t, name, utf16Bytes(string(src), order, true)), "content", Overrides{})
			if err != nil {
				t.Errorf("%s in UTF-16 (%v): %v", name, order, err)
				continue
			}
			if !reflect.DeepEqual(got.Languages[0].Texts, want.Languages[0].Texts) {
				t.Errorf("%s in UTF-16 (%v) loads other texts", name, order)
			}
		}
		_, err = Load(withFile(t, name, utf16Bytes(string(src), binary.LittleEndian, false)), "content", Overrides{})
		if msg := "content/" + name + `:1: is saved as UTF-16 (Notepad's "Unicode"): haven reads UTF-8`; err == nil || !strings.Contains(err.Error(), msg) {
			t.Errorf("%s in UTF-16 without its mark: got %v, want %s", name, err, msg)
		}
	}
}

// A file saved as UTF-32, with its byte order mark (whose first bytes are UTF-16's) or without,
// in either order, is called UTF-32, not UTF-16.
func TestUTF32ContentFiles(t *testing.T) {
	utf32Bytes := func(s string, order binary.ByteOrder, bom bool) []byte {
		rs := []rune(s)
		if bom {
			rs = append([]rune{0xFEFF}, rs...)
		}
		out := make([]byte, 4*len(rs))
		for i, c := range rs {
			order.PutUint32(out[4*i:], uint32(c))
		}
		return out
	}
	for _, name := range []string{"settings.yaml", "en/text.yaml", "en/faq.md"} {
		src, err := fs.ReadFile(defaultcontent.FS, name)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range []struct {
			order binary.ByteOrder
			bom   bool
		}{{binary.LittleEndian, true}, {binary.BigEndian, true}, {binary.LittleEndian, false}, {binary.BigEndian, false}} {
			_, err = Load(withFile(t, name, utf32Bytes(string(src), c.order, c.bom)), "content", Overrides{})
			if msg := "content/" + name + `:1: is saved as UTF-32: haven reads UTF-8`; err == nil || !strings.Contains(err.Error(), msg) {
				t.Errorf("%s in UTF-32 (%v, mark %v): got %v, want %s", name, c.order, c.bom, err, msg)
			}
		}
	}
}
