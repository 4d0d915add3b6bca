package content

import "testing"

// A short number given as one to call, by a label, a service's name, a bracket after it or
// Japanese's 番, that no line of the country answers and that is one slip from one of the
// country's emergency or known lines, is refused though settings.yaml has none of them; the
// lines themselves, another line one slip from them, and counts, years, hours, pages and
// addresses beside the same words pass.
func TestSlipsOfTheCountrysLines(t *testing.T) {
	// each country's own helpline, and an emergency number that is not the one slipped
	kits := map[string]Settings{}
	for _, k := range [][3]string{{"DE", "116 016", "110"}, {"FR", "3919", "112"}, {"JP", "#8008", "110"}, {"PL", "800 120 002", "112"}, {"IN", "1091", "112"},
		{"GB", "0808 2000 247", "999"}, {"US", "1-800-799-7233", "911"}, {"AU", "1800 737 732", "112"}, {"RU", "8-800-7000-600", "112"}, {"BR", "180", "192"}} {
		kits[k[0]] = hotlineIn(k[0], k[1], k[2])
	}
	de, fr, jp, pl, in, gb, us, au, ru, br := kits["DE"], kits["FR"], kits["JP"], kits["PL"], kits["IN"], kits["GB"], kits["US"], kits["AU"], kits["RU"], kits["BR"]
	checkProblemRows(t, []numberRow{
		{de, "Feuerwehr: 121", `"121", which the text gives as a number to call, is no number in DE, and one slip from 112, an emergency number there: a reader who dials it as printed reaches no one (write 112 if that is the line you mean; if 121 is a line of its own, list it in settings.yaml under organisation: as other_numbers: ["121"])`},
		{de, "Bei Lebensgefahr: 121.", "one slip from 112"},
		{fr, "Police secours : 71", `"71", which the text gives as a number to call, is no number in FR, and one slip from 17, an emergency number there`},
		{jp, "救急車は191番", `"191", which the text gives as a number to call, is no number in JP, and one slip from 119, an emergency number there`},
		{jp, "火事のときは191番へ。", "one slip from 119"},
		{pl, "Możesz też zadzwonić na policję pod 979.", `"979", which the text gives as a number to call, is no number in PL, and one slip from 997 or 999, each a line there`},
		{pl, "na policję pod 979", "one slip from 997"},
		{in, "महिला हेल्पलाइन (811)", `"(811)", which the text gives as a number to call, is no number in IN, and one slip from 181, a line there: a reader who dials it as printed reaches no one (write 181 if that is the line you mean; if 811 is a line of its own, list it in settings.yaml under organisation: as other_numbers: ["811"])`},
		{in, "Women helpline (811)", "one slip from 181"},
		{in, "Ambulance: 180.", `"180", which the text gives as a number to call, is no number in IN, and one slip from 100, 108 or 181, each a line there: a reader who dials it as printed reaches no one (write the one of 100, 108 or 181 you mean`},
		{gb, "Police: 990.", "one slip from 999"},
		{au, "In an emergency: 0000.", "one slip from 000"},
		{ru, "Полиция: 120.", "one slip from 102"},
		{br, "Polícia (109)", "one slip from 100, 190 or 199"},
		// what passes: the lines themselves, and lines one slip from each other
		{de, "Polizei: 110. Feuerwehr: 112. Ärztlicher Bereitschaftsdienst (116 117).", ""},
		{fr, "Police secours : 17. SAMU : 15. Pompiers : 18. Urgences : 112.", ""},
		{jp, "警察は110番、救急車は119番。", ""},
		{pl, "Policja: 997. Pogotowie: 999. Straż pożarna: 998. Numer alarmowy: 112.", ""},
		{in, "Police (100), Fire (101), Ambulance (102), Ambulance (108), Women helpline (181), Childline (1098). Emergency: 112.", ""},
		{gb, "Police: 999. Non-emergency police: 101. NHS: 111. Samaritans: 116 123.", ""},
		{us, "Emergency: 911. Crisis: 988. Gas leak: 811. Community services (211).", ""},
		{au, "Emergency: 000. From a mobile: 112. TTY: 106.", ""},
		{ru, "Полиция: 102. Скорая: 103. Пожарные: 101.", ""},
		// nor counts, years, hours, pages or addresses beside the same words
		{de, "Die Feuerwehr kam nach 5 Minuten. Feuerwehr: 24/7. Die Feuerwehr rückte 121 Mal aus. Notfall: seit 1921.", ""},
		{de, "Feuerwehr: Hauptstraße 121. Polizei: 12:30 Uhr.", ""},
		{fr, "Police secours : 7 j/7. Les pompiers ont 71 ans.", ""},
		{jp, "東京都千代田区1丁目191番地。第191番。救急車は3番目。警察に191番の事件を伝える。", ""},
		{de, "Notfall: siehe Seite 121. Polizei: Raum 121. Feuerwehr (121 Einsätze im Jahr).", ""},
		{us, "Police: 24/7. Emergency: 912 calls last year. In an emergency, 921 Main Street.", ""},
		{in, "Helpline (24/7). Ambulance (2019).", ""},
	})
}
