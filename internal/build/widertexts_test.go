package build

import (
	"context"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"

	defaultcontent "haven/content"
	"haven/internal/content"
	"haven/internal/typeface"
)

// TestLongerTextsPrint builds cards and posters with texts real content has and that once
// were refused as too wide for one line: a card headline of 38 characters, Polish and
// Vietnamese ones, one written on two lines; a hotline's full name in Russian and Greek as the
// poster's call label; a chat address of 96 characters in the hotline box and on the posters; and the tear-off flyer's TTY line. Each is read back from every output of its
// kind: the text is there, on at most two lines (joined), broken where wanted.
func TestLongerTextsPrint(t *testing.T) {
	en, _ := fs.ReadFile(defaultcontent.FS, "en/text.yaml")
	set, _ := fs.ReadFile(defaultcontent.FS, "settings.yaml")
	const chat = "https://chat.example-coalition-against-trafficking.org/live/support/session?lang=en&source=print"
	const printed = "chat.example-coalition-against-trafficking.org/live/support/session?lang=en&source=print"
	withChat := strings.Replace(strings.Replace(string(set), `tty: ""`, `tty: "711"`, 1), `chat: ""`, `chat: "`+chat+`"`, 1)
	tests := []struct {
		name     string
		edits    [][2]string // in en/text.yaml
		settings string      // "" for the default
		kind     string
		file     string // the outputs checked: their names contain it
		text     string // printed whole, on at most two lines
		lines    []string
	}{
		{"card headline of 38 characters", [][2]string{{"  headline: You are not alone.", `  headline: "You are not alone. Help is here, 24/7."`}}, "", "cards", "cards-en",
			"You are not alone. Help is here, 24/7.", nil},
		{"Polish card headline", [][2]string{{"  headline: You are not alone.", `  headline: "Nie jesteś sam. Zadzwoń — pomożemy."`}}, "", "cards", "cards-en",
			"Nie jesteś sam. Zadzwoń — pomożemy.", nil},
		{"Vietnamese card headline", [][2]string{{"  headline: You are not alone.", `  headline: "Bạn không đơn độc. Luôn có người giúp bạn."`}}, "", "cards", "cards-en",
			"Bạn không đơn độc. Luôn có người giúp bạn.", nil},
		{"card headline written on two lines", [][2]string{{"  headline: You are not alone.", "  headline: |-\n    You are not alone.\n    Help is here, 24/7."}}, "", "cards", "cards-en",
			"", []string{"You are not alone.", "Help is here, 24/7."}},
		{"Russian call label on posters", [][2]string{{"  call_label: National Human Trafficking Hotline\n", "  call_label: Национальная горячая линия по противодействию торговле людьми\n"}}, "", "poster", "poster",
			"Национальная горячая линия по противодействию торговле людьми", nil},
		{"Greek call label on posters", [][2]string{{"  call_label: National Human Trafficking Hotline\n", "  call_label: Εθνική Γραμμή Βοήθειας για Θύματα Εμπορίας Ανθρώπων, δωρεάν, 24/7\n"}}, "", "poster", "poster",
			"Εθνική Γραμμή Βοήθειας για Θύματα Εμπορίας Ανθρώπων, δωρεάν, 24/7", nil},
		{"chat address in the hotline box", [][2]string{{"  text: Text {keyword} to {text}\n  note:", "  text: Text {keyword} to {text}\n  chat: Chat online at {chat}\n  note:"}}, withChat, "handout", "handout-en",
			"Chat online at " + printed, nil},
		{"chat address on the posters", [][2]string{{"  tab: Call {call}", "  tab: Call {call}\n  more: TTY {tty} · Chat online at {chat}"}}, withChat, "poster", "poster",
			"TTY 711 · Chat online at " + printed, nil},
		{"TTY line on the tear-off flyer", [][2]string{{"  tab: Call {call}", "  tab: Call {call}\n  more: TTY {tty}"}}, withChat, "poster", "tearoff",
			"TTY 711", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := string(en)
			for _, e := range tt.edits {
				if !strings.Contains(text, e[0]) {
					t.Fatalf("en/text.yaml has no %q", e[0])
				}
				text = strings.Replace(text, e[0], e[1], 1)
			}
			extra := map[string]string{"en/text.yaml": text}
			if tt.settings != "" {
				extra["settings.yaml"] = tt.settings
			}
			ct, err := content.Load(contentWith(t, nil, extra), "content", content.Overrides{})
			if err != nil {
				t.Fatal(err)
			}
			o := Options{Content: ct, Out: t.TempDir(), Created: epoch, Kinds: []string{tt.kind}, Langs: []string{"en"}}
			if o.Families, err = typeface.Defaults(); err != nil {
				t.Fatal(err)
			}
			res, err := Run(context.Background(), o)
			if err != nil {
				t.Fatal(err)
			}
			n := 0
			for _, r := range res {
				if !strings.Contains(filepath.Base(r.Path), tt.file) || !strings.HasSuffix(r.Path, ".pdf") {
					continue
				}
				n++
				ls := lines(t, open(t, r.Path))
				got := "\n" + strings.Join(ls, "\n") + "\n"
				if tt.lines != nil {
					if !strings.Contains(got, "\n"+strings.Join(tt.lines, "\n")+"\n") {
						t.Errorf("%s: no lines %q in\n%s", filepath.Base(r.Path), tt.lines, got)
					}
					continue
				}
				found := false
				for i := range ls {
					for k := 1; k <= 2 && i+k <= len(ls); k++ { // one line, or two: an address joins with nothing between
						if one := strings.Join(ls[i:i+k], " "); one == tt.text || strings.Join(ls[i:i+k], "") == tt.text {
							found = true
						}
					}
				}
				if !found {
					t.Errorf("%s: %q not on one or two lines of\n%s", filepath.Base(r.Path), tt.text, got)
				}
			}
			if n == 0 {
				t.Fatalf("no output named %q", tt.file)
			}
		})
	}
}
