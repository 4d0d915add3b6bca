package content

import (
	"cmp"
	"strings"
	"unicode"
)

// knownLines are the helplines and public service lines that organisations' texts name most
// often beside their own, by country, as each is dialled there (digits only): the emergency and
// police lines, child, women's, suicide and victims' lines, the 116 lines, health advice. One
// of them printed is that line, which a reader who dials it reaches, not a slip of the
// organisation's own it happens to be one digit from ("envoyez un SMS au 114" beside 119,
// "llama al 061" beside 016, 116 016 beside 116 006), unless its sentence speaks of the
// organisation's own ("Call our helpline on 115"). Other numbers the tables give as a service
// of the country (every 39xx in France) are still read as a slip of a line as long as them,
// until settings.yaml lists them (other_numbers). The numbering tables lack some (Brazil's
// 188, China's 12355): such a line is no other country's emergency number misprinted, and
// beside the organisation's own, where its sentence speaks of it, the message says it is a line
// of its own. As the hotline's own number it is still confirmed (confirmed_numbers), digit by
// digit.
var knownLines = map[string]wordTable{
	"AE": wordSet("999 998 997 996 116111 800988"),
	"AM": wordSet("911 112 101 102 103"),
	"AR": wordSet("100 101 102 103 107 911 137 144 145 147 135"),
	"AT": wordSet("112 122 133 141 142 144 147 1450 116000 116006 116111 116123 0800222555"),
	"AU": wordSet("000 112 106 131114 1800737732 1800551800 1300224636 1300789978 131126 1800184527 1800880176 1800011046 1800022222"),
	"BD": wordSet("999 109 1098 16263 333 16430"),
	"BE": wordSet("100 101 112 103 106 107 1712 116000 116111 116117"),
	"BR": wordSet("100 180 181 188 190 191 192 193 197 198 199 136"),
	"CA": wordSet("911 211 311 811 988 18006686868 686868 18662773553"),
	"CH": wordSet("112 117 118 143 144 145 147 116000 116111 116123"),
	"CL": wordSet("131 132 133 134 137 147 149 1455 1410 800104008"),
	"CN": wordSet("110 119 120 122 12110 12338 12345 12355 12356 12315 12320"),
	"CO": wordSet("123 141 155 106 192 112"),
	"CZ": wordSet("112 150 155 156 158 116000 116006 116111 116123"),
	"DE": wordSet("110 112 115 116006 116016 116111 116116 116117 116123 08001110111 08001110222 08000116016"),
	"DK": wordSet("112 114 1813 116000 116111 70201201"),
	"ES": wordSet("010 012 016 017 024 060 061 062 080 085 088 091 092 112 116000 116111 116117 900202010"),
	"FI": wordSet("112 116000 116111 116117 0800202400 116123"),
	"FR": wordSet("15 17 18 112 114 115 119 191 196 116000 116006 116111 116117 116123 3114 3919 3020 3018 3224 3977 0800235236"),
	"GB": wordSet("999 112 101 111 105 116000 116006 116111 116117 116123 08001111 08082000247 08088010327 08088024040 03001234999"),
	"GE": wordSet("112 116006"),
	"GR": wordSet("100 112 166 199 1056 1065 15900 116000 116111 116123"),
	"HK": wordSet("999 112 18281 23892222 27555555"),
	"HU": wordSet("104 105 107 112 116000 116111 116123 0680505101"),
	"IE": wordSet("999 112 116000 116111 116123 1800341900 1800778888"),
	"IL": wordSet("100 101 102 105 118 1201 1202 1203"),
	"IN": wordSet("100 101 102 108 112 181 1091 1097 1098 1930 14416 14567 1800599019"),
	"IT": wordSet("112 113 114 115 117 118 1500 1522 19696 116000 116117 116123 800274274"),
	"JP": wordSet("110 119 118 188 189 0120279338 0120997777"),
	"KE": wordSet("999 112 116 1195 0800720072"),
	"KR": wordSet("112 119 109 1366 1336 1388 1393 15770199 118 129 182 117 122"),
	"LK": wordSet("119 110 1990 1929 1938 1333"),
	"MX": wordSet("911 088 089 8009112000"),
	"NG": wordSet("112 199"),
	"NL": wordSet("112 113 08000113 09008844 08002000 116000 116111 116123"),
	"NO": wordSet("110 112 113 116000 116006 116111 116117 116123 80057000 22400040"),
	"NP": wordSet("100 101 102 103 1098 1145 1166"),
	"NZ": wordSet("111 105 1737 0800543354 0800376633 0800111757 0800456450"),
	"PE": wordSet("100 105 106 113 116 117"),
	"PH": wordSet("911 117 1343 1553 163"),
	"PL": wordSet("112 997 998 999 116000 116111 116123 800120002 800199990"),
	"PT": wordSet("112 144 116000 116006 116111 116123 800202148 808242424"),
	"RO": wordSet("112 119 116000 116111 116123 0800500333 0800801200"),
	"RU": wordSet("112 101 102 103 104 88002000122"),
	"SA": wordSet("911 999 997 998 1919"),
	"SE": wordSet("112 1177 11414 116000 116111 116123 020505050"),
	"SG": wordSet("995 999 18002214444 63894888"),
	"TR": wordSet("112 155 156 183 182 158"),
	"TW": wordSet("110 112 113 119 165 1925 1955 1957 1995"),
	"UA": wordSet("112 101 102 103 104 1545 1547 116111 116123 0800500335"),
	"US": wordSet("911 211 311 411 511 611 711 811 988 741741 88788 838255 18007997233 18006564673 18004224453 18883737888"),
	"VN": wordSet("111 113 114 115 18001567"),
	"ZA": wordSet("10111 112 116 0800428428 0800055555 0800567567"),
}

// ownAfter reports whether the words right after a number give it as the organisation's:
// "Llame al 061, nuestra línea", "Call 180 (our helpline)", "at 180, the number of our line".
func ownAfter(after string) bool {
	ws := clauseWords(toSentenceEnd(after))
	for _, w := range ws[:min(len(ws), 4)] {
		switch {
		case ownWords.has(w):
			return true
		case !tieWords.has(w):
			return false
		}
	}
	return false
}

// ownGoverned reports whether the words right before a number in its sentence make it the
// organisation's own line, with only words that tie a line to its number between (tieWords):
// the first person plural ("Call our helpline on 3929", "Notre numéro est le 3929", "Call us
// on 311"), a word of the hotline's name (isName, nil for none: "Call CVV on 190", "The
// Childline number is 108"), or the line's own placeholder and "or" ("Call {call} or 311").
// A service or a known line so given is the line misprinted, not itself; one a sentence of
// the line's also names as itself passes ("Ligue para o CVV no 188 ou para a Central de
// Atendimento à Mulher no 180": Mulher is nearer).
func ownGoverned(before string, isName func(word string) bool) bool {
	ts := strings.FieldsFunc(sinceSentence(nearBefore(before)), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsMark(r) && !unicode.IsDigit(r) && r != '{' && r != '}' && r != '_'
	})
	for i := len(ts) - 1; i >= 0 && i >= len(ts)-6; i-- {
		l := strings.ToLower(ts[i])
		switch {
		case ownWords.has(l) || isName != nil && isName(ts[i]):
			return true
		case askOr()[l] && !(tieWords.has(l) && i > 0 && ownWords.has(strings.ToLower(ts[i-1]))): // Kurmanji's "an" (or) is German's in "Ruf uns an unter"
			return i > 0 && ownPlaceholders[ts[i-1]]
		case !tieWords.has(l):
			return false
		}
	}
	return false
}

// ownPlaceholders print the line's own numbers (not the emergency number's).
var ownPlaceholders = map[string]bool{"{call}": true, "{text}": true, "{tty}": true}

// tieWords are the words that may stand between who a line is and its number: "our helpline
// on", "number is", "numéro est le", "Nummer ist die".
var tieWords = wordSet(`on at is are was the a an its no nº nr number numbers phone telephone tel line lines helpline hotline
	freephone free toll-free direct main new call dial ring text reach
	es el la los las al a en número numero teléfono telefono línea linea gratuita gratuito gratis de del llama llame marca marque
	est le les au à numéro ligne téléphone gratuite du des appelez composez
	ist die der das unter nummer telefonnummer rufnummer telefon rufen sie an kostenlos
	é o os as no na linha telefone do da ligue para è il lo di chiama`)

// ownWords are the words of the first person plural, which name the organisation's own.
var ownWords = wordSet("our us we nuestro nuestra nuestros nuestras nosotros nos notre nos nous unser unsere unseren unserem uns wir nostro nostra noi ci nosso nossa nós")

// knownLine reports whether the digits d are one of knownLines in country.
func knownLine(d, country string) bool {
	lines := knownLines[cmp.Or(country, "US")]
	return lines != nil && lines.has(d)
}
