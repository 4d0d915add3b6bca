package build

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"haven/internal/readback"
)

// An organisation whose site has an international name writes it as its readers know it,
// münchen.de or españa.es, in display_url, resource_url, a FAQ link or a bare address: the
// handout prints it so (read back from the PDF), and its links and QR codes open the ASCII
// form every phone resolves (xn--...); the page shows it so and links the ASCII form.
func TestInternationalHostPrintsAsKnown(t *testing.T) {
	const para = "Children are particularly vulnerable"
	for _, tt := range []struct {
		name     string
		settings []string // old, new in settings.yaml
		faq      string   // written before para
		printed  string   // in the handout's text
		opens    string   // a link of the handout, and of the page
		code     string   // what the QR code opens; "" for the default
		page     string   // the page's words for it; "" when it does not show it
	}{
		{"display_url münchen", []string{"resource_url: https://humantraffickinghotline.org", "resource_url: https://münchen.de/hilfe", `display_url: ""`, `display_url: "münchen.de/hilfe"`}, "",
			"münchen.de/hilfe", "https://xn--mnchen-3ya.de/hilfe", "https://xn--mnchen-3ya.de/hilfe", ""},
		{"resource_url españa", []string{"resource_url: https://humantraffickinghotline.org", "resource_url: https://españa.es/ayuda"}, "",
			"españa.es/ayuda", "https://xn--espaa-rta.es/ayuda", "https://xn--espaa-rta.es/ayuda", ""},
		{"resource_url in punycode", []string{"resource_url: https://humantraffickinghotline.org", "resource_url: https://xn--espaa-rta.es/ayuda"}, "",
			"españa.es/ayuda", "https://xn--espaa-rta.es/ayuda", "https://xn--espaa-rta.es/ayuda", ""},
		{"faq link", nil, "See [Stadt München](https://münchen.de/soziales) for more.",
			"Stadt München (münchen.de/soziales)", "https://xn--mnchen-3ya.de/soziales", "", ">Stadt München</a>"},
		{"bare address", nil, "See www.españa.es/ayuda for more.",
			"www.españa.es/ayuda", "https://www.xn--espaa-rta.es/ayuda", "", "españa"},
		// ß is kept as IDNA 2008 keeps it (xn--strae-oqa.de), not made ss as the old rules made
		// it (strasse.de, another site); the same site written in a text is no slip of it
		{"resource_url straße, and a bare address on it", []string{"resource_url: https://humantraffickinghotline.org", "resource_url: https://straße.de/hilfe"}, "See https://straße.de/info for more.",
			"https://straße.de/info", "https://xn--strae-oqa.de/info", "https://xn--strae-oqa.de/hilfe", "straße.de/"},
		// a port is kept: in the link, the code and the address printed under it
		{"resource_url straße with a port", []string{"resource_url: https://humantraffickinghotline.org", "resource_url: https://straße.de:8443/hilfe"}, "",
			"straße.de:8443/hilfe", "https://xn--strae-oqa.de:8443/hilfe", "https://xn--strae-oqa.de:8443/hilfe", ""},
		{"faq link with a port", nil, "See [the help page](https://beispiel-beratung.de:8443/hilfe) for more.",
			"the help page (beispiel-beratung.de:8443/", "https://beispiel-beratung.de:8443/hilfe", "", ">the help page</a>"},
		{"bare address with a port", nil, "See https://beispiel-beratung.de:8443/info for more.",
			"https://beispiel-beratung.de:8443/info", "https://beispiel-beratung.de:8443/info", "", "beispiel-beratung.de:8443/"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			files := map[string]string{}
			if tt.settings != nil {
				files["settings.yaml"] = withSettings(t, tt.settings...)
			}
			if tt.faq != "" {
				faq := mustReadFile(t, filepath.Join("..", "..", "content", "en", "faq.md"))
				if !strings.Contains(faq, para) {
					t.Fatalf("faq.md has no %q", para)
				}
				files["en/faq.md"] = strings.Replace(faq, para, tt.faq+"\n\n"+para, 1)
			}
			res, out, err := runWith(t, contentWith(t, nil, files), Options{Kinds: []string{"handout", "site"}, Langs: []string{"en"}, Papers: []string{"letter"}})
			if err != nil {
				t.Fatal(err)
			}
			rb := openBuilt(t, res, "handout-en-letter.pdf")
			if !strings.Contains(rb.text, tt.printed) {
				t.Errorf("the handout does not print %q:\n%s", tt.printed, rb.text)
			}
			if strings.Contains(rb.text, "xn--") {
				t.Errorf("the handout prints punycode:\n%s", rb.text)
			}
			pages, err := readback.Read(rb.raw)
			if err != nil {
				t.Fatal(err)
			}
			var uris []string
			for _, pg := range pages {
				for _, l := range pg.Links {
					uris = append(uris, l.URI)
				}
			}
			if !slices.Contains(uris, tt.opens) {
				t.Errorf("the handout links %q, want one to %s", uris, tt.opens)
			}
			scanned := tt.code == ""
			for _, r := range res {
				if filepath.Base(r.Path) == "handout-en-letter.pdf" && len(r.Codes) > 0 && tt.code != "" { // not the page's copy
					scanned = true
					if got := decodeAt(t, rb, r.Codes[0]); !strings.HasPrefix(got, tt.code) {
						t.Errorf("the QR code opens %q, want %s", got, tt.code)
					}
				}
			}
			if !scanned {
				t.Error("no QR code of the handout was read")
			}
			html, err := os.ReadFile(filepath.Join(out, "site", "en", "index.html"))
			if err != nil {
				t.Fatal(err)
			}
			if tt.page != "" && !strings.Contains(string(html), `href="`+tt.opens+`"`) {
				t.Errorf("the page has no link to %s", tt.opens)
			}
			if tt.page != "" && !strings.Contains(string(html), tt.page) {
				t.Errorf("the page does not show %q", tt.page)
			}
			if strings.Contains(string(html), `:<bdi class="num"`) { // a port set apart from its address, as a number: reordered in a right-to-left line
				t.Errorf("the page sets a port apart from its address")
			}
		})
	}
}
