package content

import (
	"maps"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// askWords are, language by language, the words that ask a reader to call a number (call) or
// to text it (text) when written before it: the languages haven ships words for and those of
// the communities its users most often print for. Each is a word alone, lower case; a verb
// that asks nothing without its object ("envoyez" of "envoyez un SMS") is a word of texting
// (textVerbs) but none of these. between are the words that may stand between such a word and
// its number besides a service's name (articles, prepositions, a pronoun, the word for
// number: "zadzwoń pod numer", "appelez le", "καλέστε στο"), or the words that join a second
// number to the same ask ("zadzwoń na 112 lub 999"). The checks (dialVerbs), the links
// (Dialable) and whether a link calls or texts (AsksToText) all read them from here, so a
// verb one of them knows is known to all.
var askWords = []askLang{
	{"en", "call dial dialing dialling calling phone telephone ring contact reach", "text texting txt message", "the a an us them at on to number line now today free", "or"},
	{"es", "llame llama llamas llamen llámenos llámanos llamar marque marca marquen comuníquese comunícate comuníquense", "textea escribe envía envíe", "al a el la número línea con", "o u"},
	{"fr", "appelez appelle appeler composez compose composer contactez contacte téléphonez téléphone joindre joignez joins", "textez texter", "le la au à numéro ligne", "ou"},
	{"de", "anrufen wählen wähle wählt rufe ruf ruft rufen erreichen", "", "die den der unter sie du ihr sofort nummer", "oder"},
	{"pt", "ligue liguem ligar disque", "", "o a para ao número", "ou"},
	{"it", "chiama chiamate chiami componi telefona", "", "il lo al numero", "o oppure"},
	{"nl", "bel bellen belt", "sms'en", "naar op het de nu direct meteen nummer", ""}, // not "of", English's word too
	{"pl", "zadzwoń zadzwońcie dzwoń dzwońcie wybierz wybierzcie", "", "do na pod numer nr", "lub albo"},
	{"uk", "телефонуйте зателефонуйте телефонуй зателефонуй дзвоніть подзвоніть дзвони подзвони наберіть набирайте", "", "на за до номером номер", "або чи"},
	{"ru", "звоните позвоните звони позвони наберите позвонить звонить", "", "на по номеру номер", "или"},
	{"el", "καλέστε τηλεφωνήστε καλέσετε καλέσεις τηλεφωνήσετε τηλεφωνήσεις", "", "το τη την τον στο στη στον αριθμό γραμμή αμέσως επίσης", "ή"}, // "να καλέσετε αμέσως το 112"
	{"vi", "gọi bấm", "nhắn", "hãy ngay số cho tin tổng đài", "hoặc"},                                                                            // "gọi tổng đài 111": call the hotline
	{"tl", "tumawag tawagan", "mag-text i-text", "sa kay ang agad", "o"},
	{"ht", "rele", "", "nan", "oswa"},
	{"id", "hubungi telepon telpon telp", "", "ke nomor", "atau"},
	{"ms", "hubungi telefon", "", "talian nombor ke", "atau"},
	{"ro", "sunați sunati sună suna apelați apelati", "", "la numărul numarul", "sau"},
	{"sw", "piga", "", "simu kwa namba nambari", ""}, // "piga simu 116": make a call to; not "au" (or), French "au" (to the)
	{"cs", "volejte zavolejte volej zavolej vytočte", "", "na číslo", "nebo"},
	{"sk", "volajte zavolajte volaj zavolaj", "", "na číslo", "alebo"},
	{"hu", "hívja hívd hívjon hívják hívjátok tárcsázza", "", "a az számot", "vagy"},
	{"fi", "soita soittakaa", "tekstaa", "numeroon", "tai"},
	{"da", "ring", "", "til på nummer", "eller"}, // Norwegian and Swedish too ("ring till")
	{"sv", "", "", "till", ""},
	{"so", "wac wici wacdaa", "qoraal fariin farriin", "u ugu dir kartaa karto", "ama"}, // "qoraal ugu dir": send a text to
	{"bg", "обадете позвънете звънете обади позвъни набери наберете", "", "се на номер номера", "или"},
	{"hr", "nazovite nazovi pozovite pozovi zovite zovi назовите позовите зовите", "", "na broj број", "ili или"}, // Serbian and Bosnian too
	{"sl", "pokličite pokliči", "", "na številko", "ali"},
	{"lt", "skambinkite skambink", "", "numeriu telefonu", "arba"},
	{"lv", "zvaniet zvani", "", "uz pa numuru", "vai"},
	{"et", "helistage helista", "", "numbril numbrile", "või"},
	{"sq", "telefononi telefono thirrni", "", "në numrin", "ose"},
	{"is", "hringdu hringið", "", "í", "eða"},
	{"ca", "truqueu truca truqui", "", "al a número", "o"},
	{"gl", "chame chama chamade", "", "ao ó número", "ou"},
	{"cy", "ffoniwch ffonia", "", "ar", "neu"},
	{"ka", "დარეკეთ დარეკე დარეკოთ დაუკავშირდით", "", "ნომერზე", "ან"},
	{"hy", "զանգահարեք զանգահարիր զանգեք զանգահարել զանգել", "", "համարով", "կամ"},
	{"zu", "shayela", "", "ku", "noma"},
	{"yo", "pe", "", "", "tàbí"},          // "O tún lè pe 112": you can also call
	{"ku", "telefonî", "", "li bi", "an"}, // Kurmanji: "Telefonî 112 bikin", "Li 112 bigerin"
	{"ckb", "پەیوەندی پەیوەندیی تەلەفۆن", "", "بە بۆ ژمارە ژمارەی بکە بکەن", "یان"}, // Sorani: "پەیوەندی بە 112 بکە", "تەلەفۆن بکە بۆ 112"
	{"ar", "اتصل اتصلوا اتصلي اطلب اطلبوا اتصال", "أرسل أرسلي أرسلوا ارسل", "على ب بـ إلى", "أو"},
	{"he", "התקשרו התקשר חייגו", "", "", "או"},
	{"fa", "", "", "", "یا"},
	{"ur", "", "", "", "یا"},
	{"zh", "", "", "", "或 或者"},
	{"ja", "", "", "", "または"},
	{"ko", "", "", "", "또는"},
	{"any", "", "sms", "", ""}, // the same word in many
}

// The words for a text message (an SMS) in the languages of askWords and dialAfter besides
// English's and Spanish's (texting): a word alone, lower case ("simsen", "esemes", "پیامک",
// "מסרון", "ኤስኤምኤስ"); two words that say it together ("የጽሑፍ መልእክት", "پیام کوتاه",
// "لنډ پیغام", "ujumbe mfupi", "kısa mesaj"), where either alone says a message or writing of
// any kind; and stems a word holds, in the scripts written without spaces between words and
// in Tamil, whose endings run on ("குறுஞ்செய்தியை", "发短信", "စာတိုပို့ပါ"). A text beside a
// line that takes no texts that offers one is refused (offersTexting) in any of them.
const (
	smsWords = "texter textez simsen simst simse simsé kurznachricht kurznachrichten smsen tekstbesked tekstbeskeder textmeddelande textmeddelanden tekstmelding " +
		"esemes esemesa esemesem esemesy esemeska esemesku esemesky tekstiviesti tekstiviestin tekstiviestillä tekstiviestinä smáskilaboð smáskilaboðum tèks " +
		"смс эсэмэс эсэмэску есемес есемеску есемеса ესემესი ესემესით ესემესს peyamek کورتەنامە نصية نصيه מסרון מסרונים پیامک پیامکی ٹیکسٹ " +
		"문자 문자를 문자로 문자메시지 문자는 एसएमएस এসএমএস ক্ষুদেবার্তা ਐਸਐਮਐਸ એસએમએસ ఎస్ఎంఎస్ ಎಸ್ಎಂಎಸ್ എസ്എംഎസ് එස්එම්එස් ኤስኤምኤስ"
	smsPhrases = "የጽሑፍ መልእክት,የጽሑፍ መልዕክት,የጽሁፍ መልእክት,የጽሁፍ መልዕክት,የፅሁፍ መልዕክት,የፅሁፍ መልእክት,የፅሑፍ መልዕክት,ጽሑፍ መልእኽቲ," + // Amharic, Tigrinya
		"پیام کوتاه,اس ام,ایس ایم,اېس اېم,ايس ايم,لنډ پیغام,لنډ پیغامونه,پیغام ولیږئ,پیغام ولېږئ,پیغام واستوئ,پیغام راولیږئ,رسالة نصية,رسائل نصية,הודעת טקסט,הודעות טקסט," + // Persian, Urdu, Pashto, Sindhi, Arabic, Hebrew
		"γραπτό μήνυμα,γραπτά μηνύματα,tin nhắn,nhắn tin,pesan singkat,pesanan ringkas,mesaj text,ujumbe mfupi,fariin qoraal,farriin qoraal,neges destun,kısa mesaj," +
		"textovou zprávu,textová zpráva,textovú správu,wiadomość tekstową,wiadomości tekstowe,текстове повідомлення,текстовое сообщение,текстово съобщение,կարճ հաղորդագրություն," +
		"సంక్షిప్త సందేశం,ಕಿರು ಸಂದೇಶ,කෙටි පණිවිඩ,කෙටි පණිවිඩයක්"
	smsStems = "短信 簡訊 简讯 ショートメール ショートメッセージ စာတို குறுஞ்செய்தி குறுந்தகவல் எஸ்எம்எஸ் เอสเอ็มเอส ข้อความสั้น"
)

// smsPair is smsPhrases, each its two words with one space between, for looking up.
var smsPair = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, p := range strings.Split(smsPhrases, ",") {
		m[strings.Join(strings.Fields(p), " ")] = true
	}
	return m
})

// messengerNames are the apps that message a number, as regular expressions of their names
// in Latin letters, a word each in any case (Signal and Messenger in lower case are everyday
// words, which messengerAsked passes over); messengerScripts are their names in the scripts of
// the languages of the tables, which may run on into a case ending ("в ватсапе") and stand
// against a particle ("077 312 4590 க்கு வாட்ஸ்அப்"). A number the words around ask to message
// in one is linked to neither a call nor a text message (InApp).
const (
	messengerNames   = `whats\s?app signal telegram viber messenger wechat line\s+app kakao\s?talk`
	messengerScripts = `微信 ват?с\s?ап вотсап вацап телеграм вайбер واتس\s?[اآ]ب واتساب واتس\x{200c}?اپ واتساپ واٹس\s?ایپ تلگرام تلغرام تيليجرام تليجرام وایبر فايبر ` +
		`व्हाट्सएप व्हाट्सऐप वॉट्सऐप वाट्सऐप वॉट्सएप হোয়াটসঅ্যাপ வாட்ஸ்அப் வாட்ஸ்ஆப் వాట్సాప్ വാട്സ്ആപ്പ് ವಾಟ್ಸಾಪ್ වට්ස්ඇප් ዋትስአፕ ዋትስ\s?አፕ ቴሌግራም ` +
		`ဗိုက်ဘာ တယ်လီဂရမ် 카카오톡 왓츠앱 텔레그램 ワッツアップ テレグラム`
)

// lineWords name the line the number right after them is for, asking no verb: "Emergency 911",
// "Notruf 112", "طوارئ 911", and a phone's label ("Tel 912" in a contact line).
const lineWords = "emergency emergencias emergencia urgence urgences urgencias emergência notruf notrufnummer polizeinotruf polizeiruf emergenza طوارئ חירום tel tel. tél tél. teléfono telefone telefono telefon"

// askLang is a language's row of askWords: its code, then words separated by spaces.
type askLang struct{ lang, call, text, between, or string }

// orOf are the words for "or" of the language code (pt-BR: pt's), as askWords has them.
func orOf(code string) []string {
	base, _, _ := strings.Cut(code, "-")
	for _, l := range askWords {
		if l.lang == base {
			return strings.Fields(l.or)
		}
	}
	return nil
}

// askSet is the words of one field of askWords, in every language.
func askSet(field func(askLang) string) map[string]bool {
	var all []string
	for _, l := range slices.Concat(askWords, askForms) {
		all = append(all, field(l))
	}
	return wordMap(strings.Join(all, " "))
}

// The tables of askWords, each made at its first use: made as the program started, they cost
// every run (haven version too) a tenth of a millisecond before main.
var (
	askCall    = sync.OnceValue(func() map[string]bool { return askSet(func(l askLang) string { return l.call }) })
	askText    = sync.OnceValue(func() map[string]bool { return askSet(func(l askLang) string { return l.text }) })
	askBetween = sync.OnceValue(func() map[string]bool { return askSet(func(l askLang) string { return l.between }) })
	askOr      = sync.OnceValue(func() map[string]bool { return askSet(func(l askLang) string { return l.or }) })
)

// withWords is set and the words of more, space-separated.
func withWords(set map[string]bool, more string) map[string]bool {
	m := maps.Clone(set)
	maps.Copy(m, wordMap(more))
	return m
}

// dialVerbs is a regular expression of the words that ask to call or text a number (askWords)
// and those that name its line (lineWords), for the checks' patterns.
var dialVerbs = sync.OnceValue(func() string {
	return "(" + alternation(askSet(func(l askLang) string { return l.call + " " + l.text + " " + lineWords })) + ")"
})

// alternation is the words of set as alternatives of a regular expression, in order.
func alternation(set map[string]bool) string {
	ws := slices.Sorted(maps.Keys(set))
	for i, w := range ws {
		ws[i] = regexp.QuoteMeta(w)
	}
	return strings.Join(ws, "|")
}

// askClause is what of before, the text up to a number, may ask for that number: whether
// words ask for it at all (askedBefore), ask to text it (AsksToText: the check of a number that
// takes no texts and whether its link opens a text message alike) or to message it in an app
// (Dialable) is read in it alone. It is the number's sentence since its last semicolon, and
// since the last number before it a word may ask for (askable), which took the ask before it:
// "text" asks for 88788 alone in "If you cannot call, text 88788; otherwise use
// 1-800-799-7233" and in "Text 88788, or use 1-800-799-7233". Where "or" joins that number to
// this one with only words that may stand between an ask and its number after it ("call 911,
// or 112", "text 88788 or 741741", "Escribe por WhatsApp al 600 000 016 o al"), or a list's
// comma alone ("Text HOME to 741741, 988"), the ask of that number is this one's, and the
// clause is that number's with it.
func askClause(before string) string {
	s := LastSentence(nearBefore(before))
	if i := strings.LastIndexFunc(s, func(r rune) bool { return strings.ContainsRune(";؛፤；", r) }); i >= 0 {
		_, n := utf8.DecodeRuneInString(s[i:])
		s = s[i+n:]
	}
	p := plainOf(s) // its digits in ASCII, as numberRuns reads them
	runs := slices.DeleteFunc(numberRuns(p.text), func(r run) bool { return !askable(p.text, r) })
	if len(runs) == 0 {
		return s
	}
	r := runs[len(runs)-1]
	at, end := p.from(r.at), p.from(r.at+len(r.text))
	fields := strings.Fields(strings.TrimLeftFunc(s[end:], func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })) // "911, or 112"
	// "or" first, then only what an ask passes over (asker stops at the "or", or passes it too
	// where it is another language's word between: Portuguese "o")
	if i, reached := asker(fields); len(fields) > 0 && askOr()[strings.ToLower(fieldWord(fields[0]))] && reached && i < 1 || listComma(s[end:]) {
		return askClause(s[:at]) + s[at:]
	}
	return s[end:]
}

// listComma is whether gap, the text between two numbers, is a list's comma alone: "Text HOME to
// 741741, 988 or 88788" asks to text 988 too.
func listComma(gap string) bool {
	g := strings.TrimSpace(gap)
	return g == "," || g == "，" || g == "、"
}

// nearBefore is the end of before, the text up to a number, that the words governing the
// number stand in: its last 300 bytes. An ask or a name stands a few words before its number
// (asker, ownGoverned), and a number joined to it by "or" a few more; a long list of numbers
// is not read back to its start for each.
func nearBefore(before string) string {
	at := max(0, len(before)-300)
	for at > 0 && !utf8.RuneStart(before[at]) {
		at--
	}
	return before[at:]
}

// askable is whether r, a run of text, is a number a word may ask to call or text: not "24/7",
// a number of fewer than three digits or a count of days or hours ("365 days a year").
func askable(text string, r run) bool {
	if len(r.digits) < 3 || strings.Contains(r.text, "/") {
		return false
	}
	next := saidWords(leadingWord(text[r.at+len(r.text):]))
	return len(next) == 0 || !timeUnits.has(next[0].w)
}

// leadingWord is s up to the end of its first word, all saidWords needs to read its first: a
// long text of numbers is not read to its end for each.
func leadingWord(s string) string {
	inWord := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r) }
	if at := strings.IndexFunc(s, inWord); at >= 0 {
		if n := strings.IndexFunc(s[at:], func(r rune) bool { return !inWord(r) }); n >= 0 {
			return s[:at+n]
		}
	}
	return s
}

// askedBefore reports whether clause, the words of a number's clause before it (askClause), ask
// to call or text it: a word of askWords (or of a phrase of texting, textVerbs: "envoyez un
// texto au") stands before it past only the words asker passes over.
func askedBefore(clause string) bool {
	fields := strings.Fields(clause)
	i, reached := asker(fields)
	if !reached || i < 0 {
		return false
	}
	w := strings.ToLower(fieldWord(fields[i]))
	return askCall()[w] || textVerbs()[w] // texting's, a phrase's too: "envoyez un texto au"
}

// fieldWord is the word of a field of text, its letters and marks: "or" of "or,".
func fieldWord(f string) string {
	return strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsMark(r) })
}

// asker walks back from the end of fields, the words before a number, over at most six that may
// stand between an ask and its number: its between words (askWords) or a service's name (in
// capitals, or in quotation marks: "Zadzwoń do „Niebieskiej Linii” pod numer", "Call the
// National Domestic Violence Hotline"), and over another number and the "or" that joins it to
// this one, whose ask is this one's ("zadzwoń na 112 lub 999", "καλέστε το 112 ή την Αστυνομία
// στο 199", "call 911, or 112"). It is the index of the first other word, -1 where there is
// none; and false where a digit, the end of a clause (a comma, a colon: "Call us, 2024") or
// a seventh word comes first, which no ask reaches past: "Call us about your 2024 taxes".
func asker(fields []string) (int, bool) {
	quoted := false // the word is inside quotation marks, read from the end
	for i, n := len(fields)-1, 0; i >= 0; i, n = i-1, n+1 {
		f := fields[i]
		word := fieldWord(f)
		w := strings.ToLower(word)
		if ends := f[strings.LastIndexFunc(f, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })+1:]; n > 6 || strings.ContainsFunc(ends, func(r rune) bool { return unicode.Is(unicode.Terminal_Punctuation, r) }) &&
			!(ends == "." && askBetween()[w]) { // "nr. 800 120 002" abbreviates a word between
			return i, false
		}
		marks := 0 // quotation marks, which open and close a name as „…”, «…», “…”, "…" do
		for _, r := range f {
			if unicode.In(r, unicode.Pi, unicode.Pf) || strings.ContainsRune(`"„‚`, r) {
				marks++
			}
		}
		name := quoted || marks > 0
		if marks%2 == 1 {
			quoted = !quoted
		}
		switch first, _ := utf8.DecodeRuneInString(word); {
		case w == "" && !hasDigit(f): // a dash, a bracket, a quotation mark alone
		case askCall()[w] || textVerbs()[w]:
			return i, true
		case askOr()[w] && i > 0 && hasDigit(fields[i-1]):
			for i > 1 && hasDigit(fields[i-2]) { // "800 120 002 lub 999": the whole number before
				i--
			}
			i, n, quoted = i-1, -1, false // its own words before it, six again
		case hasDigit(f):
			return i, false
		case !askBetween()[w] && !name && !unicode.IsUpper(first) && f != "&":
			return i, true
		}
	}
	return -1, true
}
