package content

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
)

// A language's page words are its own text.yaml's site: keys, else haven's for the language
// (es-MX has Spanish; Vietnamese, Arabic, Chinese and more have the quick exit's), else
// English; a language left with English words is warned of at its text.yaml, naming the keys
// it lacks, and one with them all is not.
func TestSiteWords(t *testing.T) {
	const sw = "\nsite:\n  exit: Ondoka kwenye ukurasa huu\n  skip: Ruka hadi maudhui makuu\n"
	for _, tt := range []struct {
		name, lang, add string
		exit, exitLang  string // the quick exit's words and their language
		warn            string // in the warning, or "" for none
		safety          string // the start of the safety note, when it is asked about
	}{
		{"English", "en", "", "Exit this page", "en", "", ""},
		{"a variety of Spanish", "es-MX", "", "Salir de esta página", "es", "", ""},
		{"no words of its own", "sw", "", "Exit this page", "en", "content/sw/text.yaml:LANGUAGE: site: the resource page (haven site) prints 31 words in English: site: has no exit, skip, safety,", ""},
		{"the file to add them to, from the content folder", "sw", "", "Exit this page", "en", "(add them under site: in sw/text.yaml, one a line", ""},
		{"some words of its own", "sw", sw, "Ondoka kwenye ukurasa huu", "sw", "content/sw/text.yaml:EXIT: site: the resource page (haven site) prints 29 words in English: site: has no safety, safety_nojs, private,", ""},
		{"every word of its own", "sw", "\nsite:\n" + allSiteKeys("Neno"), "Neno exit", "sw", "", ""},
		// haven's words for the quick exit and the page's frame, the others English
		{"haven's exit words", "vi", "", "Thoát khỏi trang này", "vi", "content/vi/text.yaml:LANGUAGE: site: the resource page (haven site) prints 21 words in English: site: has no private, languages, contents,", "Để rời đi nhanh, hãy chọn “Thoát khỏi trang này”"},
		{"haven's exit words, Arabic", "ar", "", "الخروج من هذه الصفحة", "ar", "prints 21 words in English", "للمغادرة بسرعة، اختر «الخروج من هذه الصفحة»"},
		{"haven's exit words, Chinese in traditional characters", "zh-TW", "", "離開此頁面", "zh-TW", "prints 21 words in English", "如需快速離開，請選擇「離開此頁面」"},
		{"its own words over haven's", "es", "\nsite:\n  exit: Salir ya\n", "Salir ya", "es", "", "Para salir rápido, seleccione «Salir ya» o"},
		// haven's note names the exit button the page has, in the words text.yaml gives it
		{"its own exit, haven's note", "sw", sw, "Ondoka kwenye ukurasa huu", "sw", "content/sw/text.yaml:EXIT: site:", "To leave quickly, select “Ondoka kwenye ukurasa huu” or, on a keyboard"},
		{"its own exit, haven's note in its language", "vi", "\nsite:\n  exit: Rời trang\n", "Rời trang", "vi", "content/vi/text.yaml:EXIT: site:", "Để rời đi nhanh, hãy chọn “Rời trang” hoặc"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			m := withFile(t, "x", nil).(fstest.MapFS)
			from := map[bool]string{true: "es", false: "en"}[strings.HasPrefix(tt.lang, "es")]
			if tt.lang != from {
				m[tt.lang+"/faq.md"] = m[from+"/faq.md"]
			}
			base := string(m[from+"/text.yaml"].Data)
			m[tt.lang+"/text.yaml"] = &fstest.MapFile{Data: []byte(base + tt.add)}
			// where the warning points: the language: line, or the first key under site:
			lines := strings.Split(base, "\n")
			language := slices.IndexFunc(lines, func(l string) bool { return strings.HasPrefix(l, "language:") }) + 1
			want := strings.NewReplacer("LANGUAGE", strconv.Itoa(language), "EXIT", strconv.Itoa(len(lines)+2)).Replace(tt.warn)
			c, err := Load(m, "content", Overrides{Langs: []string{tt.lang}})
			if err != nil {
				t.Fatal(err)
			}
			if got := SiteWords(&c.Languages[0])["exit"]; got != (SiteWord{tt.exit, tt.exitLang}) {
				t.Errorf("exit is %+v, want %q in %s", got, tt.exit, tt.exitLang)
			}
			if got := SiteWords(&c.Languages[0])["safety"].Text; !strings.HasPrefix(got, tt.safety) {
				t.Errorf("safety note %q, want it to start %q", got, tt.safety)
			}
			var warned []string
			for _, w := range c.Warnings {
				if w.Field == "site" {
					warned = append(warned, w.Error())
				}
			}
			if want == "" && len(warned) > 0 || want != "" && (len(warned) != 1 || !strings.Contains(warned[0], want)) {
				t.Errorf("warnings %q, want one with %q", warned, want)
			}
		})
	}
}

// allSiteKeys is a site: section giving every key, each the key after prefix.
func allSiteKeys(prefix string) string {
	var b strings.Builder
	for _, f := range new(SiteText).fields() {
		if f.key == "on_paper" {
			b.WriteString("  on_paper: \"{file} " + prefix + " {paper}\"\n")
			continue
		}
		b.WriteString("  " + f.key + ": " + prefix + " " + f.key + "\n")
	}
	return b.String()
}

// The quick exit may not open the hotline's or the organisation's own site, on any of its
// pages or subdomains: that is what the reader is leaving; nor the discreet card's address,
// which leads back to it, nor a help site the page links to or the content prints.
func TestExitURLNotBackToTheHotline(t *testing.T) {
	for _, tt := range []struct{ name, settings, want, contact, resource, faq string }{
		{"an everyday site", "site:\n  exit_url: https://www.weather.gov\n", "", "", "", ""},
		{"the hotline's page", "site:\n  exit_url: https://humantraffickinghotline.org/exit\n", `site.exit_url: "https://humantraffickinghotline.org/exit" is on humantraffickinghotline.org, the site of resource_url`, "", "", ""},
		{"a subdomain of it", "site:\n  exit_url: https://www.humantraffickinghotline.org\n", "the site of resource_url", "", "", ""},
		{"it in capitals", "site:\n  exit_url: https://HumanTraffickingHotline.org\n", `site.exit_url: "https://HumanTraffickingHotline.org" is on humantraffickinghotline.org, the site of resource_url`, "", "", ""},
		{"an everyday site in capitals", "site:\n  exit_url: https://www.Weather.gov\n", "", "", "", ""},
		{"the organisation's site", "site:\n  exit_url: https://news.missionhaven.org/\n", "the site of organisation.website", "", "", ""},
		{"the chat's site", "site:\n  exit_url: https://chat.talkline.net/\n", "the site of hotline.chat", "", "", ""},
		{"the site in the contact line", "site:\n  exit_url: https://www.mission-haven.org/\n", "is on mission-haven.org, the site of organisation.contact", `"www.mission-haven.org · 614-555-0100"`, "", ""},
		{"the hotline's site, another resource_url", "site:\n  exit_url: https://humantraffickinghotline.org/\n", `opens humantraffickinghotline.org, which names "National Human Trafficking Hotline": the quick exit opens it in place of the page, and the phone's history keeps it`, "", "https://help.samples.org/dmst", ""},
		{"an everyday site, another resource_url", "site:\n  exit_url: https://www.weather.gov\n", "", "", "https://help.samples.org/dmst", ""},
		{"a site whose name holds a word run together", "site:\n  exit_url: https://www.airforce.com\n", "", "", "https://help.samples.org/dmst", ""},
		{"another", "site:\n  exit_url: https://www.violetshop.com/\n", "", "", "", ""},
		{"the discreet card's address", "cards:\n  discreet_url: https://calm-garden.org/info\nsite:\n  exit_url: https://calm-garden.org/info\n", `site.exit_url: "https://calm-garden.org/info" is on calm-garden.org, the site of cards.discreet_url (line`, "", "", ""},
		{"another page of its site", "cards:\n  discreet_url: https://calm-garden.org/info\nsite:\n  exit_url: https://www.calm-garden.org/recipes\n", "the site of cards.discreet_url", "", "", ""},
		{"the page's built-in safety link", "site:\n  exit_url: https://www.techsafety.org/\n", `is on techsafety.org, a site the resource page links to or prints: the page's built-in link on browsing privately`, "", "", ""},
		{"another page of it", "site:\n  exit_url: https://techsafety.org/resources\n", "a site the resource page links to or prints", "", "", ""},
		{"a site the FAQ links", "site:\n  exit_url: https://loveisrespect.org/\n", `is on loveisrespect.org, a site the resource page links to or prints: "https://www.loveisrespect.org/help" (content/en/faq.md line`, "", "", "\nSee [Love is Respect](https://www.loveisrespect.org/help).\n"},
		{"a site the FAQ prints", "site:\n  exit_url: https://www.thehotline.org/\n", `is on thehotline.org, a site the resource page links to or prints: "thehotline.org" (content/en/faq.md line`, "", "", "\nYou can also visit thehotline.org any time.\n"},
		{"an everyday site beside FAQ links", "site:\n  exit_url: https://www.weather.gov\n", "", "", "", "\nSee [Love is Respect](https://www.loveisrespect.org/help).\n"},
		// the field's abbreviations say as much as its words; a click id tells an ad network who left
		{"a search for the field's abbreviation", "site:\n  exit_url: 'https://www.youtube.com/results?search_query=dv+help'\n", `says "dv", which those who know the field read as what it is about: the quick exit opens it`, "", "", ""},
		{"an everyday site's page named so", "site:\n  exit_url: https://www.weather.gov/ipv\n", `says "ipv"`, "", "", ""},
		{"an everyday site's subdomain named so", "site:\n  exit_url: https://abuse.weather.gov/\n", `says "abuse": the quick exit opens it`, "", "", ""},
		{"an everyday site with a click id", "site:\n  exit_url: https://www.weather.gov/?fbclid=abc\n", "carries fbclid", "", "", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			m := withFile(t, "x", nil).(fstest.MapFS)
			s := string(m["settings.yaml"].Data)
			s = strings.Replace(s, "\nhotline:\n", "\n"+tt.settings+"\nhotline:\n", 1)
			s = strings.Replace(s, "\n  logo:", "\n  website: https://missionhaven.org\n  logo:", 1)
			s = strings.Replace(s, `  chat: ""`, `  chat: https://chat.talkline.net/live`, 1)
			if tt.contact != "" {
				s = strings.Replace(s, `  contact: ""`, "  contact: "+tt.contact, 1)
			}
			if tt.resource != "" {
				s = regexp.MustCompile(`(?m)^resource_url: .*$`).ReplaceAllString(s, "resource_url: "+tt.resource)
			}
			m["settings.yaml"] = &fstest.MapFile{Data: []byte(s)}
			if tt.faq != "" {
				m["en/faq.md"] = &fstest.MapFile{Data: append(slices.Clone(m["en/faq.md"].Data), tt.faq...)}
			}
			_, err := Load(m, "content", Overrides{})
			if tt.want == "" && err != nil || tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)) {
				t.Errorf("got %v, want %q", err, tt.want)
			}
		})
	}
}

// The quick exit's address is read for what it says as the discreet card's is: a revealing
// word run into another where it ends a word or another starts after it (endabuse), in the
// card's language and English, a word of another list whole, and a word of the
// organisation's or the hotline's name; everyday sites, whose names hold many a word run
// together, pass.
func TestExitURLReadAsDiscreetURL(t *testing.T) {
	for _, tt := range []struct{ lang, exit, want string }{
		{"es", "https://www.endabuse.org/", `content/settings.yaml:27: site.exit_url: "https://www.endabuse.org/" says "endabuse", which holds "abuse": the quick exit opens it in place of the page, and the phone's history keeps it (choose an everyday site`},
		{"es", "https://www.samples.com/endabuse", `says "endabuse", which holds "abuse"`},
		{"es", "https://www.stopviolencia.org/", `says "stopviolencia", which holds "violencia"`},
		{"fr", "https://www.sosfemmes.com/", `says "sos femmes", a word of the French list: the quick exit opens it`},
		{"es", "https://www.haven-weather.com/", `says "haven", a word of the organisation's name "The Mission Haven": the quick exit opens it`},
		{"es", "https://www.weather.gov/", ""},
		{"fr", "https://www.theweathernetwork.com/", ""},
		{"fr", "https://www.meteomedia.com/", ""},
		{"es", "https://www.eltiempo.es/", ""},
		{"es", "https://www.airforce.com/", ""},
		{"es", "https://www.violetshop.com/", ""},
		{"es", "https://www.therapeutic-riding.org/", ""},
	} {
		t.Run(tt.lang+" "+tt.exit, func(t *testing.T) {
			m := withFile(t, "x", nil).(fstest.MapFS)
			s := strings.Replace(string(m["settings.yaml"].Data), "\nhotline:\n", "\nsite:\n  exit_url: "+tt.exit+"\n\nhotline:\n", 1)
			m["settings.yaml"] = &fstest.MapFile{Data: []byte(s)}
			if _, ok := m[tt.lang+"/text.yaml"]; !ok { // a language like English, with its own list
				m[tt.lang+"/text.yaml"], m[tt.lang+"/faq.md"] = m["en/text.yaml"], m["en/faq.md"]
			}
			_, err := Load(m, "content", Overrides{Langs: []string{tt.lang}})
			if tt.want == "" && err != nil || tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)) {
				t.Errorf("got %v, want %q", err, tt.want)
			}
		})
	}
}

// The site: block en/text.yaml shows translators loads when uncommented, without a warning,
// and says haven's own English words.
func TestSiteBlockInEnglishText(t *testing.T) {
	m := withFile(t, "x", nil).(fstest.MapFS)
	base := string(m["en/text.yaml"].Data)
	_, block, ok := strings.Cut(base, "\n# site:\n")
	if !ok {
		t.Fatal("en/text.yaml shows no site: block")
	}
	uncommented := "\nsite:\n" + strings.ReplaceAll(strings.TrimPrefix(block, "# "), "\n# ", "\n")
	m["vi/text.yaml"], m["vi/faq.md"] = &fstest.MapFile{Data: []byte(base + uncommented)}, m["en/faq.md"]
	c, err := Load(m, "content", Overrides{Langs: []string{"vi"}})
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range c.Warnings {
		if w.Field == "site" {
			t.Error(w)
		}
	}
	for key, w := range SiteWords(&c.Languages[0]) {
		if w != (SiteWord{builtinSiteWords()["en"][key], "vi"}) {
			t.Errorf("%s: %q, haven says %q", key, w.Text, builtinSiteWords()["en"][key])
		}
	}
}

// site: on_paper puts a file's name and its paper together on the resource page: one that
// leaves either out is refused with its line, and placeholders of its own are no error.
func TestOnPaperNamesBoth(t *testing.T) {
	for _, tt := range []struct{ value, want string }{
		{`"{file} on {paper}"`, ""},
		{`"{paper}: {file}"`, ""},
		{`"{file}"`, `site.on_paper: "{file}" has no {paper}`},
		{"on", `site.on_paper: "on" has no {file} or {paper}`},
		{`"{file} on {size}"`, "site.on_paper: unknown placeholder {size} (use one of {call}, {text}, {keyword}, {tty}, {chat}, {emergency}, {organisation}, {url}; here also {file}, {paper})"},
	} {
		t.Run(tt.value, func(t *testing.T) {
			m := withFile(t, "x", nil).(fstest.MapFS)
			base := string(m["en/text.yaml"].Data)
			m["en/text.yaml"] = &fstest.MapFile{Data: []byte(base + "\nsite:\n  on_paper: " + tt.value + "\n")}
			_, err := Load(m, "content", Overrides{})
			line := strconv.Itoa(strings.Count(base, "\n") + 3)
			switch {
			case tt.want == "" && err != nil:
				t.Fatal(err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), "content/en/text.yaml:"+line+": "+tt.want)):
				t.Errorf("got %v, want line %s: %s", err, line, tt.want)
			}
		})
	}
}
