package hyphen

import (
	"strings"
	"testing"
)

// broken is word with a hyphen at each of its points.
func broken(p *Patterns, word string) string {
	var b strings.Builder
	last := 0
	for _, at := range p.Points(word) {
		b.WriteString(word[last:at] + "-")
		last = at
	}
	return b.String() + word[last:]
}

func TestPoints(t *testing.T) {
	for _, c := range []struct{ lang, word, want string }{
		{"de", "Schwangerschaftskonfliktberatungsstelle", "Schwan-ger-schafts-kon-flikt-be-ra-tungs-stelle"},
		{"de", "Kinder", "Kin-der"},
		{"de", "Erziehungsberechtigte", "Er-zie-hungs-be-rech-tigte"},
		{"de", "Beratungsgespräche", "Be-ra-tungs-ge-sprä-che"},
		{"en", "hyphenation", "hy-phen-ation"},
		{"en", "confidential", "con-fi-den-tial"},
		{"en", "project", "project"}, // an exception: the noun and the verb break apart
		{"de", "Ab", "Ab"},           // too short
		{"de", "Schwanger2023", "Schwanger2023"},
		{"de", "E-Mail-Adresse", "E-Mail-Adresse"},
		{"en", "HELP", "HELP"},
		{"de", "Übergangswohnheim", "Über-gangs-wohn-heim"},
		{"ja", "ホットライン", "ホットライン"}, // no patterns
		{"fr", "confidentialité", "confi-den-tia-lité"},
		{"es", "confidencialidad", "con-fi-den-cia-li-dad"},
		{"pt", "confidencialidade", "con-fi-den-ci-a-li-dade"},
		{"nl", "vertrouwelijkheid", "ver-trou-we-lijk-heid"},
	} {
		if got := broken(For(c.lang), c.word); got != c.want {
			t.Errorf("%s %s: broken %s, want %s", c.lang, c.word, got, c.want)
		}
	}
}

// BenchmarkLoadGerman is the cost of reading German's patterns, paid once in a run that
// hyphenates a German word.
func BenchmarkLoadGerman(b *testing.B) {
	for b.Loop() {
		parse(fileOf["de"])
	}
}

// BenchmarkPoints is the cost of breaking one long German word.
func BenchmarkPoints(b *testing.B) {
	p := For("de")
	for b.Loop() {
		p.Points("Schwangerschaftskonfliktberatungsstelle")
	}
}
