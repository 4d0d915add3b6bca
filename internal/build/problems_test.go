package build

import (
	"errors"
	"testing"
)

// The same error from several documents is reported once, naming the first and how many more.
func TestSameErrorReportedOnce(t *testing.T) {
	err := problems(errors.Join(
		&docError{"handout on letter, en", errors.New("cannot make a QR code")},
		&docError{"poster on letter, en", errors.New("another thing")},
		&docError{"cards on letter, en", errors.New("cannot make a QR code")},
		&docError{"poster on a4, en", errors.New("cannot make a QR code")},
	))
	want := "cannot make a QR code (in the handout on letter, en and 2 other outputs)\nanother thing"
	if err == nil || err.Error() != want {
		t.Errorf("got\n%v\nwant\n%s", err, want)
	}
}
