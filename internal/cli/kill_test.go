package cli

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestMain lets a test run this binary as haven itself, to kill it mid-run.
func TestMain(m *testing.M) {
	if os.Getenv("HAVEN_AS_MAIN") == "1" { // as cmd/haven does
		ctx, _ := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
		os.Exit(Main(ctx))
	}
	os.Exit(m.Run())
}

// batch writes a placements file of 400 codes in dir and returns the arguments of a poster
// run over it into out.
func batch(t *testing.T, dir, out string) []string {
	t.Helper()
	csv := filepath.Join(dir, "places.csv")
	var b strings.Builder
	b.WriteString("code\n")
	for i := 0; i < 400; i++ {
		fmt.Fprintf(&b, "p%03d\n", i)
	}
	if err := os.WriteFile(csv, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return []string{"poster", "--paper", "letter", "--lang", "en", "--campaign", "k", "--placements", csv, "--out", out}
}

// startMidway starts haven as a separate process and returns once it has written n temporary
// files, so the test can stop it halfway.
func startMidway(t *testing.T, out string, n int, args []string, stderr io.Writer) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), "HAVEN_AS_MAIN=1")
	cmd.Stderr = stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
		if m, _ := filepath.Glob(filepath.Join(out, "p*", ".*.tmp")); len(m) >= n {
			break
		}
	}
	return cmd
}

// TestKilledRunChangesNothing kills haven with SIGKILL in the middle of a batch: the files of
// the run before must be left exactly as they were, no PDF of the killed run may appear (its
// files are renamed into place only when all are written), and the next run clears the
// temporary files the killed one left.
func TestKilledRunChangesNothing(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out")
	args := batch(t, dir, out)

	// good files from an earlier run, which the killed run is about to replace
	first := filepath.Join(dir, "first.csv")
	os.WriteFile(first, []byte("code\np000\np001\np002\n"), 0o644)
	if code, _, e := run(t, "poster", "--paper", "letter", "--lang", "en", "--campaign", "old", "--placements", first, "--out", out); code != 0 {
		t.Fatal(e)
	}
	before := map[string][]byte{}
	old, _ := filepath.Glob(filepath.Join(out, "*", "*.pdf"))
	for _, p := range old {
		before[p], _ = os.ReadFile(p)
	}
	cmd := startMidway(t, out, 40, args, nil)
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()

	if temps, _ := filepath.Glob(filepath.Join(out, "p*", ".*.tmp")); len(temps) < 4 {
		t.Fatalf("only %d files written before the kill; the test needs a run in progress", len(temps))
	}
	pdfs, _ := filepath.Glob(filepath.Join(out, "*", "*.pdf"))
	if len(pdfs) >= 400 {
		t.Skip("the run finished before it could be killed")
	}
	if len(pdfs) != len(before) {
		t.Errorf("%d PDFs after the kill; want the %d of the run before", len(pdfs), len(before))
	}
	for p, want := range before {
		if got, _ := os.ReadFile(p); !bytes.Equal(got, want) {
			t.Errorf("%s was changed by the killed run", p)
		}
	}
	// the next run finishes the job and clears what the killed one left behind
	if code, _, e := run(t, args...); code != 0 {
		t.Fatal(e)
	}
	left, _ := filepath.Glob(filepath.Join(out, "*", ".*.tmp"))
	if len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
	if pdfs, _ := filepath.Glob(filepath.Join(out, "*", "*.pdf")); len(pdfs) != 400 {
		t.Errorf("%d PDFs after the next run; want 400", len(pdfs))
	}
}

// TestInterruptedRunCleansUp stops a batch with Ctrl-C (SIGINT): haven must say so, exit 1,
// and leave neither a PDF nor a temporary file behind.
func TestInterruptedRunCleansUp(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out")
	var stderr bytes.Buffer
	cmd := startMidway(t, out, 20, batch(t, dir, out), &stderr)
	cmd.Process.Signal(os.Interrupt)
	err := cmd.Wait()
	if pdfs, _ := filepath.Glob(filepath.Join(out, "*", "*.pdf")); len(pdfs) == 400 {
		t.Skip("the run finished before it could be interrupted")
	}
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 1 || !strings.Contains(stderr.String(), "interrupted") {
		t.Errorf("exit %v: %s", err, stderr.String())
	}
	if left, _ := filepath.Glob(filepath.Join(out, "*", ".*")); len(left) > 0 {
		t.Errorf("%d temporary files left, e.g. %s", len(left), left[0])
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("the interrupted run left %s", out)
	}
}

func TestOutMustBeAFolder(t *testing.T) {
	file := filepath.Join(t.TempDir(), "notes.txt")
	os.WriteFile(file, []byte("keep me"), 0o644)
	code, _, e := run(t, "handout", "--out", file)
	if code != 2 || !strings.Contains(e, "is a file, not a folder") {
		t.Errorf("exit %d, %s", code, e)
	}
	if b, _ := os.ReadFile(file); string(b) != "keep me" {
		t.Error("the file given as --out was changed")
	}
}
