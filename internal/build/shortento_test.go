package build

import (
	"io/fs"
	"regexp"
	"strconv"
	"strings"
	"testing"

	defaultcontent "haven/content"
	"haven/internal/kinds"
)

// A text too long for its place is told how many of its characters to keep, exactly: cut
// there, at a word's end, every output builds, and a word longer it does not fit ("shorten it
// to about 82 characters" was told of a headline whose first 82 did not fit, measured by the
// width of its average letter). Of the outputs that print it, the one that fits fewest is told.
func TestShortenedAsToldFits(t *testing.T) {
	text, err := fs.ReadFile(defaultcontent.FS, "en/text.yaml")
	if err != nil {
		t.Fatal(err)
	}
	told := regexp.MustCompile(`shorten (?:it|the text, which prints on one line here,) to (\d+) of its \d+ characters: cut after "[^"]*" it fits, and with "([^"]*)" after that it does not`)
	for _, tt := range []struct{ lang, line, long string }{
		{"en", "  headline: You are not alone.", "WOMEN AND MEN WHO WORK WITH MOM HOME MEMO WOW, you are not alone, and help is always here for you, whoever you are and whatever has happened."},
		{"de", "  headline: You are not alone.", "Du bist nicht allein: Hilfe ist immer für dich da, wer du auch bist und was auch immer geschehen ist, Tag und Nacht."},
		{"en", "  danger: In immediate danger, call {emergency}\n  # The back", "In immediate danger, call 911, WWW MMM WOW, every hour of every day and night, wherever you are"},
	} {
		build := func(value string) error {
			first, after, _ := strings.Cut(tt.line, "\n") // the field's line, and what tells it from another of its name
			yaml := strings.Replace(string(text), tt.line, first[:strings.Index(first, ": ")+2]+strconv.Quote(value)+strings.TrimSuffix("\n"+after, "\n"), 1)
			fsys := contentWith(t, nil, map[string]string{tt.lang + "/text.yaml": yaml, tt.lang + "/faq.md": builtinFAQ(t)})
			_, _, err := runWith(t, fsys, Options{Kinds: kinds.PrintedNames(), Langs: []string{tt.lang}})
			return err
		}
		err := build(tt.long)
		var m []string
		if err != nil {
			m = told.FindStringSubmatch(err.Error())
		}
		if m == nil {
			t.Errorf("%s %.30q: got %v, want it told exactly how many characters to keep", tt.lang, tt.long, err)
			continue
		}
		n, _ := strconv.Atoi(m[1])
		start := string([]rune(tt.long)[:n])
		if err := build(start); err != nil {
			t.Errorf("%s %.30q cut to %d characters as told: %v", tt.lang, tt.long, n, err)
		}
		rest := tt.long[len(start):]
		if longer := tt.long[:len(start)+strings.Index(rest, m[2])+len(m[2])]; build(longer) == nil {
			t.Errorf("%s: %q, a word longer than told, builds", tt.lang, longer)
		}
	}
}
