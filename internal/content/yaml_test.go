package content

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	defaultcontent "haven/content"
	"haven/internal/diag"

	"go.yaml.in/yaml/v3"
)

// A YAML mistake is named at its own line, not where the parser noticed it (often the start of
// the group it is in, or a comment above it): a key indented unlike the keys beside it, a quote
// never closed. Mistakes the parser names rightly keep their line.
func TestYAMLErrorNamesTheMistakesLine(t *testing.T) {
	for _, tt := range []struct{ name, file, old, new, want string }{
		// a group's name left a comment over its lines uncommented; one name given a value and a group
		{"a group's name left a comment", "en/text.yaml", "# site:\n#   exit: Exit this page", "# site:\n  exit: Exit this page",
			"content/en/text.yaml:94: not valid YAML: did not find expected key (exit: on line 95 is indented under this line, which is still a comment: take out the # before site:)"},
		{"a value and a group", "en/text.yaml", "help:\n", "help: Get help now\n",
			"content/en/text.yaml:10: not valid YAML: mapping values are not allowed in this context (this line gives help a value (Get help now) and the lines under it a group of its names: a name has one or the other; write help: alone on its line)"},
		{"first key one space too far", "settings.yaml", "  call: 1-888-373-7888", "   call: 1-888-373-7888",
			"content/settings.yaml:30: not valid YAML: did not find expected key (this line is indented by 3 spaces, the lines beside it by 2: indent it like them, by 2 spaces)"},
		{"a middle key one space too far", "settings.yaml", `  accent: "#F4B942"`, `   accent: "#F4B942"`,
			"content/settings.yaml:46: not valid YAML: did not find expected key (this line is indented by 3 spaces, the lines beside it by 2: indent it like them, by 2 spaces)"},
		{"first key one space short", "settings.yaml", "  name: The Mission Haven", " name: The Mission Haven",
			"content/settings.yaml:7: not valid YAML: did not find expected key (this line is indented by 1 space, the lines beside it by 2: indent it like them, by 2 spaces)"},
		// a key moved to the left ends its group above it: the parser trips on the key after,
		// in its place, or names the group's start
		{"first key of a group at the line's start", "settings.yaml", "  call: 1-888-373-7888", "call: 1-888-373-7888",
			"content/settings.yaml:30: not valid YAML: did not find expected key (this line is indented by 0 spaces, the lines beside it by 2: indent it like them, by 2 spaces)"},
		{"a middle key at the line's start", "settings.yaml", "  keyword: HELP", "keyword: HELP",
			"content/settings.yaml:35: not valid YAML: did not find expected key (this line is indented by 0 spaces, the lines beside it by 2: indent it like them, by 2 spaces)"},
		{"the group's first key at the line's start, the parser naming the group", "settings.yaml", "  name: The Mission Haven", "name: The Mission Haven",
			"content/settings.yaml:7: not valid YAML: did not find expected key (this line is indented by 0 spaces, the lines beside it by 2: indent it like them, by 2 spaces)"},
		// block texts, whose lines may read as names ("Open 9:00"), are no key moved left: a
		// mistake after them is named where it is
		{"block texts before a key one space too far", "en/text.yaml",
			"  call: Call {call}\n  text_label: Or send a text message\n  text: Text {keyword} to {text}\n  note: You can report anonymously. Interpreters in more than 200 languages.\n\nhandout:\n  subtitle: Facts and answers for parents, teachers and caregivers\n  scan_title: Scan for help and resources\n  page:",
			"  call: |\n    Call {call}\n  note: |\n    Open 9:00 to 17:00. You can report anonymously.\n  text_label: Or send a text message\n  text: Text {keyword} to {text}\n\nhandout:\n  subtitle: Facts and answers for parents, teachers and caregivers\n  scan_title: Scan for help and resources\n   page:",
			"content/en/text.yaml:25: not valid YAML: mapping values are not allowed in this context (this line is indented by 3 spaces, the lines beside it by 2: indent it like them, by 2 spaces)"},
		{"a middle key one space short", "settings.yaml", "  keyword: HELP", " keyword: HELP",
			"content/settings.yaml:35: not valid YAML: did not find expected key (this line is indented by 1 space, the lines beside it by 2: indent it like them, by 2 spaces)"},
		{"a text's key at the line's start", "en/text.yaml", "  headline: You are not alone.", "headline: You are not alone.",
			"content/en/text.yaml:26: not valid YAML: mapping values are not allowed in this context (this line is indented by 0 spaces, the lines beside it by 2: indent it like them, by 2 spaces)"},
		// a list's item among a group's fields, or a field among a list's items: named at the odd
		// one out, where the parser names the group's start
		{"a list item among a group's fields", "settings.yaml", "  call: 1-888-373-7888", "  - call: 1-888-373-7888",
			"content/settings.yaml:30: not valid YAML: a list item (a line starting with '- ') and plain fields (name: value) are mixed under hotline (line 26) (take the '- ' off, as the fields beside it are written: call: 1-888-373-7888)"},
		{"a field among a list's items", "en/text.yaml", "    - You choose what to say. You do not have to give your name.", "    choose: You choose what to say.",
			"content/en/text.yaml:34: not valid YAML: a list item (a line starting with '- ') and plain fields (name: value) are mixed under back_lines (line 32) (begin it with '- ' as the items beside it are, or indent it under the item it belongs to)"},
		{"a quote never closed", "en/text.yaml", "  call: Call {call}", "  call: 'Call {call}",
			"content/en/text.yaml:15: not valid YAML: did not find expected key (the text on this line opens with ' and nothing closes it: end it with ', or take the ' out)"},
		{"a double quote never closed", "en/text.yaml", "  call: Call {call}", `  call: "Call {call}`,
			`content/en/text.yaml:15: not valid YAML: did not find expected key (the text on this line opens with " and nothing closes it: end it with ", or take the " out)`},
		{"a quote never closed, the parser stopped by a later one", "en/text.yaml", "  title: Get help now", "  title: \"Get help now\n  tty_label: \"Deaf: TTY\"",
			`content/en/text.yaml:11: not valid YAML: mapping values are not allowed in this context (the text on this line opens with " and nothing closes it: end it with ", or take the " out)`},
		{"a quoted name first", "en/text.yaml", "  headline: You are not alone.", `  headline: "Harbor House" is here for you.`,
			"content/en/text.yaml:26: not valid YAML: did not find expected key (a value that starts with a quote must end with it: quote the whole text, or write ’ for an apostrophe)"},
		{"an apostrophe closes the quote", "en/text.yaml", "  headline: You are not alone.", `  headline: 'You're not alone.'`,
			"content/en/text.yaml:26: not valid YAML: did not find expected key (a value that starts with a quote must end with it: quote the whole text, or write ’ for an apostrophe)"},
		{"a quote inside a quoted list item", "en/text.yaml", `    - "Warning signs: unexplained cash, a controlling adult."`, `    - "Warning signs: "cash", a controlling adult."`,
			"content/en/text.yaml:69: not valid YAML: did not find expected '-' indicator (a value that starts with a quote must end with it: quote the whole text, or write ’ for an apostrophe)"},
		{"a placeholder first, then words", "en/text.yaml", "  headline: Need to talk?", "  headline: {call} any time",
			`content/en/text.yaml:55: not valid YAML: did not find expected key (a value that starts with { is read as a group: put the whole text in quotes: headline: "{call} any time")`},
		{"a placeholder alone", "en/text.yaml", "  tab: Call {call}", "  tab: {call}",
			`content/en/text.yaml:75: poster.tab: should be a single text, and YAML reads {call} as a group (a value that starts with { is read as a group: put the whole text in quotes: tab: "{call}")`},
		{"a colon in a text", "en/text.yaml", "  title: Get help now", "  title: Help: now",
			"content/en/text.yaml:11: not valid YAML: mapping values are not allowed in this context (YAML reads a colon and a space as the end of a name: put the whole text in quotes, title: \"Help: now\")"},
		{"a next-line character, an ellipsis converted from Windows-1252", "en/text.yaml", "  headline: You are not alone.", "  headline: You are not alone\u0085",
			"content/en/text.yaml:26: has a next-line character (U+0085), which YAML reads as a line break: text converted from Windows-1252 holds one where an ellipsis (…) was (replace it with … or three dots)"},
		{"a colon at a text's end", "settings.yaml", "  name: The Mission Haven", "  name: Harbor House:",
			"content/settings.yaml:7: not valid YAML: mapping values are not allowed in this context (YAML reads a colon at the end of a line as the end of a name: take the colon out, or put the whole text in quotes, name: \"Harbor House:\")"},
		{"a colon in a text, a comment after it", "settings.yaml", "  name: The Mission Haven", "  name: Harbor: House   # our name",
			"content/settings.yaml:7: not valid YAML: mapping values are not allowed in this context (YAML reads a colon and a space as the end of a name: put the whole text in quotes, name: \"Harbor: House\")"},
		{"no space after a setting's colon", "settings.yaml", "  call: 1-888-373-7888", "  call:1-888-373-7888",
			"content/settings.yaml:30: not valid YAML: did not find expected key (put a space after the colon: call: 1-888-373-7888)"},
		{"no space after the group's first colon", "settings.yaml", "  name: The Mission Haven", "  name:The Mission Haven",
			"content/settings.yaml:7: not valid YAML: did not find expected key (put a space after the colon: name: The Mission Haven)"},
		{"no space after a text's colon", "en/text.yaml", "  headline: You are not alone.", "  headline:You are not alone.",
			"content/en/text.yaml:26: not valid YAML: mapping values are not allowed in this context (put a space after the colon: headline: You are not alone.)"},
		{"no space after a top-level colon", "en/text.yaml", "hotline_name: National Human Trafficking Hotline", "hotline_name:National Human Trafficking Hotline",
			"content/en/text.yaml:7: not valid YAML: could not find expected ':' (put a space after the colon: hotline_name: National Human Trafficking Hotline)"},
		// an unquoted # in a group or list written on one line begins a comment, the brackets
		// never close, and the parser names the file's end: named at the line, quoted
		{"a colour's # in a group on one line", "settings.yaml", "colours:\n  primary: \"#0F4C5C\"   # headings, title band\n  accent: \"#F4B942\"    # the hotline box\n  ink: \"#1B1B1B\"       # body text\n  panel: \"#E8F1F2\"     # light panels",
			"colours: {primary: #0F4C5C, accent: #F4B942, ink: #1B1B1B, panel: #E8F1F2}",
			`content/settings.yaml:44: not valid YAML: did not find expected node content (YAML does not read a value that starts with # as text (after a space, # starts a comment, and the rest of the line is not read): put each such value in quotes: colours: {primary: "#0F4C5C", accent: "#F4B942", ink: "#1B1B1B", panel: "#E8F1F2"})`},
		{"a # in a list on one line", "settings.yaml", "  keyword: HELP", "  keyword: HELP\n  other_keywords: [#HELP, AYUDA]",
			`content/settings.yaml:36: not valid YAML: did not find expected ',' or ']' (YAML does not read a value that starts with # as text (after a space, # starts a comment, and the rest of the line is not read): put each such value in quotes: other_keywords: ["#HELP", AYUDA])`},
		{"a # in quotes is left as it is", "settings.yaml", "  keyword: HELP", "  keyword: HELP\n  other_keywords: [\"AYUDA, #2\", #HELP]",
			`content/settings.yaml:36: not valid YAML: did not find expected ',' or ']' (YAML does not read a value that starts with # as text (after a space, # starts a comment, and the rest of the line is not read): put each such value in quotes: other_keywords: ["AYUDA, #2", "#HELP"])`},
		{"an address's colon is not a field's", "settings.yaml", "  name: The Mission Haven", "  name: The Mission Haven\n  https://samples.org",
			"content/settings.yaml:8: not valid YAML: could not find expected ':' (check the indentation and quote text that contains a colon)"},
		// a \ in double quotes starts an escape: a Windows path is named, with forward slashes to
		// write; another text with the \ doubled
		{"a Windows path in double quotes", "settings.yaml", `  logo: ""`, `  logo: "img\logo.png"`,
			`content/settings.yaml:11: not valid YAML: "img\logo.png" has a \ in double quotes, where YAML reads \ as the start of an escape (\n a new line), not as a folder's separator (write the path with forward slashes, which haven reads on Windows too: logo: "img/logo.png")`},
		{"a Windows path from its drive", "settings.yaml", `  logo: ""`, `  logo: "C:\Users\me\logo.png"   # mine`,
			`content/settings.yaml:11: not valid YAML: "C:\Users\me\logo.png" has a \ in double quotes, where YAML reads \ as the start of an escape (\n a new line), not as a folder's separator (write the path with forward slashes, which haven reads on Windows too: logo: "C:/Users/me/logo.png")`},
		{"a font's Windows path", "settings.yaml", `  logo: ""`, "  logo: \"\"\nfont:\n  regular: \"fonts\\Brand.ttf\"",
			`content/settings.yaml:13: not valid YAML: "fonts\Brand.ttf" has a \ in double quotes, where YAML reads \ as the start of an escape (\n a new line), not as a folder's separator (write the path with forward slashes, which haven reads on Windows too: regular: "fonts/Brand.ttf")`},
		{"a \\ in a text in double quotes", "en/text.yaml", "  headline: You are not alone.", `  headline: "Call and\or text"`,
			`content/en/text.yaml:26: not valid YAML: "Call and\or text" has a \ in double quotes, where YAML reads \ as the start of an escape (\n a new line) (write each \ as \\, or put the text in single quotes: headline: 'Call and\or text')`},
		// a field's name without its colon, at the top, in a group, or with its value after it:
		// named at its line, not where the parser stopped or as a second document
		{"a group's name without its colon", "settings.yaml", "organisation:", "organisation",
			`content/settings.yaml:5: "organisation" has no colon after the field's name: YAML reads a field as its name, a colon, then its value (write organisation:)`},
		{"a top group's name without its colon", "settings.yaml", "hotline:", "hotline",
			`content/settings.yaml:26: "hotline" has no colon after the field's name: YAML reads a field as its name, a colon, then its value (write hotline:)`},
		{"a field's name without its colon", "settings.yaml", "  name: The Mission Haven", "  name The Mission Haven",
			`content/settings.yaml:7: "name The Mission Haven" has no colon after name: YAML reads a field as its name, a colon, then its value (write name: The Mission Haven)`},
		// another sign in the colon's place is left out of the line to write, which would print it
		{"a field with = for its colon", "settings.yaml", "  name: The Mission Haven", "  name = The Mission Haven",
			`content/settings.yaml:7: "name = The Mission Haven" has no colon after name: YAML reads a field as its name, a colon, then its value (write name: The Mission Haven)`},
		{"a field with - for its colon", "en/text.yaml", "  headline: You are not alone.", "  headline - You are not alone.",
			`content/en/text.yaml:26: "headline - You are not alone." has no colon after headline: YAML reads a field as its name, a colon, then its value (write headline: You are not alone.)`},
		{"a field with ; for its colon", "en/text.yaml", "  headline: You are not alone.", "  headline; You are not alone.",
			`content/en/text.yaml:26: "headline; You are not alone." has no colon after headline: YAML reads a field as its name, a colon, then its value (write headline: You are not alone.)`},
		{"a group with = for its colon", "settings.yaml", "hotline:", "hotline=",
			`content/settings.yaml:26: "hotline" has no colon after the field's name: YAML reads a field as its name, a colon, then its value (write hotline:)`},
		// a field whose name starts with another's ("languages" of "language") is not that one without its colon: the
		// colon a text holds above it is named
		{"a text's colon above a field named after another", "en/text.yaml", "#   24x36: 24 x 36 in", "#   24x36: 24 x 36 in\nsite:\n  press_two_more: Shift: press 2 more times to exit.\n  languages: Language",
			`content/en/text.yaml:128: not valid YAML: mapping values are not allowed in this context (YAML reads a colon and a space as the end of a name: put the whole text in quotes, press_two_more: "Shift: press 2 more times to exit.")`},
		// a template's blank in brackets, left in
		{"a text starting with a blank in brackets", "settings.yaml", "  name: The Mission Haven", "  name: [Your organisation] Haven",
			`content/settings.yaml:7: not valid YAML: did not find expected key (a value that starts with [ is read as a list, and the text after its ] breaks the file: put the whole text in quotes, name: "[Your organisation] Haven")`},
		{"a blank in brackets with a comment after it", "settings.yaml", "  name: The Mission Haven", "  name: [Your organisation] # fill in",
			`content/settings.yaml:7: organisation.name: should be a single text, and YAML reads [Your organisation] as a list (write the text itself (a template's blank in brackets is to be filled in), or put it in quotes: name: "[Your organisation]")`},
		{"a text that is a blank in brackets", "en/text.yaml", "  headline: You are not alone.", "  headline: [Your headline here]",
			`content/en/text.yaml:26: card.headline: should be a single text, and YAML reads [Your headline here] as a list (write the text itself (a template's blank in brackets is to be filled in), or put it in quotes: headline: "[Your headline here]")`},
		{"a field with quotes and a comment, without its colon", "settings.yaml", `  primary: "#0F4C5C"`, `  primary "#0F4C5C"`,
			`content/settings.yaml:45: 'primary "#0F4C5C"' has no colon after primary: YAML reads a field as its name, a colon, then its value (write primary: "#0F4C5C")`},
		{"a # inside single quotes is the value's", "settings.yaml", "  name: The Mission Haven", "  name 'Haven #2 House'   # our name",
			`content/settings.yaml:7: "name 'Haven #2 House'   # our name" has no colon after name: YAML reads a field as its name, a colon, then its value (write name: 'Haven #2 House'   # our name)`},
		{"a text's second line, at its field's indent", "settings.yaml", "  name: The Mission Haven", "  name: The Mission Haven\n  call us any time",
			`content/settings.yaml:8: "call us any time" has no colon after call: YAML reads a field as its name, a colon, then its value (if call is the field, write call: us any time; if the line goes on with the text above it, join it to that line)`},
		{"a text's field without its colon", "en/text.yaml", "  headline: You are not alone.", "  headline You are not alone.",
			`content/en/text.yaml:26: "headline You are not alone." has no colon after headline: YAML reads a field as its name, a colon, then its value (write headline: You are not alone.)`},
		{"a list item's field without its colon", "settings.yaml", "  logo: \"\"", "  logo: \"\"\n  other_numbers:\n    - number 216-555-0100\n      label: office",
			`content/settings.yaml:13: "- number 216-555-0100" has no colon after number: YAML reads a field as its name, a colon, then its value (write number: 216-555-0100)`},
		{"a list item's second field without its colon", "settings.yaml", "  logo: \"\"", "  logo: \"\"\n  other_numbers:\n    - number: \"216-555-0100\"\n      label office",
			`content/settings.yaml:14: "label office" has no colon after label: YAML reads a field as its name, a colon, then its value (write label: office)`},
		{"a colon and space in a list's line", "en/text.yaml", "    - A trained person answers, day or night.", "    - A trained person answers: day or night.",
			`content/en/text.yaml:33: card.back_lines[1]: should be a single text, and YAML reads the colon and space in it as a field's (put the line in quotes: - "A trained person answers: day or night.")`},
		{"a tab", "settings.yaml", "  name: The Mission Haven", "\tname: The Mission Haven",
			"content/settings.yaml:7: has a tab in its indent, which YAML does not allow (indent with spaces only)"},
		{"a tab before a key after a plain value", "settings.yaml", "  keyword: HELP", "  keyword: HELP\n\tother_keywords: []",
			"content/settings.yaml:36: has a tab in its indent, which YAML does not allow (indent with spaces only)"},
		{"a tab before a text's key", "en/text.yaml", "  call: Call {call}", "\tcall: Call {call}",
			"content/en/text.yaml:15: has a tab in its indent, which YAML does not allow (indent with spaces only)"},
		// a no-break space where YAML needs a space: named at its line, with ordinary spaces to write
		{"a no-break space in an indent", "settings.yaml", "  call: 1-888-373-7888", "\u00a0 \u00a0 call: 1-888-373-7888",
			"content/settings.yaml:30: has a no-break space (U+00A0) in its indent, which YAML does not read as a space (indent the line with 2 ordinary spaces instead)"},
		{"no-break spaces before a list's item", "en/text.yaml", "    - A trained person answers, day or night.", "\u00a0\u00a0\u00a0\u00a0- A trained person answers, day or night.",
			"content/en/text.yaml:33: has a no-break space (U+00A0) in its indent, which YAML does not read as a space (indent the line with 4 ordinary spaces instead)"},
		{"a line of no-break spaces", "settings.yaml", "  name: The Mission Haven", "  name: The Mission Haven\n\u00a0\u00a0",
			"content/settings.yaml:8: has a no-break space (U+00A0) in its indent, which YAML does not read as a space (delete it: the line is empty)"},
		{"a no-break space after a list's dash", "en/text.yaml", "    - A trained person answers, day or night.", "    -\u00a0A trained person answers, day or night.",
			"content/en/text.yaml:33: has a no-break space (U+00A0) after its \"-\", which YAML does not read as a space (type an ordinary space after the '-' in its place: - A trained person answers, day or night.)"},
		{"a no-break space after a colon", "en/text.yaml", "  headline: You are not alone.", "  headline:\u00a0You are not alone.",
			"content/en/text.yaml:26: has a no-break space (U+00A0) after its \"headline:\", which YAML does not read as a space (type an ordinary space after the colon in its place: headline: You are not alone.)"},
		{"an ideographic space after a colon", "settings.yaml", "  call: 1-888-373-7888", "  call:\u3000 1-888-373-7888",
			"content/settings.yaml:30: has a wide or narrow space (U+3000) after its \"call:\", which YAML does not read as a space (type an ordinary space after the colon in its place: call: 1-888-373-7888)"},
		// a colon look-alike (a Chinese or Japanese keyboard's full-width colon) after a field's
		// name: named at its line, whichever line the parser names, with the colon to type
		{"a full-width colon", "en/text.yaml", "  title: Get help now", "  title： Get help now",
			"content/en/text.yaml:11: has a full-width colon \"：\" (U+FF1A) after title, which YAML does not read as a colon (type an ordinary colon : in its place, then a space: title: Get help now)"},
		{"a full-width colon unspaced, lower in a group", "en/text.yaml", "  call_label: Call the hotline, 24/7", "  call_label：Call the hotline, 24/7",
			"content/en/text.yaml:27: has a full-width colon \"：\" (U+FF1A) after call_label, which YAML does not read as a colon (type an ordinary colon : in its place, then a space: call_label: Call the hotline, 24/7)"},
		{"a full-width colon and space at the top", "settings.yaml", "country: US", "country：\u3000US",
			"content/settings.yaml:24: has a full-width colon \"：\" (U+FF1A) after country, which YAML does not read as a colon (type an ordinary colon : in its place, then a space: country: US)"},
		{"a ratio sign", "settings.yaml", "  call: 1-888-373-7888", "  call ∶ 1-888-373-7888",
			"content/settings.yaml:30: has a character that looks like a colon \"∶\" (U+2236) after call, which YAML does not read as a colon (type an ordinary colon : in its place, then a space: call: 1-888-373-7888)"},
		{"an Armenian full stop", "en/text.yaml", "  note: You can report anonymously.", "  note։ You can report anonymously.",
			"content/en/text.yaml:18: has a character that looks like a colon \"։\" (U+0589) after note, which YAML does not read as a colon (type an ordinary colon : in its place, then a space: note: You can report anonymously. Interpreters in more than 200 languages.)"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(edit(t, tt.file, tt.old, tt.new), "content", Overrides{})
			if err == nil || !strings.Contains("\n"+err.Error()+"\n", "\n"+tt.want+"\n") {
				t.Errorf("got  %v\nwant %s", err, tt.want)
			}
		})
	}
}

// The content haven writes has no line the search would name: a slip found in it would be a
// wrong line named for a real mistake.
func TestYAMLSlipFindsNothingInGoodContent(t *testing.T) {
	files, _ := fs.Glob(defaultcontent.FS, "*.yaml")
	more, _ := fs.Glob(defaultcontent.FS, "*/*.yaml")
	for _, name := range append(files, more...) {
		b, _ := fs.ReadFile(defaultcontent.FS, name)
		if at, hint := yamlSlip(strings.Split(string(b), "\n"), 1); at != 0 {
			t.Errorf("%s:%d: %s", name, at, hint)
		}
		for i := range bytes.Count(b, []byte("\n")) {
			if at, msg, _ := mixedGroup(strings.Split(string(b), "\n"), i+1); at != 0 {
				t.Errorf("%s:%d: %s", name, at, msg)
			}
		}
		for _, typ := range []reflect.Type{reflect.TypeOf(Settings{}), reflect.TypeOf(Text{})} {
			if at, hint := unspacedColon(strings.Split(string(b), "\n"), typ); at != 0 {
				t.Errorf("%s:%d: %s", name, at, hint)
			}
			if at, msg, _ := otherColon(strings.Split(string(b), "\n"), typ); at != 0 {
				t.Errorf("%s:%d: %s", name, at, msg)
			}
		}
	}
	if len(files)+len(more) < 2 {
		t.Fatalf("found %d YAML files", len(files)+len(more))
	}
}

// A value quoted whole, with its quotes escaped inside, is no slip; one whose quote closes
// before its text ends is.
func TestQuotedPart(t *testing.T) {
	for _, tt := range []struct {
		v    string
		want bool
	}{
		{`"Harbor House" is here`, true},
		{`'You're not alone.'`, true},
		{`"a \"b\" c"`, false},
		{`"ends in a backslash \\" then more`, true},
		{`'it''s fine'`, false},
		{`"quoted" # a comment`, false},
		{`"quoted"`, false},
		{`plain "words"`, false},
		{`"never closed`, false},
	} {
		if got := quotedPart(tt.v); got != tt.want {
			t.Errorf("quotedPart(%s) = %v, want %v", tt.v, got, tt.want)
		}
	}
}

// A text.yaml or settings.yaml ending in a '---' line with nothing after it (but blank lines,
// comments or more such lines) is read: that is an empty second document, valid YAML that
// holds nothing haven would miss. A second document with anything in it, "~" too, is refused.
func TestEmptyLastDocument(t *testing.T) {
	const refused = "a second YAML document (after a '---' line); haven reads one"
	for _, file := range []string{"en/text.yaml", "settings.yaml"} {
		for _, tt := range []struct{ end, want string }{
			{"\n---\n", ""},
			{"\n---", ""},
			{"\n--- \n\n  \n", ""},
			{"\n---\n# the end\n", ""},
			{"\n---\n---\n", ""},
			{"\n---\nlanguage: x\n", refused},
			{"\n---\n~\n", refused},
			{"\n---\n---\nlanguage: x\n", refused},
		} {
			t.Run(fmt.Sprintf("%s%q", file, tt.end), func(t *testing.T) {
				fsys := withFile(t, "x", nil).(fstest.MapFS)
				fsys[file] = &fstest.MapFile{Data: append(bytes.TrimRight(fsys[file].Data, "\n"), tt.end...)}
				_, err := Load(fsys, "content", Overrides{})
				if tt.want == "" && err != nil || tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)) {
					t.Errorf("got %v, want %q", err, tt.want)
				}
			})
		}
	}
}

// A hint that shows a value to write in quotes shows it as it was typed, whatever characters it
// holds (a no-break space before a French colon, a narrow one in "24 h/24"), not as Go escapes
// them ("nom\u00a0: c’est"), which no user recognises; only a double quote and a backslash are
// escaped, as YAML needs: what the hint shows, written in place of the value, reads back as
// the text that was typed.
func TestQuoteHintKeepsWhatWasTyped(t *testing.T) {
	quoted := regexp.MustCompile(`("(?:[^"\\]|\\.)*")\)$`) // the hint's last quoted text, at its end
	for _, tt := range []struct{ name, file, old, key, typed string }{
		{"a French colon", "en/text.yaml", "  note: You can report anonymously. Interpreters in more than 200 languages.", "note", "Vous n’avez pas à donner votre nom\u00a0: c’est anonyme."},
		{"a colon after a quote", "en/text.yaml", "  note: You can report anonymously. Interpreters in more than 200 languages.", "note", `Dites "aide"` + "\u00a0: c’est anonyme \\ gratuit."},
		{"a placeholder first", "en/text.yaml", "  headline: Need to talk?", "headline", "{call}, 24\u202fh/24"},
		{"markup first", "en/text.yaml", "  headline: Need to talk?", "headline", "@Maison\u00a0Refuge\u00a0: parlez-nous"},
		{"a tag first", "en/text.yaml", "  headline: Need to talk?", "headline", "!Aide 24\u202fh/24"},
		{"a comment mark", "en/text.yaml", "  headline: Need to talk?", "headline", "Maison #2\u00a0– aide"},
		{"curly quotes", "settings.yaml", "  name: The Mission Haven", "name", "“Maison\u00a0Refuge”"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(edit(t, tt.file, tt.old, "  "+tt.key+": "+tt.typed), "content", Overrides{})
			if err == nil {
				t.Fatal("loaded")
			}
			msg := strings.SplitN(err.Error(), "\n", 2)[0]
			m := quoted.FindStringSubmatch(msg)
			if m == nil || strings.Contains(m[1], `\u`) {
				t.Fatalf("the hint shows no text to write as typed: %s", msg)
			}
			var got string
			if err := yaml.Unmarshal([]byte(m[1]), &got); err != nil {
				t.Fatalf("the hint's %s is no YAML text: %v", m[1], err)
			}
			if want := strings.Trim(tt.typed, "“”"); !strings.Contains(want, got) || len(got) < len(want)/2 {
				t.Errorf("the hint's %s reads as %q, want %q", m[1], got, want)
			}
		})
	}
}

// A field's name with a space in it (a no-break space before its colon, as a French keyboard or
// a word processor types one; a space of any kind between its words) is said once, at its line,
// naming the space, and read as the field meant: not "missing" at the group's line as well, nor
// named with the unseen space copied into the message.
func TestSpaceInAFieldsName(t *testing.T) {
	for _, tt := range []struct{ name, file, old, new, want string }{
		{"a no-break space before the colon", "en/text.yaml", "  title: Get help now", "  title\u00a0: Get help now",
			"content/en/text.yaml:11: help.title: has a no-break space (U+00A0) before its colon, which YAML reads as part of the name (delete it, so that the colon follows the name: title:)"},
		{"an ideographic space before the colon", "settings.yaml", "  call: 1-888-373-7888", "  call\u3000: 1-888-373-7888",
			"content/settings.yaml:30: hotline.call: has a wide or narrow space (U+3000) before its colon, which YAML reads as part of the name (delete it, so that the colon follows the name: call:)"},
		{"a no-break space between the words", "settings.yaml", "resource_url: https://", "resource\u00a0url: https://",
			"content/settings.yaml:14: resource_url: has a no-break space (U+00A0) in its name, which YAML reads as part of the name (write the name as haven spells it: resource_url:)"},
		{"a space between the words", "en/text.yaml", "  call_label: Call the hotline, 24/7", "  call label: Call the hotline, 24/7",
			"content/en/text.yaml:27: card.call_label: has a space in its name, which YAML reads as part of the name (write the name as haven spells it: call_label:)"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(edit(t, tt.file, tt.old, tt.new), "content", Overrides{})
			if err == nil || err.Error() != tt.want {
				t.Errorf("got  %v\nwant %s", err, tt.want)
			}
		})
	}
}

// A field's name in curly quotes, as a word processor types them (“call”: pasted from a
// document), is said once, at its line, saying the quotes are what is wrong, and read as the
// field meant: not "missing" at the group's line as well. Straight quotes are YAML's, and load.
func TestCurlyQuotesAroundAFieldsName(t *testing.T) {
	for _, tt := range []struct{ name, file, old, new, want string }{
		{"a setting", "settings.yaml", "  call: 1-888-373-7888", "  “call”: 1-888-373-7888",
			"content/settings.yaml:30: hotline.call: the name “call” is in curly quotes, as a word processor types them, which YAML reads as part of the name (write the name in straight quotes or none: call: 1-888-373-7888)"},
		{"a text, in single ones", "en/text.yaml", "  title: Get help now", "  ‘title’: Get help now",
			"content/en/text.yaml:11: help.title: the name ‘title’ is in curly quotes, as a word processor types them, which YAML reads as part of the name (write the name in straight quotes or none: title: Get help now)"},
		{"a group", "en/text.yaml", "help:\n", "«help»:\n",
			"content/en/text.yaml:10: help: the name «help» is in curly quotes, as a word processor types them, which YAML reads as part of the name (write the name in straight quotes or none: help:)"},
		{"a name misspelt in them", "en/text.yaml", "  title: Get help now", "  “titel”: Get help now",
			"content/en/text.yaml:11: help.“titel”: unknown field, in curly quotes as a word processor types them, which YAML reads as part of the name (write the name in straight quotes or none; did you mean title? known here: call, call_label, chat, chat_label, danger, danger_label, note, text, text_label, title, tty, tty_label; check the spelling and the indentation)"},
		{"straight quotes", "en/text.yaml", "  title: Get help now", `  "title": Get help now`, ""},
		{"single straight quotes", "en/text.yaml", "  title: Get help now", "  'title': Get help now", ""},
		{"curly quotes in the value", "en/text.yaml", "  title: Get help now", "  title: Get “help” now", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(edit(t, tt.file, tt.old, tt.new), "content", Overrides{})
			if tt.want == "" && err != nil || tt.want != "" && (err == nil || err.Error() != tt.want) {
				t.Errorf("got  %v\nwant %s", err, tt.want)
			}
		})
	}
}

// A field given twice is refused at its second line, naming the first; a group given again (as
// settings.yaml's comments, "Under organisation:, write for example: other_numbers: ...", lead
// one to add at the end) is to be moved under the first, not one of the two deleted.
func TestFieldGivenTwice(t *testing.T) {
	for _, tt := range []struct{ name, file, old, new, want string }{
		{"a text", "en/text.yaml", "  title: Get help now", "  title: Get help now\n  title: Get help",
			"content/en/text.yaml:12: help.title: appears twice, first on line 11 (keep one: delete this line or line 11)"},
		{"a group added at the end", "settings.yaml", "#   privacy_url: https://...\n", "#   privacy_url: https://...\norganisation:\n  other_numbers:\n    - 614-276-2274\n",
			"content/settings.yaml:105: organisation: appears twice, first on line 5 (move the lines below this one up under the first organisation: (line 5), indented as its lines are, and delete this line)"},
		{"a group given twice", "settings.yaml", "# cards:\n#   offset: 0,0\n", "cards:\n  offset: 1,0\ncards:\n  audience: adult\n",
			"content/settings.yaml:55: cards: appears twice, first on line 53 (move the lines below this one up under the first cards: (line 53), indented as its lines are, and delete this line)"},
		{"a group as American English spells it", "settings.yaml", "#   privacy_url: https://...\n", "#   privacy_url: https://...\norganization:\n  other_numbers:\n    - 614-276-2274\n",
			"content/settings.yaml:105: organization: appears twice, first on line 5 (move the lines below this one up under the first organisation: (line 5), indented as its lines are, and delete this line)"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(edit(t, tt.file, tt.old, tt.new), "content", Overrides{})
			if err == nil || err.Error() != tt.want {
				t.Errorf("got  %v\nwant %s", err, tt.want)
			}
		})
	}
}

// YAML's "nothing" written as a word (~, null, Null) where a text goes is said once, with what
// to do as the field allows: a text that must be given is not also "empty", nor told it may be
// left empty; a field that may be empty is told how to leave it so.
func TestNothingWordSaidOnce(t *testing.T) {
	for _, tt := range []struct{ name, file, old, new, want string }{
		{"a number that must be given", "settings.yaml", "  emergency: \"911\"", "  emergency: ~",
			`content/settings.yaml:40: hotline.emergency: "~" means nothing in YAML, so it reads as empty (write the text after the colon; if the text really is ~, put it in quotes: "~")`},
		{"a name that must be given", "settings.yaml", "  name: The Mission Haven", "  name: Null",
			`content/settings.yaml:7: organisation.name: "Null" means nothing in YAML, so it reads as empty (write the text after the colon; if the text really is Null, put it in quotes: "Null")`},
		{"a field that may be empty", "settings.yaml", "  keyword: HELP", "  keyword: null",
			`content/settings.yaml:35: hotline.keyword: "null" means nothing in YAML, so it reads as empty (delete the word to leave the field empty; if the text really is null, put it in quotes: "null")`},
		{"a list's line", "en/text.yaml", "    - A trained person answers, day or night.", "    - ~",
			`content/en/text.yaml:33: card.back_lines[1]: "~" means nothing in YAML, so it reads as empty (write a text or remove the line; if the text really is ~, put it in quotes: "~")`},
		{"another number, short", "settings.yaml", "  logo: \"\"", "  logo: \"\"\n  other_numbers:\n    - ~",
			`content/settings.yaml:13: organisation.other_numbers[1]: "~" means nothing in YAML, so it reads as empty (write a text or remove the line; if the text really is ~, put it in quotes: "~")`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(edit(t, tt.file, tt.old, tt.new), "content", Overrides{})
			if err == nil || err.Error() != tt.want {
				t.Errorf("got  %v\nwant %s", err, tt.want)
			}
		})
	}
}

// An empty file's hint says where haven's own copy is: settings.yaml and a language init
// writes as they are, another language's from English, to translate; a missing group of
// settings.yaml is given with haven's values only where they are no other line's (colours:,
// not hotline: and its numbers).
func TestFreshCopyAndBuiltinGroup(t *testing.T) {
	for file, want := range map[string]string{
		"c/settings.yaml": "copy its settings.yaml here",
		"c/es/faq.md":     "copy its es/faq.md here",
		"c/fr/text.yaml":  "copy its en/text.yaml here and translate it",
	} {
		if got := freshCopy(file); !strings.Contains(got, want) {
			t.Errorf("%s: %q, want %q", file, got, want)
		}
	}
	if got := builtinGroup("c/settings.yaml", "", "colours"); len(got) != 4 || got[0] != `primary: "#0F4C5C"` {
		t.Errorf("colours: %q", got)
	}
	for _, g := range []string{"hotline", "organisation"} {
		if got := builtinGroup("c/settings.yaml", "", g); got != nil {
			t.Errorf("%s: %q, the built-in line's own", g, got)
		}
	}
}

// A quote left open on its line, which YAML reads on to a later line's quote, is told at its
// own line, once: not as the fields it swallowed, missing, empty or unknown elsewhere. A long
// text quoted over lines on purpose, with no name or comment among them, loads.
func TestQuoteLeftOpen(t *testing.T) {
	for _, tt := range []struct{ file, old, new, want string }{
		{"settings.yaml", `primary: "#0F4C5C"`, `primary: "#0F4C5C`, `content/settings.yaml:45: colours.primary: the text opens with a quote that nothing closes on its line: YAML reads on to line 46`},
		{"settings.yaml", `emergency: "911"`, `emergency: "911`, `content/settings.yaml:40: hotline.emergency: the text opens with a quote that nothing closes on its line`},
		{"en/text.yaml", "    - Most victims know their trafficker.", "    - \"Look out for:\"", ""}, // a list's item, quoted, ending in a colon
		{"en/text.yaml", "  title: Get help now", "  title: \"Get help\n    now\"", ""},
		{"en/text.yaml", "note: You can report anonymously. Interpreters in more than 200 languages.", "note: \"You can report anonymously. Interpreters\n    in more than 200 languages, 9:00 to 17:00.\"", ""},
		{"en/text.yaml", "note: You can report anonymously. Interpreters in more than 200 languages.", "note: \"You can report anonymously.\n    Interpreters: more than 200 languages.\"", ""},
		{"en/text.yaml", "note: You can report anonymously. Interpreters in more than 200 languages.", "note: \"You can report anonymously.\n    See https://samples.org.\"", ""},
	} {
		_, err := Load(edit(t, tt.file, tt.old, tt.new), "content", Overrides{})
		var ps diag.Problems
		errors.As(err, &ps)
		if tt.want == "" && err != nil || tt.want != "" && (len(ps) != 1 || !strings.Contains(ps[0].Error(), tt.want)) {
			t.Errorf("%s %q: got %v, want one problem: %q", tt.file, tt.new, err, tt.want)
		}
	}
}

// Every line with a no-break space where YAML needs a space is named in one run, as a file
// pasted from a word processor has many: the user fixes them all at once.
func TestEveryMistypedSpaceNamed(t *testing.T) {
	got := loadErr(edits(t, []string{"settings.yaml", "  call: 1-888-373-7888", "\u00a0 call: 1-888-373-7888", "  keyword: HELP", "  keyword:\u00a0HELP", "  name: The Mission Haven", "\u00a0 name: The Mission Haven"}))
	for _, want := range []string{"content/settings.yaml:7: has a no-break space", "content/settings.yaml:30: has a no-break space", "content/settings.yaml:35: has a no-break space (U+00A0) after its \"keyword:\""} {
		if !strings.Contains(got, want) {
			t.Errorf("not named: %s\nin\n%s", want, got)
		}
	}
}

// A number setting written in another script's digits is read, dialled and printed in ASCII's,
// as every number setting is: the user is told so, with the line to write, not left to find
// 1-888-373-7888 printed where settings.yaml wrote ١-٨٨٨-٣٧٣-٧٨٨٨. Full-width digits, which an
// input method types for ASCII ones, and ASCII digits are read as written.
func TestNumberSettingInOtherDigits(t *testing.T) {
	for _, tt := range []struct {
		line string
		want string // a part of the warning, "" for none
	}{
		{`  call: "١-٨٨٨-٣٧٣-٧٨٨٨"`, `settings.yaml:2: hotline.call: "١-٨٨٨-٣٧٣-٧٨٨٨" is written in Arabic-Indic digits: every edition prints it, and every link and QR code dials it, in the digits 0 to 9, as 1-888-373-7888 (write it so in settings.yaml to say so: call: "1-888-373-7888"`},
		{`  emergency: "۱۱۵"`, `"۱۱۵" is written in Persian digits`},
		{`  call: "१८००-१२३-४५६७"`, `is written in Devanagari digits`},
		{`  text: "৯৯৯"`, `hotline.text: "৯৯৯" is written in Bengali digits`},
		{`  call: "1-888-373-7888"`, ""},
		{`  call: "９１１"`, ""},
		{`  call: 1-800-799-SAFE`, ""},
	} {
		var s Settings
		fields, _, _ := decodeStrict("settings.yaml", []byte("hotline:\n"+tt.line+"\n"), &s)
		got := otherDigits("settings.yaml", fields).Error()
		if tt.want == "" && got != "" || !strings.Contains(got, tt.want) {
			t.Errorf("%s: warned %q, want %q", tt.line, got, tt.want)
		}
	}
}
