package content

import (
	"strings"
	"testing"
)

// A campaign is carried by name in every QR link but the discreet card's, and stays in the
// phone's history: one that says where the copies hang or what they are about is refused with
// the word, whatever the mode; everyday names pass.
func TestCheckCampaignRevealing(t *testing.T) {
	for _, tt := range []struct{ name, want string }{
		{"", ""},
		{"spring-2027", ""},
		{"fall2026", ""},
		{"c", ""},
		{"outreach-q3", ""},
		{"health-fair", ""},
		{"library-week", ""},
		{"motel-restroom", `"motel-restroom" says "motel": the campaign is carried by name in every QR link (utm_campaign=motel-restroom)`},
		{"restroom-2", `says "restroom"`},
		{"bus-bathrooms", `says "bathrooms"`},
		{"dv-2027", `says "dv"`},
		{"trafficking", `says "trafficking"`},
		{"shelter-cards", `says "shelter"`},
		{"motelroom", `says "motel"`}, // run into another word
		{"s3x-2027", `says "sex"`},    // spelled with digits
		{"Motel", "may only use a-z, 0-9 and -"},
	} {
		got := CheckCampaign(tt.name)
		if tt.want == "" && got != "" || tt.want != "" && !strings.Contains(got, tt.want) {
			t.Errorf("%q: got %q, want %q", tt.name, got, tt.want)
		}
	}
}
