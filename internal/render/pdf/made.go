package pdf

import (
	"bytes"
	"fmt"
	"os"
	"unicode/utf16"
)

// producer names haven as the creator and producer of every PDF it writes (the document
// information dictionary), as it has from the first version; Made reads it back.
const producer = "haven"

// unsigned is the producer of a file that names no maker (layout.Meta.Unsigned): the library
// that writes its bytes, as countless PDFs on the web name it, and no word of a shelter's name.
const unsigned = "FPDF"

// infoProducer is the producer entry as fpdf writes it, first in the dictionary: a text string
// in UTF-16BE after its byte order mark.
func infoProducer(name string) []byte {
	b := []byte("/Producer (\xfe\xff")
	for _, u := range utf16.Encode([]rune(name)) {
		b = append(b, byte(u>>8), byte(u))
	}
	return append(b, ')')
}

// infoProducers are the producer entries of haven's files: signed and unsigned.
var infoProducers = [][]byte{infoProducer(producer), infoProducer(unsigned)}

// Made is whether the file at path is a PDF haven wrote: its document information names haven
// as its producer, or, unsigned, FPDF (a user's own FPDF file of the very name of one of
// haven's outputs, in its output folder, is taken for one). It reads what finds that dictionary as fpdf writes a file (the trailer,
// one entry of the cross-reference table, the dictionary's first line), a few hundred bytes
// whatever the file's size; a file it cannot follow so is not haven's.
func Made(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return false
	}
	at := func(off int64, n int) []byte {
		b := make([]byte, n)
		if off < 0 || off >= fi.Size() {
			return nil
		}
		n, _ = f.ReadAt(b, off)
		return b[:n]
	}
	// "trailer <</Size N /Root R 0 R /Info I 0 R>> startxref X %%EOF"
	tail := at(max(0, fi.Size()-256), 256)
	var info, xref, size, off int64
	i, j := bytes.LastIndex(tail, []byte("/Info ")), bytes.LastIndex(tail, []byte("startxref"))
	if i < 0 || j < 0 {
		return false
	}
	if _, err := fmt.Sscanf(string(tail[i:]), "/Info %d 0 R", &info); err != nil {
		return false
	}
	if _, err := fmt.Sscanf(string(tail[j:]), "startxref\n%d", &xref); err != nil {
		return false
	}
	// "xref\n0 N\n", then one entry of 20 bytes an object, from object 0
	if _, err := fmt.Sscanf(string(at(xref, 32)), "xref\n0 %d\n", &size); err != nil || info <= 0 || info >= size {
		return false
	}
	entry := xref + int64(len(fmt.Sprintf("xref\n0 %d\n", size))) + 20*info
	if _, err := fmt.Sscanf(string(at(entry, 20)), "%d 00000 n", &off); err != nil {
		return false
	}
	obj := fmt.Appendf(nil, "%d 0 obj\n<<\n", info)
	for _, p := range infoProducers {
		if bytes.Equal(at(off, len(obj)+len(p)), append(obj, p...)) {
			return true
		}
	}
	return false
}
