// Copyright ©2021 The go-pdf Authors. All rights reserved.
// Use of this source code is governed by a MIT-style
// license that can be found in the LICENSE file.

package fpdf

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"io"
	"sync"
)

var xmem = xmempool{
	Pool: sync.Pool{
		New: func() any {
			var m membuffer
			return &m
		},
	},
}

type xmempool struct{ sync.Pool }

func (pool *xmempool) compress(data []byte) *membuffer {
	mem := pool.Get().(*membuffer)
	buf := &mem.buf
	buf.Grow(len(data))

	zw := zwriters.Get().(*zlib.Writer)
	zw.Reset(buf)
	_, err := zw.Write(data)
	if err != nil {
		panic(fmt.Errorf("could not zlib-compress slice: %w", err))
	}

	err = zw.Close()
	if err != nil {
		panic(fmt.Errorf("could not close zlib writer: %w", err))
	}
	zw.Reset(nil) // let go of buf while the writer waits in the pool
	zwriters.Put(zw)
	return mem
}

// zwriters holds zlib writers for reuse: a new one allocates about 1.2 MB of compressor state,
// more than most of the streams it compresses. A reset writer writes the same bytes as a new one.
var zwriters = sync.Pool{
	New: func() any {
		zw, err := zlib.NewWriterLevel(nil, zlib.BestSpeed)
		if err != nil {
			panic(fmt.Errorf("could not create zlib writer: %w", err))
		}
		return zw
	},
}

// WarmCompressors readies n compressors for the documents to come, each run once over a small
// block of varied bytes. A compressor's hash table is fresh memory that it reads before it
// writes: the kernel maps each page of it to its zero page on the read and copies it on the
// write, flushing the TLB of every core the process runs on. Warmed while a program runs on one
// thread, before its work starts on the others, the flushes cost next to nothing; taken while
// documents are written on every core, they cost as much as the compression. A warmed writer
// writes the same bytes as a new one.
func WarmCompressors(n int) {
	block := make([]byte, 4<<10)
	x := uint32(2463534242)
	for i := range block { // xorshift: bytes that rarely repeat, so the lookups reach every page
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		block[i] = byte(x)
	}
	ws := make([]*zlib.Writer, n)
	for i := range ws {
		ws[i] = zwriters.Get().(*zlib.Writer)
		ws[i].Reset(io.Discard)
		ws[i].Write(block)
		ws[i].Close()
		ws[i].Reset(nil)
	}
	for _, zw := range ws {
		zwriters.Put(zw)
	}
}

func (pool *xmempool) uncompress(data []byte) (*membuffer, error) {
	zr, err := zlib.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}

	mem := pool.Get().(*membuffer)
	mem.buf.Reset()

	_, err = mem.buf.ReadFrom(zr)
	if err != nil {
		mem.release()
		return nil, err
	}

	return mem, nil
}

type membuffer struct {
	buf bytes.Buffer
}

func (mem *membuffer) bytes() []byte { return mem.buf.Bytes() }
func (mem *membuffer) release() {
	mem.buf.Reset()
	xmem.Put(mem)
}

func (mem *membuffer) copy() []byte {
	src := mem.bytes()
	dst := make([]byte, len(src))
	copy(dst, src)
	return dst
}
