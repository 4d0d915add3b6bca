package kinds

import "testing"

// A paper written by its size (either way round, in inches or millimetres), with other signs,
// or by another name is the paper haven names so; a size haven does not print is none.
func TestPaperNamed(t *testing.T) {
	for _, tt := range []struct{ written, want string }{
		{"11x17", "tabloid"},
		{"17 x 11 in", "tabloid"},
		{"11 × 17 inches", "tabloid"},
		{"Ledger", "tabloid"},
		{"8.5x11", "letter"},
		{"US Letter", "letter"},
		{"210 x 297 mm", "a4"},
		{"297x210", "a4"},
		{"29.7 x 42 cm", "a3"},
		{"A-4", "a4"},
		{"24x18", "18x24"},
		{"36 x 24", "24x36"},
		{"Tear-off", "tearoff"},
		{"tear-off-letter", "tearoff"},
		{"Tear-off A4", "tearoff-a4"},
		{"a4-tearoff", "tearoff-a4"},
		{"8.5x14", ""}, // legal
		{"legal", ""},
		{"x", ""},
		{"12x", ""},
	} {
		if got := paperNamed(tt.written); got != tt.want {
			t.Errorf("paperNamed(%q) = %q, want %q", tt.written, got, tt.want)
		}
	}
}
