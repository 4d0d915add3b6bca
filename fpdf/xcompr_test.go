package fpdf

import (
	"bytes"
	"compress/zlib"
	"math/rand"
	"testing"
)

// TestCompressReused checks that a pooled writer writes exactly what a new writer writes, for
// streams of every size one after another, and that compressing does not allocate a new compressor each time.
func TestCompressReused(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for _, n := range []int{0, 1, 100, 70000, 3, 1 << 20, 5000} {
		data := make([]byte, n)
		for i := range data {
			data[i] = byte(rng.Intn(8)) // compressible, like page content
		}
		var want bytes.Buffer
		zw, err := zlib.NewWriterLevel(&want, zlib.BestSpeed)
		if err != nil {
			t.Fatal(err)
		}
		zw.Write(data)
		zw.Close()
		mem := xmem.compress(data)
		if !bytes.Equal(mem.bytes(), want.Bytes()) {
			t.Errorf("%d bytes: pooled writer wrote %d bytes, a new one %d", n, len(mem.bytes()), want.Len())
		}
		mem.release()
	}
	data := bytes.Repeat([]byte("BT /F1 12 Tf ET\n"), 1000)
	xmem.compress(data).release()
	// a new writer allocates about 20 times; the race detector drops some pooled ones
	if a := testing.AllocsPerRun(20, func() { xmem.compress(data).release() }); a > 10 {
		t.Errorf("compressing allocates %v times, want a reused writer", a)
	}
}

func BenchmarkCompress(b *testing.B) {
	data := bytes.Repeat([]byte("BT /F1 12 Tf ET\n"), 1000)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		xmem.compress(data).release()
	}
}
