package content

import (
	"cmp"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"go.yaml.in/yaml/v3"

	defaultcontent "haven/content"
	"haven/internal/diag"
)

// The hint of a revealing word gives a neutral example in the card's own language, and none
// in a language haven has no example in.
func TestDiscreetHintLanguage(t *testing.T) {
	for _, tt := range []struct{ lang, text, want string }{
		{"en", "Sexual harm", `choose neutral words ("Need to talk?"), or`},
		{"es", "Abuso", `choose neutral words ("¿Necesitas hablar?"), or`},
		{"es-MX", "Abuso", `choose neutral words ("¿Necesitas hablar?"), or`},
		{"vi", "mua bán", `choose neutral words ("Cần người lắng nghe?"), or`},
		{"pt-BR", "Abuso", `choose neutral words ("Precisa conversar?"), or`},
		{"de", "Gewalt", `choose neutral words ("Möchtest du reden?"), or`},
		{"nl", "mua bán", "choose neutral words, or"},
	} {
		txt := Text{Discreet: DiscreetText{Headline: diag.Located{File: "t.yaml", Line: 7, Field: "discreet.headline", Text: tt.text},
			Avoid: []diag.Located{{Text: "mua bán"}}}}
		ps := checkDiscreet(tt.lang+"/text.yaml", tt.lang, &txt, diag.Located{})
		if len(ps) == 0 || !strings.HasPrefix(ps[0].Hint, tt.want) {
			t.Errorf("%s: %v; want the hint to start %s", tt.lang, ps, tt.want)
		}
	}
}

// Each neutral headline a hint quotes passes its own language's list.
func TestNeutralExamples(t *testing.T) {
	for lang, ex := range neutralExamples {
		if w := split(ex).avoided(avoidList(lang, DiscreetText{})).as; w != "" {
			t.Errorf("%s: the example %q prints %q", lang, ex, w)
		}
	}
}

// A discreet card's words are checked in any case, with or without accents, however
// disguised (invisible characters, ligatures, look-alike letters, run together in a hashtag),
// against the language's list with the content's discreet.avoid added and discreet.allow
// taken off; phrases too. Short words are found only whole, or inside words run together.
func TestDiscreetWords(t *testing.T) {
	at := func(field, s string) diag.Located {
		return diag.Located{File: "t.yaml", Line: 7, Field: field, Text: s}
	}
	tests := []struct {
		lang, headline, back string
		avoid, allow         []string
		want                 string // the word named, or ""
	}{
		{"en", "Need to talk?", "You do not have to give your name.", nil, nil, ""},
		{"en", "Domestic VIOLENCE?", "", nil, nil, "violence"},
		{"en", "Need to talk?", "Sexual harm is never your fault.", nil, nil, "sexual"},
		{"es", "¿Quieres hablar?", "Ayuda ante la EXPLOTACION", nil, nil, "explotación"},
		{"es", "¿Sufres VIOLENCIA?", "", nil, nil, "violencia"},
		// French, as a Quebec shelter would write its line
		{"fr", "Femme battue ?", "", nil, nil, "femme battue"},
		{"fr", "Besoin de parler ?", "Femmes battues, gardez ce numéro.", nil, nil, "femmes battues"},
		{"fr", "Frappée ?", "", nil, nil, "frappée"},
		{"fr", "Besoin de parler ?", "Hébergement d'urgence pour femmes", nil, nil, "hébergement d'urgence"},
		{"fr", "Besoin de parler ?", "SOS femmes, jour et nuit", nil, nil, "sos femmes"},
		// the trade's own words, what it takes and what it makes owed
		{"en", "Working as an escort?", "", nil, nil, "escort"},
		{"en", "Need to talk?", "Escorts, strippers, anyone: call us.", nil, nil, "escorts"},
		{"en", "Hooker? Call.", "", nil, nil, "hooker"},
		{"en", "Massage parlor job?", "", nil, nil, "massage parlor"},
		{"en", "Passport taken?", "", nil, nil, "passport taken"},
		{"en", "Owe a debt you cannot pay?", "", nil, nil, "owe a debt"},
		{"en", "Need to talk?", "Stripped floors, a booked cooker, hoovers and tripping hazards.", nil, nil, ""},
		{"fr", "Besoin de parler ?", "Record battu ! Un café frappé ?", nil, nil, ""}, // of a record, a drink
		{"es", "Tratamiento gratuito", "", nil, nil, ""},                              // "trata" is short: whole words only
		{"pt-BR", "Precisa conversar?", "", []string{"tráfico"}, nil, ""},
		{"pt-BR", "Tráfico?", "", []string{"trafico"}, nil, "trafico"},      // the content's own form first
		{"en", "Domestic violence?", "", []string{"gang"}, nil, "violence"}, // the content's list adds to the built-in one
		{"en", "Gang trouble?", "", []string{"gang"}, nil, "gang"},
		{"en", "Domestic violence?", "", nil, []string{"Violence"}, ""}, // taken off on purpose
		// disguised
		{"en", "Traf\u200cficking?", "", nil, nil, "trafficking"},  // zero-width non-joiner
		{"en", "Traf\u200bficking?", "", nil, nil, "trafficking"},  // zero-width space
		{"en", "Traf\u00adficking?", "", nil, nil, "trafficking"},  // soft hyphen
		{"en", "Traf\ufb01cking?", "", nil, nil, "trafficking"},    // ligature fi
		{"en", "S\u0435x?", "", nil, nil, "sex"},                   // Cyrillic e
		{"en", "\u0405\u0435\u0445?", "", nil, nil, "sex"},         // all Cyrillic
		{"en", "Ｓｅｘ?", "", nil, nil, "sex"},                        // full width
		{"en", "Need to talk about ᴀʙᴜsᴇ?", "", nil, nil, "abuse"}, // small capitals
		{"en", "Need to talk about ᴀʙᴜꜱᴇ?", "", nil, nil, "abuse"},
		{"en", "ᴛʀᴀꜰꜰɪᴄᴋɪɴɢ?", "", nil, nil, "trafficking"},
		{"en", "Need to talk about ʌbuse?", "", nil, nil, "abuse"}, // a turned v for a
		{"en", "Need to talk about abuʂe?", "", nil, nil, "abuse"}, // s with a hook
		{"en", "ᴺᵉᵉᵈ ᵗᵒ ᵗᵃˡᵏ?", "", nil, nil, ""},
		{"en", "Need to talk?", "#EndHumanTrafficking", nil, nil, "trafficking"},
		{"en", "Need to talk?", "#endhumantrafficking", nil, nil, "trafficking"},
		{"en", "Need to talk?", "StopTheAbuse", nil, nil, "abuse"},
		{"en", "Need to talk?", "#stopabuse", nil, nil, "abuse"},                    // a shorter word inside a hashtag
		{"en", "Need to talk?", "stopabuse", nil, nil, ""},                          // ... but not inside any word
		{"en", "Need to talk?", "antitrafficking network", nil, nil, "trafficking"}, // long words inside any word
		{"en", "Need to talk?", "Come to Essex or Middlesex.", nil, nil, ""},
		{"en", "Need to talk?", "#VisitEssex", nil, nil, ""},
		{"en", "Need to talk?", "Therapists, grapes and drapes.", nil, nil, ""},
		// phrases
		{"vi", "Cần người lắng nghe?", "", []string{"mua bán", "tình dục"}, nil, ""},
		{"vi", "Mua bán người?", "", []string{"mua bán", "tình dục"}, nil, "mua bán người"},
		{"vi", "Cần người lắng nghe?", "Không phải TÌNH DỤC", []string{"mua bán", "tình dục"}, nil, "tình dục"},
		{"vi", "Cần người lắng nghe?", "#MuaBánNgười", []string{"mua bán"}, nil, "mua bán người"},
		{"vi", "Cần người lắng nghe?", "#muabánngười", []string{"mua bán"}, nil, "mua bán người"},
		{"vi", "Cần người lắng nghe?", "#MuaBánHàng", []string{"mua bán"}, nil, "mua bán"},
		{"vi", "Mua sắm, bán hàng", "", []string{"mua bán"}, nil, ""}, // the words, not in a row
		// what a controlling person would recognise: phrases match their words in a row
		{"en", "Need to talk?", "If someone controls your money, phone or ID, you can get help.", nil, nil, "controls"},
		{"en", "Need to talk?", "Did they take YOUR  PASSPORT?", nil, nil, "your passport"},
		{"en", "Need to talk?", "We help you get out.", nil, nil, "get out"},
		{"en", "Need to talk?", "Money, phone and ID questions: call us. Get help, out of hours too.", nil, nil, ""}, // ordinary words apart
		{"es", "¿Quieres hablar?", "Si alguien te obliga a hacer cosas", nil, nil, "obliga"},
		{"es", "¿Quieres hablar?", "¿Te quitaron tus documentos?", nil, nil, "tus documentos"},
		{"es", "¿Quieres hablar?", "Tú decides qué contar. Dinero, celular: pregunta.", nil, nil, ""},
		{"en", "Need to talk?", "Sexual abuse is never your fault.", nil, nil, "sexual"}, // the first in the text
		{"en", "Sextant club", "Rapeseed oil", nil, nil, ""},                             // not whole words
		// the court's help names what it protects from
		{"en", "Need to talk?", "Help getting a restraining order or protective order.", nil, nil, "restraining order"},
		{"en", "Need to talk?", "Questions about Protective Orders?", nil, nil, "protective orders"},
		{"en", "Need to talk?", "Ask about a protection order.", nil, nil, "protection order"},
		{"en", "Need to talk?", "Worried about custody of your kids?", nil, nil, "custody"},
		{"en", "Need to talk?", "Order online; we restrain nothing.", nil, nil, ""},
		{"es", "¿Quieres hablar?", "Ayuda con una orden de alejamiento.", nil, nil, "orden de alejamiento"},
		{"es", "¿Quieres hablar?", "¿Necesitas una ORDEN DE PROTECCION?", nil, nil, "orden de protección"},
		{"es", "¿Quieres hablar?", "Preguntas sobre la custodia.", nil, nil, "custodia"},
		// inflected forms, and what a controlling person would recognise
		{"en", "Need to talk?", "If you were raped or he is abusing you.", nil, nil, "raped"},
		{"en", "Need to talk?", "He is abusing you.", nil, nil, "abusing"},
		{"en", "Kicked or slapped?", "", nil, nil, "kicked"},
		{"en", "Punched?", "", nil, nil, "punched"},
		{"en", "Did he push you?", "", nil, nil, "push you"},
		{"en", "Are you being sold?", "", nil, nil, "being sold"},
		{"en", "Does he lock you in?", "", nil, nil, "lock you in"},
		{"en", "Is someone taking your wages?", "", nil, nil, "your wages"},
		{"en", "Does he isolate you?", "", nil, nil, "isolate you"},
		{"en", "Not allowed to see your family?", "", nil, nil, "not allowed to see"},
		{"en", "Does someone watch where you go?", "", nil, nil, "watch where you go"},
		{"en", "Pushed for time? Lock in a time to talk; we kick off at 9.", "", nil, nil, ""},
		{"es", "¿Te empuja?", "", nil, nil, "te empuja"},
		{"es", "¿Patadas o bofetadas?", "", nil, nil, "patadas"},
		{"es", "¿Te quitan tu sueldo?", "", nil, nil, "tu sueldo"},
		{"en", "Need to talk?", "Rapes happen.", nil, nil, "rapes"},
		{"en", "Need to talk?", "Raping is a crime.", nil, nil, "raping"},
		{"en", "Need to talk?", "Made to work as a prostitute?", nil, nil, "prostitute"},
		{"en", "Were you molested?", "", nil, nil, "molested"},
		{"en", "Need to talk?", "Incest is never your fault.", nil, nil, "incest"},
		{"en", "Is someone stalking you?", "", nil, nil, "stalking"},
		{"en", "Battered?", "", nil, nil, "battered"},
		{"en", "Need to talk?", "Modern slavery", nil, nil, "slavery"},
		{"en", "Need to talk?", "Thinking of self-harm?", nil, nil, "self harm"},
		{"en", "Need to talk?", "Do not kill yourself.", nil, nil, "kill yourself"},
		{"en", "Need to talk?", "If he hits you, call.", nil, nil, "hits you"},
		{"en", "Does it hurt?", "", nil, nil, "hurt"},
		{"en", "Need to talk?", "Does he hurt you?", nil, nil, "hurt you"},
		{"en", "Need to talk?", "It never hurts to ask.", nil, nil, ""},
		{"en", "Need to talk?", "Kidnapped?", nil, nil, "kidnapped"},
		{"en", "Need to talk?", "Were you harassed?", nil, nil, "harassed"},
		{"en", "Need to talk?", "#StopRapes", nil, nil, "rapes"},
		{"en", "Need to talk?", "#therapistrapes", nil, nil, "rapes"},
		{"en", "Need to talk?", "Therapists and rapists", nil, nil, "rapists"},
		{"en", "Need to talk?", "antislavery week", nil, nil, "slavery"},
		{"en", "Need to talk?", "Abusive partner?", nil, nil, "abusive"},
		{"es", "¿Quieres hablar?", "Si fuiste violada o abusada.", nil, nil, "violada"},
		{"es", "¿Quieres hablar?", "Si fuiste abusada.", nil, nil, "abusada"},
		{"es", "¿Quieres hablar?", "¿Te obligan a ser prostituta?", nil, nil, "obligan"},
		{"es", "¿Quieres hablar?", "¿Eres prostituta?", nil, nil, "prostituta"},
		{"es", "¿Quieres hablar?", "¿Fuiste traficada?", nil, nil, "traficada"},
		{"es", "¿Quieres hablar?", "El incesto es un delito.", nil, nil, "incesto"},
		{"es", "¿Quieres hablar?", "¿Sufres ACOSO?", nil, nil, "acoso"},
		{"es", "¿Quieres hablar?", "Las victimas", nil, nil, "víctimas"},
		{"es", "¿Quieres hablar?", "Lo violaron.", nil, nil, "violaron"},
		{"es", "¿Quieres hablar?", "#NoMasAgresores", nil, nil, "agresores"},
		// ... and harmless words that start the same or hold one
		{"en", "Find a therapist near you.", "#FindATherapist", nil, nil, ""},
		{"en", "Grapes and drapes", "#grapevine #skyscraper #beanstalk", nil, nil, ""},
		{"en", "Battery recycling", "Heavy traffic today.", nil, nil, ""},
		{"en", "#BeatYourBest", "We hit the road with you.", nil, nil, ""},
		{"es", "Tratamiento gratuito", "#TratamientoGratis #contratación", nil, nil, ""},
		{"es", "Trato amable", "No es obligatorio dar tu nombre.", nil, nil, ""},
		{"es", "Reforzado", "#violeta #esforzado", nil, nil, ""},
		{"en", "Video game controller club", "Controllers lent free.", nil, nil, ""}, // a game's, not a person's
		{"en", "Need to talk?", "Is he controlling?", nil, nil, "controlling"},
		{"en", "Need to talk?", "Controlled by someone?", nil, nil, "controlled"},
		{"es", "¿Quieres hablar?", "Puedes controlar tu cita.", nil, nil, "controlar"}, // control, as in English
		{"es", "¿Quieres hablar?", "Sin escapar de tu rutina.", nil, nil, "escapar"},
		// the content's own words may stand for their forms too; allowing a word allows its forms
		{"en", "Gangs?", "", []string{"gang+"}, nil, "gangs"},
		{"en", "Gangs?", "", []string{"gang"}, nil, ""},
		{"en", "Abusers", "", nil, []string{"abuse"}, ""},
		// words of scripts written without spaces, or with their grammar joined on, are found
		// inside the runs of letters they stand in
		{"zh-Hans", "想聊聊吗？", "如果你遇到人口贩运，请打电话。", []string{"贩运"}, nil, "贩运"},
		{"ja", "相談できます", "人身取引の相談はこちら。", []string{"人身取引"}, nil, "人身取引"},
		{"ja", "相談できます", "虐待されていますか？", []string{"虐待"}, nil, "虐待"},
		{"ko", "이야기하고 싶나요?", "인신매매를 당하고 있나요?", []string{"인신매매"}, nil, "인신매매"},
		{"ko", "이야기하고 싶나요?", "학대를 받고 있나요?", []string{"학대"}, nil, "학대"},
		{"am", "ማውራት ይፈልጋሉ?", "ለብዝበዛ ተጋልጠዋል?", []string{"ብዝበዛ"}, nil, "ብዝበዛ"},
		{"zh-Hans", "想聊聊吗？", "我们在这里倾听。", []string{"贩运"}, nil, ""},
		{"zh-Hans", "想聊聊吗？", "女性也可以来。", []string{"性"}, nil, ""},
		{"zh-Hans", "想聊聊吗？", "性", []string{"性"}, nil, "性"},
		// the built-in lists of other languages: revealing words in the forms a reader sees,
		// and the ordinary words of a neutral card, some of which hold or look like one
		{"vi", "Cần người lắng nghe?", "Bạn là nạn nhân của mua bán người?", nil, nil, "nạn nhân"},
		{"vi", "Bị BẠO LỰC gia đình?", "", nil, nil, "bạo lực"},
		{"vi", "Cần người lắng nghe?", "Bị xam hai tinh duc?", nil, nil, "xâm hại"}, // without its tones
		{"vi", "Cần người lắng nghe?", "Họ giữ hộ chiếu của bạn?", nil, nil, "hộ chiếu của bạn"},
		{"vi", "Cần người lắng nghe?", "Bạn không đơn độc.", nil, nil, ""},
		{"vi", "Miễn phí và bảo mật, 24/7.", "Chúng tôi lắng nghe.", nil, nil, ""},
		{"vi", "Gọi bất cứ lúc nào.", "Bạn sẽ không bị đánh giá.", nil, nil, ""},
		{"vi", "Từ từ, không vội.", "Mua sắm, bán hàng, nhà thờ.", nil, nil, ""},
		{"vi", "Bạn buồn? Chúng tôi ở đây.", "Từ hai giờ chiều.", nil, nil, ""},
		{"zh-Hans", "想聊聊吗？", "遭受家暴？", nil, nil, "家暴"},
		{"zh-TW", "想聊聊嗎？", "人口販運的受害者", nil, nil, "販運"},
		{"zh-Hant", "想聊聊嗎？", "他拿走了你的護照？", nil, nil, "你的護照"},
		{"zh", "想聊聊吗？", "性剥削", nil, nil, "性剥削"},
		{"zh-Hans", "想聊聊吗？", "你并不孤单。", nil, nil, ""},
		{"zh-Hans", "免费保密，全天候服务。", "我们倾听。随时来电。", nil, nil, ""},
		{"zh-TW", "想聊聊嗎？", "你並不孤單。免費保密。", nil, nil, ""},
		{"zh-Hans", "放在你的钱包里。", "不会被打扰。有什么困扰？被困扰也可以来谈。", nil, nil, ""},
		{"zh-Hans", "想聊聊吗？", "被困在那里？", nil, nil, "被困"},
		{"zh-Hans", "强迫症也可以来谈。", "自动贩卖机旁边。", nil, nil, ""},
		{"ko", "이야기하고 싶나요?", "가정폭력을 겪고 있나요?", nil, nil, "폭력"},
		{"ko", "이야기하고 싶나요?", "성착취 피해자입니다", nil, nil, "성착취"},
		{"ko", "이야기하고 싶나요?", "여권을 빼앗겼나요?", nil, nil, "빼앗겼"},
		{"ko", "이야기하고 싶나요?", "당신은 혼자가 아닙니다.", nil, nil, ""},
		{"ko", "무료이며 비밀이 보장됩니다, 24시간.", "우리는 들어줍니다.", nil, nil, ""},
		{"ko", "언제든지 전화하세요.", "학교 성적 고민도 괜찮아요.", nil, nil, ""},
		{"ko", "건물 구조 안내", "맞았어요, 바로 그거예요.", nil, nil, ""},
		{"ko", "이야기하고 싶나요?", "상담은 무료입니다.", nil, nil, ""},
		{"ar", "هل تحتاج إلى التحدث؟", "هل تتعرض للعنف؟", nil, nil, "للعنف"},
		{"ar", "هل تحتاج إلى التحدث؟", "ضحايا الاتجار بالبشر", nil, nil, "ضحايا"},
		{"ar", "هل تحتاج إلى التحدث؟", "هل أخذوا جواز سفرك؟", nil, nil, "جواز سفرك"},
		{"ar", "هل تحتاج إلى التحدث؟", "العُنف الأسري", nil, nil, "العنف"}, // with a vowel mark
		{"ar", "هل تحتاج إلى التحدث؟", "لست وحدك.", nil, nil, ""},
		// where help is found, and the court's help, in every built-in list
		{"ar", "الخط الساخن", "", nil, nil, "الخط الساخن"},
		{"ar", "هل تحتاج إلى التحدث؟", "اتصلي بخط المساعدة", nil, nil, "بخط المساعدة"},
		{"ar", "هل تحتاج إلى التحدث؟", "ملجأ قريب", nil, nil, "ملجأ"},
		{"vi", "Đường dây nóng", "", nil, nil, "đường dây nóng"},
		{"zh-Hans", "求助热线", "", nil, nil, "热线"},
		{"ko", "핫라인", "", nil, nil, "핫라인"},
		{"ru", "Горячая линия", "", nil, nil, "горячая линия"},
		{"de", "Brauchen Sie ein Kontaktverbot?", "", nil, nil, "kontaktverbot"},
		{"fr", "Ordonnance de protection", "", nil, nil, "ordonnance de protection"},
		{"pt", "Medida protetiva", "", nil, nil, "medida protetiva"},
		{"ar", "مجاني وسري، على مدار الساعة.", "نحن نستمع.", nil, nil, ""},
		{"ar", "اتصل في أي وقت.", "مهما كانت جنسيتك.", nil, nil, ""},
		{"ar", "هل تحتاج إلى التحدث؟", "بغض النظر عن الجنسية أو العمر.", nil, nil, ""},
		{"ar", "هل تحتاج إلى التحدث؟", "نحن هنا لمساعدتك.", nil, nil, ""},
		{"fr", "Besoin de parler ?", "Victime de violences ?", nil, nil, "victime"},
		{"fr", "Besoin de parler ?", "HARCELEMENT au travail ?", nil, nil, "harcèlement"},
		{"fr", "Besoin de parler ?", "Il a pris ton passeport ?", nil, nil, "ton passeport"},
		{"fr", "Besoin de parler ?", "Traite des êtres humains", nil, nil, "traite des êtres humains"},
		{"fr", "Besoin de parler ?", "On a gardé ta carte d’identité ?", nil, nil, "ta carte d'identité"}, // a typographic apostrophe
		{"fr", "Besoin de parler ?", "Vous n'êtes pas seul.", nil, nil, ""},
		{"fr", "Gratuit et confidentiel, 24 h/24.", "Nous vous écoutons.", nil, nil, ""},
		{"fr", "Appelez à tout moment.", "Chaque appel est traité en toute confidentialité.", nil, nil, ""},
		{"fr", "Besoin de parler ?", "Vous n'êtes pas obligé de donner votre nom.", nil, nil, ""},
		{"fr", "Trafic dense ce matin ?", "Vous avez la force d'en parler, forcément.", nil, nil, ""},
		{"pt-BR", "Precisa conversar?", "Sofre violência doméstica?", nil, nil, "violência"},
		{"pt-BR", "Precisa conversar?", "Foi vítima de abuso?", nil, nil, "vítima"},
		{"pt", "Precisa conversar?", "Levaram o seu passaporte?", nil, nil, "seu passaporte"},
		{"pt-BR", "Precisa conversar?", "Tráfico de pessoas", nil, nil, "tráfico de pessoas"},
		{"pt-BR", "Precisa conversar?", "Você não está sozinha.", nil, nil, ""},
		{"pt-BR", "Gratuito e confidencial, 24 horas.", "Nós ouvimos você.", nil, nil, ""},
		{"pt-BR", "Ligue a qualquer hora.", "Obrigada por ligar!", nil, nil, ""},
		{"pt", "Tráfego intenso hoje?", "Veja o escaparate.", nil, nil, ""},
		{"pt-BR", "Precisa conversar?", "Você não é obrigado a dizer seu nome.", nil, nil, ""},
		{"pt-BR", "Equipe esforçada", "Segurança reforçada. Clube de exploradoras.", nil, nil, ""},
		{"pt-BR", "Precisa conversar?", "Foi forçada a trabalhar?", nil, nil, "forçada"},
		{"fr", "Besoin de parler ?", "Mesures renforcées. Nous nous sommes efforcées.", nil, nil, ""},
		{"ru", "Нужно поговорить?", "Домашнее НАСИЛИЕ?", nil, nil, "насилие"},
		{"ru", "Нужно поговорить?", "Торговля людьми", nil, nil, "торговля людьми"},
		{"ru", "Нужно поговорить?", "Они забрали ваш паспорт?", nil, nil, "ваш паспорт"},
		{"ru", "Нужно поговорить?", "Мысли о самоубийстве?", nil, nil, "самоубийстве"},
		{"ru", "Нужно поговорить?", "Вы не одни.", nil, nil, ""},
		{"ru", "Бесплатно и конфиденциально, круглосуточно.", "Мы слушаем.", nil, nil, ""},
		{"ru", "Звоните в любое время.", "У вас есть сила.", nil, nil, ""},
		{"ru", "Нужно поговорить?", "Спасибо за пожертвования.", nil, nil, ""},
		{"ru", "Торговля и услуги", "Мы рядом.", nil, nil, ""},
		{"ht", "Ou bezwen pale?", "Vyolans nan fanmi?", nil, nil, "vyolans"},
		{"ht", "Ou bezwen pale?", "Èske yo pran paspò ou?", nil, nil, "paspò ou"},
		{"ht", "Ou bezwen pale?", "Viktim trafik moun", nil, nil, "viktim"},
		{"ht", "Ou bezwen pale?", "Ou pa poukont ou.", nil, nil, ""},
		{"ht", "Gratis e konfidansyèl, 24/7.", "Nou koute ou.", nil, nil, ""},
		{"ht", "Rele nenpòt lè.", "Trafik la lou jodi a.", nil, nil, ""},
		{"ht", "Ou bezwen pale?", "Nou la pou ou.", nil, nil, ""},
		{"ht", "Ou bezwen pale?", "Sa gratis.", nil, nil, ""},
		{"tl", "Kailangan mo ng kausap?", "Biktima ng karahasan?", nil, nil, "biktima"},
		{"tl", "Kailangan mo ng kausap?", "Kinuha ang pasaporte mo?", nil, nil, "pasaporte mo"},
		{"tl", "Kailangan mo ng kausap?", "Sinasaktan ka ba?", nil, nil, "sinasaktan"},
		{"tl", "Kailangan mo ng kausap?", "Tigil pang-aabuso", nil, nil, "pang aabuso"},
		{"tl", "Kailangan mo ng kausap?", "Hindi ka nag-iisa.", nil, nil, ""},
		{"tl", "Libre at kumpidensyal, 24/7.", "Nakikinig kami.", nil, nil, ""},
		{"tl", "Tumawag anumang oras.", "Samantala, narito kami.", nil, nil, ""},
		{"tl", "Kailangan mo ng kausap?", "Walang bayad ang tawag.", nil, nil, ""},
	}
	for _, tt := range tests {
		txt := Text{HotlineName: at("hotline_name", "National Hotline"), Discreet: DiscreetText{Headline: at("discreet.headline", tt.headline), BackNote: at("discreet.back_note", tt.back)}}
		for _, w := range tt.avoid {
			txt.Discreet.Avoid = append(txt.Discreet.Avoid, at("discreet.avoid", w))
		}
		for _, w := range tt.allow {
			txt.Discreet.Allow = append(txt.Discreet.Allow, at("discreet.allow", w))
		}
		ps := checkDiscreet("t.yaml", tt.lang, &txt, diag.Located{}, txt.HotlineName.Text)
		got := ""
		if len(ps) > 0 {
			got = ps[0].Msg
		}
		switch {
		case tt.want == "" && got != "":
			t.Errorf("%s %q/%q: %s", tt.lang, tt.headline, tt.back, got)
		case tt.want != "" && !strings.Contains(got, `"`+tt.want+`"`):
			t.Errorf("%s %q/%q: got %q, want %q named", tt.lang, tt.headline, tt.back, got, tt.want)
		case tt.want != "" && (ps[0].Line != 7 || !strings.HasPrefix(ps[0].Field, "discreet.")):
			t.Errorf("%s: the problem does not name the field and line: %+v", tt.lang, ps[0])
		case tt.want != "" && !strings.Contains(ps[0].Hint, "to print it on purpose, add '- ") && !strings.Contains(ps[0].Msg, "whose line"):
			t.Errorf("%s %q/%q: the hint does not say how to print it on purpose: %s", tt.lang, tt.headline, tt.back, ps[0].Hint)
		}
	}
}

// discreetLine is the first problem of a discreet card in lang whose back prints line (with
// the content's discreet.allow), "" when none.
func discreetLine(lang, line string, allow ...string) diag.Problem {
	at := func(field, s string) diag.Located {
		return diag.Located{File: lang + "/text.yaml", Line: 7, Field: field, Text: s}
	}
	txt := Text{Discreet: DiscreetText{Headline: at("discreet.headline", "Need to talk?"), BackNote: at("discreet.back_note", line)}}
	for _, w := range allow {
		txt.Discreet.Allow = append(txt.Discreet.Allow, at("discreet.allow", w))
	}
	if ps := checkDiscreet(lang+"/text.yaml", lang, &txt, diag.Located{}); len(ps) > 0 {
		return ps[0]
	}
	return diag.Problem{}
}

// line is one line of a discreet card's back and what its refusal says, "" when it passes.
type line struct{ lang, text, want string }

// checkLines checks each line alone: its refusal holds want and says how to print it on
// purpose, or it passes.
func checkLines(t *testing.T, lines []line) {
	t.Helper()
	for _, tt := range lines {
		p := discreetLine(tt.lang, tt.text)
		switch {
		case tt.want == "" && p.Msg != "":
			t.Errorf("%s %q: %s", tt.lang, tt.text, p)
		case tt.want != "" && !strings.Contains(p.Msg, tt.want):
			t.Errorf("%s %q: %q, want %s", tt.lang, tt.text, p.Msg, tt.want)
		case tt.want != "" && !strings.Contains(p.Hint, "under discreet.allow in "+tt.lang+"/text.yaml"):
			t.Errorf("%s %q: the hint does not say how to print it on purpose: %s", tt.lang, tt.text, p.Hint)
		}
	}
}

// A card in a language without a list of its own is checked for the words the built-in lists
// share, as whole words with their accents: not for another language's everyday word that is
// one of them inside a longer word, without its accents, a letter away, or a toneless
// Vietnamese phrase; the words it borrows are refused, naming the lists.
func TestDiscreetOtherLanguagesWords(t *testing.T) {
	checkLines(t, []line{
		{"it", "Prenota un controllo gratuito.", ""},
		{"it", "Gratuito e senza obbligo.", ""},
		{"it", "Cerca la porta viola al primo piano.", ""},
		{"it", "Forza, non sei solo.", ""},
		{"it", "Evita il traffico: vieni in bici.", ""},
		{"it", "Costa qualcosa? No, le chiamate sono gratuite.", ""},
		{"nl", "Maak een afspraak voor een gratis controle.", ""},
		{"pl", "Bezpłatna kontrola zdrowia.", ""},
		{"pl", "Łatwo nas trafić: parter, pokój 3.", ""},
		// what they borrow, or share with the listed languages
		{"it", "Aiuto contro il trafficking.", `prints "trafficking", a word of the English and Tagalog lists, on the discreet card`},
		{"nl", "Hulp bij sex en geweld.", `prints "sex", a word of the German, English and Tagalog lists,`},
		{"it", "Hai subito un abuso?", `prints "abuso", a word of the Spanish, Portuguese and Tagalog lists,`},
		{"it", "Grooming online", `prints "grooming"`},
	})
}

// An address is read in every list: as the card's language and English read it (inside
// words run together, misspelt, disguised), and every other list's words whole; a word found
// inside a longer one that only ends it (controllo, controle) is another language's everyday
// word, and one written with an accent is read as the address writes it, without.
func TestDiscreetLinkOtherLanguages(t *testing.T) {
	for _, tt := range []struct{ lang, address, want string }{
		{"en", "https://controllo-salute.it/prenota", ""},
		{"en", "https://mijn-controle.nl/afspraak", ""},
		{"en", "https://www.kontrola-zdrowia.pl/", ""},
		{"es", "https://controllo-salute.it/prenota", ""},
		{"it", "https://controllo-salute.it/prenota", ""},
		{"en", "https://samples.org/stoptrafficking", `"stoptrafficking", which holds "trafficking": `},
		{"es", "https://samples.org/stoptrafficking", `which holds "trafficking"`},
		{"it", "https://samples.org/stop-abuse", `says "abuse"`},
		{"en", "https://samples.org/viola", `says "viola", a word of the Spanish list`},
		// another list's word that is an everyday one of the card's language or English
		{"en", "https://samples.org/forces", ""},
		// a form of the card's own list written with an accent is, as an address writes it
		// without, the English word the English list leaves alone (Spanish forcé, English force)
		{"es", "https://www.airforce.com/talk", ""},
		{"es", "https://samples.org/force", ""},
		{"es", "https://www.airforce.com/abuse", `says "abuse"`},
		{"es", "https://samples.org/forzada", `says "forzada"`},
		// a word inside a longer one of the host or path is read where it ends that word or
		// another starts after it, not as its start or its middle
		{"en", "https://therapeutic.weeklyrecipes.net/talk", ""},
		{"en", "https://www.therapeutic-riding.org/talk", ""},
		{"en", "https://chapelhill.samples/talk", ""},
		{"en", "https://rapecrisis.samples/talk", `"rapecrisis", which holds "rape"`},
		{"en", "https://endtraffickingnow.samples/talk", `which holds "trafficking"`},
		{"en", "https://samples.org/sexualhealth", `which holds "sexual"`},
		{"en", "https://samples.org/abuse2027", `"abuse2027", which holds "abuse"`}, // digits end a word
		{"en", "https://trafficking24.samples/talk", `which holds "trafficking"`},
		{"en", "https://therapeutic2.samples/talk", ""},
		{"en", "https://samples.org/raptors2027", ""},
		// csa is community-supported agriculture before it is the field's abbreviation
		{"en", "https://csa.greenvalleyfarm.org/talk", ""},
		{"en", "https://greenvalleyfarm.org/csa", ""},
		{"pt", "https://samples.org/quem-controla", ""},
		{"en", "https://samples.org/violado", `says "violado", a word of the Spanish and Portuguese lists`},
		{"en", "https://samples.org/traficking", `says "traficking" (trafficking)`},
		{"en", "https://samples.org/controlling", `says "controlling"`},
		{"en", "https://samples.org/abusers-help", `says "abusers"`},
		{"it", "https://samples.org/sesso-tr4fficking", `(trafficking)`},
	} {
		ps := checkDiscreetLinks(tt.lang, &Text{}, diag.Located{File: "settings.yaml", Line: 9, Field: "cards.discreet_url", Text: tt.address}, nil, nil, nil)
		got := ""
		if len(ps) > 0 {
			got = ps[0].Msg
		}
		switch {
		case tt.want == "" && got != "":
			t.Errorf("%s %s: %s", tt.lang, tt.address, got)
		case tt.want != "" && !strings.Contains(got, tt.want):
			t.Errorf("%s %s: %q, want %s", tt.lang, tt.address, got, tt.want)
		case tt.want != "" && !strings.Contains(ps[0].Hint, "discreet.allow"):
			t.Errorf("%s %s: the hint does not name discreet.allow: %s", tt.lang, tt.address, ps[0].Hint)
		}
	}
}

// A clinic's ordinary lines pass where a harmless phrase runs across a listed word (birth
// control, controles médicos, trata de llamar) or the word is an everyday one a letter from a
// listed form (control, of controlo); the listed words and phrases are still refused.
func TestDiscreetClinicLines(t *testing.T) {
	checkLines(t, []line{
		{"en", "Free check-ups and birth control.", ""},
		{"en", "Self-control is hard sometimes.", ""},
		{"es", "Control prenatal y vacunas gratis.", ""},
		{"es", "Controles médicos gratuitos cada martes.", ""},
		{"es", "Mira nuestro escaparate en la calle Mayor.", ""},
		{"es", "Trata de llamar temprano, de 9 a 17 h.", ""},
		{"en", "Does someone control you?", `"control"`},
		{"en", "Who controls your money? Not birth control.", `"controls"`},
		{"es", "¿Alguien te controla?", `"controla"`},
		{"es", "Víctima de trata de personas", `"víctima"`},
		{"es", "Trata de personas", `"trata de personas"`},
		{"es", "¿Trata de blancas?", `"trata de blancas"`},
		{"es", "No puedes escapar.", `"escapar"`},
		{"es", "Controles médicos y trata.", `"trata"`},
		{"es", "Controlan tu dinero.", `"controlan"`},
	})
}

// A language code reads the built-in list of its language however it is written: fil is
// Tagalog's standard form, and each language has three-letter codes and regional variants.
func TestDiscreetListCodes(t *testing.T) {
	for code, want := range map[string]string{"fil": "tl", "fil-PH": "tl", "tgl": "tl", "tl": "tl", "zh-Hans": "zh", "zh-Hant-TW": "zh",
		"zh-TW": "zh", "yue": "zh", "pt-BR": "pt", "es-419": "es", "spa": "es", "ar-EG": "ar", "arz": "ar", "fra": "fr", "deu": "de",
		"en-GB": "en", "nl": "nl", "it-CH": "it"} {
		if got := listKey(code); got != want {
			t.Errorf("listKey(%q) = %q, want %q", code, got, want)
		}
	}
	if p := discreetLine("fil", "Biktima ng karahasan?"); !strings.Contains(p.Msg, `prints "biktima" on the discreet card`) {
		t.Errorf("fil: %q, want the Tagalog list's biktima refused as the card's own", p.Msg)
	}
	if p := discreetLine("fil", "Libreng check-up at kontrol ng presyon, walang obligasyon."); p.Msg != "" {
		t.Errorf("fil: %s", p)
	}
}

// Chinese words that hold a listed one pass (被困难, 控制你的情绪); the listed ones alone do not.
func TestDiscreetChineseCompounds(t *testing.T) {
	checkLines(t, []line{
		{"zh", "不要被困难吓倒，我们随时倾听。", ""},
		{"zh-Hant", "不要被困難嚇倒。", ""},
		{"zh", "学会控制你的情绪。", ""},
		{"zh", "被困在那里？", "被困"},
		{"zh", "有人控制你吗？", "控制你"},
		{"zh", "请把这个号码存进你的手机。", "你的手机"},
		{"zh", "被困难？不，被困了。", "被困"},
	})
}

// The phrases kept on the lists on purpose (your phone, force you) are refused with why, and
// how to print them on purpose; discreet.allow then lets them print.
func TestDiscreetPhrasesOnPurpose(t *testing.T) {
	for _, tt := range []struct{ lang, line, allow, want string }{
		{"en", "Save this number in your phone.", "your phone", `"your phone" on the discreet card: whoever finds the card, even someone who checks the phone`},
		{"es", "Guarda este número en tu celular.", "tu celular", `"tu celular" on the discreet card: whoever finds`},
		{"en", "No one will force you to do anything.", "force you", `"force you" on the discreet card: whoever finds`},
		{"fr", "Personne ne vous force à parler.", "vous force", `"vous force"`},
		{"de", "Niemand zwingt dich zu reden.", "zwingt dich", `"zwingt dich"`},
		{"es", "Nadie te obliga a nada.", "obligar", `"obliga" on the discreet card, which must not say what it is about`},
	} {
		p := discreetLine(tt.lang, tt.line)
		if !strings.Contains(p.Msg, tt.want) || !strings.Contains(p.Hint, "to print it on purpose, add '- ") {
			t.Errorf("%s %q: %s; want %s and how to print it on purpose", tt.lang, tt.line, p, tt.want)
		}
		if p := discreetLine(tt.lang, tt.line, tt.allow); p.Msg != "" {
			t.Errorf("%s %q, with discreet.allow %q: %s", tt.lang, tt.line, tt.allow, p)
		}
	}
}

// Names are found with or without a leading article, with any spaces, run together; a site by
// its registrable domain, whatever its subdomain, with or without its suffix.
func TestDiscreetNamedIn(t *testing.T) {
	names := []string{"National Human Trafficking Hotline", "The Mission Haven", "Hope", "stopit-ohio.org", "nhh.org"}
	tests := []struct{ text, want string }{
		{"Need to talk? Call or text, 24/7.", ""},
		{"Mission Haven. Call or text, 24/7.", "The Mission Haven"},
		{"The Mission\u00a0Haven", "The Mission Haven"},
		{"the  mission   haven", "The Mission Haven"},
		{"#MissionHaven", "The Mission Haven"},
		{"Mission\u200bHaven", "The Mission Haven"},
		{"A mission: a haven for you.", ""},
		{"More at stopit-ohio.org", "stopit-ohio.org"},
		{"More at www.stopit-ohio.org/guide", "stopit-ohio.org"},
		{"Search StopIt Ohio", "stopit-ohio.org"},
		{"Hope is here.", "Hope"},
		{"Hopeful days", ""}, // a short name only whole
		{"See nhh.org", "nhh.org"},
		{"Call the national human trafficking hotline", "National Human Trafficking Hotline"},
	}
	for _, tt := range tests {
		if got := namedIn(split(tt.text), namesOf(names)).as; got != tt.want {
			t.Errorf("%q: named %q, want %q", tt.text, got, tt.want)
		}
	}
	for host, want := range map[string]string{"www.stopit-ohio.org": "stopit-ohio.org", "chat.example.co.uk": "example.co.uk", "Samples.org.": "samples.org", "localhost": "localhost"} {
		if got := registrable(host); got != want {
			t.Errorf("registrable(%q) = %q, want %q", host, got, want)
		}
	}
}

// The discreet card prints neither the hotline's name, the organisation's nor the hotline's
// site on either side unless the content asks (discreet.show_names); content that gave the
// back the hotline's name, as the built-in content once did, gets the neutral heading; the
// card settings are checked.
func TestDiscreetNamesAndCardSettings(t *testing.T) {
	const back = "  back_title: Free, private support, 24/7"
	tests := []struct {
		name      string
		file      string
		old, new  string
		want      string // in the error; "" loads
		backTitle string // the English discreet back's heading, when it loads
	}{
		{"neutral", "en/text.yaml", back, back, "", "Free, private support, 24/7"},
		{"the hotline's name, as before", "en/text.yaml", back, "  back_title: National Human Trafficking Hotline", "", "Free, private support, 24/7"},
		{"no heading", "en/text.yaml", back + "\n", "", "", "Free, private support, 24/7"},
		{"the name in a line", "en/text.yaml", "    - Someone will listen, day or night.", "    - The National Human Trafficking Hotline listens.",
			`discreet.back_lines[1]: prints "National Human Trafficking Hotline"`, ""},
		{"the organisation", "en/text.yaml", "  back_note: Keep this", "  back_note: The Mission Haven. Keep this",
			`discreet.back_note: prints "The Mission Haven"`, ""},
		{"the site", "en/text.yaml", "  back_note: Keep this", "  back_note: See humantraffickinghotline.org. Keep this",
			`prints "humantraffickinghotline.org"`, ""},
		{"the organisation, asked for", "en/text.yaml", "  back_note: Keep this", "  show_names: true\n  back_note: The Mission Haven. Keep this", "", "Free, private support, 24/7"},
		{"an unknown audience", "settings.yaml", "\ncolours:", "\ncards:\n  audience: parents\n\ncolours:", `cards.audience: "parents" should be you or adult`, ""},
		{"a discreet address that is not https", "settings.yaml", "\ncolours:", "\ncards:\n  discreet_url: http://samples.org/talk\n\ncolours:", "cards.discreet_url", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Load(edit(t, tt.file, tt.old, tt.new), "content", Overrides{Discreet: true})
			switch {
			case tt.want == "" && err != nil:
				t.Fatal(err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Fatalf("got %v, want an error with %q", err, tt.want)
			case tt.want == "":
				if got := c.Languages[0].Text.Discreet.BackTitle.Text; got != tt.backTitle {
					t.Errorf("the discreet back's heading is %q, want %q", got, tt.backTitle)
				}
			}
		})
	}
	// the adult's card needs its section
	b, err := fs.ReadFile(defaultcontent.FS, "en/text.yaml")
	if err != nil {
		t.Fatal(err)
	}
	txt := string(b)
	noObserver := txt[:strings.Index(txt, "# The card for adults")] + txt[strings.Index(txt, "# The discreet card"):]
	fsys := withFile(t, "en/text.yaml", []byte(noObserver))
	if _, err := Load(fsys, "content", Overrides{}); err != nil {
		t.Fatalf("the observer's section is optional: %v", err)
	}
	// ... unless the card is the adult's
	settings, err := fs.ReadFile(defaultcontent.FS, "settings.yaml")
	if err != nil {
		t.Fatal(err)
	}
	fsys.(fstest.MapFS)["settings.yaml"] = &fstest.MapFile{Data: []byte(strings.Replace(string(settings), "\ncolours:", "\ncards:\n  audience: adult\n\ncolours:", 1))}
	if _, err := Load(fsys, "content", Overrides{}); err == nil || !strings.Contains(err.Error(), "en/text.yaml: observer: missing") {
		t.Errorf("the adult's card without its section: %v", err)
	}
}

// What the discreet card's code carries into the phone's history is checked when the content
// is loaded: cards.discreet_url's site and words, the campaign's words; sites of the hotline
// and the organisation are found in the card's text whatever their subdomain; a language
// whose card no list checks is warned of.
func TestDiscreetLinks(t *testing.T) {
	type change struct{ file, old, new string }
	const cols = "\ncolours:"
	discreet := func(u string) change {
		return change{"settings.yaml", cols, "\ncards:\n  discreet_url: " + u + "\n" + cols}
	}
	const note = "  back_note: Keep this number for when you need it."
	tests := []struct {
		name     string
		changes  []change
		campaign string // --campaign
		want     string // in the error; "" loads
		warn     string // in a warning
	}{
		{"neutral", []change{discreet("https://samples.org/talk")}, "spring-2027", "", ""},
		{"the hotline's site", []change{discreet("https://humantraffickinghotline.org/talk")}, "",
			`settings.yaml:45: cards.discreet_url: opens humantraffickinghotline.org, which names "humantraffickinghotline.org"`, ""},
		{"the hotline's site, another subdomain", []change{discreet("https://help.humantraffickinghotline.org")}, "",
			`opens humantraffickinghotline.org`, ""},
		{"the organisation's name in the host", []change{discreet("https://missionhaven.org/talk")}, "",
			`opens missionhaven.org, which names "The Mission Haven"`, ""},
		{"the organisation's site, asked for", []change{discreet("https://missionhaven.org/talk"), {"en/text.yaml", note, "  show_names: true\n" + note}, {"es/text.yaml", "  back_note: Guarda", "  show_names: true\n  back_note: Guarda"}}, "", "", ""},
		{"a revealing path", []change{discreet("https://samples.org/sex-trafficking-help")}, "",
			`cards.discreet_url: "https://samples.org/sex-trafficking-help" says "sex"`, ""},
		{"a revealing query", []change{discreet("https://samples.org/talk?topic=abuse")}, "", `says "abuse"`, ""},
		{"a revealing word run into the host", []change{discreet("https://endabuse.samples/talk")}, "", `says "endabuse", which holds "abuse": `, ""},
		{"a revealing word in Spanish", []change{discreet("https://samples.org/explotacion")}, "", `says "explotación"`, ""},
		{"an abbreviation in the query", []change{discreet("https://samples.org/talk?src=dmst")}, "", `cards.discreet_url: "https://samples.org/talk?src=dmst" says "dmst"`, ""},
		{"an abbreviation in the path", []change{discreet("https://samples.org/dv")}, "", `says "dv"`, ""},
		{"an abbreviation in the host", []change{discreet("https://ipv-help.samples/talk")}, "", `says "ipv"`, ""},
		{"an abbreviation in the fragment", []change{discreet("https://samples.org/talk#csec")}, "", `says "csec"`, ""},
		{"an abbreviation run into the host", []change{discreet("https://stopdv.samples/talk")}, "", `says "stopdv" (dv), which those who know the field read as what it is about`, ""},
		{"an abbreviation after a word", []change{discreet("https://talkipv.samples/talk")}, "", `says "talkipv" (ipv)`, ""},
		{"an abbreviation's letters after a name", []change{discreet("https://davidv.samples/talk")}, "", "", ""},
		{"an abbreviation run into a word", []change{discreet("https://samples.org/dvhelp")}, "", `says "dvhelp" (dv)`, ""},
		{"an abbreviation's letters at a word's start", []change{discreet("https://dvdnights.samples/talk")}, "", "", ""},
		{"an abbreviation's letters ending a word", []change{discreet("https://www.legaladv.samples/talk")}, "", "", ""}, // adv, advice
		{"an abbreviation's letters ending a short word", []change{discreet("https://www.tdv.samples/talk")}, "", "", ""},
		{"the organisation's site as the discreet page's", []change{discreet("https://quietnotes.org/talk"),
			{"settings.yaml", "resource_url: https://humantraffickinghotline.org", "resource_url: https://quietnotes.org/info\nsite:\n  discreet: true\n  privacy_url: https://www.getsafeonline.org/"},
			{"settings.yaml", `  name: The Mission Haven`, "  name: The Mission Haven\n  website: https://quietnotes.org"}}, "",
			`cards.discreet_url: opens quietnotes.org, which names "quietnotes.org"`, ""},
		// every label of the host is read, as a phone shows it; everyday ones pass
		{"a revealing subdomain", []change{discreet("https://trafficking.weeklyrecipes.net/talk")}, "", `cards.discreet_url: "https://trafficking.weeklyrecipes.net/talk" says "trafficking"`, ""},
		{"an abbreviation as a subdomain", []change{discreet("https://dv.weeklyrecipes.net/talk")}, "", `says "dv"`, ""},
		{"a shelter subdomain", []change{discreet("https://shelter.weeklyrecipes.net/talk")}, "", `says "shelter"`, ""},
		{"a safe house subdomain", []change{discreet("https://safehouse.weeklyrecipes.net/talk")}, "", `says "safe house"`, ""},
		{"a hyphenated subdomain", []change{discreet("https://help.end-abuse.weeklyrecipes.net/talk")}, "", `says "abuse"`, ""},
		{"the organisation's name as a subdomain", []change{discreet("https://missionhaven.weeklyrecipes.net/talk")}, "", `opens missionhaven.weeklyrecipes.net, which names "The Mission Haven"`, ""},
		{"an everyday subdomain", []change{discreet("https://www.weeklyrecipes.net/talk")}, "", "", ""},
		{"a language code as a subdomain", []change{discreet("https://ht.weeklyrecipes.net/talk")}, "", "", ""},
		{"another language's everyday words as a subdomain", []change{discreet("https://controllo-salute.weeklyrecipes.net/talk")}, "", "", ""},
		{"letters that only contain one", []change{discreet("https://samples.org/advice?hts=1")}, "", "", ""},
		{"a language code that is also an abbreviation", []change{discreet("https://samples.org/ht/talk?lang=ht")}, "", "", ""},
		{"a country code that is also one", []change{discreet("https://samples.org/ar-sa/talk?country=sa")}, "", "", ""},
		// the discreet card's link carries the campaign only as an opaque code, but the other
		// codes carry it by name: a revealing one is refused, whatever the mode
		{"a plain campaign", []change{discreet("https://samples.org/talk")}, "spring-2027", "", ""},
		{"a revealing campaign", []change{discreet("https://samples.org/talk")}, "human-trafficking-2027", `"human-trafficking-2027" says "trafficking": the campaign is carried by name in every QR link`, ""},
		{"an abbreviated campaign", []change{discreet("https://samples.org/talk")}, "dmst-2027", `"dmst-2027" says "dmst"`, ""},
		{"a campaign in settings", []change{discreet("https://samples.org/talk"), {"settings.yaml", `campaign: ""`, "campaign: dv-2027"}}, "", `campaign: "dv-2027" says "dv"`, ""},
		{"the hotline's site with www", []change{{"settings.yaml", "resource_url: https://humantraffickinghotline.org", "resource_url: https://www.stopit-ohio.org/guide"}, {"en/text.yaml", note, "  back_note: More at stopit-ohio.org"}}, "",
			`en/text.yaml:61: discreet.back_note: prints "stopit-ohio.org"`, ""},
		{"the chat's site", []change{{"settings.yaml", `  chat: ""`, "  chat: https://chat.stopit-ohio.org"}, {"en/text.yaml", note, "  back_note: Chat at stopit-ohio.org"}}, "",
			`discreet.back_note: prints "stopit-ohio.org"`, ""},
		{"the organisation without its article", []change{{"en/text.yaml", "  subline: Call or text, 24/7. Free and private.", "  subline: Mission Haven. Call or text, 24/7."}}, "",
			`discreet.subline: prints "Mission Haven" (The Mission Haven) on the discreet card`, ""},
		{"the hotline's name asked for", []change{{"en/text.yaml", note, "  show_names: true\n  back_note: National Human Trafficking Hotline. Confidential."}}, "", "", ""},
		{"the hotline's name asked for, run together", []change{{"en/text.yaml", note, "  show_names: true\n  back_note: \"#NationalHumanTraffickingHotline, missionmissionhavenhaven\""}}, "", "", ""},
		{"the hotline's name asked for, and the word besides", []change{{"en/text.yaml", note, "  show_names: true\n  back_note: National Human Trafficking Hotline, for trafficking."}}, "",
			`discreet.back_note: prints "trafficking"`, ""},
		{"a language without a list", []change{{"nl/text.yaml", "", ""}}, "", "",
			`content/nl/text.yaml:55: discreet.avoid: the discreet card in nl is checked only for the revealing words that haven's built-in lists share (such as sex, trafficking, abuso), none of its own (add discreet.avoid to nl/text.yaml`},
		{"a language without a list, printing another's word", []change{{"nl/text.yaml", "", ""}, {"nl/text.yaml", note, "  back_note: Hulp bij mensenhandel en trafficking."}}, "",
			`nl/text.yaml:61: discreet.back_note: prints "trafficking"`, ""},
		{"a language with its own list", []change{{"nl/text.yaml", "", ""}, {"nl/text.yaml", note, "  avoid: [mensenhandel]\n" + note}}, "", "", ""},
		{"German, with its built-in list", []change{{"de/text.yaml", "", ""}, {"de/text.yaml", note, "  back_note: Opfer von Menschenhandel?"}}, "",
			`de/text.yaml:61: discreet.back_note: prints "opfer"`, ""},
		{"a language with a built-in list", []change{{"pt/text.yaml", "", ""}}, "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := edit(t, "settings.yaml", "", "")
			for _, c := range tt.changes {
				m := fsys.(fstest.MapFS)
				if c.old == "" { // a language like English, without its list
					lang := path.Dir(c.file)
					m[lang+"/text.yaml"], m[lang+"/faq.md"] = &fstest.MapFile{Data: m["en/text.yaml"].Data}, m["en/faq.md"]
					continue
				}
				f := m[c.file]
				if !strings.Contains(string(f.Data), c.old) {
					t.Fatalf("%s has no %q", c.file, c.old)
				}
				f.Data = []byte(strings.Replace(string(f.Data), c.old, c.new, 1))
			}
			c, err := Load(fsys, "content", Overrides{Campaign: tt.campaign, Discreet: true})
			switch {
			case tt.want == "" && err != nil:
				t.Fatal(err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Fatalf("got %v, want an error with %q", err, tt.want)
			case tt.want != "" && strings.Count(err.Error(), tt.want) > 1:
				t.Errorf("the problem is told more than once: %v", err)
			case tt.want == "" && tt.warn != "" && !strings.Contains(c.Warnings.Error(), tt.warn):
				t.Errorf("warnings %v, want %q", c.Warnings, tt.warn)
			case tt.want == "" && tt.warn == "" && slices.ContainsFunc(c.Warnings, func(w diag.Problem) bool { return strings.HasPrefix(w.Field, "discreet") }):
				t.Errorf("warnings %v", c.Warnings)
			}
		})
	}
}

// Any text is checked, and ends: a revealing word after it is still found, and a name in it,
// printed on purpose, is taken out however it repeats.
func FuzzDiscreetWords(f *testing.F) {
	for _, s := range []string{"Need to talk?", "missionmissionhavenhaven", "#EndHuman\u200cTrafficking", "S\u0435x", "ǅ\ufb01\u00ad", "mua bán người"} {
		f.Add(s, "Mission Haven")
	}
	f.Fuzz(func(t *testing.T, s, name string) {
		at := func(field, s string) diag.Located {
			return diag.Located{File: "t.yaml", Line: 1, Field: field, Text: s}
		}
		txt := Text{Discreet: DiscreetText{Headline: at("discreet.headline", s+" trafficking"), BackNote: at("discreet.back_note", name+" "+s+" "+name), ShowNames: true}}
		if n := strings.Join(nameWords(name), ""); n != "" && (strings.Contains(n, "traffick") || strings.Contains("trafficking", n)) {
			t.Skip("the name holds the word, and is printed on purpose")
		}
		ps := checkDiscreet("en/t.yaml", "en", &txt, diag.Located{}, name)
		if len(ps) == 0 || ps[0].Field != "discreet.headline" {
			t.Errorf("%q + trafficking passes: %v", s, ps)
		}
	})
}

// Content that kept the built-in discreet line of before (which said what the card is for)
// still loads: the line is replaced by the neutral one, with a warning naming its place. So
// does the first content haven wrote (testdata/firstschema, haven init's at its first commit),
// its handout.scan_note, printed no more, warned of.
func TestFormerDiscreetLines(t *testing.T) {
	for _, dir := range []string{"oldschema", "firstschema"} {
		t.Run(dir, func(t *testing.T) { formerDiscreetLines1(t, dir) })
	}
}

func formerDiscreetLines1(t *testing.T, dir string) {
	c, err := Load(os.DirFS(filepath.Join("..", "..", "testdata", dir)), dir, Overrides{})
	if err != nil {
		t.Fatal(err)
	}
	if dir == "firstschema" && !slices.ContainsFunc(c.Warnings, func(w diag.Problem) bool {
		return w.Field == "handout.scan_note" && strings.Contains(w.Msg, "no longer printed")
	}) {
		t.Errorf("no warning of handout.scan_note: %v", c.Warnings)
	}
	for _, lang := range c.Languages {
		l := lang.Text.Discreet.BackLines[0]
		if _, former := formerDiscreetLines[l.Text]; former || l.Text == "" {
			t.Errorf("%s: the discreet back still prints %q", lang.Code, l.Text)
		}
		warned := false
		for _, w := range c.Warnings {
			warned = warned || w.File == l.File && w.Line == l.Line && strings.Contains(w.Msg, "former discreet line")
		}
		if !warned {
			t.Errorf("%s: no warning at %s:%d: %v", lang.Code, l.File, l.Line, c.Warnings)
		}
	}
}

// The check runs in every build: both sides of each language's discreet card, and the links.
func BenchmarkDiscreet(b *testing.B) {
	c, err := Load(defaultcontent.FS, "content", Overrides{})
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		for _, l := range c.Languages {
			names := revealing(c.Settings, &l.Text)
			checkDiscreet("content/"+l.Code+"/text.yaml", l.Code, &l.Text, diag.Located{}, names...)
			checkDiscreetLinks(l.Code, &l.Text, diag.Located{Text: "https://samples.org/talk"}, names, nil, nameWordsOf(c.Settings, &l.Text, l.Code))
		}
	}
}

// The discreet card's words are checked in a run that prints the card, and only then: a run
// of handouts or posters does not stop at a word that only the card would print.
func TestDiscreetCheckedWhenPrinted(t *testing.T) {
	fsys := edit(t, "en/text.yaml", "subline: Call or text, 24/7. Free and private.", "subline: Help for victims of trafficking")
	if _, err := Load(fsys, "content", Overrides{Discreet: true}); err == nil || !strings.Contains(err.Error(), "discreet.subline") {
		t.Errorf("a run that prints the discreet card: %v, want the subline refused", err)
	}
	if _, err := Load(fsys, "content", Overrides{}); err != nil {
		t.Errorf("a run without the discreet card: %v", err)
	}
}

// With site: discreet, a language's own title for its page (and the PDFs it links) is checked
// as the discreet card is: no revealing word, no name; haven's own and a neutral one pass, and
// without site: discreet the title is not checked.
func TestDiscreetPageTitle(t *testing.T) {
	for _, tt := range []struct {
		discreet bool
		title    string
		want     string // a part of the error; empty when it loads
		lang     string // whose text.yaml gives the title; en when empty
	}{
		{true, "", "", ""},
		{true, "Notes", "", ""},
		{true, "Trafficking help", `content/en/text.yaml:129: site.neutral_title: prints "trafficking" as the discreet page's title, which must not say what it is about`, ""},
		{true, "Mission Haven", `site.neutral_title: prints "Mission Haven" (The Mission Haven) as the discreet page's title, which must not say whose line it is`, ""},
		// where help is found says what the page is, in each language with a list
		{true, "Shelter near you", `site.neutral_title: prints "shelter" as the discreet page's title`, ""},
		{true, "Safe House", `prints "safe house" as the discreet page's title`, ""},
		{true, "Hotline info", `prints "hotline" as the discreet page's title`, ""},
		{true, "Helplines", `prints "helplines" as the discreet page's title`, ""},
		{true, "Refugio cercano", `es/text.yaml:97: site.neutral_title: prints "refugio"`, "es"},
		{true, "Casa segura", `es/text.yaml:97: site.neutral_title: prints "casa segura"`, "es"},
		{true, "Línea de ayuda", `es/text.yaml:97: site.neutral_title: prints "línea de ayuda"`, "es"},
		{true, "Help line", `site.neutral_title: prints "help line" as the discreet page's title`, ""},
		{true, "Ready to flee?", `site.neutral_title: prints "flee" as the discreet page's title`, ""},
		{true, "Malos tratos", `es/text.yaml:97: site.neutral_title: prints "malos tratos"`, "es"},
		{true, "Línea de apoyo", `es/text.yaml:97: site.neutral_title: prints "línea de apoyo"`, "es"},
		{true, "Weather notes", "", ""},
		{true, "Notas del jardín", "", "es"},
		// a distinctive word of the organisation's name says whose it is; generic ones do not
		{true, "Haven notes", `site.neutral_title: prints "Haven", a word of the organisation's name "The Mission Haven", as the discreet page's title, which must not say whose line it is`, ""},
		{true, "The notes", "", ""},
		{true, "Safe notes", "", ""},
		{false, "Trafficking help", "", ""},
	} {
		t.Run(tt.title, func(t *testing.T) {
			fsys := withFile(t, "x", nil).(fstest.MapFS)
			if tt.discreet { // on a neutral address: the hotline's own says "trafficking"
				s := strings.Replace(string(fsys["settings.yaml"].Data), "resource_url: https://humantraffickinghotline.org", "resource_url: https://samples.org/talk", 1)
				fsys["settings.yaml"] = &fstest.MapFile{Data: []byte(s + "\nsite:\n  discreet: true\n")}
			}
			if tt.title != "" {
				text := cmp.Or(tt.lang, "en") + "/text.yaml"
				fsys[text] = &fstest.MapFile{Data: append(fsys[text].Data, "\nsite:\n  neutral_title: "+tt.title+"\n"...)}
			}
			_, err := Load(fsys, "content", Overrides{})
			if tt.want == "" && err != nil || tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)) {
				t.Errorf("got %v, want %q", err, tt.want)
			}
		})
	}
}

// A refused discreet_url's hint says what makes an address neutral, and proposes none to copy:
// the examples it once proposed (example.org/talk) open nothing, and are refused in turn.
func TestDiscreetURLHintProposesNoAddress(t *testing.T) {
	for _, tt := range []struct{ resource, discreet string }{
		{"https://samples.org/help", "https://samples.org/talk"},
		{"https://samples.org/help", "http://calm-notes.net/talk"},
		{"https://humantraffickinghotline.org", "https://humantraffickinghotline.org/talk"},
		{"https://humantraffickinghotline.org", "https://samples.org/talk?src=dmst"},
		{"https://humantraffickinghotline.org", "https://samples.org/trafficking"},
		{"https://help.calm-notes.net/", "https://samples.org/abuse"},
	} {
		t.Run(tt.discreet, func(t *testing.T) {
			fsys := edits(t, []string{"settings.yaml", "resource_url: https://humantraffickinghotline.org", "resource_url: " + tt.resource,
				"# cards:\n#   offset: 0,0", "cards:\n  discreet_url: " + tt.discreet})
			_, err := Load(fsys, "content", Overrides{Discreet: true})
			if err == nil || !strings.Contains(err.Error(), "cards.discreet_url:") {
				t.Fatalf("not refused: %v", err)
			}
			for _, line := range strings.Split(err.Error(), "\n") {
				if _, hint, _ := strings.Cut(line, " (use a neutral address"); strings.Contains(line, "cards.discreet_url:") && strings.Contains(hint, "https://") {
					t.Errorf("the hint proposes an address: %s", line)
				}
			}
		})
	}
}

// The discreet card may print no distinctive word of the organisation's name (Haven of The
// Mission Haven), in settings.yaml or text.yaml, nor of the hotline's, in any of its lines: its
// headline, its subline, its back, or the word to text ("Text HARBOUR to 85258" from Harbour
// Lights), unless show_names asks for names; generic words of them (The, Center, Services,
// Help, Family, the Text of Crisis Text Line, the Human of National Human Trafficking Hotline)
// and other words pass.
func TestDiscreetCardNameWords(t *testing.T) {
	for _, tt := range []struct {
		org, hotline, keyword string // settings.yaml's organisation.name, text.yaml's hotline_name, hotline.keyword; "": the built-in
		field, text           string // a line of the discreet card (headline, subline, back_note) and what it says
		showNames             bool
		want, hint            string // refused with want; on a line but the headline, warned of
	}{
		{"", "", "", "headline", "Need to talk?", false, "", ""},
		{"", "", "", "headline", "Haven for you", false, `discreet.headline: prints "Haven", a word of the organisation's name "The Mission Haven", on the discreet card, which must not say whose line it is`, "say it another way"},
		{"", "", "", "headline", "A mission of yours?", false, `prints "mission", a word of the organisation's name`, ""},
		{"", "", "", "headline", "Haven for you", true, "", ""},
		{"Sojourner Center for Family Services", "", "", "headline", "Family time, center stage", false, "", ""},
		{"Sojourner Center for Family Services", "", "", "headline", "Sojourner notes", false, `prints "Sojourner", a word of the organisation's name "Sojourner Center for Family Services"`, ""},
		{"", "", "", "back_note", "Keep Haven's number close.", false, `discreet.back_note: prints "Haven", a word of the organisation's name "The Mission Haven", on the discreet card`, ""},
		{"", "Harbour Lights Helpline", "", "subline", "Lights on, 24/7. Free and private.", false, `discreet.subline: prints "Lights", a word of the hotline's name "Harbour Lights Helpline", on the discreet card`, ""},
		{"Harbour Lights Family Trust", "", "HARBOUR", "", "", false, `card.text: prints "HARBOUR", a word of the organisation's name "Harbour Lights Family Trust", on the discreet card, which must not say whose line it is`, "HARBOUR is the word to text"},
		{"", "Harbour Lights Helpline", "HARBOUR", "", "", false, `card.text: prints "HARBOUR", a word of the hotline's name "Harbour Lights Helpline", on the discreet card`, "HARBOUR is the word to text"},
		{"Harbour Lights Family Trust", "", "HARBOUR", "", "", true, "", ""},
		{"Help Family Center", "", "HELP", "", "", false, "", ""},
		{"", "Crisis Text Line", "", "", "", false, "", ""}, // "Text HELP to 233733"
		{"", "", "", "subline", "Talk to a real human, 24/7.", false, "", ""},
		// other languages' linking and everyday words of a name: short ones in any script, and
		// "people" in Vietnamese and Haitian Creole; a distinctive word is still one
		{"", "خط ملی مقابله با قاچاق انسان", "", "subline", "در خطر فوری، با ما تماس بگیر.", false, "", ""},
		{"", "Đường dây nóng Quốc gia Chống Buôn bán Người", "", "subline", "Luôn có người lắng nghe bạn.", false, "", ""},
		{"", "Liy Nasyonal Kont Trafik Moun", "", "subline", "Gen yon moun k ap koute w.", false, "", ""},
		{"", "Liy Nasyonal Kont Trafik Moun", "", "subline", "Trafik? Nou la.", false, `discreet.subline: prints "Trafik", a word of the hotline's name "Liy Nasyonal Kont Trafik Moun"`, ""},
		// a generic word of another language is that word as it is written, not the letters it
		// folds to (dây is no day); in Korean a word of two syllables is a word
		{"", "Trung tâm Hỗ trợ cho Phụ nữ", "", "subline", "Luôn ở đây cho bạn.", false, "", ""},
		{"", "Sant Fanm nan Kominote", "", "subline", "Nou la nan moman difisil.", false, "", ""},
		{"", "Εθνική Γραμμή για την Εμπορία Ανθρώπων", "", "subline", "Είμαστε εδώ για σένα.", false, "", ""},
		{"", "Destek Hattı", "", "subline", "Her zaman destek için buradayız.", false, "", ""},
		{"", "ක්ෂණික ඇමතුම් අංකය", "", "back_note", "මෙම අංකය තබා ගන්න.", false, "", ""}, // Sinhala's hotline: "instant call number"; "keep this number"
		{"", "Гаряча лінія довіри", "", "subline", "Наша лінія працює цілодобово.", false, "", ""},
		{"New Day Center", "", "", "headline", "A new day", false, `discreet.headline: prints "day", a word of the organisation's name "New Day Center"`, ""},
		{"Casa Trung Services", "", "", "headline", "Trung is here", false, `discreet.headline: prints "Trung", a word of the organisation's name "Casa Trung Services"`, ""},
		{"", "한울 쉼터", "", "subline", "한울 함께해요", false, `discreet.subline: prints "한울", a word of the hotline's name "한울 쉼터"`, ""},
	} {
		t.Run(tt.org+" "+tt.hotline+" "+tt.keyword+" "+tt.text, func(t *testing.T) {
			settings := []string{"settings.yaml"}
			if tt.org != "" {
				settings = append(settings, "name: The Mission Haven", "name: "+tt.org)
			}
			if tt.keyword != "" {
				settings = append(settings, "  keyword: HELP", "  keyword: "+tt.keyword)
			}
			text := []string{"en/text.yaml"}
			if tt.hotline != "" {
				text = append(text, "hotline_name: National Human Trafficking Hotline", "hotline_name: "+tt.hotline)
			}
			if tt.field != "" {
				old := map[string]string{"headline": "Need to talk?", "subline": "Call or text, 24/7. Free and private.", "back_note": "Keep this number for when you need it."}[tt.field]
				text = append(text, "  "+tt.field+": "+old, "  "+tt.field+": "+tt.text)
			}
			if tt.showNames {
				text = append(text, "\ndiscreet:\n", "\ndiscreet:\n  show_names: true\n")
			}
			c, err := Load(edits(t, settings, text), "content", Overrides{Langs: []string{"en"}, Discreet: true})
			// a word of a name on another line: warned of (the example's name kept, warned of
			// in content of one's own, is not what this test reads)
			if err == nil && tt.field != "headline" {
				if ws := slices.DeleteFunc(c.Warnings, func(w diag.Problem) bool { return strings.Contains(w.Msg, "haven's example organisation") }); len(ws) > 0 {
					err = ws
				}
			}
			if tt.want == "" && err != nil || tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), tt.hint)) {
				t.Errorf("got %v, want %q (%s...)", err, tt.want, tt.hint)
			}
			if tt.want != "" && tt.field != "headline" && c == nil {
				t.Errorf("a word of a name on the discreet card's %s stops the run: %v", cmp.Or(tt.field, "text line"), err)
			}
		})
	}
}

// The discreet card prints card.more only where it says nothing of whose line it is: a chat
// on the line's own site is left out of it, with a warning, not refused, so the ordinary cards
// keep it; discreet.more gives the discreet card a line of its own, checked as its other texts.
func TestDiscreetCardsMoreLine(t *testing.T) {
	for _, tt := range []struct {
		name, settings, card, discreet string
		want, warning, err             string
	}{
		{"chat on the line's own site", `chat: "https://humantraffickinghotline.org/chat"`, "Chat at {chat}", "", "", "left out of the discreet card, as it would print", ""},
		{"a TTY line", `tty: "711"`, "TTY {tty}", "", "TTY 711", "", ""},
		{"its own line", `chat: "https://humantraffickinghotline.org/chat"`, "Chat at {chat}", "Chat online, 24/7", "Chat online, 24/7", "", ""},
		{"its own line naming the site", `chat: "https://humantraffickinghotline.org/chat"`, "Chat at {chat}", "Chat at {chat}", "", "", "discreet.more: prints"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			key, _, _ := strings.Cut(tt.settings, ":")
			m := edit(t, "settings.yaml", "  "+key+`: ""`, "  "+tt.settings).(fstest.MapFS)
			text := string(m["en/text.yaml"].Data)
			text = strings.Replace(text, "  back_title: When you call or text\n", "  more: "+tt.card+"\n  back_title: When you call or text\n", 1)
			if tt.discreet != "" {
				text = strings.Replace(text, "  back_note: Keep this number", "  more: "+tt.discreet+"\n  back_note: Keep this number", 1)
			}
			m["en/text.yaml"] = &fstest.MapFile{Data: []byte(text)}
			c, err := Load(m, "content", Overrides{Langs: []string{"en"}, Discreet: true})
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("err %v; want %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := c.Languages[0].Text.Discreet.More.Text; got != tt.want {
				t.Errorf("the discreet card's line %q; want %q", got, tt.want)
			}
			warned := ""
			for _, w := range c.Warnings {
				if w.Field == "card.more" {
					warned = w.Msg
				}
			}
			if tt.warning == "" && warned != "" || !strings.Contains(warned, tt.warning) {
				t.Errorf("warning %q; want %q", warned, tt.warning)
			}
		})
	}
}

// A card is often bilingual or part-translated: another built-in list's words are refused on
// it too, whole and as written, naming the list; the built-in neutral lines of every language,
// and another language's everyday words, pass on any listed language's card.
func TestDiscreetOtherListsOnTheCard(t *testing.T) {
	lines := []line{
		{"ar", "Domestic violence help line", `prints "violence", a word of the English and French lists, on the discreet card`},
		{"ar", "Abuse? Call us.", `prints "abuse", a word of the English list`},
		{"en", "Se habla español: línea contra la trata.", `prints "trata", a word of the Spanish list`},
		{"en", "Ayuda para mujeres maltratadas.", `prints "maltratadas", a word of the Spanish and Portuguese lists`},
		{"fr", "Hotline ouverte 24/7.", `prints "hotline", a word of the English and Tagalog lists`},
		{"zh-Hant", "Trafficking? 打給我們", `prints "trafficking"`},
		{"es", "Control prenatal y vacunas gratis.", ""},
		{"es", "Trae tu abrigo: hace frío.", ""},
		{"en", "Armed forces families welcome.", ""},
		{"en", "Se habla español. Llámanos cuando quieras.", ""},
		{"ar", "Free and private. Call or text, 24/7.", ""},
		// another list's word that the card's own list refuses only in a phrase, in its other
		// forms (French "te force", Portuguese "te controla"), or written as a name, passes
		{"fr", "Vous n'êtes pas forcé de donner votre nom.", ""},
		{"fr", "Prenez des forces.", ""},
		{"pt", "Você controla o que contar.", ""},
		{"pt", "Nós não controlamos nada.", ""},
		{"en", "Ask for Viola or Esperanza.", ""},
		{"en", "Violet and Viola answer the phone.", ""},
		// and is refused where it is no word of the card's language, or not as a name
		{"en", "Viola is here. Ask for her.", `prints "viola", a word of the Spanish list`},
		{"en", "Línea contra la Trata de personas.", `prints "trata de personas", a word of the Spanish list`},
		{"fr", "Appelez notre Hotline.", `prints "hotline", a word of the English and Tagalog lists`},
		{"ar", "Call the Domestic Violence Line.", `prints "violence", a word of the English and French lists`},
		{"pt", "Ele foi violado.", `prints "violado" on the discreet card`}, // its own list's, as much as Spanish's
		{"pt", "Mulheres maltratadas.", `prints "maltratadas" on the discreet card`},
		{"pt", "Sofreu maus-tratos.", `prints "maus tratos" on the discreet card`},
		{"en", "Línea para víctimas de violencia.", `prints "víctimas"`},
		{"fr", "Prévention du suicidio.", `prints "suicidio", a word of the Spanish list`},
		{"fr", "Il abusa de sa confiance.", `prints "abusa", a word of the Spanish list`},
	}
	// every listed language's built-in neutral lines (those its own card prints: not a name
	// printed on purpose, nor a former line replaced), on every listed language's card
	var neutral []string
	add := func(lang, s string) {
		if avoidDefaults()[listKey(lang)] != nil && discreetLine(lang, s).Msg == "" {
			neutral = append(neutral, s)
		}
	}
	for lang, s := range neutralExamples {
		add(lang, s)
	}
	for lang, b := range discreetBackTitles {
		for _, s := range b.titles {
			add(lang, s)
		}
	}
	for _, s := range formerDiscreetLines {
		add("en", s)
	}
	for _, dir := range []string{"../../content", "../../testdata/languages"} {
		yamls, _ := filepath.Glob(filepath.Join(dir, "*", "text.yaml"))
		for _, y := range yamls {
			b, err := os.ReadFile(y)
			if err != nil {
				t.Fatal(err)
			}
			var txt struct{ Discreet map[string]any }
			if err := yaml.Unmarshal(b, &txt); err != nil {
				t.Fatal(y, err)
			}
			lang := filepath.Base(filepath.Dir(y))
			for k, v := range txt.Discreet {
				switch v := v.(type) {
				case string:
					add(lang, v)
				case []any:
					for _, s := range v {
						if k != "avoid" && k != "allow" { // its words, not its lines
							add(lang, fmt.Sprint(s))
						}
					}
				}
			}
		}
	}
	if len(neutral) < 40 {
		t.Fatalf("only %d built-in neutral lines", len(neutral))
	}
	for _, lang := range slices.Sorted(maps.Keys(avoidDefaults())) {
		for _, n := range neutral {
			lines = append(lines, line{lang, n, ""})
		}
	}
	checkLines(t, lines)
}

// A line telling its reader to hide the card, or that someone keeps them in, says what the
// card is about as surely as its words do: refused in the languages whose words are sure;
// everyday lines that hold such words, or are a letter from them, pass.
func TestDiscreetHidingAndKeptIn(t *testing.T) {
	checkLines(t, []line{
		{"en", "Hide this card.", `prints "hide"`},
		{"en", "Keep it hidden.", `prints "hidden"`},
		{"en", "Keep this for when he is not around.", `prints "not around"`},
		{"en", "Keep this for when she's not around.", `prints "not around"`},
		{"en", "Not allowed to leave? Call.", `prints "allowed to leave"`},
		{"en", "Can't leave the house? Text us.", `prints "can t leave"`},
		{"en", "Not free to leave? We can help.", `prints "free to leave"`},
		{"es", "Esconde esta tarjeta.", `prints "esconde"`},
		{"es", "Guárdala para cuando él no esté.", `prints "cuando él no esté"`},
		{"es", "¿No te dejan salir? Llama.", `prints "no te dejan salir"`},
		{"fr", "Cachez cette carte.", `prints "cachez"`},
		{"fr", "Garde-la pour quand il n'est pas là.", `prints "quand il n'est pas là"`},
		{"fr", "Tu n'as pas le droit de sortir ?", `prints "pas le droit de sortir"`},
		{"pt", "Esconda este cartão.", `prints "esconda"`},
		{"pt", "Não te deixam sair? Ligue.", `prints "não te deixam sair"`},
		{"de", "Versteck diese Karte.", `prints "versteck"`},
		// that the card or the call must be kept from someone, the partner or home feared
		{"en", "Don't let him see this card.", `prints "let him see"`},
		{"en", "Keep this card somewhere only you know.", `prints "somewhere only you know"`},
		{"en", "Delete this number from your call log.", `prints "delete this number"`},
		{"en", "Clear your call history after calling.", `prints "clear your call"`},
		{"en", "Afraid of your partner?", `prints "of your partner"`},
		{"en", "Is your partner jealous?", `prints "jealous"`},
		{"en", "Feeling unsafe at home?", `prints "unsafe at home"`},
		{"en", "Afraid to go home?", `prints "afraid to go home"`},
		{"en", "Need a way out?", `prints "way out"`},
		{"en", "We can help you plan to leave.", `prints "plan to leave"`},
		{"es", "No dejes que él vea esta tarjeta.", `prints "que él vea"`},
		{"es", "¿Tienes miedo de tu pareja?", `prints "miedo de tu pareja"`},
		{"es", "¿Estás segura en casa?", `prints "segura en casa"`},
		{"es", "Borra esta llamada de tu historial.", `prints "borra esta llamada"`},
		// everyday lines
		{"en", "Riding the bus? Save this number.", ""},
		{"en", "We are around day or night.", ""},
		{"en", "Leave a message any time.", ""},
		{"en", "Free to call, free to text.", ""},
		{"en", "Someone will listen. You choose what to say.", ""},
		{"en", "Your partner in health, 24/7. Only you know what you need. Stay safe at home and on the road.", ""},
		{"en", "Planning to leave for college? Save this number.", ""},
		{"es", "Alguien te escucha, de día o de noche.", ""},
		{"es", "Esta llamada es gratuita. Tu historial médico es privado. Quédate seguro en casa y en la calle.", ""},
		{"es", "Llama para que la vea una enfermera. Tu pareja también puede llamar.", ""},
		{"es", "Estamos aquí cuando quieras.", ""},
		{"es", "Una comunidad culta y abierta.", ""},
		{"fr", "Nous sommes là, jour et nuit.", ""},
		{"pt", "Estamos aqui quando precisar.", ""},
	})
}

// A Vietnamese syllable written with its tones is that syllable alone: a phrase of the list is
// found where the text writes its tones, or none (as many type); another syllable that reads
// the same without them is another word (thuận tiện, convenient, is not tiền, money).
func TestDiscreetVietnameseTones(t *testing.T) {
	checkLines(t, []line{
		{"vi", "Gọi vào lúc thuận tiện của bạn.", ""},
		{"vi", "Tiện của bạn thì gọi.", ""},
		{"vi", "Họ giữ tiền của bạn?", `prints "tiền của bạn"`},
		{"vi", "HỌ GIỮ TIỀN CỦA BẠN?", `prints "tiền của bạn"`},
		{"vi", "Ho giu tien cua ban?", `prints "tiền của bạn"`},
		{"vi", "Họ giữ tiền cua ban?", `prints "tiền của bạn"`},
		{"vi", "Bị xam hai?", `prints "xâm hại"`},
	})
}

// The field's abbreviations written in capitals on an English discreet card's line (HT, S.A.,
// DV) say what it is about to those who know the field; the same letters inside a word, in an
// address, or in another language (Tagalog SA, French HT, a Spanish company's S.A.) do not.
func TestDiscreetCardAbbreviations(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"Need HT support?", `prints "HT"`},
		{"Worried about S.A.?", `prints "S.A."`},
		{"DV help, 24/7.", `prints "dv"`}, // of the list already
		{"Need to talk? Call us.", ""},
		{"SAFE and free, always.", ""},
		{"What a day. That is all.", ""},
		{"Visit samples.org/HT for more.", ""}, // an address's
	} {
		ps := checkNeutral("c/en/text.yaml", "en", &Text{}, []diag.Located{{File: "c/en/text.yaml", Line: 5, Field: "discreet.headline", Text: tt.text}}, "on the discreet card", nil)
		for _, other := range []struct{ lang, text string }{{"tl", "TUMAWAG SA AMIN"}, {"es", "Pregunte en Farmacia López S.A."}, {"fr", "Prix HT : gratuit."}} {
			if ps := checkNeutral("c/x/text.yaml", other.lang, &Text{}, []diag.Located{{Text: other.text}}, "on the discreet card", nil); len(ps) > 0 {
				t.Errorf("%s %q: %v", other.lang, other.text, ps)
			}
		}
		got := ""
		if len(ps) > 0 {
			got = ps[0].Msg
		}
		if tt.want == "" && got != "" || !strings.Contains(got, tt.want) {
			t.Errorf("%q: got %q, want %q", tt.text, got, tt.want)
		}
	}
}

// A word of the organisation's or the hotline's name that the discreet card's headline may
// not print (Haven of The Mission Haven, not The or Center) may not be in what the phone's
// history keeps either: the discreet card's address (any label of its host, any word of its
// path, query or fragment, whole or run into another as a revealing word is read there), the
// address every QR code opens on a discreet site (but for the organisation's own domain,
// which it may be on), and a campaign, carried by name in every QR link. Generic words of the
// names, and addresses and campaigns without them, pass.
func TestNameWordsInLinks(t *testing.T) {
	const harbourview, sos = "Harbourview Women's Shelter", "SOS Domestic Violence Line"
	for _, tt := range []struct {
		org, hotline string // settings.yaml's organisation.name, en/text.yaml's hotline_name; "": the built-in
		field, value string // cards.discreet_url, --url (with site: discreet: true) or --campaign, and what it is
		want         string // in the error; "" loads
	}{
		{harbourview, sos, "cards.discreet_url", "https://harbourview.quietnotes.ca/talk", `settings.yaml:45: cards.discreet_url: "https://harbourview.quietnotes.ca/talk" says "harbourview", a word of the organisation's name "Harbourview Women's Shelter": the discreet card prints it, and the phone's history keeps it (use a neutral address you control, on a site whose name says nothing of the hotline or your organisation, that leads to the help page; or write discreet: show_names: true`},
		{harbourview, sos, "cards.discreet_url", "https://quietnotes.ca/harbourview", `says "harbourview", a word of the organisation's name`},
		{harbourview, sos, "cards.discreet_url", "https://quietnotes.ca/sos-line", `says "sos", a word of the hotline's name "SOS Domestic Violence Line"`},
		{harbourview, sos, "cards.discreet_url", "https://harbour.view.samples.org/talk", `says "harbourview"`}, // across its labels
		{harbourview, sos, "cards.discreet_url", "https://samples.org/talk?from=harbourviewnow", `says "harbourview"`},
		{harbourview, sos, "cards.discreet_url", "https://harbourviewfc.samples/talk", `says "harbourview", a word of the organisation's name`}, // its initials after it
		{harbourview, sos, "cards.discreet_url", "https://harbourviews.samples/talk", ""},                                                       // another word
		{harbourview, sos, "cards.discreet_url", "https://harbourviewnj.samples/talk", `says "harbourview"`},                                    // a place's code
		{harbourview, sos, "cards.discreet_url", "https://harbourviewst.samples/talk", ""},                                                      // a word's ending
		{harbourview, sos, "cards.discreet_url", "https://quietnotes.ca/talk", ""},
		{harbourview, sos, "cards.discreet_url", "https://www.quietnotes.ca/womens-line", ""}, // generic words
		{"", "", "cards.discreet_url", "https://haven.weeklyrecipes.net/talk", `says "haven", a word of the organisation's name "The Mission Haven"`},
		{"", "", "cards.discreet_url", "https://samples.org/mission", `says "mission"`},
		{"", "", "cards.discreet_url", "https://samples.org/the-national-line", ""},
		{"", "", "cards.discreet_url", "https://samples.org/haven2", `says "haven"`},
		{"", "", "cards.discreet_url (es)", "https://samples.org/retratos", ""},
		{"", "", "cards.discreet_url (es)", "https://samples.org/contrata", ""}, // trata, of the Spanish hotline's name, across a harmless word's edge
		{"", "", "cards.discreet_url (es)", "https://samples.org/la-trata", `says "trata"`},
		{"", "", "cards.discreet_url", "https://samples.org/talk", ""},
		{"", "", "cards.discreet_url", "https://therapeutic-havens.samples/talk", ""}, // not a word there
		{harbourview, sos, "--url", "https://harbourview.quietpage.ca/", `--url: "https://harbourview.quietpage.ca/" says "harbourview", a word of the organisation's name "Harbourview Women's Shelter": every QR code opens it, and the phone's history keeps it; settings.yaml asks for site: discreet: true (put the page at a neutral address`},
		{harbourview, sos, "--url", "https://quietpage.ca/sos", `says "sos", a word of the hotline's name`},
		{harbourview, sos, "--url", "https://northbay-community.ca/", ""},
		{"", "", "--url", "https://missionhaven.org/talk", ""}, // the organisation's own site
		{"", "", "--url", "https://missionhaven.org/haven", `says "haven"`},
		{"", "", "--url", "https://haven.missionhaven.org/", `says "haven"`},
		{"", "", "--url", "https://northbay-community.org/info", ""},
		{harbourview, sos, "--campaign", "harbourview-2027", `--campaign: "harbourview-2027" says "harbourview", a word of the organisation's name "Harbourview Women's Shelter": the campaign is carried by name in every QR link (utm_campaign=harbourview-2027), which stays in the phone's history (choose a name that says neither whose`},
		{harbourview, sos, "--campaign", "sos-fall", `says "sos", a word of the hotline's name`},
		{harbourview, sos, "--campaign", "harbourview2027", `says "harbourview"`},
		{harbourview, sos, "--campaign", "spring-2027", ""},
		{harbourview, sos, "--campaign", "womens-week", `says "womens": the campaign is carried by name in every QR link (utm_campaign=womens-week), which stays in the phone's history, so it may say when`}, // not as the name's word: as any word but when
		{"", "", "--campaign", "haven-2027", `says "haven", a word of the organisation's name "The Mission Haven"`},
		{"", "", "--campaign", "spring-2027", ""},
		{"", "", "--campaign", "national-human-week", `says "national": the campaign is carried by name in every QR link (utm_campaign=national-human-week), which stays in the phone's history, so it may say when`},
	} {
		t.Run(tt.field+" "+tt.value, func(t *testing.T) {
			settings, text := []string{"settings.yaml"}, []string{"en/text.yaml"}
			if tt.org != "" {
				settings = append(settings, "name: The Mission Haven", "name: "+tt.org)
			}
			if tt.hotline != "" {
				text = append(text, "hotline_name: National Human Trafficking Hotline", "hotline_name: "+tt.hotline)
			}
			ov := Overrides{Langs: []string{"en"}, Discreet: true}
			if field, ok := strings.CutSuffix(tt.field, " (es)"); ok {
				tt.field, ov.Langs = field, []string{"es"}
			}
			switch tt.field {
			case "cards.discreet_url":
				settings = append(settings, "\ncolours:", "\ncards:\n  discreet_url: "+tt.value+"\n\ncolours:")
			case "--url":
				settings = append(settings, "\ncolours:", "\nsite:\n  discreet: true\n\ncolours:")
				ov.URL = tt.value
			case "--campaign":
				ov.Campaign = tt.value
			}
			_, err := Load(edits(t, settings, text), "content", ov)
			if tt.want == "" && err != nil || tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)) {
				t.Errorf("got %v, want %q", err, tt.want)
			}
		})
	}
}

// The discreet back's heading, left out, says the line is free or open at all hours only where
// the card's own texts say so, in each language with a built-in heading: a line open on
// weekdays is not called 24/7 on its back.
func TestDiscreetBackTitleClaims(t *testing.T) {
	files := map[string]struct{ subline, back, line, hours string }{
		"en": {"  subline: Call or text, 24/7. Free and private.", "  back_title: Free, private support, 24/7\n",
			"Someone will listen, day or night.", "Someone will listen during opening hours."},
		"es": {"  subline: Llama o escribe, 24/7. Gratis y privado.", "  back_title: Apoyo gratuito y privado, 24/7\n",
			"Alguien te escucha, de día o de noche.", "Alguien te escucha en horario de atención."},
	}
	tests := []struct {
		lang, subline, line string // line: the first back line; "" keeps the built-in one
		want                string
	}{
		{"en", "Call free, Mon–Fri 9am–5pm. Private.", "", "Free, private support"},
		{"en", "Call Mon–Fri 9am–5pm. Private.", "", "Private support"},
		{"en", "Call any time. Private.", "", "Private support, 24/7"},
		{"en", "Call toll-free, round the clock.", "", "Free, private support, 24/7"},
		{"en", "Call Mon–Fri 9am–5pm. Private.", "Someone will listen, day or night.", "Private support, 24/7"},
		{"en", "Call or text, 24/7. Free and private.", "", "Free, private support, 24/7"},
		{"es", "Llama gratis, lun–vie 9–17 h.", "", "Apoyo gratuito y privado"},
		{"es", "Llama de lunes a viernes.", "", "Apoyo privado"},
		{"es", "Llama las 24 horas.", "", "Apoyo privado, 24/7"},
		{"es", "Llama o escribe, 24/7. Gratis y privado.", "", "Apoyo gratuito y privado, 24/7"},
	}
	for _, tt := range tests {
		t.Run(tt.lang+" "+tt.subline, func(t *testing.T) {
			f := files[tt.lang]
			line := tt.line
			if line == "" {
				line = f.hours
			}
			fsys := edits(t, []string{tt.lang + "/text.yaml", f.subline, "  subline: " + tt.subline, f.back, "", f.line, line})
			c, err := Load(fsys, "content", Overrides{Discreet: true})
			if err != nil {
				t.Fatal(err)
			}
			for _, l := range c.Languages {
				if l.Code == tt.lang {
					if got := l.Text.Discreet.BackTitle.Text; got != tt.want {
						t.Errorf("the discreet back's heading is %q, want %q", got, tt.want)
					}
					return
				}
			}
			t.Fatalf("no %s edition", tt.lang)
		})
	}
}

// Each concept the lists refuse is refused in every listed language in the forms a flyer
// writes it: a refused compound as a phrase (help line, 求助电话), being hit or hurt, abuse,
// fleeing or leaving someone, and where help is found; and the everyday words a neutral card
// needs (talk, call, free, private, line, leave a message) still pass in each.
func TestDiscreetConceptsInEveryLanguage(t *testing.T) {
	checkLines(t, []line{
		// a line where help is found, written as a phrase
		{"en", "Call our help line.", `prints "help line"`},
		{"en", "Hot line, 24/7", `prints "hot line"`},
		{"en", "Crisis line: call any time.", `prints "crisis line"`},
		{"en", "Free support line.", `prints "support line"`},
		{"en", "Advice lines are open.", `prints "advice lines"`},
		{"es", "Línea de apoyo, 24/7", `prints "línea de apoyo"`},
		{"fr", "Ligne de soutien, jour et nuit", `prints "ligne de soutien"`},
		{"pt", "Linha de apoio gratuita", `prints "linha de apoio"`},
		{"vi", "Gọi đường dây tư vấn.", `prints "đường dây tư vấn"`},
		{"ar", "اتصل بخط مساعدة مجاني.", `prints "بخط مساعدة"`},
		{"zh", "拨打求助电话。", `prints "求助电话"`},
		{"zh-Hant", "撥打求助電話。", `prints "求助電話"`},
		{"tl", "Tumawag sa linya ng tulong.", `prints "linya ng tulong"`},
		{"ru", "Позвоните на телефон доверия.", `prints "телефон доверия"`},
		{"de", "Ruf das Krisentelefon an.", `prints "krisentelefon"`},
		// being hit or hurt
		{"en", "Being hit at home?", `prints "being hit"`},
		{"zh", "他打你吗？", `prints "他打你"`},
		{"zh", "被打了？", `prints "被打"`},
		{"vi", "Chồng đánh bạn?", `prints "chồng đánh"`},
		{"vi", "Bị đánh?", `prints "bị đánh"`},
		{"ar", "هل يؤذيك؟", `prints "يؤذيك"`},
		{"fr", "Il vous fait du mal ?", `prints "vous fait du mal"`},
		{"pt", "Ele bate em você?", `prints "bate em você"`},
		{"de", "Verletzt er dich?", `prints "verletzt er dich"`},
		// abuse
		{"es", "¿Malos tratos?", `prints "malos tratos"`},
		{"vi", "Bị ngược đãi?", `prints "ngược đãi"`},
		{"en", "Mistreated at home?", `prints "mistreated"`},
		// fleeing, or leaving someone
		{"en", "Ready to flee?", `prints "flee"`},
		{"en", "Fleeing home?", `prints "fleeing"`},
		{"en", "How to leave him safely", `prints "leave him"`},
		{"en", "Thinking of leaving her?", `prints "leaving her"`},
		{"en", "Leaving your partner?", `prints "leaving your partner"`},
		{"es", "¿Quieres dejar a tu pareja?", `prints "dejar a tu pareja"`},
		{"fr", "Fuyez, on vous aide.", `prints "fuyez"`},
		{"pt", "Fugindo de casa?", `prints "fugindo"`},
		{"vi", "Muốn rời bỏ chồng?", `prints "bỏ chồng"`},
		{"zh", "想离开他吗？", `prints "离开他"`},
		{"ar", "اهربي الآن", `prints "اهربي"`},
		{"tl", "Gusto mong makatakas?", `prints "makatakas"`},
		{"de", "Willst du ihn verlassen?", `prints "ihn verlassen"`},
		{"ru", "Хотите уйти от мужа?", `prints "уйти от мужа"`},
		// where help is found
		{"vi", "Nơi trú ẩn an toàn", `prints "nơi trú ẩn"`},
		{"tl", "Kanlungan para sa kababaihan", `prints "kanlungan"`},
		{"zh", "妇女之家", `prints "妇女之家"`},
		{"zh", "中途之家", `prints "中途之家"`},
		{"zh-Hant", "婦女之家", `prints "婦女之家"`},
		{"en", "Transitional housing for you", `prints "transitional housing"`},
		// everyday lines a neutral card needs, in each language
		{"en", "Need to talk? Call or text, 24/7. Free and private.", ""},
		{"en", "Leave a message any time; we call back today.", ""},
		{"en", "Leave us a message. Someone will listen.", ""},
		{"en", "Our line is open: support, notes, weather, garden.", ""},
		{"en", "Talk to someone without leaving your home.", ""},
		{"en", "Feeling stressed? Freeing up time? We listen.", ""},
		{"en", "A fleeting thought is worth a call.", ""},
		{"en", "Please leave the line free.", ""},
		{"en", "He left her a voicemail.", ""},
		{"es", "¿Quieres hablar? Llama o escribe. Gratis y privado.", ""},
		{"es", "Deja un mensaje; te llamamos hoy.", ""},
		{"es", "Apoyo gratuito, sin salir de casa.", ""},
		{"fr", "Besoin de parler ? Appel gratuit et confidentiel.", ""},
		{"fr", "Laissez un message, on vous rappelle.", ""},
		{"pt", "Precisa conversar? Ligue ou mande mensagem. Grátis.", ""},
		{"vi", "Cần người lắng nghe? Gọi hoặc nhắn tin, miễn phí.", ""},
		{"vi", "Chúng tôi đánh giá cao bạn. Đừng để bị đánh thức lúc nửa đêm.", ""},
		{"vi", "Hãy đánh bạn với người tốt.", ""},
		{"vi", "Bỏ chồng sách vào cặp trước khi đi học.", ""}, // chồng sách: a stack of books
		{"vi", "Bi danh cua ban la gi?", ""},                  // bí danh, an alias, typed without tones
		{"vi", "Bí danh của bạn?", ""},
		{"zh", "想聊聊吗？免费、保密，24小时。", ""},
		{"zh", "请勿被打扰，我们随时倾听。", ""},
		{"zh", "我们会打你的电话。", ""},
		{"ar", "هل تحتاج إلى التحدث؟ اتصل أو أرسل رسالة مجانا.", ""},
		{"tl", "Kailangan mo ng kausap? Tumawag o mag-text. Libre.", ""},
		{"de", "Möchtest du reden? Kostenlos und vertraulich.", ""},
		{"ru", "Нужно поговорить? Звонок бесплатный.", ""},
	})
}

// The discreet card may open a discreet resource page (site: discreet: true, its address read
// as the card's is), on the same site; not the page of a site that is not discreet, which shows
// the organisation's name to whoever opens the code.
func TestDiscreetCardOpensTheDiscreetPage(t *testing.T) {
	const set = "settings.yaml"
	site := []string{set, "resource_url: https://humantraffickinghotline.org", "resource_url: https://www.cedarwellnessnotes.org/info", "# cards:", "cards:\n  discreet_url: https://www.cedarwellnessnotes.org/talk"}
	for _, tt := range []struct {
		name, site, want string
	}{
		{"a discreet page", "site:\n  discreet: true", ""},
		{"a page that is not discreet", "site:\n  discreet: false", `cards.discreet_url: opens cedarwellnessnotes.org, which names "cedarwellnessnotes.org"`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(edits(t, append(slices.Clone(site), "# site:", tt.site)), "content", Overrides{Discreet: true})
			if got := fmt.Sprint(err); tt.want == "" && err != nil || tt.want != "" && !strings.Contains(got, tt.want) {
				t.Errorf("got %v, want %q", err, tt.want)
			}
		})
	}
}

// The word to text prints on the discreet card: one that says what the line is about, written
// as keywords are, in capitals with its words run together, is refused at its own line, once
// for every edition, not at each text that prints it; one that says nothing passes, and
// discreet.allow prints it on purpose.
func TestDiscreetKeyword(t *testing.T) {
	const allow = "\ndiscreet:\n  allow:\n    - abuse\n"
	for _, tt := range []struct {
		keyword, textKeyword, allow string // hotline.keyword; en/text.yaml's keyword:; text.yaml's discreet.allow
		want                        string // "": passes
	}{
		{"HELP", "", "", ""},
		{"BEFREE", "", "", ""},
		{"HOME", "", "", ""},
		{"NEEDTOTALK", "", "", ""},
		{"FLEET", "", "", ""}, // flee, with a letter after that makes no word
		{"SAFEHOME", "", "", ""},
		{"ABUSEHELP", "", "", `content/settings.yaml:35: hotline.keyword: the word to text, "ABUSEHELP", which holds "abuse", prints on the discreet card (card.text), which must not say what it is about (if the line also takes a word that says nothing of what it is about, give it here, or in a language's text.yaml as keyword:, for that language's cards, or, to print it on purpose, add '- abuse' under discreet.allow in each language's text.yaml`},
		{"STOPABUSE", "", "", `the word to text, "STOPABUSE", which holds "abuse"`},
		{"SUICIDEHELP", "", "", `content/settings.yaml:35: hotline.keyword: the word to text, "SUICIDEHELP", which holds "suicide", prints on the discreet card`},
		{"SHELTERME", "", "", `the word to text, "SHELTERME", which holds "shelter"`},
		{"SEXHELP", "", "", `the word to text, "SEXHELP", which holds "sex"`},
		{"HELPSEX", "", "", `the word to text, "HELPSEX", which holds "sex"`},
		{"Control", "", "", `the word to text, "Control", prints on the discreet card`},
		{"HELP", "ABUSEHELP", "", `content/en/text.yaml:6: keyword: the word to text, "ABUSEHELP", which holds "abuse", prints on the discreet card (card.text), which must not say what it is about (if the line also takes a word that says nothing of what it is about, give it in en/text.yaml, for this language's cards, or as hotline.keyword in settings.yaml, or, to print it on purpose, add '- abuse' under discreet.allow in en/text.yaml`},
		{"ABUSEHELP", "", allow, ""},
	} {
		t.Run(tt.keyword+" "+tt.textKeyword, func(t *testing.T) {
			settings := []string{"settings.yaml", "  keyword: HELP", "  keyword: " + tt.keyword}
			text := []string{"en/text.yaml"}
			if tt.textKeyword != "" {
				text = append(text, "language: English\n", "keyword: "+tt.textKeyword+"\nlanguage: English\n")
			}
			if tt.allow != "" {
				text = append(text, "\ndiscreet:\n", tt.allow)
			}
			langs := []string{"en"}
			if tt.textKeyword == "" && tt.allow == "" { // said once for both editions
				langs = append(langs, "es")
			}
			_, err := Load(edits(t, settings, text), "content", Overrides{Langs: langs, Discreet: true})
			got := ""
			if err != nil {
				got = err.Error()
			}
			if tt.want == "" && got != "" || tt.want != "" && !strings.Contains(got, tt.want) {
				t.Fatalf("got  %s\nwant %s", got, tt.want)
			}
			if n := strings.Count(got, "the word to text"); tt.want != "" && (n != 1 || strings.Contains(got, "card.text: prints")) {
				t.Errorf("said %d times, or again at the text that prints it:\n%s", n, got)
			}
		})
	}
}

// The word to text refused at its own line is not said again at each text that prints it,
// but another text's word that the keyword is written as ("Abuse" in a sentence) is.
func TestDiscreetKeywordAndTheSameWordElsewhere(t *testing.T) {
	settings := []string{"settings.yaml", "  keyword: HELP", "  keyword: ABUSE"}
	text := []string{"en/text.yaml", "  headline: Need to talk?", "  headline: Abuse is never your fault."}
	_, err := Load(edits(t, settings, text), "content", Overrides{Langs: []string{"en"}, Discreet: true})
	got := ""
	if err != nil {
		got = err.Error()
	}
	for _, want := range []string{`hotline.keyword: the word to text, "ABUSE", prints on the discreet card (card.text)`, `discreet.headline: prints "abuse"`} {
		if !strings.Contains(got, want) {
			t.Errorf("got  %s\nwant %s", got, want)
		}
	}
	if strings.Count(got, `"ABUSE"`) != 1 {
		t.Errorf("the keyword said more than once:\n%s", got)
	}
}

// A site named by its number (New Zealand's 1737.org.nz) names the line by the number the
// discreet card prints anyway: its words are none, and "Text 1737" passes; a site of words is
// found by them.
func TestNameWordsOfANumbersSite(t *testing.T) {
	if ws := nameWords("1737.org.nz"); len(ws) != 0 {
		t.Errorf("1737.org.nz: %q", ws)
	}
	if ws := nameWords("stopit-ohio.org"); !slices.Equal(ws, []string{"stopit", "ohio"}) {
		t.Errorf("stopit-ohio.org: %q", ws)
	}
	if ps := checkNeutral("c/en/text.yaml", "en", &Text{}, []diag.Located{{Field: "card.text", Text: "Text 1737"}}, "on the discreet card", []string{"1737.org.nz"}); len(ps) > 0 {
		t.Errorf("Text 1737 beside 1737.org.nz: %v", ps)
	}
}

// The email address of the organisation's contact line says whose line it is as its site does:
// the discreet card may not print it, unless show_names asks for names.
func TestDiscreetCardContactEmail(t *testing.T) {
	contact := []string{"settings.yaml", `  contact: ""`, `  contact: "intake@hhcolumbus.org · 614-276-2274"`}
	note := []string{"en/text.yaml", "  back_note: Keep this number for when you need it.", "  back_note: Or write to intake@hhcolumbus.org"}
	load := func(text []string) error {
		_, err := Load(edits(t, contact, text), "content", Overrides{Langs: []string{"en"}, Discreet: true})
		return err
	}
	if err := load(note); err == nil || !strings.Contains(err.Error(), `discreet.back_note: prints "hhcolumbus.org" on the discreet card, which must not say whose line it is`) {
		t.Errorf("got %v", err)
	}
	if err := load(append(slices.Clone(note), "\ndiscreet:\n", "\ndiscreet:\n  show_names: true\n")); err != nil {
		t.Errorf("with show_names: %v", err)
	}
}

// A tear-off tab is the piece of the flyer someone carries home: a word on it that says what
// it is about is refused where the site or the cards are discreet, warned of elsewhere, unless
// discreet.allow allows it; neutral tabs pass.
func TestTearOffTabWords(t *testing.T) {
	const site = "# site:\n#   discreet: true\n#   exit_url: https://www.weather.gov"
	discreet := []string{"settings.yaml", site, "site:\n  discreet: true\n  exit_url: https://www.weather.gov", "resource_url: https://humantraffickinghotline.org", "resource_url: https://tidepoolnotes.net/info"}
	allow := []string{"en/text.yaml", "  back_note: Keep this number for when you need it.", "  back_note: Keep this number for when you need it.\n  allow:\n    - abuse"}
	const want = `en/text.yaml:75: poster.tab: prints "abuse" on every tear-off tab someone carries home, which must not say what it is about`
	for _, tt := range []struct {
		name      string
		tab, text string
		settings  []string
		more      []string
		err, warn string
	}{
		{"discreet site", "Abuse hotline {call}", "", discreet, nil, want, ""},
		{"discreet cards", "Abuse hotline {call}", "", []string{"settings.yaml", "# cards:\n#   offset: 0,0", "cards:\n  discreet_url: https://tidepoolnotes.net/talk"}, nil, want, ""},
		{"not discreet", "Abuse hotline {call}", "", nil, nil, "", want},
		{"not discreet, trafficking", "Trafficking victims call {call}", "", nil, nil, "", `poster.tab: prints "trafficking" on every tear-off tab`},
		{"the text line a tab carries", "", "Text {keyword} to {text} about abuse", discreet, nil, `en/text.yaml:72: poster.text: prints "abuse" on every tear-off tab`, ""},
		{"allowed", "Abuse help {call}", "", discreet, allow, "", ""},
		{"neutral", "Need to talk? {call}", "", discreet, nil, "", ""},
		{"neutral, free and private", "Free, private {call}", "", discreet, nil, "", ""},
		{"neutral, any time", "Call {call} any time", "", nil, nil, "", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			en := []string{"en/text.yaml"}
			if tt.tab != "" {
				en = append(en, "tab: Call {call}", "tab: "+tt.tab)
			}
			if tt.text != "" {
				en = append(en, "  call_label: National Human Trafficking Hotline\n  text: Text {keyword} to {text}", "  call_label: National Human Trafficking Hotline\n  text: "+tt.text)
			}
			changes := [][]string{en}
			for _, c := range [][]string{tt.settings, tt.more} {
				if c != nil {
					changes = append(changes, c)
				}
			}
			c, err := Load(edits(t, changes...), "content", Overrides{Discreet: true})
			wantLoaded(t, c, err, tt.err, tt.warn, func(w diag.Problem) bool { return strings.HasPrefix(w.Field, "poster.") })
		})
	}
}

// A name found on the discreet card is quoted as the text prints it, and the name it is of
// after it where they differ: "Harbor House" of harborhouse.org, not the domain it never wrote.
func TestNamePrintedAsWritten(t *testing.T) {
	names := []string{"Harbor House of Toledo", "harborhouse.org"}
	for _, tt := range []struct{ text, want string }{
		{"Harbor House cares", `prints "Harbor House" (harborhouse.org) on the discreet card`},
		{"#HarborHouse", `prints "HarborHouse" (harborhouse.org) on the discreet card`},
		{"See harborhouse.org", `prints "harborhouse.org" on the discreet card`},
		{"HARBOR HOUSE OF TOLEDO", `prints "HARBOR HOUSE OF TOLEDO" on the discreet card`},
		{"Need to talk?", ""},
	} {
		ps := checkNeutral("c/en/text.yaml", "en", &Text{}, []diag.Located{{Field: "discreet.headline", Text: tt.text}}, "on the discreet card", names)
		switch {
		case tt.want == "" && len(ps) > 0:
			t.Errorf("%q: %v", tt.text, ps)
		case tt.want != "" && (len(ps) != 1 || !strings.HasPrefix(ps[0].Msg, tt.want)):
			t.Errorf("%q: %v, want %q", tt.text, ps, tt.want)
		}
	}
}

// On a discreet site (site: discreet: true, its address read as the discreet card's is), the
// card and the page's title may print the site's own name: it says nothing. Where the site is
// also the organisation's, or the site was not asked to be discreet (cards: discreet_url alone),
// they may not.
func TestDiscreetSiteOwnName(t *testing.T) {
	const site = "# site:\n#   discreet: true"
	discreet := []string{"settings.yaml", "resource_url: https://humantraffickinghotline.org", "resource_url: https://tidepoolnotes.net/info", site, "site:\n  discreet: true"}
	website := []string{"settings.yaml", "resource_url: https://humantraffickinghotline.org", "resource_url: https://tidepoolnotes.net/info", site, "site:\n  discreet: true",
		`  contact: ""`, `  contact: ""` + "\n  website: https://tidepoolnotes.net"}
	cardsOnly := []string{"settings.yaml", "resource_url: https://humantraffickinghotline.org", "resource_url: https://tidepoolnotes.net/info", "# cards:\n#   offset: 0,0", "cards:\n  discreet_url: https://calm-notes.net/talk"}
	title := []string{"en/text.yaml", "#   24x36: 24 x 36 in", "#   24x36: 24 x 36 in\nsite:\n  neutral_title: Tidepool notes"}
	headline := []string{"en/text.yaml", "  headline: Need to talk?", "  headline: Tidepool notes"}
	for _, tt := range []struct {
		name    string
		changes [][]string
		want    string
	}{
		{"title", [][]string{discreet, title}, ""},
		{"headline", [][]string{discreet, headline}, ""},
		{"title, the organisation's site", [][]string{website, title}, `site.neutral_title: prints "Tidepool notes" (tidepoolnotes.net) as the discreet page's title`},
		{"headline, the organisation's site", [][]string{website, headline}, `discreet.headline: prints "Tidepool notes" (tidepoolnotes.net) on the discreet card`},
		{"title, cards alone", [][]string{cardsOnly, title}, `site.neutral_title: prints "Tidepool notes" (tidepoolnotes.net)`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(edits(t, tt.changes...), "content", Overrides{Discreet: true})
			if tt.want == "" && err != nil || tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)) {
				t.Errorf("got %v, want %q", err, tt.want)
			}
		})
	}
}

// Two or more words of the organisation's name in a row, run together into one word, name it
// on the discreet card and as the page's title, as the whole name run together does
// (Harborhouse); words a row of only generic ones makes, or a row written as words, do not.
// A discreet_url or a title on the page's own site is refused where that site's name holds
// the organisation's or a word of it, whatever the organisation's website says.
func TestJoinedNameWords(t *testing.T) {
	org := []string{"settings.yaml", "name: The Mission Haven", "name: Casa Esperanza del Valle",
		"resource_url: https://humantraffickinghotline.org", "resource_url: https://tidepoolnotes.net/info", "# site:\n#   discreet: true", "site:\n  discreet: true"}
	named := func(name, site, card string) []string {
		return []string{"settings.yaml", "name: The Mission Haven", "name: " + name,
			"resource_url: https://humantraffickinghotline.org", "resource_url: https://" + site + "/info", "# site:\n#   discreet: true", "site:\n  discreet: true",
			"# cards:\n#   offset: 0,0", "cards:\n  discreet_url: " + card}
	}
	title := func(s string) []string {
		return []string{"en/text.yaml", "#   24x36: 24 x 36 in", "#   24x36: 24 x 36 in\nsite:\n  neutral_title: " + s}
	}
	headline := func(s string) []string {
		return []string{"en/text.yaml", "  headline: Need to talk?", "  headline: " + s}
	}
	for _, tt := range []struct {
		name    string
		changes [][]string
		want    string
	}{
		{"title, two words", [][]string{org, title("Casaesperanza")}, `site.neutral_title: prints "Casaesperanza" (Casa Esperanza del Valle) as the discreet page's title`},
		{"title, three words", [][]string{org, title("Esperanzadelvalle")}, `prints "Esperanzadelvalle" (Casa Esperanza del Valle) as the discreet page's title`},
		{"headline", [][]string{org, headline("Casaesperanza notes")}, `discreet.headline: prints "Casaesperanza" (Casa Esperanza del Valle) on the discreet card`},
		{"headline, a tag", [][]string{org, headline(`"#CasaEsperanza2027"`)}, `discreet.headline: prints "CasaEsperanza2027" (Casa Esperanza del Valle) on the discreet card`},
		{"card line", [][]string{org, {"en/text.yaml", "  back_title: Free, private support", "  back_title: Free support, casaesperanzaweb"}}, `discreet.back_title: prints "casaesperanzaweb" (Casa Esperanza del Valle) on the discreet card`},
		{"title, generic words run together", [][]string{org, title("Casadel notes")}, ""},
		{"title, generic words", [][]string{org, title("Una casa del barrio")}, ""},
		{"title, the site's own name", [][]string{org, title("Tidepool notes")}, ""},
		{"discreet_url, on a site named by words of the name", [][]string{named("Casa Esperanza del Valle", "casaesperanza.org", "https://casaesperanza.org/charla")}, `cards.discreet_url: opens casaesperanza.org, which names`},
		{"discreet_url, on a site named by a word of the name", [][]string{named("Sojourner Center", "sojourner.org", "https://sojourner.org/talk")}, `cards.discreet_url: opens sojourner.org, which names "sojourner.org"`},
		{"title, a site named by a word of the name", [][]string{named("Sojourner Center", "sojourner.org", "https://tidepoolnotes.net/talk"), title("sojourner.org")}, `site.neutral_title: prints "sojourner.org" as the discreet page's title`},
		{"discreet_url, on a neutral site", [][]string{named("Sojourner Center", "tidepoolnotes.net", "https://tidepoolnotes.net/talk"), title("Tidepool notes")}, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(edits(t, tt.changes...), "content", Overrides{Discreet: true})
			if tt.want == "" && err != nil || tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)) {
				t.Errorf("got %v, want %q", err, tt.want)
			}
		})
	}
}

// That the card must be hidden from someone, that its reader is kept in or in danger at home,
// that the phone is watched, custody and the hotline are refused in Arabic and Spanish as they
// are in English, whatever the hotline is called; a clinic's or a nursery's ordinary lines pass.
func TestDiscreetHidingInEveryLanguage(t *testing.T) {
	checkLines(t, []line{
		{"en", "Keep it where he will not see it.", `prints "where he will not see"`},
		{"en", "Keep it where she won't see it.", `prints "where she won t see"`},
		{"en", "Keep it where he cannot see it.", `prints "where he cannot see"`},
		{"en", "Keep it where you will see it.", ""},
		{"en", "Sit where he can see the board.", ""},
		{"ar", "أخفي هذه البطاقة عندما لا يكون موجوداً.", `prints "أخفي"`},
		{"ar", "خبئي هذه البطاقة.", `prints "خبئي"`},
		{"ar", "أخفيها عنه.", `prints "أخفيها"`},
		{"ar", "اتصلي عندما لا يكون موجوداً.", `prints "عندما لا يكون موجودا"`},
		{"ar", "هل يمنعك من الخروج؟", `prints "يمنعك من الخروج"`},
		{"ar", "إذا كان لا يسمح لك بالخروج.", `prints "يسمح لك بالخروج"`},
		{"ar", "اتصلي بالخط الساخن.", `prints "بالخط الساخن"`},
		{"ar", "اتصلي بالخط الوطني الساخن.", `prints "بالخط الوطني الساخن"`},
		{"ar", "هل تخافين أن تفقدي الحضانة؟", `prints "تفقدي الحضانة"`},
		{"ar", "نساعدك في قضية الحضانة.", `prints "قضية الحضانة"`},
		{"ar", "الحضانة مفتوحة من الثامنة.", ""},
		{"ar", "اشربي الماء الساخن.", ""},
		{"ar", "احتفظي بهذا الرقم لوقت الحاجة.", ""},
		{"ar", "يمكنك الخروج من العيادة في أي وقت.", ""},
		{"es", "Si te sientes en peligro en casa, llama.", `prints "peligro en casa"`},
		{"es", "Guárdala donde él no la vea.", `prints "donde él no la vea"`},
		{"es", "Escóndela bien.", `prints "escóndela"`},
		{"es", "Si te vigila el celular.", `prints "te vigila el celular"`},
		{"es", "Guárdala donde la veas.", ""},
		{"es", "Carga el celular antes de salir.", ""},
		{"es", "En casa o en la clínica, llama.", ""},
	})
}

// What a person who hurts the reader would know as their own doing described is refused in
// every listed language, not in one and not its translation: being hit, hurt or bruised, the
// yelling, fearing a partner, a spouse or home, someone who scares the reader, and "love
// (should not) hurt", with their inflections and the Spanish usted forms beside the tú ones;
// ordinary lines of a clinic's or a counsellor's card, fear of needles, an injury at work, pass.
func TestDiscreetHarmInEveryLanguage(t *testing.T) {
	checkLines(t, []line{
		{"en", "No one deserves to be hit.", `prints "be hit"`},
		{"en", "Have you been hit?", `prints "been hit"`},
		{"en", "Love should not hurt.", `prints "hurt"`},
		{"en", "Love hurts.", `prints "love hurts"`},
		{"en", "Does someone hurt you at home?", `prints "hurt you"`},
		{"en", "Bruises are not love.", `prints "bruises"`},
		{"en", "Bruised again?", `prints "bruised"`},
		{"en", "You do not deserve the yelling.", `prints "yelling"`},
		{"en", "Does he yell at you?", `prints "yell at"`},
		{"en", "Does your partner scare you?", `prints "partner scare you"`},
		{"en", "Is someone scaring you?", `prints "someone scaring you"`},
		{"en", "Is your husband frightening you?", `prints "husband frightening you"`},
		{"en", "Are you scared of him?", `prints "scared of him"`},
		{"en", "Afraid of your partner?", `prints "of your partner"`},
		{"en", "Afraid of your spouse?", `prints "of your spouse"`},
		{"en", "Afraid in your own home?", `prints "afraid in your own home"`},
		{"es", "¿Su pareja le hace daño?", `prints "le hace daño"`},
		{"es", "Nadie merece que le hagan daño.", `prints "le hagan daño"`},
		{"es", "¿Le pega su esposo?", `prints "le pega"`},
		{"es", "Nadie merece que le peguen.", `prints "le peguen"`},
		{"es", "El amor no duele.", `prints "amor no duele"`},
		{"es", "¿Tiene miedo en casa?", `prints "miedo en casa"`},
		{"es", "¿Tiene miedo de su pareja?", `prints "miedo de su pareja"`},
		{"es", "¿Le da miedo su esposo?", `prints "miedo su esposo"`},
		{"es", "¿Su pareja le asusta?", `prints "pareja le asusta"`},
		{"es", "¿Su pareja le grita?", `prints "le grita"`},
		{"es", "No merece los gritos.", `prints "gritos"`},
		{"es", "Los moretones no son amor.", `prints "moretones"`},
		{"ar", "هل تخاف من شريكك؟", `prints "تخاف من شريكك"`},
		{"ar", "الحب لا يؤذي", `prints "الحب لا يؤذي"`},
		{"ar", "لا أحد يستحق الضرب.", `prints "يستحق الضرب"`},
		{"ar", "هل يخيفك زوجك؟", `prints "يخيفك زوجك"`},
		{"ar", "هل تخافين في المنزل؟", `prints "تخافين في المنزل"`},
		{"ar", "الكدمات ليست حبا.", `prints "الكدمات"`},
		{"ar", "هل يصرخ عليك؟", `prints "يصرخ عليك"`},
		{"fr", "Votre partenaire vous fait peur ?", `prints "partenaire vous fait peur"`},
		{"fr", "Avez-vous peur de votre conjoint ?", `prints "peur de votre conjoint"`},
		{"fr", "Peur à la maison ?", `prints "peur à la maison"`},
		{"fr", "L'amour ne fait pas mal.", `prints "amour ne fait pas mal"`},
		{"fr", "Il vous crie dessus ?", `prints "vous crie dessus"`},
		{"de", "Macht Ihr Partner Ihnen Angst?", `prints "partner ihnen angst"`},
		{"de", "Angst vor Ihrem Mann?", `prints "angst vor ihrem mann"`},
		{"de", "Angst zu Hause?", `prints "angst zu hause"`},
		{"de", "Liebe tut nicht weh.", `prints "liebe tut nicht weh"`},
		{"de", "Schreit er dich an?", `prints "schreit er dich an"`},
		{"pt", "Você tem medo do seu parceiro?", `prints "medo do seu parceiro"`},
		{"pt", "Medo em casa?", `prints "medo em casa"`},
		{"pt", "O amor não dói.", `prints "amor não dói"`},
		{"pt", "Ninguém merece apanhar.", `prints "merece apanhar"`},
		{"pt", "Ele grita com você?", `prints "grita com você"`},
		{"ru", "Вы боитесь мужа?", `prints "боитесь мужа"`},
		{"ru", "Страшно дома?", `prints "страшно дома"`},
		{"ru", "Любовь не причиняет боль.", `prints "любовь не причиняет боль"`},
		{"ru", "Он кричит на вас?", `prints "кричит на вас"`},
		{"ru", "Синяки — это не любовь.", `prints "синяки"`},
		{"vi", "Bạn sợ chồng?", `prints "sợ chồng"`},
		{"vi", "Tình yêu không làm đau.", `prints "tình yêu không làm đau"`},
		{"vi", "Anh ấy quát mắng bạn?", `prints "quát mắng"`},
		{"vi", "Vết bầm không phải là tình yêu.", `prints "vết bầm"`},
		{"zh", "你害怕你的伴侣吗？", `prints "怕你的伴侣"`},
		{"zh", "在家感到害怕吗？", `prints "在家感到害怕"`},
		{"zh", "爱不应该伤人。", `prints "爱不应该伤人"`},
		{"zh", "他对你大喊大叫吗？", `prints "对你大喊大叫"`},
		{"zh-Hant", "瘀傷不是愛。", `prints "瘀傷"`},
		{"ko", "누가 겁주나요?", `prints "겁주"`},
		{"ko", "사랑은 아프지 않아요.", `prints "사랑은 아프지"`},
		{"ko", "소리지르나요?", `prints "소리지르"`},
		{"ko", "멍들었나요?", `prints "멍들"`},
		{"ht", "Ou pè mari ou?", `prints "pè mari ou"`},
		{"ht", "Li fè ou pè?", `prints "fè ou pè"`},
		{"ht", "Lanmou pa fè mal.", `prints "lanmou pa fè mal"`},
		{"ht", "Li rele sou ou?", `prints "rele sou ou"`},
		{"tl", "Takot ka sa asawa mo?", `prints "takot ka sa asawa"`},
		{"tl", "Takot umuwi?", `prints "takot umuwi"`},
		{"tl", "Hindi dapat nananakit ang pag-ibig.", `prints "nananakit"`},
		{"tl", "Sinisigawan ka ba?", `prints "sinisigawan"`},
		{"tl", "Tinatakot ka ba?", `prints "tinatakot"`},
		// ordinary lines, some of the README's own
		{"en", "Need to talk?", ""},
		{"en", "Questions about your health?", ""},
		{"en", "Stressed at work?", ""},
		{"en", "Hurt your back? Ask about our clinic.", ""},
		{"en", "Sore knee or hurt your ankle? Walk in.", ""},
		{"en", "It never hurts to ask.", ""},
		{"en", "Do needles scare you? We are gentle.", ""},
		{"en", "Someone will listen, day or night.", ""},
		{"en", "Taking care of someone at home? Ask about respite care.", ""},
		{"en", "Give us a yell any time.", ""},
		{"en", "Telling someone helps. Selling your home? Ask us.", ""},
		{"en", "Hit the road with a free check-up.", ""},
		{"en", "Our partner clinics are open late.", ""},
		{"es", "¿Necesita hablar?", ""},
		{"es", "¿Preguntas sobre su salud?", ""},
		{"es", "¿Le duele la espalda? Pregunte por nuestra clínica.", ""},
		{"es", "¿Le dan miedo las agujas? Somos amables.", ""},
		{"es", "Alguien le escuchará, de día o de noche.", ""},
		{"es", "Pegue esta tarjeta en su nevera.", ""},
		{"es", "Su pareja también puede llamar.", ""},
		{"ar", "هل تحتاج إلى التحدث؟", ""},
		{"ar", "هل يؤلمك ظهرك؟ اسأل عن عيادتنا.", ""},
		{"ar", "سيستمع إليك أحد ليلاً ونهاراً.", ""},
		{"fr", "Le dentiste vous fait peur ? Nous sommes doux.", ""},
		{"de", "Angst vor der Spritze? Wir sind sanft.", ""},
		{"pt", "Medo de agulha? Somos cuidadosos.", ""},
		{"ru", "Боитесь уколов? Мы аккуратны.", ""},
		{"vi", "Bạn sợ kim tiêm? Chúng tôi nhẹ nhàng.", ""},
		{"zh", "害怕打针吗？我们很温柔。", ""},
		{"ko", "이야기 나누고 싶으신가요?", ""},
		{"ht", "Ou bezwen pale?", ""},
		{"tl", "Takot sa karayom? Maingat kami.", ""},
	})
}
