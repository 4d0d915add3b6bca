package build

import (
	"errors"
	"fmt"
	"testing"

	"haven/internal/output"
)

// A full disk meets every file of a run: it is one problem, naming the first output and how many
// more, not one per file, though each file found a little less room than the one before; and it
// says nothing was written.
func TestDiskFullIsOneProblem(t *testing.T) {
	var errs []error
	for i, doc := range []string{"handout-en-letter", "cards-en-letter", "poster-en-a4"} {
		full := fmt.Errorf("%w: 16.%d MB is free, and haven needs 16.1 MB", output.ErrDiskFull, 2-i)
		errs = append(errs, &docError{doc, fmt.Errorf("cannot write out/%s.pdf: %w", doc, full)})
	}
	err := nothingWritten(problems(errors.Join(errs...)), nil)
	if j, ok := err.(interface{ Unwrap() []error }); ok && len(j.Unwrap()) > 1 {
		t.Fatalf("a full disk is %d problems: %q", len(j.Unwrap()), err)
	}
	if want := "the disk is full: 16.2 MB is free, and haven needs 16.1 MB (in the handout-en-letter and 2 other outputs); nothing was written"; !errors.Is(err, output.ErrDiskFull) || err.Error() != want {
		t.Errorf("a full disk is %q\nwant %q", err, want)
	}
}
