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

// Warmed compressors (patch 13) wait in the pool for the documents, and write what new ones
// write.
func TestWarmCompressors(t *testing.T) {
	data := bytes.Repeat([]byte("BT /F1 12 Tf 72 720 Td (Call 1-888-373-7888) Tj ET\n"), 400)
	want := xmem.compress(data).copy()
	made, newWriter := 0, zwriters.New
	zwriters.New = func() any { made++; return newWriter() }
	defer func() { zwriters.New = newWriter }()
	for range 20 { // the race detector drops some pooled writers: not every time
		WarmCompressors(2)
		before := made
		a, b := zwriters.Get(), zwriters.Get()
		zwriters.Put(a)
		zwriters.Put(b)
		if made == before {
			break
		}
	}
	if made > 40 {
		t.Errorf("%d writers made for twenty warm-ups of two: the pool does not keep them", made)
	}
	if got := xmem.compress(data).copy(); !bytes.Equal(got, want) {
		t.Error("a warmed compressor writes other bytes than a new one")
	}
}
