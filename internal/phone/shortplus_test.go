package phone

import (
	"strings"
	"testing"
)

// A short line written with + and its country code is told to be written as it is dialled, in
// its country, not to add what it has.
func TestShortNumberWithPlus(t *testing.T) {
	for _, tt := range []struct{ written, country, want string }{
		{"+47 116 111", "NO", `"+47 116 111" is a short number, dialled as it is in NO and not from abroad: write it without + and the country code (116 111)`},
		{"+49 116 016", "DE", `"+49 116 016" is a short number, dialled as it is in DE and not from abroad: write it without + and the country code (116 016)`},
		{"+33 3919", "FR", `"+33 3919" is a short number, dialled as it is in FR and not from abroad: write it without + and the country code (3919)`},
		{"+44 808 2000 24", "GB", "is not a valid number in GB"},
	} {
		_, err := Parse(tt.written, tt.country)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Parse(%q, %s): %v, want %q", tt.written, tt.country, err, tt.want)
		}
	}
}
