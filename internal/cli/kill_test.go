package cli

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/testscript"

	"haven/internal/output"
)

// TestMain lets a test run this binary as haven itself, to stop it mid-run. HAVEN_PAUSE=POINT:N
// (read only here, never by haven) pauses the run the Nth time it passes output's named point,
// says so on stderr, and holds every worker there until a signal stops the run: so a test
// stops the run exactly where it means to, however fast the machine. POINT:N:slow then slows
// each later pass by 40 ms, as a network disk's renames are.
func TestMain(m *testing.M) {
	if os.Getenv("HAVEN_AS_MAIN") == "1" { // as cmd/haven does
		ctx, _ := Stoppable()
		if p := os.Getenv("HAVEN_PAUSE"); p != "" {
			output.Hook = pauseAt(ctx, p)
		}
		os.Exit(Main(ctx))
	}
	testscript.Main(m, map[string]func(){
		"haven": func() { os.Exit(Main(context.Background())) },
	})
}

func pauseAt(ctx context.Context, spec string) func(string) {
	point, nth, _ := strings.Cut(spec, ":")
	nth, slow := strings.CutSuffix(nth, ":slow")
	n, _ := strconv.Atoi(nth)
	var mu sync.Mutex
	seen := 0
	return func(p string) {
		if p != point {
			return
		}
		mu.Lock()
		seen++
		if seen == n {
			fmt.Fprintf(os.Stderr, "paused at %s\n", spec)
		}
		paused := seen >= n
		mu.Unlock()
		if paused {
			<-ctx.Done()
			if slow {
				time.Sleep(40 * time.Millisecond)
			}
		}
	}
}

// codes writes a placements file of n codes in dir and returns its path.
func codes(t *testing.T, dir, name string, n int) string {
	t.Helper()
	var b strings.Builder
	b.WriteString("code\n")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "p%03d\n", i)
	}
	csv := filepath.Join(dir, name)
	if err := os.WriteFile(csv, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return csv
}

// batch is a poster run of 40 placements into out, under campaign.
func batch(t *testing.T, dir, out, campaign string) []string {
	return []string{"poster", "--paper", "letter", "--lang", "en", "--campaign", campaign, "--placements", codes(t, dir, "places.csv", 40), "--out", out}
}

// startPaused starts haven as a separate process and returns once it has paused at pause,
// with a function that sends sigs, 100 ms apart, and waits for the process to end. What haven
// writes to stderr after the pause goes to stderr.
func startPaused(t *testing.T, pause string, args []string, stderr io.Writer) func(sigs ...os.Signal) error {
	t.Helper()
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), "HAVEN_AS_MAIN=1", "HAVEN_PAUSE="+pause)
	pipe, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	r := bufio.NewReader(pipe)
	line, err := r.ReadString('\n')
	if line != "paused at "+pause+"\n" {
		cmd.Process.Kill()
		cmd.Wait()
		t.Fatalf("the run did not pause at %s: %q %v", pause, line, err)
	}
	if stderr == nil {
		stderr = io.Discard
	}
	copied := make(chan struct{})
	go func() { io.Copy(stderr, r); close(copied) }()
	return func(sigs ...os.Signal) error {
		for i, sig := range sigs {
			if i > 0 {
				time.Sleep(100 * time.Millisecond)
			}
			cmd.Process.Signal(sig)
		}
		<-copied // all read before Wait closes the pipe
		return cmd.Wait()
	}
}

// pdfs maps each PDF under out to its bytes.
func pdfs(t *testing.T, out string) map[string][]byte {
	t.Helper()
	m := map[string][]byte{}
	files, _ := filepath.Glob(filepath.Join(out, "*", "*.pdf"))
	for _, p := range files {
		m[p], _ = os.ReadFile(p)
	}
	return m
}

// hidden lists the files haven keeps while it runs (temporary files, journal, lock) under out.
func hidden(out string) []string {
	a, _ := filepath.Glob(filepath.Join(out, ".*"))
	b, _ := filepath.Glob(filepath.Join(out, "*", ".*"))
	return slices.DeleteFunc(append(a, b...), func(p string) bool { return filepath.Base(p) == kitName }) // what made the kit stays
}

// TestKilledRunChangesNothing kills haven with SIGKILL while it writes a batch: the files of
// the run before are left exactly as they were, no PDF of the killed run appears, and the
// next run clears the temporary files and finishes the job.
func TestKilledRunChangesNothing(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out")
	first := codes(t, dir, "first.csv", 3)
	if code, _, e := run(t, "poster", "--paper", "letter", "--lang", "en", "--campaign", "oct", "--placements", first, "--out", out); code != 0 {
		t.Fatal(e)
	}
	before := pdfs(t, out)
	args := batch(t, dir, out, "k")
	startPaused(t, "staged:10", args, nil)(syscall.SIGKILL)
	if temps, _ := filepath.Glob(filepath.Join(out, "p*", ".*.tmp")); len(temps) < 10 {
		t.Fatalf("%d temporary files at the kill; the run had written 10", len(temps))
	}
	after := pdfs(t, out)
	if len(after) != len(before) {
		t.Errorf("%d PDFs after the kill; want the %d of the run before", len(after), len(before))
	}
	for p, want := range before {
		if !bytes.Equal(after[p], want) {
			t.Errorf("%s was changed by the killed run", p)
		}
	}
	if code, _, e := run(t, args...); code != 0 {
		t.Fatal(e)
	}
	if left := hidden(out); len(left) > 0 {
		t.Errorf("files left: %v", left)
	}
	if n := len(pdfs(t, out)); n != 40 {
		t.Errorf("%d PDFs after the next run; want 40", n)
	}
}

// killedDuringRenames makes a batch (campaign oct) in dir's out, then kills the same batch of
// campaign may with SIGKILL after 5 of its 40 renames.
func killedDuringRenames(t *testing.T) (dir, out string) {
	dir = t.TempDir()
	out = filepath.Join(dir, "out")
	if code, _, e := run(t, batch(t, dir, out, "oct")...); code != 0 {
		t.Fatal(e)
	}
	startPaused(t, "renamed:5", batch(t, dir, out, "may"), nil)(syscall.SIGKILL)
	return dir, out
}

// TestKilledDuringRenamesIsRolledForward kills haven with SIGKILL after 5 of its 40 renames:
// the folder holds a mix of two runs, and the next run into it, whatever it makes, first puts
// every file of the killed run in place (each was complete and checked), so no placement keeps
// an old number.
func TestKilledDuringRenamesIsRolledForward(t *testing.T) {
	_, out := killedDuringRenames(t)
	count := func() (n int) {
		for _, b := range pdfs(t, out) {
			if bytes.Contains(b, []byte("utm_campaign=may")) {
				n++
			}
		}
		return n
	}
	if n := count(); n != 5 {
		t.Fatalf("%d new PDFs after the kill; the run was stopped after 5 renames", n)
	}
	if _, err := os.Stat(filepath.Join(out, ".haven-journal")); err != nil {
		t.Fatalf("no journal after the kill: %v", err)
	}
	if code, _, e := run(t, "handout", "--lang", "en", "--paper", "letter", "--out", out); code != 0 {
		t.Fatal(e)
	}
	if n := count(); n != 40 {
		t.Errorf("%d of 40 placements carry the killed run's files after the next run", n)
	}
	if left := hidden(out); len(left) > 0 {
		t.Errorf("files left: %v", left)
	}
}

// A run stopped twice (Ctrl-C, then Ctrl-C again) while it puts its files in place, on a disk
// whose renames are slow, finishes them before it ends: stopped midway, the folder held old
// and new files side by side until the next run, where they might be printed.
func TestStoppedTwiceDuringRenames(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out")
	if code, _, e := run(t, batch(t, dir, out, "oct")...); code != 0 {
		t.Fatal(e)
	}
	var stderr bytes.Buffer
	err := startPaused(t, "renamed:5:slow", batch(t, dir, out, "may"), &stderr)(syscall.SIGINT, syscall.SIGINT)
	stoppedInPlace(t, out, syscall.SIGINT, err, stderr.String())
}

// A run stopped once (Ctrl-C, a closed terminal, a polite kill) while it puts its files in
// place finishes them, then exits as the signal says, not 0: a script's loop went on after
// Ctrl-C, the report saying all went well.
func TestStoppedDuringRenames(t *testing.T) {
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGHUP, syscall.SIGTERM} {
		t.Run(sig.String(), func(t *testing.T) {
			dir := t.TempDir()
			out := filepath.Join(dir, "out")
			if code, _, e := run(t, batch(t, dir, out, "oct")...); code != 0 {
				t.Fatal(e)
			}
			var stderr bytes.Buffer
			err := startPaused(t, "renamed:5:slow", batch(t, dir, out, "may"), &stderr)(sig)
			stoppedInPlace(t, out, sig, err, stderr.String())
		})
	}
}

// stoppedInPlace checks that a batch of campaign may into out, stopped by sig as it put its
// files in place, ended with every file in place and said so, exiting 128 plus sig.
func stoppedInPlace(t *testing.T, out string, sig syscall.Signal, err error, stderr string) {
	t.Helper()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 128+int(sig) || strings.Count(stderr, "once the files it was putting in place were in place") != 1 {
		t.Errorf("exit %v: %s", err, stderr)
	}
	n := 0
	for _, b := range pdfs(t, out) {
		if bytes.Contains(b, []byte("utm_campaign=may")) {
			n++
		}
	}
	if n != 40 {
		t.Errorf("%d of 40 placements are the stopped run's: the folder mixes two runs", n)
	}
}

// TestKilledBatchRunAgain kills a batch after 5 of its renames, then runs the same batch: the
// files not yet renamed hold the run before's bytes, not those the killed run's stamp notes,
// and are no files the user edited: the run finishes the renames and makes the batch again.
func TestKilledBatchRunAgain(t *testing.T) {
	dir, out := killedDuringRenames(t)
	if code, _, e := run(t, batch(t, dir, out, "may")...); code != 0 {
		t.Fatalf("the batch run again after the kill: %d %s", code, e)
	}
	for p, b := range pdfs(t, out) {
		if !bytes.Contains(b, []byte("utm_campaign=may")) {
			t.Errorf("%s is not the batch's", p)
		}
	}
}

// TestKilledDuringRenamesKeepsItsStamp kills a batch after 5 of its renames, its stamp not yet
// in place: the next run puts the stamp in place with the rest of the killed run's files, so
// that they are known as made from its content (campaign may), not the run before's (oct); a
// run made from the run before's content then names them, as files another content made.
func TestKilledDuringRenamesKeepsItsStamp(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out")
	if code, _, e := run(t, batch(t, dir, out, "oct")...); code != 0 {
		t.Fatal(e)
	}
	oct := readKit(out).Made
	startPaused(t, "renamed:5", batch(t, dir, out, "may"), nil)(syscall.SIGKILL)
	// read as the journal will leave it: every file the killed run's, none the run before's
	if may := readKit(out).Made; len(oct) != 1 || len(may) != 1 || len(may[0].Files) != 40 || may[0].From == oct[0].From {
		t.Errorf("the stamp as the killed run leaves it: %+v, after %+v", may, oct)
	}
	code, _, e := run(t, "handout", "--lang", "en", "--paper", "letter", "--campaign", "oct", "--out", out)
	if code != 0 {
		t.Fatal(e)
	}
	if !strings.Contains(e, "also holds 40 files made from other content than this run's (p000/poster-en-letter.pdf") {
		t.Errorf("the killed run's files are not named as made from other content:\n%s", e)
	}
	if left := hidden(out); len(left) > 0 {
		t.Errorf("files left: %v", left)
	}
}

// TestStoppedAsTheStampIsStaged stops a run with Ctrl-C as it stages its stamp, the last file it
// stages: it writes nothing, as when stopped at any other file.
func TestStoppedAsTheStampIsStaged(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	if code, _, e := run(t, "handout", "--lang", "en", "--paper", "letter", "--out", out); code != 0 {
		t.Fatal(e)
	}
	before := map[string][]byte{}
	files, _ := filepath.Glob(filepath.Join(out, "*.pdf"))
	for _, p := range append(files, filepath.Join(out, kitName)) {
		before[p], _ = os.ReadFile(p)
	}
	if len(before) != 3 {
		t.Fatalf("the run before made %v", files)
	}
	var stderr bytes.Buffer // a campaign changes what the stamp says: the run stages it, after its two PDFs
	err := startPaused(t, "staged:3", []string{"handout", "--lang", "en", "--paper", "letter", "--campaign", "fall", "--out", out}, &stderr)(syscall.SIGINT)
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 130 || !strings.Contains(stderr.String(), "interrupted: nothing was written") {
		t.Errorf("exit %v: %s", err, stderr.String())
	}
	for p, want := range before {
		if got, _ := os.ReadFile(p); !bytes.Equal(got, want) {
			t.Errorf("%s was changed by the stopped run", p)
		}
	}
	if left := hidden(out); len(left) > 0 {
		t.Errorf("files left: %v", left)
	}
}

// TestKilledRunFoldersAreCleared: a batch killed into a new folder leaves its 40 placement
// folders; the next run into the folder takes them away.
func TestKilledRunFoldersAreCleared(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out")
	startPaused(t, "staged:10", batch(t, dir, out, "k"), nil)(syscall.SIGKILL)
	if folders, _ := filepath.Glob(filepath.Join(out, "p*")); len(folders) != 40 {
		t.Fatalf("%d placement folders at the kill; want 40", len(folders))
	}
	if code, _, e := run(t, "handout", "--lang", "en", "--paper", "letter", "--out", out); code != 0 {
		t.Fatal(e)
	}
	entries, _ := os.ReadDir(out)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if strings.Join(names, " ") != ".haven-kit handout-en-letter.pdf handout-large-en-letter.pdf" { // the PDFs and what made them
		t.Errorf("after the next run, %s holds %v", out, names)
	}
}

// TestStoppedRunCleansUp stops a batch with Ctrl-C (SIGINT), a polite kill (SIGTERM) and a
// closed terminal (SIGHUP): each time haven says so, exits 1, and leaves nothing behind.
func TestStoppedRunCleansUp(t *testing.T) {
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP} {
		t.Run(sig.String(), func(t *testing.T) {
			dir := t.TempDir()
			out := filepath.Join(dir, "out")
			var stderr bytes.Buffer
			err := startPaused(t, "staged:10", batch(t, dir, out, "k"), &stderr)(sig)
			if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 128+int(sig) || !strings.Contains(stderr.String(), "interrupted") { // as the shell says a signal stopped it
				t.Errorf("exit %v: %s", err, stderr.String())
			}
			if _, err := os.Stat(out); !os.IsNotExist(err) {
				t.Errorf("the stopped run left %s: %v", out, hidden(out))
			}
		})
	}
}

// A run stopped while it checks or lays out a long text, which do not look at the stop, ends
// within stopGrace all the same, as the shell says a signal stopped it; a second Ctrl-C at
// once. It had gone on for minutes.
func TestStoppedWhileChecking(t *testing.T) {
	dir := t.TempDir()
	content := filepath.Join(dir, "c")
	if code, _, e := run(t, "init", content); code != 0 {
		t.Fatal(e)
	}
	long := strings.Repeat("Call 1-888-373-7888 or text HELP to 233733, or call 988 in 2024.\n", 6000) // a pasted page, one paragraph
	os.WriteFile(filepath.Join(content, "en", "faq.md"), []byte("# Title\n\n"+long+"\n## Why?\n\nBecause.\n"), 0o644)
	for _, twice := range []bool{false, true} {
		cmd := exec.Command(os.Args[0], "check", "--content", content, "--lang", "en")
		cmd.Env = append(os.Environ(), "HAVEN_AS_MAIN=1")
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(500 * time.Millisecond) // among the checks
		cmd.Process.Signal(syscall.SIGINT)
		if twice {
			time.Sleep(100 * time.Millisecond)
			cmd.Process.Signal(syscall.SIGINT)
		}
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case err := <-done:
			if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 130 || !strings.Contains(stderr.String(), "stopped by interrupt") {
				t.Errorf("twice %v: exit %v: %s", twice, err, stderr.String())
			}
		case <-time.After(stopGrace + 3*time.Second):
			cmd.Process.Kill()
			t.Fatalf("twice %v: still running long after the stop", twice)
		}
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

// The exit status is the run's, whatever becomes of its report on standard output: a reader
// that stopped reading (haven build | head -1) or a full disk do not fail a run that wrote its
// files, and a report that could not be written is said on stderr; a command whose output is
// the report fails for it.
func TestReportLost(t *testing.T) {
	closedPipe := func(t *testing.T) *os.File {
		r, w, err := os.Pipe()
		if err != nil {
			t.Fatal(err)
		}
		r.Close()
		return w
	}
	full := func(t *testing.T) *os.File {
		f, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
		if err != nil {
			t.Skip(err)
		}
		return f
	}
	for _, tt := range []struct {
		name   string
		stdout func(*testing.T) *os.File
		args   []string
		code   int
		stderr string // "" for none
	}{
		{"poster | head", closedPipe, []string{"poster", "--paper", "letter"}, 0, ""},
		{"poster > /dev/full", full, []string{"poster", "--paper", "letter"}, 0, "haven: warning: cannot write to standard output: write /dev/stdout: no space left on device"},
		{"completion > /dev/full", full, []string{"completion", "bash"}, 1, "haven: error: cannot write to standard output"},
		{"completion | head", closedPipe, []string{"completion", "bash"}, 0, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "out")
			args := tt.args
			if args[0] == "poster" {
				args = append(args, "--out", out)
			}
			cmd := exec.Command(os.Args[0], args...)
			cmd.Env = append(os.Environ(), "HAVEN_AS_MAIN=1")
			stdout := tt.stdout(t)
			defer stdout.Close()
			var stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = stdout, &stderr
			err := cmd.Run()
			code := 0
			if ee, ok := err.(*exec.ExitError); ok {
				code = ee.ExitCode()
			} else if err != nil {
				t.Fatal(err)
			}
			if code != tt.code || (tt.stderr == "") != (stderr.Len() == 0) || !strings.Contains(stderr.String(), tt.stderr) {
				t.Errorf("exit %d, want %d; stderr:\n%s", code, tt.code, &stderr)
			}
			if made, _ := filepath.Glob(filepath.Join(out, "poster-*.pdf")); args[0] == "poster" && len(made) == 0 {
				t.Error("no kit written")
			}
		})
	}
}
