package layout

import (
	"errors"
	"reflect"
	"testing"

	"haven/internal/diag"
)

// TestHyphenating: a word wider than its line is hyphenated where its language's patterns
// allow, in a layout made Hyphenating, and only such a word: one that fits a line moves to the
// next whole, however ragged the line it leaves; a name, a keyword in capitals, an address and
// a number are never broken. With the mono measurer at 2 pt a character is 1 pt wide.
func TestHyphenating(t *testing.T) {
	tests := []struct {
		name, lang, text string
		width            float64
		names            []string
		want             []string // nil: refused as too wide
	}{
		{"German compound", "de", "Frag deine Schwangerschaftskonfliktberatungsstelle.", 20,
			nil, []string{"Frag deine Schwan-", "gerschaftskonflikt-", "beratungsstelle."}},
		{"German compound in quotation marks", "de", "„Schwangerschaftskonfliktberatungsstelle“ hilft", 24,
			nil, []string{"„Schwangerschaftskon-", "fliktberatungsstelle“", "hilft"}},
		{"a word that fits moves whole", "de", "Frag die Beratungsstelle heute", 16,
			nil, []string{"Frag die", "Beratungsstelle", "heute"}},
		{"English", "en", "Ask about confidentiality", 10, nil, []string{"Ask about", "confiden-", "tiality"}},
		{"French", "fr", "Confidentialité garantie", 10, nil, []string{"Confiden-", "tialité", "garantie"}},
		{"Spanish", "es", "Confidencialidad total", 10, nil, []string{"Confiden-", "cialidad", "total"}},
		{"Portuguese", "pt", "Confidencialidade total", 10, nil, []string{"Confiden-", "cialidade", "total"}},
		{"Dutch", "nl", "Vertrouwelijkheid gegarandeerd", 12, nil, []string{"Vertrouwe-", "lijkheid", "gegarandeerd"}},
		{"the organisation's name", "de", "Frag die Schwangerschaftskonfliktberatungsstelle", 20,
			[]string{"Schwangerschaftskonfliktberatungsstelle"}, nil},
		{"a word of the hotline's name", "de", "Das Jugendnotruftelefonnetz hilft", 20,
			[]string{"Jugendnotruftelefonnetz Rhein"}, nil},
		{"a keyword", "de", "Schreib SCHWANGERSCHAFTSBERATUNG", 20, nil, nil},
		{"an address", "de", "www.schwangerschaftskonfliktberatung.de", 20, nil, nil},
		{"a vanity number", "de", "0800-Schwangerschaftsberatung", 20, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := Typeset(mono{}, tt.lang, tt.names...)
			if h, ok := Hyphenating(m); ok {
				m = h
			}
			got, err := wrap(m, Style{Size: 2}, diag.Located{Text: tt.text}, tt.width, "test")
			if tt.want == nil {
				var fe *FitError
				if !errors.As(err, &fe) {
					t.Fatalf("got %q, %v; want it refused as too wide", got, err)
				}
				return
			}
			if err != nil || !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q, %v; want %q", got, err, tt.want)
			}
		})
	}
}

// TestTooWideIsBreakable: a layout not yet hyphenating refuses a word too wide for its line
// as Breakable, which a run lays out again hyphenating; a number is not.
func TestTooWideIsBreakable(t *testing.T) {
	m := Typeset(mono{}, "de")
	_, err := wrap(m, Style{Size: 2}, diag.Located{Text: "Frag deine Schwangerschaftskonfliktberatungsstelle."}, 20, "test")
	var fe *FitError
	if !errors.As(err, &fe) || !fe.Breakable {
		t.Errorf("got %v, want a Breakable FitError", err)
	}
	_, err = wrap(m, Style{Size: 2}, diag.Located{Text: "Ruf 0800 111 0 333 222 444 555 an"}, 10, "test")
	if !errors.As(err, &fe) || fe.Breakable {
		t.Errorf("got %v, want a FitError of a number, not Breakable", err)
	}
	if _, ok := Hyphenating(Typeset(mono{}, "sw")); ok {
		t.Error("Swahili, which haven has no patterns for, is hyphenating")
	}
}

// TestCaptionFirstWordKept: a scan caption in two lines does not leave its first word, the
// verb, alone over the rest ("Escaneie" / "para o guia completo"), where the words may break
// elsewhere in as many lines; a caption of one line, and a first word too long to share its
// line, stay as they are. With the mono measurer at 2 pt a character is 1 pt wide.
func TestCaptionFirstWordKept(t *testing.T) {
	for _, tt := range []struct {
		lang, text string
		width      float64
		want       []string
	}{
		{"pt", "Escaneie para o guia completo", 20, []string{"Escaneie para", "o guia completo"}},
		{"fr", "Balayez pour le guide complet", 20, []string{"Balayez pour le", "guide complet"}},
		{"en", "Scan for help and resources", 20, []string{"Scan for help", "and resources"}},
		{"en", "Scan for help", 20, []string{"Scan for help"}},
		{"de", "Scannen für alle Antworten", 14, []string{"Scannen für", "alle Antworten"}},
		{"de", "Informationsmaterialien für Eltern", 26, []string{"Informationsmaterialien", "für Eltern"}},
	} {
		m := Typeset(mono{}, tt.lang)
		at := diag.Located{Text: tt.text}
		ls, err := fitLines(m, Style{Size: 2}, at, tt.width, 3, "test")
		if err != nil {
			t.Fatal(err)
		}
		if got := firstWordKept(m, Style{Size: 2}, at, tt.width, ls, len(ls), "test"); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%q: got %q (evenly %q), want %q", tt.text, got, ls, tt.want)
		}
	}
}

// softHyphenAt shows where a message's soft hyphen may go in a word: at the break the
// language's patterns allow nearest its middle, as the file writes one; nothing where the
// language has no patterns.
func TestSoftHyphenAt(t *testing.T) {
	tests := []struct{ file, lang, word, want string }{
		{"de/text.yaml", "de", "Schwangerschaftskonfliktberatungsstelle", `, here: Schwangerschaftskon\u00ADfliktberatungsstelle`},
		{"de/faq.md", "de-AT", "Schwangerschaftskonfliktberatungsstelle", ", here: Schwangerschaftskon&shy;fliktberatungsstelle"},
		{"en/text.yaml", "en", "confidentiality", `, here: confiden\u00ADtiality`},
		{"sw/text.yaml", "sw", "Schwangerschaftskonfliktberatungsstelle", ""},
	}
	for _, tt := range tests {
		if got := softHyphenAt(tt.file, tt.lang, tt.word); got != tt.want {
			t.Errorf("softHyphenAt(%q, %q, %q) = %q, want %q", tt.file, tt.lang, tt.word, got, tt.want)
		}
	}
}
