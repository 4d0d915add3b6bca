package content

import (
	"strings"
	"testing"
)

// withAlt is the change (as edits takes it) that makes English's qr_alt s.
func withAlt(s string) []string {
	return []string{"en/text.yaml", `qr_alt: "QR code: opens {url}"`, `qr_alt: "` + s + `"`}
}

// A web address written in qr_alt, which a screen reader says for every QR code, must be the
// one the codes open or the address printed under them (in any case, with any scheme);
// another (a capital I for an l, another page, another site) is refused at qr_alt's line with
// a hint to write {url}.
func TestCodeAltNamesTheAddressItOpens(t *testing.T) {
	display := []string{"settings.yaml", `display_url: ""`, "display_url: humantraffickinghotline.org"}
	resource := []string{"settings.yaml", "resource_url: https://humantraffickinghotline.org", "resource_url: https://samples.org/help/?utm_source=web"}
	tests := []editCase{
		{"the placeholder", [][]string{withAlt("QR code: opens {url}")}, ""},
		{"the address written out", [][]string{withAlt("QR code: opens https://humantraffickinghotline.org/.")}, ""},
		{"in another case", [][]string{withAlt("QR code: opens HumanTraffickingHotline.org, the hotline's page")}, ""},
		{"no address", [][]string{withAlt("QR code: opens the hotline's page, e.g. to chat")}, ""},
		{"a letter slipped", [][]string{withAlt("QR code: opens https://humantraffickinghotIine.org, the hotline")},
			`content/en/text.yaml:86: qr_alt: names the address "https://humantraffickinghotIine.org", but the QR codes open https://humantraffickinghotline.org: a screen reader would say an address the code does not open (write {url} where the address goes, which says humantraffickinghotline.org, the address printed under the codes)`},
		{"a look-alike letter", [][]string{withAlt("QR code: opens humantraffickinghotlinе.org")}, // a Cyrillic е
			`content/en/text.yaml:86: qr_alt: names the address "humantraffickinghotlinе.org", but`},
		{"another page", [][]string{withAlt("QR code: opens (humantraffickinghotline.org/es)")},
			`content/en/text.yaml:86: qr_alt: names the address "humantraffickinghotline.org/es", but`},
		{"another site besides", [][]string{withAlt("QR code: opens {url}, or see polarisproject.org's page")},
			`content/en/text.yaml:86: qr_alt: names the address "polarisproject.org", but`},
		{"resource_url where display_url prints", [][]string{display, withAlt("QR code: opens https://humantraffickinghotline.org")}, ""},
		{"without its tracking fields", [][]string{resource, withAlt("QR code: opens samples.org/help/")}, ""},
		// an address in the query is no scheme of the page's: {url} says the page
		{"an address in its query", [][]string{{"settings.yaml", "resource_url: https://humantraffickinghotline.org", "resource_url: https://samples.org/go?to=https://samples.org/help"}, withAlt("QR code: opens {url}")}, ""},
		// read aloud, they would name where the code was found
		{"with them", [][]string{resource, withAlt("QR code: opens https://samples.org/help/?utm_source=web")},
			`content/en/text.yaml:86: qr_alt: writes the address "https://samples.org/help/?utm_source=web" with tracking fields (utm_source)`},
	}
	runEdits(t, tests)
}

// An address written beside the QR codes (the handout's scan_title, the poster's scan and
// scan_guide) is the one the codes open or the one printed under them, as qr_alt's is: another
// page of the codes' site is refused as another site is, since a reader who types it reaches
// it in place of the code's page; the codes' address with or without www. or its scheme, in
// any case, and display_url's where it prints, pass.
func TestScanCaptionNamesTheCodesAddress(t *testing.T) {
	title := func(s string) []string {
		return []string{"en/text.yaml", "scan_title: Scan for help and resources", "scan_title: " + s}
	}
	scan := func(s string) []string {
		return []string{"en/text.yaml", "scan: Scan for help and resources", "scan: " + s}
	}
	display := []string{"settings.yaml", `display_url: ""`, "display_url: humantraffickinghotline.org/help"}
	runEdits(t, []editCase{
		{"another page in scan_title", [][]string{title(`"Scan to open humantraffickinghotline.org/chat"`)},
			`content/en/text.yaml:22: handout.scan_title: names the address "humantraffickinghotline.org/chat" beside the QR codes, which open https://humantraffickinghotline.org: a reader who types what is printed reaches another page than the codes open (write {url} where the address goes, which prints humantraffickinghotline.org, the address under the codes)`},
		{"another page in poster.scan", [][]string{scan(`"Scan or visit https://www.humantraffickinghotline.org/chat"`)},
			`content/en/text.yaml:74: poster.scan: names the address "https://www.humantraffickinghotline.org/chat" beside the QR codes, which open https://humantraffickinghotline.org: a reader who types what is printed reaches another page than the codes open`},
		{"another page in poster.scan_guide", [][]string{{"en/text.yaml", "scan_guide: Scan for the full guide", "scan_guide: Scan or visit humantraffickinghotline.org/guide"}},
			`content/en/text.yaml:77: poster.scan_guide: names the address "humantraffickinghotline.org/guide" beside the QR codes`},
		{"another site", [][]string{title("Scan or visit polarisproject.org")},
			`content/en/text.yaml:22: handout.scan_title: names the address "polarisproject.org" beside the QR codes, which open https://humantraffickinghotline.org: a reader who types what is printed reaches another site`},
		{"the resource page where display_url prints another", [][]string{display, title("Scan or visit humantraffickinghotline.org/chat")},
			`content/en/text.yaml:22: handout.scan_title: names the address "humantraffickinghotline.org/chat" beside the QR codes`},
		// what passes
		{"the placeholder", [][]string{title("Scan or visit {url}")}, ""},
		{"the address written out", [][]string{title("Scan or visit humantraffickinghotline.org."), scan("Scan or visit https://HumanTraffickingHotline.org/")}, ""},
		{"with www.", [][]string{title("Scan or visit www.humantraffickinghotline.org"), withAlt("QR code: opens www.humantraffickinghotline.org")}, ""},
		{"display_url where it prints", [][]string{display, title("Scan or visit humantraffickinghotline.org/help"), scan("Scan or visit humantraffickinghotline.org")}, ""},
		{"an e-mail address", [][]string{title("Scan, or write to help@humantraffickinghotline.org")}, ""},
	})
}

// The discreet card's code says qr_alt with its own address in place of the resource page's:
// in a run that prints it, a qr_alt whose other words say what the card is about or whose line
// it is, is refused; one that names no address is not, since the card then says haven's own
// neutral words; so is any qr_alt when the card has no code.
func TestDiscreetCodeAltIsNeutral(t *testing.T) {
	code := []string{"settings.yaml", "# cards:\n#   offset: 0,0", "cards:\n  discreet_url: https://calm-notes.net/talk"}
	for _, tt := range []struct {
		name    string
		changes [][]string
		want    string
	}{
		{"neutral", [][]string{code}, ""},
		{"a revealing word", [][]string{code, withAlt("QR code: opens {url}, the trafficking hotline")},
			`content/en/text.yaml:86: qr_alt: prints "trafficking" in what a screen reader says for the discreet card's QR code, which must not say what it is about (keep qr_alt to what the code opens, e.g. "QR code: opens {url}": the discreet card's code says it too, with its own address)`},
		{"the hotline's name", [][]string{code, withAlt("QR code: opens {url}, the National Human Trafficking Hotline's page")},
			`content/en/text.yaml:86: qr_alt: prints "National Human Trafficking Hotline" in what a screen reader says`},
		{"no address", [][]string{code, withAlt("QR code for the trafficking hotline")}, ""},
		{"no code", [][]string{withAlt("QR code: opens {url}, the trafficking hotline")}, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := ""
			if _, err := Load(edits(t, tt.changes...), "content", Overrides{Discreet: true, Langs: []string{"en"}}); err != nil {
				got = err.Error()
			}
			if tt.want == "" && got != "" || !strings.Contains(got, tt.want) {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}

// A discreet card's code leads to the resource page, which is then discreet too: its title and
// its PDFs' titles are neutral, as site: discreet: true makes them.
func TestDiscreetURLMakesTheSiteDiscreet(t *testing.T) {
	code := []string{"settings.yaml", "# cards:\n#   offset: 0,0", "cards:\n  discreet_url: https://calm-notes.net/talk"}
	for _, tt := range []struct {
		name    string
		changes [][]string
		want    bool
	}{
		{"without a discreet address", nil, false},
		{"with one", [][]string{code}, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Load(edits(t, tt.changes...), "content", Overrides{Langs: []string{"en"}})
			if err != nil {
				t.Fatal(err)
			}
			if c.Settings.Site.Discreet != tt.want {
				t.Errorf("site: discreet is %v, want %v", c.Settings.Site.Discreet, tt.want)
			}
		})
	}
}

// AltFor puts the address a code opens in place of each address qr_alt names, leaving the
// punctuation around it; a qr_alt that names none cannot say it.
func TestAltFor(t *testing.T) {
	for _, tt := range []struct{ alt, want string }{
		{"QR code: opens humantraffickinghotline.org", "QR code: opens calm-notes.net/talk"},
		{"Código QR: abre (https://samples.org/help/?lang=es).", "Código QR: abre (calm-notes.net/talk)."},
		{"opens samples.org's page at samples.org/help", "opens calm-notes.net/talk's page at calm-notes.net/talk"},
		// written against words without a space, as Chinese, Thai and Korean write them
		{"二维码：打开samples.org/help。", "二维码：打开calm-notes.net/talk。"},
		{"扫码打开https://samples.org/help即可", "扫码打开calm-notes.net/talk即可"},
		{"สแกนเพื่อเปิดsamples.org/help", "สแกนเพื่อเปิดcalm-notes.net/talk"},
		{"QR 코드: samples.org/help에서", "QR 코드: calm-notes.net/talk에서"},
		{"QR code to the hotline, e.g. to chat", ""},
		{"", ""},
	} {
		if got := AltFor(tt.alt, "calm-notes.net/talk"); got != tt.want {
			t.Errorf("AltFor(%q) = %q, want %q", tt.alt, got, tt.want)
		}
	}
}

// An address written against words without a space between them (Chinese, Thai) begins and
// ends where another script or a full-width mark does, as {url} filled in there does: each
// check that reads the addresses of a text reads the address alone. It was read with the words
// around it: the placeholder refused as naming another address, a slip in a host or an email
// address against them passed. A look-alike letter of another alphabet is still read with its
// address, as the address it passes for.
func TestAddressesAgainstUnspacedWords(t *testing.T) {
	text := func(old, new string) []string { return []string{"en/text.yaml", old, new} }
	const note = "note: You can report anonymously. Interpreters in more than 200 languages."
	runEdits(t, []editCase{
		{"qr_alt's placeholder after a word", [][]string{withAlt("扫码打开{url}")}, ""},
		{"qr_alt's placeholder after a Thai word", [][]string{withAlt("สแกนเพื่อเปิด{url}")}, ""},
		{"qr_alt's address between words", [][]string{withAlt("扫码打开humantraffickinghotline.org即可")}, ""},
		{"a slipped address in qr_alt", [][]string{withAlt("扫码打开humantraffickinghotIine.org即可")},
			`content/en/text.yaml:86: qr_alt: names the address "humantraffickinghotIine.org", but`},
		{"a look-alike letter", [][]string{withAlt("扫码打开humantraffickinghotlinе.org")}, // a Cyrillic е
			`content/en/text.yaml:86: qr_alt: names the address "humantraffickinghotlinе.org", but`},
		{"the placeholder in a caption", [][]string{text("scan_title: Scan for help and resources", "scan_title: 扫码或访问{url}")}, ""},
		{"another site in a caption", [][]string{text("scan_title: Scan for help and resources", "scan_title: 扫码或访问polarisproject.org获取帮助")},
			`content/en/text.yaml:22: handout.scan_title: names the address "polarisproject.org" beside the QR codes`},
		{"a slipped host", [][]string{text(note, "note: 详见humantraffickinghotlien.org。")},
			`content/en/text.yaml:18: help.note: prints the address "humantraffickinghotlien.org", whose host humantraffickinghotlien.org is one slip from the organisation's own humantraffickinghotline.org`},
		{"a slipped email address", [][]string{text(note, "note: 发邮件至help@humantraffickinghotlien.org即可")},
			`content/en/text.yaml:18: help.note: prints the address "help@humantraffickinghotlien.org", whose host`},
	})
}
