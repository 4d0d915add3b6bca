package colour

import (
	"testing"

	"golang.org/x/image/colornames"
)

// TestNamedAsColornames holds the table of names to golang.org/x/image/colornames: every name
// it has, with its colour, and no other.
func TestNamedAsColornames(t *testing.T) {
	if len(named) != len(colornames.Map) {
		t.Errorf("%d names, colornames has %d", len(named), len(colornames.Map))
	}
	for name, want := range colornames.Map {
		if got, ok := byName(name); !ok || got != (RGB{want.R, want.G, want.B}) {
			t.Errorf("%s: %v %v, colornames has %v", name, got, ok, want)
		}
	}
}
