package qr

import (
	"strings"
	"testing"

	qrcode "github.com/skip2/go-qrcode"
)

func TestLinkURL(t *testing.T) {
	tests := []struct {
		link Link
		want string
	}{
		{Link{Base: "https://humantraffickinghotline.org", Kind: "handout"}, "https://humantraffickinghotline.org"},
		{Link{Base: "https://samples.org/dmst", Kind: "handout", Campaign: "spring-2027"},
			"https://samples.org/dmst?utm_source=handout&utm_medium=print&utm_campaign=spring-2027"},
		{Link{Base: "https://samples.org/?lang=es", Kind: "poster", Campaign: "c1", Placement: "p07"},
			"https://samples.org/?lang=es&utm_source=poster&utm_medium=print&utm_campaign=c1&utm_content=p07"},
		// fields of the same name in the page's address are replaced, the others keep their order
		{Link{Base: "https://samples.org/help?utm_source=web&utm_campaign=old", Kind: "poster", Campaign: "spring-27"},
			"https://samples.org/help?utm_source=poster&utm_medium=print&utm_campaign=spring-27"},
		{Link{Base: "https://samples.org/help?a=1&utm_source=web&b=x%20y&utm_medium=email&c", Kind: "cards", Campaign: "c1", Placement: "p07"},
			"https://samples.org/help?a=1&b=x%20y&c&utm_source=cards&utm_medium=print&utm_campaign=c1&utm_content=p07"},
		{Link{Base: "https://samples.org/help?utm%5Fsource=web&utm_content=old", Kind: "poster", Campaign: "c1", Placement: "p01"},
			"https://samples.org/help?utm_source=poster&utm_medium=print&utm_campaign=c1&utm_content=p01"},
		// in any case, as analytics read them and as the printed address leaves them out
		{Link{Base: "https://samples.org/help?UTM_SOURCE=fb&x=1&Utm%5FCampaign=old", Kind: "poster", Campaign: "spring"},
			"https://samples.org/help?x=1&utm_source=poster&utm_medium=print&utm_campaign=spring"},
		// an address's utm_content stays when the run has no placement: only fields set are replaced
		{Link{Base: "https://samples.org/help?utm_content=b2", Kind: "poster", Campaign: "c1"},
			"https://samples.org/help?utm_content=b2&utm_source=poster&utm_medium=print&utm_campaign=c1"},
		// a #fragment stays last, after the tracking fields, where the browser keeps it
		{Link{Base: "https://samples.org/help#es", Kind: "handout", Campaign: "c1"},
			"https://samples.org/help?utm_source=handout&utm_medium=print&utm_campaign=c1#es"},
		{Link{Base: "https://samples.org/help?x=1#part-2", Kind: "handout", Campaign: "c1"},
			"https://samples.org/help?x=1&utm_source=handout&utm_medium=print&utm_campaign=c1#part-2"},
		{Link{Base: "https://samples.org/help#es", Kind: "handout"}, "https://samples.org/help#es"},
		// no kind (the discreet card's): the campaign's code alone, and a placement's, no source or medium
		{Link{Base: "https://calm-notes.net/talk?utm_medium=x", Campaign: "b8n6b3", Placement: "p07"},
			"https://calm-notes.net/talk?utm_medium=x&utm_campaign=b8n6b3&utm_content=p07"},
	}
	for _, tt := range tests {
		if got := tt.link.URL(); got != tt.want {
			t.Errorf("%+v: got %s, want %s", tt.link, got, tt.want)
		}
	}
}

func TestMatrixHasNoBorder(t *testing.T) {
	m, err := Matrix("https://humantraffickinghotline.org")
	if err != nil {
		t.Fatal(err)
	}
	// A version-3 code (35 bytes at level M) is 29 modules; its finder pattern starts dark at the very corner.
	if len(m) != 29 || !m[0][0] || !m[28][0] || !m[0][28] {
		t.Fatalf("got %dx%d matrix, corner dark=%v; want 29x29 with no border", len(m), len(m), m[0][0])
	}
}

// TestLenWithoutModules checks that a code's size, known before its modules are made, is the
// size they are made at: for addresses, upper-case codes and digits of every length a code holds.
func TestLenWithoutModules(t *testing.T) {
	for _, unit := range []string{"a", "A", "7", "é"} {
		for n := 1; ; n += 1 + n/8 {
			payload := strings.Repeat(unit, n)
			got, err := Len(payload)
			if err != nil {
				break // too long for any version
			}
			if m := len(newCodeModules(t, payload)); got != m {
				t.Fatalf("%d × %q: Len %d, modules %d across", n, unit, got, m)
			}
		}
	}
	if got := Given([][]bool{{true, false}, {false, true}}); got.Len() != 2 || !got.Modules()[0][0] {
		t.Errorf("Given: %d across, %v", got.Len(), got.Modules())
	}
	var none *Code
	if none.Len() != 0 || none.Modules() != nil {
		t.Error("no code has modules")
	}
}

// newCodeModules makes the modules of the code for payload as go-qrcode does, apart from Code.
func newCodeModules(t *testing.T, payload string) [][]bool {
	q, err := qrcode.New(payload, qrcode.Medium)
	if err != nil {
		t.Fatal(err)
	}
	q.DisableBorder = true
	return q.Bitmap()
}

// TestModulesPanicRaisedWhereAsked checks that a code whose modules cannot be made does not end
// the program on the goroutine that makes them ahead: the panic is raised in each that asks.
func TestModulesPanicRaisedWhereAsked(t *testing.T) {
	c, err := newCode("https://samples.org/help")
	if err != nil {
		t.Fatal(err)
	}
	c.n++    // a size the modules are not made at
	c.make() // as ahead.Run does: no panic out of it
	for range 2 {
		func() {
			defer func() {
				if recover() == nil {
					t.Error("modules of the wrong size handed out")
				}
			}()
			c.Modules()
		}()
	}
	if c.modules != nil {
		t.Error("modules of the wrong size kept")
	}
}
