package fpdf

import (
	"maps"
	"math"
	"os"
	"path/filepath"
	"testing"
)

// Patch 18 reads a parsed font's character map once, into one map: the widths and the map
// are the ones upstream's two passes (a map each way, read twice) made, for every font at
// hand: fpdf's own, and the fonts of the repository this copy lives in when it has some.
func TestCMAPAsUpstream(t *testing.T) {
	paths, _ := filepath.Glob("../fonts/*.ttf")
	paths = append([]string{"font/calligra.ttf"}, paths...)
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		got := newUTF8Font(&fileReader{array: data})
		if err := got.parseFile(); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		want := upstreamParse(t, data)
		if !maps.Equal(got.cmap, want.cmap) {
			t.Errorf("%s: the character map (%d characters) differs from upstream's (%d)", path, len(got.cmap), len(want.cmap))
		}
		for c := range got.CharWidths {
			if got.CharWidths[c] != want.CharWidths[c] {
				t.Errorf("%s: U+%04X is %d wide, upstream %d", path, c, got.CharWidths[c], want.CharWidths[c])
				break
			}
		}
		if got.DefaultWidth != want.DefaultWidth {
			t.Errorf("%s: default width %v, upstream %v", path, got.DefaultWidth, want.DefaultWidth)
		}
	}
}

// upstreamParse parses data as upstream did: the tables, then the character map read into a
// map each way for the widths, and again for the map the subsets are cut from.
func upstreamParse(t *testing.T, data []byte) *utf8FontFile {
	t.Helper()
	utf := newUTF8Font(&fileReader{array: data})
	if err := utf.parseFile(); err != nil { // the tables; its widths are made again below
		t.Fatal(err)
	}
	n := utf.parseHHEATable()
	utf.SeekTable("maxp")
	utf.skip(4)
	numSymbols := utf.readUint16()
	pos := utf.SeekTable("cmap")
	utf.skip(2)
	runeCMAPPosition := 0
	for range utf.readUint16() {
		system, coded, position := utf.readUint16(), utf.readUint16(), utf.readUint32()
		if ((system == 3 && coded == 1) || system == 0) && utf.getUint16(pos+position) == 4 {
			runeCMAPPosition = pos + position
			break
		}
	}
	symbolToChar := map[int][]int{}
	charToSymbol := map[int]int{}
	upstreamDictionaries(utf, runeCMAPPosition, symbolToChar, charToSymbol)
	utf.cmap = charToSymbol

	scale := 1000.0 / float64(utf.fontElementSize)
	start := utf.SeekTable("hmtx")
	utf.CharWidths = make([]int, 256*256)
	arr := unpackUint16Array(utf.getRange(start, n*4))
	arrayWidths, charCount := 0, 0
	set := func(symbol int) {
		for _, char := range symbolToChar[symbol] {
			if char != 0 && char != 65535 {
				widths := int(math.Round(scale * float64(arrayWidths)))
				if widths == 0 {
					widths = 65535
				}
				if char < 196608 {
					utf.CharWidths[char] = widths
					charCount++
				}
			}
		}
	}
	for symbol := range n {
		arrayWidths = arr[(symbol*2)+1]
		if _, ok := symbolToChar[symbol]; ok || symbol == 0 {
			if arrayWidths >= (1 << 15) {
				arrayWidths = 0
			}
			if symbol == 0 {
				utf.DefaultWidth = scale * float64(arrayWidths)
				continue
			}
			set(symbol)
		}
	}
	for symbol := n; symbol < numSymbols; symbol++ {
		set(symbol)
	}
	utf.CharWidths[0] = charCount
	return utf
}

// upstreamDictionaries is upstream's generateSCCSDictionaries.
func upstreamDictionaries(utf *utf8FontFile, runeCmapPosition int, symbolCharDictionary map[int][]int, charSymbolDictionary map[int]int) {
	utf.seek(runeCmapPosition + 2)
	size := utf.readUint16()
	rim := runeCmapPosition + size
	utf.skip(2)
	segmentSize := utf.readUint16() / 2
	utf.skip(6)
	read := func() []int {
		var v []int
		for range segmentSize {
			v = append(v, utf.readUint16())
		}
		return v
	}
	completers := read()
	utf.skip(2)
	beginners := read()
	var sizes []int
	for range segmentSize {
		sizes = append(sizes, int(utf.readInt16()))
	}
	readerPositionStart := utf.fileReader.readerPosition
	positions := read()
	for n := range segmentSize {
		for char := beginners[n]; char < completers[n]+1; char++ {
			var symbol int
			if positions[n] == 0 {
				symbol = (char + sizes[n]) & 0xFFFF
			} else if position := int(readerPositionStart) + 2*n + (char-beginners[n])*2 + positions[n]; position < rim {
				if symbol = utf.getUint16(position); symbol != 0 {
					symbol = (symbol + sizes[n]) & 0xFFFF
				}
			}
			charSymbolDictionary[char] = symbol
			symbolCharDictionary[symbol] = append(symbolCharDictionary[symbol], char)
		}
	}
}
