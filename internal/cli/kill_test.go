package cli

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestMain lets a test run this binary as haven itself, to kill it mid-run.
func TestMain(m *testing.M) {
	if os.Getenv("HAVEN_AS_MAIN") == "1" {
		os.Exit(Main())
	}
	os.Exit(m.Run())
}

// TestKilledRunLeavesOnlyWholeFiles kills haven with SIGKILL in the middle of a batch: every
// PDF in the output folder must then be whole (the old one or the new one, never a part), and
// the next run clears the temporary files the killed one left.
func TestKilledRunLeavesOnlyWholeFiles(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out")
	csv := filepath.Join(dir, "places.csv")
	var b strings.Builder
	b.WriteString("code\n")
	for i := 0; i < 400; i++ {
		fmt.Fprintf(&b, "p%03d\n", i)
	}
	os.WriteFile(csv, []byte(b.String()), 0o644)
	args := []string{"poster", "--paper", "letter", "--lang", "en", "--campaign", "k", "--placements", csv, "--out", out}

	// good files from an earlier run, which the killed run is about to replace
	first := filepath.Join(dir, "first.csv")
	os.WriteFile(first, []byte("code\np000\np001\np002\n"), 0o644)
	if code, _, e := run(t, "poster", "--paper", "letter", "--lang", "en", "--campaign", "k", "--placements", first, "--out", out); code != 0 {
		t.Fatal(e)
	}
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), "HAVEN_AS_MAIN=1")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		if m, _ := filepath.Glob(filepath.Join(out, "p*", "*.pdf")); len(m) >= 23 {
			break
		}
		time.Sleep(5 * time.Millisecond)
	}
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()

	pdfs, _ := filepath.Glob(filepath.Join(out, "*", "*.pdf"))
	if len(pdfs) < 4 {
		t.Fatalf("only %d files before the kill; the test needs a run in progress", len(pdfs))
	}
	if len(pdfs) >= 400 {
		t.Skip("the run finished before it could be killed")
	}
	for _, p := range pdfs {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.HasPrefix(data, []byte("%PDF-")) || !bytes.HasSuffix(bytes.TrimSpace(data), []byte("%%EOF")) {
			t.Errorf("%s is not a whole PDF (%d bytes)", p, len(data))
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
}

func TestOutMustBeAFolder(t *testing.T) {
	file := filepath.Join(t.TempDir(), "notes.txt")
	os.WriteFile(file, []byte("keep me"), 0o644)
	code, _, e := run(t, "handout", "--out", file)
	if code != 1 || !strings.Contains(e, "is a file, not a folder") {
		t.Errorf("exit %d, %s", code, e)
	}
	if b, _ := os.ReadFile(file); string(b) != "keep me" {
		t.Error("the file given as --out was changed")
	}
}
