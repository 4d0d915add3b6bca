package content

import "testing"

// TestAsksToText: which words before a number make its link a text message.
func TestAsksToText(t *testing.T) {
	for _, c := range []struct {
		before string
		want   bool
	}{
		{"Text ", true},
		{"Text HELP to ", true},
		{"You can send a text message to ", true},
		{"Contact the hotline at 1737 or text ", true},
		{"Call 988 or text HELP to ", true},
		{"Envía AYUDA al ", true},
		{"Call or text ", false},
		{"Llama o envía un mensaje al ", false},
		{"Call ", false},
		{"Text us any time. Or call ", false},
		{"Call us any time. Text ", true},
		{"In immediate danger, call ", false},
		{"", false},
		{"Our line: ", false},
		{"If you cannot speak, you may be able to text ", true},
		{"Deaf callers can use a text telephone (TTY) at ", false},
		{"Text Relay users: ", false},
		{"Send a fax to ", false},
		// a text telephone's name, in each language, after a request to text another number
		{"Text HELP to 233733, or use a text telephone: ", false},
		{"Envíe AYUDA al 233733, o use el teléfono de texto: ", false},
		{"Envoyez AIDE au 233733, ou le téléphone texte (ATS) : ", false},
		{"Envie AJUDA para 233733 ou use o telefone de texto: ", false},
		{"أرسل HELP إلى 233733، الهاتف النصي: ", false},
		{"Voye ÈD bay 233733, oswa telefòn tèks: ", false},
		{"Envoyez un texte au ", true},
		// a list's comma gives the number after it the ask of the one before
		{"Text HOME to 741741, ", true},
		{"Text HOME to 741741, 988 or ", true},
		{"Call 911, ", false},
		{"Text HOME to 741741, or call ", false},
		{"Text HOME to 741741, 24/7: ", false},
		// the languages of the content's lists
		{"Nếu không thể nói, quý vị có thể nhắn tin đến ", true},
		{"Gọi hoặc nhắn tin ", false},
		{"Gọi ", false},
		{"إذا لم تستطع الكلام، فقد تتمكن من إرسال رسالة نصية إلى ", true},
		{"اتصل بالرقم ", false},
		{"Si vous ne pouvez pas parler, envoyez un SMS au ", true},
		{"Appelez ou envoyez un SMS au ", false},
		{"Se não puder falar, envie uma mensagem de texto para o ", true},
		{"Ligue ou envie SMS para ", false},
		{"Wenn Sie nicht sprechen können, schicken Sie eine SMS an die ", true},
		{"Anrufen oder eine SMS an die ", false},
		{"Si ou pa ka pale, voye tèks bay ", true},
		{"Rele ", false},
		{"Kung hindi ka makapagsalita, mag-text sa ", true},
		{"Tumawag o mag-text sa ", false},
		{"Если вы не можете говорить, отправьте СМС на ", true},
		{"Позвоните или отправьте СМС на ", false},
		// every verb of texting the table has (Quebec's "texter", "texting"), and "reach"
		// after one: a call
		{"Vous pouvez aussi texter le ", true},
		{"Try texting ", true},
		{"Koodka ZIP-kaaga qoraal ugu dir ", true},
		{"Wac ", false},
		{"Haddii kale, wac 1-888-373-7888 ama u dir \"HELP\" ", true}, // send "HELP" to
		{"Fariin u dir ", true},
		{"Zadzwoń lub napisz SMS na ", true},
		{"Texting is free, or reach us at ", false},
		// a verb of texting asks for the numbers of its own clause: not past a semicolon or a
		// number it took, unless "or" joins that number to this one
		{"If you cannot call, text 88788; otherwise use ", false},
		{"Text 88788, or use ", false},
		{"Text HELP to 233733 for help, or our office at ", false},
		{"Nếu không thể nói, hãy nhắn tin 88788; nếu không, ", false},
		{"Text HELP to 233733 or ", true},
		{"Text 88788, or the Lifeline at ", true},
		{"Envía AYUDA al 233733 o al ", true},
		{"Text us 24/7, 365 days a year, at ", true},
		{"Call 911; if you cannot speak, text ", true},
	} {
		if got := AsksToText(c.before); got != c.want {
			t.Errorf("AsksToText(%q) = %v, want %v", c.before, got, c.want)
		}
	}
}
