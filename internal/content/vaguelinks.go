package content

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"haven/internal/diag"
)

// vagueWords are link words that say nothing of where a link goes, by language (its code
// before any '-'): a screen reader's list of links reads each link's words alone (WCAG 2.4.4),
// and on paper, which cannot be tapped, "click here" means nothing. English ones are looked
// for in every language, where they are left untranslated as often as not.
var vagueWords = map[string][]string{
	"en": {"click here", "click", "here", "tap here", "press here", "this link", "link", "this page", "read more", "more", "learn more", "more info", "more information", "go"},
	"es": {"haga clic aquí", "haz clic aquí", "clic aquí", "pulse aquí", "pulsa aquí", "aquí", "este enlace", "enlace", "leer más", "más", "más información", "saber más"},
	"fr": {"cliquez ici", "cliquer ici", "ici", "ce lien", "lien", "lire la suite", "en savoir plus", "plus"},
	"de": {"hier klicken", "klicken sie hier", "klick hier", "hier", "dieser link", "diesen link", "link", "weiterlesen", "mehr", "mehr erfahren"},
	"pt": {"clique aqui", "clica aqui", "aqui", "este link", "link", "leia mais", "saiba mais", "mais"},
	"vi": {"bấm vào đây", "nhấn vào đây", "nhấp vào đây", "đây", "liên kết này", "xem thêm", "đọc thêm"},
	"zh": {"点击这里", "點擊這裡", "点击此处", "點擊此處", "点此", "點此", "这里", "這裡", "此处", "此處", "此链接", "此連結", "这个链接", "這個連結", "了解更多", "阅读更多", "閱讀更多", "更多"},
	"ko": {"여기를 클릭하세요", "여기를 클릭", "여기", "이 링크", "더 보기", "더보기", "자세히 보기"},
	"ar": {"انقر هنا", "اضغط هنا", "هنا", "هذا الرابط", "الرابط", "اقرأ المزيد", "المزيد"},
	"ru": {"нажмите здесь", "нажмите сюда", "здесь", "тут", "сюда", "эта ссылка", "ссылка", "по ссылке", "подробнее", "читать далее", "далее"},
	"ht": {"klike la", "klike isit la", "isit la", "lyen sa a", "li plis", "plis"},
	"tl": {"i-click dito", "pindutin dito", "dito", "link na ito", "magbasa pa", "basahin pa"},
}

// vagueLinks warns of the FAQ's links whose words are only words such as "click here" (in
// English or the language code's): they name file and line, and what to write instead.
func vagueLinks(file, code string, faq *FAQ) diag.Problems {
	base, _, _ := strings.Cut(strings.ToLower(code), "-")
	var ps diag.Problems
	for _, paras := range faq.paras() {
		for _, p := range paras {
			for _, l := range p.Links {
				words := strings.ToLower(strings.Join(strings.FieldsFunc(Unmark(l.Text), func(r rune) bool {
					return unicode.IsSpace(r) || unicode.IsPunct(r) && r != '-' || unicode.IsSymbol(r) // "Click here »", "here."
				}), " "))
				if l.bare || !slices.Contains(vagueWords["en"], words) && !slices.Contains(vagueWords[base], words) {
					continue
				}
				ps.Add(file, l.line, p.Field, fmt.Sprintf("the link [%s](%s) says only %q: a screen reader's list of links reads it alone, and on paper it says nothing of where it goes", l.Text, l.asTyped(), Unmark(l.Text)),
					fmt.Sprintf("put the link on words that say where it goes, such as the page's name or what it is about, in place of %q", Unmark(l.Text)))
			}
		}
	}
	return ps
}
