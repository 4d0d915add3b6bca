package build

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"haven/internal/content"
	"haven/internal/kinds"
	"haven/internal/readback"
)

// Every link annotation's description (/Contents, what a screen reader's list of links says
// out of context) says what the link does in the document's words, not the bare number: the
// words printed before it in its clause ("Text HELP to 233733", "Call 911" from "In immediate
// danger, call 911"), or, for a number printed under its label, the kit's "Call …" line. Read
// back from the bytes of every English and Spanish PDF of the kit. (A discreet card's number,
// under its neutral label, says the number.)
func TestLinksAreDescribed(t *testing.T) {
	res := kit(t, content.Overrides{}, Options{Langs: []string{"en", "es"}})
	want := map[string]map[string][]string{ // language, link: the descriptions it may have
		"en": {
			"tel:911": {"Call 911"},
			// after the call's number in one sentence, the words after it: not the call's
			"sms:233733?body=HELP": {"Text HELP to 233733", "Or text “HELP” to 233733"},
			"tel:+18883737888":     {"Call 1-888-373-7888", "Contact the National Human Trafficking Hotline at 1-888-373-7888"},
		},
	}
	seen := map[string]int{}
	for _, r := range res {
		name := filepath.Base(r.Path)
		if !strings.HasSuffix(name, ".pdf") || strings.HasPrefix(name, "proof") || strings.HasPrefix(name, "how-to-print") {
			continue
		}
		raw, err := os.ReadFile(r.Path)
		if err != nil {
			t.Fatal(err)
		}
		pages, err := readback.Read(raw)
		if err != nil {
			t.Fatal(err)
		}
		lang := strings.Split(name, "-")[len(strings.Split(name, "-"))-2]
		for _, p := range pages {
			for _, l := range p.Links {
				if strings.HasPrefix(l.URI, "https:") {
					continue // an address says itself
				}
				if strings.HasPrefix(name, "cards-discreet") && l.URI == "tel:+18883737888" {
					// printed under its neutral label; the kit's "Call …" line is not held to the
					// discreet card's words, so it is not borrowed
					continue
				}
				if !strings.ContainsFunc(l.Contents, unicode.IsLetter) {
					t.Errorf("%s: the link %s is described as %q, without a word", name, l.URI, l.Contents)
				}
				if ok := want[lang][l.URI]; ok != nil {
					seen[l.URI]++
					if !slices.Contains(ok, l.Contents) {
						t.Errorf("%s: the link %s is described as %q, want one of %q", name, l.URI, l.Contents, ok)
					}
				}
			}
		}
	}
	for uri := range want["en"] {
		if seen[uri] < 5 {
			t.Errorf("%s: %d links in the English PDFs", uri, seen[uri])
		}
	}
}

// The first tear-off tab is an item of a list whose body holds its two lines as two
// paragraphs, each with its link: a screen reader parts "Call 1-888-373-7888" from "Text HELP
// to 233733". Its seven copies, all printed, are artifacts, as a card sheet's copies are: a
// screen reader reads the tab once.
func TestTearOffTabsAreTwoParagraphs(t *testing.T) {
	res := kit(t, content.Overrides{}, Options{Langs: []string{"en"}, Kinds: []string{"poster"}})
	var raw []byte
	for _, r := range res {
		if filepath.Base(r.Path) == "poster-tearoff-en-letter.pdf" {
			var err error
			if raw, err = os.ReadFile(r.Path); err != nil {
				t.Fatal(err)
			}
		}
	}
	if raw == nil {
		t.Fatal("poster-tearoff-en-letter.pdf not built")
	}
	tree := treeOf(t, raw)
	tabs := 0
	tree.Root.Walk(func(e *readback.Elem) {
		if e.Role != "LBody" {
			return
		}
		var links []string // each paragraph's
		for _, k := range e.Kids {
			if k.Elem == nil || k.Elem.Role != "P" {
				continue
			}
			k.Elem.Walk(func(l *readback.Elem) {
				if l.Role == "Link" {
					links = append(links, l.Role)
				}
			})
		}
		if len(links) == 2 && len(e.Kids) == 2 {
			tabs++
		}
	})
	if tabs != 1 {
		t.Errorf("%d tabs whose body is two paragraphs with a link each, want 1", tabs)
	}
	pages, err := readback.Read(raw)
	if err != nil {
		t.Fatal(err)
	}
	copies := 0 // the tab's first line drawn whole as an artifact (the first tab's has its link apart)
	for _, tx := range pages[0].Texts {
		if tx.S == "Call 1-888-373-7888" && tx.Mark == readback.Artifact {
			copies++
		}
	}
	if copies != 7 {
		t.Errorf("%d copies of the tab printed as artifacts, want 7", copies)
	}
}

// The hotline box's TTY and chat links are described by their labels in any shape, as the
// box prints them: "TTY: 1-800-787-3224", not the number alone when the label ends in a
// colon. Read back from the handout.
func TestLabelledLinksAreDescribed(t *testing.T) {
	for _, tt := range []struct{ tty, chat, ttyAlt, chatAlt string }{
		{"TTY: {tty}", "Chat: {chat}", "TTY: 1-800-787-3224", "Chat: samples.org/chat"},
		{"TTY:{tty}", "Online chat:{chat}", "TTY: 1-800-787-3224", "Online chat: samples.org/chat"},
		{"TTY {tty}", "Chat at {chat}", "TTY 1-800-787-3224", "Chat at samples.org/chat"},
		{"TTY – {tty}", "Chat – {chat}", "TTY – 1-800-787-3224", "Chat – samples.org/chat"},
		{"Deaf or hard of hearing, TTY: {tty}", "Live chat: {chat}", "TTY: 1-800-787-3224", "Live chat: samples.org/chat"},
	} {
		t.Run(tt.tty, func(t *testing.T) {
			_, site := englishSite(t, setup{
				settings: [][2]string{{"  call: 1-888-373-7888", "  call: 1-800-799-7233"}, {`  tty: ""`, "  tty: 1-800-787-3224"}, {`  chat: ""`, "  chat: https://samples.org/chat"}},
				text:     [][2]string{{"  note: ", "  tty: \"" + tt.tty + "\"\n  chat: \"" + tt.chat + "\"\n  note: "}},
			})
			raw, err := os.ReadFile(filepath.Join(site, "handout-en-letter.pdf"))
			if err != nil {
				t.Fatal(err)
			}
			pages, err := readback.Read(raw)
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]string{}
			for _, l := range pages[0].Links {
				got[l.URI] = l.Contents
			}
			if d := got["tel:+18007873224"]; d != tt.ttyAlt {
				t.Errorf("the TTY link is described as %q, want %q", d, tt.ttyAlt)
			}
			if d := got["https://samples.org/chat"]; d != tt.chatAlt {
				t.Errorf("the chat link is described as %q, want %q", d, tt.chatAlt)
			}
		})
	}
}

// A number printed under its label is described by the kit's line that writes it as a whole
// number, not by one that writes it inside a longer one: Lifeline's 13 11 14 is "Call 13 11
// 14", where the text line "Text 0477 13 11 14" holds its digits but names another number.
// Read back from every English PDF.
func TestNumberInsideAnotherIsNotItsDescription(t *testing.T) {
	s := setup{
		settings: [][2]string{{"country: US", "country: AU"}, {"  call: 1-888-373-7888", "  call: 13 11 14"},
			{`  text: "233733"`, `  text: "0477 13 11 14"`}, {"  keyword: HELP", `  keyword: ""`}, {`  emergency: "911"`, `  emergency: "000"`}},
		text: [][2]string{{"  text: Text {keyword} to {text}", "  text: Text {text}"}, {"  text: Text {keyword} to {text}", "  text: Text {text}"},
			{"  text: Text {keyword} to {text}", "  text: Text {text}"}},
		faq: [][2]string{{"text “{keyword}” to {text}", "text {text}"}},
	}
	res, _, err := runWith(t, setupContent(t, s), Options{Langs: []string{"en"}, Kinds: kinds.PrintedNames()})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{"tel:131114": {"Call 13 11 14", "Contact the Harbor Line at 13 11 14"}, "sms:+61477131114": {"Text 0477 13 11 14", "Or text 0477 13 11 14"}}
	seen := 0
	for _, r := range res {
		name := filepath.Base(r.Path)
		if !strings.HasSuffix(name, ".pdf") || strings.HasPrefix(name, "proof") || strings.HasPrefix(name, "how-to-print") || strings.HasPrefix(name, "cards-discreet") {
			continue
		}
		for _, p := range readPDF(t, r.Path) {
			for _, l := range p.Links {
				if ok := want[l.URI]; ok != nil {
					seen++
					if !slices.Contains(ok, l.Contents) {
						t.Errorf("%s: the link %s is described as %q, want one of %q", name, l.URI, l.Contents, ok)
					}
				}
			}
		}
	}
	if seen < 20 {
		t.Errorf("%d links to the call and text numbers, want 20 or more", seen)
	}
}

// A link's description is a phrase that reads on its own: the words of its clause with their
// brackets paired, read across the lines a break parts them into, not a fragment from a line's
// start ("Spanish) or (614) 224-4000") or an aside left open ("(TTY users dial 711"). Read back
// from every English PDF.
func TestLinkDescriptionsPairTheirBrackets(t *testing.T) {
	s := setup{
		settings: [][2]string{{"  call: 1-888-373-7888", "  call: (614) 224-4000"}, {`  logo: ""`, "  logo: \"\"\n  other_numbers:\n    - (614) 224-4747"}, {`  tty: ""`, `  tty: "711"`}},
		text:     [][2]string{{"  call: Call {call}", "  call: Call (614) 224-4747 (in Spanish) or {call}"}},
		faq:      [][2]string{{"contact the National Human Trafficking Hotline at {call} or", "call {call} (TTY users dial {tty} first) or"}},
	}
	res, _, err := runWith(t, setupContent(t, s), Options{Langs: []string{"en"}, Kinds: kinds.PrintedNames()})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{"tel:711": {"TTY users dial 711"}, "tel:+16142244747": {"Call (614) 224-4747"},
		"tel:+16142244000": {"Or (614) 224-4000", "Call (614) 224-4000"}, "sms:741741?body=HELP": {"Text HELP to 741741", "Or text “HELP” to 741741"}}
	seen := map[string]int{}
	for _, r := range res {
		name := filepath.Base(r.Path)
		if !strings.HasSuffix(name, ".pdf") || !strings.HasPrefix(name, "handout") {
			continue
		}
		for _, p := range readPDF(t, r.Path) {
			for _, l := range p.Links {
				if strings.Count(l.Contents, "(") != strings.Count(l.Contents, ")") || strings.IndexByte(l.Contents, ')') < strings.IndexByte(l.Contents, '(') {
					t.Errorf("%s: the link %s is described as %q, its brackets unpaired", name, l.URI, l.Contents)
				}
				if ok := want[l.URI]; ok != nil {
					seen[l.URI]++
					if !slices.Contains(ok, l.Contents) {
						t.Errorf("%s: the link %s is described as %q, want one of %q", name, l.URI, l.Contents, ok)
					}
				}
			}
		}
	}
	for uri := range want {
		if seen[uri] < 2 {
			t.Errorf("%s: %d links in the handouts, want 2 or more", uri, seen[uri])
		}
	}
}
