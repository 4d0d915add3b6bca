package content

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"reflect"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	defaultcontent "haven/content"
	"haven/internal/diag"
	"haven/internal/input"
)

// field is one string read from a file: where it was, and where it went.
type field struct {
	path   string
	line   int
	breaks []int // where in the text each next line of the file begins, if it runs over several
	ptr    *string
	// written is a number setting as written where it writes digits of another script than
	// ASCII's, which it is read and printed in (otherDigits); else "".
	written string
}

var locatedType = reflect.TypeOf(diag.Located{})

// fontsType and fontType are font:'s list and a family of it, whose wrong shapes say how to write them.
var fontsType, fontType = reflect.TypeOf(Fonts{}), reflect.TypeOf(Font{})

// decodeStrict fills out (a pointer to a struct) from YAML, reporting unknown, missing, empty
// and mistyped fields with their lines, and the fields the file spells otherwise than haven, for
// every message about the file to name as spelled (spellings.respell). Aliases are refused, so
// alias bombs never expand.
func decodeStrict(file string, data []byte, out any) ([]field, diag.Problems, spellings) {
	data, p := readable(file, data)
	if p != nil && (data == nil || !utf8.Valid(data)) {
		return nil, diag.Problems{*p}, nil
	}
	fields, ps, spelled := decodeText(file, data, out)
	if p != nil {
		// a character refused in a file YAML still reads (an invisible zero-width space): the
		// file is read, so its fields are known and no check says one that is set is not; the
		// character is said alone (what else YAML says may be its doing: a control character),
		// with the field of its line
		if i := slices.IndexFunc(fields, func(f field) bool { return f.line == p.Line }); i >= 0 {
			p.Field = fields[i].path
		}
		if len(ps) > 0 {
			return nil, diag.Problems{*p}, nil
		}
		return fields, diag.Problems{*p}, spelled
	}
	return fields, ps, spelled
}

// decodeText is decodeStrict for data read as text.
func decodeText(file string, data []byte, out any) ([]field, diag.Problems, spellings) {
	var ps diag.Problems
	data = normal(data)
	if at := faqText(data, reflect.TypeOf(out).Elem()); at > 0 {
		ps.Add(file, at, "", "this looks like faq.md's text (a '# ' title and '## ' questions)", path.Base(file)+" holds 'name: value' lines; the FAQ goes in faq.md")
		return nil, ps, nil
	}
	if i := bytes.Index(data, []byte("\u0085")); i >= 0 {
		// Windows-1252's ellipsis (0x85) read as Latin-1: YAML takes it for a line break,
		// and would name a mistake that is not there
		ps.Add(file, bytes.Count(data[:i], []byte("\n"))+1, "", "has a next-line character (U+0085), which YAML reads as a line break: text converted from Windows-1252 holds one where an ellipsis (…) was",
			"replace it with … or three dots")
		return nil, ps, nil
	}
	// before YAML reads it, which names another line, or none; every such line, as a file
	// pasted from a word processor has many
	lines := strings.Split(string(data), "\n")
	for n := 0; n < 20; n++ {
		at, msg, hint := mistyped(lines, reflect.TypeOf(out).Elem())
		if at == 0 {
			break
		}
		ps.Add(file, at, "", msg, hint)
		lines[at-1] = "" // said: the next
	}
	if len(ps) > 0 {
		return nil, ps, nil // lines is left as written where nothing was said
	}
	var root yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(data))
	err := dec.Decode(&root)
	if err == io.EOF {
		err = nil
	}
	for err == nil { // a '---' line with nothing after it begins an empty document: valid YAML, nothing lost
		var next yaml.Node
		if e := dec.Decode(&next); e == io.EOF {
			break
		} else if e != nil || !emptyDocument(&next) {
			// a field's name without its colon can end the first document where it stands
			if at, msg, hint := noColon(lines, reflect.TypeOf(out).Elem()); at > 0 {
				ps.Add(file, at, "", msg, hint)
			} else {
				ps.Add(file, secondDocLine(data), "", "a second YAML document (after a '---' line); haven reads one", "remove the '---' line and what follows it, or merge the two parts")
			}
			return nil, ps, nil
		}
	}
	if err != nil {
		if at, msg, hint := noColon(lines, reflect.TypeOf(out).Elem()); at > 0 {
			ps.Add(file, at, "", msg, hint)
			return nil, ps, nil
		}
		line, msg := yamlErrorLine(err)
		msg = "not valid YAML: " + msg
		hint := "check the indentation and quote text that contains a colon"
		if at, m, h := backslashQuoted(lines, line, msg); at > 0 {
			line, msg, hint = at, "not valid YAML: "+m, h
		} else if at := tabbed(lines, line); at > 0 {
			line, msg, hint = at, "has a tab in its indent, which YAML does not allow", "indent with spaces only"
		} else if at, h := unspacedColon(lines, reflect.TypeOf(out).Elem()); at > 0 {
			line, hint = at, h
		} else if at, h := hashInFlow(lines); at > 0 {
			line, hint = at, h
		} else if at, h := yamlSlip(lines, line); at > 0 {
			line, hint = at, h
		} else if at, m, h := mixedGroup(lines, line); at > 0 {
			line, msg, hint = at, m, h
		}
		ps.Add(file, line, "", msg, hint)
		return nil, ps, nil
	}
	if root.Kind == 0 || len(root.Content) == 0 {
		msg := "the file is empty"
		if strings.TrimSpace(string(data)) != "" { // every line commented out, with a # before it
			msg = "the file holds only comments (lines that begin with #), no settings"
		}
		ps.Add(file, 0, "", msg, freshCopy(file))
		return nil, ps, nil
	}
	d := decoder{file: file, lines: strings.Split(string(data), "\n"), spelled: spellings{}}
	d.value(root.Content[0], reflect.ValueOf(out).Elem(), "", 1)
	if i := slices.IndexFunc(d.ps, func(p diag.Problem) bool { return strings.HasPrefix(p.Msg, quoteOpen) }); i >= 0 {
		// what a quote left open swallowed, and the file after it read askew, are its doing,
		// told at its line: not fields missing, empty or unknown elsewhere
		open := d.ps[i]
		d.ps = slices.DeleteFunc(d.ps, func(p diag.Problem) bool {
			return !strings.HasPrefix(p.Msg, quoteOpen) && (p.Line >= open.Line || p.Line == 0 || strings.HasPrefix(p.Msg, "missing"))
		})
	}
	return d.fields, d.ps, d.spelled
}

// quoteOpen begins the message of a quote never closed on its line (quoteRunOn).
const quoteOpen = "the text opens with a quote that nothing closes on its line"

type decoder struct {
	file    string
	lines   []string
	ps      diag.Problems
	fields  []field
	spelled spellings
}

// value decodes n into v. at is the line that names it (its key's line), where a missing
// field inside it is reported.
func (d *decoder) value(n *yaml.Node, v reflect.Value, path string, at int) {
	if n.Kind == yaml.AliasNode {
		d.ps.Add(d.file, n.Line, path, "YAML aliases (*name) are not allowed", "write the text out in full")
		return
	}
	if n.Kind == yaml.ScalarNode && (n.Anchor != "" || strings.HasPrefix(n.Tag, "!") && !strings.HasPrefix(n.Tag, "!!")) && n.Line <= len(d.lines) {
		// "&Co Ltd", "!Haven Ohio": YAML takes the first word for a name or a type of its own
		// and would print the rest alone
		_, v := valueOf(d.lines[n.Line-1])
		prints := fmt.Sprintf("only %q", n.Value)
		if n.Value == "" {
			prints = "nothing"
		}
		markup := n.Tag // the tag or anchor as written, or as YAML read it where the line has no value after its key ("!: ")
		if n.Anchor != "" {
			markup = "&" + n.Anchor
		}
		if f := strings.Fields(v); len(f) > 0 {
			markup = f[0]
		}
		hint := "put the whole text in quotes: " + yamlQuoted(v)
		if rest := strings.TrimSpace(strings.TrimPrefix(v, markup)); n.Anchor != "" && rest != "" && strings.ContainsRune(`"'`, rune(rest[0])) {
			hint = fmt.Sprintf("remove %s, a name for reusing the text, which haven does not read: write the text alone, %s", markup, rest) // "&dg \"In danger...\"": an anchor meant as one
		}
		d.ps.Add(d.file, n.Line, path, fmt.Sprintf("YAML reads %q at its start as markup, not text, and would print %s", markup, prints), hint)
		n.Value, n.Anchor, n.Tag = v, "", "!!str" // read as meant, so the messages after this one are about what it says
	}
	if n.Tag == "!!binary" {
		d.ps.Add(d.file, n.Line, path, "binary data (!!binary) is not text", "write the text itself")
		return
	}
	switch {
	case v.Type() == locatedType: // a printed text keeps where it was written
		if d.scalar(n, v.FieldByName("Text"), path) {
			v.Set(reflect.ValueOf(diag.Located{File: d.file, Line: n.Line, Field: path, Text: v.FieldByName("Text").String()}))
			d.fields[len(d.fields)-1].ptr = &v.Addr().Interface().(*diag.Located).Text
		}
	case v.Kind() == reflect.Struct && n.Kind == yaml.ScalarNode && shortField(v.Type()) >= 0:
		d.value(n, v.Field(shortField(v.Type())), path, at) // "- 614-276-2274" for "- number: 614-276-2274"
	case v.Kind() == reflect.Struct:
		d.mapping(n, v, path, at)
	case v.Kind() == reflect.String:
		d.scalar(n, v, path)
	case v.Kind() == reflect.Bool:
		switch strings.ToLower(strings.TrimSpace(n.Value)) {
		case "true", "yes":
			v.SetBool(true)
		case "false", "no", "":
		default:
			d.ps.Add(d.file, n.Line, path, fmt.Sprintf("%q should be true or false", n.Value), "")
		}
	case v.Type() == fontsType && n.Kind == yaml.MappingNode: // font: with regular: under it: one family, as before the list
		v.Set(reflect.MakeSlice(v.Type(), 1, 1))
		d.value(n, v.Index(0), path, at)
	case v.Type() == fontsType && (n.Kind != yaml.SequenceNode || n.Style&yaml.FlowStyle != 0 &&
		!slices.ContainsFunc(n.Content, func(item *yaml.Node) bool { return item.Kind != yaml.ScalarNode })):
		msg, hint := fontShape(n, true) // font: A.ttf, font: [A.ttf, B.ttf]: one family's files as a --font gives them
		d.ps.Add(d.file, n.Line, path, msg, hint)
	case v.Kind() == reflect.Slice:
		if n.Kind != yaml.SequenceNode {
			hint := ""
			if n.Kind == yaml.ScalarNode && n.Value != "" { // other_numbers: 614-224-4664, a list of one
				hint = listHint(path[strings.LastIndexByte(path, '.')+1:], n.Value)
			}
			d.ps.Add(d.file, n.Line, path, "should be a list of texts, each on a line starting with '- '", hint)
			return
		}
		v.Set(reflect.MakeSlice(v.Type(), len(n.Content), len(n.Content)))
		for i, item := range n.Content {
			d.value(item, v.Index(i), fmt.Sprintf("%s[%d]", path, i+1), item.Line)
		}
	default:
		panic("content: unsupported field kind " + v.Kind().String())
	}
}

// scalar sets the string v from a single text, and records it as a field.
func (d *decoder) scalar(n *yaml.Node, v reflect.Value, path string) bool {
	if n.Kind != yaml.ScalarNode {
		msg, hint := "should be a single text, not a list or a group", ""
		if n.Kind == yaml.MappingNode && n.Style&yaml.FlowStyle != 0 && n.Line <= len(d.lines) { // tab: {call}
			if key, v := valueOf(d.lines[n.Line-1]); strings.HasPrefix(v, "{") {
				v = withoutComment(v)
				msg, hint = "should be a single text, and YAML reads "+v+" as a group", braceHint(key, v)
			}
		} else if n.Kind == yaml.SequenceNode && n.Style&yaml.FlowStyle != 0 && n.Line <= len(d.lines) { // headline: [Your headline here]
			if key, v := valueOf(d.lines[n.Line-1]); strings.HasPrefix(v, "[") {
				v = withoutComment(v)
				msg = "should be a single text, and YAML reads " + v + " as a list"
				hint = fmt.Sprintf("write the text itself (a template's blank in brackets is to be filled in), or put it in quotes: %s %s", key, yamlQuoted(v))
				if o := unbracketed(v); path == "cards.offset" && o != "" { // offset: [1, 2]
					hint = fmt.Sprintf("write the two numbers without brackets, a comma between them: %s %s", key, o)
				}
			}
		} else if n.Kind == yaml.MappingNode && len(n.Content) == 2 && strings.HasSuffix(path, "]") && n.Content[0].Kind == yaml.ScalarNode && n.Content[1].Kind == yaml.ScalarNode {
			// "- A trained person answers: day or night.": a colon and a space make a list's line a field
			msg = "should be a single text, and YAML reads the colon and space in it as a field's"
			hint = "put the line in quotes: - " + yamlQuoted(n.Content[0].Value+": "+n.Content[1].Value)
		}
		d.ps.Add(d.file, n.Line, path, msg, hint)
		return false
	}
	if q := quoteRunOn(d.lines, n); q > 0 {
		// "#0F4C5C   # headings" with its closing quote left out: YAML reads on to the next
		// quote, a later line's, taking the names and comments between as its words, and the
		// fields it swallowed would be told missing, at other lines
		d.ps.Add(d.file, n.Line, path, fmt.Sprintf(quoteOpen+": YAML reads on to line %d, taking the lines between as its words", q),
			"end the text with the same quote on this line, or take the quote out")
		return false
	}
	val := strings.TrimSpace(n.Value)
	if n.Tag == "!!null" { // ~ or null: YAML's "nothing", an empty text (required names the word)
		val = ""
	}
	if strings.Contains(val, "\t") {
		val = string(tabsAsSpaces([]byte(val))) // as in faq.md: a tab prints as a space
	}
	if inner, ok := curlyWrapped(val); ok && n.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) == 0 && (d.settings() || !hasWords(inner)) {
		key := path[strings.LastIndex(path, ".")+1:]
		d.ps.Add(d.file, n.Line, path, "the value is wrapped in curly quotes, which YAML keeps as part of the text",
			fmt.Sprintf("use straight quotes \"...\" or none: %s: %s", key, yamlQuoted(inner)))
		val = inner // read as meant, so the messages after this one are about what it says
	}
	if c := n.LineComment; val != "" && n.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) == 0 && commentedText(c) {
		// "Safe House #2 of Ohio": YAML ends the text at " #", and the rest would silently not print
		d.ps.Add(d.file, n.Line, path, fmt.Sprintf("YAML reads %q as a comment, so only %q would print", c, val),
			"put the whole text in quotes: "+yamlQuoted(val+" "+c))
	}
	if sv, ok := lineServices[path]; ok && val != "" && d.settings() && saysNone(val) {
		// "none", "N/A", "-" for a service the line does not have would be read as its number
		d.ps.Add(d.file, n.Line, path, fmt.Sprintf("%q says the line has none, but haven reads what is written here as its %s", val, sv[0]),
			fmt.Sprintf("leave it empty for a line %s: %s: \"\"", sv[1], path[strings.LastIndex(path, ".")+1:]))
		val = "" // read as meant, so no message after this one takes it for a number
	}
	written := ""
	if d.settings() && dialledSetting(path) {
		p := plainOf(val) // "９１１" is 911: the number every edition prints and dials
		if strings.ContainsFunc(val, otherDigit) {
			written = val
		}
		val = p.text
		if i, ok := p.mixedDigit(0, len(val)); ok { // "1-888-3৭3-7888": what was meant is not known
			d.ps.Add(d.file, n.Line, path, fmt.Sprintf("%q mixes the digits of two scripts: %s", p.orig, p.mixedName(i, 0, len(val))),
				fmt.Sprintf("write the number you mean in ASCII digits, e.g. %s: %s", path[strings.LastIndex(path, ".")+1:], val))
		}
		typed := typedAsDigits(val)
		for i := range val {
			if p.lookalike(i) || typed[i] != val[i] { // "1-8OO", "72З3": the digit it prints as is to be typed
				r, _ := utf8.DecodeRuneInString(p.orig[p.from(i):])
				d.ps.Add(d.file, n.Line, path, fmt.Sprintf("%q has %s among its digits", p.orig, letterName(r)),
					fmt.Sprintf("write %c: %s: %s", typed[i], path[strings.LastIndex(path, ".")+1:], typed))
				val = typed // read as meant, so the messages after this one are about the number
				break
			}
		}
		if at, ok := strayPunct(val); ok {
			key, number := path[strings.LastIndex(path, ".")+1:], strings.Trim(val, strayPuncts+" ")
			d.ps.Add(d.file, n.Line, path, fmt.Sprintf("%q %s with %q, which would print with the number everywhere", val, map[bool]string{true: "begins", false: "ends"}[at == 0], val[at]),
				fmt.Sprintf("write the number alone: %s: %s", key, number))
			val = number // read as meant, so the messages after this one are about the number
		}
	}
	v.SetString(foldBraces(val))
	d.fields = append(d.fields, field{path: path, line: n.Line, breaks: valueBreaks(d.lines, n, v.String()), ptr: v.Addr().Interface().(*string), written: written})
	return true
}

// otherDigit reports whether r is a decimal digit of another script than ASCII's, not a
// full-width one (which a Chinese, Japanese or Korean input method types for an ASCII digit):
// Arabic-Indic ٣, Persian ۳, Devanagari ३, Bengali ৩.
func otherDigit(r rune) bool {
	return r > 0x7F && unicode.Is(unicode.Nd, r) && !fullWidthDigit(r)
}

// otherDigits warns of each number setting written in another script's digits (otherDigit):
// it is read, dialled and printed in every edition in ASCII's, as every number setting is,
// which the user did not write.
func otherDigits(file string, fields []field) diag.Problems {
	var ws diag.Problems
	for _, f := range fields {
		if f.written == "" {
			continue
		}
		i := strings.IndexFunc(f.written, otherDigit)
		r, _ := utf8.DecodeRuneInString(f.written[i:])
		ws.Add(file, f.line, f.path, fmt.Sprintf("%s is written in %s: every edition prints it, and every link and QR code dials it, in the digits 0 to 9, as %s",
			diag.Quote(f.written), digitsName(r), *f.ptr),
			fmt.Sprintf("write it so in settings.yaml to say so: %s: %s; to print a number in %s, write it so in a text of faq.md or text.yaml, which prints it as written and links it",
				f.path[strings.LastIndex(f.path, ".")+1:], yamlQuoted(*f.ptr), digitsName(r)))
	}
	return ws
}

// digitsName names the digits r is one of: "Arabic-Indic digits", "Persian digits", else by
// its script ("Devanagari digits").
func digitsName(r rune) string {
	switch {
	case r >= 0x0660 && r <= 0x0669:
		return "Arabic-Indic digits"
	case r >= 0x06F0 && r <= 0x06F9:
		return "Persian digits"
	}
	for name, t := range unicode.Scripts {
		if name != "Common" && name != "Inherited" && unicode.Is(t, r) {
			return strings.ReplaceAll(name, "_", " ") + " digits"
		}
	}
	return "another script's digits"
}

// valueBreaks are where in val, n's text as read, each next line of the file begins, for a
// text written over several lines (a | or > block, or a long text an editor wrapped), so that
// a message about a word of it names the word's line, not the line of its name; nil for a text
// on one line. Each line is found in val by its first word, in order, as YAML keeps a line's
// words and joins them with a space or a line break.
func valueBreaks(lines []string, n *yaml.Node, val string) []int {
	if n.Line < 1 || n.Line > len(lines) {
		return nil
	}
	var breaks []int
	blank := 0 // blank lines read since the last line of words, lines of the text if one follows
	indent, block := indentOf(lines[n.Line-1]), n.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0
	first, pos := n.Line-1, 0 // the line the text begins on (a block's, after its | or >), and where val is read to
	if block {
		first++
	}
	for i := first; i < len(lines) && pos < len(val); i++ {
		t := strings.TrimSpace(lines[i])
		if i == n.Line-1 {
			_, t = valueOf(lines[i])
		} else if t != "" && indentOf(lines[i]) <= indent { // the next name: the text ended
			break
		}
		if t == "" {
			blank++
			continue
		}
		t = strings.Trim(t, `"'`)
		words := strings.Fields(t)
		if len(words) == 0 { // a closing quote alone
			break
		}
		at := strings.Index(val[pos:], words[0])
		if at < 0 { // a quoted text's escapes, or a word YAML reads otherwise
			break
		}
		for ; blank > 0; blank-- {
			breaks = append(breaks, pos)
		}
		if i > n.Line-1 {
			breaks = append(breaks, pos+at)
		}
		if pos += at; strings.HasPrefix(val[pos:], t) {
			pos += len(t)
		} else {
			pos += len(words[0])
		}
	}
	return breaks
}

// commentedText reports whether a comment YAML found after a text was meant as part of it: a
// '#' with no space after it ("#2 of Ohio", "#YouMatter"), as a comment written to be one
// begins "# ".
func commentedText(c string) bool {
	return len(c) > 1 && c[0] == '#' && c[1] != ' ' && c[1] != '\t'
}

// strayPuncts are the marks a number to dial never begins or ends with, but a sentence does:
// "1-888-373-7888." copied from a text.
const strayPuncts = ".,;:-"

// strayPunct is the index of a sentence's mark at the start or end of a number setting.
func strayPunct(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	if strings.IndexByte(strayPuncts, s[0]) >= 0 {
		return 0, true
	}
	if i := len(s) - 1; strings.IndexByte(strayPuncts, s[i]) >= 0 {
		return i, true
	}
	return 0, false
}

// settings reports whether the file decoded is settings.yaml.
func (d *decoder) settings() bool { return path.Base(d.file) == SettingsFile }

// dialledSetting reports whether the setting at path is a number to dial, read with its digits
// and brackets in ASCII (plainOf) whatever script or width they were typed in.
func dialledSetting(path string) bool {
	switch path {
	case "hotline.call", "hotline.text", "hotline.tty", "hotline.emergency":
		return true
	}
	return strings.HasPrefix(path, "organisation.other_numbers[")
}

// lineServices are the settings of a service a line may not have, each with what it holds
// and how a line without it is said.
var lineServices = map[string][2]string{"hotline.call": {"number to call", "that only takes texts"}, "hotline.text": {"number to text", "that takes no texts"},
	"hotline.tty": {"TTY number", "without a TTY"}, "hotline.chat": {"chat address", "without a chat"}}

// noneWords say a service is not there, in the languages content is written in: "none", "N/A",
// "No TTY", "we do not have a chat", "ninguno", "no hay", "aucun", "keine".
var noneWords = wordSet("no none not n/a na nil null nothing unavailable ninguno ninguna ningún nada sin aucun aucune pas néant keine kein nicht nenhum nenhuma não nao không")

// saysNone is whether a setting's value says the service is not there, rather than giving a
// number or address: a word of noneWords ("N/A"), only marks ("-", "—"), or words with one of
// them ("No TTY", "we do not have a chat") and no digit or address. An address (a dot between
// letters, or a slash other than N/A's: www.no-more.org/chat) names a service, however its words read, and is
// left to the address's own checks.
func saysNone(val string) bool {
	lower := strings.ToLower(strings.TrimSpace(val))
	if noneWords.has(lower) {
		return true
	}
	if strings.ContainsFunc(val, unicode.IsDigit) || strings.Contains(strings.ReplaceAll(lower, "n/a", ""), "/") || dotInWord().MatchString(val) {
		return false
	}
	words := strings.FieldsFunc(lower, func(r rune) bool { return !unicode.IsLetter(r) && r != '/' })
	return len(words) == 0 || slices.ContainsFunc(words, func(w string) bool { return noneWords.has(w) })
}

// dotInWord is a dot between letters, as in an address: not-alone.org.
var dotInWord = lazyRE(`\pL\.\pL`)

// curlyWrapped is the value inside the curly quotes (“988”, ‘988’, «988», „988“) that s is
// wrapped in, when it is: a word processor or phone types them for straight quotes, and YAML
// reads them as letters of the text.
func curlyWrapped(s string) (string, bool) {
	rs := []rune(s)
	if len(rs) < 3 || !strings.ContainsRune("“”‘’«»„‚‹›", rs[0]) || !strings.ContainsRune("“”‘’«»‹›", rs[len(rs)-1]) {
		return "", false
	}
	return strings.TrimSpace(string(rs[1 : len(rs)-1])), true
}

// curlyName is the known field a key wrapped in curly quotes (“call”) names, "" for another key.
func curlyName(key string, known map[string]int) string {
	inner, curly := curlyWrapped(key)
	inner = usSpellings.Replace(inner)
	if _, ok := known[inner]; !curly || !ok {
		return ""
	}
	return inner
}

// hasWords reports whether s has a letter outside its placeholders: a text in quotes
// (“We believe you.”) may print them; a number or {call} alone may not.
func hasWords(s string) bool {
	return strings.IndexFunc(bracedRE().ReplaceAllString(s, ""), unicode.IsLetter) >= 0
}

var bracedRE = lazyRE(`\{[^{}]*\}`)

// likelyField is the field of t that name, an unknown one, was likely meant as: the same but
// for capitals, a hyphen or space for '_' (Keyword, other-numbers), or one letter left out,
// added, changed or two swapped (emergancy), or another name the field lists as also its
// (text_color for ink), when also; else "".
func likelyField(name string, t reflect.Type, also bool) string {
	n := usSpellings.Replace(strings.NewReplacer("-", "_", " ", "_").Replace(strings.ToLower(name)))
	for i := 0; i < t.NumField(); i++ {
		known := t.Field(i).Tag.Get("yaml")
		// a name of three letters is one slip from many words: only one written over a letter
		// of it after its first (tyy for tty)
		if n == known || (len(known) >= 4 || len(known) == 3 && len(n) == 3 && n[0] == known[0]) && oneEdit(n, known) || also && slices.Contains(strings.Split(t.Field(i).Tag.Get("also"), ","), n) {
			return known
		}
	}
	return ""
}

// usSpellings turn a field's name as American English spells it into haven's.
var usSpellings = strings.NewReplacer("organization", "organisation", "color", "colour")

// spellings are the fields whose names a file spells otherwise than haven (colors:,
// organization:), by their paths: a message about a line of theirs names the field as the user
// can find it.
type spellings map[string]spelling

// spelling is a field's path as a file spells it, and the lines of its name and value.
type spelling struct {
	as       string
	from, to int
}

// of is the path p, of a message about line, as the file spells it there.
func (s spellings) of(p string, line int) string {
	haven := ""
	for h, sp := range s { // a few at most
		if rest, ok := strings.CutPrefix(p, h); ok && (rest == "" || rest[0] == '.' || rest[0] == '[') && line >= sp.from && line <= sp.to && len(h) > len(haven) {
			haven = h // the field's own spelling, not only its group's
		}
	}
	if haven == "" {
		return p
	}
	return s[haven].as + p[len(haven):]
}

// respell names, in the problems of file, each field as the file spells it.
func (s spellings) respell(ps diag.Problems, file string) {
	for i := range ps {
		if ps[i].File == file && ps[i].Field != "" {
			ps[i].Field = s.of(ps[i].Field, ps[i].Line)
		}
	}
}

// lastLine is the last line n or anything in it is on.
func lastLine(n *yaml.Node) int {
	last := n.Line
	for _, c := range n.Content {
		last = max(last, lastLine(c))
	}
	return last
}

// spacedName is the field of t a key was meant as whose fault is a space between its words
// ("resource url", for resource_url), or one other than ASCII's (otherSpace) before its colon
// ("title\u00a0:", as a French keyboard or a word processor types it), which YAML keeps as part
// of the name, unseen; with what to say; "" for another key.
func spacedName(key string, t reflect.Type) (meant, msg, hint string) {
	at := strings.IndexFunc(key, spaceOrTab)
	if at < 0 {
		return "", "", ""
	}
	plain := strings.TrimSpace(strings.Map(func(r rune) rune {
		if otherSpace(r) {
			return ' '
		}
		return r
	}, key))
	if meant = likelyField(plain, t, false); meant == "" { // not body text for ink: no space is at fault there
		return "", "", ""
	}
	r, _ := utf8.DecodeRuneInString(key[at:])
	space := "a space"
	if otherSpace(r) {
		space = fmt.Sprintf("%s (U+%04X)", spaceName(r), r)
	}
	if at >= len(strings.TrimRightFunc(key, spaceOrTab)) {
		return meant, fmt.Sprintf("has %s before its colon, which YAML reads as part of the name", space),
			fmt.Sprintf("delete it, so that the colon follows the name: %s:", meant)
	}
	return meant, fmt.Sprintf("has %s in its name, which YAML reads as part of the name", space),
		fmt.Sprintf("write the name as haven spells it: %s:", meant)
}

// groupHint is how a group of settings is written, for one written as a single value
// ("organisation: Harbor House"): its name alone on its line, each setting under it indented.
func groupHint(path string) string {
	name := path[strings.LastIndexByte(path, '.')+1:]
	if name == "" {
		return ""
	}
	return fmt.Sprintf("write %s: alone on its line, and its settings under it, each on a line of its own indented by two spaces ('  name: ...'), as haven init writes them", name)
}

// fontShape is what is wrong with n, written where font: (whole, when top) or a family of its
// list takes a group of files, and how to write it: its own files, where it names them
// ("- Font-Regular.ttf, Font-Bold.ttf"), as the group they should be.
func fontShape(n *yaml.Node, top bool) (msg, hint string) {
	var given []string // "A.ttf, B.ttf", or [A.ttf, B.ttf]
	switch n.Kind {
	case yaml.ScalarNode:
		given = strings.Split(n.Value, ",")
	case yaml.SequenceNode:
		for _, item := range n.Content {
			given = append(given, item.Value)
		}
	}
	files := []string{"FONT-Regular.ttf", ""}
	for i := range min(len(given), 2) {
		files[i] = cmp.Or(strings.TrimSpace(given[i]), files[i])
	}
	if files[1] == "" {
		files[1] = "FONT-Bold.ttf"
		if strings.Contains(files[0], "Regular") {
			files[1] = strings.Replace(files[0], "Regular", "Bold", 1)
		}
	}
	msg = "should name the font's files on lines of their own, regular: and bold:, not as one text"
	if top {
		msg = "should name each font's files on lines of their own under it, regular: and bold:"
	}
	return msg, fmt.Sprintf("write font: alone on its line and, under it, each font as '  - regular: %s' with '    bold: %s' on the next line, "+
		"lined up with regular:; one such '- regular:' for each font (one for Devanagari and one for Tamil), "+
		"the first that has a language's letters printing it", files[0], files[1])
}

func (d *decoder) mapping(n *yaml.Node, v reflect.Value, path string, at int) {
	if n.Kind != yaml.MappingNode {
		msg, hint := "should be a group of 'name: value' lines", groupHint(path)
		if v.Type() == fontType {
			msg, hint = fontShape(n, false)
		}
		d.ps.Add(d.file, n.Line, path, msg, hint)
		return
	}
	t := v.Type()
	known := map[string]int{}
	var names []string
	for i := 0; i < t.NumField(); i++ {
		name := t.Field(i).Tag.Get("yaml")
		known[name] = i
		names = append(names, name)
	}
	seen := map[string]*yaml.Node{} // each field's key, where it was first given
	meant := map[string]bool{}      // fields an unknown key was likely meant as: said there, not as missing
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		if k.Tag == "!!merge" {
			d.ps.Add(d.file, k.Line, path, "YAML merge keys (<<) are not allowed", "write each field out in full")
			continue
		}
		name, spelled := k.Value, k.Value
		if _, ok := known[name]; !ok { // organization:, colors: as American English spells them
			name = usSpellings.Replace(name)
		}
		if _, ok := known[name]; !ok {
			if meant := curlyName(k.Value, known); meant != "" { // “call”: pasted from a word processor
				_, value := valueOf(d.lines[k.Line-1])
				d.ps.Add(d.file, k.Line, join(path, meant), fmt.Sprintf("the name %s is in curly quotes, as a word processor types them, which YAML reads as part of the name", k.Value),
					fmt.Sprintf("write the name in straight quotes or none: %s", strings.TrimSpace(meant+": "+value)))
				name, spelled = meant, meant // read as meant, so that no message after this one calls it missing
			} else if meant, msg, hint := spacedName(k.Value, t); meant != "" {
				d.ps.Add(d.file, k.Line, join(path, meant), msg, hint)
				name, spelled = meant, meant // read as meant, so that no message after this one calls it missing
			}
		}
		fp := join(path, name)
		idx, ok := known[name]
		switch {
		case !ok:
			hint := "known here: " + strings.Join(sorted(names), ", ") + "; check the spelling and the indentation"
			msg, typed := "unknown field", k.Value
			if inner, curly := curlyWrapped(typed); curly { // “titel”: spelt as typed inside its quotes
				msg, typed = "unknown field, in curly quotes as a word processor types them, which YAML reads as part of the name", inner
			}
			if group := groupOf(t, k.Value); group != "" { // website: at the top, for organisation: website:
				hint = fmt.Sprintf("%s belongs under %s: indent it by two spaces below the line %q", k.Value, group, group+":")
			} else if m := likelyField(typed, t, true); m != "" {
				hint = fmt.Sprintf("did you mean %s? %s", m, hint)
				if r, ok := foreignLetter(typed); ok { // resоurce_url with a Cyrillic о: the two look alike
					hint = fmt.Sprintf("did you mean %s? its %c (U+%04X) is a letter of another script that looks like a Latin one: type the name again in Latin letters", m, r, r)
				}
				meant[m] = true
			}
			if typed != k.Value {
				hint = "write the name in straight quotes or none; " + hint
			}
			d.ps.Add(d.file, k.Line, join(path, k.Value), msg, hint) // as typed, to be found in the file
		case seen[name] != nil:
			first := seen[name]
			hint := fmt.Sprintf("keep one: delete this line or line %d", first.Line)
			if val.Kind == yaml.MappingNode { // organisation: again at the end, for a field the comments say goes under it
				hint = fmt.Sprintf("move the lines below this one up under the first %s: (line %d), indented as its lines are, and delete this line", first.Value, first.Line)
			}
			d.ps.Add(d.file, k.Line, join(d.spelled.of(path, k.Line), spelled), fmt.Sprintf("appears twice, first on line %d", first.Line), hint)
		default:
			seen[name] = k
			if name != spelled {
				d.spelled[fp] = spelling{join(d.spelled.of(path, k.Line), spelled), k.Line, lastLine(val)}
			}
			d.value(val, v.Field(idx), fp, k.Line)
			d.required(val, v.Field(idx), t.Field(idx), fp)
		}
	}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		name := f.Tag.Get("yaml")
		if seen[name] == nil && !meant[name] && f.Tag.Get("haven") != "optional" {
			hint := "add a line '" + name + ": ...'"
			if ft := f.Type; ft.Kind() == reflect.Struct && ft != locatedType { // a group: its lines too
				lines := builtinGroup(d.file, path, name)
				if lines == nil {
					for j := 0; j < ft.NumField(); j++ {
						if n := ft.Field(j).Tag.Get("yaml"); n != "" && ft.Field(j).Tag.Get("haven") != "optional" {
							lines = append(lines, n+": ...")
						}
					}
				}
				hint = fmt.Sprintf("add a line '%s:' and under it, indented by 2 spaces, %s", name, strings.Join(lines, ", "))
			}
			d.ps.Add(d.file, at, join(path, name), "missing", hint)
		}
	}
}

// groupOf is the name of the group of t (a field that is itself a group of fields) that has a
// field called name, or "".
func groupOf(t reflect.Type, name string) string {
	for i := 0; i < t.NumField(); i++ {
		if g := t.Field(i).Type; g.Kind() == reflect.Struct && g != locatedType {
			for j := 0; j < g.NumField(); j++ {
				if g.Field(j).Tag.Get("yaml") == name {
					return t.Field(i).Tag.Get("yaml")
				}
			}
		}
	}
	return ""
}

// shortField is the field of t a single text may stand for, in place of its group (tagged
// haven:"short"), or -1.
func shortField(t reflect.Type) int {
	for i := 0; i < t.NumField(); i++ {
		if t.Field(i).Tag.Get("haven") == "short" {
			return i
		}
	}
	return -1
}

// required reports an empty text or list unless the field is optional, and a text that YAML's
// "nothing" written as a word (~, null) left empty, which the user may have meant as the text.
func (d *decoder) required(n *yaml.Node, v reflect.Value, f reflect.StructField, path string) {
	optional := f.Tag.Get("haven") == "optional"
	if v.Type() == locatedType {
		v = v.FieldByName("Text")
	}
	switch v.Kind() {
	case reflect.String:
		switch {
		case n.Kind != yaml.ScalarNode || v.String() != "":
		case optional:
			d.empty(n, path, true, "delete the word to leave the field empty")
		case n.Line <= len(d.lines) && strings.Contains(d.lines[n.Line-1], ": #"):
			d.ps.Add(d.file, n.Line, path, "is empty: YAML reads what follows a '#' as a comment", "put the value in quotes: "+hashQuoted(d.lines[n.Line-1]))
		default:
			todo := "write the text after the colon"
			if h, ok := emptyHints[path]; ok {
				todo = h
			}
			d.empty(n, path, false, todo)
		}
	case reflect.Slice:
		if !optional && n.Kind == yaml.SequenceNode && v.Len() == 0 {
			d.ps.Add(d.file, n.Line, path, "the list is empty", "add at least one line starting with '- '")
		}
		for i := 0; i < v.Len() && i < len(n.Content); i++ {
			if textOf(v.Index(i)) == "" && n.Content[i].Kind == yaml.ScalarNode {
				d.empty(n.Content[i], fmt.Sprintf("%s[%d]", path, i+1), optional, "write a text or remove the line")
			}
		}
	}
}

// empty reports the text at n empty, with what to do (todo), unless it may be: once, naming
// YAML's "nothing" written as a word (~, null, Null), where the word may have been meant as the
// text, whether or not the text may be empty.
func (d *decoder) empty(n *yaml.Node, path string, may bool, todo string) {
	if n.Tag == "!!null" && n.Value != "" {
		d.ps.Add(d.file, n.Line, path, fmt.Sprintf("%q means nothing in YAML, so it reads as empty", n.Value),
			fmt.Sprintf("%s; if the text really is %s, put it in quotes: %s", todo, n.Value, yamlQuoted(n.Value)))
	} else if !may {
		d.ps.Add(d.file, n.Line, path, "is empty", todo)
	}
}

// textOf is the text of a list's item: a text, or the field a single text stands for (shortField).
func textOf(v reflect.Value) string {
	if v.Kind() == reflect.Struct && v.Type() != locatedType && shortField(v.Type()) >= 0 {
		v = v.Field(shortField(v.Type()))
	}
	if v.Type() == locatedType {
		return v.FieldByName("Text").String()
	}
	return v.String()
}

// faqText is the first '# ' or '## ' line of a file that has a '## ' line and no line naming one
// of t's fields (faq.md's text saved as a YAML file, where YAML reads its headings as comments and
// its paragraphs as stray text); 0 otherwise.
func faqText(data []byte, t reflect.Type) int {
	// a plain search first: every run reads its YAML files through here
	if !bytes.HasPrefix(data, []byte("## ")) && !bytes.Contains(data, []byte("\n## ")) || !faqQuestionRE().Match(data) || len(namedFields(data, t)) > 0 {
		return 0
	}
	return bytes.Count(data[:faqHeadingRE().FindIndex(data)[0]], []byte("\n")) + 1
}

var (
	faqQuestionRE = lazyRE(`(?m)^## +\S`)
	faqHeadingRE  = lazyRE(`(?m)^##? +\S`)
)

// namedFields is the lines, from 1, that start with the name of one of t's fields and its colon
// (then a space or the line's end), as the top level of a YAML file for t does. Every faq.md
// is read through here, so it walks the lines itself rather than run an expression.
func namedFields(data []byte, t reflect.Type) []int {
	var names map[string]bool
	var at []int
	for line, rest := 1, data; len(rest) > 0; line++ {
		l := rest
		if i := bytes.IndexByte(rest, '\n'); i >= 0 {
			l, rest = rest[:i], rest[i+1:]
		} else {
			rest = nil
		}
		n := 0
		for n < len(l) && (l[n] >= 'a' && l[n] <= 'z' || l[n] == '_') {
			n++
		}
		if n == 0 || n == len(l) || l[n] != ':' || n+1 < len(l) && l[n+1] != ' ' && l[n+1] != '\t' && l[n+1] != '\r' {
			continue
		}
		if names == nil {
			names = map[string]bool{}
			for i := 0; i < t.NumField(); i++ {
				names[t.Field(i).Tag.Get("yaml")] = true
			}
		}
		if names[string(l[:n])] {
			at = append(at, line)
		}
	}
	return at
}

// emptyDocument is whether doc, a YAML document, holds nothing: no text, not even "~" or "".
func emptyDocument(doc *yaml.Node) bool {
	if len(doc.Content) != 1 {
		return len(doc.Content) == 0
	}
	n := doc.Content[0]
	return n.Kind == yaml.ScalarNode && n.Tag == "!!null" && n.Value == "" && n.Anchor == ""
}

// secondDocLine is the line of the first '---' after some content: where a second
// document starts.
func secondDocLine(data []byte) int {
	seen := false
	for i, l := range strings.Split(string(data), "\n") {
		t := strings.TrimSpace(l)
		if strings.HasPrefix(t, "---") && seen {
			return i + 1
		}
		seen = seen || (t != "" && !strings.HasPrefix(t, "#") && !strings.HasPrefix(t, "---"))
	}
	return 0
}

// otherSpace is whether r is a space other than ASCII's, which Markdown does not read as a space
// where it looks for a list's mark, a heading or an indent: the
// no-break space Word, Google Docs and a Mac's Option-Space type, the narrow one, the
// ideographic space of a Chinese or Japanese keyboard (U+3000), the typographer's spaces.
func otherSpace(r rune) bool { return r > 0x7f && unicode.Is(unicode.Zs, r) }

// spaceOrTab is whether r is a space or a tab, ASCII's or another (otherSpace).
func spaceOrTab(r rune) bool { return r == ' ' || r == '\t' || otherSpace(r) }

// otherSpaces are the spaces otherSpace names, to look for them all at once.
const otherSpaces = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"

// spaceName names a space that is not ASCII's, as a message says it.
func spaceName(r rune) string {
	if r == '\u00a0' {
		return "a no-break space"
	}
	return "a wide or narrow space"
}

// refusedInvisible reports whether r is a format character a text may not have (diag.Invisible
// names them): they print nothing, yet change where lines break or which way text runs, and
// they come from pasted text more often than by intent. Soft hyphens (a break opportunity) and
// the non-joiner Persian needs are kept; the emoji and text presentation selectors (U+FE0F,
// U+FE0E) are left out by normal.
func refusedInvisible(r rune) bool {
	return r != 0x00AD && r != 0x200C && diag.Invisible(r) != ""
}

// invisibleHint is what to do about r, a character refusedInvisible refuses.
func invisibleHint(r rune) string {
	switch {
	case r == 0x200D: // emoji are joined by it, and print in no font haven uses; letters join by themselves
		return "delete it: it prints nothing here (haven joins Arabic letters by itself, and prints no emoji)"
	case r == 0x200B || r == 0x2060 || r == 0xFEFF:
		return "delete it; to keep two words on one line write a no-break space (U+00A0), to allow a break inside a word a soft hyphen (U+00AD)"
	case r >= 0x2061 && r <= 0x2064, r >= 0xFFF9 && r <= 0xFFFB, r == 0x034F, r >= 0xFE00 && r <= 0xFE0D:
		return "delete it: it prints nothing"
	}
	return "delete it: haven orders right-to-left text by itself"
}

// indicBefore reports whether text ends in a letter or sign of the Indic blocks (U+0900 to
// U+0DFF), whose scripts haven shapes: a zero-width joiner after one asks for the letter's
// half or joined form, as Sinhala writes ශ්‍රී and Devanagari क्‍ष. Not a digit or a danda.
func indicBefore(text []byte) bool {
	r, _ := utf8.DecodeLastRune(text)
	return r >= 0x0900 && r <= 0x0DFF && unicode.In(r, unicode.L, unicode.M)
}

// emojiJoined reports whether a zero-width joiner between before and after joins the parts of
// one emoji (👨‍👩‍👧, 🐕‍🦺, ❤️‍🔥), one of them beyond U+FFFF: the emoji is refused as one that
// does not print, with every other of the file, and the joiner goes with it. Its presentation
// selector and a skin tone are parts of it.
func emojiJoined(before, after []byte) bool {
	part := func(r rune) bool { return r >= 0x1F3FB && r <= 0x1F3FF || r == 0xFE0F || r == 0xFE0E }
	r, n := utf8.DecodeLastRune(before)
	for n > 0 && part(r) {
		before = before[:len(before)-n]
		r, n = utf8.DecodeLastRune(before)
	}
	a, _ := utf8.DecodeRune(after)
	return unicode.IsSymbol(r) && unicode.IsSymbol(a) && (r > 0xFFFF || a > 0xFFFF)
}

// unbrokenAround reports whether before ends, or after begins, in a character of Thai, Lao,
// Khmer or Myanmar (UnbrokenScript: a letter, sign or digit of theirs), whose words are
// written without spaces: a zero-width space there marks where a line may break between two
// of its words, as those scripts write it (๒๔​ชั่วโมง, 24​ชั่วโมง).
func unbrokenAround(before, after []byte) bool {
	r, _ := utf8.DecodeLastRune(before)
	n, _ := utf8.DecodeRune(after)
	return UnbrokenScript(r) != "" || UnbrokenScript(n) != ""
}

// normal is the text in Unicode normal form C, so that a letter typed with a separate accent
// (as some Mac programs paste it) is the one precomposed character fonts draw as one.
//
// A phone or a word processor types ✔ and ☎ followed by the invisible emoji presentation
// selector (U+FE0F), which asks for a colour picture where the font's own symbol prints;
// it is left out, as is the text presentation selector (U+FE0E), and the symbol prints as the
// font draws it (or is named, if no font can print it).
func normal(data []byte) []byte {
	if bytes.Contains(data, []byte("\uFE0F")) || bytes.Contains(data, []byte("\uFE0E")) {
		data = bytes.ReplaceAll(bytes.ReplaceAll(data, []byte("\uFE0F"), nil), []byte("\uFE0E"), nil)
	}
	if norm.NFC.IsNormal(data) {
		return data
	}
	return norm.NFC.Bytes(data)
}

// refusedRune is what a character is, when a text file may not have it, and what to do
// instead; "" for a character that may be written.
func refusedRune(r rune) (what, hint string) {
	if r >= 0x20 && r < 0x7F { // printable ASCII, most of any text: looked at first
		return "", ""
	}
	if what, hint := controlRune(r); what != "" {
		return what, hint
	}
	switch {
	case marked(r): // haven marks bold and italic text with these
		return fmt.Sprintf("a private-use character (U+%04X) that prints as nothing", r), "delete it; for bold, write **bold**, for italic *italic*"
	case r == 0x2028 || r == 0x2029:
		return fmt.Sprintf("a Unicode line separator (U+%04X), which looks like a line break and is not one", r), "delete it and press Enter instead"
	case r == utf8.RuneError:
		return "a replacement character (U+FFFD), which prints as a box: the mark of text copied or converted wrongly", "type the character that was meant in its place"
	case r == 0xFFFC:
		return "an object replacement character (U+FFFC), which prints as a box: the mark of a picture pasted from a word processor", "delete it; a logo goes in settings.yaml, and the FAQ says in words what a picture showed"
	case refusedInvisible(r):
		return fmt.Sprintf("an %s (U+%04X), which would change the printed text without showing where", diag.Invisible(r), r), invisibleHint(r)
	}
	return "", ""
}

// controlRune is what r is when it is a control character other than a tab or a line break,
// which no text has: the mark of a file that is not text (a workbook, a file saved as UTF-16
// without its byte order mark) or of a character pasted from a program; "" for another.
func controlRune(r rune) (what, hint string) {
	if r < 0x20 && r != '\t' && r != '\n' || r == 0x7F {
		return fmt.Sprintf("a control character (U+%04X)", r), "remove it; if the file looks fine in your editor, save it again as plain text"
	}
	return "", ""
}

// readable is a text file's bytes as UTF-8, checked by checkText: a file saved as UTF-16 with
// its byte order mark (Notepad's "Unicode") is decoded as the placements file is; one without
// the mark (every other byte a NUL) is refused by name, not for its first NUL.
func readable(file string, data []byte) ([]byte, *diag.Problem) {
	return readableWith(file, data, refusedRune)
}

// Plain is a text file's bytes as UTF-8, as readable reads a content file, refusing only what
// shows it is no text: UTF-16 without its byte order mark, bytes that are not UTF-8, control
// characters. A file of rows that are never printed (the placements file) may hold any other
// character.
func Plain(file string, data []byte) ([]byte, *diag.Problem) {
	return readableWith(file, data, controlRune)
}

// readableWith is readable refusing the characters refused names, which may be none of
// printable ASCII (U+0020 to U+007E).
func readableWith(file string, data []byte, refused func(rune) (what, hint string)) ([]byte, *diag.Problem) {
	if kind := documentKind(data); kind != "" { // a word processor's own file, saved under the text file's name
		return nil, &diag.Problem{File: file, Line: 1, Msg: "is " + kind + ", not a plain text file",
			Hint: "open it in the program that made it and save it as plain text (UTF-8) under the same name, or copy its text into a plain text editor (Notepad, TextEdit in plain text mode)"}
	}
	if kind := binaryKind(data); kind != "" { // copied over the text file, or under its name
		return nil, &diag.Problem{File: file, Line: 1, Msg: "is " + kind + ", not a plain text file",
			Hint: "another file was saved or copied under its name: put the text file back from a backup, or write it again in a plain text editor such as Notepad, saved as UTF-8"}
	}
	utf32 := wideText(data) == "UTF-32" // whose byte order mark begins as UTF-16's: not to decode as that
	if !utf32 && (bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF})) {
		if p := damagedUTF16(file, data); p != nil { // decoded, it would be a page of other characters, or end in a box
			return nil, p
		}
		if out, _, err := transform.Bytes(input.Unicode(), data); err == nil {
			data = out
		}
	}
	if enc := wideText(data); enc != "" {
		if enc == "UTF-16" {
			enc += ` (Notepad's "Unicode")`
		}
		return nil, &diag.Problem{File: file, Line: 1, Msg: "is saved as " + enc + ": haven reads UTF-8", Hint: "save it as UTF-8: in Notepad, File > Save As, Encoding: UTF-8"}
	}
	// lines end in LF alone: as Windows ends them (CRLF), and as old Mac programs do (CR
	// alone: Excel's "CSV (Macintosh)"), they are the same lines, and counted as such
	data = bytes.ReplaceAll(bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n")), []byte("\r"), []byte("\n"))
	return data, checkText(file, data, refused)
}

// damagedUTF16 is what is wrong with data, which starts with UTF-16's byte order mark, when it
// is no whole UTF-16 text: UTF-8 after the mark (no NUL byte, which a line end in UTF-16 has),
// the mark left by a program that saved the file badly; a last byte alone (a file cut off); half
// of a pair of units that stand for one character. nil for a whole UTF-16 text.
func damagedUTF16(file string, data []byte) *diag.Problem {
	const resave = "save it again as UTF-8: in Notepad, File > Save As, Encoding: UTF-8"
	if rest := data[2:]; bytes.IndexByte(rest, 0) < 0 && utf8.Valid(rest) {
		return &diag.Problem{File: file, Line: 1, Msg: `starts with the mark of a UTF-16 file (Notepad's "Unicode"), but the rest is UTF-8: the start of the file is damaged`,
			Hint: resave + "; if its first line then starts with odd characters (ÿþ, þÿ or ��), delete them"}
	}
	order := binary.ByteOrder(binary.LittleEndian)
	if data[0] == 0xFE {
		order = binary.BigEndian
	}
	line := 1
	for i := 2; i < len(data); i += 2 {
		if i+1 == len(data) {
			return &diag.Problem{File: file, Line: line, Msg: `is cut off: it is saved as UTF-16 (Notepad's "Unicode"), and its last character is only half there`,
				Hint: "the file was damaged when it was saved or copied: open it, check that its end is all there, and " + resave}
		}
		switch u := order.Uint16(data[i:]); {
		case u == '\n':
			line++
		case utf16.IsSurrogate(rune(u)):
			if u < 0xDC00 && i+3 < len(data) && utf16.DecodeRune(rune(u), rune(order.Uint16(data[i+2:]))) != utf8.RuneError {
				i += 2 // the second of the pair
				continue
			}
			return &diag.Problem{File: file, Line: line, Msg: `is damaged here: it is saved as UTF-16 (Notepad's "Unicode"), and a character on this line is only half there`,
				Hint: "open it, type the character that was meant, and " + resave}
		}
	}
	return nil
}

// documentKind names a file of a word processor or a document format by its first bytes
// (a .docx, .odt or .xlsx is a zip file), or is "".
func documentKind(data []byte) string {
	switch {
	case bytes.HasPrefix(data, []byte(`{\rtf`)):
		return "a rich text (RTF) file"
	case bytes.HasPrefix(data, []byte("PK\x03\x04")):
		return "a Word, Excel, OpenDocument or other zip file"
	case bytes.HasPrefix(data, []byte{0xD0, 0xCF, 0x11, 0xE0}):
		return "an old Word (.doc) file"
	case bytes.HasPrefix(data, []byte("%PDF")):
		return "a PDF"
	}
	return ""
}

// binaryKind names an image, a font or a program by its first bytes, or is "": a file copied
// under a text file's name. Each is named only with a NUL among its first bytes, which no
// text has, as some begin as a text may (BM, MZ, true).
func binaryKind(data []byte) string {
	if bytes.IndexByte(data[:min(len(data), 64)], 0) < 0 {
		return ""
	}
	switch kind := imageKind(data); kind {
	case "", "web page", "SVG", "PDF": // text, or said as a document
	default:
		return article(kind) + " " + kind + " image"
	}
	for _, k := range []struct{ kind, magic string }{
		{"a font", "\x00\x01\x00\x00"}, {"a font", "OTTO"}, {"a font", "true"}, {"a font", "ttcf"},
		{"a web font", "wOFF"}, {"a web font", "wOF2"},
		{"a program (Linux)", "\x7fELF"}, {"a program (Windows)", "MZ"},
		{"a program (Mac)", "\xcf\xfa\xed\xfe"}, {"a program (Mac)", "\xce\xfa\xed\xfe"}, {"a program (Mac)", "\xca\xfe\xba\xbe"},
	} {
		if bytes.HasPrefix(data, []byte(k.magic)) {
			return k.kind
		}
	}
	return ""
}

// wideText names the encoding data is in when it reads as UTF-32 (with its byte order mark or
// without) or as UTF-16 without its mark, else "": NUL bytes in two of every four places of
// its first line (UTF-32), or at every other place (UTF-16), as Latin text in them has.
func wideText(data []byte) string {
	n := min(len(data), 64) &^ 3
	if n < 4 {
		return ""
	}
	pairs := 0 // four bytes with two NULs where UTF-32 (either order) has them for Latin text
	for i := 0; i < n; i += 4 {
		if data[i+1] == 0 && (data[i] == 0 || data[i+2] == 0) {
			pairs++
		}
	}
	if pairs*2 >= n/4 {
		return "UTF-32"
	}
	even, odd := 0, 0
	for i := 0; i < n; i += 2 {
		if data[i] == 0 {
			even++
		}
		if data[i+1] == 0 {
			odd++
		}
	}
	if even*4 >= n || odd*4 >= n { // half or more of one side's bytes are NUL
		return "UTF-16"
	}
	return ""
}

// around says where on its line the character data[at:at+n] is, by the words either side of
// it, as a paragraph is one line of faq.md and an invisible character is not seen: ` between
// "know their traffic" and "kers, and many are"`; "" on a line that is not UTF-8, whose words
// would be quoted as garbage.
func around(data []byte, at, n int) string {
	start := bytes.LastIndexByte(data[:at], '\n') + 1
	end := len(data)
	if k := bytes.IndexByte(data[at+n:], '\n'); k >= 0 {
		end = at + n + k
	}
	if !utf8.Valid(data[start:end]) {
		return ""
	}
	shown := func(b []byte) string { // without what prints nothing, which a quote would not show either
		return strings.Map(func(r rune) rune {
			if unicode.IsControl(r) || unicode.Is(unicode.Cf, r) {
				return -1
			}
			return r
		}, string(b))
	}
	before, after := []rune(strings.TrimSpace(shown(data[start:at]))), []rune(strings.TrimSpace(shown(data[at+n:end])))
	const most = 20 // characters either side, whole words where the line has more and a word is left
	b, a := string(before), string(after)
	if len(before) > most {
		b = string(before[len(before)-most:])
		if k := strings.IndexByte(b, ' '); k >= 0 && strings.TrimSpace(b[k+1:]) != "" {
			b = b[k+1:]
		}
	}
	if len(after) > most {
		a = string(after[:most])
		if k := strings.LastIndexByte(a, ' '); k >= 0 && strings.TrimSpace(a[:k]) != "" {
			a = a[:k]
		}
	}
	// quoted as a reader sees them: a no-break space as a space, not Go's \u00a0
	switch {
	case len(before) == 0 && len(after) == 0:
		return " alone on its line"
	case len(before) == 0:
		return " at the start of its line, before " + diag.Whole(a)
	case len(after) == 0:
		return " at the end of its line, after " + diag.Whole(b)
	}
	return " between " + diag.Whole(b) + " and " + diag.Whole(a)
}

// checkText refuses bytes that are not UTF-8, control characters (a NUL byte, a form feed)
// and the Unicode line and paragraph separators, which look like line breaks and are not,
// each with its line. The size was checked as the file was read. Printable ASCII, most of any
// text, is passed over a byte at a time: refused refuses none of it.
func checkText(file string, data []byte, refused func(rune) (what, hint string)) *diag.Problem {
	line := 1
	for i := 0; i < len(data); {
		if c := data[i]; c >= 0x20 && c < 0x7F {
			i++
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		switch {
		case r == '\n':
			line++
		case r == utf8.RuneError && !bytes.HasPrefix(data[i:], []byte("\uFFFD")):
			// not UTF-8: reported below
		case r == 0xFEFF && i == 0: // a byte-order mark
		case r == 0x200D && indicBefore(data[:i]): // it picks a letter's form: ශ්‍රී, क्‍ष
		case r == 0x200D && emojiJoined(data[:i], data[i+size:]): // refused with its emoji, and every other one, at once (checkRunes)
		case r == 0x200B && unbrokenAround(data[:i], data[i+size:]): // where a Thai line may break
		default:
			if what, hint := refused(r); what != "" {
				if where := around(data, i, utf8.RuneLen(r)); path.Ext(file) == ".md" && where != "" { // a paragraph is a line: where on it, as a YAML message names its field
					what += ": it stands" + where
				}
				return &diag.Problem{File: file, Line: line, Msg: "has " + what, Hint: hint}
			}
		}
		i += size
	}
	if !utf8.Valid(data) {
		line := 1
		for i := 0; i < len(data); {
			r, size := utf8.DecodeRune(data[i:])
			if r == utf8.RuneError && size <= 1 {
				break
			}
			if r == '\n' {
				line++
			}
			i += size
		}
		return &diag.Problem{File: file, Line: line, Msg: "is not UTF-8 text", Hint: "save the file as UTF-8 in your editor"}
	}
	return nil
}

var yamlLineRE = lazyRE(`line (\d+): (.*)`)

func yamlErrorLine(err error) (int, string) {
	msg := err.Error()
	var te *yaml.TypeError
	if errors.As(err, &te) && len(te.Errors) > 0 {
		msg = te.Errors[0]
	}
	if m := yamlLineRE().FindStringSubmatch(msg); m != nil {
		line, _ := strconv.Atoi(m[1])
		return line, m[2]
	}
	return 0, strings.TrimPrefix(msg, "yaml: ")
}

// yamlSlip is the line that most likely broke a file the YAML parser refused, from the line it
// named on, with what to do: the parser names where it noticed, often the start of the group
// the mistake is in (settings.yaml:4 for a key indented one space too far on line 30). It is a
// key indented unlike the keys beside it, or a quote opened and never closed; 0 if neither.
func yamlSlip(lines []string, from int) (int, string) {
	// a quote opened and never closed above the line named: the parser read on past it, to a
	// quote that opens a later value ("title: "Get help now" on line 5, tty: "TTY: {tty}" on 12)
	for i := min(from, len(lines)) - 2; i >= 0; i-- {
		if q := unclosedQuote(lines[i]); q != "" {
			return i + 1, fmt.Sprintf("the text on this line opens with %s and nothing closes it: end it with %s, or take the %s out", q, q, q)
		}
	}
	if at, hint := underAValue(lines, from); at > 0 {
		return at, hint
	}
	misfit, want := yamlMisindented(lines, from)
	for i := min(max(from, 1), max(misfit, 1)) - 1; i < len(lines); i++ {
		if i+1 == misfit {
			got := indentOf(lines[i])
			return misfit, fmt.Sprintf("this line is indented by %d %s, the lines beside it by %d: indent it like them, by %d %s", got, spaces(got), want, want, spaces(want))
		}
		if i+1 < from {
			continue
		}
		if q := unclosedQuote(lines[i]); q != "" {
			return i + 1, fmt.Sprintf("the text on this line opens with %s and nothing closes it: end it with %s, or take the %s out", q, q, q)
		}
		if key, v := valueOf(lines[i]); quotedPart(v) {
			return i + 1, "a value that starts with a quote must end with it: quote the whole text, or write ’ for an apostrophe"
		} else if strings.HasPrefix(v, "{") {
			return i + 1, braceHint(key, withoutComment(v))
		} else if listThenText(v) {
			quoted := yamlQuoted(withoutComment(v))
			if rs := []rune(quoted); len(rs) > 80 { // a long line (a pasted one) shown in part
				quoted = string(rs[:60]) + "…\""
			}
			return i + 1, fmt.Sprintf("a value that starts with [ is read as a list, and the text after its ] breaks the file: put the whole text in quotes, %s %s", key, quoted)
		} else if markup(v) {
			return i + 1, fmt.Sprintf("YAML reads a value that starts with %s as markup, not text: put the whole text in quotes, %s %s", v[:1], key, yamlQuoted(v))
		} else if t := strings.TrimSpace(withoutComment(v)); i+1 == from && key != "" && strings.Contains(t, ": ") && t[0] != '"' && t[0] != '\'' {
			return i + 1, fmt.Sprintf("YAML reads a colon and a space as the end of a name: put the whole text in quotes, %s %s", key, yamlQuoted(t))
		} else if i+1 == from && key != "" && strings.HasSuffix(t, ":") && t[0] != '"' && t[0] != '\'' {
			return i + 1, fmt.Sprintf("YAML reads a colon at the end of a line as the end of a name: take the colon out, or put the whole text in quotes, %s %s", key, yamlQuoted(t))
		}
	}
	return 0, ""
}

// mixedGroup is the line of a group where list items ("- call: …") and plain fields ("text:
// …") are mixed side by side, which YAML cannot read, with what it says and what to do: the
// first line of the fewer kind, the odd one out. The group is the nearest at or above line
// from, where the parser stopped (its name's line, or a comment or an item in it); 0 if none.
func mixedGroup(lines []string, from int) (int, string, string) {
	for at := min(from, len(lines)); at >= 1; at-- {
		if name, v := valueOf(lines[at-1]); name != "" && name != "-" && v == "" && !strings.HasPrefix(strings.TrimSpace(lines[at-1]), "#") {
			if line, msg, hint := mixedUnder(lines, at); line > 0 {
				return line, msg, hint
			}
		}
	}
	return 0, "", ""
}

// mixedUnder is mixedGroup of the group whose name is on line at.
func mixedUnder(lines []string, at int) (int, string, string) {
	name, _ := valueOf(lines[at-1])
	base, indent := indentOf(lines[at-1]), -1
	var items, fields []int // their lines, at the group's own indent
	for i := at; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		in := indentOf(lines[i])
		if in < base || in == base && !strings.HasPrefix(t, "- ") { // past the group (a list may stand at its name's indent)
			break
		}
		if indent < 0 {
			indent = in
		}
		switch {
		case in != indent: // inside an item or a field
		case strings.HasPrefix(t, "- "):
			items = append(items, i+1)
		default:
			fields = append(fields, i+1)
		}
	}
	if len(items) == 0 || len(fields) == 0 {
		return 0, "", ""
	}
	msg := fmt.Sprintf("not valid YAML: a list item (a line starting with '- ') and plain fields (name: value) are mixed under %s (line %d)", strings.TrimSuffix(name, ":"), at)
	if len(items) <= len(fields) {
		t := strings.TrimSpace(lines[items[0]-1])
		return items[0], msg, fmt.Sprintf("take the '- ' off, as the fields beside it are written: %s", strings.TrimSpace(t[1:]))
	}
	return fields[0], msg, "begin it with '- ' as the items beside it are, or indent it under the item it belongs to"
}

// backslashQuoted is the line YAML refused (at line, for msg) for a \ in a text in double
// quotes, where it starts an escape ("\n" a new line), with what it says and what to do: a
// Windows path ("img\logo.png", "C:\Users\me\logo.png") is written with forward slashes,
// which haven reads on Windows too, and another text with the \ doubled; 0 for another error.
func backslashQuoted(lines []string, line int, msg string) (int, string, string) {
	if line < 1 || line > len(lines) || !strings.Contains(msg, "escape") && !strings.Contains(msg, "hexdecimal") {
		return 0, "", ""
	}
	key, v := valueOf(lines[line-1])
	v = withoutComment(v)
	if !strings.HasPrefix(v, `"`) || !strings.Contains(v, `\`) {
		return 0, "", ""
	}
	text := strings.Trim(v, `"`)
	m := fmt.Sprintf("%s has a \\ in double quotes, where YAML reads \\ as the start of an escape (\\n a new line), not as a folder's separator", v)
	if path.Ext(strings.ReplaceAll(text, `\`, "/")) != "" { // a file's name
		return line, m, fmt.Sprintf("write the path with forward slashes, which haven reads on Windows too: %s %s", key, yamlQuoted(strings.ReplaceAll(text, `\`, "/")))
	}
	return line, strings.TrimSuffix(m, ", not as a folder's separator"), fmt.Sprintf("write each \\ as \\\\, or put the text in single quotes: %s '%s'", key, strings.ReplaceAll(text, "'", "''"))
}

// hashInFlow is the first line with a group or list written on it between { } or [ ] in which
// a value starts with '#' ("colours: {primary: #0F4C5C, ...}"), which YAML does not read as text:
// after a space, '#' starts a comment, the rest of the line is not read, and the parser, looking
// for the closing bracket, names the file's end. It gives what to do: the line with each such
// value quoted.
func hashInFlow(lines []string) (int, string) {
	for i, l := range lines {
		key, v := valueOf(l)
		if v == "" || v[0] != '{' && v[0] != '[' {
			continue
		}
		if quoted := outsideQuotes(v, func(s string) string { return flowHashRE().ReplaceAllString(s, `$1"$2"`) }); quoted != v {
			return i + 1, "YAML does not read a value that starts with # as text (after a space, # starts a comment, and the rest of the line is not read): put each such value in quotes: " + key + " " + quoted
		}
	}
	return 0, ""
}

// outsideQuotes is s with each part of it that is not in quotes changed by f.
func outsideQuotes(s string, f func(string) string) string {
	var b strings.Builder
	last := 0
	for _, m := range quotedRE().FindAllStringIndex(s, -1) {
		b.WriteString(f(s[last:m[0]]) + s[m[0]:m[1]])
		last = m[1]
	}
	return b.String() + f(s[last:])
}

var (
	// flowHashRE is a value in { } or [ ] that starts with '#', after what comes before it.
	flowHashRE = lazyRE(`([{\[,:]\s*)(#[^,\]}\s]*)`)
	// quotedRE is a text in quotes.
	quotedRE = lazyRE(`"(?:[^"\\]|\\.)*"|'[^']*'`)
)

// tabbed is the line a tab most likely broke: the line the parser named when it has one, else
// the first line indented with a tab, which the parser often names the line before or after
// (a tab before a key that follows a plain value); 0 if neither.
func tabbed(lines []string, line int) int {
	if line > 0 && line <= len(lines) && strings.Contains(lines[line-1], "\t") {
		return line
	}
	for i, l := range lines {
		if t := strings.TrimLeft(l, " \t"); t != "" && strings.Contains(l[:len(l)-len(t)], "\t") {
			return i + 1
		}
	}
	return 0
}

// otherSpaced is the first line with a no-break space (or another that is not ASCII's, as a
// word processor or a Mac's Option-Space types one) where YAML needs a space: in its indent,
// after a list's '-', after the colon of one of t's fields. YAML reads it as a letter, and the
// line as text: the parser names another line, or none, and the value may be read as another
// list or group. It gives what to say and what to write instead, in ordinary spaces; 0 if none.
func otherSpaced(lines []string, t reflect.Type) (line int, msg, hint string) {
	if !slices.ContainsFunc(lines, func(l string) bool { return hasWide(l, otherSpaces) }) { // most files
		return 0, "", ""
	}
	names := map[string]bool{}
	fieldNames(t, names)
	for i, l := range lines {
		rest := strings.TrimLeftFunc(l, spaceOrTab)
		lead := l[:len(l)-len(rest)]
		if k := strings.IndexFunc(lead, otherSpace); k >= 0 {
			r, _ := utf8.DecodeRuneInString(lead[k:])
			msg = fmt.Sprintf("has %s (U+%04X) in its indent, which YAML does not read as a space", spaceName(r), r)
			if rest == "" {
				return i + 1, msg, "delete it: the line is empty"
			}
			spaced := slices.Clone(lines)
			spaced[i] = strings.Repeat(" ", utf8.RuneCountInString(lead)) + rest
			n := indentOf(spaced[i])
			if at, want := yamlMisindented(spaced, i+1); at == i+1 {
				n = want
			}
			return i + 1, msg, fmt.Sprintf("indent the line with %d ordinary %s instead", n, spaces(n))
		}
		mark, after, value := "", "", ""
		if v, ok := strings.CutPrefix(rest, "-"); ok {
			mark, after, value = "-", "the '-'", v
		} else if m := otherSpacedKeyRE().FindStringSubmatch(rest); m != nil && names[m[2]] {
			mark, after, value = m[1], "the colon", rest[len(m[1]):]
		}
		if r, _ := utf8.DecodeRuneInString(value); mark != "" && otherSpace(r) {
			return i + 1, fmt.Sprintf("has %s (U+%04X) after its %s, which YAML does not read as a space", spaceName(r), r, diag.Quote(strings.TrimPrefix(mark, "- "))),
				fmt.Sprintf("type an ordinary space after %s in its place: %s %s", after, mark, strings.TrimLeftFunc(value, spaceOrTab))
		}
	}
	return 0, "", ""
}

// mistyped is the first line where YAML's own space or colon was typed as another character
// (otherSpaced, otherColon), with what to say and what to write instead; 0 if none.
func mistyped(lines []string, t reflect.Type) (line int, msg, hint string) {
	for _, check := range []func([]string, reflect.Type) (int, string, string){otherSpaced, otherColon} {
		if at, m, h := check(lines, t); at > 0 && (line == 0 || at < line) {
			line, msg, hint = at, m, h
		}
	}
	return line, msg, hint
}

// colonLookalikes look like a colon and are not one: the full-width colon a Chinese or Japanese
// keyboard types (U+FF1A), its small and vertical forms, the ratio sign, the modifier letters and
// the length mark, and the colons and stops of other scripts (Armenian, Hebrew, Ethiopic,
// Mongolian, Devanagari's visarga).
const colonLookalikes = "\uFF1A\uFE55\uFE13\u2236\uA789\u02F8\u02D0\u205A\u2982\u0589\u05C3\u1365\u1804\u0903"

// otherColon is the first line that starts with the name of one of t's fields and a character
// that looks like a colon and is not one ("  title： Get help now"), with what to say and what to
// write instead; 0 if none. YAML reads the line as text: the parser names another line (often
// the start of the group), or reads the line into the text above it.
func otherColon(lines []string, t reflect.Type) (line int, msg, hint string) {
	if !slices.ContainsFunc(lines, func(l string) bool { return hasWide(l, colonLookalikes) }) { // most files
		return 0, "", ""
	}
	names := map[string]bool{}
	fieldNames(t, names)
	for i, l := range lines {
		if m := otherColonRE().FindStringSubmatch(l); m != nil && names[m[2]] {
			r, _ := utf8.DecodeRuneInString(m[3])
			what := "a character that looks like a colon"
			if r == '\uFF1A' {
				what = "a full-width colon"
			}
			return i + 1, fmt.Sprintf("has %s \"%c\" (U+%04X) after %s, which YAML does not read as a colon", what, r, r, m[2]),
				fmt.Sprintf("type an ordinary colon : in its place, then a space: %s: %s", strings.TrimSpace(m[1]), strings.TrimSpace(m[4]))
		}
	}
	return 0, "", ""
}

// otherColonRE is a line whose text starts with a name (perhaps a list's item, "- number") and a
// colon look-alike, spaced or not, then its value.
var otherColonRE = lazyRE(`^(\s*(?:-\s+)?([A-Za-z_]+))[\s\p{Zs}]*([` + colonLookalikes + `])[\s\p{Zs}]*(.*)$`)

// otherSpacedKeyRE is a field's name and its colon at the start of a line's text, perhaps a
// list's item ("- number:").
var otherSpacedKeyRE = lazyRE(`^((?:- +)?([A-Za-z_]+):)`)

// unspacedColon is the first line that starts with the name of one of t's fields (at any depth)
// and a colon with no space after it ("  call:1-888-373-7888"), with what to do; 0 if none. YAML
// reads such a line as text, and the parser names a line near it or at the start of its group
// as the mistake. A field's name is the sign: "https://" is not one.
func unspacedColon(lines []string, t reflect.Type) (int, string) {
	names := map[string]bool{}
	fieldNames(t, names)
	for i, l := range lines {
		if m := unspacedColonRE().FindStringSubmatch(l); m != nil && names[m[1]] {
			return i + 1, fmt.Sprintf("put a space after the colon: %s: %s", m[1], m[2])
		}
	}
	return 0, ""
}

// builtinGroup is the lines of the group name at the top of settings.yaml as haven's own
// settings.yaml writes it, its values and no comments (primary: "#0F4C5C" of colours:), for
// file, a settings.yaml, and at, the group's path, "" (the top); nil for any other, and for a
// group whose values are the built-in line's own (its numbers, its organisation's name).
func builtinGroup(file, at, name string) []string {
	if at != "" || path.Base(file) != SettingsFile || name != "colours" { // not another line's numbers or name
		return nil
	}
	b, err := fs.ReadFile(defaultcontent.FS, SettingsFile)
	if err != nil {
		return nil
	}
	var out []string
	in := false
	for _, l := range strings.Split(string(b), "\n") {
		t := strings.TrimSpace(l)
		switch {
		case l == name+":":
			in = true
		case !in || t == "" || strings.HasPrefix(t, "#"):
		case !strings.HasPrefix(l, " "):
			return out
		default:
			out = append(out, withoutComment(t))
		}
	}
	return out
}

// freshCopy says how to get the file haven init writes in place of file, a content folder's
// settings.yaml or a language's file: init refuses a folder that is not empty, the user's own.
func freshCopy(file string) string {
	name := path.Base(file)
	if name == SettingsFile {
		return fmt.Sprintf("haven init another folder (haven init fresh-copy), and copy its %s here", name)
	}
	lang := path.Base(path.Dir(file))
	if _, err := fs.Stat(defaultcontent.FS, path.Join(lang, name)); err != nil { // init writes en/ and es/ only
		return fmt.Sprintf("haven init another folder (haven init fresh-copy), copy its en/%s here and translate it", name)
	}
	return fmt.Sprintf("haven init another folder (haven init fresh-copy), and copy its %s here", path.Join(lang, name))
}

// noColon finds, in a file the YAML parser refused, a field's name written without the colon
// after it ("organisation", "  headline Any child can be…"): the parser names another line, or
// reads the name as a second document's start, and a hint of indentation misleads. The name is
// one of t's fields, at the start of a line indented as the field above or below it, or above
// a group it opens; 0 if there is none.
func noColon(lines []string, t reflect.Type) (line int, msg, hint string) {
	names := map[string]bool{}
	fieldNames(t, names)
	indent := func(l string) int { // where a field's name begins: after a list's "- " too
		return len(l) - len(strings.TrimLeft(strings.TrimLeft(l, " "), "- "))
	}
	keyed := func(i int) (int, bool) { // line i's indent, and whether it names a field with a colon
		if i < 0 || i >= len(lines) {
			return 0, false
		}
		m := keyLineRE().FindStringSubmatch(lines[i])
		return indent(lines[i]), m != nil && names[m[1]]
	}
	near := func(i, step int) int { // the next line from i on that is not blank or a comment
		for i += step; i >= 0 && i < len(lines); i += step {
			if t := strings.TrimSpace(lines[i]); t != "" && !strings.HasPrefix(t, "#") {
				return i
			}
		}
		return -1
	}
	for i, l := range lines {
		m := bareNameRE().FindStringSubmatch(l)
		if m == nil || !names[m[1]] {
			continue
		}
		at := indent(l)
		above, aboveKey := keyed(near(i, -1))
		below, belowKey := keyed(near(i, 1))
		if !(aboveKey && above == at || belowKey && below >= at) {
			continue // a line of a text, not a field's
		}
		if m[2] == "" {
			return i + 1, fmt.Sprintf("%q has no colon after the field's name: YAML reads a field as its name, a colon, then its value", m[1]), "write " + m[1] + ":"
		}
		shown, rest := strings.TrimSpace(l), strings.TrimSpace(m[2])
		if v := withoutComment(rest); v != rest {
			shown, rest = strings.TrimSpace(strings.TrimSuffix(shown, rest))+" "+v, v
		}
		msg := fmt.Sprintf("%s has no colon after %s: YAML reads a field as its name, a colon, then its value", quotedLine(shown), m[1])
		hint := fmt.Sprintf("write %s: %s", m[1], rest)
		if _, value, _ := strings.Cut(lines[max(i-1, 0)], ":"); aboveKey && above == at && near(i, -1) == i-1 && plainText(strings.TrimSpace(value)) {
			hint = fmt.Sprintf("if %s is the field, %s; if the line goes on with the text above it, join it to that line", m[1], hint) // "note: Please\n  call us"
		}
		return i + 1, msg, hint
	}
	return 0, "", ""
}

// withoutComment is a value as written after its colon without the comment after it, if any:
// the text before " #" where that leaves no quote open, else v whole (a # in quotes is text).
func withoutComment(v string) string {
	if before, _, cut := strings.Cut(v, " #"); cut && strings.Count(before, `"`)%2 == 0 && strings.Count(before, "'")%2 == 0 {
		return strings.TrimSpace(before)
	}
	return v
}

// hashQuoted is a line whose value starts with '#' ("name: #1 Youth Shelter", which YAML reads
// as a name and a comment) as it would be read as written: the value, without a comment after
// it, in quotes (name: "#1 Youth Shelter").
func hashQuoted(l string) string {
	key, v, _ := strings.Cut(l, ": #")
	return strings.TrimPrefix(strings.TrimSpace(key), "- ") + ": " + yamlQuoted(withoutComment("#"+v))
}

// quotedLine quotes a line of a file for a message: in double quotes, or in single ones where
// it holds double quotes, which %q would escape ("primary \"#0F4C5C\"").
func quotedLine(l string) string {
	if strings.Contains(l, `"`) && !strings.Contains(l, "'") {
		return "'" + l + "'"
	}
	return strconv.Quote(l)
}

// plainText reports whether a field's value, as written after its colon, is text that a line
// below it could go on with: not empty, quoted, a list or a block's sign.
func plainText(v string) bool { return v != "" && !strings.ContainsRune(`"'[{|>&*#`, rune(v[0])) }

// bareNameRE is a line that starts with a word and no colon after it, and what follows it: the
// whole word, not its start ("language" of "languages: Language").
var bareNameRE = lazyRE(`^\s*(?:-\s+)?([A-Za-z_]+)\b(?:\s*[=;]\s*|\s+[-–—]\s+|\s+)?([^:\s].*)?\s*$`)

// keyLineRE is a line that names a field, with its colon.
var keyLineRE = lazyRE(`^\s*(?:-\s+)?([A-Za-z_]+):(?:\s|$)`)

var unspacedColonRE = lazyRE(`^\s*(?:-\s+)?([A-Za-z_]+):([^\s:].*)$`)

// fieldNames adds to names the YAML names of t's fields and of the fields of its groups.
func fieldNames(t reflect.Type, names map[string]bool) {
	for t.Kind() == reflect.Slice || t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct || t == locatedType {
		return
	}
	for i := 0; i < t.NumField(); i++ {
		if name := t.Field(i).Tag.Get("yaml"); name != "" {
			names[name] = true
			fieldNames(t.Field(i).Type, names)
		}
	}
}

// markup reports whether a value starts with a character YAML reserves ("@HavenOhio",
// "*New* hours", "& Co", "|Haven") rather than text; a block of lines opened by | or > alone
// is YAML's own.
func markup(v string) bool {
	if v == "" || !strings.ContainsRune("@`%*&!|>", rune(v[0])) {
		return false
	}
	if v[0] == '|' || v[0] == '>' {
		rest := strings.TrimSpace(strings.TrimLeft(v[1:], "+-0123456789"))
		return rest != "" && rest[0] != '#'
	}
	return true
}

// listThenText reports whether v, a value, opens with a list in brackets and goes on after
// it ("[Your organisation] Haven", a template's blank left in): YAML reads no such value.
func listThenText(v string) bool {
	if !strings.HasPrefix(v, "[") {
		return false
	}
	_, after, ok := strings.Cut(v, "]")
	after = strings.TrimSpace(after)
	return ok && after != "" && after[0] != '#'
}

// valueOf is a line's key ("tab:", "-" for a list's item, "" for neither) and the value after it.
func valueOf(l string) (key, value string) {
	if m := yamlKeyRE().FindString(l); m != "" {
		return strings.TrimSpace(m), strings.TrimSpace(l[len(m):])
	}
	if t := strings.TrimSpace(l); strings.HasPrefix(t, "- ") {
		return "-", strings.TrimSpace(t[1:])
	}
	return "", strings.TrimSpace(l)
}

// quotedPart reports whether a value opens with a quote that closes before its end, text
// following: "Harbor House" is here, or 'You're not alone.', whose apostrophe closes it.
func quotedPart(v string) bool {
	if v == "" || v[0] != '"' && v[0] != '\'' {
		return false
	}
	q, rest := v[:1], v[1:]
	for {
		end := strings.Index(rest, q)
		if end < 0 {
			return false // unclosedQuote's
		}
		switch {
		case q == `"` && (len(rest[:end])-len(strings.TrimRight(rest[:end], `\`)))%2 == 1: // \" inside
		case q == "'" && strings.HasPrefix(rest[end+1:], "'"): // '' inside
			end++
		default:
			after := strings.TrimSpace(rest[end+1:])
			return after != "" && after[0] != '#'
		}
		rest = rest[end+1:]
	}
}

// yamlQuoted is v as a hint shows it to write between double quotes in a YAML file: as the
// user typed it, a no-break space before a French colon or any other character kept (Go's %q
// would show "nom\u00a0: c’est", an escape no user recognises), only a backslash and a double
// quote, which would end the text or start an escape there, written with a backslash.
// listHint is how to write the list a one-line value meant: a list of one ("614 224 4664" is
// one number, "Cash, phones and gifts" one fact), except languages, whose codes hold no space or
// comma: "en es" and "en, es" are two.
func listHint(key, v string) string {
	items := []string{v}
	if key == "languages" {
		items = strings.FieldsFunc(v, func(r rune) bool { return r == ',' || unicode.IsSpace(r) })
	}
	for i, item := range items {
		items[i] = yamlQuoted(item)
	}
	return fmt.Sprintf("write %s: [%s]", key, strings.Join(items, ", "))
}

func yamlQuoted(v string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(v) + `"`
}

// braceHint is what to do about a value that starts with {, which YAML reads as a group
// ({call} is the group with the name call): quote the whole text.
func braceHint(key, v string) string {
	if key == "" {
		return "a value that starts with { is read as a group: put the whole text in quotes"
	}
	return fmt.Sprintf("a value that starts with { is read as a group: put the whole text in quotes: %s %s", key, yamlQuoted(v))
}

func spaces(n int) string {
	if n == 1 {
		return "space"
	}
	return "spaces"
}

// yamlKeyRE is a line giving a name, with its value or the group or list it opens: opens is
// the comment after a name with nothing else after its colon, blockText the | or > of one
// whose text follows on the lines below.
var yamlKeyRE = lazyRE(`^ *(?:- +)?[^\s#'"][^:#]*:(?:\s*(?P<opens>#.*)?$|\s+(?P<blockText>[|>][-+0-9]*\s*(?:#.*)?$))?`)

// yamlNameRE is a line that begins with a name as haven's files write them: letters, digits
// and _, then its colon.
var yamlNameRE = lazyRE(`^ *[A-Za-z][A-Za-z0-9_]*:(\s|$)`)

// yamlMisindented is the first line from from on whose indentation matches that of no
// line beside it, in the same group, and the indentation most of them have; 0 if there is none.
// foreignLetter is the first letter of a field's name beyond ASCII, which no field's name has.
func foreignLetter(name string) (rune, bool) {
	for _, r := range name {
		if r > unicode.MaxASCII && unicode.IsLetter(r) {
			return r, true
		}
	}
	return 0, false
}

// underAValue is where a name and its value are indented under a line that already holds its
// own value, from the line the parser named on (or the one before it), with what to do; 0 when
// none: its group's name is still a comment ("# site:" left as it was over "  exit: Leave
// now", uncommented), or one name is given a value and a group (help: Get help, over its
// lines). One line indented too far is yamlMisindented's to say.
func underAValue(lines []string, from int) (int, string) {
	prev := -1
	start := max(from-1, 0)
	for start > 0 { // from the line the parser named, or the line of content before it
		start--
		if t := strings.TrimSpace(lines[start]); t != "" && !strings.HasPrefix(t, "#") {
			break
		}
	}
	for i := start; i < len(lines); i++ {
		if t := strings.TrimSpace(lines[i]); t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		key, _ := valueOf(lines[i])
		if prev >= 0 && key != "" && key != "-" && indentOf(lines[i]) > indentOf(lines[prev]) {
			if pk, v := valueOf(lines[prev]); pk != "" && pk != "-" && v != "" && !strings.HasPrefix(v, "|") && !strings.HasPrefix(v, ">") && !strings.HasPrefix(v, "#") {
				for k := i - 1; k > prev; k-- { // its group's name, left a comment
					c := strings.TrimLeft(strings.TrimSpace(lines[k]), "# ")
					if ck, cv := valueOf(c); ck != "" && ck != "-" && cv == "" && strings.HasPrefix(strings.TrimSpace(lines[k]), "#") {
						return k + 1, fmt.Sprintf("%s on line %d is indented under this line, which is still a comment: take out the # before %s", strings.TrimSpace(key), i+1, ck)
					}
				}
				if !amongItsOwn(lines, prev) {
					return 0, "" // a name moved out of its group ("name:" at the line's start): yamlMisindented's
				}
				name := strings.TrimSuffix(pk, ":")
				for k := i + 1; k < len(lines); k++ { // a group under it: the value is what is wrong
					if t := strings.TrimSpace(lines[k]); t == "" || strings.HasPrefix(t, "#") {
						continue
					}
					if indentOf(lines[k]) > indentOf(lines[prev]) {
						return prev + 1, fmt.Sprintf("this line gives %s a value (%s) and the lines under it a group of its names: a name has one or the other; write %s: alone on its line", name, withoutComment(v), name)
					}
					break
				}
				return 0, "" // one line indented too far: yamlMisindented's
			}
		}
		prev = i
	}
	return 0, ""
}

// amongItsOwn reports whether the line at index i stands among names of its own indentation:
// the line before it that is neither blank nor a comment (if any) is indented as it is and
// opens no group, so i is not a group's first name moved out of it.
func amongItsOwn(lines []string, i int) bool {
	for k := i - 1; k >= 0; k-- {
		if t := strings.TrimSpace(lines[k]); t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		_, v := valueOf(lines[k])
		return indentOf(lines[k]) == indentOf(lines[i]) && withoutComment(v) != ""
	}
	return true
}

func yamlMisindented(lines []string, from int) (int, int) {
	var content []int // the lines that are neither blank nor a comment, as indexes
	for i, l := range lines {
		if t := strings.TrimSpace(l); t != "" && !strings.HasPrefix(t, "#") {
			content = append(content, i)
		}
	}
	if at, want := outdented(lines, content, from); at > 0 {
		return at, want
	}
	found, want := 0, 0
	// group looks at the lines of one group (indexes into content), and then at each group
	// inside it
	var group func(c []int)
	group = func(c []int) {
		var direct []int
		count := map[int]int{}
		var inner [][]int
		for k := 0; k < len(c); k++ {
			i := c[k]
			direct = append(direct, i)
			count[indentOf(lines[i])]++
			m := yamlKeyRE().FindStringSubmatch(lines[i])
			if m == nil || m[1] == "" && m[2] == "" && !strings.HasSuffix(strings.TrimSpace(lines[i]), ":") {
				continue
			}
			end := k + 1
			for end < len(c) && indentOf(lines[c[end]]) > indentOf(lines[i]) {
				end++
			}
			if m[2] == "" { // a group or a list: its lines are looked at in turn; a text's are not
				inner = append(inner, c[k+1:end])
			}
			k = end - 1
		}
		most := -1
		for _, i := range direct {
			if n := indentOf(lines[i]); most < 0 || count[n] > count[most] || count[n] == count[most] && n < most {
				most = n
			}
		}
		for _, i := range direct {
			if indentOf(lines[i]) != most && i+1 >= from && (found == 0 || i+1 < found) {
				found, want = i+1, most
			}
		}
		for _, c := range inner {
			group(c)
		}
	}
	group(content)
	return found, want
}

// outdented is a line that gives a name its value indented less than the names after it, with
// their indentation: a key of a group moved to the left ("call:" under "hotline:" written at
// the line's start). The group then ends above it, and the parser trips on the next key, which
// keeps its place: that key is not the one to move. It is such a key only where the line above
// it opens the group, no more indented than it, or is indented as the names after it are. Of content's lines (neither
// blank nor a comment), the first such from the line the parser named (from) on, which is
// often the start of the group, else the last before it; 0 if there is none.
func outdented(lines []string, content []int, from int) (int, int) {
	opens := func(l string) bool {
		m := yamlKeyRE().FindStringSubmatch(l)
		return m != nil && m[2] == "" && (m[1] != "" || strings.HasSuffix(strings.TrimSpace(l), ":"))
	}
	// a name as settings and texts write theirs (call, back_lines), not words before a colon
	// in a text ("Open 9:00") nor a block text's first line under its "note: |"
	named := func(l string) bool {
		m := yamlKeyRE().FindStringSubmatch(l)
		return m != nil && m[2] == "" && yamlNameRE().MatchString(l)
	}
	at, want := 0, 0
	for k := 1; k+1 < len(content); k++ {
		q, p, l := lines[content[k-1]], lines[content[k]], lines[content[k+1]]
		if !named(l) || !named(p) || opens(p) {
			continue
		}
		if w := indentOf(l); indentOf(p) < w && (indentOf(q) == w || opens(q) && indentOf(p) <= indentOf(q)) {
			at, want = content[k]+1, w
			if at >= from {
				break
			}
		}
	}
	return at, want
}

func indentOf(l string) int { return len(l) - len(strings.TrimLeft(l, " ")) }

// quoteRunOn is the line a quoted text n runs on to when its quote is not closed on its own
// line and a line it runs over, indented no deeper than the text's name, is a name's
// ("accent: ...") or a comment: a quote left open, not a long text written over lines on
// purpose, whose lines are indented under its name and may hold a colon ("9:00", "https://").
// 0 when it is none.
func quoteRunOn(lines []string, n *yaml.Node) int {
	if n.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) == 0 || n.Line < 1 || n.Line > len(lines) || unclosedQuote(lines[n.Line-1]) == "" {
		return 0
	}
	indent := indentOf(lines[n.Line-1])
	for i := n.Line; i < len(lines) && i < n.Line+50; i++ {
		t := strings.TrimSpace(lines[i])
		if t != "" && indentOf(lines[i]) <= indent && (strings.HasPrefix(t, "#") || strictKeyRE().MatchString(t)) {
			return i + 1
		}
		if strings.ContainsAny(t, `"'`) {
			return 0 // closed, with no name between
		}
	}
	return 0
}

// strictKeyRE is a line that is a name and its colon, and perhaps a value: "accent: ...".
var strictKeyRE = lazyRE(`^(?:- +)?[A-Za-z_][A-Za-z0-9_]*:(?:\s|$)`)

// unclosedQuote is the quote mark a line's value opens and does not close, "" if none.
func unclosedQuote(l string) string {
	t := strings.TrimSpace(l)
	if rest, item := strings.CutPrefix(t, "- "); item { // a list's item: "- "Call us:"" is no name
		t = strings.TrimSpace(rest)
	} else if m := yamlKeyRE().FindString(l); m != "" {
		t = strings.TrimSpace(l[len(m):])
	}
	switch {
	case strings.HasPrefix(t, "'"):
		if !strings.Contains(strings.ReplaceAll(t[1:], "''", ""), "'") {
			return "'"
		}
	case strings.HasPrefix(t, `"`):
		if !strings.Contains(strings.NewReplacer(`\\`, "", `\"`, "").Replace(t[1:]), `"`) {
			return `"`
		}
	}
	return ""
}

func join(path, name string) string {
	if path == "" {
		return name
	}
	return path + "." + name
}

func sorted(s []string) []string {
	c := append([]string(nil), s...)
	sort.Strings(c)
	return c
}
