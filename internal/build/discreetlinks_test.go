package build

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// With site: discreet, the page strips a link's tracking fields (a campaign's name, utm_source,
// ref=) and so does every PDF it links: read back, each link to the FAQ's page and to the
// chat opens the address without them, on the page and in every file beside it; without
// site: discreet, the PDFs and the page open the links as written.
func TestDiscreetRunLinksUntracked(t *testing.T) {
	settings := mustReadFile(t, filepath.Join("..", "..", "content", "settings.yaml"))
	faq := mustReadFile(t, filepath.Join("..", "..", "content", "en", "faq.md"))
	const shelter = "https://samples.org/shelter?id=7&utm_source=flyer&utm_campaign=dv-shelter&ref=motel"
	const chat = "https://chat.samples.org/live?utm_campaign=dv-shelter&utm_source=flyer"
	for _, c := range []struct {
		name     string
		discreet bool
		want     []string // the addresses the links to samples.org open, each in every handout and on the page
	}{
		{"discreet", true, []string{"https://samples.org/shelter?id=7", "https://chat.samples.org/live"}},
		{"plain", false, []string{shelter, chat}},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := strings.Replace(settings, `  chat: ""`, "  chat: "+chat, 1)
			if c.discreet { // on a neutral address: the hotline's own says "trafficking", refused so
				s = strings.Replace(s, "resource_url: https://humantraffickinghotline.org", "resource_url: https://samples.org/talk", 1) + "\nsite:\n  discreet: true\n"
			}
			f := strings.Replace(faq, "If you’re unsure, you can still make an anonymous report.",
				"Find a [shelter near you]("+shelter+"), or chat with us at {chat}.", 1)
			res := runFiles(t, map[string]string{"settings.yaml": s, "en/faq.md": f}, Options{Kinds: []string{"site"}, Langs: []string{"en"}})
			files := 0
			for _, r := range res {
				if !strings.HasSuffix(r.Path, ".pdf") || filepath.Base(filepath.Dir(r.Path)) != "site" {
					continue
				}
				files++
				name := filepath.Base(r.Path)
				pages := readPDF(t, r.Path)
				var got []string
				for _, pg := range pages {
					for _, l := range pg.Links {
						if strings.Contains(l.URI, "samples.org/") && !strings.Contains(l.URI, "samples.org/talk") {
							got = append(got, l.URI)
						}
					}
				}
				for _, u := range got {
					if !slices.Contains(c.want, u) {
						t.Errorf("%s links %s, want one of %q", name, u, c.want)
					}
				}
				if strings.HasPrefix(name, "handout-") {
					for _, u := range c.want {
						if !slices.Contains(got, u) {
							t.Errorf("%s has no link to %s: %q", name, u, got)
						}
					}
				}
			}
			if files == 0 {
				t.Fatal("no PDFs beside the page")
			}
			out := filepath.Dir(filepath.Dir(res[0].Path))
			page, err := os.ReadFile(filepath.Join(out, "site", "en", "index.html"))
			if err != nil {
				t.Fatal(err)
			}
			var hrefs []string
			for _, m := range regexp.MustCompile(`href="(https://(?:chat\.)?samples\.org/[^"]*)"`).FindAllStringSubmatch(string(page), -1) {
				hrefs = append(hrefs, strings.ReplaceAll(m[1], "&amp;", "&"))
			}
			slices.Sort(hrefs)
			want := slices.Sorted(slices.Values(c.want))
			if !slices.Equal(slices.Compact(hrefs), want) {
				t.Errorf("the page links %q, want %q", hrefs, want)
			}
		})
	}
}
