package build

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"haven/internal/contenttest"
	"haven/internal/typeface"
)

// Another service's number the FAQ asks to call ("call or text 988", a hotline's full number)
// is a link on paper and on the page, drawn over the number alone, as the organisation's are,
// where it stands: a year, a count or a room of the same digits in the paragraph is none; the
// same number twice on a line ("Text 988 or dial 988") is two links, a text and a call.
func TestOtherServicesNumbersAreLinked(t *testing.T) {
	faq := mustReadFile(t, filepath.Join("..", "..", "content", "en", "faq.md"))
	const at = "No. Most victims know their traffickers."
	if !strings.Contains(faq, at) {
		t.Fatalf("en/faq.md has no %q", at)
	}
	faq = strings.Replace(faq, at, "No. Text 988 or dial 988. In 2024, 988 calls came in. If you feel unsafe, call 988, or the domestic violence hotline at 1-800-799-7233. Room 988 is ours. "+at, 1)
	res := runFiles(t, map[string]string{"en/faq.md": faq}, Options{Kinds: []string{"handout", "site"}, Langs: []string{"en"}, Papers: []string{"letter"}})
	want := map[string]string{"tel:988": "988", "sms:988": "988", "tel:+18007997233": "1-800-799-7233"}
	times := map[string]int{"tel:988": 2, "sms:988": 1, "tel:+18007997233": 1} // two links of one number on a line each count
	found := map[string]int{}
	r := resultOf(t, res, "handout-en-letter.pdf")
	for n, pg := range readPDF(t, r.Path) {
		for _, l := range pg.Links {
			if want[l.URI] == "" {
				continue
			}
			found[l.URI]++
			var under []string
			for _, tx := range pg.Texts {
				if math.Abs(tx.X-l.X) < 0.01 && tx.Y >= l.Y && tx.Y <= l.Y+l.H {
					under = append(under, tx.S)
				}
			}
			if len(under) != 1 || under[0] != want[l.URI] {
				t.Errorf("page %d: a link to %s over %q", n+1, l.URI, under)
			}
		}
	}
	page, err := os.ReadFile(filepath.Join(filepath.Dir(r.Path), "site", "en", "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	for uri := range want {
		if found[uri] != times[uri] {
			t.Errorf("%d links to %s in the handout, want %d", found[uri], uri, times[uri])
		}
		if n := strings.Count(string(page), `href="`+strings.ReplaceAll(uri, "+", "&#43;")+`"`); n != times[uri] {
			t.Errorf("%d links to %s on the page, want %d", n, uri, times[uri])
		}
	}
	if strings.Contains(string(page), `<a href="tel:2024"`) {
		t.Error("the page links the year 2024")
	}
}

// A full number written as a phone number is one to dial wherever it stands, as in a list of
// other services ("Fem'aide: 1-877-336-2433") whose items ask for nothing: a link on paper and
// on the page, between linked neighbours; what only reads as one (a fax's, a label's, a span
// of years) stays unlinked. Read back from the handout's links and the page's.
func TestListedNumbersAreLinked(t *testing.T) {
	const at = "No. Most victims know their traffickers."
	list := "Other help:\n\n- Fem'aide, the French-language helpline for women in Ontario: 1-877-336-2433\n" +
		"- Kids Help Phone: 1-800-668-6868\n- The Lifeline, for emergency support: call 1-800-273-8255\n" +
		"- Fax: 614-276-2274, EIN 95-1234567, open 2019-2024\n\n"
	faq := strings.Replace(builtinFAQ(t), at, list+at, 1)
	res := runFiles(t, map[string]string{"en/faq.md": faq}, Options{Kinds: []string{"handout", "site"}, Langs: []string{"en"}, Papers: []string{"letter"}})
	r := resultOf(t, res, "handout-en-letter.pdf")
	found := map[string]bool{}
	for _, pg := range readPDF(t, r.Path) {
		for _, l := range pg.Links {
			found[l.URI] = true
		}
	}
	page := mustReadFile(t, filepath.Join(filepath.Dir(r.Path), "site", "en", "index.html"))
	onPage := func(uri string) bool {
		return strings.Contains(page, `href="`+strings.ReplaceAll(uri, "+", "&#43;")+`"`)
	}
	for _, uri := range []string{"tel:+18773362433", "tel:+18006686868", "tel:+18002738255"} {
		if !found[uri] || !onPage(uri) {
			t.Errorf("%s: linked in the handout %v, on the page %v; want both", uri, found[uri], onPage(uri))
		}
	}
	for _, uri := range []string{"tel:+16142762274", "tel:951234567", "tel:+1951234567", "tel:20192024"} {
		if found[uri] || onPage(uri) {
			t.Errorf("%s: no phone number, but linked (handout %v, page %v)", uri, found[uri], onPage(uri))
		}
	}
}

// A number is linked wherever a language's words ask to call or text it, in its own word order,
// and opens what they ask: a text message after a verb of texting in any language haven knows
// (Quebec's "texter le", "envoyez un texto au", "envía un mensaje de texto al", Somali
// "qoraal ugu dir"); a call after the verb (Korean, Japanese, Amharic, Urdu, Persian, Turkish,
// a case ending against the number: "'ü arayın"), with a service's name between the verb and
// the number ("Zadzwoń do „Niebieskiej Linii” pod numer"), and for a second number joined by
// "or" in any language ("lub", "ή την Αστυνομία στο"). A number no words ask for in the same
// sentences stays unlinked: a count, a room, a street number, a year, opening hours, and a
// number to message in an app, or joined by "or" to one. Read back from the handout's links
// and the page's.
func TestNumbersAskedForInTheirOwnWordOrder(t *testing.T) {
	asked := []struct{ text, uri string }{
		{"Vous pouvez aussi texter le 1-800-201-0001.", "sms:+18002010001"},
		{"Envoyez un texto au 1-800-202-0002.", "sms:+18002020002"},
		{"Envía un mensaje de texto al 1-800-203-0003.", "sms:+18002030003"},
		{"Wac 1-800-224-0024, ama koodka ZIP-kaaga qoraal ugu dir 1-800-204-0004.", "sms:+18002040004"},
		{"Zadzwoń do „Niebieskiej Linii” pod numer 1-800-205-0005 – całodobowo. Mamy 211 łóżek.", "tel:+18002050005"},
		{"Телефонуйте на «Niebieska Linia» за номером 1-800-206-0006 — цілодобово.", "tel:+18002060006"},
		{"Звоните на «Niebieska Linia» по номеру 1-800-207-0007 — круглосуточно.", "tel:+18002070007"},
		{"Σε άμεσο κίνδυνο, καλέστε το 1-800-209-0009 ή την Αστυνομία στο 1-800-208-0008, γραφείο 311, από το 2009.", "tel:+18002080008"},
		{"Gdy życie jest zagrożone, zadzwoń na 1-800-210-0010 lub 1-800-225-0025, albo przyjdź do pokoju 611.", "tel:+18002250025"},
		{"Randevu için 22 Main Street'e gelin; 1-800-212-0012 numarasını arayın. Acil durumda 1-800-213-0013'ü arayın.", "tel:+18002130013"},
		{"저희는 988명을 도왔습니다. 1-800-214-0014번으로 전화하세요. 1-800-215-0015번으로 문자 보내세요.", "sms:+18002150015"},
		{"リトル東京サービスセンター：1-800-216-0016に電話してください。211人を支援しました。", "tel:+18002160016"},
		{"711 ሰዎችን ረድተናል። መስመር 1-800-217-0017 ላይ ይደውሉ፤ ቀንም ሌሊትም ይሠራል።", "tel:+18002170017"},
		{"ہیلپ لائن 1-800-218-0018 پر کال کریں، یہ چوبیس گھنٹے مفت ہے۔", "tel:+18002180018"},
		{"دفتر ما در 811 Stamford Hill است. با خط ملی به شمارهٔ 1-800-219-0019 تماس بگیرید؛ یا با 1-800-220-0020 تماس بگیرید.", "tel:+18002200020"},
		{"Escribe por WhatsApp al 1-800-226-0026 o al 1-800-227-0027, o llama al 1-800-228-0028.", "tel:+18002280028"},
	}
	also := []string{"tel:+18002240024", "tel:+18002090009", "tel:+18002100010", "tel:+18002120012", "tel:+18002140014"} // the calls beside them
	unasked := []string{"tel:211", "tel:311", "tel:611", "tel:711", "tel:811", "tel:988", "tel:2009", "tel:22", "sms:+18002240024",
		"tel:+18002260026", "sms:+18002260026", "tel:+18002270027", "sms:+18002270027"} // an app's numbers, "or" joining the second
	var paras []string
	for _, a := range asked {
		paras = append(paras, a.text)
	}
	faq := strings.Replace(builtinFAQ(t), "No. Most victims know their traffickers.", strings.Join(paras, "\n\n")+"\n\nNo. Most victims know their traffickers.", 1)
	const nanum = "/usr/share/fonts/truetype/nanum/NanumGothic"
	korean, err := typeface.New("NanumGothic", nanum+".ttf", nanum+"Bold.ttf", contenttest.SystemFont(t, nanum+".ttf", "fonts-nanum"), contenttest.SystemFont(t, nanum+"Bold.ttf", "fonts-nanum"))
	if err != nil {
		t.Fatal(err)
	}
	fams := []*typeface.Family{notoFamily(t, "NotoNaskhArabic", "Noto Naskh Arabic"), notoFamily(t, "NotoSansEthiopic", "Noto Sans Ethiopic"), korean, droidFallback(t)}
	res, out, err := runWith(t, contentWith(t, nil, map[string]string{"en/faq.md": faq}), Options{Families: fams, Kinds: []string{"handout", "site"}, Langs: []string{"en"}, Papers: []string{"letter"}})
	if err != nil {
		t.Fatal(err)
	}
	found := map[string]bool{}
	for _, pg := range readPDF(t, resultOf(t, res, "handout-en-letter.pdf").Path) {
		for _, l := range pg.Links {
			found[l.URI] = true
		}
	}
	page := mustReadFile(t, filepath.Join(out, "site", "en", "index.html"))
	onPage := func(uri string) bool {
		return strings.Contains(page, `href="`+strings.ReplaceAll(uri, "+", "&#43;")+`"`)
	}
	want := also
	for _, a := range asked {
		want = append(want, a.uri)
	}
	for _, uri := range want {
		if !found[uri] || !onPage(uri) {
			t.Errorf("%s: linked in the handout %v, on the page %v; want both", uri, found[uri], onPage(uri))
		}
		if other := "tel:" + strings.TrimPrefix(uri, "sms:"); strings.HasPrefix(uri, "sms:") && (found[other] || onPage(other)) {
			t.Errorf("%s: asked to be texted, but linked as a call (%s)", uri, other)
		}
	}
	for _, uri := range unasked {
		if found[uri] || onPage(uri) {
			t.Errorf("%s: no words ask for it, but it is linked (handout %v, page %v)", uri, found[uri], onPage(uri))
		}
	}
}

// A number the words around ask to message in an app, before it ("Message us on WhatsApp at",
// "Send a WhatsApp message to", "WhatsApp us at") or right after it, as a language whose verb
// comes last asks ("… க்கு WhatsApp செய்தி அனுப்புங்கள்"), opens neither a text message nor
// a call on paper or on the page, the organisation's own number too: the app receives
// neither. A call asked for in its own sentence still dials it.
func TestNumbersToMessageInAnAppAreNotLinked(t *testing.T) {
	const at = "No. Most victims know their traffickers."
	count := func(faq string) map[string]int {
		res := runFiles(t, map[string]string{"en/faq.md": faq}, Options{Kinds: []string{"handout", "site"}, Langs: []string{"en"}, Papers: []string{"letter"}})
		r := resultOf(t, res, "handout-en-letter.pdf")
		found := map[string]int{}
		for _, pg := range readPDF(t, r.Path) {
			for _, l := range pg.Links {
				found[l.URI]++
			}
		}
		page, err := os.ReadFile(filepath.Join(filepath.Dir(r.Path), "site", "en", "index.html"))
		if err != nil {
			t.Fatal(err)
		}
		for _, uri := range []string{"tel:+18883737888", "sms:+18883737888"} {
			found["page "+uri] = strings.Count(string(page), `href="`+strings.ReplaceAll(uri, "+", "&#43;")+`"`)
		}
		return found
	}
	base := count(builtinFAQ(t))
	got := count(strings.Replace(builtinFAQ(t), at, "No. Message us on WhatsApp at 1-888-373-7888. Send a WhatsApp message to 1-888-373-7888 first. "+
		"WhatsApp us at 1-888-373-7888. Or 1-888-373-7888 (WhatsApp) at night. Or call 1-888-373-7888. "+at, 1))
	for _, uri := range []string{"tel:+18883737888", "sms:+18883737888", "page tel:+18883737888", "page sms:+18883737888"} {
		want := base[uri]
		if strings.Contains(uri, "tel:") {
			want++ // "Or call 1-888-373-7888"
		}
		if got[uri] != want {
			t.Errorf("%d links to %s, want %d", got[uri], uri, want)
		}
	}
}
