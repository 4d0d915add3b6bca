package layout

import (
	"reflect"
	"testing"

	"haven/internal/diag"
)

// TestTypography: lines follow the rules of typography as well as UAX #14, in every
// language, at wide and narrow measures, and never run over to follow them. With the mono
// measurer at 2 pt a character is 1 pt wide, so the width is the number of characters.
func TestTypography(t *testing.T) {
	const (
		en     = "National Human Trafficking Hotline"
		es     = "Línea Nacional Contra la Trata de Personas"
		zhName = "華人社區服務中心 Chinese Community Services"
		clinic = "Clínica La Esperanza Community Health Center"
		centro = "Centro de Salud Comunitario Clínica La Esperanza"
	)
	tests := []struct {
		name, lang string
		names      []string
		even       bool // a display line, broken by wrapEven
		text       string
		width      float64
		want       []string
	}{
		{"en runt", "en", nil, false, "one two three four five six", 24, []string{"one two three four", "five six"}},
		{"en runt of a long word", "en", nil, false, "Statistics suffer from underreporting.", 30, []string{"Statistics suffer", "from underreporting."}},
		{"en runt too wide to bind", "en", nil, false, "one two three", 5, []string{"one", "two", "three"}},
		{"en wide", "en", nil, false, "one two three", 100, []string{"one two three"}},
		{"en may end on a", "en", nil, false, "Call a friend or a parent now", 14, []string{"Call a friend", "or a", "parent now"}},
		{"en name bound", "en", []string{en}, false, "Call the National Human Trafficking Hotline today", 44, []string{"Call the", "National Human Trafficking Hotline today"}},
		// so is one of a script that breaks between its characters
		{"ja name bound", "ja", []string{"全米人身取引ホットライン"}, false, "そうでなければ、全米人身取引ホットライン（1-888-373-7888）に電話してください。", 18,
			[]string{"そうでなければ、", "全米人身取引ホットライン", "（1-888-373-7888）に電", "話してください。"}},
		{"zh name bound", "zh", []string{"全國人口販運熱線"}, false, "如果不確定，請撥打全國人口販運熱線 1-888-373-7888 或傳送簡訊。", 16,
			[]string{"如果不確定，請撥打", "全國人口販運熱線", "1-888-373-7888 或", "傳送簡訊。"}},
		{"en name longer than the line", "en", []string{en}, false, "Call the National Human Trafficking Hotline", 20, []string{"Call the National", "Human Trafficking", "Hotline"}},
		{"es o", "es", nil, false, "Dinero, regalos o celulares", 18, []string{"Dinero, regalos", "o celulares"}},
		{"es y and a", "es", nil, false, "Llama a la línea y pide ayuda hoy mismo", 18, []string{"Llama a la línea", "y pide ayuda", "hoy mismo"}},
		{"es one-letter word too narrow to bind", "es", nil, false, "regalos o celulares", 9, []string{"regalos o", "celulares"}},
		{"es name bound", "es", []string{es}, false, "Llame a la Línea Nacional Contra la Trata de Personas ahora", 50, []string{"Llame a la", "Línea Nacional Contra la Trata de Personas ahora"}},
		{"es EE. UU.", "es", nil, false, "la trata en los EE. UU. hoy", 12, []string{"la trata en", "los", "EE. UU. hoy"}},
		{"pt-BR one-letter word", "pt-BR", nil, false, "Ligue e fale com alguém", 8, []string{"Ligue", "e fale", "com", "alguém"}},
		{"fr no break before ?", "fr", nil, false, "Est-ce gratuit\u202f? Oui, appelez", 16, []string{"Est-ce gratuit\u202f?", "Oui, appelez"}},
		{"zh runt of one character", "zh", nil, false, "人口贩卖是一种犯罪", 8, []string{"人口贩卖是一种", "犯罪"}},
		{"zh wide", "zh", nil, false, "人口贩卖是一种犯罪", 20, []string{"人口贩卖是一种犯罪"}},
		{"ko at spaces, not between syllables", "ko", nil, false, "가해자를 알고 있습니다. 여기에는 연인, 지인도 포함됩니다.", 12, []string{"가해자를 알고", "있습니다. 여기에는", "연인,", "지인도 포함됩니다."}},
		{"ko runt of a word", "ko", nil, false, "누구나 도울 수 있습니다", 10, []string{"누구나 도울", "수 있습니다"}},
		{"ko particle after a bracket", "ko", nil, false, "미성년자 성매매(DMST)에 관한 사실", 14, []string{"미성년자", "성매매(DMST)에", "관한 사실"}},
		{"ko word wider than the line", "ko", nil, false, "인신매매피해자지원센터", 6, []string{"인신매매피해", "자지원센터"}},
		{"ja between characters", "ja", nil, false, "人身取引は犯罪です", 5, []string{"人身取引は", "犯罪です"}},
		{"uk з", "uk", nil, false, "є однією з найпоширеніших форм", 21, []string{"є однією", "з найпоширеніших форм"}},
		{"ru в", "ru", nil, false, "это бывает в школах и дома", 12, []string{"это бывает", "в школах", "и дома"}},
		{"ru not before ли", "ru", nil, false, "Скажите, можно ли остаться анонимным?", 14, []string{"Скажите,", "можно ли", "остаться", "анонимным?"}},
		{"ru not before бы", "ru", nil, false, "Я очень хотела бы поговорить с кем-нибудь", 12, []string{"Я очень", "хотела бы", "поговорить", "с кем-нибудь"}},
		{"uk not before же", "uk", nil, false, "Скажіть, що ж робити далі, коли страшно?", 12, []string{"Скажіть,", "що ж робити", "далі, коли", "страшно?"}},
		// a short pronoun after a word; one after punctuation begins its clause, and a line
		{"ht not before m", "ht", nil, false, "Èske nou pral rapòte m bay imigrasyon?", 21, []string{"Èske nou pral", "rapòte m", "bay imigrasyon?"}},
		{"ht not before m.", "ht", nil, false, "Yon patwon pa peye m. Kisa pou m fè?", 17, []string{"Yon patwon pa", "peye m. Kisa", "pou m fè?"}},
		{"ht not before w", "ht", nil, false, "Nou pral ede w ak tout kè nou", 12, []string{"Nou pral", "ede w ak", "tout kè nou"}},
		{"ht not before l", "ht", nil, false, "Nou pral ede l ak tout kè nou", 12, []string{"Nou pral", "ede l ak", "tout kè nou"}},
		{"ht not before n", "ht", nil, false, "Yo pral ede n ak tout kè yo", 11, []string{"Yo pral", "ede n ak", "tout kè yo"}},
		{"ht not before y", "ht", nil, false, "Nou pral ede y ak tout kè nou", 12, []string{"Nou pral", "ede y ak", "tout kè nou"}},
		{"ht m after a full stop", "ht", nil, false, "Nou la pou ou. M ap tande w.", 14, []string{"Nou la pou ou.", "M ap tande w."}},
		{"ht m after a comma", "ht", nil, false, "Si ou pa konnen, m ap ede w jodi a", 16, []string{"Si ou pa konnen,", "m ap ede w", "jodi a"}},
		{"ja not before a particle", "ja", nil, false, "どの子どもも人身取引の被害者になりえます", 10, []string{"どの子どもも人身取", "引の被害者になりえ", "ます"}},
		// a Vietnamese word of two syllables stays on one line where an even break is left
		{"vi word of two syllables", "vi", nil, true, "Sự thật và hỏi đáp về nạn mua bán trẻ vị thành niên vì mục đích tình dục trong nước (DMST)", 34,
			[]string{"Sự thật và hỏi đáp về nạn mua bán", "trẻ vị thành niên vì mục đích", "tình dục trong nước (DMST)"}},
		// "bao giờ" (ever) is a word of two syllables; Tagalog's auxiliary stays with its verb
		{"vi bao giờ", "vi", nil, true, "Trẻ em không bao giờ có lỗi", 18, []string{"Trẻ em không", "bao giờ có lỗi"}},
		// a name's word written with a hyphen stays whole where a break between words is left
		{"en name's word with a hyphen", "en", nil, true, "Franklin County Domestic Violence, Sexual Assault and Human Trafficking Twenty-Four Hour Crisis and Support Line", 44,
			[]string{"Franklin County Domestic Violence,", "Sexual Assault and Human Trafficking", "Twenty-Four Hour Crisis and Support Line"}},
		{"tl auxiliary", "tl", nil, true, "Sinuman ay maaaring ma-traffic", 24, []string{"Sinuman", "ay maaaring ma-traffic"}},
		{"hy modal", "hy", nil, true, "Ցանկացած երեխա կարող է զոհ դառնալ։", 28, []string{"Ցանկացած երեխա", "կարող է զոհ դառնալ։"}},
		{"de modal", "de", nil, true, "Jedes Kind kann Opfer werden.", 20, []string{"Jedes Kind", "kann Opfer werden."}},
		{"ar runt", "ar", nil, false, "اتصل بالخط الساخن الآن مجانا", 24, []string{"اتصل بالخط الساخن", "الآن مجانا"}},
		{"ar narrow", "ar", nil, false, "اتصل بالخط الساخن", 6, []string{"اتصل", "بالخط", "الساخن"}},
		{"written line break ends a paragraph", "en", nil, false, "one two three\nfour five", 30, []string{"one two three", "four five"}},
		{"a phone number stays whole", "en", nil, false, "Call the hotline at (216) 555-0142 today", 26, []string{"Call the hotline at", "(216) 555-0142 today"}},
		{"an Australian number stays whole", "en", nil, false, "Call Lifeline on +61 13 11 14 any time", 26, []string{"Call Lifeline on", "+61 13 11 14 any time"}},
		{"a UK number stays whole", "en", nil, false, "Call us on 0808 2000 247 free", 19, []string{"Call us on", "0808 2000 247 free"}},
		{"a vanity number stays whole", "en", nil, false, "Call 1-800-799-SAFE today", 15, []string{"Call", "1-800-799-SAFE", "today"}},
		{"es a percentage stays whole", "es", nil, false, "Subió un 85 % hoy", 12, []string{"Subió un", "85 % hoy"}},
		{"a time stays whole", "en", nil, false, "We answer 24/7 and in 200+ languages", 14, []string{"We answer 24/7", "and in", "200+ languages"}},
		{"a separator is left out where the line breaks", "en", nil, false, "(216) 443-7345 · info@example.org", 20, []string{"(216) 443-7345", "info@example.org"}},
		{"a bar is left out where the line breaks", "en", nil, false, "Call 988 | text HOME", 10, []string{"Call 988", "text HOME"}},
		{"display: at a separator, left out", "en", nil, true, "Call or text 988 · Free", 18, []string{"Call or text 988", "Free"}},
		{"display: a number stays whole", "en", nil, true, "Call (216) 555-0142 or text HELP", 20, []string{"Call (216) 555-0142", "or text HELP"}},

		{"display: after a sentence, not after No", "es", nil, true, "Gratis, confidencial, 24/7. No tienes que dar tu nombre.", 40, []string{"Gratis, confidencial, 24/7.", "No tienes que dar tu nombre."}},
		{"display: before a preposition, not in a name", "en", nil, true, "Facts and FAQs on Domestic Minor Sex Trafficking (DMST)", 40, []string{"Facts and FAQs", "on Domestic Minor Sex Trafficking (DMST)"}},
		{"display: at the colon", "en", nil, true, "Warning signs: unexplained cash, a controlling adult.", 40, []string{"Warning signs: unexplained cash,", "a controlling adult."}},
		{"display: at the comma", "es", nil, true, "Reclutan en escuelas, centros comerciales y en línea.", 40, []string{"Reclutan en escuelas,", "centros comerciales y en línea."}},
		{"display: before de, never after la", "es", nil, true, "Datos y preguntas frecuentes sobre la trata sexual de menores en EE. UU. (DMST)", 50, []string{"Datos y preguntas frecuentes sobre la trata sexual", "de menores en EE. UU. (DMST)"}},
		{"display: a name breaks only where it must", "es", []string{es}, true, es, 30, []string{"Línea Nacional Contra la Trata", "de Personas"}},
		{"display: written line break", "en", nil, true, "Any child can be trafficked.\nAnyone can help.", 60, []string{"Any child can be trafficked.", "Anyone can help."}},
		{"display: a list stays whole when it can", "en", nil, true, "Recruiting happens in schools, malls and online.", 32, []string{"Recruiting happens", "in schools, malls and online."}},
		{"display: a list's first comma is inside it", "en", nil, true, "For survivors of domestic violence, sexual assault, stalking and trafficking, and those who support them", 70,
			[]string{"For survivors of domestic violence, sexual assault,", "stalking and trafficking, and those who support them"}},
		{"display: a list after a clause's comma", "en", nil, true, "When you are ready to talk to someone, call, text or chat with us.", 50, []string{"When you are ready to talk to someone,", "call, text or chat with us."}},
		{"display: es a list after a clause's comma", "es", nil, true, "Cuando estés lista para hablar con alguien, llama, escribe o chatea con nosotras.", 50,
			[]string{"Cuando estés lista para hablar con alguien,", "llama, escribe o chatea con nosotras."}},
		{"display: not between a modal and its verb", "en", nil, true, "Any child can be trafficked.", 20, []string{"Any child", "can be trafficked."}},
		{"display: not between puede and ser", "es", nil, true, "Todo niño puede ser víctima de trata.", 28, []string{"Todo niño puede ser víctima", "de trata."}},
		{"display: a clause's comma is a good break", "en", nil, true, "If you see something, call the hotline now.", 30, []string{"If you see something,", "call the hotline now."}},
		{"display: a third line rather than a name split", "en", nil, true, "Facts and FAQs on Domestic Minor Sex Trafficking (DMST)", 28, []string{"Facts and FAQs", "on Domestic Minor", "Sex Trafficking (DMST)"}},
		{"display: one line when it fits", "en", nil, true, "You are not alone.", 60, []string{"You are not alone."}},
		// a bound name too long for a line parts between its halves, never leaving one of its
		// words alone or a line ending on a little word; a little word inside it is of its run
		{"display: a name between its halves", "en", []string{clinic}, true, clinic, 40, []string{"Clínica La Esperanza", "Community Health Center"}},
		{"display: no word of a name alone", "es", []string{centro}, true, centro, 44, []string{"Centro de Salud Comunitario", "Clínica La Esperanza"}},
		{"display: no word of a name alone, three lines", "es", []string{centro}, true, centro, 23, []string{"Centro de Salud", "Comunitario Clínica", "La Esperanza"}},
		{"display: not after a name's article", "es", []string{es}, true, es, 29, []string{"Línea Nacional", "Contra la Trata de Personas"}},
		// a name in two scripts breaks between them, not between two Chinese characters of a word
		{"display: zh name between its scripts", "zh", []string{zhName}, true, zhName, 30, []string{"華人社區服務中心", "Chinese Community Services"}},
		{"display: zh name between its scripts, narrow", "zh", []string{zhName}, true, zhName, 12, []string{"華人社區服務中心", "Chinese", "Community", "Services"}},
		// a Korean word of two syllables is no little word; a bound noun stays with its verb
		{"display: ko not before a bound noun", "ko", nil, true, "어떤 아이든 인신매매를 당할 수 있습니다.", 21, []string{"어떤 아이든 인신매매를", "당할 수 있습니다."}},
		{"display: ko not before a bound noun, three lines", "ko", nil, true, "어떤 아이든 인신매매를 당할 수 있습니다.", 11, []string{"어떤 아이든", "인신매매를", "당할 수 있습니다."}},
		// nor is a word of two syllables of a script that writes each with one character:
		// Amharic's determiner keeps its noun, its verb of being its verb; Inuktitut's syllabics
		{"display: am word of two syllables", "am", nil, true, "ማንኛውም ልጅ ሊዘዋወር ይችላል።", 17, []string{"ማንኛውም ልጅ", "ሊዘዋወር ይችላል።"}},
		{"display: am word of two syllables, two lines", "am", nil, true, "6. አንድ ልጅ እየተዘዋወረ ነው ብዬ ከጠረጠርኩ ምን ማድረግ አለብኝ?", 28, []string{"6. አንድ ልጅ እየተዘዋወረ ነው ብዬ", "ከጠረጠርኩ ምን ማድረግ አለብኝ?"}},
		{"display: iu word of two syllables", "iu", nil, true, "ᐃᓄᒃᑎᑐᑦ ᐃᓄ ᐅᖃᐅᓯᖅ ᑎᑎᕋᐅᓯᖅ", 17, []string{"ᐃᓄᒃᑎᑐᑦ ᐃᓄ", "ᐅᖃᐅᓯᖅ ᑎᑎᕋᐅᓯᖅ"}},
		// Japanese breaks where a phrase ends, after hiragana before kanji or katakana, not
		// inside a word of kanji ("事 / 実", "相 / 談")
		{"display: ja at a phrase's end", "ja", nil, true, "子どもの性的搾取についての事実とよくある質問", 14, []string{"子どもの性的搾取についての", "事実とよくある質問"}},
		{"display: ja not inside a word", "ja", nil, true, "スキャンして相談先と情報を見る", 9, []string{"スキャンして", "相談先と情報を見る"}},
		{"display: ja not after the polite prefix", "ja", nil, true, "まずはお気軽にご相談ください", 8, []string{"まずはお気軽に", "ご相談ください"}},
		// every Vietnamese syllable is written as a word: none is a little word to break
		// before, and "quý / vị" leaves no line of two syllables
		{"display: vi even", "vi", nil, true, "Khi quý vị gọi điện hoặc nhắn tin", 15, []string{"Khi quý vị", "gọi điện", "hoặc nhắn tin"}},
		{"display: vi trợ giúp", "vi", nil, true, "Quét để nhận trợ giúp và thông tin", 21, []string{"Quét để nhận trợ giúp", "và thông tin"}},
		// Chinese writes no spaces: a word of two characters of the commonest stays whole where
		// an even break is left ("可 / 以", "从 / 事"); a comma is still the better break
		{"display: zh 可以", "zh", nil, true, "我们随时可以帮助你", 5, []string{"我们随时", "可以帮助你"}},
		{"display: zh 从事", "zh", nil, true, "未成年人可以同意从事商业性行为吗？", 9, []string{"未成年人可以同意", "从事商业性行为吗？"}},
		{"display: zh at the comma", "zh", nil, true, "如果你需要帮助，可以随时联系我们", 9, []string{"如果你需要帮助，", "可以随时联系我们"}},
		{"display: zh three lines", "zh", nil, true, "任何孩子都可能被贩运，每个人都可以提供帮助。", 8, []string{"任何孩子都可能", "被贩运，每个人", "都可以提供帮助。"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := Typeset(mono{}, tt.lang, tt.names...)
			f := wrap
			if tt.even { // a display line that may take a line more, as titles and facts do
				f = func(m Measurer, st Style, at diag.Located, width float64, where string) ([]string, error) {
					return wrapEvenIn(m, st, at, width, 3, where)
				}
			}
			got, err := f(m, Style{Size: 2}, diag.Located{Text: tt.text}, tt.width, "test")
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
