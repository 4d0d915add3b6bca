package layout

import (
	"errors"
	"io/fs"
	"os"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	defaultcontent "haven/content"
	"haven/internal/content"
	"haven/internal/typeface"
)

// A FAQ too long for large print's pages says what makes room, found by cutting the FAQ and
// making the handout again: done as a writer would, the handout is made. How many lines to cut
// from which answer (its last words cut until it takes as many lines fewer): the room the last
// page lacked, 4 lines, cut from the longest answer left it too long, as the pages keep a
// question of up to 8 lines whole and lines cut before it left white space at a page's foot.
// Where no cut inside an answer does it (46 short questions), the question to leave out.
func TestCutAdviceMakesRoom(t *testing.T) {
	for _, file := range []string{"cutfaq.md", "leavefaq.md"} {
		t.Run(file, func(t *testing.T) { adviceMakesRoom(t, "testdata/"+file) })
	}
}

func adviceMakesRoom(t *testing.T, file string) {
	faq, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	fams, err := typeface.Defaults()
	if err != nil {
		t.Fatal(err)
	}
	m := typeface.NewMeasurer(fams[0])
	input := func(text string) Input { // the built-in content with this FAQ
		files := fstest.MapFS{"en/faq.md": {Data: []byte(text)}}
		fs.WalkDir(defaultcontent.FS, ".", func(path string, d fs.DirEntry, _ error) error {
			if b, err := fs.ReadFile(defaultcontent.FS, path); !d.IsDir() && err == nil && files[path] == nil {
				files[path] = &fstest.MapFile{Data: b}
			}
			return nil
		})
		c, err := content.Load(files, "content", content.Overrides{})
		if err != nil {
			t.Fatal(err)
		}
		i := slices.IndexFunc(c.Languages, func(l content.Language) bool { return l.Code == "en" })
		return Input{Settings: c.Settings, Address: c.Address, Lang: &c.Languages[i], M: m}
	}
	letter := Papers["letter"]
	_, err = Handout(input(string(faq)), letter, true)
	var fe *FitError
	if !errors.As(err, &fe) || len(fe.Cuts) == 0 {
		t.Fatalf("got %v, want what makes room", err)
	}
	lines := strings.Split(string(faq), "\n")
	next := func(from int) int { // the line of the question after line from, or the end
		for from < len(lines) && !strings.HasPrefix(lines[from], "## ") {
			from++
		}
		return from
	}
	if m := regexp.MustCompile(`leave out a question; question \d+ \([^)]*:(\d+),`).FindStringSubmatch(fe.Hint); m != nil {
		at, _ := strconv.Atoi(m[1])
		if _, err := Handout(input(strings.Join(slices.Delete(lines, at-1, next(at)), "\n")), letter, true); err != nil {
			t.Errorf("question at line %d left out, as said: %v", at, err)
		}
		return
	}
	if fe.Cuts[0].Lines == 0 || len(fe.Cuts[0].Longest) == 0 {
		t.Fatalf("got %v, want lines to cut and where", err)
	}
	n, part := fe.Cuts[0].Lines, fe.Cuts[0].Longest[0]
	linesOf := func(in Input) int { // the part's lines as laid out
		h := handout{in: in, th: in.theme(), p: letter, sc: largePrint}
		margin, colW := h.measure()
		f, err := h.flow(margin, colW, false)
		if err != nil {
			t.Fatal(err)
		}
		return f.sizes[slices.IndexFunc(f.sizes, func(s textSize) bool { return s.name == part.Name })].lines
	}
	// the answer's paragraphs, from its line to the next question, less their last w words
	end := next(part.At.Line - 1)
	words := strings.Fields(strings.Join(lines[part.At.Line-1:end], " "))
	without := func(w int) string {
		var paras []string
		left := len(words) - w
		for _, l := range lines[part.At.Line-1 : end] {
			if f := strings.Fields(l); len(f) > 0 && left > 0 {
				paras = append(paras, strings.Join(f[:min(len(f), left)], " ")+".")
				left -= len(f)
			}
		}
		return strings.Join(slices.Concat(lines[:part.At.Line-1], []string{strings.Join(paras, "\n\n"), ""}, lines[end:]), "\n")
	}
	w := sort.Search(len(words), func(w int) bool { return linesOf(input(without(w))) <= part.Lines-n })
	if _, err := Handout(input(without(w)), letter, true); err != nil {
		t.Errorf("%d lines cut from %s, as said: %v", n, part.Name, err)
	}
}
