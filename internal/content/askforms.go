package content

import (
	"slices"
	"sync"
)

// askForms are more words of askWords' languages, as a tester's FAQs of twelve countries
// wrote them: the verb's other persons, moods and infinitives ("discar", "acione",
// "zadzwonić", "Háblale", "Reporta", "Konpoze", "Makipag-ugnayan", "Wasiliana na"), and the
// words between it and its number (an adverb, "gratuitamente"; a pronoun of politeness,
// "Tumawag kayo sa"; the word for number, "Rele nimewo"). Read with askWords by askSet.
var askForms = []askLang{
	{"pt", "discar disca discam acione acionem acionar", "", "gratuitamente grátis", ""},
	{"es", "háblale háblanos hablale háblenos reporta reporte reporten marcar márcale", "", "", ""},
	{"pl", "zadzwonić dzwonić wybrać", "", "", ""},
	{"tl", "makipag-ugnayan", "", "kayo po", ""},
	{"ht", "konpoze", "", "nimewo", ""},
	{"sw", "wasiliana wasilianeni kupiga pigia mpigie wapigie tupigie", "", "na ya wa kitaifa bure", ""}, // "Wasiliana na 1159": get in touch with; "piga simu ya kitaifa ya GBV 1195": the national line
	{"so", "", "", "khadka khad lambarka ee qaranka karaan karaa", ""},                                   // "u wac khadka GBV ee qaranka 1195": the national line; "wici karaan": can call
}

// afterForms are more rows of dialAfter, as the same FAQs wrote them: "138 numaralı hattı
// arayın", "113'ye ulaşın" and "138'e bildirin" (reach, report to), Hindi's polite "1089 पर कॉल
// कीजिए" and "1089 नंबर पर कॉल करें", Nepali's "१०८९ मा निःशुल्क फोन गर्नुहोस्" (call free of
// charge), Japanese's "8008へおかけください" and "110番してください" (the number said as the
// verb's object, as Japan says to call the police).
var afterForms = []afterPhrases{
	{[]string{"", "numaralı hattı", "numaralı hatta", "numaralı hattımızı", "numaralı telefonu"},
		[]string{"arayın", "arayınız", "arayabilirsiniz", "ulaşın", "ulaşınız", "ulaşabilirsiniz", "bildirin", "başvurun", "tuşlayın"}, nil, true}, // Turkish
	{[]string{"", "पर", "को", "नंबर पर", "नम्बर पर"}, []string{"कॉल कीजिए", "फ़ोन कीजिए", "फोन कीजिए", "संपर्क कीजिए", "कॉल करें", "फ़ोन करें", "फोन करें", "संपर्क करें"}, []string{"मैसेज कीजिए", "एसएमएस कीजिए"}, true}, // Hindi
	{[]string{"मा निःशुल्क", "नम्बरमा निःशुल्क", "मा तुरुन्त", "मा तुरुन्तै"}, []string{"फोन गर्नु", "कल गर्नु", "सम्पर्क गर्नु", "डायल गर्नु"}, nil, false},                                                               // Nepali
	{[]string{"に", "へ", "まで", "番に", "番へ", "番まで"}, []string{"おかけ", "お掛け", "かけて", "掛けて"}, nil, false}, // Japanese
	{[]string{"番"}, []string{"して", "する", "しま"}, nil, false},                                         // Japanese: "110番して"
	// Amharic's infinitive and "may call" ("በ988 መደወል ይችላሉ", "ሊደውሉ ይችላሉ"), Tamil's particle of
	// place ("1929 இல் அழையுங்கள்") and Sri Lanka's word for number, Burmese's "may call", also
	// with the hours it is open between ("1300 သို့ ၂၄ နာရီ ခေါ်ဆိုနိုင်ပါသည်")
	{[]string{"", "ላይ"}, []string{"መደወል", "ሊደውሉ"}, []string{"የጽሁፍ መልእክት", "የጽሁፍ መልዕክት", "ኤስኤምኤስ"}, false},
	{[]string{"இல்", "எண்ணில்", "இலக்கத்தில்", "இலக்கத்துக்கு", "இலக்கத்தை", "என்ற இலக்கத்தில்", "என்ற இலக்கத்துக்கு", "என்ற இலக்கத்தை"},
		[]string{"அழையுங்கள்", "அழைக்க", "தொடர்பு கொள்ள"}, []string{"குறுஞ்செய்தி", "குறுந்தகவல்"}, false},
	{[]string{"", "ကို", "သို့", "နံပါတ်ကို", "ကို ၂၄ နာရီ", "သို့ ၂၄ နာရီ", "ကို 24 နာရီ", "သို့ 24 နာရီ"}, []string{"ခေါ်ဆိုနိုင်", "ဖုန်းဆက်နိုင်", "ဆက်သွယ်နိုင်", "ခေါ်ဆိုပါ", "ဖုန်းဆက်ပါ"}, []string{"စာတို"}, false},
}

// allAfter is dialAfter and afterForms, the rows saidAfter reads.
var allAfter = sync.OnceValue(func() []afterPhrases { return slices.Concat(dialAfter, afterForms) })
