package content

import (
	"testing"

	"haven/internal/diag"
)

// The forms of asking to call that a tester's FAQs of twelve countries wrote (askForms,
// afterForms): a slip of the line's number after them is refused as after the plain verb; the
// right number, and counts and addresses beside the same words, pass.
func TestEverydayAsksToCall(t *testing.T) {
	br, mx, pl := hotlineIn("BR", "180", "190"), hotlineIn("MX", "800 822 44 60", "911"), hotlineIn("PL", "800 120 002", "112")
	ph, ht, ke := hotlineIn("PH", "1343", "911"), hotlineIn("HT", "2813-1919", "114"), hotlineIn("KE", "1195", "999")
	tr, in, np := hotlineIn("TR", "183", "112"), hotlineIn("IN", "1098", "112"), hotlineIn("NP", "1098", "100")
	jp := hotlineIn("JP", "0120-279-889", "110")
	ph.ConfirmedNumbers = []diag.Located{loc("confirmed_numbers[1]", "1343")} // a line the tables lack
	checkProblemRows(t, []numberRow{
		{br, "Em caso de violência, acione o 108.", `"108" is one slip away from hotline.call 180`},
		{br, "Basta discar 108 de qualquer telefone.", `"108" is one slip away from hotline.call 180`},
		{br, "O 108 funciona 24 horas por dia.", `"108" is one slip away from hotline.call 180`},
		{br, "Você pode ligar gratuitamente para o 1800.", `"1800" is one slip away from hotline.call 180`},
		{mx, "Háblale al 912.", `"912" is one slip away from hotline.emergency 911`},
		{mx, "Reporta al 912.", `"912" is one slip away from hotline.emergency 911`},
		{mx, "Puedes marcar gratis al 912.", `"912" is one slip away from hotline.emergency 911`},
		{mx, "El 912 funciona las 24 horas.", `"912" is one slip away from hotline.emergency 911`},
		{pl, "Możesz też zadzwonić pod 113.", `"113" is one slip away from hotline.emergency 112`},
		{ph, "Tumawag kayo sa 1334 anumang oras.", `"1334" is one slip away from hotline.call 1343`},
		{ph, "Makipag-ugnayan sa 1334.", `"1334" is one slip away from hotline.call 1343`},
		{ht, "Konpoze 141 touswit.", `"141" is one slip away from hotline.emergency 114`},
		{ht, "Rele nimewo 141 an.", `"141" is one slip away from hotline.emergency 114`},
		{ke, "Wasiliana na 1159 wakati wowote.", `"1159" is one slip away from hotline.call 1195`},
		{tr, "138 numaralı hattı arayın.", `"138" is one slip away from hotline.call 183`},
		{tr, "Şiddet görürseniz 138'e bildirin.", `"138" is one slip away from hotline.call 183`},
		{tr, "193 numaralı hattı arayın.", `"193" is one slip away from hotline.call 183`},
		{in, "1089 पर कॉल कीजिए।", `"1089" is one slip away from hotline.call 1098`},
		{in, "१०८९ पर कॉल कीजिए।", `"१०८९" (1089) is one slip away from hotline.call 1098`},
		{in, "1089 नंबर पर कॉल करें।", `"1089" is one slip away from hotline.call 1098`},
		{np, "१०८९ मा निःशुल्क फोन गर्नुहोस्।", `"१०८९" (1089) is one slip away from hotline.call 1098`},
		{jp, "すぐに100番してください。", `"100" is one slip away from hotline.emergency 110`},
		{jp, "100へおかけください。", `"100" is one slip away from hotline.emergency 110`},
		// what passes
		{br, "Acione o 180 ou disque 190. O 180 funciona 24 horas. Basta discar 180 de qualquer telefone.", ""},
		{br, "Em 2023, o 180 funciona desde 2005; 108 pessoas ligaram.", ""},
		{mx, "Háblale al 911. Reporta 912 casos. El 911 funciona las 24 horas.", ""},
		{pl, "Możesz zadzwonić pod 112. Zadzwonić może 113 osób.", ""},
		{ph, "Tumawag kayo sa 1343. Makipag-ugnayan sa 911.", ""},
		{ke, "Wasiliana na 1195. Tulisaidia watu 1159 mwaka jana.", ""},
		{tr, "183 numaralı hattı arayın. 112'ye ulaşın. 138 kişi bildirin dedi.", ""},
		{in, "1098 पर कॉल कीजिए। 1089 लोगों ने कॉल किया।", ""},
		{jp, "110番してください。110へおかけください。", ""},
	})
}
