package content

import (
	"testing"

	"haven/internal/diag"
)

// A short number one slip from the emergency number in a sentence that speaks of danger, an
// emergency or the police, or after a verb or noun of dialling, is caught in every language
// haven has the words of; a negated danger ("not in immediate danger", "non-emergency", "si no
// es una emergencia"), a service number named as itself and counts, years and streets pass.
func TestEmergencySlipsInEveryLanguage(t *testing.T) {
	us, nl := hotlineIn("", "1-888-373-7888", "911"), hotlineIn("NL", "0800 0113", "112")
	checkSlipRows(t, []numberRow{
		{us, "Bij direct gevaar: bel 912.", "hotline.emergency"},
		{nl, "Bij direct gevaar: bel 121.", "hotline.emergency"},
		{us, "In caso di pericolo chiama subito il 912.", "hotline.emergency"},
		{us, "W nagłych wypadkach zadzwoń pod numer 912.", "hotline.emergency"},
		{us, "Tumawag sa 912 kung may panganib.", "hotline.emergency"},
		{us, "Haddii aad khatar ku jirto, wac lambarka 912.", "hotline.emergency"},
		{us, "Hãy gọi số 912.", "hotline.emergency"},
		{us, "Wählen Sie 912, wenn Sie sofort Hilfe brauchen.", "hotline.emergency"},
		{us, "Notrufnummer 912.", "hotline.emergency"},
		{us, "Die Polizei erreichen Sie unter 912.", "hotline.emergency"},
		{us, "In Gefahr? 912.", "hotline.emergency"},
		{us, "The police number is 921.", "hotline.emergency"},
		{us, "If someone is hurt, get help from 912 right away.", "hotline.emergency"},
		{us, "Emergency? 91.", "hotline.emergency"},
		{us, "Cảnh sát: 912.", "hotline.emergency"},
		{us, "ئەگەر لە مەترسیدایت، پەیوەندی بە 912 بکە.", "hotline.emergency"}, // Sorani Kurdish
		{us, "لە مەترسیی دەستبەجێدا، پەیوەندی بە 912 بکە.", "hotline.emergency"},
		{us, "لە کاتی مەترسیدا پەیوەندی بە پۆلیس 912 بکە.", "hotline.emergency"},
		{us, "لە کاتی مەترسیدا پەیوەندی بە پۆلیس ٩١٢ بکە.", "hotline.emergency"},
		{us, "جيڪڏهن توهان خطري ۾ آهيو ته 912 تي فون ڪريو.", "hotline.emergency"}, // Sindhi
		{us, "پولیس ته په 912 زنګ ووهئ.", "hotline.emergency"},                    // Pashto
		{us, "در مواقع اضطراری با 912 تماس بگیرید.", "hotline.emergency"},         // Persian
		// what passes
		{us, "If you are not in immediate danger, call 211 for shelter and food.", ""},
		{us, "For a non-emergency, call 311.", ""},
		{us, "Digging near gas lines is dangerous: call 811 before you dig.", ""},
		{us, "Si no es una emergencia, llame al 311.", ""},
		{us, "Si ce n'est pas une urgence, appelez le 311.", ""},
		{us, "Wenn es kein Notfall ist, rufen Sie 311 an.", ""},
		{us, "The police answered 912 calls in 2019. In an emergency, 91 percent called 911.", ""},
		{us, "Police station: 912 Main Street. In danger, 1 in 10 children never call.", ""},
		{us, "Emergency? 911. The police number is 911. Bij gevaar: bel 911.", ""},
		{nl, "Bij direct gevaar: bel 112. Wij hebben 121 vrijwilligers.", ""},
		{nl, "Vorig jaar waren 121 kinderen in gevaar.", ""},
		{us, "Hãy gọi số 911. Năm 2023 có 912 người gọi khi gặp nguy hiểm.", ""},
		{us, "In caso di pericolo chiama il 911; nel 2023 la polizia ha ricevuto 912 chiamate.", ""},
		{us, "W nagłych wypadkach zadzwoń pod numer 911. Policja, ul. Długa 912.", ""},
		{us, "Haddii aad khatar ku jirto, wac 911. 912 qof ayaa wacay.", ""},
		{us, "Police found 912 victims last year; 921 were in danger.", ""},
		{us, "Drei Schritte: 1. Ruhe bewahren. 2. 911 anrufen. 3. Warten.", ""},
		{us, "ئەگەر لە مەترسیدایت، پەیوەندی بە 911 بکە. پار 912 کەس پەیوەندییان کرد.", ""},
	})
}

// A number dialled with a # (Japan's #8008, #9110) is another line than its digits alone: a
// text that drops the # is refused, and a # line one digit from the emergency number is not
// its slip. A step's number and its full stop end before the number after them.
func TestHashAndStepNumbers(t *testing.T) {
	jp := hotlineIn("JP", "#8008", "110")
	jp.ConfirmedNumbers = []diag.Located{loc("confirmed_numbers[1]", "#8008")}
	de := hotlineIn("DE", "0800 1110111", "112")
	checkSlipRows(t, []numberRow{
		{jp, "From a mobile, call 8008 any time.", "hotline.call"},
		// what passes
		{jp, "From a mobile, call #8008 any time.", ""},
		{jp, "For police consultation (not emergencies), dial #9110.", ""},
		{de, "Drei Schritte: 1. Ruhe bewahren. 2. 112 anrufen. 3. Warten.", ""},
		{de, "Schritt 2. 112 anrufen.", ""},
	})
}
