package content

import (
	"haven/internal/diag"
	"slices"

	"io/fs"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	defaultcontent "haven/content"
)

// FuzzLoad feeds arbitrary bytes as each kind of content file: the loader must answer with
// content or with problems, never panic, and every problem must name its file.
func FuzzLoad(f *testing.F) {
	for _, name := range []string{"settings.yaml", "en/text.yaml", "en/faq.md"} {
		b, _ := fs.ReadFile(defaultcontent.FS, name)
		f.Add(name, b)
	}
	f.Add("en/text.yaml", []byte("a: &a [*a, *a]\nb: *a\n"))
	f.Add("settings.yaml", []byte("\xff\xfe"))
	f.Add("en/faq.md", []byte("# T\n\n## Q?\n\n\x00"))
	f.Add("en/faq.md", []byte("# T\n\n*it*, ***both*** and **b *i* b**.\n\n## *Q*?\n\n- *x\n- y*\n"))
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		if name != "settings.yaml" && name != "en/text.yaml" && name != "en/faq.md" {
			return
		}
		m := fstest.MapFS{}
		fs.WalkDir(defaultcontent.FS, ".", func(p string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				b, _ := fs.ReadFile(defaultcontent.FS, p)
				m[p] = &fstest.MapFile{Data: b}
			}
			return err
		})
		m[name] = &fstest.MapFile{Data: data}
		var c *Content
		var err error
		done := make(chan bool)
		go func() { c, err = Load(m, "content", Overrides{}); close(done) }()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			t.Fatalf("Load hangs on %s = %q", name, data)
		}
		if err == nil {
			if c == nil || len(c.Languages) == 0 {
				t.Fatal("no error and no content")
			}
			for _, l := range c.Languages {
				for _, tx := range l.Texts {
					if p, _ := checkRunes(tx.Text, true); p != "" {
						t.Fatalf("unprintable text accepted: %q", tx.Text)
					}
				}
			}
			return
		}
		ps, ok := err.(diag.Problems)
		if !ok {
			t.Fatalf("error is not a list of problems: %v", err)
		}
		for _, p := range ps {
			if p.File == "" || p.Msg == "" {
				t.Fatalf("problem without file or message: %+v", p)
			}
		}
	})
}

// FuzzFindNumbers feeds arbitrary text to the finder of mistyped numbers: it must return
// promptly, never panic, and every number it reports must be one written in the text; the
// right numbers themselves are never reported.
func FuzzFindNumbers(f *testing.F) {
	for _, s := range []string{"Call 1-888-373-7889 now", "Text HELP to 233 773", "Call 912", "TTY: 711", "912 calls a year",
		"Call (555) 201-3344 ext. 2", "9-1-2", "+1 888.373.7888", "llame al 1 888 373 7888",
		"call nine one two", "call nine-twelve, 9,1,2", "请拨打九 一 二或九百一十二",
		"call nine hundred and twelve, novecentos e doze, neuf cent quatre-vingts", "call 9=1=2"} {
		f.Add(s)
	}
	for _, right := range []string{"1-888-373-7888", "233733", "911"} {
		if ps := checkText1("Call " + right); len(ps) > 0 {
			f.Errorf("the right number %s reported: %v", right, ps)
		}
	}
	f.Fuzz(func(t *testing.T, text string) {
		var ps diag.Problems
		done := make(chan bool)
		go func() { ps = checkText1(text); close(done) }()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			t.Fatalf("no answer within 5 s for %q", text)
		}
		for _, p := range ps {
			q, err := strconv.QuotedPrefix(p.Msg)
			if err != nil {
				t.Fatalf("a message that does not quote the number: %s", p.Msg)
			}
			// a letter typed for a digit (O for 0, l or I for 1) is reported, and read as the
			// digit; a number is quoted as written (without emphasis marks) or as read
			digits := strings.NewReplacer("O", "0", "o", "0", "l", "1", "I", "1")
			read := plainOf(strings.ToValidUTF8(text, "\uFFFD")).text
			n, _ := strconv.Unquote(q)
			if !slices.ContainsFunc([]string{text, Unmark(text), read}, func(s string) bool {
				return strings.Contains(s, n) || strings.Contains(digits.Replace(s), n)
			}) {
				t.Errorf("reported %s, which is not in %q", q, text)
			}
		}
	})
}

// FuzzAskClause feeds arbitrary text before a number to askClause, which the checks of every
// number's words read: it must never panic, on bytes that are no UTF-8 too (refused on load,
// but a code or an address may hold them), and its clause is the end of the text.
func FuzzAskClause(f *testing.F) {
	for _, s := range []string{"If you cannot call, text 88788; otherwise use ", "Text 88788, or use ", "call 911, or ",
		"Text HOME to 741741, ", "\xff\xffcall 912, or ", "請撥打１２３或"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, before string) {
		if c := askClause(before); !strings.HasSuffix(before, c) {
			t.Errorf("askClause(%q) = %q, not the end of the text", before, c)
		}
	})
}
