package build

import (
	"io/fs"
	"regexp"
	"strings"
	"testing"

	defaultcontent "haven/content"
)

// A text that does not fit does not hide the others: with an address too long to print under
// the code, a card's back lines too tall together and a FAQ too long for the large print, one
// run names all three, each on a line that begins with its file and line.
func TestOneRunNamesEveryProblem(t *testing.T) {
	b, err := fs.ReadFile(defaultcontent.FS, "en/text.yaml")
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Replace(string(b), "- A trained person answers, day or night.",
		"- A trained person answers, day or night, every day of the year including all public holidays, and will listen for as long as you need.", 1)
	settings := strings.Replace(settingsWith(t, ""), "resource_url: https://humantraffickinghotline.org",
		"resource_url: https://www.frauenberatung-gegen-haeusliche-gewalt-landkreis-musterstadt.example.de/hilfe-und-beratung/kinder-und-jugendliche", 1)
	fsys := contentWith(t, nil, map[string]string{"en/faq.md": longFAQ(t, 40), "en/text.yaml": text, "settings.yaml": settings})
	_, _, err = runContent(t, fsys, []string{"en"})
	if err == nil {
		t.Fatal("the content was printed")
	}
	msg := err.Error()
	for _, want := range []string{"settings.yaml:", "resource_url:", "en/text.yaml:33: card.back_lines[1]:", "the large-print handout may take"} {
		if !strings.Contains(msg, want) {
			t.Errorf("the error lacks %q:\n%s", want, msg)
		}
	}
	line := regexp.MustCompile(`^\S+:\d+: `)
	for _, l := range strings.Split(msg, "\n") {
		if !line.MatchString(l) {
			t.Errorf("a problem not at a file and line: %s", l)
		}
	}
}
