package content

import (
	"testing"

	"haven/internal/phone"
)

// A known line is no other country's emergency number misprinted (Colombia's 155, the
// women's line, is Czechia's emergency number), and one the numbering tables lack (Brazil's
// 188, the suicide line), one slip from the organisation's own, is told as a line of its own,
// to list if meant, before the hint to write the line over it.
func TestKnownLinesTheTablesLack(t *testing.T) {
	checkProblemRows(t, []numberRow{
		{hotlineIn("CO", "106", "123"), "Llama al 155 si eres víctima de violencia.", ""}, // the women's line, not Czechia's emergency number
		{hotlineIn("BR", "180", "190"), "Para apoio emocional, ligue para a nossa linha, 188.",
			`"188" is one slip away from hotline.call 180; a likely typo (188 is a line of its own in BR: if it is the line you mean, list it in settings.yaml under organisation: as other_numbers: ["188"]; as it is one slip from 180, check it digit by digit`},
		{hotlineIn("BR", "190", "192"), "Ligue 999 se você precisa conversar.", `"999" is the emergency number of`},
		// Bangladesh's child helpline, beside its helpline for women and children
		{hotlineIn("BD", "109", "999"), "শিশু সহায়তার জন্য ১০৯৮ নম্বরে ফোন করুন", ""},
	})
}

// A known line of seven digits or more is a number its country's tables know: one written with
// a digit short (Mexico's 800 911 2000 as 800911200) would pass the slip of the hotline's own
// number it is as a line of its own.
func TestKnownLinesAreNumbers(t *testing.T) {
	for country, lines := range knownLines {
		for d := range lines() {
			if len(d) < 7 {
				continue
			}
			if _, err := phone.Parse(d, country); err != nil {
				t.Errorf("knownLines[%s]: %s: %v", country, d, err)
			}
		}
	}
}

// A service number or a known line one slip from the organisation's own is that line
// misprinted where the words right before it give it as the organisation's ("Call our helpline
// on 311" beside 211, "Notre numéro est le 3929" beside 3919, "Call {call} or 311"); named as
// itself, or set apart from the line, it passes. A number the tables give as a service of the
// country but no known line (every 39xx in France) is told as a slip wherever prose gives it
// as a line to reach ("Keep 3929 handy", "or 3929").
func TestOwnLineGivenAsAService(t *testing.T) {
	ca, fr, gb := hotlineIn("CA", "211", "911"), hotlineIn("FR", "3919", "112"), hotlineIn("GB", "111", "999")
	br := hotlineIn("BR", "180", "190")
	checkSlipRows(t, []numberRow{
		{ca, "Call our helpline on 311.", "hotline.call"},
		{ca, "Our number is 311.", "hotline.call"},
		{ca, "Call us on 411 any time.", "hotline.call"},
		{ca, "Call {call} or 311.", "hotline.call"},
		{fr, "Notre numéro est le 3929.", "hotline.call"},
		{fr, "Our number is 3918.", "hotline.call"},
		{fr, "Keep 3929 handy.", "hotline.call"},
		{fr, "Call 3919 anytime, or 3929.", "hotline.call"},
		{br, "Ligue para nós no 181.", "hotline.call"},
		// what passes: a service or the emergency number the words before it do not give as
		// the organisation's, whatever else its sentence says; a relay service
		{fr, "En cas de danger immédiat, nous vous demandons d'appeler le 112 ou le 17.", ""},
		{fr, "En cas de danger, nous vous invitons à composer le 112.", ""},
		{ca, "If we can't help, call 311 for city services. We are not a directory: for listings, dial 411.", ""},
		{ca, "We are not a medical line: call 811 to talk to a nurse.", ""},
		{ca, "Deaf or hard of hearing? Reach us at 711 and ask for 211. Call {call} or 711 (relay) if you are deaf.", ""},
		{ca, "For city services, call 311. Ring 411 for directory help.", ""},
		{ca, "Our partners at the city answer 311.", ""},
		{gb, "Ring 111 for advice, or 101 for the police.", ""},
		{fr, "Appelez le 3977 pour les personnes âgées, ou le 119 pour un enfant.", ""},
		// a known line in a sentence that speaks of the organisation elsewhere
		{hotlineIn("FR", "119", "17"), "Nous vous conseillons d'appeler le 115 pour un hébergement.", ""},
		{hotlineIn("ES", "016", "112"), "Nuestro equipo puede llamar al 061 si hace falta.", ""},
		{hotlineIn("ES", "016", "112"), "Llame al 061, nuestra línea.", "hotline.call"},
		{br, "Ligue para a Central de Atendimento à Mulher no 180 ou para o Disque Denúncia no 181.", ""},
	})
}

// A number the words right before it give as the hotline's, by a word of its name, is the
// line misprinted when one slip from its number, though it is another known line or a service
// ("Call CVV on 190" beside 188, "The Childline number is 108" beside 1098); a line named as
// itself passes.
func TestNameGivesTheLine(t *testing.T) {
	de, in, ke := hotlineIn("DE", "116 016", "112"), hotlineIn("IN", "1098", "112"), hotlineIn("KE", "116", "999")
	const deName, inName, keName = "Hilfetelefon Gewalt gegen Frauen", "CHILDLINE India", "Childline Kenya"
	for _, tt := range []struct {
		set        Settings
		name, text string
		want       bool
	}{
		{de, deName, "Call the Hilfetelefon Gewalt gegen Frauen on 116 006.", true},
		{de, deName, "Das Hilfetelefon ist unter 116 006 erreichbar.", true},
		{in, inName, "Call CHILDLINE on 108.", true},
		{in, inName, "The CHILDLINE number is 198.", true},
		{ke, keName, "Call Childline Kenya on 112.", true},
		// what passes: the relay service, a way to reach the line; another line named with a
		// word the names of lines share
		{hotlineIn("US", "211", "911"), "United Way 211", "Call {call}, or 711 if you use a TTY.", false},
		{hotlineIn("BR", "180", "190"), "Disque 180", "Para violações de direitos humanos, use o Disque 100.", false},
		{hotlineIn("ES", "016", "112"), "Línea 016", "Si sufres ciberacoso, llama a la Línea 017 de INCIBE.", false},
		{in, "Child Helpline", "The Women Helpline number is 1091.", false},
		{de, deName, "Das Hilfetelefon (116 016) hilft; das Hilfetelefon Sexueller Missbrauch erreichen Sie unter 0800 22 55 530, die Polizei unter 110.", false},
		{in, inName, "CHILDLINE answers on 1098; for an ambulance call 108.", false},
		{ke, keName, "Childline Kenya answers on 116; the police on 999 or 112.", false},
	} {
		text := tt.text
		ps := nameSlips("text.yaml", []field{{path: "closing[1]", line: 3, ptr: &text}}, tt.name, tt.set)
		ps = append(ps, checkNumbers("text.yaml", textLines{first: 3}, "closing[1]", text, tt.set.Country, tt.set.Numbers(), true, true)...)
		if got := len(ps) > 0; got != tt.want {
			t.Errorf("%q: got %v, want a problem: %v", tt.text, ps, tt.want)
		}
	}
}

// An emergency number a reader in danger is asked to dial is the country's: one another
// country uses (France's 17 and 15 in a Canadian kit, the UK's 999 in New Zealand's), one the
// country has replaced (the Philippines' 117, Mexico's 066) and a slip of the country's after
// the police's name ("Police : 16") are refused; hours, ages and rooms pass.
func TestEmergencyNumbersOfElsewhere(t *testing.T) {
	ca, us, nz := hotlineIn("CA", "1-833-456-4566", "911"), hotlineIn("US", "1-888-373-7888", "911"), hotlineIn("NZ", "1737", "111")
	ph, mx := hotlineIn("PH", "1343", "911"), hotlineIn("MX", "800 911 2000", "911")
	fr, gb := hotlineIn("FR", "3919", "17"), hotlineIn("GB", "0808 2000 247", "999")
	checkProblemRows(t, []numberRow{
		{ca, "En cas d'urgence, composez le 17.", `"17" is the emergency number of`},
		{us, "In an emergency, call 17.", `"17" is the emergency number of`},
		{nz, "In an emergency, call 999.", `"999" is the emergency number of`},
		{ph, "In an emergency, call 117.", `"117" was the Philippines' emergency number until 2016; it is 911 now`},
		{mx, "En una emergencia, llama al 066.", `"066" was Mexico's emergency number until 2017; it is 911 now`},
		{fr, "Police : 16.", "one slip away from hotline.emergency 17"},
		{gb, "Police: 99.", "one slip away from hotline.emergency 999"},
		// what passes
		{ca, "Appelez-nous de 9 h à 17 h. Il a 17 ans. Autobus 15.", ""},
		{us, "Call us from 9 to 17. Bus 17 stops here; 15 people called.", ""},
		{ph, "Room 117, 3rd floor. Call 911 in an emergency.", ""},
		{nz, "In an emergency, call 111. Room 999.", ""},
		{nz, "Call 111. Don't call 999, that is the UK number. Never dial 999 here; dial 111.", ""},
		{hotlineIn("BE", "0800 30 030", "112"), "En vacances en France ? En cas de danger, composez le 17 ou le 112.", ""},
		// a street after the police's name and a comma
		{fr, "Commissariat de police : 12, rue de la Paix.", ""},
	})
}
