package content

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/jpeg"
	"image/png"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	qrcode "github.com/skip2/go-qrcode"

	defaultcontent "haven/content"
	"haven/internal/contenttest"
	"haven/internal/diag"
)

func TestDefaultContentLoads(t *testing.T) {
	c, err := Load(defaultcontent.FS, "content", Overrides{})
	if err != nil {
		t.Fatal(err)
	}
	if got := len(c.Languages); got < 2 || c.Languages[0].Code != "en" {
		t.Fatalf("languages %v, want en first and at least es", c.Languages)
	}
	for _, l := range c.Languages {
		if n := len(l.FAQ.Questions); n != 9 {
			t.Errorf("%s: %d questions, want 9", l.Code, n)
		}
		for _, tx := range l.Texts {
			if strings.ContainsAny(tx.Text, "{}") && tx.Field != "handout.page" {
				t.Errorf("%s:%d %s: placeholder left: %q", tx.File, tx.Line, tx.Field, tx.Text)
			}
		}
	}
	en := c.Languages[0]
	if q := en.FAQ.Questions[8].Answer[0].Text; !strings.Contains(q, "1-888-373-7888") || !strings.Contains(q, "233733") || !strings.Contains(q, "call 911") {
		t.Errorf("answer 9 lacks the numbers: %q", q)
	}
	for _, typo := range []string{"finacial", "clise", "min read", "Comments"} {
		for _, tx := range en.Texts {
			if strings.Contains(tx.Text, typo) {
				t.Errorf("%q left in %s", typo, tx.Field)
			}
		}
	}
}

// denied is a folder whose file name cannot be opened, as a file of another user's without
// read permission (the tests may run as root, who reads anything).
type denied struct {
	fs.FS
	name string
}

func (d denied) Open(name string) (fs.File, error) {
	if name == d.name {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrPermission}
	}
	return d.FS.Open(name)
}

// withFile is the default content with one file replaced (or removed, for nil).
func withFile(t testing.TB, name string, data []byte) fs.FS {
	t.Helper()
	m := fstest.MapFS{}
	err := fs.WalkDir(defaultcontent.FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(defaultcontent.FS, p)
		m[p] = &fstest.MapFile{Data: b}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if data == nil {
		delete(m, name)
	} else {
		m[name] = &fstest.MapFile{Data: data}
	}
	contenttest.OwnLine(m)
	return m
}

func edit(t testing.TB, name, old, new string) fs.FS {
	t.Helper()
	b, err := fs.ReadFile(defaultcontent.FS, name)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), old) {
		t.Fatalf("%s has no %q", name, old)
	}
	return withFile(t, name, []byte(strings.Replace(string(b), old, new, 1)))
}

// firstAnswer is the default content with the start of the first answer rewritten.
func firstAnswer(s string) func(t *testing.T) fs.FS {
	return func(t *testing.T) fs.FS { return edit(t, "en/faq.md", "No. Most victims", s) }
}

func TestBadContent(t *testing.T) {
	tests := []struct {
		name string
		fsys func(t *testing.T) fs.FS
		want string // the exact first error line
	}{
		{"yaml syntax", func(t *testing.T) fs.FS {
			return edit(t, "settings.yaml", "  name: The Mission Haven", "  name: [The Mission Haven")
		},
			"content/settings.yaml:6: not valid YAML: did not find expected ',' or ']' (check the indentation and quote text that contains a colon)"},
		{"unknown field", func(t *testing.T) fs.FS {
			return edit(t, "settings.yaml", "  keyword: HELP", "  banner: HELP\n  keyword: HELP")
		},
			"content/settings.yaml:35: hotline.banner: unknown field (known here: call, chat, emergency, keyword, other_keywords, phone, shortcode, text, tty; check the spelling and the indentation)"},
		{"misspelt field", func(t *testing.T) fs.FS {
			return edit(t, "settings.yaml", "  keyword: HELP", "  keywrod: HELP\n  keyword: HELP")
		},
			"content/settings.yaml:35: hotline.keywrod: unknown field (did you mean keyword? known here: call, chat, emergency, keyword, other_keywords, phone, shortcode, text, tty; check the spelling and the indentation)"},
		{"a field's name with a Cyrillic letter", func(t *testing.T) fs.FS {
			return edit(t, "settings.yaml", "  keyword: HELP", "  kеyword: HELP")
		},
			"content/settings.yaml:35: hotline.kеyword: unknown field (did you mean keyword? its е (U+0435) is a letter of another script that looks like a Latin one: type the name again in Latin letters)"},
		{"capitalised field", func(t *testing.T) fs.FS {
			return edit(t, "settings.yaml", "  keyword: HELP", "  Keyword: HELP\n  keyword: HELP")
		},
			"content/settings.yaml:35: hotline.Keyword: unknown field (did you mean keyword? known here: call, chat, emergency, keyword, other_keywords, phone, shortcode, text, tty; check the spelling and the indentation)"},
		{"missing field", func(t *testing.T) fs.FS { return edit(t, "settings.yaml", "  emergency: \"911\"\n", "") },
			"content/settings.yaml:26: hotline.emergency: missing: it is the emergency number every handout, card and poster prints in its danger line (In immediate danger, call {emergency}), which haven has no way to leave off (add a line under hotline: emergency: \"911\", the number for police, fire and ambulance in US)"},
		{"missing group", func(t *testing.T) fs.FS {
			return edit(t, "settings.yaml", "colours:\n  primary: \"#0F4C5C\"   # headings, title band\n  accent: \"#F4B942\"    # the hotline box\n  ink: \"#1B1B1B\"       # body text\n  panel: \"#E8F1F2\"     # light panels\n", "")
		},
			`content/settings.yaml:1: colours: missing (add a line 'colours:' and under it, indented by 2 spaces, primary: "#0F4C5C", accent: "#F4B942", ink: "#1B1B1B", panel: "#E8F1F2")`},
		{"empty text", func(t *testing.T) fs.FS { return edit(t, "en/text.yaml", "  title: Get help now", "  title: \"\"") },
			"content/en/text.yaml:11: help.title: is empty (write the text after the colon)"},
		{"http url", func(t *testing.T) fs.FS {
			return edit(t, "settings.yaml", "resource_url: https://humantraffickinghotline.org", "resource_url: http://humantraffickinghotline.org")
		}, `content/settings.yaml:14: resource_url: "http://humantraffickinghotline.org" must start with https:// (write resource_url: https://humantraffickinghotline.org)`},
		{"javascript url", func(t *testing.T) fs.FS {
			return edit(t, "settings.yaml", "resource_url: https://humantraffickinghotline.org", "resource_url: javascript:alert(1)")
		}, `content/settings.yaml:14: resource_url: "javascript:alert(1)" must start with https:// (write the full address of your page, as your browser's address bar shows it, starting with https://)`},
		{"space in url", func(t *testing.T) fs.FS {
			return edit(t, "settings.yaml", "resource_url: https://humantraffickinghotline.org", "resource_url: https://samples.org/get help")
		}, `content/settings.yaml:14: resource_url: "https://samples.org/get help" has a space; a web address has none (write %20 if the page's address really has one) (write the full address of your page, as your browser's address bar shows it, starting with https://)`},
		{"tty one slip from the hotline", func(t *testing.T) fs.FS {
			return edit(t, "settings.yaml", `tty: ""`, "tty: 1-888-373-7878")
		},
			`content/settings.yaml:37: hotline.tty: "1-888-373-7878" is one slip away from hotline.call 1-888-373-7888; a likely typo (check both against the organisation's records; if both are right (two lines numbered one apart), list one of them again under organisation: as other_numbers: ["1-888-373-7878"] to say so)`},
		{"not a phone", func(t *testing.T) fs.FS { return edit(t, "settings.yaml", "call: 1-888-373-7888", "call: call us") },
			`content/settings.yaml:30: hotline.call: "call us" is not a phone number: it has 'c' (a U.S. number (1-800-799-7233), a vanity number (1-800-799-SAFE), a service number (988), or +44 808 2000 247)`},
		{"short code", func(t *testing.T) fs.FS {
			return edit(t, "settings.yaml", `text: "233733"`, `text: "23373x"`)
		},
			`content/settings.yaml:33: hotline.text: "23373x" should be a short code of 3 to 8 digits or a phone number`},
		{"low contrast", func(t *testing.T) fs.FS { return edit(t, "settings.yaml", `primary: "#0F4C5C"`, `primary: "#7FB3C0"`) },
			"content/settings.yaml:45: colours.primary: primary on white measures 2.3:1, below the 7.0:1 needed for headings, and the number on cards and posters (the nearest shade of your #7FB3C0 that passes is #345F6A, darker: write primary: \"#345F6A\")"},
		{"bad colour", func(t *testing.T) fs.FS { return edit(t, "settings.yaml", `accent: "#F4B942"`, `accent: "orange"`) },
			`content/settings.yaml:46: colours.accent: "orange" is not a colour of the form #RRGGBB (write accent: "#FFA500", orange as #RRGGBB)`},
		{"colour in CSS's rgb()", func(t *testing.T) fs.FS {
			return edit(t, "settings.yaml", `accent: "#F4B942"`, `accent: "rgb(244, 185, 66)"`)
		},
			`content/settings.yaml:46: colours.accent: "rgb(244, 185, 66)" is not a colour of the form #RRGGBB (write accent: "#F4B942", rgb(244, 185, 66) as #RRGGBB)`},
		{"colour in three digits", func(t *testing.T) fs.FS { return edit(t, "settings.yaml", `accent: "#F4B942"`, `accent: "#FB4"`) },
			`content/settings.yaml:46: colours.accent: "#FB4" is not a colour of the form #RRGGBB (write accent: "#FFBB44", #FB4 as #RRGGBB)`},
		{"colour without its #", func(t *testing.T) fs.FS { return edit(t, "settings.yaml", `accent: "#F4B942"`, `accent: F4B942`) },
			`content/settings.yaml:46: colours.accent: "F4B942" is not a colour of the form #RRGGBB (write accent: "#F4B942", F4B942 as #RRGGBB)`},
		{"colour half see-through", func(t *testing.T) fs.FS { return edit(t, "settings.yaml", `accent: "#F4B942"`, `accent: "#F4B94280"`) },
			`content/settings.yaml:46: colours.accent: "#F4B94280" is not a colour of the form #RRGGBB (e.g. #0F4C5C)`},
		{"emoji", func(t *testing.T) fs.FS {
			return edit(t, "en/text.yaml", "headline: You are not alone.", "headline: You are not alone 💙")
		},
			`content/en/text.yaml:26: card.headline: has emoji, which haven does not print (a phone draws them, in no font a PDF can hold): '💙' (U+1F499) (delete it, or say it in words)`},
		// in settings.yaml, which prints on every edition (an edition's own texts in it get
		// their resource page alone: typeface.CheckShaping)
		{"a script haven cannot print", func(t *testing.T) fs.FS {
			return edit(t, "settings.yaml", "  name: The Mission Haven", "  name: 𞤀𞤣𞤤𞤢𞤥𞤢𞤤")
		},
			`content/settings.yaml:7: organisation.name: is written in the Adlam script, whose letters haven cannot print (they are beyond the characters its PDF writer embeds): '𞤀' (U+1E900), '𞤣' (U+1E923), '𞤤' (U+1E924), '𞤢' (U+1E922), '𞤥' (U+1E925), and 2 more (make this edition in a script haven prints, if the community reads one, or print it from another program)`},
		{"a rare Chinese character", func(t *testing.T) fs.FS {
			return edit(t, "en/text.yaml", "headline: You are not alone.", "headline: 𠵱家")
		},
			`content/en/text.yaml:26: card.headline: has Chinese characters haven cannot print (rare ones, beyond the fonts it can embed): '𠵱' (U+20D71) (write each with a common character or word of the same meaning (as 而家 for 𠵱家))`},
		{"haven's own bold mark typed in", func(t *testing.T) fs.FS {
			return edit(t, "en/faq.md", "## ", "\uE000## ")
		}, "content/en/faq.md:7: has a private-use character (U+E000) that prints as nothing: it stands at the start of its line, before \"## How does\" (delete it; for bold, write **bold**, for italic *italic*)"},
		{"italic font without bold italic", func(t *testing.T) fs.FS {
			return edit(t, "settings.yaml", "# font:\n#   regular: MyFont-Regular.ttf", "font:\n  regular: a.ttf\n  italic: a-italic.ttf\n#")
		}, "content/settings.yaml:70: font.italic: an italic font needs a bold italic one (font.bold_italic) and a regular one (give all of font.regular, font.italic and font.bold_italic, or no italic: italic then prints upright)"},
		{"haven's own italic mark typed in", func(t *testing.T) fs.FS {
			return edit(t, "en/text.yaml", "headline: You are not alone.", "headline: You are \uE003not alone.")
		}, "content/en/text.yaml:26: card.headline: has a private-use character (U+E003) that prints as nothing (delete it; for bold, write **bold**, for italic *italic*)"},
		// a tracking field every QR code carries says where copies hang, as a campaign may not;
		// the discreet card's address carries none of its own
		{"a place in the page's tracking", func(t *testing.T) fs.FS {
			return edit(t, "settings.yaml", "resource_url: https://humantraffickinghotline.org", "resource_url: https://humantraffickinghotline.org/?utm_campaign=truck-stop")
		}, `content/settings.yaml:14: resource_url: "https://humantraffickinghotline.org/?utm_campaign=truck-stop" has "utm_campaign=truck-stop", which says "truckstop": every QR code opens the address with it, and it stays in the history of the phone that scanned it (leave the field out, or give it a value that says neither where the copies hang nor what they are about, e.g. spring-2027)`},
		// a field of the query named for where a copy was found may not name a place copies hang
		{"a place in the page's own query", func(t *testing.T) fs.FS {
			return edit(t, "settings.yaml", "resource_url: https://humantraffickinghotline.org", "resource_url: https://humantraffickinghotline.org/?src=motel-restroom")
		}, `content/settings.yaml:14: resource_url: "https://humantraffickinghotline.org/?src=motel-restroom" has "src=motel-restroom", which says "motel", a place copies hang: every QR code opens the address with it, and it stays in the history of the phone that scanned it (leave the field out: to count scans by place, give haven your places (--placements), which gives each a code that says nothing)`},
		{"a place in the discreet card's query", func(t *testing.T) fs.FS {
			return edit(t, "settings.yaml", "# cards:\n#   offset: 0,0", "cards:\n  discreet_url: https://calm-notes.net/talk?loc=laundromat-5th")
		}, `content/settings.yaml:54: cards.discreet_url: "https://calm-notes.net/talk?loc=laundromat-5th" has "loc=laundromat-5th", which says "laundromat", a place copies hang: the discreet card's QR code opens the address with it, and it stays in the history of the phone that scanned it (leave the field out: to count scans by place, give haven your places (--placements), which gives each a code that says nothing)`},
		{"tracking in the discreet card's address", func(t *testing.T) fs.FS {
			return edit(t, "settings.yaml", "# cards:\n#   offset: 0,0", "cards:\n  discreet_url: https://calm-notes.net/talk?utm_content=p07")
		}, `content/settings.yaml:54: cards.discreet_url: "https://calm-notes.net/talk?utm_content=p07" has the tracking field "utm_content=p07": the discreet card's link carries its own code alone, and every field of its address stays in the history of the phone that scanned it (leave the tracking fields out of cards.discreet_url: with a campaign, haven adds the card's own code)`},
		{"a converter's style mark", firstAnswer("[No.]{.underline} Most victims"),
			"content/en/faq.md:13: answer 2[1]: {.underline} is a document converter's mark of a style (underline, a colour, a class), which would print as written (take it out, with the [ ] around the words it marks: for bold, write **bold**, for italic *italic*)"},
		{"unknown placeholder", func(t *testing.T) fs.FS { return edit(t, "en/text.yaml", "Call {call}", "Call {hotline}") },
			"content/en/text.yaml:15: help.call: unknown placeholder {hotline} (use one of {call}, {text}, {keyword}, {tty}, {chat}, {emergency}, {organisation}, {url})"},
		// a placeholder in capitals, or with spaces inside its braces, is told as written right
		{"placeholder in capitals", func(t *testing.T) fs.FS { return edit(t, "en/text.yaml", "Call {call}", "Call {CALL}") },
			"content/en/text.yaml:15: help.call: unknown placeholder {CALL} (did you mean {call}? use one of {call}, {text}, {keyword}, {tty}, {chat}, {emergency}, {organisation}, {url})"},
		{"placeholder with spaces", func(t *testing.T) fs.FS { return edit(t, "en/text.yaml", "Call {call}", "Call { call }") },
			"content/en/text.yaml:15: help.call: unknown placeholder { call } (did you mean {call}? use one of {call}, {text}, {keyword}, {tty}, {chat}, {emergency}, {organisation}, {url})"},
		{"alias", func(t *testing.T) fs.FS {
			return edit(t, "en/text.yaml", "  title: Get help now", "  title: &a Get help now\n  danger_label: *a")
		},
			"content/en/text.yaml:12: help.danger_label: YAML aliases (*name) are not allowed (write the text out in full)"},
		{"faq heading without title", func(t *testing.T) fs.FS { return withFile(t, "en/faq.md", []byte("## Why?\n\nBecause.\n")) },
			"content/en/faq.md:1: title: the file must start with the title, a line beginning with '# '"},
		{"faq table", firstAnswer("| Sign | What |\n|---|---|\n| cash | gifts |\n\nNo. Most victims"),
			"content/en/faq.md:13: a table would not print as written (write each row as an item of a list ('- ' at the start of a line))"},
		{"faq raw html", firstAnswer("<b>No.</b> Most victims"),
			`content/en/faq.md:13: the HTML "<b>" would not print as written (write plain text; for bold write **text**, for a link [text](https://...))`},
		{"faq small heading", firstAnswer("### Note\n\nNo. Most victims"),
			"content/en/faq.md:13: a level-3 heading would not print as written; only '# ' (title) and '## ' (question) headings are (make it a '## ' question, or bold text in a paragraph: **like this**)"},
		{"faq image", firstAnswer("![map](map.png) No. Most victims"),
			"content/en/faq.md:13: an image would not print as written (describe it in words; a logo goes in settings.yaml)"},
		{"faq reference link without its address", firstAnswer("See [our list][1]. No. Most victims"),
			`content/en/faq.md:13: the reference-style link "[our list][1]" has no line [1]: giving its address, so it would print with its brackets (add a line '[1]: https://...' under the paragraph, or write the address in the link: [our list](https://...))`},
		{"faq reference link with an http address", firstAnswer("See [our list][1]. No. Most victims\n\n[1]: http://samples.org/list\n\nNo."),
			`content/en/faq.md:13: the link [our list](http://samples.org/list) is not secure: links open https:// pages only (write https://; if the page has no https:// address, link another page)`},
		{"faq code block", firstAnswer("```\ncode\n```\n\nNo. Most victims"),
			"content/en/faq.md:13: a code block (text indented by 4 spaces or between ```) would not print as written (write it as a paragraph, starting at the left margin)"},
		{"faq empty question", func(t *testing.T) fs.FS {
			return edit(t, "en/faq.md", "## Can minors legally", "## Is that all?\n\n## Can minors legally")
		}, `content/en/faq.md:15: the heading "Is that all?" has no text under it (write the answer below it, after a blank line)`},
		{"zero-width space", firstAnswer("No.\u200b Most victims"),
			"content/en/faq.md:13: has an invisible zero-width space (U+200B), which would change the printed text without showing where: it stands between \"No.\" and \"Most victims know\" (delete it; to keep two words on one line write a no-break space (U+00A0), to allow a break inside a word a soft hyphen (U+00AD))"},
		{"zero-width space beside a no-break space", firstAnswer("Call\u00a0us.\u200b Most victims"), // shown as a reader sees it, not as Go's \u00a0
			"content/en/faq.md:13: has an invisible zero-width space (U+200B), which would change the printed text without showing where: it stands between \"Call\u00a0us.\" and \"Most victims know\" (delete it; to keep two words on one line write a no-break space (U+00A0), to allow a break inside a word a soft hyphen (U+00AD))"},
		{"combining grapheme joiner", firstAnswer("No.\u034f Most victims"),
			"content/en/faq.md:13: has an invisible combining grapheme joiner (U+034F), which would change the printed text without showing where: it stands between \"No.\" and \"Most victims know\" (delete it: it prints nothing)"},
		{"zero-width joiner", func(t *testing.T) fs.FS {
			return edit(t, "en/text.yaml", "  title: Get help now", "  title: Get\u200dhelp now")
		},
			"content/en/text.yaml:11: help.title: has an invisible zero-width joiner (U+200D), which would change the printed text without showing where (delete it: it prints nothing here (haven joins Arabic letters by itself, and prints no emoji))"},
		// a text pasted where a name or a heading goes is refused at once, not laid out for minutes
		{"organisation name of thousands of characters", func(t *testing.T) fs.FS {
			return edit(t, "settings.yaml", "  name: The Mission Haven", "  name: "+strings.Repeat("The Mission Haven ", 200))
		}, "content/settings.yaml:7: organisation.name: is 3599 characters long; no place haven prints it holds more than a few lines of it (shorten it to under 300 characters)"},
		{"title of thousands of characters", func(t *testing.T) fs.FS {
			return edit(t, "en/faq.md", "# Facts and FAQs", "# "+strings.Repeat("Facts ", 1000))
		}, "content/en/faq.md:1: title: is 6041 characters long; no place haven prints it holds more than a few lines of it (shorten it to under 300 characters)"},
		{"heading of thousands of characters", func(t *testing.T) fs.FS {
			return edit(t, "en/faq.md", "## Are all victims taken by strangers?", "## "+strings.Repeat("Why ", 1000)+"?")
		}, "content/en/faq.md:11: question 2: is 4001 characters long; no place haven prints it holds more than a few lines of it (shorten it to under 300 characters)"},
		{"zero-width space as a YAML escape", func(t *testing.T) fs.FS {
			return edit(t, "en/text.yaml", "  title: Get help now", `  title: "Get \u200Bhelp now"`)
		},
			"content/en/text.yaml:11: help.title: has an invisible zero-width space (U+200B), which would change the printed text without showing where (delete it; to keep two words on one line write a no-break space (U+00A0), to allow a break inside a word a soft hyphen (U+00AD))"},
		{"object replacement character", firstAnswer("No.\ufffc Most victims"),
			"content/en/faq.md:13: has an object replacement character (U+FFFC), which prints as a box: the mark of a picture pasted from a word processor: it stands between \"No.\" and \"Most victims know\" (delete it; a logo goes in settings.yaml, and the FAQ says in words what a picture showed)"},
		{"variation selector", firstAnswer("No.\ufe00 Most victims"),
			"content/en/faq.md:13: has an invisible variation selector-1 (U+FE00), which would change the printed text without showing where: it stands between \"No.\" and \"Most victims know\" (delete it: it prints nothing)"},
		{"invisible function application", firstAnswer("No.\u2061 Most victims"),
			"content/en/faq.md:13: has an invisible function application (U+2061), which would change the printed text without showing where: it stands between \"No.\" and \"Most victims know\" (delete it: it prints nothing)"},
		// a character Unicode names "invisible" already is not named so twice
		{"invisible times", firstAnswer("No.\u2062 Most victims"),
			"content/en/faq.md:13: has an invisible times (U+2062), which would change the printed text without showing where: it stands between \"No.\" and \"Most victims know\" (delete it: it prints nothing)"},
		{"invisible separator as a character reference", firstAnswer("No.&#x2063; Most victims"),
			"content/en/faq.md:13: the character reference &#x2063; stands for an invisible separator (U+2063), which would change the printed text without showing where (delete it: it prints nothing)"},
		{"invisible plus as a character reference", firstAnswer("No.&#x2064; Most victims"),
			"content/en/faq.md:13: the character reference &#x2064; stands for an invisible plus (U+2064), which would change the printed text without showing where (delete it: it prints nothing)"},
		{"a replacement character typed in", firstAnswer("No.\ufffd Most victims"),
			"content/en/faq.md:13: has a replacement character (U+FFFD), which prints as a box: the mark of text copied or converted wrongly: it stands between \"No.\" and \"Most victims know\" (type the character that was meant in its place)"},
		{"NUL as a character reference", firstAnswer("No.&#0; Most victims"),
			"content/en/faq.md:13: the character reference &#0; stands for no character that prints: it would print as a box (U+FFFD) (write the character itself, or the right number (&#8212; for —))"},
		{"a surrogate as a character reference", firstAnswer("No. *Most&#xD800;* victims"),
			"content/en/faq.md:13: the character reference &#xD800; stands for no character that prints: it would print as a box (U+FFFD) (write the character itself, or the right number (&#8212; for —))"},
		{"zero-width space as a character reference", firstAnswer("No.&#x200B; Most victims"),
			"content/en/faq.md:13: the character reference &#x200B; stands for an invisible zero-width space (U+200B), which would change the printed text without showing where (delete it; to keep two words on one line write a no-break space (U+00A0), to allow a break inside a word a soft hyphen (U+00AD))"},
		{"right-to-left mark as a named reference", firstAnswer("No. &RightArrow;&rlm; Most victims"),
			"content/en/faq.md:13: the character reference &rlm; stands for an invisible right-to-left mark (U+200F), which would change the printed text without showing where (delete it: haven orders right-to-left text by itself)"},
		{"control character as a character reference", firstAnswer("[No.&#27;](https://samples.org) Most victims"),
			"content/en/faq.md:13: the character reference &#27; stands for a control character (U+001B) (remove it; if the file looks fine in your editor, save it again as plain text)"},
		{"bidi override", func(t *testing.T) fs.FS {
			return edit(t, "en/text.yaml", "  title: Get help now", "  title: \"\u202eGet help now\"")
		},
			"content/en/text.yaml:11: help.title: has an invisible right-to-left override (U+202E), which would change the printed text without showing where (delete it: haven orders right-to-left text by itself)"},
		{"missing faq", func(t *testing.T) fs.FS { return withFile(t, "es/faq.md", nil) },
			"content/es/faq.md: does not exist (es/ holds text.yaml, so it is read as the folder of the language \"es\", and each language folder needs faq.md and text.yaml; if it is not one, move text.yaml out of it)"},
		{"empty faq", func(t *testing.T) fs.FS { return withFile(t, "en/faq.md", []byte{}) },
			"content/en/faq.md: the file is empty (write a line '# Title', a few lines of introduction, then each question on a line '## Question?' with its answer below; or haven init another folder (haven init fresh-copy), and copy its en/faq.md here)"},
		{"faq of spaces and blank lines", func(t *testing.T) fs.FS { return withFile(t, "en/faq.md", []byte("\ufeff  \r\n\t\n \n")) },
			"content/en/faq.md: the file is empty (write a line '# Title', a few lines of introduction, then each question on a line '## Question?' with its answer below; or haven init another folder (haven init fresh-copy), and copy its en/faq.md here)"},
		{"a group written as one value", func(t *testing.T) fs.FS {
			return edit(t, "settings.yaml", "organisation:\n", "organisation: Harbor House\norganisation_:\n")
		},
			"content/settings.yaml:5: organisation: should be a group of 'name: value' lines (write organisation: alone on its line, and its settings under it, each on a line of its own indented by two spaces ('  name: ...'), as haven init writes them)"},
		{"settings of comments alone", func(t *testing.T) fs.FS {
			return withFile(t, "settings.yaml", []byte("# organisation:\n#   name: Harbor House\n"))
		},
			"content/settings.yaml: the file holds only comments (lines that begin with #), no settings (haven init another folder (haven init fresh-copy), and copy its settings.yaml here)"},
		{"invalid utf-8", func(t *testing.T) fs.FS {
			return withFile(t, "en/text.yaml", []byte("language: English\nhotline_name: \xff\n"))
		},
			"content/en/text.yaml:2: is not UTF-8 text (save the file as UTF-8 in your editor)"},
		{"huge file", func(t *testing.T) fs.FS { return withFile(t, "en/text.yaml", make([]byte, 2<<20)) },
			"content/en/text.yaml: is 2 MB, over the limit of 1 MB (is this the right file?)"},
		{"second document", func(t *testing.T) fs.FS {
			return edit(t, "en/text.yaml", "  title: Get help now", "  title: Get help now\n---\nlanguage: x")
		},
			"content/en/text.yaml:12: a second YAML document (after a '---' line); haven reads one (remove the '---' line and what follows it, or merge the two parts)"},
		{"null", func(t *testing.T) fs.FS { return edit(t, "en/text.yaml", "  title: Get help now", "  title: ~") },
			`content/en/text.yaml:11: help.title: "~" means nothing in YAML, so it reads as empty (write the text after the colon; if the text really is ~, put it in quotes: "~")`},
		{"binary", func(t *testing.T) fs.FS {
			return edit(t, "en/text.yaml", "  title: Get help now", "  title: !!binary R2V0IGhlbHA=")
		},
			"content/en/text.yaml:11: help.title: binary data (!!binary) is not text (write the text itself)"},
		{"merge key", func(t *testing.T) fs.FS {
			return edit(t, "en/text.yaml", "  title: Get help now", "  title: Get help now\n  <<: {call: x}")
		},
			"content/en/text.yaml:12: help: YAML merge keys (<<) are not allowed (write each field out in full)"},
		{"line separator", func(t *testing.T) fs.FS {
			return edit(t, "en/text.yaml", "  title: Get help now", "  title: Get help\u2028now")
		},
			"content/en/text.yaml:11: has a Unicode line separator (U+2028), which looks like a line break and is not one (delete it and press Enter instead)"},
		{"NUL byte", func(t *testing.T) fs.FS {
			return edit(t, "settings.yaml", "  call: 1-888-373-7888", "  call: 1-888-373-7888\x00")
		},
			"content/settings.yaml:30: has a control character (U+0000) (remove it; if the file looks fine in your editor, save it again as plain text)"},
		{"unquoted colour", func(t *testing.T) fs.FS {
			return edit(t, "settings.yaml", `  primary: "#0F4C5C"`, "  primary: #0F4C5C")
		},
			`content/settings.yaml:45: colours.primary: is empty: YAML reads what follows a '#' as a comment (put the value in quotes: primary: "#0F4C5C")`},
		{"unquoted name", func(t *testing.T) fs.FS {
			return edit(t, "settings.yaml", `  name: The Mission Haven`, `  name: #1 Youth Shelter   # as on our sign`)
		},
			`content/settings.yaml:7: organisation.name: is empty: YAML reads what follows a '#' as a comment (put the value in quotes: name: "#1 Youth Shelter")`},
		{"faq with a byte-order mark and a bad line", func(t *testing.T) fs.FS {
			b, _ := fs.ReadFile(defaultcontent.FS, "en/faq.md")
			return withFile(t, "en/faq.md", append([]byte("\ufeff"), strings.Replace(string(b), "No. Most victims", "~~No.~~ Most victims", 1)...))
		}, "content/en/faq.md:13: struck-through text (~~...~~) would not print as written (delete the text, or keep it without the ~~)"},
		{"extension on the number to text", func(t *testing.T) fs.FS {
			return edit(t, "settings.yaml", `  text: "233733"`, `  text: "1-888-373-7888 ext. 2"`)
		},
			`content/settings.yaml:33: hotline.text: "1-888-373-7888 ext. 2" has an extension (ext. 2): a text message goes to the number alone, which has no extensions to pass it on to (write the number alone (text: "1-888-373-7888"); an extension belongs with the number to call, in call:)`},
		{"faq not readable", func(t *testing.T) fs.FS { return denied{withFile(t, "en/faq.md", []byte("# FAQ\n")), "en/faq.md"} },
			"content/en/faq.md: cannot be read: permission denied (check its permissions: the user running haven must be allowed to read it)"},
		// not left out as a folder that is not a language's, the run going on without it
		{"language folder not readable", func(t *testing.T) fs.FS { return denied{edits(t), "es"} },
			"content/es: cannot be read: permission denied (check its permissions: the user running haven must be allowed to read it)"},
		// one text where a list belongs: the list of it to write
		{"text instead of list", func(t *testing.T) fs.FS {
			return edit(t, "settings.yaml", "organisation:\n", "organisation:\n  other_numbers: 614-224-4664\n")
		},
			`content/settings.yaml:6: organisation.other_numbers: should be a list of texts, each on a line starting with '- ' (write other_numbers: ["614-224-4664"])`},
		{"languages on one line: two codes, not one with a space", func(t *testing.T) fs.FS {
			return edit(t, "settings.yaml", "organisation:\n", "languages: en es\norganisation:\n")
		},
			`content/settings.yaml:5: languages: should be a list of texts, each on a line starting with '- ' (write languages: ["en", "es"])`},
		{"list instead of text", func(t *testing.T) fs.FS {
			return edit(t, "en/text.yaml", "  title: Get help now", "  title:\n    - Get help now")
		},
			"content/en/text.yaml:12: help.title: should be a single text, not a list or a group"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(tt.fsys(t), "content", Overrides{})
			if err == nil {
				t.Fatal("loaded without error")
			}
			if !strings.Contains("\n"+err.Error()+"\n", "\n"+tt.want+"\n") {
				t.Errorf("got  %s\nwant %s", err, tt.want)
			}
		})
	}
}

func TestOverrideURLRefusesHTTP(t *testing.T) {
	_, err := Load(defaultcontent.FS, "content", Overrides{URL: "http://samples.org"})
	if err == nil || !strings.Contains(err.Error(), "must start with https://") {
		t.Fatalf("got %v", err)
	}
}

// A problem with the address --url gives is said of --url, not of the resource_url line in
// settings.yaml it replaces, which the user would open and find nothing wrong in.
func TestOverrideURLProblemsNameTheFlag(t *testing.T) {
	for _, tt := range []struct{ url, want string }{
		{"https://samples.org/?fbclid=1", `--url: "https://samples.org/?fbclid=1" carries fbclid`},
		{"https://samples.org/?a=1;b=2", `--url: "https://samples.org/?a=1;b=2" separates its query's fields with ';'`},
	} {
		_, err := Load(defaultcontent.FS, "content", Overrides{URL: tt.url})
		if err == nil || !strings.HasPrefix(err.Error(), tt.want) || strings.Contains(err.Error(), "settings.yaml") {
			t.Errorf("--url %s: got %v, want %s...", tt.url, err, tt.want)
		}
	}
}

// Settled is given the settings once, with the overrides, as soon as they are read; settings
// with a problem are given to no one.
func TestSettled(t *testing.T) {
	for _, tt := range []struct {
		fsys fs.FS
		want string // the resource_url Settled is given; "" not called
	}{
		{defaultcontent.FS, "https://samples.org/help"},
		{edit(t, "settings.yaml", "resource_url: https://humantraffickinghotline.org", "resource_ur: https://humantraffickinghotline.org"), ""},
	} {
		got := make(chan string, 2)
		_, err := Load(tt.fsys, "content", Overrides{URL: "https://samples.org/help", Campaign: "fall", Settled: func(s Settings) {
			if s.Campaign != "fall" {
				t.Errorf("Settled got campaign %q, not the override", s.Campaign)
			}
			got <- s.ResourceURL
		}})
		if (err == nil) != (tt.want != "") {
			t.Fatalf("Load: %v", err)
		}
		select {
		case url := <-got:
			if url != tt.want {
				t.Errorf("Settled got %q, want %q", url, tt.want)
			}
			select {
			case <-got:
				t.Error("Settled called twice")
			case <-time.After(10 * time.Millisecond):
			}
		case <-time.After(time.Second):
			if tt.want != "" {
				t.Error("Settled not called")
			}
		}
	}
}

func pngBytes(t *testing.T, w, h int) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := png.Encode(&buf, image.NewGray(image.Rect(0, 0, w, h))); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// A progressive JPEG logo prints; one cut short (a download stopped), which decodes without an
// error as a blur of its first scans, is refused as damaged. Go writes no progressive JPEG: these
// are the ones the standard library's own tests read.
func TestProgressiveJPEGLogo(t *testing.T) {
	for _, tt := range []struct{ file, want string }{
		{"video-001.progressive.jpeg", ""},
		{"video-001.progressive.truncated.jpeg", "content/settings.yaml:11: organisation.logo: logo.jpg: the jpeg image is damaged: its last scans are missing: it would print as a blur (export it again as PNG)"},
	} {
		b, err := os.ReadFile(filepath.Join(goroot(t), "src", "image", "testdata", tt.file))
		if err != nil {
			t.Fatal(err)
		}
		if err := loadsLogo(t, b, tt.want); err != "" {
			t.Errorf("%s: %s", tt.file, err)
		}
	}
	// a baseline JPEG, as Go writes one, prints; its last bytes lost, it is refused
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, image.NewGray(image.Rect(0, 0, 60, 20)), nil); err != nil {
		t.Fatal(err)
	}
	if err := loadsLogo(t, buf.Bytes(), ""); err != "" {
		t.Errorf("baseline: %s", err)
	}
	if err := loadsLogo(t, buf.Bytes()[:buf.Len()-2], "content/settings.yaml:11: organisation.logo: logo.jpg: the jpeg image is damaged"); err != "" {
		t.Errorf("baseline without its end: %s", err)
	}
}

// goroot is the Go installation's folder, as the go command running the tests gives it.
func goroot(t *testing.T) string {
	out, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		t.Fatal(err)
	}
	return strings.TrimSpace(string(out))
}

// loadsLogo loads the built-in content with data as its logo.jpg: "" when it loads as want says
// (a logo for "", else an error that begins want), else what happened.
func loadsLogo(t *testing.T, data []byte, want string) string {
	fsys := edit(t, "settings.yaml", `  logo: ""`, "  logo: logo.jpg").(fstest.MapFS)
	fsys["logo.jpg"] = &fstest.MapFile{Data: data}
	c, err := Load(fsys, "content", Overrides{})
	if got := fmt.Sprint(err); want == "" && (err != nil || c.Logo == nil) || want != "" && !strings.HasPrefix(got, want) {
		return fmt.Sprintf("%v, want %q", err, want)
	}
	return ""
}

func TestLogo(t *testing.T) {
	withLogo := func(t *testing.T, name string, data []byte) fs.FS {
		fsys := edit(t, "settings.yaml", `  logo: ""`, "  logo: "+name).(fstest.MapFS)
		if data != nil {
			fsys[name] = &fstest.MapFile{Data: data}
		}
		return fsys
	}
	tests := []struct {
		name string
		fsys func(t *testing.T) fs.FS
		want string
	}{
		{"good png", func(t *testing.T) fs.FS { return withLogo(t, "logo.png", pngBytes(t, 60, 20)) }, ""},
		{"missing", func(t *testing.T) fs.FS { return withLogo(t, "logo.png", nil) },
			"content/settings.yaml:11: organisation.logo: logo.png does not exist (put the file in the content folder, next to settings.yaml)"},
		{"not an image", func(t *testing.T) fs.FS { return withLogo(t, "logo.png", []byte("Logo, to follow")) },
			"content/settings.yaml:11: organisation.logo: logo.png is not a PNG or JPEG image (export it again as PNG)"},
		{"empty", func(t *testing.T) fs.FS { return withLogo(t, "logo.png", []byte{}) },
			"content/settings.yaml:11: organisation.logo: logo.png is empty (0 bytes): its export, download or copy did not finish (export the logo again as PNG, or copy it again)"},
		{"one byte", func(t *testing.T) fs.FS { return withLogo(t, "logo.png", []byte{0x89}) },
			"content/settings.yaml:11: organisation.logo: logo.png is not a PNG or JPEG image (export it again as PNG)"},
		// named .png, but of another kind by its bytes: the kind is said
		{"a GIF named .png", func(t *testing.T) fs.FS { return withLogo(t, "logo.png", []byte("GIF89a...")) },
			"content/settings.yaml:11: organisation.logo: logo.png is a GIF image; logos print from PNG or JPEG (export it again as PNG)"},
		{"a WebP named .png", func(t *testing.T) fs.FS { return withLogo(t, "logo.png", []byte("RIFF\x10\x00\x00\x00WEBPVP8 ")) },
			"content/settings.yaml:11: organisation.logo: logo.png is a WebP image; logos print from PNG or JPEG (export it again as PNG)"},
		{"a HEIC photo named .jpg", func(t *testing.T) fs.FS { return withLogo(t, "logo.jpg", []byte("\x00\x00\x00\x18ftypheic\x00\x00")) },
			"content/settings.yaml:11: organisation.logo: logo.jpg is a HEIC image; logos print from PNG or JPEG (export it again as PNG)"},
		{"an AVIF of the general brand", func(t *testing.T) fs.FS {
			return withLogo(t, "logo.png", []byte("\x00\x00\x00\x1cftypmif1\x00\x00\x00\x00avifmif1miaf"))
		},
			"content/settings.yaml:11: organisation.logo: logo.png is an AVIF image; logos print from PNG or JPEG (export it again as PNG)"},
		{"a web page saved as the logo", func(t *testing.T) fs.FS {
			return withLogo(t, "logo.png", []byte("<!DOCTYPE html>\n<html><body><svg width=\"10\"></svg></body></html>"))
		}, "content/settings.yaml:11: organisation.logo: logo.png is a web page (HTML), not an image: a link saved in place of its picture (open the page, save the image itself (or export it) as PNG)"},
		// a JPEG whose subsampling Go's decoder does not read (chroma sampled finer than luma,
		// as some cameras write) is a JPEG all the same
		{"a JPEG haven cannot read", func(t *testing.T) fs.FS {
			var buf bytes.Buffer
			if err := jpeg.Encode(&buf, image.NewRGBA(image.Rect(0, 0, 32, 32)), nil); err != nil {
				t.Fatal(err)
			}
			data := buf.Bytes()
			sof := bytes.Index(data, []byte{0xff, 0xc0}) // length, precision, height, width, 3 components
			data[sof+11], data[sof+14], data[sof+17] = 0x11, 0x22, 0x22
			return withLogo(t, "logo.jpg", data)
		}, "content/settings.yaml:11: organisation.logo: logo.jpg is a JPEG image haven cannot read: unsupported JPEG feature: luma/chroma subsampling ratio (export it again as PNG)"},
		{"huge dimensions", func(t *testing.T) fs.FS { return withLogo(t, "logo.png", pngBytes(t, 9000, 1)) },
			"content/settings.yaml:11: organisation.logo: logo.png is 9000x1 pixels; at most 8192 on a side and 16 million in all (export a smaller PNG, about 600 pixels wide)"},
		{"too many pixels", func(t *testing.T) fs.FS { return withLogo(t, "logo.png", pngBytes(t, 5000, 5000)) },
			"content/settings.yaml:11: organisation.logo: logo.png is 5000x5000 pixels; at most 8192 on a side and 16 million in all (export a smaller PNG, about 600 pixels wide)"},
		// a file of another kind, there or not, is to be exported as PNG, not copied
		{"svg", func(t *testing.T) fs.FS { return withLogo(t, "logo.svg", []byte("<svg/>")) },
			`content/settings.yaml:11: organisation.logo: "logo.svg" is not a PNG or JPEG file, the only kinds of image that print (export it as PNG (or JPEG) into the content folder as logo.png and write logo: logo.png)`},
		{"gif in a folder", func(t *testing.T) fs.FS { return withLogo(t, `img\Logo.GIF`, nil) },
			`content/settings.yaml:11: organisation.logo: "img\\Logo.GIF" is not a PNG or JPEG file, the only kinds of image that print (export it as PNG (or JPEG) into the content folder as img/Logo.png and write logo: img/Logo.png)`},
		{"no extension", func(t *testing.T) fs.FS { return withLogo(t, "logo", nil) },
			`content/settings.yaml:11: organisation.logo: "logo" is not a PNG or JPEG file, the only kinds of image that print (export it as PNG (or JPEG) into the content folder as logo.png and write logo: logo.png)`},
		// a folder named for the file in it: said to be one, with the image in it to name
		{"a folder with the image in it", func(t *testing.T) fs.FS {
			fsys := withLogo(t, "img", nil).(fstest.MapFS)
			fsys["img/a notes.txt"] = &fstest.MapFile{}
			fsys["img/Logo.PNG"] = &fstest.MapFile{Data: pngBytes(t, 60, 20)}
			return fsys
		},
			`content/settings.yaml:11: organisation.logo: "img" is a folder, not an image file (write the name of the image in it: logo: img/Logo.PNG)`},
		{"an empty folder", func(t *testing.T) fs.FS {
			fsys := withLogo(t, "img", nil).(fstest.MapFS)
			fsys["img"] = &fstest.MapFile{Mode: fs.ModeDir | 0o755}
			return fsys
		}, `content/settings.yaml:11: organisation.logo: "img" is a folder, not an image file (put the logo, a PNG or JPEG file, in it and write its name: logo: img/logo.png)`},
		{"svg elsewhere", func(t *testing.T) fs.FS { return withLogo(t, `C:\Users\me\logo.svg`, nil) },
			`content/settings.yaml:11: organisation.logo: "C:\\Users\\me\\logo.svg" is not a PNG or JPEG file, the only kinds of image that print (export it as PNG (or JPEG), put that in the content folder and write its name as seen from there)`},
		{"in a folder", func(t *testing.T) fs.FS { return withLogo(t, "img/logo.png", pngBytes(t, 60, 20)) }, ""},
		// an old flyer's corner, its QR code and all: a second code, to a page nothing checks
		{"a QR code in it", func(t *testing.T) fs.FS {
			code, err := qrcode.Encode("https://old-site.example.net/donate", qrcode.Medium, 256)
			if err != nil {
				t.Fatal(err)
			}
			return withLogo(t, "logo.png", code)
		}, `content/settings.yaml:11: organisation.logo: logo.png holds a QR code, which opens "https://old-site.example.net/donate": printed, it would be a second code beside the one haven checks, and a reader may scan it instead (crop the QR code out of the logo: haven prints the code that opens resource_url on every output)`},
		// written as a Windows path, or from the current folder: the same file
		{"backslash", func(t *testing.T) fs.FS {
			fsys := withLogo(t, `img\logo.png`, nil).(fstest.MapFS)
			fsys["img/logo.png"] = &fstest.MapFile{Data: pngBytes(t, 60, 20)}
			return fsys
		}, ""},
		{"dot slash", func(t *testing.T) fs.FS {
			fsys := withLogo(t, "./logo.png", nil).(fstest.MapFS)
			fsys["logo.png"] = &fstest.MapFile{Data: pngBytes(t, 60, 20)}
			return fsys
		}, ""},
		{"capitals", func(t *testing.T) fs.FS {
			fsys := withLogo(t, "img/logo.png", nil).(fstest.MapFS)
			fsys["img/LOGO.PNG"] = &fstest.MapFile{Data: pngBytes(t, 60, 20)}
			return fsys
		}, "content/settings.yaml:11: organisation.logo: img/logo.png does not exist (the folder has img/LOGO.PNG: write logo: img/LOGO.PNG, its capitals as the file has them)"},
		{"windows drive", func(t *testing.T) fs.FS { return withLogo(t, `C:\Users\me\logo.png`, nil) },
			`content/settings.yaml:11: organisation.logo: "C:\\Users\\me\\logo.png" should be a .png or .jpg file in the content folder, e.g. logo.png or img/logo.png (copy the file into the content folder and write its name as seen from there)`},
		{"out of the folder", func(t *testing.T) fs.FS { return withLogo(t, "../logo.png", pngBytes(t, 60, 20)) },
			`content/settings.yaml:11: organisation.logo: "../logo.png" should be a .png or .jpg file in the content folder, e.g. logo.png or img/logo.png (copy the file into the content folder and write its name as seen from there)`},
		{"absolute", func(t *testing.T) fs.FS { return withLogo(t, "/logo.png", nil) },
			`content/settings.yaml:11: organisation.logo: "/logo.png" should be a .png or .jpg file in the content folder, e.g. logo.png or img/logo.png (copy the file into the content folder and write its name as seen from there)`},
		{"sized", func(t *testing.T) fs.FS {
			fsys := withLogo(t, "logo.png", pngBytes(t, 60, 20)).(fstest.MapFS)
			b := strings.Replace(string(fsys["settings.yaml"].Data), "  logo: logo.png", "  logo: logo.png\n  logo_size: 200%", 1)
			fsys["settings.yaml"] = &fstest.MapFile{Data: []byte(b)}
			return fsys
		}, `content/settings.yaml:12: organisation.logo_size: "200%" should be a size in percent from 50 to 150 (100 is the usual size)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Load(tt.fsys(t), "content", Overrides{})
			got := ""
			if err != nil {
				got = strings.SplitN(err.Error(), "\n", 2)[0]
			} else if c.Logo == nil || c.Logo.W != 60 {
				t.Fatalf("logo not loaded: %+v", c.Logo)
			}
			if got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}

func TestNumberTypedIntoTextIsChecked(t *testing.T) {
	fsys := edit(t, "en/faq.md", "at {call} or", "at 1-888-373-7889 or")
	_, err := Load(fsys, "content", Overrides{})
	want := `content/en/faq.md:41: answer 9[1]: "1-888-373-7889" is one slip away from hotline.call 1-888-373-7888; a likely typo (write {call} to print 1-888-373-7888 from settings.yaml; if 1-888-373-7889 is another of your own numbers (a fax, an office line), list it in settings.yaml under organisation: as other_numbers: ["1-888-373-7889"], or add it to that list; as it is one slip from 1-888-373-7888, check it digit by digit, then write it again at the top level of settings.yaml: confirmed_numbers: ["1-888-373-7889"])`
	if err == nil || err.Error() != want {
		t.Fatalf("got %v\nwant %s", err, want)
	}
}

func TestNumbersTypedIntoTexts(t *testing.T) {
	tests := []struct {
		text string
		want string // the number reported, or ""
	}{
		{"Call 1-888-373-7889 today.", "1-888-373-7889"},
		{"Call (888) 373-7878.", "(888) 373-7878"},
		{"Text HELP to 233 773.", "233 773"},
		{"Text HELP to 23373.", "23373"},
		{"In danger, call 9-1-2 now.", "9-1-2"},
		{"Llame al 912 enseguida.", "912"},
		{"Call 1-888-373-7888 or text 233733; in danger, call 911.", ""},
		{"Deaf callers can use TTY: 711. For local services call 211.", ""},
		{"In 2023, 912 calls were made.", ""},
		{"The law dates from 1911.", ""},
		{"Interpreters in more than 200 languages, 24/7.", ""},
		{"Most victims are aged 12-17.", ""},
	}
	for _, tt := range tests {
		ps := checkText1(tt.text)
		got := ""
		if len(ps) == 1 {
			got = ps[0].Msg
		}
		switch {
		case len(ps) > 1:
			t.Errorf("%q: %d problems: %v", tt.text, len(ps), ps)
		case tt.want == "" && got != "":
			t.Errorf("%q: reported %s", tt.text, got)
		case tt.want != "" && !strings.HasPrefix(got, fmt.Sprintf("%q is one slip away", tt.want)):
			t.Errorf("%q: got %q, want %q reported", tt.text, got, tt.want)
		}
	}
}

// Line endings of any system load the same: CR LF (Windows) and CR alone (old Mac editors).
func TestLineEndings(t *testing.T) {
	b, _ := fs.ReadFile(defaultcontent.FS, "en/faq.md")
	want, err := Load(withFile(t, "en/faq.md", b), "content", Overrides{})
	if err != nil {
		t.Fatal(err)
	}
	for name, sep := range map[string]string{"CR LF": "\r\n", "CR": "\r"} {
		got, err := Load(withFile(t, "en/faq.md", []byte(strings.ReplaceAll(string(b), "\n", sep))), "content", Overrides{})
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if g, w := len(got.Languages[0].FAQ.Questions), len(want.Languages[0].FAQ.Questions); g != w {
			t.Errorf("%s: %d questions, want %d", name, g, w)
		}
	}
}

// A problem in a file whose lines end in CR alone, or CR LF, is named at its line, as in one
// with LF, in each kind of text file.
func TestLineEndingsCounted(t *testing.T) {
	for _, tc := range []struct{ file, old, new, want string }{
		{"settings.yaml", "  call: 1-888-373-7888", "  call: 1-888-373-7888\x00", "content/settings.yaml:30: has a control character (U+0000)"},
		{"en/text.yaml", "  title: Get help now", "  title: Get help\u2028now", "content/en/text.yaml:11: has a Unicode line separator (U+2028)"},
		{"en/faq.md", "No. Most victims", "~~No.~~ Most victims", "content/en/faq.md:13: struck-through text"},
	} {
		b := strings.Replace(string(mustRead(t, tc.file)), tc.old, tc.new, 1)
		for name, sep := range map[string]string{"CR LF": "\r\n", "CR": "\r"} {
			_, err := Load(withFile(t, tc.file, []byte(strings.ReplaceAll(b, "\n", sep))), "content", Overrides{})
			if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
				t.Errorf("%s, %s: %v; want %s", tc.file, name, err, tc.want)
			}
		}
	}
}

// An extension after a number in a text is no number: "ext. 233" is not the short code.
func TestExtensionIsNoNumber(t *testing.T) {
	for _, text := range []string{"Call (555) 201-3344 ext. 2", "Call 555-201-3344 x233", "Front desk, extension 911"} {
		if ps := checkText1(text); len(ps) > 0 {
			t.Errorf("%q: %v", text, ps)
		}
	}
	if ps := checkText1("Call 912"); len(ps) == 0 {
		t.Error("a typed 912 after 'call' is no longer caught")
	}
}

// Problems come in the same order on every run (two bad colours were in Go's map order).
func TestProblemOrderIsStable(t *testing.T) {
	fsys := withFile(t, "settings.yaml", []byte(strings.NewReplacer(`primary: "#0F4C5C"`, "primary: teal", `accent: "#F4B942"`, "accent: yellow",
		"# font:\n#   regular: MyFont-Regular.ttf\n#   bold: MyFont-Bold.ttf", "font:\n  regular: a.otf\n  bold: b.otf").Replace(string(mustRead(t, "settings.yaml")))))
	_, first := Load(fsys, "content", Overrides{})
	if first == nil || strings.Count(first.Error(), "\n") != 3 {
		t.Fatalf("want four problems, got %v", first)
	}
	for i := 0; i < 30; i++ {
		if _, err := Load(fsys, "content", Overrides{}); err.Error() != first.Error() {
			t.Fatalf("run %d:\n%v\nfirst:\n%v", i, err, first)
		}
	}
}

func mustRead(t *testing.T, name string) []byte {
	t.Helper()
	b, err := fs.ReadFile(defaultcontent.FS, name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// checkText1 checks a text against the default content's numbers, as a language text.
func checkText1(text string) diag.Problems {
	return checkNumbers("f", textLines{first: 1}, "p", text, "", defaultNumbers(), true, true)
}

var defaultNumbers = sync.OnceValue(func() []Number {
	c, err := Load(defaultcontent.FS, "content", Overrides{})
	if err != nil {
		panic(err)
	}
	return c.Settings.Numbers()
})

// TestNormalForm: a letter typed as a base and a combining accent (as some Mac programs paste
// it) is loaded as the one precomposed character fonts draw; a soft hyphen is kept.
func TestNormalForm(t *testing.T) {
	fsys := edit(t, "es/faq.md", "## ", "## ¿Qu\u00e9 esta\u0301s leyendo?\n\nPala\u00adbra.\n\n## ")
	c, err := Load(fsys, "content", Overrides{})
	if err != nil {
		t.Fatal(err)
	}
	q := c.Languages[1].FAQ.Questions[0]
	if want := "¿Qué estás leyendo?"; q.Question.Text != want {
		t.Errorf("question %q, want %q", q.Question.Text, want)
	}
	if want := "Pala\u00adbra."; q.Answer[0].Text != want {
		t.Errorf("answer %q, want %q", q.Answer[0].Text, want)
	}
}

// The Markdown people write: lists (nested one level), emphasis and links as their text, hard
// line breaks, setext headings; HTML comments dropped.
func TestFAQMarkdown(t *testing.T) {
	md := "Title\n=====\n\nIntro with *emphasis*, **bold** and ***both***.\n<!-- TODO: check this figure with legal -->\n\n" +
		"## What can I do?\n\nSteps:\n\n1. Call [the hotline](tel:18883737888).\n2. Write it down:\n   - when\n   - where\n\nLine one  \nline two\n\n" +
		"## Closing\n\nThanks.\n"
	faq, ps := parseFAQ("faq.md", []byte(md))
	if ps != nil {
		t.Fatal(ps)
	}
	type para struct {
		text, mark  string
		level, line int
	}
	var got []para
	for _, p := range faq.Questions[0].Answer {
		got = append(got, para{p.Text, p.Mark, p.Level, p.Line})
	}
	want := []para{{"Steps:", "", 0, 9}, {"Call the hotline.", "1.", 1, 11}, {"Write it down:", "2.", 1, 12}, {"when", "–", 2, 13}, {"where", "–", 2, 14}, {"Line one\nline two", "", 0, 16}}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("answer:\n got %v\nwant %v", got, want)
	}
	if l := faq.Questions[0].Answer[1].Links; len(l) != 1 || l[0].Text != "the hotline" || l[0].URL != "tel:18883737888" {
		t.Errorf("links %v", l)
	}
	if faq.Title.Text != "Title" || len(faq.Intro) != 1 || faq.Intro[0].Text != "Intro with "+ItalicOn+"emphasis"+ItalicOff+", "+BoldOn+"bold"+BoldOff+" and "+ItalicOn+BoldOn+"both"+BoldOff+ItalicOff+"." || faq.ClosingTitle.Text != "Closing" {
		t.Errorf("title %q, intro %v, closing %q", faq.Title.Text, faq.Intro, faq.ClosingTitle.Text)
	}
}

// A number written on across a line end of the file is one number, as a reader means it:
// Markdown's soft line break would print a space in it. Other line ends of wrapped text stay spaces.
func TestNumberAcrossLineEnds(t *testing.T) {
	for _, tt := range []struct{ written, want string }{
		{"Call 1-888-\n373-7888 now.", "Call 1-888-373-7888 now."},
		{"Call 1-888-373\n-7888 now.", "Call 1-888-373-7888 now."},
		{"Call 1-888-\n373-7888 or 1-888-373-\n7888.", "Call 1-888-373-7888 or 1-888-373-7888."},
		{"Call *1-888-*\n373-7888.", "Call " + ItalicOn + "1-888-" + ItalicOff + " 373-7888."},
		{"Call (888)\n373-7888.", "Call (888) 373-7888."},
		{"Our program is open to young people of every background, ages 12 to\n17.", "Our program is open to young people of every background, ages 12 to 17."},
		{"If you or someone near you is hurt or in danger right now, please call 911\nnow.", "If you or someone near you is hurt or in danger right now, please call 911 now."},
		{"Our advocates are trained in trauma-informed care and are a well-\nknown team.", "Our advocates are trained in trauma-informed care and are a well- known team."},
		// lines a writer ended are kept, but where a number goes on in the next
		{"Call 911\nnow.", "Call 911\nnow."},
		{"Call us:\n1-888-373-7888", "Call us:\n1-888-373-7888"},
	} {
		faq, ps := parseFAQ("faq.md", []byte("# Title\n\n## Question?\n\n"+tt.written+"\n"))
		if ps != nil {
			t.Fatal(ps)
		}
		if got := faq.Questions[0].Answer[0].Text; got != tt.want {
			t.Errorf("%q reads %q, want %q", tt.written, got, tt.want)
		}
	}
}

// Emphasis in a heading does not print (headings are bold, in one face): a warning names the
// line; bold in a heading, and emphasis in an answer, print as written and are not warned of.
func TestEmphasisInHeadingsWarns(t *testing.T) {
	faq, ps := parseFAQ("faq.md", []byte("# A *title*\n\n## Is it *really* so?\n\nYes, *indeed*.\n\n## A **bold** question?\n\nYes.\n"))
	if ps != nil {
		t.Fatal(ps)
	}
	var got []string
	for _, w := range faq.warnings {
		got = append(got, fmt.Sprintf("%d %s", w.Line, w.Field))
	}
	if want := []string{"1 title", "3 question"}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("warnings at %v, want %v", got, want)
	}
}

// text.yaml is plain text: Markdown emphasis in a field would print with its asterisks, and is
// refused naming the field, its line and the words; an asterisk that is not emphasis passes.
func TestMarkdownInTextYAML(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"You choose *what* to say.", `around "what"`},
		{"You do **not** have to give your name.", `around "not"`},
		{"It is _your_ choice.", `around "your"`},
		{"Free* and confidential", ""},
		{"Call 24 * 7", ""},
		{"snake_case_words", ""},
		{"Plain words.", ""},
	} {
		s := tt.text
		ps := plainMarkdown("text.yaml", []field{{path: "card.back_lines[1]", line: 34, ptr: &s}})
		switch {
		case tt.want == "" && len(ps) > 0:
			t.Errorf("%q refused: %v", tt.text, ps)
		case tt.want != "" && (len(ps) != 1 || !strings.Contains(ps[0].Error(), tt.want) || ps[0].Line != 34 || ps[0].Field != "card.back_lines[1]"):
			t.Errorf("%q: got %v, want a problem at line 34 with %q", tt.text, ps, tt.want)
		}
	}
}

// TTY 711, the U.S. relay service, stands beside 911 as a number of its own: one slip from it,
// yet no typo; a TTY line one slip from the hotline still is.
func TestRelayBesideEmergency(t *testing.T) {
	if _, err := Load(edit(t, "settings.yaml", `tty: ""`, "tty: \"711\""), "content", Overrides{}); err != nil {
		t.Errorf("tty 711 refused: %v", err)
	}
	if _, err := Load(edit(t, "settings.yaml", `tty: ""`, "tty: 1-888-373-7878"), "content", Overrides{}); err == nil {
		t.Error("a TTY line one slip from the hotline was accepted")
	}
}

// A rule in faq.md, in every way Markdown writes one, is refused at its own line: it has no
// text of its own to take the line from.
func TestRuleInFAQNamesItsLine(t *testing.T) {
	for _, rule := range []string{"* * *", "***", "---", "- - -", "___", " _ _ _", "-----------"} {
		md := "# Title\n\nIntro.\n\n## A question?\n\nAn answer.\n\n" + rule + "\n\nMore of the answer.\n"
		_, ps := parseFAQ("faq.md", []byte(md))
		want := "faq.md:9: a horizontal rule would not print as written"
		if len(ps) != 1 || !strings.HasPrefix(ps[0].Error(), want) {
			t.Errorf("%q: got %v, want %q", rule, ps, want)
		}
	}
}

// A file haven needs, missing beside one named almost as it, is named in the hint: Windows
// hides the .txt a text editor adds, and a capital or .yml looks right to a person.
func TestMisnamedFileNamed(t *testing.T) {
	for _, tt := range []struct{ want, found, hint string }{
		{"en/faq.md", "en/faq.md.txt", "the folder has faq.md.txt: haven reads a plain text file named faq.md; rename it (Windows may hide its .txt)"},
		{"en/faq.md", "en/FAQ.md", "the folder has FAQ.md: haven reads a plain text file named faq.md; rename it"},
		{"en/text.yaml", "en/text.yml", "the folder has text.yml: haven reads a plain text file named text.yaml; rename it"},
		{"settings.yaml", "Settings.YAML", "the folder has Settings.YAML: haven reads a plain text file named settings.yaml; rename it"},
		{"en/faq.md", "en/notes.md", "each language folder needs faq.md and text.yaml"}, // nothing like it
		// a copy as a browser, Windows, a Mac or Google Drive names it
		{"settings.yaml", "settings (1).yaml", "the folder has settings (1).yaml: haven reads a plain text file named settings.yaml; rename it"},
		{"en/text.yaml", "en/text - Copy.yaml", "the folder has text - Copy.yaml"},
		{"en/faq.md", "en/Copy of faq.md", "the folder has Copy of faq.md"},
		{"en/faq.md", "en/faqs.md", "each language folder needs faq.md and text.yaml"}, // another file
		// a word processor's document, or a PDF: renamed, it would be no plain text still
		{"en/faq.md", "en/FAQ.docx", "the folder has FAQ.docx, which is not plain text: haven reads a plain text file named faq.md, written in Markdown; open FAQ.docx and save it as plain text named faq.md (in Word: File > Save As > Plain Text), or copy its text into a plain text editor (Notepad, TextEdit in plain text mode) and save it as faq.md"},
		{"en/faq.md", "en/faq.doc", "the folder has faq.doc, which is not plain text: haven reads a plain text file named faq.md, written in Markdown; open faq.doc and save it as plain text named faq.md"},
		{"en/faq.md", "en/faq.odt", "open faq.odt and save it as plain text named faq.md"},
		{"en/faq.md", "en/FAQ.rtf", "open FAQ.rtf and save it as plain text named faq.md"},
		{"en/faq.md", "en/FAQ.pages", "open FAQ.pages and save it as plain text named faq.md"},
		{"en/faq.md", "en/faq.pdf", "the folder has faq.pdf, which is not plain text"},
		{"en/text.yaml", "en/Text.docx", "the folder has Text.docx, which is not plain text: haven reads a plain text file named text.yaml; open Text.docx and save it as plain text named text.yaml"},
	} {
		m := withFile(t, "x", nil).(fstest.MapFS)
		m[tt.found] = m[tt.want]
		delete(m, tt.want)
		_, err := Load(m, "content", Overrides{})
		if err == nil || !strings.Contains(err.Error(), tt.hint) || strings.Contains(tt.hint, "not plain text") && strings.Contains(err.Error(), "rename it") {
			t.Errorf("%s renamed %s: %v; want the hint %q", tt.want, tt.found, err, tt.hint)
		}
	}
}

// An edited copy beside a file haven reads (downloaded again, duplicated) is named in a
// warning when its text differs, saying when it was saved after the file: its edits would
// print nowhere. A copy like the file, or a file of another name or kind, is no warning.
func TestCopiesBeside(t *testing.T) {
	later := time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		file, copy string
		edited     bool
		saved      time.Time
		want       string // the warning, or empty for none
	}{
		{"settings.yaml", "settings (1).yaml", true, later, "content/settings (1).yaml: differs from settings.yaml, was saved after it, and is not read: haven reads only settings.yaml (if it holds the edits to print, copy them into settings.yaml, or rename it settings.yaml in place of the old one; else move it out of the content folder)"},
		{"en/faq.md", "en/faq (1).md", true, time.Time{}, "content/en/faq (1).md: differs from faq.md and is not read: haven reads only faq.md"},
		{"en/text.yaml", "en/text - Copy.yaml", true, later, "content/en/text - Copy.yaml: differs from text.yaml, was saved after it,"},
		{"es/faq.md", "es/faq copy.md", true, later, "content/es/faq copy.md: differs from faq.md"},
		{"es/faq.md", "es/Copy of faq.md", true, later, "content/es/Copy of faq.md: differs from faq.md"},
		{"en/faq.md", "en/FAQ.md.txt", true, later, "content/en/FAQ.md.txt: differs from faq.md"},
		{"en/text.yaml", "en/text (1).yaml", false, later, ""}, // the same text
		{"en/faq.md", "en/faqs.md", true, later, ""},
		{"en/faq.md", "en/faq (1).docx", true, later, ""},
	} {
		m := withFile(t, "x", nil).(fstest.MapFS)
		data := m[tt.file].Data
		if tt.edited {
			data = append(slices.Clip(data), "\n"...)
		}
		m[tt.copy] = &fstest.MapFile{Data: data, ModTime: tt.saved}
		c, err := Load(m, "content", Overrides{})
		if err != nil {
			t.Fatal(err)
		}
		var got string
		for _, w := range c.Warnings {
			if strings.Contains(w.Error(), "is not read") {
				got = w.Error()
			}
		}
		if tt.want == "" && got != "" || !strings.HasPrefix(got, tt.want) {
			t.Errorf("%s beside %s: warning %q, want %q", tt.copy, tt.file, got, tt.want)
		}
	}
}

// A word processor's own file saved under a content file's name is named for what it is, with
// how to save it as text, not read as broken YAML or Markdown.
func TestDocumentUnderATextName(t *testing.T) {
	for _, tt := range []struct {
		name string
		data []byte
		want string
	}{
		{"en/faq.md", []byte(`{\rtf1\ansi\deff0 {\fonttbl} Hello}`), "content/en/faq.md:1: is a rich text (RTF) file, not a plain text file"},
		{"en/text.yaml", []byte("PK\x03\x04\x14\x00\x06\x00"), "content/en/text.yaml:1: is a Word, Excel, OpenDocument or other zip file"},
		{"settings.yaml", []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1}, "content/settings.yaml:1: is an old Word (.doc) file"},
	} {
		_, err := Load(withFile(t, tt.name, tt.data), "content", Overrides{})
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: %v, want %q", tt.name, err, tt.want)
		}
	}
}

// An image, a font or a program copied under a content file's name is named for what it is,
// not as UTF-32 text or for a control character, with its bytes never quoted; text that
// begins with the same letters (MZ, BM, true, OTTO, GIF8) is read.
func TestBinaryUnderATextName(t *testing.T) {
	png := "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00\x5c\x72\xa8\x66\x1a"
	for _, tt := range []struct{ data, want string }{
		{"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00>\x00", "is a program (Linux), not a plain text file"},
		{"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff", "is a program (Windows), not a plain text file"},
		{"\xcf\xfa\xed\xfe\x0c\x00\x00\x01", "is a program (Mac), not a plain text file"},
		{png, "is a PNG image, not a plain text file"},
		{"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01", "is a JPEG image, not a plain text file"},
		{"GIF89a\x01\x00\x01\x00\x80\x00\x00", "is a GIF image, not a plain text file"},
		{"\x00\x01\x00\x00\x00\x14\x01\x00\x00\x04\x00@FFTM\xb5O$L", "is a font, not a plain text file"},
		{"OTTO\x00\x0b\x00\x80\x00\x03\x000CFF ", "is a font, not a plain text file"},
		{"wOF2\x00\x01\x00\x00", "is a web font, not a plain text file"},
		// no kind known: the control character is said, its line not quoted
		{"\x00\x01@FFTM\xb5O$LGDEF\xff\xfe\n", "has a control character (U+0000) (remove it"},
	} {
		_, p := readable("en/faq.md", []byte(tt.data))
		if p == nil || !strings.HasPrefix(p.Msg, tt.want) && !strings.HasPrefix(p.Msg+" ("+p.Hint, tt.want) || strings.ContainsAny(p.Msg, "\ufffd\"") {
			t.Errorf("%q: %v, want %q", tt.data, p, tt.want)
		}
	}
	for _, text := range []string{"MZ Crisis Centre\n", "BMI and your health\n", "true stories\n", "OTTO's shelter\n", "GIF8 is no image\n", "wOFF\n", "ttcf\n"} {
		if _, p := readable("en/faq.md", []byte(text)); p != nil {
			t.Errorf("%q refused: %v", text, p)
		}
	}
	_, err := Load(withFile(t, "en/faq.md", []byte(png)), "content", Overrides{})
	if want := "content/en/faq.md:1: is a PNG image, not a plain text file (another file was saved or copied under its name"; err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("%v, want %q", err, want)
	}
}

// A setting refused for a character it may not hold is said once, at its own line: not again
// for the character, nor in every text that prints it through a placeholder ({url} in qr_alt).
func TestRefusedSettingSaidOnce(t *testing.T) {
	for _, tt := range []struct{ from, to, want string }{
		{"resource_url: https://humantraffickinghotline.org", "resource_url: https://humantraffickinghotline.org/help😀", "resource_url"},
		{"  text: \"233733\"", "  text: \"233 733\"", "hotline.text"},
	} {
		_, err := Load(edit(t, "settings.yaml", tt.from, tt.to), "content", Overrides{})
		var ps diag.Problems
		if !errors.As(err, &ps) {
			t.Fatalf("%s: %v", tt.to, err)
		}
		if len(ps) != 1 || ps[0].Field != tt.want {
			t.Errorf("%s: %d problems, want one at %s:\n%v", tt.to, len(ps), tt.want, err)
		}
	}
}

// A font named in settings.yaml that haven cannot take is told what is wrong with it and what
// to do, by what it is: a web font, an .otf, a .ttf outside the content folder, no font.
func TestFontNameSaysWhatToDo(t *testing.T) {
	for _, tt := range []struct{ name, want string }{
		{"Brand.woff2", `content/settings.yaml:69: font.regular: "Brand.woff2" is a web font (.woff2), which haven cannot embed in a PDF (download the font's desktop version, a .ttf file, from its maker, put it beside settings.yaml and write its name; Google Fonts' download gives .ttf files)`},
		{"Brand.WOFF", `content/settings.yaml:69: font.regular: "Brand.WOFF" is a web font (.woff), which haven cannot embed in a PDF (download the font's desktop version, a .ttf file, from its maker, put it beside settings.yaml and write its name; Google Fonts' download gives .ttf files)`},
		{"Brand.otf", `content/settings.yaml:69: font.regular: "Brand.otf" is an .otf font: most hold PostScript (CFF) outlines, which haven cannot embed in a PDF (haven takes TrueType fonts: download the font's .ttf version from its maker, put it beside settings.yaml and write its name)`},
		{`C:\Users\Ana\Fonts\Brand.ttf`, `content/settings.yaml:69: font.regular: "C:\\Users\\Ana\\Fonts\\Brand.ttf" should be a font file in the content folder, beside settings.yaml (copy the file there and write its name alone: Brand.ttf)`},
		{"/usr/share/fonts/Noto.ttc#1", `content/settings.yaml:69: font.regular: "/usr/share/fonts/Noto.ttc#1" should be a font file in the content folder, beside settings.yaml (copy the file there and write its name alone: Noto.ttc#1)`},
		{"Brand.zip", `content/settings.yaml:69: font.regular: "Brand.zip" is not a TrueType font file (.ttf, or a face of a .ttc collection as Fonts.ttc#0) (give the font's .ttf file, beside settings.yaml; a font downloaded as a .zip holds it: unzip it)`},
		{"Brand.ttf", "<nil>"}, // read with the fonts
	} {
		t.Run(tt.name, func(t *testing.T) {
			fsys := edit(t, "settings.yaml", "# font:\n#   regular: MyFont-Regular.ttf", "font:\n  regular: '"+tt.name+"'")
			_, err := Load(fsys, "content", Overrides{})
			if got := fmt.Sprint(err); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}

// font: lists a family for each script, in order, as repeated --font do, each with its files
// under its '- regular:'; one family written as a group, as content before the list did, is
// read as a list of one and named as before (font.regular). A list written as files on one
// line is refused at its line, showing the list with those files.
func TestFontList(t *testing.T) {
	const hint = "(write font: alone on its line and, under it, each font as '  - regular: %s' with '    bold: %s' on the next line, lined up with regular:; " +
		"one such '- regular:' for each font (one for Devanagari and one for Tamil), the first that has a language's letters printing it)"
	deva, tamil := Font{Regular: "Deva-Regular.ttf", Bold: "Deva-Bold.ttf"}, Font{Regular: "Tamil-Regular.ttf", Bold: "Tamil-Bold.ttf"}
	for _, tt := range []struct {
		name, font string
		want       Fonts
		at         []string // where each family's regular file is named
		err        string
	}{
		{"one family as a group", "font:\n  regular: Deva-Regular.ttf\n  bold: Deva-Bold.ttf", Fonts{deva}, []string{"content/settings.yaml:69: font.regular"}, ""},
		{"one family, regular alone", "font:\n  regular: Deva-Regular.ttf", Fonts{{Regular: "Deva-Regular.ttf"}}, []string{"content/settings.yaml:69: font.regular"}, ""},
		{"a list of two", "font:\n  - regular: Deva-Regular.ttf\n    bold: Deva-Bold.ttf\n  - regular: Tamil-Regular.ttf\n    bold: Tamil-Bold.ttf", Fonts{deva, tamil},
			[]string{"content/settings.yaml:69: font[1].regular", "content/settings.yaml:71: font[2].regular"}, ""},
		{"a list of one", "font:\n- regular: Tamil-Regular.ttf\n  bold: Tamil-Bold.ttf", Fonts{tamil}, []string{"content/settings.yaml:69: font[1].regular"}, ""},
		{"a list in braces", "font: [{regular: Deva-Regular.ttf, bold: Deva-Bold.ttf}, {regular: Tamil-Regular.ttf, bold: Tamil-Bold.ttf}]", Fonts{deva, tamil},
			[]string{"content/settings.yaml:68: font[1].regular", "content/settings.yaml:68: font[2].regular"}, ""},
		{"files on font's line", "font: Tamil-Regular.ttf, Tamil-Bold.ttf", nil, nil,
			"content/settings.yaml:68: font: should name each font's files on lines of their own under it, regular: and bold: " + fmt.Sprintf(hint, "Tamil-Regular.ttf", "Tamil-Bold.ttf")},
		{"files in brackets", "font: [Tamil-Regular.ttf, Tamil-Bold.ttf]", nil, nil,
			"content/settings.yaml:68: font: should name each font's files on lines of their own under it, regular: and bold: " + fmt.Sprintf(hint, "Tamil-Regular.ttf", "Tamil-Bold.ttf")},
		{"nothing under font", "font:", nil, nil,
			"content/settings.yaml:68: font: should name each font's files on lines of their own under it, regular: and bold: " + fmt.Sprintf(hint, "FONT-Regular.ttf", "FONT-Bold.ttf")},
		{"a list of files", "font:\n  - Deva-Regular.ttf, Deva-Bold.ttf\n  - regular: Tamil-Regular.ttf", nil, nil,
			"content/settings.yaml:69: font[1]: should name the font's files on lines of their own, regular: and bold:, not as one text " + fmt.Sprintf(hint, "Deva-Regular.ttf", "Deva-Bold.ttf")},
		{"a bold alone in the list", "font:\n  - regular: Deva-Regular.ttf\n  - bold: Tamil-Bold.ttf", nil, nil,
			"content/settings.yaml:70: font[2].bold: a bold font needs a regular one (add font[2].regular)"},
		{"an .otf in the list", "font:\n  - regular: Deva-Regular.ttf\n  - regular: Tamil-Regular.otf", nil, nil,
			`content/settings.yaml:70: font[2].regular: "Tamil-Regular.otf" is an .otf font: most hold PostScript (CFF) outlines, which haven cannot embed in a PDF (haven takes TrueType fonts: download the font's .ttf version from its maker, put it beside settings.yaml and write its name)`},
		{"an italic without its bold italic in the list", "font:\n  - regular: Deva-Regular.ttf\n  - regular: Tamil-Regular.ttf\n    italic: Tamil-Italic.ttf", nil, nil,
			"content/settings.yaml:71: font[2].italic: an italic font needs a bold italic one (font[2].bold_italic) and a regular one (give all of font[2].regular, font[2].italic and font[2].bold_italic, or no italic: italic then prints upright)"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			fsys := edit(t, "settings.yaml", "# font:\n#   regular: MyFont-Regular.ttf", tt.font)
			c, err := Load(fsys, "content", Overrides{})
			if tt.err != "" {
				if got := fmt.Sprint(err); got != tt.err {
					t.Errorf("got  %s\nwant %s", got, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(c.Settings.Font, tt.want) {
				t.Errorf("font: %+v, want %+v", c.Settings.Font, tt.want)
			}
			var at []string
			for _, f := range c.FontAt {
				at = append(at, fmt.Sprintf("%s:%d: %s", f[0].File, f[0].Line, f[0].Field))
			}
			if !slices.Equal(at, tt.at) {
				t.Errorf("named at %q, want %q", at, tt.at)
			}
		})
	}
}

// Emoji whose parts zero-width joiners join (👨‍👩‍👧) are refused as emoji, each text at once
// with every other emoji of the file, not joiner by joiner first: one round of fixes. A joiner
// between letters, or between symbols a font may have (⛹‍♀), is refused as a joiner still.
func TestEmojiJoinedSaidAtOnce(t *testing.T) {
	for _, tt := range []struct {
		name, intro, answer string
		want                []string
	}{
		{"joined emoji", "We welcome all families 👨\u200d👩\u200d👧 and their pets 🐕\u200d🦺.", "Yes 🙂.",
			[]string{`content/en/faq.md:3: introduction[1]: has emoji, which haven does not print (a phone draws them, in no font a PDF can hold): '👨' (U+1F468), '👩' (U+1F469), '👧' (U+1F467), '🐕' (U+1F415), '🦺' (U+1F9BA) (delete them, with the invisible joiners (U+200D) between their parts, or say it in words)`,
				`content/en/faq.md:7: answer 1[1]: has emoji, which haven does not print (a phone draws them, in no font a PDF can hold): '🙂' (U+1F642) (delete it, or say it in words)`}},
		{"with a presentation selector and a skin tone", "We welcome you ❤\ufe0f\u200d🔥 and 👍🏽\u200d👍.", "Yes 🙂.",
			[]string{`content/en/faq.md:3: introduction[1]: has emoji`, `content/en/faq.md:7: answer 1[1]: has emoji`}},
		{"a joiner between letters", "We welcome all\u200dfamilies.", "Yes.",
			[]string{`content/en/faq.md:3: has an invisible zero-width joiner (U+200D)`}},
		{"a joiner between symbols of U+FFFF and below", "We welcome ⛹\u200d♀ all.", "Yes.",
			[]string{`content/en/faq.md:3: has an invisible zero-width joiner (U+200D)`}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			md := "# Title\n\n" + tt.intro + "\n\n## Is it free?\n\n" + tt.answer + "\n\n## Thanks\n\nBye.\n"
			_, err := Load(withFile(t, "en/faq.md", []byte(md)), "content", Overrides{})
			var ps diag.Problems
			if !errors.As(err, &ps) {
				t.Fatalf("got %v, want problems", err)
			}
			if len(ps) != len(tt.want) {
				t.Fatalf("got %d problems %v, want %d", len(ps), ps, len(tt.want))
			}
			for i, p := range ps {
				if got := p.Error(); !strings.HasPrefix(got, tt.want[i]) {
					t.Errorf("got  %s\nwant %s", got, tt.want[i])
				}
			}
		})
	}
}

// A zero-width joiner after an Indic letter or sign picks the letter's form (क्‍ष's half ka,
// Sinhala's ශ්‍රී) and is kept; after anything else it is refused as before, a digit and a
// danda of those scripts among them.
func TestJoinerAfterIndicLetter(t *testing.T) {
	for _, tt := range []struct {
		text    string
		refused bool
	}{
		{"No. क्\u200dष Most victims", false},
		{"No. ශ්\u200dරී Most victims", false},
		{"No. नहीं।\u200d Most victims", true},  // after a danda
		{"No. नहीं २\u200d Most victims", true}, // after a digit
		{"No.\u200d Most victims", true},
	} {
		_, err := Load(firstAnswer(tt.text)(t), "content", Overrides{})
		if got := err != nil && strings.Contains(err.Error(), "zero-width joiner"); got != tt.refused {
			t.Errorf("%q: refused %v, want %v (%v)", tt.text, got, tt.refused, err)
		}
	}
}

// A settings.yaml that sets a number under its old name (hotline.phone) and its new one
// (hotline.call) is refused at the old one: told to delete it where the two agree, and, where
// they differ, shown both, as either may be the typo.
func TestOldAndNewNameOfANumber(t *testing.T) {
	for _, tt := range []struct{ phone, want string }{
		{"1-888-373-7888", "content/settings.yaml:31: hotline.phone: is the old name of hotline.call, which is also set (delete the hotline.phone line)"},
		{"1-888-373-7889", `content/settings.yaml:31: hotline.phone: is the old name of hotline.call, which is also set, to another number: "1-888-373-7889" here, "1-888-373-7888" there (check both against your line's published number, write the right one as hotline.call and delete the hotline.phone line)`},
	} {
		got := loadErr(edits(t, []string{"settings.yaml", "  call: 1-888-373-7888", "  call: 1-888-373-7888\n  phone: " + tt.phone}))
		if !strings.Contains(got, tt.want) {
			t.Errorf("phone %s:\ngot  %s\nwant %s", tt.phone, got, tt.want)
		}
	}
}
