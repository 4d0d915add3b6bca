package content

import "testing"

// A slip of the emergency number or the line's that the sentence asks to call is refused however
// the sentence goes on: past the number to its next verb ("Call Triple Zero (00) and ask for the
// police", "no 19 e informe o endereço"), after an adverb and the service's name ("Ligue
// imediatamente para a Polícia Militar no 19", "pelo 19"), to "us" ("Ruf uns an unter 116 117",
// where 116 117 is another service), as the calls to it ("Der Anruf unter 116 117 ist
// kostenlos", "1089 पर कॉल ... मुफ़्त है"), or asked to be dialled at once, a service one slip
// from the emergency number naming it ("Ligue imediatamente para o 191", "तुरंत 121 पर कॉल
// करें": 112, not other_numbers' 181). Counts, ranges, hours and lines named for what they do
// pass.
func TestSlipsHoweverTheSentenceGoesOn(t *testing.T) {
	au := hotlineIn("AU", "1800 643 247", "000", "1800 737 732", "13 11 14")
	br := hotlineIn("BR", "100", "190", "180", "192", "193", "188")
	de := hotlineIn("DE", "116 111", "112", "116 016")
	in := hotlineIn("IN", "1098", "112", "181", "1930", "108")
	us := hotlineIn("US", "988", "911")
	checkProblemRows(t, []numberRow{
		{au, "Call Triple Zero (00) and ask for the police.", `"(00)" is one slip away from hotline.emergency 000`},
		{au, "If you are in danger, call Triple Zero (00) and ask for police.", `"(00)" is one slip away from hotline.emergency 000`},
		{au, "Call the police on 00 and stay on the line.", `"00" is one slip away from hotline.emergency 000`},
		{au, "Call the police on 00 then wait.", `"00" is one slip away from hotline.emergency 000`},
		{br, "Ligue imediatamente para a Polícia Militar no 19.", `"19" is one slip away from hotline.emergency 190`},
		{br, "Ligue para a Polícia no 19 e informe o endereço.", `"19" is one slip away from hotline.emergency 190`},
		{br, "Chame a polícia pelo 19 agora.", `"19" is one slip away from hotline.emergency 190`},
		{br, "Ligue imediatamente para o 191.", `"191" is one slip away from hotline.emergency 190`},
		{br, "Ligue imediatamente para o 191 e informe o endereço.", `"191" is one slip away from hotline.emergency 190`},
		{de, "Ruf uns an unter 116 117.", `"116 117" is one slip away from hotline.call 116 111`},
		{de, "Der Anruf unter 116 117 ist kostenlos.", `"116 117" is one slip away from hotline.call 116 111`},
		{in, "नहीं। 1089 पर कॉल किसी भी मोबाइल या लैंडलाइन से बिल्कुल मुफ़्त है।", `"1089" is one slip away from hotline.call 1098`},
		{in, "तुरंत 121 पर कॉल करें।", `"121" is one slip away from hotline.emergency 112`},
		{us, "Call 811 immediately.", `"811" is one slip away from hotline.emergency 911`},
		// what passes
		{au, "Call the police on 000 and stay on the line. Call us between 9 and 11 and ask for help.", ""},
		{au, "Call back within 11 days and ask for Sam.", ""},
		{br, "Ligue para a Polícia no 19 e 20 de março. Ligue para a Polícia às 19 e informe o endereço.", ""},
		{br, "Ligue para o 191. Em rodovias federais, ligue 191. Ligue imediatamente para o 180.", ""},
		{de, "Ruf uns an unter 116 111. Der Anruf unter 116 111 ist kostenlos. Ruf sofort die 110 an.", ""},
		{in, "नहीं। 1098 पर कॉल किसी भी मोबाइल से मुफ़्त है। हर साल 1089 कॉल आती हैं। तुरंत 112 पर कॉल करें।", ""},
		{us, "Call 211 immediately for housing. Call 211 for housing.", ""},
	})
}
