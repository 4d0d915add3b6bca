package build

import (
	"html"
	"math"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"haven/internal/readback"
)

// A link opens from its own words, not from every place its words recur: two "here"s to two
// pages each open their own, and the same words unlinked elsewhere stay unlinked, on paper
// (the words and the address printed after them) and on the resource page.
func TestLinkOpensFromItsOwnWords(t *testing.T) {
	faq := strings.Replace(builtinFAQ(t), "No. Most victims know their traffickers.",
		"Find a shelter [here](https://samples.org/shelter) and food [here](https://samples.org/food). "+
			"Read our list first. Then see [our list](https://samples.org/list).", 1)
	fsys := contentWith(t, nil, map[string]string{"en/faq.md": faq})
	res, _, err := runContent(t, fsys, []string{"en"})
	if err != nil {
		t.Fatal(err)
	}
	rb := openBuilt(t, res, "handout-en-letter.pdf")
	pages, err := readback.Read(rb.raw)
	if err != nil {
		t.Fatal(err)
	}
	var got []string // each link on samples.org: the words it is drawn over, and where it opens
	for _, pg := range pages {
		for _, l := range pg.Links {
			if !strings.HasPrefix(l.URI, "https://samples.org/") {
				continue
			}
			for _, tx := range pg.Texts {
				if math.Abs(tx.X-l.X) < 0.01 && tx.Y >= l.Y && tx.Y <= l.Y+l.H {
					got = append(got, tx.S+" > "+strings.TrimPrefix(l.URI, "https://samples.org/"))
				}
			}
		}
	}
	want := []string{"here > shelter", "samples.org/shelter > shelter", "here > food", "samples.org/food > food", "our list > list", "samples.org/list > list"}
	if !slices.Equal(got, want) {
		t.Errorf("the handout's links, over the words:\n got %q\nwant %q", got, want)
	}
	_, out, err := runWith(t, fsys, Options{Kinds: []string{"site"}, Langs: []string{"en"}})
	if err != nil {
		t.Fatal(err)
	}
	page := mustReadFile(t, filepath.Join(out, "site", "en", "index.html"))
	for _, want := range []string{
		`Find a shelter <a href="https://samples.org/shelter" data-print=" (samples.org/shelter)">here</a> and food <span class="nobreak"><a href="https://samples.org/food" data-print=" (samples.org/food)">here</a>.</span>`,
		`Read our list first. Then see <span class="nobreak"><a href="https://samples.org/list" data-print=" (samples.org/list)">our list</a>.</span>`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the page has no %s", want)
		}
	}
}

// A FAQ's link opens what it was written to open on paper as on the page, also where its words
// are an address the PDFs link wherever it stands (the resource page's, printed under the QR
// codes; the chat's), also where it is an address written without a link (a web or an email
// address), and with the . and .. of its path resolved as a browser resolves them:
// the handout and the page link the same address for each.
func TestLinkOpensTheSameOnPaperAndPage(t *testing.T) {
	const site = "https://humantraffickinghotline.org"
	for _, tt := range []struct{ name, md, words, opens, print string }{
		{"the resource page's address", "[humantraffickinghotline.org](" + site + "/get-help?x=1)", "humantraffickinghotline.org", site + "/get-help?x=1", ""},
		{"the chat's address", "[humantraffickinghotline.org/chat](" + site + "/chat/faq)", "humantraffickinghotline.org/chat", site + "/chat/faq", ""},
		{"dot segments", "[our help](" + site + "/help/../chat)", "our help", site + "/chat", "humantraffickinghotline.org/chat"},
		{"a bare email address", "help@humantraffickinghotline.org", "help@humantraffickinghotline.org", "mailto:help@humantraffickinghotline.org", ""},
		{"a bare web address", "www.humantraffickinghotline.org/chat", "www.humantraffickinghotline.org/chat", "https://www.humantraffickinghotline.org/chat", ""},
		{"percent-encoded dot segments", "[our help](" + site + "/help/%2e%2e/chat)", "our help", site + "/chat", "humantraffickinghotline.org/chat"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			faq := strings.Replace(builtinFAQ(t), "No. Most victims know their traffickers.", "See "+tt.md+" now. No. Most victims know their traffickers.", 1)
			settings := strings.Replace(settingsWith(t, ""), `chat: ""`, "chat: "+site+"/chat", 1)
			fsys := contentWith(t, nil, map[string]string{"en/faq.md": faq, "settings.yaml": settings})
			res, out, err := runWith(t, fsys, Options{Kinds: []string{"handout", "site"}, Langs: []string{"en"}, Papers: []string{"letter"}})
			if err != nil {
				t.Fatal(err)
			}
			rb := openBuilt(t, res, "handout-en-letter.pdf")
			pages, err := readback.Read(rb.raw)
			if err != nil {
				t.Fatal(err)
			}
			want := []string{tt.words + " > " + tt.opens}
			if tt.print != "" {
				want = append(want, tt.print+" > "+tt.opens)
			}
			var got []string // the links on the answer's line, over the words and the address printed after them
			for _, pg := range pages {
				line := slices.IndexFunc(pg.Texts, func(tx readback.Text) bool { return strings.HasPrefix(tx.S, "See ") })
				for _, l := range pg.Links {
					for _, tx := range pg.Texts {
						if s := strings.TrimSpace(tx.S); line >= 0 && tx.Y == pg.Texts[line].Y && math.Abs(tx.X-l.X) < 0.01 && tx.Y >= l.Y && tx.Y <= l.Y+l.H && (s == tt.words || s == tt.print) {
							got = append(got, s+" > "+l.URI)
						}
					}
				}
			}
			if !slices.Equal(got, want) {
				t.Errorf("the handout links\n got %q\nwant %q", got, want)
			}
			page := mustReadFile(t, filepath.Join(out, "site", "en", "index.html"))
			got = nil // the page's links over the words, its marks of an address aside
			for _, a := range regexp.MustCompile(`<a href="([^"]*)"(?: data-print="[^"]*")?>(.*?)</a>`).FindAllStringSubmatch(page, -1) {
				if regexp.MustCompile(`<[^>]*>`).ReplaceAllString(a[2], "") == tt.words {
					got = append(got, tt.words+" > "+html.UnescapeString(a[1]))
				}
			}
			if !slices.Equal(got, want[:1]) {
				t.Errorf("the page links\n got %q\nwant %q", got, want[:1])
			}
		})
	}
}
