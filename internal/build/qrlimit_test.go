package build

import (
	"regexp"
	"strconv"
	"strings"
	"testing"

	"haven/internal/kinds"
)

// An address too long for the QR codes is refused at its line in settings.yaml, display_url
// set or not; printed short (display_url), with the fewest characters any output's code holds:
// shortened to that once, it fits every output, and one character more fits none (a message
// that named the handout's limit first sent its writer back a second time for the cards', and
// the card grew its code only for an address its first size already held).
func TestQRAddressLimitIsTheLeast(t *testing.T) {
	long := "https://www.example.org/" + strings.Repeat("a", 236) // 260 characters
	for _, display := range []string{`display_url: ""`, `display_url: "example.org/help"`} {
		t.Run(display, func(t *testing.T) {
			build := func(url string) error {
				fsys := contentWith(t, nil, map[string]string{"settings.yaml": withSettings(t,
					"resource_url: https://humantraffickinghotline.org", "resource_url: "+url, `display_url: ""`, display)})
				_, _, err := runWith(t, fsys, Options{Kinds: kinds.PrintedNames()})
				return err
			}
			err := build(long)
			if err == nil {
				t.Fatal("a 260-character address was printed")
			}
			m := regexp.MustCompile(`settings\.yaml:14: resource_url: .* at most (\d+) characters fit \(([^)]*)\)`).FindStringSubmatch(err.Error())
			if m == nil {
				t.Fatalf("the error names no line or limit: %v", err)
			}
			if display == `display_url: ""` {
				return // printed whole under the code, the address has its own limits beside the code's
			}
			n, _ := strconv.Atoi(m[1])
			if err := build(long[:n]); err != nil {
				t.Errorf("shortened to the %d characters the error gives (%s), the address is refused again: %v", n, m[2], err)
			}
			if err := build(long[:n+1]); err == nil {
				t.Errorf("one character longer than the %d the error gives, the address prints: the limit is not the least", n)
			}
		})
	}
}
