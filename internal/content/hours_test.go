package content

import (
	"strings"
	"testing"
)

// A text beside the line's number that says it answers at all hours (24/7, day or night, día
// y noche) is warned of where another gives its hours as limited (days of the week, a range of
// clock times, "after hours"), naming that one; the adult's card's texts only where the adult's
// card is made. Hours given nowhere, a text that gives both (interpreters on weekdays, the line
// 24/7) and another language's texts are not.
func TestHoursClaimed(t *testing.T) {
	const en, es = "en/text.yaml", "es/text.yaml"
	limited := []string{en, "call_label: National Human Trafficking Hotline, free and confidential, 24/7", "call_label: Our crisis line, Mon–Fri 9am–5pm"}
	warned := func(at, field, text string) string {
		return "content/en/text.yaml:" + at + ": " + field + `: "` + text + `" says the line answers at all hours, but help.call_label (line 14) gives its hours as limited, "Our crisis line, Mon–Fri 9am–5pm": a reader who reaches out when it is closed finds no one, or one who believes the hours does not try (write the line's hours here as help.call_label does, or leave the hours out; if the line does answer at all hours, correct help.call_label)`
	}
	for _, tt := range []struct {
		name        string
		changes     [][]string
		want, never []string
	}{
		{"weekdays and hours", [][]string{limited},
			[]string{warned("27", "card.call_label", "Call the hotline, 24/7"), warned("33", "card.back_lines[1]", "A trained person answers, day or night."),
				warned("36", "card.back_note", "Free, confidential, 24/7, 200+ languages")},
			[]string{"observer.call_label:", "content/es/text.yaml:27"}},
		{"the adult's card, made", [][]string{limited, {"settings.yaml", "# cards:\n#   offset: 0,0", "cards:\n  audience: adult"}},
			[]string{"content/en/text.yaml:42: observer.call_label"}, nil},
		{"a range of clock times alone", [][]string{{es, "call_label: Línea Nacional Contra la Trata de Personas, gratuita y confidencial, 24/7", "call_label: Nuestra línea, 9–17 h"}},
			[]string{"content/es/text.yaml:27: card.call_label: \"Llama gratis, 24/7\" says the line answers at all hours, but help.call_label (line 14)"}, []string{"content/en/text.yaml:27"}},
		// no hours given, or both in one text
		{"the built-in texts", nil, nil, []string{"answers at all hours"}},
		{"both in one text", [][]string{{en, "note: You can report anonymously.", "note: Interpreters Mon–Fri; the line answers 24/7."}}, nil, []string{"answers at all hours"}},
		{"a bare range", [][]string{{en, "note: You can report anonymously.", "note: Ages 9–17 welcome."}}, nil, []string{"answers at all hours"}},
		// the hours of something beside the line, or hours outside which the line answers
		{"the office's hours", [][]string{{en, "note: You can report anonymously.", "note: Our office is open Mon–Fri 9am–5pm."}}, nil, []string{"answers at all hours"}},
		{"a school's counsellors", [][]string{{en, "note: You can report anonymously.", "note: Counsellors at school Mon–Fri 8am–3pm."}}, nil, []string{"answers at all hours"}},
		{"after hours, still answered", [][]string{{en, "note: You can report anonymously.", "note: After hours, the line still answers."}}, nil, []string{"answers at all hours"}},
		{"la oficina", [][]string{{es, "call_label: Línea Nacional Contra la Trata de Personas, gratuita y confidencial, 24/7", "call_label: Oficina abierta de lunes a viernes, 9–17 h"}}, nil, []string{"answers at all hours"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Load(edits(t, tt.changes...), "content", Overrides{})
			if err != nil {
				t.Fatal(err)
			}
			got := "\n" + c.Warnings.Error() + "\n"
			for _, w := range tt.want {
				if !strings.Contains(got, "\n"+w) {
					t.Errorf("warnings:%s\nwant %s", got, w)
				}
			}
			for _, n := range tt.never {
				if strings.Contains(got, n) {
					t.Errorf("warnings:%s\nwant none of %q", got, n)
				}
			}
		})
	}
}
