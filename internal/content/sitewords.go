package content

import (
	"fmt"
	"maps"
	"path"
	"slices"
	"strings"
	"sync"

	"haven/internal/diag"
)

// siteField is one of text.yaml's site: keys and where its words are.
type siteField struct {
	key string
	at  *diag.Located
}

// fields are the site: keys in the order the page shows them.
func (t *SiteText) fields() []siteField {
	return []siteField{{"exit", &t.Exit}, {"skip", &t.Skip}, {"safety", &t.Safety}, {"safety_nojs", &t.SafetyNoJS},
		{"private", &t.Private}, {"languages", &t.Languages}, {"contents", &t.Contents}, {"downloads", &t.Downloads},
		{"downloads_tip", &t.DownloadsTip}, {"pdf", &t.PDF}, {"neutral_title", &t.NeutralTitle}, {"this_page", &t.ThisPage},
		{"press_two_more", &t.PressTwoMore}, {"press_one_more", &t.PressOneMore}, {"timed_out", &t.TimedOut}, {"leaving", &t.Leaving},
		{"handout", &t.Handout}, {"large_print_handout", &t.LargePrintHandout}, {"cards", &t.Cards}, {"discreet_cards", &t.DiscreetCards},
		{"print_shop_card", &t.PrintShopCard}, {"poster", &t.Poster}, {"tear_off_flyer", &t.TearOffFlyer}, {"on_paper", &t.OnPaper},
		{"letter", &t.Letter}, {"a4", &t.A4}, {"tabloid", &t.Tabloid}, {"a3", &t.A3}, {"a2", &t.A2}, {"18x24", &t.Poster18x24}, {"24x36", &t.Poster24x36}}
}

// downloadWords are the site: keys of the page's downloads alone, which the page of an edition
// with no PDF (Language.PageOnly) does not show.
var downloadWords = map[string]bool{"downloads": true, "downloads_tip": true, "pdf": true, "handout": true, "large_print_handout": true,
	"cards": true, "discreet_cards": true, "print_shop_card": true, "poster": true, "tear_off_flyer": true, "on_paper": true,
	"letter": true, "a4": true, "tabloid": true, "a3": true, "a2": true, "18x24": true, "24x36": true}

// builtinSiteWords are the page's words haven has of its own, by language and key.
var builtinSiteWords = sync.OnceValue(func() map[string]map[string]string {
	return map[string]map[string]string{
		"en": {
			"exit":           "Exit this page",
			"skip":           "Skip to main content",
			"safety":         "To leave quickly, select “Exit this page” or, on a keyboard, press the Shift key 3 times. This page disappears at once and an everyday website opens in its place, so Back will not return here. It does not erase your browsing history: anyone who checks this device can still see that you visited.",
			"safety_nojs":    "To leave quickly, select “Exit this page”: an everyday website opens. With JavaScript off, Back returns to this page. The exit does not erase your browsing history: anyone who checks this device can still see that you visited.",
			"private":        "How to browse privately and stay safe online",
			"languages":      "Language",
			"contents":       "Questions on this page",
			"downloads":      "Print and share",
			"downloads_tip":  "The same information on paper, to print and hand out. A PDF has no quick exit; close it to leave.",
			"pdf":            "(PDF, {kb} KB)",
			"neutral_title":  "Information",
			"this_page":      "This page:",
			"press_two_more": "Shift, press 2 more times to exit.",
			"press_one_more": "Shift, press 1 more time to exit.",
			"timed_out":      "Exit this page expired.",
			"leaving":        "Loading.",
			// the files to download, also the print guide's names for them
			"handout":             "handout",
			"large_print_handout": "large-print handout",
			"cards":               "cards",
			"discreet_cards":      "discreet cards",
			"print_shop_card":     "print-shop card",
			"poster":              "poster",
			"tear_off_flyer":      "tear-off flyer",
			"on_paper":            "{file} on {paper}",
			"letter":              "Letter (8.5 x 11 in)",
			"a4":                  "A4 (210 x 297 mm)",
			"tabloid":             "Tabloid (11 x 17 in)",
			"a3":                  "A3 (297 x 420 mm)",
			"a2":                  "A2 (420 x 594 mm)",
			"18x24":               "18 x 24 in",
			"24x36":               "24 x 36 in",
		},
		"es": {
			"exit":                "Salir de esta página",
			"skip":                "Saltar al contenido principal",
			"safety":              "Para salir rápido, seleccione «Salir de esta página» o, en un teclado, pulse la tecla Mayús 3 veces. Esta página desaparece al instante y en su lugar se abre un sitio web cotidiano, así que el botón Atrás no regresa aquí. No borra su historial de navegación: quien revise este dispositivo podrá ver que usted la visitó.",
			"safety_nojs":         "Para salir rápido, seleccione «Salir de esta página»: se abre un sitio web cotidiano. Con JavaScript desactivado, el botón Atrás regresa a esta página. La salida no borra su historial de navegación: quien revise este dispositivo podrá ver que usted la visitó.",
			"private":             "Cómo navegar en privado y protegerse en línea",
			"languages":           "Idioma",
			"contents":            "Preguntas en esta página",
			"downloads":           "Imprimir y compartir",
			"downloads_tip":       "La misma información en papel, para imprimir y repartir. Un PDF no tiene salida rápida; ciérrelo para salir.",
			"pdf":                 "(PDF, {kb} KB)",
			"neutral_title":       "Información",
			"this_page":           "Esta página:",
			"press_two_more":      "Mayús: pulse 2 veces más para salir.",
			"press_one_more":      "Mayús: pulse 1 vez más para salir.",
			"timed_out":           "Salir de esta página: tiempo agotado.",
			"leaving":             "Cargando.",
			"handout":             "folleto",
			"large_print_handout": "folleto en letra grande",
			"cards":               "tarjetas",
			"discreet_cards":      "tarjetas discretas",
			"print_shop_card":     "tarjeta para imprenta",
			"poster":              "póster",
			"tear_off_flyer":      "volante con tiras desprendibles",
			"on_paper":            "{file}, tamaño {paper}",
			"letter":              "Carta (8.5 x 11 pulg.)",
			"a4":                  "A4 (210 x 297 mm)",
			"tabloid":             "Tabloide (11 x 17 pulg.)",
			"a3":                  "A3 (297 x 420 mm)",
			"a2":                  "A2 (420 x 594 mm)",
			"18x24":               "18 x 24 pulg.",
			"24x36":               "24 x 36 pulg.",
		},
	}
})

// exitWords are haven's own words of the quick exit and the page's frame in more languages
// than builtinSiteWords has whole: a reader who cannot read English must still find the exit,
// know what it does and does not do, and see a neutral title. The page's other words (its
// downloads, questions) come from text.yaml's site:, or are English, warned of.
var exitWords = sync.OnceValue(func() map[string]map[string]string {
	return map[string]map[string]string{
		"fr": {
			"exit":           "Quitter cette page",
			"skip":           "Aller au contenu principal",
			"safety":         "Pour partir vite, sélectionnez « Quitter cette page » ou, sur un clavier, appuyez 3 fois sur la touche Maj. Cette page disparaît aussitôt et un site ordinaire s’ouvre à sa place : le bouton Retour ne vous ramène donc pas ici. Cela n’efface pas votre historique de navigation : toute personne qui vérifie cet appareil peut encore voir que vous avez consulté cette page.",
			"safety_nojs":    "Pour partir vite, sélectionnez « Quitter cette page » : un site ordinaire s’ouvre. Sans JavaScript, le bouton Retour ramène à cette page. La sortie n’efface pas votre historique de navigation : toute personne qui vérifie cet appareil peut encore voir que vous avez consulté cette page.",
			"neutral_title":  "Informations",
			"this_page":      "Cette page :",
			"press_two_more": "Maj : appuyez encore 2 fois pour quitter.",
			"press_one_more": "Maj : appuyez encore une fois pour quitter.",
			"timed_out":      "Quitter cette page : délai dépassé.",
			"leaving":        "Chargement.",
		},
		"de": {
			"exit":           "Diese Seite verlassen",
			"skip":           "Zum Hauptinhalt springen",
			"safety":         "Um schnell zu gehen, wählen Sie „Diese Seite verlassen“ oder drücken Sie auf einer Tastatur 3-mal die Umschalttaste. Diese Seite verschwindet sofort, und an ihrer Stelle öffnet sich eine alltägliche Website, sodass „Zurück“ nicht hierher führt. Ihr Browserverlauf wird dabei nicht gelöscht: Wer dieses Gerät überprüft, kann weiterhin sehen, dass Sie die Seite besucht haben.",
			"safety_nojs":    "Um schnell zu gehen, wählen Sie „Diese Seite verlassen“: Eine alltägliche Website öffnet sich. Ohne JavaScript führt „Zurück“ zu dieser Seite zurück. Das Verlassen löscht Ihren Browserverlauf nicht: Wer dieses Gerät überprüft, kann weiterhin sehen, dass Sie die Seite besucht haben.",
			"neutral_title":  "Informationen",
			"this_page":      "Diese Seite:",
			"press_two_more": "Umschalttaste: noch 2-mal drücken, um die Seite zu verlassen.",
			"press_one_more": "Umschalttaste: noch einmal drücken, um die Seite zu verlassen.",
			"timed_out":      "Diese Seite verlassen: Zeit abgelaufen.",
			"leaving":        "Wird geladen.",
		},
		"pt": {
			"exit":           "Sair desta página",
			"skip":           "Pular para o conteúdo principal",
			"safety":         "Para sair rápido, selecione “Sair desta página” ou, num teclado, pressione a tecla Shift 3 vezes. Esta página desaparece na hora e um site comum abre no lugar dela, então o botão Voltar não volta para cá. Isso não apaga o seu histórico de navegação: quem verificar este aparelho ainda poderá ver que você a visitou.",
			"safety_nojs":    "Para sair rápido, selecione “Sair desta página”: um site comum se abre. Com o JavaScript desativado, o botão Voltar retorna a esta página. A saída não apaga o seu histórico de navegação: quem verificar este aparelho ainda poderá ver que você a visitou.",
			"neutral_title":  "Informações",
			"this_page":      "Esta página:",
			"press_two_more": "Shift: pressione mais 2 vezes para sair.",
			"press_one_more": "Shift: pressione mais uma vez para sair.",
			"timed_out":      "Sair desta página: tempo esgotado.",
			"leaving":        "Carregando.",
		},
		"vi": {
			"exit":           "Thoát khỏi trang này",
			"skip":           "Chuyển đến nội dung chính",
			"safety":         "Để rời đi nhanh, hãy chọn “Thoát khỏi trang này” hoặc nhấn phím Shift 3 lần trên bàn phím. Trang này sẽ biến mất ngay lập tức và một trang web thông thường sẽ mở ra thay thế, nên nút Quay lại sẽ không đưa bạn trở lại đây. Việc này không xóa lịch sử duyệt web của bạn: bất kỳ ai kiểm tra thiết bị này vẫn có thể thấy bạn đã truy cập trang này.",
			"safety_nojs":    "Để rời đi nhanh, hãy chọn “Thoát khỏi trang này”: một trang web thông thường sẽ mở ra. Khi JavaScript bị tắt, nút Quay lại sẽ đưa bạn trở lại trang này. Việc thoát không xóa lịch sử duyệt web của bạn: bất kỳ ai kiểm tra thiết bị này vẫn có thể thấy bạn đã truy cập trang này.",
			"neutral_title":  "Thông tin",
			"this_page":      "Trang này:",
			"press_two_more": "Shift: nhấn thêm 2 lần để thoát.",
			"press_one_more": "Shift: nhấn thêm 1 lần để thoát.",
			"timed_out":      "Thoát khỏi trang này: đã hết thời gian.",
			"leaving":        "Đang tải.",
		},
		"tl": {
			"exit":           "Umalis sa pahinang ito",
			"skip":           "Lumaktaw sa pangunahing nilalaman",
			"safety":         "Para mabilis na umalis, piliin ang “Umalis sa pahinang ito” o, sa keyboard, pindutin nang 3 beses ang Shift key. Mawawala agad ang pahinang ito at magbubukas ang isang karaniwang website sa lugar nito, kaya hindi ka ibabalik dito ng Back. Hindi nito binubura ang iyong browsing history: makikita pa rin ng sinumang sumusuri sa device na ito na binisita mo ang pahinang ito.",
			"safety_nojs":    "Para mabilis na umalis, piliin ang “Umalis sa pahinang ito”: magbubukas ang isang karaniwang website. Kapag naka-off ang JavaScript, ibabalik ka ng Back sa pahinang ito. Hindi binubura ng pag-alis ang iyong browsing history: makikita pa rin ng sinumang sumusuri sa device na ito na binisita mo ang pahinang ito.",
			"neutral_title":  "Impormasyon",
			"this_page":      "Ang pahinang ito:",
			"press_two_more": "Shift: pindutin nang 2 beses pa para umalis.",
			"press_one_more": "Shift: pindutin pa nang isang beses para umalis.",
			"timed_out":      "Umalis sa pahinang ito: lumipas na ang oras.",
			"leaving":        "Naglo-load.",
		},
		"ru": {
			"exit":           "Покинуть эту страницу",
			"skip":           "Перейти к основному содержанию",
			"safety":         "Чтобы быстро уйти, выберите «Покинуть эту страницу» или нажмите на клавиатуре клавишу Shift 3 раза. Эта страница сразу исчезнет, а на её месте откроется обычный сайт, поэтому кнопка «Назад» не вернёт вас сюда. История просмотров при этом не удаляется: любой, кто проверит это устройство, сможет увидеть, что вы здесь были.",
			"safety_nojs":    "Чтобы быстро уйти, выберите «Покинуть эту страницу»: откроется обычный сайт. Если JavaScript отключён, кнопка «Назад» вернёт вас на эту страницу. Выход не удаляет историю просмотров: любой, кто проверит это устройство, сможет увидеть, что вы здесь были.",
			"neutral_title":  "Информация",
			"this_page":      "Эта страница:",
			"press_two_more": "Shift: нажмите ещё 2 раза, чтобы выйти.",
			"press_one_more": "Shift: нажмите ещё 1 раз, чтобы выйти.",
			"timed_out":      "Покинуть эту страницу: время истекло.",
			"leaving":        "Загрузка.",
		},
		"ar": {
			"exit":           "الخروج من هذه الصفحة",
			"skip":           "الانتقال إلى المحتوى الرئيسي",
			"safety":         "للمغادرة بسرعة، اختر «الخروج من هذه الصفحة» أو اضغط مفتاح Shift ثلاث مرات على لوحة المفاتيح. تختفي هذه الصفحة فورا ويفتح مكانها موقع عادي، فلا يعيدك زر الرجوع إلى هنا. لا يمحو ذلك سجل التصفح: يستطيع أي شخص يفحص هذا الجهاز أن يرى أنك زرت الصفحة.",
			"safety_nojs":    "للمغادرة بسرعة، اختر «الخروج من هذه الصفحة»: يفتح موقع عادي. إذا كان JavaScript معطلا، يعيدك زر الرجوع إلى هذه الصفحة. لا يمحو الخروج سجل التصفح: يستطيع أي شخص يفحص هذا الجهاز أن يرى أنك زرت الصفحة.",
			"neutral_title":  "معلومات",
			"this_page":      "هذه الصفحة:",
			"press_two_more": "Shift: اضغط مرتين أخريين للخروج.",
			"press_one_more": "Shift: اضغط مرة أخرى للخروج.",
			"timed_out":      "الخروج من هذه الصفحة: انتهت المهلة.",
			"leaving":        "جاري التحميل.",
		},
		"zh": {
			"exit":           "退出此页面",
			"skip":           "跳到主要内容",
			"safety":         "如需快速离开，请选择“退出此页面”，或在键盘上连按 3 次 Shift 键。此页面会立即消失，原处会打开一个普通网站，按“返回”也不会回到这里。这不会清除您的浏览记录：任何检查此设备的人仍能看到您访问过此页面。",
			"safety_nojs":    "如需快速离开，请选择“退出此页面”：会打开一个普通网站。关闭 JavaScript 时，按“返回”会回到此页面。退出不会清除您的浏览记录：任何检查此设备的人仍能看到您访问过此页面。",
			"neutral_title":  "信息",
			"this_page":      "本页：",
			"press_two_more": "Shift：再按两次即可退出。",
			"press_one_more": "Shift：再按一次即可退出。",
			"timed_out":      "退出此页面：已超时。",
			"leaving":        "正在加载。",
		},
		"zh-Hant": {
			"exit":           "離開此頁面",
			"skip":           "跳至主要內容",
			"safety":         "如需快速離開，請選擇「離開此頁面」，或在鍵盤上連按 3 次 Shift 鍵。此頁面會立即消失，原處會開啟一個普通網站，按「返回」也不會回到這裡。這不會清除您的瀏覽紀錄：任何檢查此裝置的人仍能看到您造訪過此頁面。",
			"safety_nojs":    "如需快速離開，請選擇「離開此頁面」：會開啟一個普通網站。關閉 JavaScript 時，按「返回」會回到此頁面。離開不會清除您的瀏覽紀錄：任何檢查此裝置的人仍能看到您造訪過此頁面。",
			"neutral_title":  "資訊",
			"this_page":      "本頁：",
			"press_two_more": "Shift：再按兩次即可離開。",
			"press_one_more": "Shift：再按一次即可離開。",
			"timed_out":      "離開此頁面：已逾時。",
			"leaving":        "載入中。",
		},
		"ko": {
			"exit":           "이 페이지 나가기",
			"skip":           "본문으로 건너뛰기",
			"safety":         "빨리 나가려면 “이 페이지 나가기”를 선택하거나 키보드에서 Shift 키를 세 번 누르세요. 이 페이지는 즉시 사라지고 그 자리에 평범한 웹사이트가 열리므로, 뒤로 가기를 눌러도 여기로 돌아오지 않습니다. 방문 기록은 지워지지 않습니다. 이 기기를 확인하는 사람은 누구나 이 페이지를 방문한 사실을 볼 수 있습니다.",
			"safety_nojs":    "빨리 나가려면 “이 페이지 나가기”를 선택하세요. 평범한 웹사이트가 열립니다. JavaScript가 꺼져 있으면 뒤로 가기를 누를 때 이 페이지로 돌아옵니다. 나가기는 방문 기록을 지우지 않습니다. 이 기기를 확인하는 사람은 누구나 이 페이지를 방문한 사실을 볼 수 있습니다.",
			"neutral_title":  "정보",
			"this_page":      "이 페이지:",
			"press_two_more": "Shift: 나가려면 두 번 더 누르세요.",
			"press_one_more": "Shift: 나가려면 한 번 더 누르세요.",
			"timed_out":      "이 페이지 나가기: 시간이 초과되었습니다.",
			"leaving":        "불러오는 중.",
		},
	}
})

// BuiltinSiteWord is haven's own word for a site: key in lang ("" when it has none): the print
// guide names files and papers with the resource page's words.
func BuiltinSiteWord(lang, key string) string { return builtinSiteWords()[lang][key] }

// SiteWord is one of the resource page's own words, and the language it is in.
type SiteWord struct {
	Text string
	Lang string
}

// SiteWords are a language's words for the resource page, by their site: key: text.yaml's,
// else haven's own for the language (or the language it is a variety of: es for es-MX), else
// English.
//
// haven's words that name its exit button ("select “Exit this page”") name text.yaml's when
// it gives the button its own words: the button they name must be the one on the page.
func SiteWords(l *Language) map[string]SiteWord {
	own, lang := builtinSite(l.Code)
	if own == nil {
		own, lang = builtinSiteWords()["en"], "en"
	}
	out := map[string]SiteWord{}
	exit := l.Text.Site.Exit.Text
	for _, f := range l.Text.Site.fields() {
		if f.at.Text != "" {
			out[f.key] = SiteWord{f.at.Text, l.Code}
			continue
		}
		w, in := own[f.key], lang
		if w == "" { // a language whose exit words alone haven has (exitWords)
			w, in = builtinSiteWords()["en"][f.key], "en"
		}
		if exit != "" && f.key != "exit" {
			w = strings.ReplaceAll(w, own["exit"], exit)
		}
		out[f.key] = SiteWord{w, in}
	}
	return out
}

// builtinSite are haven's own page words for a language, and the code they are in; nil when
// it has none.
func builtinSite(code string) (map[string]string, string) {
	if hant[code] {
		return exitWords()["zh-Hant"], code
	}
	base, _, _ := strings.Cut(code, "-")
	for _, c := range []string{code, base} {
		if w, ok := builtinSiteWords()[c]; ok {
			return w, c
		}
		if w, ok := exitWords()[c]; ok {
			return w, c
		}
	}
	return nil, base
}

// hant are the codes of Chinese written in traditional characters.
var hant = map[string]bool{"zh-TW": true, "zh-HK": true, "zh-MO": true, "zh-Hant-TW": true, "zh-Hant-HK": true}

// englishSite warns of a language whose resource page would print some of its own words in
// English: neither haven (builtinSite) nor text.yaml's site: gives them all in the language.
func englishSite(l Language) diag.Problems {
	var ws diag.Problems
	if l.Text.Language.File == "" {
		return nil
	}
	own, _ := builtinSite(l.Code)
	var missing []string
	for _, f := range l.Text.Site.fields() {
		if f.at.Text == "" && own[f.key] == "" && !(l.PageOnly && downloadWords[f.key]) {
			missing = append(missing, f.key)
		}
	}
	if len(missing) > 0 {
		at := l.Text.Language // where text.yaml is; its site: section, when it has one
		for _, f := range l.Text.Site.fields() {
			if f.at.Line > 0 && (at.Field != "site" || f.at.Line < at.Line) {
				at = diag.Located{File: f.at.File, Line: f.at.Line, Field: "site"}
			}
		}
		ws.Add(at.File, at.Line, "site", fmt.Sprintf("the resource page (haven site) prints %s in English: site: has no %s", plural(len(missing), "word", "words"), strings.Join(missing, ", ")),
			"add them under site: in "+path.Join(l.Code, TextFile)+", one a line such as '  downloads: ...', in this language; haven has all its own only for "+strings.Join(slices.Sorted(maps.Keys(builtinSiteWords())), " and ")+", and its quick exit's for "+strings.Join(slices.Sorted(maps.Keys(exitWords())), ", "))
	}
	return ws
}

// onPaper refuses a site: on_paper that leaves out {file} or {paper}: the page's downloads
// would not say what each is, or on which paper.
func onPaper(at diag.Located) diag.Problems {
	var missing []string
	for _, p := range []string{"{file}", "{paper}"} {
		if at.Text != "" && !strings.Contains(at.Text, p) {
			missing = append(missing, p)
		}
	}
	var ps diag.Problems
	if len(missing) > 0 {
		ps.Add(at.File, at.Line, "site.on_paper", fmt.Sprintf("%s has no %s", diag.Quote(at.Text), strings.Join(missing, " or ")),
			`write both, e.g. on_paper: "{file} on {paper}": the resource page names each file to download by what it is and its paper`)
	}
	return ps
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
