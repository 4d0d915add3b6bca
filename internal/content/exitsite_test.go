package content

import (
	"strings"
	"testing"
)

// With site: discreet: true as written, the address every QR code opens may not say what the
// page is about, in its host or its path, read as cards.discreet_url's is; without it, or
// when only cards.discreet_url makes the page discreet, resource_url is the organisation's
// choice.
func TestDiscreetResourceURL(t *testing.T) {
	const cols = "\ncolours:"
	for _, tt := range []struct{ name, resource, add, url, want string }{
		{"a neutral address", "https://example.org/talk", "site:\n  discreet: true\n", "", ""},
		{"the organisation's own neutral site", "https://missionhaven.org/talk", "site:\n  discreet: true\n", "", ""},
		{"a revealing path", "https://example.org/domestic-violence-help", "site:\n  discreet: true\n",
			"", `resource_url: "https://example.org/domestic-violence-help" says "violence": every QR code opens it, and the phone's history keeps it; settings.yaml asks for site: discreet: true (put the page at a neutral address`},
		{"a revealing host", "https://endabuse.example/help", "site:\n  discreet: true\n", "", `says "endabuse", which holds "abuse"`},
		{"an abbreviation", "https://example.org/dv", "site:\n  discreet: true\n", "", `says "dv", which those who know the field read as what the page is about`},
		{"a revealing subdomain", "https://trafficking.gardenclub.org/", "site:\n  discreet: true\n", "", `resource_url: "https://trafficking.gardenclub.org/" says "trafficking"`},
		{"a shelter subdomain", "https://shelter.gardenclub.org/", "site:\n  discreet: true\n", "", `says "shelter"`},
		{"an abbreviation as a subdomain", "https://dv.gardenclub.org/", "site:\n  discreet: true\n", "", `says "dv"`},
		{"an everyday subdomain", "https://www.gardenclub.org/talk", "site:\n  discreet: true\n", "", ""},
		{"a Spanish word", "https://example.org/violencia", "site:\n  discreet: true\n", "", `says "violencia"`},
		{"the built-in hotline's site", "https://humantraffickinghotline.org", "site:\n  discreet: true\n", "", `says "humantraffickinghotline", which holds "trafficking"`},
		{"a revealing --url", "https://example.org/talk", "site:\n  discreet: true\n", "https://example.org/sex-trafficking", `--url: "https://example.org/sex-trafficking" says "sex"`},
		{"not discreet", "https://example.org/domestic-violence-help", "", "", ""},
		{"discreet only by the discreet card's address", "https://humantraffickinghotline.org", "cards:\n  discreet_url: https://example.org/talk\n", "", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			fsys := edits(t, []string{"settings.yaml", "resource_url: https://humantraffickinghotline.org", "resource_url: " + tt.resource, cols, "\n" + tt.add + cols})
			_, err := Load(fsys, "content", Overrides{URL: tt.url})
			if tt.want == "" && err != nil || tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)) {
				t.Errorf("got %v, want %q", err, tt.want)
			}
			if err != nil && strings.Count(err.Error(), "resource_url") > 1 {
				t.Errorf("told more than once: %v", err)
			}
		})
	}
}
