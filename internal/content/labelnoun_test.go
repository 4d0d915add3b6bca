package content

import "testing"

// In a label's value, a number right after a noun saying what it numbers (a station, a
// building, a bus, a precinct) is that noun's, no number to call: it passes after the name of
// the police, the fire brigade or the ambulance. After a word for a phone, a number or a line,
// a verb asking to call, a service's name or a little word before a line, a slip is refused
// still.
func TestNounInLabelNumbersIt(t *testing.T) {
	de, es, fr, us := hotlineIn("DE", "116 016", "110"), hotlineIn("ES", "016", "112"), hotlineIn("FR", "3919", "112"), hotlineIn("US", "988", "911")
	gb, ar, de112 := hotlineIn("GB", "0808 2000 247", "999"), hotlineIn("AR", "144", "911"), hotlineIn("DE", "116 016", "112")
	checkWholeRows(t, []numberRow{
		{de112, "Rettungsdienst: Rettungswache 121, Hauptstraße 4.", ""},
		{de112, "Feuerwehr: Wache 121.", ""},
		{de112, "Feuerwehr: Feuerwache 121.", ""},
		{de112, "Feuerwehr: Löschzug 121.", ""},
		{de112, "Feuerwehr: Gebäude 121.", ""},
		{de, "Polizei: Wache 113, Kalker Hauptstraße 191.", ""},
		{de, "Polizei: Inspektion 111.", ""},
		{de, "Notaufnahme: Haus 111, Ebene 2.", ""},
		{de, "Buslinie: 120.", ""},
		{es, "Bomberos: parque 113, calle Mayor 4.", ""},
		{es, "Guardia Civil: cuartel 113.", ""},
		{fr, "Pompiers : caserne 117, rue de la Paix.", ""},
		{us, "Police: Precinct 912, 123 Main St.", ""},
		{gb, "Ambulance: Bay 998.", ""},
		{ar, "Podés tomar el colectivo 146.", ""},
		// a phone's, a number's or a line's word, a verb, a service: a slip still
		{de112, "Feuerwehr: 121", `"121"`},
		{de112, "Polizei: Notruf 121", `"121"`},
		{de112, "Hilfe: Telefon 121.", `"121"`},
		{de112, "Notfall: Rufnummer 121.", `"121"`},
		{de112, "Feuerwehr: bitte 121.", `"121"`},
		{de112, "Im Notfall: Polizei 121.", `"121"`},
		{es, "Emergencias: llame al 113.", `"113"`},
		{fr, "Pompiers : le 113.", `"113"`},
		{us, "Emergency: call 912.", `"912"`},
		{us, "Emergency: Police 912.", `"912"`},
		{gb, "Emergency: dial 998.", `"998"`},
		{ar, "Trata de personas: línea 146.", `"146"`},
	})
}
