package content

import (
	"strings"
	"testing"

	"haven/internal/diag"
)

// A discreet card's words are checked whole, in any case and with or without accents, against
// the language's list, or against discreet.avoid when the content gives one.
func TestDiscreetWords(t *testing.T) {
	at := func(field, s string) diag.Located {
		return diag.Located{File: "t.yaml", Line: 7, Field: field, Text: s}
	}
	tests := []struct {
		lang, headline, back string
		avoid                []string
		want                 string // the word named, or ""
	}{
		{"en", "Need to talk?", "You do not have to give your name.", nil, ""},
		{"en", "Escaping domestic VIOLENCE?", "", nil, "violence"},
		{"en", "Sextant club", "Abusers are everywhere", nil, ""}, // not whole words
		{"en", "Need to talk?", "Sexual abuse is never your fault.", nil, "sexual"},
		{"es", "¿Quieres hablar?", "Ayuda ante la EXPLOTACION", nil, "explotación"},
		{"es", "¿Sufres VIOLENCIA?", "", nil, "violencia"},
		{"pt-BR", "Precisa conversar?", "", []string{"tráfico"}, ""},
		{"pt-BR", "Tráfico de pessoas?", "", []string{"trafico"}, "trafico"},
		{"en", "Escaping violence?", "", []string{"gang"}, ""}, // the content's own list replaces the default
	}
	for _, tt := range tests {
		txt := Text{HotlineName: at("hotline_name", "National Hotline"), Discreet: DiscreetText{Headline: at("discreet.headline", tt.headline), BackNote: at("discreet.back_note", tt.back)}}
		for _, w := range tt.avoid {
			txt.Discreet.Avoid = append(txt.Discreet.Avoid, at("discreet.avoid", w))
		}
		ps := checkDiscreet("t.yaml", tt.lang, &txt)
		got := ""
		if len(ps) > 0 {
			got = ps[0].Msg
		}
		switch {
		case tt.want == "" && got != "":
			t.Errorf("%s %q/%q: %s", tt.lang, tt.headline, tt.back, got)
		case tt.want != "" && !strings.Contains(got, `"`+tt.want+`"`):
			t.Errorf("%s %q/%q: got %q, want %q named", tt.lang, tt.headline, tt.back, got, tt.want)
		case tt.want != "" && (ps[0].Line != 7 || !strings.HasPrefix(ps[0].Field, "discreet.")):
			t.Errorf("%s: the problem does not name the field and line: %+v", tt.lang, ps[0])
		}
	}
}
