package build

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"haven/internal/output"
)

// A full disk meets every file of a run: it is one problem, naming the first output and how many
// more, not one per file.
func TestDiskFullIsOneProblem(t *testing.T) {
	full := fmt.Errorf("%w: 0 MB free, and the files need room beyond the 16 MB haven leaves free", output.ErrDiskFull)
	var errs []error
	for _, doc := range []string{"handout-en-letter", "cards-en-letter", "poster-en-a4"} {
		errs = append(errs, &docError{doc, fmt.Errorf("cannot write out/%s.pdf: %w", doc, full)})
	}
	err := problems(errors.Join(errs...))
	if j, ok := err.(interface{ Unwrap() []error }); ok && len(j.Unwrap()) > 1 {
		t.Fatalf("a full disk is %d problems: %q", len(j.Unwrap()), err)
	}
	if !errors.Is(err, output.ErrDiskFull) || !strings.HasPrefix(err.Error(), "the disk is full: 0 MB free") || !strings.Contains(err.Error(), "(in the handout-en-letter and 2 other outputs)") {
		t.Errorf("a full disk is %q", err)
	}
}
