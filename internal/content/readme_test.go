package content

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// The README's settings.yaml examples give numbers a reader may copy to try haven: none is
// one that haven refuses or warns of as no one's (a 555-01xx number, reserved for fiction), so
// each example builds as it is shown.
func TestREADMENumbers(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	field := regexp.MustCompile(`(?m)^\s*(country|call|text|tty|emergency):\s*"?([^"#\n]*)`)
	blocks := strings.Split(string(readme), "```yaml")[1:]
	for _, b := range blocks {
		b, _, _ = strings.Cut(b, "```")
		country := "US"
		for _, m := range field.FindAllStringSubmatch(b, -1) {
			value := strings.TrimSpace(m[2])
			if m[1] == "country" {
				country = value
				continue
			}
			for _, r := range numberRuns(value) {
				if why, _ := fiction(r, country); why != "" {
					t.Errorf("README.md: %s: %s %s", m[1], value, why)
				}
			}
		}
	}
	// the examples of links, in the words about them
	for _, m := range regexp.MustCompile(`tel:\+?[0-9]+`).FindAllString(string(readme), -1) {
		for _, r := range numberRuns(strings.TrimPrefix(m, "tel:")) {
			if why, _ := fiction(r, "US"); why != "" {
				t.Errorf("README.md: %s %s", m, why)
			}
		}
	}
}
