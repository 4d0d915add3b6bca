package content

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"haven/internal/diag"
)

// A template's placeholder left in a text: a FAQ or a flyer copied from a template, a grant
// form or an earlier campaign keeps the marks where the writer was to put their own words
// ([your website], [ORGANIZATION EMAIL], {{phone}}, (insert number), XXX-XXX-XXXX), and
// every copy would print them as written.
var (
	// in square brackets or braces, a few words at most; what the words are is read below
	bracketedRE = lazyRE(`\[[^\[\]\n]{1,60}\]|\{\{[^{}\n]{1,60}\}\}`)
	// (insert number), (insert your name): what to insert a template's word; "(insert the card
	// first)" is an instruction, and "(your ...)" prose ("your call is free")
	insertRE = lazyRE(`(?i)\((?:insert|insertar|inserte|insérer|inserir|einfügen)\s+([\pL-]+)[^()\n]{0,60}\)`)
	// a number written with letters or marks for its digits: XXX-XXX-XXXX, (###) ###-####,
	// 1-800-XXX-XXXX; bounded by what is no letter, digit or mark of one. Blanks (___-____)
	// are none: a card may leave a line for its reader to write a number on
	maskedNumberRE = lazyRE(`(?:^|[^\pL\pN#])(\+?[\dXx#(][\dXx#() .\-]{4,}[\dXx#)])`)
)

// templateWords are the words a template's bracketed placeholder begins with, in the
// languages most often given a translated template: what to do (insert, enter), whose
// (your), or what it stands for (name, number, website). An editor's brackets in a quotation
// ("my [trafficker]", [sic]) begin with none.
var templateWords = wordSet(`your insert enter add type put fill organization organisation org agency program
	school name phone telephone tel number email e-mail mail address website web site url link date time day
	city county state zip hours contact location office person placeholder tbd tba
	tu su sus insertar inserte escriba agregar nombre número numero teléfono telefono correo dirección direccion sitio página pagina organización organizacion fecha hora ciudad
	votre vos insérer inserer nom numéro adresse courriel organisme
	seu sua inserir nome endereço
	ihr ihre ihren einfügen nummer telefonnummer adresse`)

// templateLeft is the first template placeholder in s, "" when it has none.
func templateLeft(s string) string {
	if ms := templateMarks(s); len(ms) > 0 {
		return ms[0]
	}
	return ""
}

// templateMarks are the template placeholders in s, bracketed ones first.
func templateMarks(s string) (ms []string) {
	for _, m := range bracketedRE().FindAllString(s, -1) {
		if strings.HasPrefix(m, "{{") || templatePlaceholder(strings.Trim(m, "[]{} ")) {
			ms = append(ms, m)
		}
	}
	for _, m := range insertRE().FindAllStringSubmatch(s, -1) {
		if templateWords.has(strings.ToLower(m[1])) {
			ms = append(ms, m[0])
		}
	}
	for _, m := range maskedNumberRE().FindAllStringSubmatch(s, -1) {
		if masked(m[1]) {
			ms = append(ms, strings.TrimSpace(m[1]))
		}
	}
	return ms
}

// templatePlaceholder is whether the words in brackets stand for the writer's own: they begin
// with a template's word, or are capitals of two words or more ([ORGANIZATION EMAIL],
// [PHONE_NUMBER]) where one capital word may be an abbreviation ([PDF], [ES]). An editor's
// note of what was taken out ([Name withheld], [nombre omitido]) is none, nor is a size
// ([PDF, 2 MB]) or a date's form ([DD/MM/YYYY]).
func templatePlaceholder(inner string) bool {
	words := strings.FieldsFunc(inner, func(r rune) bool { return unicode.IsSpace(r) || r == '_' || r == '/' || r == ',' })
	if len(words) == 0 || len(words) > 6 || slices.ContainsFunc(words, func(w string) bool { return redacted.has(strings.ToLower(w)) }) {
		return false
	}
	if templateWords.has(strings.ToLower(strings.Trim(words[0], ".:'’\"-"))) {
		return true
	}
	for _, w := range words {
		if strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsUpper(r) }) || strings.Count(w, w[:1]) == len(w) {
			return false // a lower-case letter, a digit, or one letter again (DD, YYYY)
		}
	}
	return len(words) >= 2 && len(strings.Join(words, "")) >= 4
}

// redacted are the words of an editor's note of what a quotation leaves out or changes.
var redacted = wordSet(`withheld changed omitted removed redacted deleted hidden anonymised anonymized
	omitido omitida cambiado cambiada reservado reservada eliminado eliminada
	modifié modifiée changé changée omis omise retiré retirée masqué masquée
	alterado alterada geändert entfernt`)

// masked is whether t, written as a number, stands its digits with letters or marks: three of
// them in a row, six digits or marks in all, and a digit or a number's dash, dot, space or
// bracket among them (XXX-XXXX, 1-800-###-####; xxxxxxx is a word's filler).
func masked(t string) bool {
	digits, run, longest := 0, 0, 0
	if strings.Trim(t, "Xx#") == "" {
		return false
	}
	for _, r := range t {
		switch {
		case r == 'X' || r == 'x' || r == '#':
			digits, run = digits+1, run+1
			longest = max(longest, run)
		case r >= '0' && r <= '9':
			digits, run = digits+1, 0
		default:
			run = 0
		}
	}
	return longest >= 3 && digits >= 6
}

// templatePlaceholders refuses each template placeholder (or the example's) that texts
// print, but those a setting filled in (said: settings.yaml's values), refused at the setting.
func templatePlaceholders(texts, said []diag.Located) (ps diag.Problems) {
	for _, at := range texts {
		if tag := htmlTag(at.Text); tag != "" {
			if !slices.ContainsFunc(said, func(v diag.Located) bool { return strings.Contains(v.Text, tag) }) {
				msg, hint := htmlTagProblem(at.Text, tag)
				ps.Add(at.File, at.Line, at.Field, msg, hint)
			}
			continue
		}
		for _, ph := range append(placeholderRE().FindAllString(at.Text, -1), templateMarks(at.Text)...) {
			if slices.ContainsFunc(said, func(v diag.Located) bool { return strings.Contains(v.Text, ph) }) {
				continue
			}
			what, hint := "a placeholder, which stands for your own words", "write the words it stands for, or take it out"
			if masked(ph) {
				what, hint = "a placeholder for a phone number", "write the real number, or take it out"
			}
			ps.Add(at.File, at.Line, at.Field, fmt.Sprintf("%s is %s: every copy would print it as written", diag.Quote(ph), what), hint)
		}
	}
	return ps
}

// htmlTagRE is an HTML tag pasted from a web page or an e-mail: <b>, </i>, <br/>, <span
// class="x">; its attributes, if any, hold an '=', which the example's placeholders (<a neutral
// site>) do not.
var htmlTagRE = lazyRE(`</?([A-Za-z][A-Za-z0-9]{0,9})(?:\s+[^<>=]+=[^<>]*)?\s*/?>`)

// htmlElements are the names of the tags a pasted text brings: its styles, breaks and blocks.
var htmlElements = wordSet(`a abbr b big blockquote br center cite code del div em font h1 h2 h3 h4 h5 h6
	hr i img ins kbd li mark ol p pre q s small span strike strong sub sup table td th tr tt u ul`)

// htmlTag is the first HTML tag in s, "" when it has none.
func htmlTag(s string) string {
	for _, m := range htmlTagRE().FindAllStringSubmatch(s, -1) {
		if htmlElements.has(strings.ToLower(m[1])) {
			return m[0]
		}
	}
	return ""
}

// htmlTagProblem says that v holds tag, which would print as written: no tag is read as one.
func htmlTagProblem(v, tag string) (msg, hint string) {
	return fmt.Sprintf("%s holds the HTML tag %s, which haven does not read: every copy would print it as written", diag.Quote(v), tag),
		"take the tag out: a text prints in the style of its place, and its lines break where they fit"
}
