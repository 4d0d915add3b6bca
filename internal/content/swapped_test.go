package content

import (
	"io/fs"
	"testing"
	"testing/fstest"

	defaultcontent "haven/content"
)

// One language file's text saved as the other (faq.md's pasted into text.yaml, or the
// reverse) is one error at the first line that shows it, saying which file the text belongs
// in: not "a second YAML document" with no line, nor one "second title" per YAML comment.
func TestTextSavedAsTheOtherFile(t *testing.T) {
	faq, _ := fs.ReadFile(defaultcontent.FS, "en/faq.md")
	text, _ := fs.ReadFile(defaultcontent.FS, "en/text.yaml")
	for _, tt := range []struct {
		name, file string
		data       string
		want       string
	}{
		{"a short FAQ in text.yaml", "en/text.yaml", "# My title\n\nSome intro text here.\n\n## Who can call?\n\nAnyone.\n",
			"content/en/text.yaml:1: this looks like faq.md's text (a '# ' title and '## ' questions) (text.yaml holds 'name: value' lines; the FAQ goes in faq.md)"},
		{"the FAQ after a blank line in text.yaml", "en/text.yaml", "\n" + string(faq),
			"content/en/text.yaml:2: this looks like faq.md's text (a '# ' title and '## ' questions) (text.yaml holds 'name: value' lines; the FAQ goes in faq.md)"},
		{"text.yaml in faq.md", "en/faq.md", string(text),
			"content/en/faq.md:6: this looks like text.yaml's text ('name: value' lines) (faq.md holds a '# ' title and '## ' questions, each followed by its answer; the texts go in text.yaml)"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			m := withFile(t, "-", nil).(fstest.MapFS)
			m[tt.file] = &fstest.MapFile{Data: []byte(tt.data)}
			_, err := Load(m, "content", Overrides{})
			if err == nil || err.Error() != tt.want {
				t.Errorf("got  %v\nwant %s", err, tt.want)
			}
		})
	}
}
