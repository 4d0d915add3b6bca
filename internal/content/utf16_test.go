package content

import (
	"encoding/binary"
	"fmt"
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

// utf16Bytes is s as Notepad saves it as "Unicode": in UTF-16, in order, with Windows line ends,
// and the byte order mark when bom is set.
func utf16Bytes(s string, order binary.ByteOrder, bom bool) []byte {
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

// A file that starts with UTF-16's byte order mark and is no whole UTF-16 text is called
// damaged, with what to do: UTF-8 after the mark (a program that saved it badly), which decoded
// as UTF-16 would be a page of other characters; a file cut off half-way through its last
// character, or one with half of a character's pair of units, which would print a box.
func TestDamagedUTF16ContentFiles(t *testing.T) {
	const (
		badStart = `starts with the mark of a UTF-16 file (Notepad's "Unicode"), but the rest is UTF-8: the start of the file is damaged (save it again as UTF-8: in Notepad, File > Save As, Encoding: UTF-8; if its first line then starts with odd characters (ÿþ, þÿ or ��), delete them)`
		cutOff   = `is cut off: it is saved as UTF-16 (Notepad's "Unicode"), and its last character is only half there (the file was damaged when it was saved or copied: open it, check that its end is all there, and save it again as UTF-8: in Notepad, File > Save As, Encoding: UTF-8)`
		halfPair = `is damaged here: it is saved as UTF-16 (Notepad's "Unicode"), and a character on this line is only half there (open it, type the character that was meant, and save it again as UTF-8: in Notepad, File > Save As, Encoding: UTF-8)`
	)
	cut := func(b []byte) []byte { return b[:len(b)-1] } // the last byte lost
	for _, name := range []string{"settings.yaml", "en/text.yaml", "en/faq.md"} {
		src, err := fs.ReadFile(defaultcontent.FS, name)
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Count(string(src), "\n")
		at := 0 // the start of line 6, where half a pair is put
		for range 5 {
			at += strings.IndexByte(string(src[at:]), '\n') + 1
		}
		halved := utf16Bytes(string(src[:at]), binary.LittleEndian, true)
		halved = binary.LittleEndian.AppendUint16(halved, 0xD83D) // the first half of an emoji's pair
		halved = append(halved, utf16Bytes(string(src[at:]), binary.LittleEndian, false)...)
		for _, tt := range []struct {
			name string
			data []byte
			want string
		}{
			{"UTF-8 after the mark", append([]byte{0xFF, 0xFE}, src...), fmt.Sprintf("content/%s:1: %s", name, badStart)},
			{"UTF-8 after the big-endian mark", append([]byte{0xFE, 0xFF}, src...), fmt.Sprintf("content/%s:1: %s", name, badStart)},
			{"cut off", cut(utf16Bytes(string(src), binary.LittleEndian, true)), fmt.Sprintf("content/%s:%d: %s", name, lines, cutOff)},
			{"cut off, big-endian", cut(utf16Bytes(string(src), binary.BigEndian, true)), fmt.Sprintf("content/%s:%d: %s", name, lines, cutOff)},
			{"half a pair", halved, fmt.Sprintf("content/%s:6: %s", name, halfPair)},
		} {
			t.Run(name+" "+tt.name, func(t *testing.T) {
				_, err := Load(withFile(t, name, tt.data), "content", Overrides{})
				if err == nil || err.Error() != tt.want {
					t.Errorf("got  %v\nwant %s", err, tt.want)
				}
			})
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
