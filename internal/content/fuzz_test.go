package content

import (
	"haven/internal/diag"

	"io/fs"
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
					if checkRunes(tx.Text) != "" {
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
