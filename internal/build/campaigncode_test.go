package build

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"haven/internal/content"
	"haven/internal/placement"
	"haven/internal/typeface"
)

// The discreet card's QR code and links (the code's, and the address's under it, which opens
// what the code does) carry a campaign only as a code made with a secret key
// kept in the output folder: read back from the PDF (the code decoded from the rendered page,
// the link's /URI), neither holds the campaign's name, the next run into the same folder gives
// the same code, and another folder, with another key, another, so nobody who guesses the
// name can make its code. The list of codes and the key are written readable by the user only.
// Every other code of the run, the site discreet, carries the same code alone.
func TestDiscreetCampaignCodeIsKeyed(t *testing.T) {
	ct, err := content.Load(contentWith(t, nil, map[string]string{"settings.yaml": discreetSettings(t, "https://calm-notes.net/talk")}), "content", content.Overrides{})
	if err != nil {
		t.Fatal(err)
	}
	fams, err := typeface.Defaults()
	if err != nil {
		t.Fatal(err)
	}
	uri := regexp.MustCompile(`/URI \((https://calm-notes\.net[^)]*)\)`)
	for _, campaign := range []string{"trafficking-2027", "dv-2027", "spring-fair"} {
		t.Run(campaign, func(t *testing.T) {
			c := *ct
			c.Settings.Campaign = campaign
			build := func(out string) string { // the code the discreet card's link carries
				t.Helper()
				res, err := Run(context.Background(), Options{Content: &c, Families: fams, Out: out, Created: epoch,
					Kinds: []string{"cards"}, Langs: []string{"en"}, Papers: []string{"letter"}})
				if err != nil {
					t.Fatal(err)
				}
				r := resultOf(t, res, "cards-discreet-en-letter.pdf")
				rb := open(t, r.Path)
				links := []string{decodeAt(t, rb, r.Codes[0])} // the code's, then the links': the code's and the address's under it
				for _, m := range uri.FindAllSubmatch(rb.raw, -1) {
					links = append(links, string(m[1]))
				}
				if len(links) < 3 {
					t.Fatalf("the discreet card has no link to calm-notes.net on its code and its address (%q)", links)
				}
				code := ""
				for _, l := range links {
					_, code, _ = strings.Cut(l, "utm_campaign=")
					if strings.Contains(strings.ToLower(l+" "+rb.text), strings.ToLower(campaign)) || placement.Check(code) != "" || !strings.HasPrefix(l, "https://calm-notes.net/talk?utm_campaign=") {
						t.Errorf("the discreet card's code or link opens %q: want the campaign as an opaque code only", l)
					}
					if l != links[0] {
						t.Errorf("the link opens %q, the code %q", l, links[0])
					}
				}
				// the discreet card's address makes the site discreet: every code carries the same
				// keyed code, with no kind nor medium
				plain := open(t, resultOf(t, res, "cards-en-letter.pdf").Path)
				if got := decodeAt(t, plain, resultOf(t, res, "cards-en-letter.pdf").Codes[0]); got != c.Settings.ResourceURL+"?utm_campaign="+code {
					t.Errorf("the ordinary card's code opens %q, want the discreet card's code %s alone", got, code)
				}
				return code
			}
			a, b := t.TempDir(), t.TempDir()
			first := build(a)
			if again := build(a); again != first {
				t.Errorf("a second run into the same folder gives %q, the first %q", again, first)
			}
			if other := build(b); other == first {
				t.Errorf("two folders, two keys, one code %q: the code is not keyed", first)
			}
			for _, name := range []string{placement.CampaignKeyName, placement.CampaignListName} {
				fi, err := os.Stat(filepath.Join(a, name))
				if err != nil || fi.Mode().Perm() != 0o600 {
					t.Errorf("%s: %v, %v; want it readable by the user only", name, fi, err)
				}
			}
			if list := mustReadFile(t, filepath.Join(a, placement.CampaignListName)); list != "campaign,code\n"+campaign+","+first+"\n" {
				t.Errorf("%s holds %q", placement.CampaignListName, list)
			}
		})
	}
}

// discreetSettings is the default settings.yaml with cards.discreet_url set to url.
func discreetSettings(t *testing.T, url string) string {
	settings := mustReadFile(t, filepath.Join("..", "..", "content", "settings.yaml"))
	return strings.Replace(settings, "\ncolours:", "\ncards:\n  discreet_url: "+url+"\n\ncolours:", 1)
}
