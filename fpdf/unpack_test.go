package fpdf

import (
	"bytes"
	"encoding/binary"
	"slices"
	"testing"
)

// upstreamUnpack is upstream v0.12.0's unpackUint16Array and unpackUint32Array: a bytes.Reader
// read size bytes at a time into one buffer, each read appended.
func upstreamUnpack(data []byte, size int) []int {
	answer := make([]int, 1)
	r := bytes.NewReader(data)
	bs := make([]byte, size)
	c, e := r.Read(bs)
	for e == nil && c > 0 {
		if size == 2 {
			answer = append(answer, int(binary.BigEndian.Uint16(bs)))
		} else {
			answer = append(answer, int(binary.BigEndian.Uint32(bs)))
		}
		c, e = r.Read(bs)
	}
	return answer
}

// Patch 24 reads a font's arrays of numbers into one slice: the numbers upstream read, for
// every length (a short last piece too).
func TestUnpackAsUpstream(t *testing.T) {
	data := make([]byte, 23)
	for i := range data {
		data[i] = byte(0x9D*i + 0x31)
	}
	for n := range len(data) + 1 {
		if got, want := unpackUint16Array(data[:n]), upstreamUnpack(data[:n], 2); !slices.Equal(got, want) {
			t.Errorf("16-bit, %d bytes: %v, upstream %v", n, got, want)
		}
		if got, want := unpackUint32Array(data[:n]), upstreamUnpack(data[:n], 4); !slices.Equal(got, want) {
			t.Errorf("32-bit, %d bytes: %v, upstream %v", n, got, want)
		}
	}
}

func BenchmarkUnpackUint16Array(b *testing.B) {
	data := make([]byte, 12000) // the hmtx table of a font of 3,000 glyphs
	for b.Loop() {
		unpackUint16Array(data)
	}
}
