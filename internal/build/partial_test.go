package build

import (
	"errors"
	"fmt"
	"testing"
)

// A batch stopped after some of its folders were put in place one at a time says which are
// new and which, with the files beside them, are still the run before's (or not there), the
// folders named compactly however many; never that nothing was written.
func TestPartialBatchMessage(t *testing.T) {
	codes := func(from, to int) []string {
		var s []string
		for i := from; i <= to; i++ {
			s = append(s, fmt.Sprintf("p%03d", i))
		}
		return s
	}
	beside := []string{ProofName, GuideName, "site/"}
	for _, tt := range []struct {
		name string
		e    partialError
		want string
	}{
		{"many, stopped", partialError{errInterrupted, codes(1, 14), codes(15, 100), beside, false},
			"interrupted: the batch is too large for the disk to hold beside the files it replaces, so it was written one placement folder at a time; " +
				"14 of the 100 folders were replaced whole (p001/, p002/, p003/ and 11 more), the other 86 keep the files of the run before (p015/, p016/, p017/ and 83 more), as do proof.pdf, how-to-print.pdf, site/"},
		{"one left", partialError{errors.New("cannot write out/p002/cards-en-letter.pdf: the disk is full"), codes(1, 1), codes(2, 2), nil, false},
			"cannot write out/p002/cards-en-letter.pdf: the disk is full: the batch is too large for the disk to hold beside the files it replaces, so it was written one placement folder at a time; " +
				"1 of the 2 folders was replaced whole (p001/), the other 1 keeps the files of the run before (p002/)"},
		{"few, into a new folder", partialError{errInterrupted, codes(1, 1), codes(2, 3), beside[:1], true},
			"interrupted: the batch is too large for the disk to hold beside the files it replaces, so it was written one placement folder at a time; " +
				"1 of the 3 folders was replaced whole (p001/), the other 2 were not written (p002/, p003/), nor proof.pdf"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.e.Error(); got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}
