package content

import (
	"fmt"
	"slices"
	"strings"

	"haven/internal/diag"
)

// A line open on some hours only (Mon–Fri 9–5) whose texts beside its number also say it
// answers at all hours ("Call the hotline, 24/7", "day or night") has someone reach out at
// night to a line that is closed; settings.yaml has no field for the hours, so the texts that
// print beside the number are read for them.

// limitedHours are the words, folded, by which a language's texts give a line's hours as
// limited: days of the week, and hours said to end ("after hours", "fuera de horario"); a
// range of clock times (hoursRangeRE) does in any language.
var limitedHours = map[string][]string{
	// not the abbreviations that are words too: "sat", "wed", "mar" (sea)
	"en": {"mon", "monday", "mondays", "tue", "tues", "tuesday", "wednesday", "thu", "thur", "thurs", "thursday", "fri", "friday", "fridays",
		"saturday", "weekdays", "after hours"},
	"es": {"lun", "lunes", "martes", "mie", "miercoles", "jue", "jueves", "vie", "viernes", "sab", "sabado", "sabados",
		"dias laborables", "fuera de horario", "horario de atencion"},
}

// otherHours are the words, folded, of a text that gives the hours of something beside the
// line (its office, walk-ins, a school's counsellors) or says the line answers outside them
// ("after hours, the line still answers", "the line never closes"): no limit of the line's.
var otherHours = map[string][]string{
	"en": {"office", "offices", "walk-in", "walk-ins", "walk in", "drop-in", "in person", "school", "counsellor", "counsellors",
		"counselor", "counselors", "clinic", "appointment", "appointments", "visit", "visits", "visiting", "never closes",
		"still answers", "always answers", "outside these hours", "outside those hours"},
	"es": {"oficina", "oficinas", "en persona", "escuela", "consejero", "consejera", "consejeros", "clinica", "cita", "citas",
		"visita", "visitas", "nunca cierra", "sigue atendiendo", "siempre atiende"},
}

// hoursRangeRE is a range of clock times, with minutes, am/pm or h at its end: "9am–5pm",
// "9–5 pm", "9:00–17:00", "9–17 h"; a range of bare numbers ("9–5") is too often something else.
var hoursRangeRE = lazyRE(`(?i)\b\d{1,2}(?::\d{2})?\s*(?:[ap]m|[ap]\.m\.)?\s*[–—-]\s*\d{1,2}(?::\d{2}\b|\s*(?:[ap]m\b|[ap]\.m\.|h\b))`)

// hoursClaimed warns of each text printed beside the line's number (the hotline box, the
// cards, the posters; the adult's card only where it is made) that says the line answers at
// all hours (discreetBackTitles' words: 24/7, day or night, día y noche), where another such
// text of the language gives limited hours: the two cannot both be right, and the one that is
// wrong sends someone to a closed line or keeps them from an open one.
func hoursClaimed(lang string, s Settings, texts []diag.Located) diag.Problems {
	base, _, _ := strings.Cut(lang, "-")
	titles, ok := discreetBackTitles[base]
	if !ok {
		return nil
	}
	printed := func(at diag.Located) bool {
		return besideNumber(at) && (s.Cards.Audience == AudienceAdult || !strings.HasPrefix(at.Field, "observer."))
	}
	says := func(at diag.Located, words []string) bool {
		t := fold(at.Text)
		return slices.ContainsFunc(words, func(w string) bool { return wordIn(t, w) })
	}
	always := func(at diag.Located) bool { return says(at, titles.always) }
	limited := -1
	for i, at := range texts {
		if printed(at) && !always(at) && !says(at, otherHours[base]) && (says(at, limitedHours[base]) || hoursRangeRE().MatchString(at.Text)) {
			limited = i
			break
		}
	}
	if limited < 0 {
		return nil
	}
	l := texts[limited]
	var ws diag.Problems
	for _, at := range texts {
		if printed(at) && always(at) {
			ws = append(ws, at.At(fmt.Sprintf("%s says the line answers at all hours, but %s (line %d) gives its hours as limited, %s: a reader who reaches out when it is closed finds no one, or one who believes the hours does not try", diag.Quote(at.Text), l.Field, l.Line, diag.Quote(l.Text)),
				"write the line's hours here as "+l.Field+" does, or leave the hours out; if the line does answer at all hours, correct "+l.Field))
		}
	}
	return ws
}
