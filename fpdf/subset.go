package fpdf

import (
	"encoding/binary"
	"fmt"
	"slices"
	"sync"
	"unsafe"
)

// A SubsetCache keeps the subsets of UTF-8 fonts that documents embed, compressed, with their
// /W widths and CIDToGIDMap, keyed by the font's bytes and the set of runes used. Documents
// that share one (SetSubsetCache) and use the same characters of a font cut, measure and
// compress it once. It is safe for concurrent use and grows with every distinct set of runes:
// keep one for a run of related documents, not for a program's life.
type SubsetCache struct {
	mu      sync.Mutex
	subsets map[subsetKey]*subsetEntry
}

// subsetEntry is a subset, made once: documents that need it while it is being made wait for it.
type subsetEntry struct {
	once sync.Once
	sub  *utf8Subset
	err  error
}

// NewSubsetCache makes an empty cache.
func NewSubsetCache() *SubsetCache {
	return &SubsetCache{subsets: map[subsetKey]*subsetEntry{}}
}

// Len is how many subsets c holds.
func (c *SubsetCache) Len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.subsets)
}

// SetSubsetCache makes the document take its font subsets from c and add the ones it makes.
func (f *Fpdf) SetSubsetCache(c *SubsetCache) {
	f.subsetCache = c
}

type subsetKey struct {
	font  *byte // the font file's bytes, which must not change while in use
	size  int
	runes string // the used runes and their marks, in order
}

// utf8Subset is what a document writes for a UTF-8 font beyond its names.
type utf8Subset struct {
	widths      string // the /W entry
	cidToGIDMap []byte // compressed
	font        []byte // the cut font file, compressed
	length1     int    // its size before compression
}

// utf8Subset is font's subset for its used runes, from the cache if the document has one.
func (f *Fpdf) utf8Subset(font *fontDefType) (*utf8Subset, error) {
	if f.subsetCache == nil || f.protect.encrypted { // encryption rewrites streams in place
		return cutSubset(font)
	}
	return f.subsetCache.subset(font)
}

// cutSubset is makeUTF8Subset, with a font it cannot cut (a damaged table makes the cutter
// index out of range) its error: subsets are cut on goroutines of their own, where a panic
// would end the program.
func cutSubset(font *fontDefType) (sub *utf8Subset, err error) {
	defer func() {
		if p := recover(); p != nil {
			sub, err = nil, &SubsetError{Font: font.Name, Cause: fmt.Sprint(p)}
		}
	}()
	return makeUTF8Subset(font)
}

// A SubsetError is a font that cannot be cut into a subset: its file is damaged.
type SubsetError struct {
	Font  string // the font's key, as the document names it
	Cause string // what went wrong in the cut
}

func (e *SubsetError) Error() string {
	return fmt.Sprintf("the font %s cannot be cut into a subset (is the file damaged?): %s", e.Font, e.Cause)
}

// subset is font's subset for its used runes: the one in the cache, or one made now.
func (c *SubsetCache) subset(font *fontDefType) (*utf8Subset, error) {
	data := font.utf8File.fileReader.array
	key := subsetKey{font: unsafe.SliceData(data), size: len(data), runes: runeSetKey(font.usedRunes)}
	c.mu.Lock()
	e, ok := c.subsets[key]
	if !ok {
		e = &subsetEntry{}
		c.subsets[key] = e
	}
	c.mu.Unlock()
	e.once.Do(func() { e.sub, e.err = cutSubset(font) })
	return e.sub, e.err
}

// Cut makes the subset of font that a document with no page-number alias (AliasNbPages)
// embeds when it sets exactly the runes given in it, as Text does, ahead of the document:
// a program that knows what it will print can cut the subsets on one core while it draws the
// pages on another. A document that sets other runes makes its own subset, as without it. A font
// that cannot be cut is an error, here and in the documents that use that subset.
func (c *SubsetCache) Cut(font *UTF8Font, runes []rune) error {
	def := font.docDef()
	def.usedRunes = makeSubsetRange(57) // as addUTF8FontDef begins it
	for _, r := range runes {
		def.usedRunes[int(r)] = int(r)
	}
	delete(def.usedRunes, 0) // as startUTF8Subsets does
	_, err := c.subset(&def)
	return err
}

// startUTF8Subsets begins making the subsets of the document's UTF-8 fonts at the same time,
// into the cache it shares (which is safe for concurrent use), and returns a function that
// waits for them; they are written in order once made. They are independent of each other
// and of the pages, and each takes a few milliseconds. Without a cache they are made as
// written.
func (f *Fpdf) startUTF8Subsets() (wait func()) {
	var wg sync.WaitGroup
	if f.subsetCache == nil || f.protect.encrypted {
		return wg.Wait
	}
	for _, font := range f.fonts {
		if font.Tp != "UTF8" {
			continue
		}
		delete(font.usedRunes, 0) // as putfonts does before it writes the font
		wg.Add(1)
		go func() {
			defer wg.Done()
			f.utf8Subset(&font) // an error comes again when the font is written
		}()
	}
	return wg.Wait
}

// runeSetKey encodes a set of used runes, with the value each maps to, in rune order.
func runeSetKey(used map[int]int) string {
	runes := make([]int, 0, len(used))
	for r := range used {
		runes = append(runes, r)
	}
	slices.Sort(runes)
	b := make([]byte, 0, 4*len(runes))
	for _, r := range runes {
		b = binary.AppendUvarint(b, uint64(r))
		b = binary.AppendUvarint(b, uint64(used[r]))
	}
	return string(b)
}

func makeUTF8Subset(font *fontDefType) (*utf8Subset, error) {
	stream := font.utf8File.GenerateCutFont(font.usedRunes)
	if err := font.utf8File.err; err != nil {
		return nil, &SubsetError{Font: font.Name, Cause: err.Error()}
	}
	sub := &utf8Subset{widths: generateCIDFontMap(font, font.utf8File.LastRune), length1: len(stream)}

	// the map runs to the highest CID the subset uses, not all 65,536: a CID past its end is
	// never shown, and the full map is 128 KB to clear, compress and read back per font
	top := 0
	for cc := range font.utf8File.CodeSymbolDictionary {
		top = max(top, cc)
	}
	cidToGidMap := make([]byte, 2*(top+1))
	for cc, glyph := range font.utf8File.CodeSymbolDictionary {
		if cc == 0 {
			continue
		}
		cidToGidMap[cc*2] = byte(glyph >> 8)
		cidToGidMap[cc*2+1] = byte(glyph & 0xFF)
	}
	mem := xmem.compress(cidToGidMap)
	sub.cidToGIDMap = mem.copy()
	mem.release()

	mem = xmem.compress(stream)
	sub.font = mem.copy()
	mem.release()
	return sub, nil
}
