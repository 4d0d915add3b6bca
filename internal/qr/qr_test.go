package qr

import "testing"

func TestLinkURL(t *testing.T) {
	tests := []struct {
		link Link
		want string
	}{
		{Link{Base: "https://humantraffickinghotline.org", Kind: "handout"}, "https://humantraffickinghotline.org"},
		{Link{Base: "https://example.org/dmst", Kind: "handout", Campaign: "spring-2027"},
			"https://example.org/dmst?utm_source=handout&utm_medium=print&utm_campaign=spring-2027"},
		{Link{Base: "https://example.org/?lang=es", Kind: "poster", Campaign: "c1", Placement: "p07"},
			"https://example.org/?lang=es&utm_source=poster&utm_medium=print&utm_campaign=c1&utm_content=p07"},
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
