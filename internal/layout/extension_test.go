package layout

import "testing"

// An extension after a number is read in each way it is written, and nothing else is.
func TestExtensionLen(t *testing.T) {
	for _, tt := range []struct {
		rest, want string
	}{
		{" ext. 4 · 2045 Silverton Rd", " ext. 4"},
		{", ext 12, then", ", ext 12"},
		{" x12", " x12"},
		{" X 7.", " X 7"},
		{" extension 4", " extension 4"},
		{", poste 23 · 275 rue", ", poste 23"},
		{" anexo 102", " anexo 102"},
		{" ramal 3", " ramal 3"},
		{" interno 2", " interno 2"},
		{" доб. 5", " доб. 5"},
		{" extensión: 9", " extensión: 9"},
		{" x 11 in", " x 11"},
		{" and 12", ""},
		{" ext. 1234567", ""},
		{" x12b", ""},
		{" extra 5", ""},
		{" expert", ""},
		{"", ""},
	} {
		if got := tt.rest[:ExtensionLen(tt.rest)]; got != tt.want {
			t.Errorf("ExtensionLen(%q) reads %q, want %q", tt.rest, got, tt.want)
		}
	}
}
