package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"haven/internal/build"
	"haven/internal/diag"
	"haven/internal/layout"
	"haven/internal/output"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"haven/internal/readback"
)

func run(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := Run(context.Background(), args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestExitCodesAndMessages(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad")
	if code, _, e := run(t, "init", bad); code != 0 {
		t.Fatalf("init: %d %s", code, e)
	}
	settings := filepath.Join(bad, "settings.yaml")
	b, _ := os.ReadFile(settings)
	os.WriteFile(settings, bytes.Replace(b, []byte(`tty: ""`), []byte("tty: 1-888-373-7898"), 1), 0o644)
	notes := filepath.Join(dir, "notes.txt") // a file where a folder belongs
	os.WriteFile(notes, []byte("notes"), 0o644)

	tests := []struct {
		args     []string
		code     int
		stderr   string // a part of it
		noOutput string // a folder that must stay empty
	}{
		{[]string{"version"}, 0, "", ""},
		{[]string{"handout", "--bogus"}, 2, "haven: error: unknown flag: --bogus", ""},
		{[]string{"handout", "extra"}, 2, "takes no arguments", ""},
		{[]string{"handout", "--paper", "legal", "--out", filepath.Join(dir, "o1")}, 2, `unknown paper "legal"`, filepath.Join(dir, "o1")},
		{[]string{"handout", "--lang", "fr", "--out", filepath.Join(dir, "o2")}, 2, `no content for language "fr"`, filepath.Join(dir, "o2")},
		{[]string{"handout", "--lang", "en,spanish", "--out", filepath.Join(dir, "o2")}, 2, `--lang spanish: "spanish" is a language's name: --lang takes its code, es (the content has: en, es)`, filepath.Join(dir, "o2")},
		{[]string{"check", "--lang", "Français"}, 2, `--lang Français: "Français" is a language's name: --lang takes its code, fr (the content has: en, es)`, ""},
		{[]string{"handout", "--url", "http://samples.org", "--out", filepath.Join(dir, "o3")}, 2, "must start with https://", filepath.Join(dir, "o3")},
		{[]string{"handout", "--campaign", "Motel Restroom", "--out", filepath.Join(dir, "o4")}, 2, "--campaign", filepath.Join(dir, "o4")},
		{[]string{"build", "--content", bad, "--out", filepath.Join(dir, "o5")}, 1, "one slip away from hotline.call 1-888-373-7888", filepath.Join(dir, "o5")},
		{[]string{"check", "--content", bad}, 1, "settings.yaml:37: hotline.tty", ""},
		{[]string{"check"}, 0, "", ""},
		{[]string{"build", "--content", filepath.Join(dir, "nope")}, 2, "not a folder", ""},
		{[]string{"build", "--content", notes}, 2, "a file, not a folder: give the folder that holds settings.yaml (haven init DIR makes one)", ""},
		{[]string{"build", "--out", filepath.Join(notes, "kit")}, 1, notes + " is a file, not a folder: give --out a folder outside it", ""},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			code, _, e := run(t, tt.args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d; stderr: %s", code, tt.code, e)
			}
			if !strings.Contains(e, tt.stderr) {
				t.Errorf("stderr %q does not say %q", e, tt.stderr)
			}
			if tt.code != 0 && !strings.HasPrefix(e, "haven: error: ") {
				t.Errorf("stderr should start with 'haven: error: ': %q", e)
			}
			if tt.noOutput != "" {
				if entries, _ := os.ReadDir(tt.noOutput); len(entries) > 0 {
					t.Errorf("%s was written to: %v", tt.noOutput, entries)
				}
			}
		})
	}
}

func TestBuildPrintsEachFile(t *testing.T) {
	out := t.TempDir()
	code, stdout, e := run(t, "handout", "--lang", "en", "--paper", "letter", "--out", out, "--url", "https://samples.org/help")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, e)
	}
	for _, want := range []string{"handout-en-letter.pdf", "handout-large-en-letter.pdf", "QR: https://samples.org/help", "pages"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("summary lacks %q:\n%s", want, stdout)
		}
	}
}

// A run's report ends with how many warnings it said, after the list of files that scrolls
// them off the screen; a run without any says nothing of them.
func TestReportEndsWithTheWarnings(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "c")
	if code, _, e := run(t, "init", dir); code != 0 {
		t.Fatal(e)
	}
	// an init copy as it is prints the example organisation's name: said, to be changed
	if code, stdout, e := run(t, "check", "--content", dir, "--lang", "en"); code != 0 || strings.Count(e, "haven: warning: ") != 1 || !strings.Contains(e, "organisation.name: \"The Mission Haven\" is the name of haven's example organisation") {
		t.Errorf("an init copy: exit %d, %s%s", code, stdout, e)
	}
	settings := filepath.Join(dir, "settings.yaml")
	example, _ := os.ReadFile(settings)
	os.WriteFile(settings, bytes.Replace(example, []byte("name: The Mission Haven"), []byte("name: Harbor Light"), 1), 0o644)
	if code, stdout, e := run(t, "check", "--content", dir, "--lang", "en"); code != 0 || e != "" || strings.Contains(stdout, "warning") {
		t.Errorf("unwarned: exit %d, %s%s", code, stdout, e)
	}
	os.WriteFile(settings, example, 0o644)
	faq := filepath.Join(dir, "en", "faq.md")
	b, _ := os.ReadFile(faq)
	b = bytes.Replace(b, []byte("# "), []byte("# Harbor Light: "), 1) // not the example's own, which passes unwarned
	for _, tt := range []struct {
		name, asked string
		warned      int
		want        string
	}{
		{"one", "", 1, "1 warning above: read it before printing\n"}, // the example's name of the organisation
		{"three", "**Who can call?**\n\nAnyone.\n\n**Is it free?**\n\n", 3, "3 warnings above: read them before printing\n"},
	} {
		os.WriteFile(faq, bytes.Replace(b, []byte("## Are all victims"), []byte(tt.asked+"## Are all victims"), 1), 0o644)
		for _, args := range [][]string{{"check"}, {"handout", "--paper", "letter", "--out", filepath.Join(t.TempDir(), "o")}} {
			code, stdout, e := run(t, append(args, "--content", dir, "--lang", "en")...)
			lines := strings.SplitAfter(stdout, "\n")
			last := lines[max(len(lines)-2, 0)]
			if code != 0 || strings.Count(e, "haven: warning: ") != tt.warned || last != tt.want {
				t.Errorf("%s, %s: exit %d, the report ends %q, want %q\n%s", tt.name, args[0], code, last, tt.want, e)
			}
		}
	}
}

// The run's last words say where to upload the resource page: at resource_url, which every QR
// code opens, and with a discreet card, at its own address too, not a redirect to resource_url.
func TestSiteUploadSaysWhere(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "c")
	if code, _, e := run(t, "init", dir); code != 0 {
		t.Fatal(e)
	}
	settings := filepath.Join(dir, "settings.yaml")
	b, _ := os.ReadFile(settings)
	plain := strings.Replace(string(b), "resource_url: https://humantraffickinghotline.org", "resource_url: https://samples.org/help", 1)
	discreet := strings.Replace(plain, "# cards:\n#   offset: 0,0", "cards:\n  discreet_url: https://calm-notes.net/talk", 1)
	for _, tt := range []struct{ settings, want string }{
		{plain, "every QR code opens that address\n"},
		{discreet, "every QR code but the discreet card's opens that address; the discreet card's opens cards.discreet_url, https://calm-notes.net/talk: upload "},
	} {
		os.WriteFile(settings, []byte(tt.settings), 0o644)
		code, stdout, e := run(t, "site", "--content", dir, "--lang", "en", "--out", filepath.Join(t.TempDir(), "o"))
		if code != 0 || !strings.Contains(stdout, tt.want) {
			t.Errorf("exit %d, stdout lacks %q:\n%s%s", code, tt.want, stdout, e)
		}
	}
}

func TestHelpHasExamples(t *testing.T) {
	for _, cmd := range []string{"build", "handout", "check", "init"} {
		code, stdout, _ := run(t, cmd, "--help")
		if code != 0 || !strings.Contains(stdout, "Examples:") || !strings.Contains(stdout, "--content") && cmd != "init" {
			t.Errorf("haven %s --help: exit %d, output:\n%s", cmd, code, stdout)
		}
	}
}

func TestPlacementsFlag(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.csv")
	os.WriteFile(good, []byte("code,where\np01,library\np02,gym\n"), 0o644)
	bad := filepath.Join(dir, "bad.csv")
	os.WriteFile(bad, []byte("code,where\np01,library\nmotel-restroom-2nd-floor,motel\n"), 0o644)
	slip := filepath.Join(dir, "slip.csv")
	os.WriteFile(slip, []byte("code,where\np01,library\n18883737889,lobby\n"), 0o644)
	emergency := filepath.Join(dir, "emergency.csv")
	os.WriteFile(emergency, []byte("code,where\np01,library\n912,lobby\n"), 0o644)
	utf16 := filepath.Join(dir, "utf16.csv") // "code\twhere\r\np01\tcafe\r\n" as UTF-16LE without its byte order mark
	os.WriteFile(utf16, []byte("c\x00o\x00d\x00e\x00\t\x00w\x00h\x00e\x00r\x00e\x00\r\x00\n\x00p\x000\x001\x00\t\x00c\x00a\x00f\x00e\x00\r\x00\n\x00"), 0o644)
	workbook := filepath.Join(dir, "book.csv")
	os.WriteFile(workbook, []byte("PK\x03\x04\x14\x00\x00\x00\x08\x00xl/worksheets/sheet1.xml"), 0o644)
	zip := filepath.Join(dir, "zip.csv")
	os.WriteFile(zip, []byte("place,zip code\nlibrary,43215\n"), 0o644)
	titled := filepath.Join(dir, "titled.csv") // a title row above the header, as a sheet has one
	os.WriteFile(titled, []byte("Spring fair placements,\ncode,note\np01,library\ns12,gym\n"), 0o644)
	long := filepath.Join(dir, "long.csv") // a long code makes long links: its QR codes the densest
	os.WriteFile(long, []byte("code\np01\np2-3-4-5-a-7-8-9\n"), 0o644)
	headless := filepath.Join(dir, "headless.csv") // saved without its header: p01 would get no copies
	os.WriteFile(headless, []byte("p01,library\np02,gym\n"), 0o644)
	places := filepath.Join(dir, "places.csv") // places alone, no header: the run says what it read as one
	os.WriteFile(places, []byte("library,front door\ngym,east wall\nclinic,lobby\n"), 0o644)
	const saveAs = " (a placements file is text: save it as CSV UTF-8 from Excel: File > Save As > CSV UTF-8 (Comma delimited); from another spreadsheet, as CSV)"
	tests := []struct {
		args           []string
		code           int
		stdout, stderr string
	}{
		{[]string{"poster", "--placements", good, "--paper", "letter", "--lang", "en", "--out", filepath.Join(dir, "o1")}, 2, "", "--placements needs --campaign"},
		// a code of digits one slip from the emergency number the card prints it under
		{[]string{"cards", "--placements", emergency, "--campaign", "fall", "--out", filepath.Join(dir, "o7")}, 1, "", `emergency.csv:3: code: "912" is one slip away from hotline.emergency 911: printed on the card beside it, it could be dialled (choose another code)`},
		// files that are no text, refused before any code is made for their garbage
		{[]string{"poster", "--placements", utf16, "--campaign", "fall", "--out", filepath.Join(dir, "o8")}, 1, "", `utf16.csv:1: is saved as UTF-16 (Notepad's "Unicode"): haven reads UTF-8` + saveAs},
		{[]string{"poster", "--placements", workbook, "--campaign", "fall", "--out", filepath.Join(dir, "o9")}, 1, "", `book.csv:1: is a spreadsheet workbook (.xlsx, .xls) or another packed file, not CSV text` + saveAs},
		// a header that names a code but is no code column: which it holds, only the user knows
		{[]string{"poster", "--placements", zip, "--campaign", "fall", "--out", filepath.Join(dir, "o10")}, 1, "", `zip.csv:1: has no column named code, but column B is named "zip code" (if it holds your codes (p01, a3k9), name it code; if it holds something else, rename it (e.g. to note) and haven makes a code for each place)`},
		{[]string{"poster", "--placements", bad, "--campaign", "fall", "--out", filepath.Join(dir, "o2")}, 1, "", `bad.csv:3: code: "motel-restroom-2nd-floor" is longer than 16 characters`},
		// a code one slip from the hotline's number, named at its line as the file's other problems are
		{[]string{"cards", "--placements", slip, "--campaign", "fall", "--out", filepath.Join(dir, "o6")}, 1, "", `slip.csv:3: code: "18883737889" holds 18883737889, one slip away from hotline.call 1-888-373-7888`},
		{[]string{"poster", "--placements", good, "--campaign", "fall", "--paper", "letter,tearoff", "--lang", "en", "--out", filepath.Join(dir, "o3")}, 0, "", ""},
		// the whole kit, as the README shows it: every printed kind for each placement, the page left out
		{[]string{"build", "--placements", good, "--campaign", "fall", "--paper", "letter", "--lang", "en", "--out", filepath.Join(dir, "o4")}, 0, "this run leaves it out", ""},
		// the first code's files stand for every code's, notes and all
		{[]string{"cards", "--placements", good, "--campaign", "fall", "--paper", "letter", "--lang", "en", "--out", filepath.Join(dir, "o13")}, 0,
			"CODE/cards-discreet-en-letter.pdf  2 pages  no QR code\n  " + layout.NoDiscreetCode + "\n", ""},
		{[]string{"site", "--placements", good, "--campaign", "fall", "--lang", "en", "--out", filepath.Join(dir, "o5")}, 1, "", "one for every placement"},
		// check reads the file as build does, and checks the outputs of its longest code, writing nothing
		{[]string{"poster", "--placements", titled, "--campaign", "fall", "--out", filepath.Join(dir, "o11")}, 1, "", `titled.csv:2: code: the code column's header ("code") is on line 2`},
		{[]string{"check", "--placements", titled, "--campaign", "fall"}, 1, "", `titled.csv:2: code: the code column's header ("code") is on line 2`},
		{[]string{"check", "--placements", slip, "--campaign", "fall"}, 1, "", `slip.csv:3: code: "18883737889" holds 18883737889`},
		{[]string{"check", "--placements", good}, 2, "", "--placements needs --campaign"},
		{[]string{"poster", "--placements", headless, "--campaign", "fall", "--out", filepath.Join(dir, "o12")}, 1, "", `headless.csv:1: is read as the column names, but its column A is "p01", a code or a number`},
		{[]string{"check", "--placements", headless, "--campaign", "fall", "--lang", "en"}, 1, "", `headless.csv:1: is read as the column names`},
		{[]string{"check", "--placements", places, "--campaign", "fall", "--lang", "en"}, 0, "places.csv: 2 placements; line 1 read as the column names, not a placement: library, front door\n", ""},
		{[]string{"check", "--placements", good, "--campaign", "fall", "--lang", "en"}, 0, "good.csv: 2 placements; line 1 read as the column names, not a placement: code, where\n", ""},
		{[]string{"check", "--placements", long, "--campaign", "fall", "--lang", "en"}, 0, "ok: 18 outputs in 1 language, for each of 2 placement codes (checked for the longest, p2-3-4-5-a-7-8-9)", ""},
	}
	for _, tt := range tests {
		code, out, e := run(t, tt.args...)
		if code != tt.code || !strings.Contains(out, tt.stdout) || !strings.Contains(e, tt.stderr) {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want %d, %q and %q", tt.args, code, out, e, tt.code, tt.stdout, tt.stderr)
		}
	}
	for _, p := range []string{"o3/p01/poster-en-letter.pdf", "o3/p02/poster-tearoff-en-letter.pdf",
		"o4/p01/handout-en-letter.pdf", "o4/p02/cards-discreet-en-letter.pdf", "o4/p02/poster-en-letter.pdf"} {
		if _, err := os.Stat(filepath.Join(dir, p)); err != nil {
			t.Error(err)
		}
	}
	for _, p := range []string{"o2", "o4/site", "o4/p01/site", "o5", "o6", "o7", "o8", "o9", "o10", "o11", "o12"} {
		if _, err := os.Stat(filepath.Join(dir, p)); err == nil {
			t.Errorf("%s was written", p)
		}
	}
}

func TestFontFlag(t *testing.T) {
	dir := t.TempDir()
	otf := filepath.Join(dir, "Fancy.otf")
	os.WriteFile(otf, []byte("OTTO\x00\x0a rest of a CFF font"), 0o644)
	code, _, e := run(t, "handout", "--lang", "en", "--paper", "letter", "--font", otf, "--out", filepath.Join(dir, "o1"))
	if code != 1 || !strings.Contains(e, "holds PostScript (CFF) outlines, which haven cannot embed in a PDF") || !strings.Contains(e, "TrueType") {
		t.Errorf("CFF font: exit %d, %s", code, e)
	}
	ttf := filepath.Join("..", "..", "fonts", "AtkinsonHyperlegibleNext-Regular.ttf") // a brand font with the built-in metrics: the handout still fits
	if code, _, e := run(t, "handout", "--lang", "en", "--paper", "letter", "--font", ttf, "--out", filepath.Join(dir, "o2")); code != 0 {
		t.Errorf("a TrueType font is refused: %s", e)
	}
}

// Each --font is a family, set first for the languages it covers: one run can brand English
// in one font and print Greek in another.
func TestFontFlagFamilies(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "content")
	if code, _, e := run(t, "init", dir); code != 0 {
		t.Fatal(e)
	}
	if err := os.CopyFS(filepath.Join(dir, "el"), os.DirFS(filepath.Join(dir, "es"))); err != nil {
		t.Fatal(err)
	}
	edit(t, dir, contentEdit{"el/text.yaml", "language: Español", "language: Ελληνικά"})
	fonts := filepath.Join("..", "..", "fonts")
	code, out, e := run(t, "check", "--content", dir, "--lang", "en,el",
		"--font", filepath.Join(fonts, "AtkinsonHyperlegibleNext-Regular.ttf")+","+filepath.Join(fonts, "AtkinsonHyperlegibleNext-Bold.ttf"),
		"--font", filepath.Join(fonts, "NotoSans-Regular.ttf")+","+filepath.Join(fonts, "NotoSans-Bold.ttf"))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, e)
	}
	if want := "\nel: set in NotoSans-Regular.ttf; AtkinsonHyperlegibleNext-Regular.ttf lacks 'Ε' U+0395"; !strings.Contains("\n"+out, want) {
		t.Errorf("got:\n%s\nwant %q", out, want)
	}
}

// SOURCE_DATE_EPOCH fixes the dates in the PDFs, so two builds a day apart are byte-identical.
func TestSourceDateEpoch(t *testing.T) {
	build := func(epoch string) []byte {
		t.Setenv("SOURCE_DATE_EPOCH", epoch)
		out := t.TempDir()
		if code, _, e := run(t, "handout", "--lang", "en", "--paper", "letter", "--out", out); code != 0 {
			t.Fatalf("exit %d: %s", code, e)
		}
		b, err := os.ReadFile(filepath.Join(out, "handout-en-letter.pdf"))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	a, b := build("1700000000"), build("1700000000")
	if !bytes.Equal(a, b) {
		t.Error("two builds with the same SOURCE_DATE_EPOCH differ")
	}
	if !bytes.Contains(a, []byte("/CreationDate (D:20231114221320")) {
		t.Error("the creation date is not SOURCE_DATE_EPOCH (2023-11-14 22:13:20 UTC)")
	}
	if c := build("1800000000"); bytes.Equal(a, c) {
		t.Error("another SOURCE_DATE_EPOCH gives the same file")
	}
	t.Setenv("SOURCE_DATE_EPOCH", "yesterday")
	if code, _, e := run(t, "handout", "--out", t.TempDir()); code != 2 || !strings.Contains(e, "SOURCE_DATE_EPOCH") {
		t.Errorf("a bad SOURCE_DATE_EPOCH: exit %d, %s", code, e)
	}
	if code, _, e := run(t, "check"); code != 2 || !strings.Contains(e, "SOURCE_DATE_EPOCH") { // as build says: 'check && build' holds
		t.Errorf("check with a bad SOURCE_DATE_EPOCH: exit %d, %s", code, e)
	}
}

// A text too long for one output stops the whole run before anything is written, not even
// the output folder.
func TestFailedRunWritesNothing(t *testing.T) {
	dir := t.TempDir()
	ct := filepath.Join(dir, "content")
	if code, _, e := run(t, "init", ct); code != 0 {
		t.Fatal(e)
	}
	text := filepath.Join(ct, "en", "text.yaml")
	b, _ := os.ReadFile(text)
	os.WriteFile(text, bytes.Replace(b, []byte("headline: You are not alone."), []byte("headline: You are not alone, and help is always here for you, whoever you are and whatever has happened."), 1), 0o644)
	out := filepath.Join(dir, "out")
	code, _, e := run(t, "build", "--content", ct, "--out", out)
	if code != 1 || !strings.Contains(e, "card.headline") {
		t.Fatalf("exit %d: %s", code, e)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		entries, _ := os.ReadDir(out)
		t.Errorf("the failed run left %s with %d entries", out, len(entries))
	}
}

// A failed run takes away every folder it made, parents included, and nothing else.
func TestFailedRunTakesAwayTheFoldersItMade(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "new", "deeper", "out")
	long := "https://samples.org/" + strings.Repeat("x", 300)
	if code, _, _ := run(t, "handout", "--lang", "en", "--url", long, "--out", out); code != 1 {
		t.Fatalf("exit %d", code)
	}
	if _, err := os.Stat(filepath.Join(dir, "new")); !os.IsNotExist(err) {
		t.Errorf("%s was left behind", filepath.Join(dir, "new"))
	}
	if _, err := os.Stat(dir); err != nil {
		t.Errorf("the folder that was there before is gone: %v", err)
	}
}

// check says which characters a language borrows from a fallback face, and the text stays in
// its own face.
func TestCheckNamesBorrowedCharacters(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "content")
	if code, _, e := run(t, "init", dir); code != 0 {
		t.Fatal(e)
	}
	faq := filepath.Join(dir, "en", "faq.md")
	b, err := os.ReadFile(faq)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(faq, []byte(strings.Replace(string(b), "No. Most victims", "No\u202f! Most victims", 1)), 0o644)
	code, out, e := run(t, "check", "--content", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, e)
	}
	if want := "en: set in Atkinson Hyperlegible Next; from Noto Sans: '\\u202f' U+202F\n"; !strings.Contains(out, want) {
		t.Errorf("got:\n%s\nwant a line %q", out, want)
	}
	if strings.Contains("\n"+out, "\nes: ") {
		t.Errorf("Spanish borrows nothing, yet:\n%s", out)
	}
}

// A FAQ too long for the handout is one problem of the FAQ, whatever the papers a run makes:
// each edition of each language says it once, naming every output and the lines each paper
// needs cut, and the editions stay apart.
func TestFAQTooLongSaidOnce(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "content")
	if code, _, e := run(t, "init", dir); code != 0 {
		t.Fatal(e)
	}
	edit(t, dir, tooLongFAQ...)
	for _, args := range [][]string{
		{"check", "--content", dir},
		{"handout", "--content", dir, "--out", filepath.Join(t.TempDir(), "out")},
		{"build", "--content", dir, "--paper", "a4,letter", "--out", filepath.Join(t.TempDir(), "out")},
	} {
		code, _, stderr := run(t, args...)
		if code != 1 {
			t.Fatalf("%s: exit %d, want 1: %s", args[0], code, stderr)
		}
		for _, want := range []struct {
			text  string
			count int
		}{
			{"runs past page 2, the last the handout may take (one sheet)", 1},
			{"runs past page 6, the last the large-print handout may take (3 sheets)", 1},
			{"handout-en-letter", 1},
			{"handout-en-a4", 1},
			{"handout-large-en-letter", 1},
			{"handout-large-en-a4", 1},
			{"on Letter (8.5 x 11 in)", 2},
			{"on A4 (210 x 297 mm)", 2},
			{"answer 8 (" + filepath.Join(dir, "en", "faq.md") + ":37)", 2},
		} {
			if n := strings.Count(stderr, want.text); n != want.count {
				t.Errorf("%s: %q said %d times, want %d:\n%s", args[0], want.text, n, want.count, stderr)
			}
		}
	}
}

// tooLongFAQ are the edits that make the init content's FAQ too long for one sheet.
var tooLongFAQ = []contentEdit{
	{"settings.yaml", "# handout:\n#   sheets: 1", "handout:\n  sheets: 1"},
	{"en/faq.md", "Child sex trafficking is more common than most people realize.", strings.Repeat("Child sex trafficking is more common than most people realize. ", 100)},
}

// contentEdit replaces the first old with new in a file of a content folder.
type contentEdit struct{ file, old, new string }

func edit(t *testing.T, dir string, edits ...contentEdit) {
	t.Helper()
	for _, e := range edits {
		path := filepath.Join(dir, e.file)
		b, _ := os.ReadFile(path)
		if !bytes.Contains(b, []byte(e.old)) {
			t.Fatalf("%s has no %q", e.file, e.old)
		}
		os.WriteFile(path, bytes.Replace(b, []byte(e.old), []byte(e.new), 1), 0o644)
	}
}

// A text too wide for its box, found at its line, and a FAQ too long, found by the outputs
// it runs past, are both said in one run: neither waits for the other to be fixed.
func TestEveryProblemSaid(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "content")
	if code, _, e := run(t, "init", dir); code != 0 {
		t.Fatal(e)
	}
	edit(t, dir, append(tooLongFAQ, contentEdit{"en/text.yaml", "headline: You are not alone.", "headline: SUPERCALIFRAGILISTICEXPIALIDOCIOUSNESSEXTRAORDINARILY"})...) // in capitals, which hyphenation never breaks
	code, _, stderr := run(t, "check", "--content", dir)
	if code != 1 {
		t.Fatalf("exit %d, want 1: %s", code, stderr)
	}
	for _, want := range []string{"3 problems in the content", "text.yaml:26: card.headline:", "handout-en-letter, handout-en-a4: the FAQ runs past page 2", "handout-large-en-letter, handout-large-en-a4: the FAQ runs past page 6"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("%q is not said:\n%s", want, stderr)
		}
	}
}

// systemFont fails unless the Debian package pkg's font at path is installed: a developer's
// machine may lack it, and the test then skips saying how to install it; CI installs it.
func systemFont(t *testing.T, path, pkg string) {
	t.Helper()
	if _, err := os.Stat(path); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s: %v (CI installs the Debian package %s)", path, err, pkg)
		}
		t.Skipf("%s is not installed: apt-get install %s", path, pkg)
	}
}

// A brand font given without its bold face prints titles, questions and the hotline number in
// its regular weight: every command says so, where the font was given, with how to give the
// bold (or say the family has one weight); a family given with its bold is not noted.
func TestFontWithoutBoldIsNoted(t *testing.T) {
	fonts, _ := filepath.Abs(filepath.Join("..", "..", "fonts"))
	reg, bold := filepath.Join(fonts, "AtkinsonHyperlegibleNext-Regular.ttf"), filepath.Join(fonts, "AtkinsonHyperlegibleNext-Bold.ttf")
	const arabic = "/usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf"
	dir := filepath.Join(t.TempDir(), "content")
	if code, _, e := run(t, "init", dir); code != 0 {
		t.Fatal(e)
	}
	data, err := os.ReadFile(reg)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "Brand.ttf"), data, 0o644)
	withSettingsFont := filepath.Join(t.TempDir(), "content")
	os.CopyFS(withSettingsFont, os.DirFS(dir))
	edit(t, withSettingsFont, contentEdit{"settings.yaml", "# font:\n#   regular: MyFont-Regular.ttf\n", "font:\n  regular: Brand.ttf\n"})
	for _, tt := range []struct {
		name string
		args []string
		want string // in stderr; "" for no note
	}{
		{"one file", []string{"handout", "--content", dir, "--font", reg},
			"haven: warning: --font: " + reg + " has no bold face: titles, questions and the hotline number print in its regular weight"},
		{"one file, checked", []string{"check", "--content", dir, "--font", reg}, "(--font " + reg + ",BOLD.ttf)"},
		{"in settings.yaml", []string{"handout", "--content", withSettingsFont}, "settings.yaml:69: font.regular: Brand.ttf has no bold face"},
		{"with its bold", []string{"handout", "--content", dir, "--font", reg + "," + bold}, ""},
		{"with its bold after a comma and a space", []string{"handout", "--content", dir, "--font", reg + ", " + bold}, ""},
		{"one weight, said so", []string{"handout", "--content", dir, "--font", reg + "," + reg}, ""},
		// it covers no language of the run, so it sets no text: its bold is not missed
		{"a font that sets nothing", []string{"check", "--content", dir, "--font", arabic}, ""},
		{"a font that sets nothing, beside one that does", []string{"check", "--content", dir, "--font", arabic, "--font", reg}, "--font: " + reg + " has no bold face"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if slices.Contains(tt.args, arabic) {
				systemFont(t, arabic, "fonts-noto-core")
			}
			args := append(tt.args, "--lang", "en", "--paper", "letter")
			if tt.args[0] != "check" {
				args = append(args, "--edition", "standard", "--out", t.TempDir())
			}
			code, _, e := run(t, args...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, e)
			}
			if noted := strings.Contains(e, "has no bold face"); tt.want == "" && noted || tt.want != "" && !strings.Contains(e, tt.want) {
				t.Errorf("stderr:\n%s\nwant %q", e, tt.want)
			}
		})
	}
}

// A font the user gives that prints none of the run's languages (one for another script, or
// one a font given before it covers) is said by every command, build as well as check: the
// kit would be set in other fonts without a word. A font for a language --lang leaves out is
// no mistake.
func TestFontThatPrintsNothingIsSaid(t *testing.T) {
	fonts, _ := filepath.Abs(filepath.Join("..", "..", "fonts"))
	reg, bold := filepath.Join(fonts, "AtkinsonHyperlegibleNext-Regular.ttf"), filepath.Join(fonts, "AtkinsonHyperlegibleNext-Bold.ttf")
	noto := filepath.Join(fonts, "NotoSans-Regular.ttf") + "," + filepath.Join(fonts, "NotoSans-Bold.ttf")
	const thai = "/usr/share/fonts/truetype/noto/NotoSansThai-Regular.ttf"
	systemFont(t, thai, "fonts-noto-core")
	dir := filepath.Join(t.TempDir(), "content")
	if code, _, e := run(t, "init", dir); code != 0 {
		t.Fatal(e)
	}
	const prints = "haven: warning: your font "
	for _, tt := range []struct {
		name string
		args []string
		want string // in stderr; "" for no such warning
	}{
		{"another script, built", []string{"build", "--font", thai}, prints + "NotoSansThai-Regular.ttf prints none of this run's languages (en, es), which are set in other fonts: it lacks '0' U+0030"},
		{"another script, checked", []string{"check", "--font", thai}, prints + "NotoSansThai-Regular.ttf prints none of this run's languages (en, es)"},
		{"another script beside a brand font", []string{"build", "--font", reg + "," + bold, "--font", thai}, prints + "NotoSansThai-Regular.ttf prints none"},
		{"covered by the font before it", []string{"build", "--font", noto, "--font", reg + "," + bold}, prints + "AtkinsonHyperlegibleNext-Regular.ttf prints none of this run's languages (en, es), which are set in other fonts: a font given before it sets them"},
		{"a brand font", []string{"build", "--font", reg + "," + bold}, ""},
		{"a language left out", []string{"build", "--font", thai, "--lang", "en"}, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			args := append(tt.args, "--content", dir, "--paper", "letter")
			if tt.args[0] == "build" {
				args = append(args, "--out", t.TempDir())
			}
			code, _, e := run(t, args...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, e)
			}
			if said := strings.Contains(e, prints); tt.want == "" && said || tt.want != "" && !strings.Contains(e, tt.want) {
				t.Errorf("stderr:\n%s\nwant %q", e, tt.want)
			}
		})
	}
}

// --content given a file or a language folder inside a content folder names the folder meant.
func TestContentFlagInsideAFolder(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "my content")
	if code, _, e := run(t, "init", dir); code != 0 {
		t.Fatalf("init: exit %d, %s", code, e)
	}
	for _, inside := range []string{filepath.Join(dir, "settings.yaml"), filepath.Join(dir, "en")} {
		code, _, e := run(t, "check", "--content", inside)
		if code != 2 || !strings.Contains(e, "the content folder is the one that holds settings.yaml: --content '"+dir+"'") {
			t.Errorf("--content %s: exit %d, %s", inside, code, e)
		}
	}
	if code, _, e := run(t, "check", "--content", dir); code != 0 {
		t.Errorf("--content %s itself: exit %d, %s", dir, code, e)
	}
}

// Problems of the output disk are not said to be in the content.
func TestDiskProblemsAreNotTheContents(t *testing.T) {
	for _, disk := range []error{output.ErrDiskFull, output.ErrReadOnly} {
		var b bytes.Buffer
		printError(&b, errors.Join(fmt.Errorf("cannot write in the output folder o: %w", disk), errors.New("cannot write o/a.pdf: interrupted")))
		if got := b.String(); !strings.HasPrefix(got, "haven: error: 2 problems; nothing was written:\n") {
			t.Errorf("%v: %q", disk, got)
		}
	}
}

// A run from other content than the folder's kit was made from is refused while that kit's
// files are there, writing nothing: the organisation's own after the built-in example (whose
// Spanish files and pages would be printed or uploaded with it), and the example after the
// organisation's (a run that forgot --content). Each says what to do; haven deletes nothing
// itself. The same folder, edited since or reached through a link, keeps its kit.
func TestKitFromOtherContentIsRefused(t *testing.T) {
	dir := t.TempDir()
	out, mine := filepath.Join(dir, "out"), filepath.Join(dir, "mine")
	if code, _, e := run(t, "build", "--out", out); code != 0 {
		t.Fatalf("example: %d %s", code, e)
	}
	if code, _, e := run(t, "init", mine); code != 0 {
		t.Fatalf("init: %d %s", code, e)
	}
	if err := os.RemoveAll(filepath.Join(mine, "es")); err != nil {
		t.Fatal(err)
	}
	example, _ := os.ReadFile(filepath.Join(out, "how-to-print-es.pdf"))
	code, _, e := run(t, "build", "--content", mine, "--out", out)
	if code != 1 || !strings.Contains(e, out+" holds the kit made from haven's built-in example (") ||
		!strings.Contains(e, "this run's files would be mixed with it, to be printed or uploaded together; give another folder with --out, or delete that kit's files first ("+filepath.Join(out, ".haven-kit")+" lists them; files of your own there can stay)") ||
		strings.Contains(e, "rm -r") {
		t.Errorf("own content over the example's kit: %d %s", code, e)
	}
	if after, _ := os.ReadFile(filepath.Join(out, "how-to-print-es.pdf")); len(example) == 0 || !bytes.Equal(example, after) {
		t.Error("the refused run changed the example's files")
	}
	// a run into it stopped while it put its files in place: the folder holds two runs' files
	if err := os.WriteFile(filepath.Join(out, ".haven-journal"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, e = run(t, "build", "--content", mine, "--out", out); code != 1 || !strings.Contains(e, "; a run from it was stopped while it put them in place, and the next run into the folder puts the rest of them there, as .haven-journal lists)") {
		t.Errorf("own content over a stopped run's folder: %d %s", code, e)
	}
	if err := os.RemoveAll(out); err != nil {
		t.Fatal(err)
	}
	if code, _, e := run(t, "build", "--content", mine, "--out", out); code != 0 {
		t.Fatalf("own content into a fresh folder: %d %s", code, e)
	}
	// the same folder, edited, one kind; and reached through a link, one language
	text := filepath.Join(mine, "en", "text.yaml")
	b, _ := os.ReadFile(text)
	if err := os.WriteFile(text, bytes.Replace(b, []byte("Most victims know their trafficker."), []byte("Most victims know the trafficker."), 1), 0o644); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link")
	if err := os.Symlink(mine, link); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"poster", "--content", mine}, {"handout", "--content", link, "--lang", "en"}} {
		if code, _, e := run(t, append(args, "--out", out)...); code != 0 {
			t.Errorf("%v: %d %s", args, code, e)
		}
	}
	before, _ := os.ReadFile(filepath.Join(out, "cards-en-letter.pdf"))
	code, _, e = run(t, "build", "--out", out)
	if code != 1 || !strings.Contains(e, out+" holds the kit made from "+mine+": the built-in example would be mixed with it (") || !strings.Contains(e, "give --content "+mine+" to make it again, or give another folder with --out") || strings.Contains(e, "--help") {
		t.Errorf("the example over the organisation's kit: %d %s", code, e)
	}
	if after, _ := os.ReadFile(filepath.Join(out, "cards-en-letter.pdf")); len(before) == 0 || !bytes.Equal(before, after) {
		t.Error("the refused run changed the organisation's cards")
	}
}

// A placements batch is held to the kit in its folder as any run is: the example's batch into
// an organisation's kit is refused, writing nothing, and a batch notes what made it, so that a
// run from other content into its folder is refused in turn; the same content's batch and
// kit share a folder.
func TestKitAndBatchFromOtherContent(t *testing.T) {
	dir := t.TempDir()
	out, mine, places := filepath.Join(dir, "out"), filepath.Join(dir, "mine"), filepath.Join(dir, "places.csv")
	if err := os.WriteFile(places, []byte("code,where\np01,library\np02,gym\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, e := run(t, "init", mine); code != 0 {
		t.Fatalf("init: %d %s", code, e)
	}
	poster := func(args ...string) (int, string) {
		code, _, e := run(t, append([]string{"poster", "--lang", "en", "--paper", "letter", "--out", out}, args...)...)
		return code, e
	}
	if code, e := poster("--content", mine); code != 0 {
		t.Fatalf("own kit: %d %s", code, e)
	}
	before, _ := os.ReadFile(filepath.Join(out, "poster-en-letter.pdf"))
	if code, e := poster("--campaign", "fall", "--placements", places); code != 1 || !strings.Contains(e, out+" holds the kit made from "+mine+": the built-in example would be mixed with it (") {
		t.Errorf("the example's batch over the organisation's kit: %d %s", code, e)
	}
	if _, err := os.Stat(filepath.Join(out, "p01")); err == nil {
		t.Error("the refused batch wrote its folders")
	}
	if after, _ := os.ReadFile(filepath.Join(out, "poster-en-letter.pdf")); len(before) == 0 || !bytes.Equal(before, after) {
		t.Error("the refused batch changed the organisation's poster")
	}
	if code, e := poster("--content", mine, "--campaign", "fall", "--placements", places); code != 0 {
		t.Fatalf("the organisation's batch beside its kit: %d %s", code, e)
	}
	if err := os.Remove(filepath.Join(out, "poster-en-letter.pdf")); err != nil {
		t.Fatal(err)
	}
	if code, e := poster(); code != 1 || !strings.Contains(e, out+" holds the kit made from "+mine) || !strings.Contains(e, "p01/poster-en-letter.pdf") {
		t.Errorf("the example over the organisation's batch: %d %s", code, e)
	}
}

// A .haven-kit an older haven wrote, its content folder and files in lines, says nothing: the
// run goes on as into a folder without one, knowing haven's files by their content.
func TestOlderKitStampIsIgnored(t *testing.T) {
	for _, stamp := range []string{"built-in\nhandout-en-letter.pdf\n", "/srv/content\nhandout-en-letter.pdf\n"} {
		out := filepath.Join(t.TempDir(), "o")
		if err := os.MkdirAll(out, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(out, ".haven-kit"), []byte(stamp), 0o644); err != nil {
			t.Fatal(err)
		}
		if code, _, e := run(t, "handout", "--lang", "en", "--paper", "letter", "--out", out); code != 0 {
			t.Errorf("%q: exit %d: %s", stamp, code, e)
		}
	}
}

// A kit made again leaves its stamp as it was, not written anew for nothing; a stamp reached
// through a link is replaced by the folder's own file, and one that no longer says what made the
// kit is written again.
func TestKitStampRewrittenOnlyWhenItChanges(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1700000000") // two runs a second apart date their PDFs apart, which the stamp records
	out := filepath.Join(t.TempDir(), "o")
	stamp := filepath.Join(out, ".haven-kit")
	handout := []string{"handout", "--lang", "en", "--paper", "letter", "--edition", "standard", "--out", out}
	if code, _, e := run(t, handout...); code != 0 {
		t.Fatalf("%d %s", code, e)
	}
	first, err := os.Stat(stamp)
	if err != nil {
		t.Fatal(err)
	}
	if code, _, e := run(t, handout...); code != 0 {
		t.Fatalf("%d %s", code, e)
	}
	if again, err := os.Stat(stamp); err != nil || !os.SameFile(first, again) {
		t.Errorf("the same kit made again wrote its stamp anew (%v)", err)
	}
	if code, _, e := run(t, "cards", "--lang", "en", "--paper", "letter", "--out", out); code != 0 {
		t.Fatalf("%d %s", code, e)
	}
	if data, _ := os.ReadFile(stamp); !strings.Contains(string(data), "cards-en-letter.pdf") || !strings.Contains(string(data), "handout-en-letter.pdf") {
		t.Errorf("the stamp does not list the cards made since: %s", data)
	}
	elsewhere := filepath.Join(t.TempDir(), "stamp")
	if err := os.Rename(stamp, elsewhere); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(elsewhere, stamp); err != nil {
		t.Fatal(err)
	}
	if code, _, e := run(t, handout...); code != 0 {
		t.Fatalf("%d %s", code, e)
	}
	if fi, err := os.Lstat(stamp); err != nil || !fi.Mode().IsRegular() {
		t.Errorf("the stamp is still reached through a link (%v)", err)
	}
}

// The stamp a run writes lists the files of the stamp in the folder when the run ends, made from
// the same content, with its own: not of the one it read as it began, which another run may
// have replaced since; nor is it the same list, sorted in place, that it compares with.
func TestKitStampReadAgainAtTheEnd(t *testing.T) {
	out := t.TempDir()
	write := func(files ...string) {
		data, _ := json.Marshal(kit{Source: builtIn, Files: files})
		if err := os.WriteFile(filepath.Join(out, kitName), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("cards-en-letter.pdf")
	made := []build.Result{{Path: filepath.Join(out, "handout-en-letter.pdf")}}
	note := func() { // as the run puts it in place
		if _, data := stampAfter(out, builtIn, maker{}, made); data != nil {
			if err := os.WriteFile(filepath.Join(out, kitName), data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	write("cards-en-letter.pdf", "poster-en-letter.pdf") // another run's, since
	note()
	if got := readKit(out).Files; !slices.Equal(got, []string{"cards-en-letter.pdf", "handout-en-letter.pdf", "poster-en-letter.pdf"}) {
		t.Errorf("the stamp lists %v", got)
	}
	write("poster-en-letter.pdf", "handout-en-letter.pdf") // unsorted, as a person may write it
	note()
	if got := readKit(out).Files; !slices.Equal(got, []string{"handout-en-letter.pdf", "poster-en-letter.pdf"}) {
		t.Errorf("an unsorted stamp of the same files is left unsorted: %v", got)
	}
}

// After a run into a folder holding an earlier kit, no file there silently disagrees with the
// content just used: a run of one kind (or language) after an edit names every file it left
// that the earlier content made, whatever its kind (the copies in site/ of the very PDFs it
// made, the resource pages, proof.pdf, the other kinds), proof.pdf first, and says to make the
// whole kit again; files another haven made are named as such; files made from this very
// content are not named, whatever run made them.
func TestFilesOfOtherContentNamed(t *testing.T) {
	whole := []string{"build", "--lang", "en,es", "--paper", "letter"}
	handouts := []string{"handout", "--paper", "letter"}
	enHandouts := []string{"handout", "--lang", "en", "--paper", "letter"}
	tests := []struct {
		name   string
		before []string   // the run before the content changes (or its stamp is an older haven's)
		edit   bool       // the contact's typo fixed, 614-276-2274 to 614-276-2284
		stamp  func(*kit) // or the stamp made older
		after  [][]string // runs after the edit, before the last
		args   []string   // the last run
		what   string     // how the warning says what made the files it names; "": none
	}{
		{name: "one kind after an edit", before: whole, edit: true, args: enHandouts, what: "made from other content than this run's"},
		{name: "one language after an edit and a reprint", before: whole, edit: true, after: [][]string{handouts}, args: enHandouts, what: "made from other content than this run's"},
		{name: "the kit again after an edit", before: whole, edit: true, args: whole},
		{name: "one kind of the same content", before: whole, args: enHandouts},
		{name: "one language of the same content", before: handouts, args: enHandouts},
		{name: "a kit of an older haven", before: whole, stamp: func(k *kit) { k.Made = nil }, args: enHandouts, what: "made by another version of haven than this one"},
		{name: "another haven after an edit", before: whole, edit: true, stamp: func(k *kit) { k.Made[0].By = "haven v0.9.0" }, args: enHandouts,
			what: "made from other content than this run's, or by another version of haven"},
	}
	holds := regexp.MustCompile(`also holds (\d+) files? ([^(]*) \(([^)]*)\)`)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			mine, out := filepath.Join(dir, "content"), filepath.Join(dir, "out")
			if code, _, e := run(t, "init", mine); code != 0 {
				t.Fatalf("init: %s", e)
			}
			settings := filepath.Join(mine, "settings.yaml")
			contact := func(from, to string) {
				b, err := os.ReadFile(settings)
				if err != nil || !bytes.Contains(b, []byte(from)) {
					t.Fatalf("settings.yaml has no %s (%v)", from, err)
				}
				if err := os.WriteFile(settings, bytes.Replace(b, []byte(from), []byte(to), 1), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			haven := func(args []string) string {
				code, _, e := run(t, append(slices.Clone(args), "--content", mine, "--out", out)...)
				if code != 0 {
					t.Fatalf("%v: exit %d: %s", args, code, e)
				}
				return e
			}
			contact(`contact: ""`, `contact: "Office 614-276-2274"`)
			haven(tt.before)
			if tt.edit {
				contact("614-276-2274", "614-276-2284")
			}
			if tt.stamp != nil {
				k := readKit(out)
				tt.stamp(&k)
				data, _ := json.Marshal(k)
				if err := os.WriteFile(filepath.Join(out, kitName), data, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			earlier := map[string]fs.FileInfo{} // the files of the run before, to tell those not made since
			filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
				if fi, err := os.Stat(p); err == nil && fi.Mode().IsRegular() && (filepath.Ext(p) == ".pdf" || filepath.Ext(p) == ".html") {
					rel, _ := filepath.Rel(out, p)
					earlier[filepath.ToSlash(rel)] = fi
				}
				return nil
			})
			for _, args := range tt.after {
				haven(args)
			}
			e := haven(tt.args)
			var left []string // what the runs since left of the run before
			for rel, fi := range earlier {
				if now, err := os.Stat(filepath.Join(out, filepath.FromSlash(rel))); err == nil && os.SameFile(fi, now) && fi.ModTime().Equal(now.ModTime()) { // a file's number may be the next one's
					left = append(left, rel)
				}
			}
			m := holds.FindStringSubmatch(e)
			if tt.what == "" {
				// the example's name, kept in this edited copy, is warned of: not a file named
				other := regexp.MustCompile(`(?m)^.*haven's example organisation.*$`).ReplaceAllString(e, "")
				if m != nil || strings.Contains(other, "warning") {
					t.Errorf("files of this very content are named: %s", e)
				}
				return
			}
			if m == nil || m[1] != strconv.Itoa(len(left)) || m[2] != tt.what {
				t.Fatalf("the run left %d files of the run before (%v); it says: %s", len(left), left, e)
			}
			named := strings.Split(strings.TrimSuffix(m[3], ", ..."), ", ")
			if named[0] != "proof.pdf" {
				t.Errorf("proof.pdf is not named first: %s", m[3])
			}
			for _, f := range named {
				if !slices.Contains(left, f) {
					t.Errorf("%s is named, but the runs since made it: %s", f, e)
				}
			}
			if want := "make the whole kit again: haven build --content " + mine + " --out " + out + " (or delete them)"; !strings.Contains(e, want) {
				t.Errorf("the warning does not say %q: %s", want, e)
			}
			if !tt.edit {
				return
			}
			// the copy the resource page offers of a handout just made prints the old number
			for file, number := range map[string]string{"handout-en-letter.pdf": "614-276-2284", "site/handout-en-letter.pdf": "614-276-2274", "proof.pdf": "614-276-2274"} {
				raw, err := os.ReadFile(filepath.Join(out, filepath.FromSlash(file)))
				if err != nil {
					t.Fatal(err)
				}
				pages, err := readback.Read(raw)
				if err != nil {
					t.Fatal(err)
				}
				var text strings.Builder
				for _, p := range pages {
					for _, s := range p.Texts {
						text.WriteString(s.S)
					}
				}
				if !strings.Contains(text.String(), number) {
					t.Errorf("%s does not print %s", file, number)
				}
			}
		})
	}
}

// The printer test sheet, made into a folder of cards, does not call the cards stale: it makes
// none of them, and they are as good as before; nor do the runs after call the test sheets
// stale, which hold no content (each later run named them, to delete or make again).
func TestCalibrationLeavesCardsUnwarned(t *testing.T) {
	out := filepath.Join(t.TempDir(), "o")
	if code, _, e := run(t, "cards", "--lang", "en", "--paper", "letter", "--out", out); code != 0 {
		t.Fatalf("%d %s", code, e)
	}
	for _, paper := range []string{"letter", "a4"} {
		if code, _, e := run(t, "cards", "--calibrate", "--paper", paper, "--out", out); code != 0 || strings.Contains(e, "an earlier run made") {
			t.Errorf("the test sheet: %d %s", code, e)
		}
	}
	for _, args := range [][]string{{"cards", "--lang", "en", "--paper", "letter"}, {"cards", "--lang", "en"}, {"build", "--lang", "en"}} {
		if code, _, e := run(t, append(args, "--out", out)...); code != 0 || strings.Contains(e, "an earlier run made") || strings.Contains(e, layout.CalibrationName) {
			t.Errorf("%v after the test sheets: %d %s", args, code, e)
		}
	}
	if _, err := os.Stat(filepath.Join(out, layout.CalibrationName+"a4.pdf")); err != nil {
		t.Errorf("the test sheet is gone: %v", err)
	}
}

// haven never replaces a file it did not make: one of the user's where a run would write (at
// the top of --out, in site/, in a placement folder) is refused by name before anything is
// written, and stays as it was; a kit haven made is made again, whether a .haven-kit lists its
// files or not (a kit of a haven from before the stamp, a placement folder); a file of the
// user's where the run does not write is left alone, and the run goes on. The root folder and
// the home folder are refused as --out outright.
func TestUsersFilesAreNeverReplaced(t *testing.T) {
	kit := []string{"build", "--lang", "en", "--paper", "letter"}
	mine := []byte("%PDF-1.4\n% the user's own, not haven's\n")
	tests := []struct {
		name    string
		before  []string // a run into the folder first
		unstamp bool     // then its .haven-kit removed, as before haven kept one
		users   []string // the user's files put in the folder then
		args    []string
		code    int
		stderr  string // a part of it; OUT is the folder
	}{
		{name: "top level", users: []string{"handout-en-letter.pdf", "taxes.pdf"}, args: []string{"handout", "--lang", "en", "--paper", "letter"},
			code: 1, stderr: "OUT holds 1 file haven did not make, or changed since it made them, where this run writes its own (OUT/handout-en-letter.pdf): haven replaces only files it made as it made them, and left it as it was; move it elsewhere (with what you changed in it), or give another folder with --out"},
		{name: "in site", users: []string{"site/index.html", "site/en/index.html", "site/handout-en-letter.pdf"}, args: []string{"site", "--lang", "en"},
			code: 1, stderr: "OUT holds 3 files haven did not make, or changed since it made them, where this run writes its own (OUT/site/en/index.html, OUT/site/handout-en-letter.pdf, OUT/site/index.html)"},
		{name: "in a placement folder", users: []string{"p002/poster-en-letter.pdf"}, args: []string{"poster", "--lang", "en", "--paper", "letter", "--campaign", "fall", "--placements", "PLACES"},
			code: 1, stderr: "OUT holds 1 file haven did not make, or changed since it made them, where this run writes its own (OUT/p002/poster-en-letter.pdf)"},
		{name: "the proof sheet of a batch", users: []string{"proof.pdf"}, args: []string{"build", "--lang", "en", "--paper", "letter", "--campaign", "fall", "--placements", "PLACES"},
			code: 1, stderr: "(OUT/proof.pdf)"},
		{name: "a kit without a stamp", before: kit, unstamp: true, args: kit},
		{name: "the same folder", before: kit, args: kit},
		{name: "a batch made again", before: []string{"poster", "--lang", "en", "--paper", "letter", "--campaign", "fall", "--placements", "PLACES"},
			args: []string{"poster", "--lang", "en", "--paper", "letter", "--campaign", "fall", "--placements", "PLACES"}},
		{name: "the user's files elsewhere", before: kit, users: []string{"taxes.pdf", "handout-en-letter.pdf.bak", "site/notes.html", "site/en/photo.pdf", "p001/flyer.pdf"}, args: kit},
		// a file of the kit the user edited since: the stamp notes what haven wrote
		{name: "a kit's page edited since", before: kit, users: []string{"site/index.html"}, args: kit,
			code: 1, stderr: "OUT holds 1 file haven did not make, or changed since it made them, where this run writes its own (OUT/site/index.html)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			out, places := filepath.Join(dir, "out"), codes(t, dir, "places.csv", 3)
			args := func(a []string) []string {
				a = slices.Clone(a)
				for i := range a {
					a[i] = strings.ReplaceAll(a[i], "PLACES", places)
				}
				return append(a, "--out", out)
			}
			if tt.before != nil {
				if code, _, e := run(t, args(tt.before)...); code != 0 {
					t.Fatalf("the run before: %d %s", code, e)
				}
			}
			if tt.unstamp {
				if err := os.Remove(filepath.Join(out, ".haven-kit")); err != nil {
					t.Fatal(err)
				}
			}
			for _, f := range tt.users {
				p := filepath.Join(out, filepath.FromSlash(f))
				if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(p, mine, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			code, _, e := run(t, args(tt.args)...)
			if want := strings.ReplaceAll(tt.stderr, "OUT", out); code != tt.code || !strings.Contains(e, want) {
				t.Errorf("exit %d, want %d; stderr %q does not say %q", code, tt.code, e, want)
			}
			for _, f := range tt.users {
				if b, _ := os.ReadFile(filepath.Join(out, filepath.FromSlash(f))); !bytes.Equal(b, mine) {
					t.Errorf("%s was changed: %.40q", f, b)
				}
			}
			if tt.code != 0 && tt.before == nil { // nothing else was written
				var there []string
				filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
					if rel, _ := filepath.Rel(out, p); err == nil && !d.IsDir() {
						there = append(there, filepath.ToSlash(rel))
					}
					return nil
				})
				if slices.Sort(there); !slices.Equal(there, slices.Sorted(slices.Values(tt.users))) {
					t.Errorf("the refused run left %v, want only the user's %v", there, tt.users)
				}
			}
		})
	}
	home := t.TempDir()
	t.Setenv("HOME", home)
	for _, out := range []string{home, filepath.Join(home, ".")} {
		if err := ownFolder(out); err == nil || !strings.Contains(err.Error(), "give a folder of its own, e.g. --out "+filepath.Join(out, "haven-kit")) {
			t.Errorf("--out %s: %v", out, err)
		}
	}
	// the system's folders, as written and as their links lead (/bin to usr/bin), offer one in
	// the home folder: none below them is the kit's, and the temporary folder is emptied
	for _, out := range []string{os.TempDir(), "/", "/etc", "/usr", "/tmp", "/home", "/media", "/bin", "/sbin", "/lib", "/lib64", "/usr/bin", "/usr/local", "/usr/share", "/var/lib", "/var/tmp", "/usr/local/", "/var/../usr/bin"} {
		if err := ownFolder(out); err == nil || !strings.Contains(err.Error(), "give a folder of its own, e.g. --out "+filepath.Join(home, "haven-kit")) {
			t.Errorf("--out %s: %v", out, err)
		}
	}
	for _, out := range []string{"/usr/local/haven-kit", filepath.Join(os.TempDir(), "kit"), "/srv/www/help", "/var/www", "/usr/share/haven/kit", "/var/tmp/kit", filepath.Join(home, "bin"), filepath.Join(home, "usr/local")} {
		if err := ownFolder(out); err != nil {
			t.Errorf("--out %s: %v", out, err)
		}
	}
	if code, _, e := run(t, "handout", "--lang", "en", "--paper", "letter", "--out", home); code != 2 || !strings.Contains(e, "--out "+home+" is your home folder") {
		t.Errorf("--out HOME: %d %s", code, e)
	}
	if entries, _ := os.ReadDir(home); len(entries) > 0 {
		t.Errorf("the home folder was written to: %v", entries)
	}
	if err := ownFolder(filepath.Join(home, "kit")); err != nil {
		t.Errorf("a folder in the home folder: %v", err)
	}
}

// A run that finds more problems than a terminal shows lists the first, in order, and says how
// many more there are and what to do: a file pasted in twice makes thousands of one kind.
func TestManyProblemsListed(t *testing.T) {
	for _, tt := range []struct{ n, lines int }{{3, 4}, {shownProblems, shownProblems + 1}, {shownProblems + 250, shownProblems + 2}} {
		var ps diag.Problems
		for i := range tt.n {
			ps.Add("en/faq.md", i+1, "", "a problem", "")
		}
		var b strings.Builder
		printError(&b, ps)
		got := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
		if len(got) != tt.lines || !strings.HasPrefix(got[0], fmt.Sprintf("haven: error: %d problems", tt.n)) || got[1] != "  en/faq.md:1: a problem" {
			t.Errorf("%d problems: %d lines, %q ... %q", tt.n, len(got), got[0], got[len(got)-1])
		}
		if more := tt.n - shownProblems; more > 0 && got[len(got)-1] != fmt.Sprintf("  and %d more, not shown: fix these first, then run haven check again for the rest", more) {
			t.Errorf("%d problems end with %q", tt.n, got[len(got)-1])
		}
	}
}

// TestRerunOfSomeLanguages: a run of some of the content's languages, after the whole kit,
// leaves the page every QR code opens and the first language's print guide as they were, and
// its pages still offer the others; --lang's order never picks the front page's language.
func TestRerunOfSomeLanguages(t *testing.T) {
	dir := t.TempDir()
	src, kit := filepath.Join(dir, "content"), filepath.Join(dir, "kit")
	if code, _, e := run(t, "init", src); code != 0 {
		t.Fatalf("init: %d %s", code, e)
	}
	read := func(out, name string) string {
		b, err := os.ReadFile(filepath.Join(out, name))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	lang := func(out string) string {
		_, after, _ := strings.Cut(read(out, "site/index.html"), `<html lang="`)
		l, _, _ := strings.Cut(after, `"`)
		return l
	}
	if code, _, e := run(t, "build", "--content", src, "--out", kit); code != 0 {
		t.Fatalf("build: %d %s", code, e)
	}
	front, guide := read(kit, "site/index.html"), read(kit, "how-to-print.pdf")
	tests := []struct {
		name, out string
		args      []string
		lang      string // the front page's
		guides    []string
		kept      bool // the kit's front page and guide are as they were
		offers    string
	}{
		{name: "the site of one language", out: kit, args: []string{"site", "--lang", "es"}, lang: "en", kept: true, offers: `hreflang="en"`},
		{name: "the kit of one language", out: kit, args: []string{"build", "--lang", "es"}, lang: "en", guides: []string{"how-to-print-es.pdf"}, kept: true, offers: `hreflang="en"`},
		{name: "both, in another order", out: filepath.Join(dir, "both"), args: []string{"build", "--lang", "ES,en"}, lang: "en", guides: []string{"how-to-print.pdf", "how-to-print-es.pdf"}},
		{name: "one language, the first kit", out: filepath.Join(dir, "alone"), args: []string{"build", "--lang", "es"}, lang: "es", guides: []string{"how-to-print.pdf"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, e := run(t, append(tt.args, "--content", src, "--out", tt.out)...)
			if code != 0 {
				t.Fatalf("%d %s", code, e)
			}
			if got := lang(tt.out); got != tt.lang {
				t.Errorf("site/index.html is in %q, want %q", got, tt.lang)
			}
			if tt.kept && (read(tt.out, "site/index.html") != front || read(tt.out, "how-to-print.pdf") != guide) {
				t.Errorf("the front page or how-to-print.pdf changed")
			}
			for _, g := range []string{"how-to-print.pdf", "how-to-print-es.pdf", "how-to-print-en.pdf"} {
				if made := regexp.MustCompile(`/` + regexp.QuoteMeta(g) + ` +\d+ pages`).MatchString(out); made != slices.Contains(tt.guides, g) { // its line in the report
					t.Errorf("%s made: %v, want %v\n%s", g, made, !made, out)
				}
			}
			if p := read(tt.out, "site/es/index.html"); !strings.Contains(p, tt.offers) {
				t.Errorf("site/es/index.html does not offer %s", tt.offers)
			}
		})
	}
}

// TestOutInsideAKit: a kit made inside another (--out out/site, the folder uploaded as it is)
// is refused before anything is written, naming the kit and a folder beside it.
func TestOutInsideAKit(t *testing.T) {
	kit := filepath.Join(t.TempDir(), "out")
	if code, _, e := run(t, "site", "--out", kit); code != 0 {
		t.Fatalf("site: %d %s", code, e)
	}
	for _, out := range []string{filepath.Join(kit, "site"), filepath.Join(kit, "site", "es"), filepath.Join(kit, "new")} {
		code, _, e := run(t, "build", "--out", out)
		if want := "is inside " + kit + ", a kit an earlier run made"; code != 1 || !strings.Contains(e, want) || !strings.Contains(e, "--out "+kit+"-"+filepath.Base(out)) {
			t.Errorf("--out %s: %d %s, want 1 and %q", out, code, e, want)
		}
		if _, err := os.Stat(filepath.Join(out, "proof.pdf")); err == nil {
			t.Errorf("--out %s: proof.pdf made", out)
		}
	}
}

// A stamp haven cannot read (here a folder in its place) refuses the run, naming it: a run that
// went on would miss what it says, and would replace it with one naming its own files alone.
func TestUnreadableStampRefused(t *testing.T) {
	out := t.TempDir()
	if err := os.Mkdir(filepath.Join(out, kitName), 0o755); err != nil {
		t.Fatal(err)
	}
	code, _, e := run(t, "handout", "--lang", "en", "--paper", "letter", "--out", out)
	if code != 1 || !strings.Contains(e, filepath.Join(out, kitName)+", which says what made the files in "+out+", is not a file") {
		t.Errorf("exit %d: %s", code, e)
	}
	if pdfs, _ := filepath.Glob(filepath.Join(out, "*.pdf")); len(pdfs) > 0 {
		t.Errorf("the refused run wrote %v", pdfs)
	}
}

// A damaged stamp (one another program rewrote, or a disk garbled) refuses the run too, naming
// it and what to do: which content made the folder's files is not known, and a run from other
// content would mix its files with them.
func TestDamagedStampRefused(t *testing.T) {
	out := t.TempDir()
	for _, stamp := range []string{"{garbage", "", `{"content": "relative/path", "files": []}`, "763b2adc\nbuilt-in\nhandout-en-letter.pdf\n"} {
		if err := os.WriteFile(filepath.Join(out, kitName), []byte(stamp), 0o644); err != nil {
			t.Fatal(err)
		}
		code, _, e := run(t, "handout", "--lang", "en", "--paper", "letter", "--out", out)
		if want := filepath.Join(out, kitName) + ", which says what made the files in " + out + ", is damaged"; code != 1 || !strings.Contains(e, want) || !strings.Contains(e, "delete "+filepath.Join(out, kitName)+" and run again") {
			t.Errorf("%q: exit %d: %s", stamp, code, e)
		}
		if pdfs, _ := filepath.Glob(filepath.Join(out, "*.pdf")); len(pdfs) > 0 {
			t.Errorf("%q: the refused run wrote %v", stamp, pdfs)
		}
	}
}

// A run of some languages' pages after an edit says not to upload site/ yet, where the run
// before left pages of the other languages made from the old content, which the new pages
// link to; a run of the whole kit says how to publish it.
func TestSiteWithOldPagesNotToUpload(t *testing.T) {
	dir := t.TempDir()
	mine, out := filepath.Join(dir, "content"), filepath.Join(dir, "out")
	if code, _, e := run(t, "init", mine); code != 0 {
		t.Fatalf("init: %s", e)
	}
	settings := filepath.Join(mine, "settings.yaml")
	b, _ := os.ReadFile(settings)
	os.WriteFile(settings, bytes.Replace(b, []byte(`contact: ""`), []byte(`contact: "Office 614-276-2274"`), 1), 0o644)
	if code, o, e := run(t, "site", "--content", mine, "--out", out); code != 0 || !strings.Contains(o, "to publish the resource page, upload") {
		t.Fatalf("the whole site: exit %d: %s%s", code, o, e)
	}
	b, _ = os.ReadFile(settings)
	os.WriteFile(settings, bytes.Replace(b, []byte("614-276-2274"), []byte("614-276-2284"), 1), 0o644)
	code, o, e := run(t, "site", "--lang", "es", "--content", mine, "--out", out)
	if code != 0 || !strings.Contains(o, "do not upload "+filepath.Join(out, "site")+"/ yet") || strings.Contains(o, "to publish the resource page") {
		t.Errorf("one language after an edit: exit %d: %s%s", code, o, e)
	}
}

// A folder in --out holding PDFs named as haven names its own may be the user's archive of a
// print job: the warning says what it holds, not that a run made it, and does not say to
// delete it.
func TestFoldersWithOutputsNamedNotDeleted(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	if code, _, e := run(t, "handout", "--lang", "en", "--paper", "letter", "--out", out); code != 0 {
		t.Fatal(e)
	}
	archive := filepath.Join(out, "my-print-job-2025")
	if err := os.Mkdir(archive, 0o755); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(out, "handout-en-letter.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(archive, "handout-en-a4.pdf"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, e := run(t, "handout", "--lang", "en", "--paper", "letter", "--out", out)
	if want := "also holds 1 folder with PDFs named as haven names its own, which this run did not make (my-print-job-2025/)"; code != 0 || !strings.Contains(e, want) {
		t.Errorf("exit %d, %s\nwant %s", code, e, want)
	}
	if strings.Contains(e, "delete them") || strings.Contains(e, "1 folder an earlier run made") {
		t.Errorf("the user's folder is called a run's, to delete: %s", e)
	}
	if _, err := os.Stat(filepath.Join(archive, "handout-en-a4.pdf")); err != nil {
		t.Errorf("the user's file: %v", err)
	}
}

// A hotline box too tall for large print's page 1 (a chat address of 70 characters, long
// labels, a wide logo, a footer of four lines) says what makes room: done as it says, word for word, the
// content passes; its own longest line, the call line, which cannot be cut, is not what it names.
func TestBoxTooTallAdviceMakesRoom(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "content")
	if err := os.CopyFS(dir, os.DirFS("testdata/tallbox")); err != nil { // a designer's: a wide logo too
		t.Fatal(err)
	}
	code, _, stderr := run(t, "check", "--content", dir, "--lang", "en")
	hint := regexp.MustCompile(`the hotline box in handout-large-en-letter\) \(([^;]*);`).FindStringSubmatch(stderr)
	if code != 1 || hint == nil || strings.Contains(hint[1], "help.call ") {
		t.Fatalf("exit %d, want the box too tall and what makes room, not help.call: %s", code, stderr)
	}
	// the first way it gives, done
	advice := strings.Split(strings.Split(hint[1], ", or ")[0], ", and ")
	keys := map[string][2]string{ // a field's file and its key's line as written
		"help.call_label": {"en/text.yaml", "  call_label: "}, "help.tty_label": {"en/text.yaml", "  tty_label: "},
		"help.chat_label": {"en/text.yaml", "  chat_label: "}, "help.note": {"en/text.yaml", "  note: "},
		"hotline.chat": {"settings.yaml", "  chat: https://"}, "organisation.contact": {"settings.yaml", "  contact: "},
		"help.title": {"en/text.yaml", "  title: "}, "help.danger_label": {"en/text.yaml", "  danger_label: "},
		"organisation.name": {"settings.yaml", "  name: "},
	}
	for _, a := range advice {
		m := regexp.MustCompile(`^(?:leave (\S+)(?: in settings.yaml)? empty|shorten (\S+)(?: in settings.yaml)? to (?:an address of )?(\d+) characters)`).FindStringSubmatch(a)
		if m == nil {
			t.Fatalf("advice %q is none this test knows", a)
		}
		k, ok := keys[m[1]+m[2]]
		if !ok {
			t.Fatalf("advice %q names a field this test does not know", a)
		}
		path := filepath.Join(dir, k[0])
		b, _ := os.ReadFile(path)
		lines := strings.Split(string(b), "\n")
		i := slices.IndexFunc(lines, func(l string) bool { return strings.HasPrefix(l, k[1]) })
		value := strings.Trim(strings.TrimPrefix(lines[i], k[1]), `"`)
		switch n, _ := strconv.Atoi(m[3]); {
		case m[1] != "":
			value = ""
		default:
			value = strings.TrimSpace(string([]rune(value)[:n]))
		}
		lines[i] = k[1] + strconv.Quote(value)
		if strings.HasSuffix(k[1], "https://") {
			lines[i] = "  chat: https://" + value
		}
		os.WriteFile(path, []byte(strings.Join(lines, "\n")), 0o644)
	}
	if code, _, stderr := run(t, "check", "--content", dir, "--lang", "en"); code != 0 {
		t.Errorf("done as %q says, exit %d: %s", advice, code, stderr)
	}
}
