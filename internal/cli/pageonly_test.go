package cli

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// An edition whose FAQ is written in a script haven cannot set (Thai, its words written
// without the spaces or zero-width spaces a line may break at) cannot be
// printed, but its resource page can, which a browser shapes: a run that makes the page makes it, with every
// other language printed as usual and a warning of what is not; a run that only prints goes on
// without it, unless --lang asks for it or it is all there is to print.
func TestPageOnlyEditions(t *testing.T) {
	const title = "ข้อเท็จจริงและคำถามเกี่ยวกับการค้ามนุษย์เด็ก"
	const faq = "# " + title + "\n\nมันแทบไม่เคยเริ่มต้นด้วยการใช้กำลัง\n\n## ฉันควรทำอย่างไร?\n\nโทร {call} ทันที\n\n## สรุป\n\nเราอยู่ที่นี่\n"
	content := func(t *testing.T, only bool, edits ...string) string {
		dir := filepath.Join(t.TempDir(), "c")
		if code, _, e := run(t, "init", dir); code != 0 {
			t.Fatal(e)
		}
		if err := os.CopyFS(filepath.Join(dir, "th"), os.DirFS(filepath.Join(dir, "en"))); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "th", "faq.md"), []byte(faq), 0o644); err != nil {
			t.Fatal(err)
		}
		if only {
			os.RemoveAll(filepath.Join(dir, "en"))
			os.RemoveAll(filepath.Join(dir, "es"))
		}
		for _, e := range edits { // "FILE: old => new"
			file, change, _ := strings.Cut(e, ": ")
			from, to, _ := strings.Cut(change, " => ")
			p := filepath.Join(dir, filepath.FromSlash(file))
			b, _ := os.ReadFile(p)
			if !strings.Contains(string(b), from) {
				t.Fatalf("%s has no %q", file, from)
			}
			os.WriteFile(p, []byte(strings.Replace(string(b), from, to, 1)), 0o644)
		}
		return dir
	}
	const warned = "haven: warning: th: to print its editions, "
	const refused = "haven cannot set this Thai text yet"
	tests := []struct {
		name     string
		only     bool   // th is the content's only language
		edit     string // a change to a file of the content: "FILE: old => new"
		args     []string
		code     int
		stderr   string   // a part of it
		noStderr string   // what stderr must not say
		stdout   string   // a part of it
		untrue   string   // what stdout must not say
		made     []string // files the run makes, slash-separated
		page     string   // a page that shows the title, read back
	}{
		// its page's words are asked for, not its downloads' (it has none); its discreet card is
		// never made, so not checked
		{name: "the whole kit", args: []string{"build"}, stderr: "(they are not printed: CONTENT/th/faq.md:1: title: " + refused, noStderr: "downloads_tip",
			stdout: "not printed: th: haven cannot print its text yet, as the warnings above say; made: its resource page only",
			made:   []string{"handout-en-letter.pdf", "cards-es-a4.pdf", "proof.pdf", "how-to-print.pdf", "site/en/index.html", "site/th/index.html"}, page: "site/th/index.html"},
		{name: "the page of its language alone", args: []string{"site", "--lang", "th"}, stderr: warned, made: []string{"site/th/index.html", "site/index.html"}, page: "site/index.html"},
		{name: "handouts of every language", args: []string{"handout", "--paper", "letter"}, stderr: warned, stdout: "not printed: th: haven cannot print its text yet, as the warnings above say; made: nothing (haven site makes its resource page)", made: []string{"handout-en-letter.pdf", "handout-large-es-letter.pdf"}},
		{name: "check", args: []string{"check"}, stderr: warned, stdout: "in 3 languages (th: the resource page only): every text fits"},
		{name: "handouts of it asked for", args: []string{"handout", "--lang", "en,th"}, code: 1, stderr: "haven: error: CONTENT/th/faq.md:1: title: " + refused},
		{name: "its page, the only language", only: true, args: []string{"build"}, stderr: warned, made: []string{"site/index.html", "site/th/index.html"}, page: "site/th/index.html",
			stdout: "every text, number and link of the page was checked", untrue: "PDF"},
		{name: "check, the only language", only: true, args: []string{"check"}, stderr: warned, stdout: "ok: 1 output in 1 language (th: the resource page only): every text, number and link of the page is right", untrue: "PDF"},
		{name: "its handouts, the only language", only: true, args: []string{"handout"}, code: 1, stderr: refused + `: "ข้อเท็จจริงและคำถามเกี่ยวกับการค้ามนุษย์เด็ก" runs 31 characters and more without a space, and haven, which has no dictionary of Thai words, breaks Thai lines only at spaces and zero-width spaces (put a zero-width space`},
		{name: "a batch of it alone", only: true, args: []string{"build", "--campaign", "fall", "--placements", "PLACES"}, code: 1, stderr: refused},
		{name: "a batch of every language", args: []string{"build", "--campaign", "fall", "--placements", "PLACES"}, stderr: warned + "put a zero-width space (U+200B", noStderr: `; to print it`,
			stdout: "warnings above: read them before printing; th is not printed: its warning says how to print it\n",
			made:   []string{"p001/handout-en-letter.pdf"}},
		{name: "its page the root", edit: "settings.yaml: # languages: [en, es] => languages: [th, en, es]", args: []string{"site"},
			stderr: "haven: warning: the resource page's root (site/index.html, which every QR code opens) is in th, which nothing printed is in", made: []string{"site/index.html"}, page: "site/index.html"},
		{name: "a revealing word on its discreet card, never made", edit: "th/text.yaml:   headline: Need to talk? =>   headline: Trafficking help", args: []string{"build"}, stderr: warned, made: []string{"site/th/index.html"}},
		{name: "first in --lang, not the root", args: []string{"site", "--lang", "th,en"}, stderr: warned, noStderr: "root"},
		{name: "the root, whatever --lang's order", edit: "settings.yaml: # languages: [en, es] => languages: [th, en, es]", args: []string{"site", "--lang", "en,th"},
			stderr: "haven: warning: the resource page's root (site/index.html, which every QR code opens) is in th, which nothing printed is in: name a language that prints first under languages: in settings.yaml"},
		{name: "the printer's test sheet, it first", edit: "settings.yaml: # languages: [en, es] => languages: [th, en, es]", args: []string{"cards", "--calibrate", "--paper", "letter"},
			stderr: warned, made: []string{"cards-calibration-letter.pdf"}},
		{name: "a batch checked", args: []string{"check", "--campaign", "fall", "--placements", "PLACES"}, stderr: warned, stdout: "(th: not printed)"},
		{name: "the organisation's accent in settings", edit: "settings.yaml:   name: The Mission Haven =>   name: Spinal ́Tap Haven", args: []string{"site"}, code: 1,
			stderr: "organisation.name: haven cannot place the accents", noStderr: "settings.yaml's texts print on every edition"},
		{name: "the organisation's name in its script, printed nowhere", only: true, edit: "settings.yaml:   name: The Mission Haven =>   name: มิชชันเฮเวน", args: []string{"site"},
			stderr: warned, made: []string{"site/th/index.html"}},
		{name: "a font for none of the printed languages", args: []string{"check", "--font", "FONTS/AtkinsonHyperlegibleNext-Regular.ttf,FONTS/AtkinsonHyperlegibleNext-Bold.ttf", "--font", "FONTS/NotoSans-Regular.ttf,FONTS/NotoSans-Bold.ttf"},
			stderr: "prints none of this run's languages (en, es), which are set in other fonts"},
		{name: "a font for the only language, printed in none", only: true, args: []string{"build", "--font", "FONTS/NotoSans-Regular.ttf,FONTS/NotoSans-Bold.ttf"},
			stderr: warned, noStderr: "prints none of this run's languages", made: []string{"site/th/index.html"}},
		{name: "the organisation's name in a script haven cannot set", edit: "settings.yaml:   name: The Mission Haven =>   name: བོད་ཁྱིམ", args: []string{"site"}, code: 1,
			stderr: "organisation.name: haven cannot set Tibetan text yet: it needs shaping haven does not do ('བ' U+0F56) (settings.yaml's texts print on every edition, whatever --lang"},
		{name: "the organisation's name in its script, a word", edit: "settings.yaml:   name: The Mission Haven =>   name: มิชชันเฮเวน", args: []string{"site"}, code: 1,
			stderr: "organisation.name: en needs a font for its Thai characters", noStderr: "organisation.name: haven cannot set"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var dir string
			if tt.edit != "" {
				dir = content(t, tt.only, tt.edit)
			} else {
				dir = content(t, tt.only)
			}
			args := slices.Clone(tt.args)
			if i := slices.Index(args, "PLACES"); i >= 0 {
				args[i] = codes(t, t.TempDir(), "places.csv", 2)
			}
			fonts, _ := filepath.Abs(filepath.Join("..", "..", "fonts"))
			for i := range args {
				args[i] = strings.ReplaceAll(args[i], "FONTS", fonts)
			}
			code, stdout, stderr, out, there := runInto(t, dir, args...)
			if code != tt.code || !strings.Contains(stderr, tt.stderr) || tt.noStderr != "" && strings.Contains(stderr, tt.noStderr) ||
				!strings.Contains(stdout, tt.stdout) || tt.untrue != "" && strings.Contains(stdout, tt.untrue) {
				t.Fatalf("exit %d, want %d\nstderr %s\nwant a part %q\nstdout %s", code, tt.code, stderr, tt.stderr, stdout)
			}
			for _, f := range tt.made {
				if !slices.Contains(there, f) {
					t.Errorf("%s was not made; the run made %v", f, there)
				}
			}
			if strings.Contains(stderr, "the discreet card in th") { // it is never made
				t.Errorf("a warning of th's discreet card: %s", stderr)
			}
			if tt.code != 0 && len(there) > 0 {
				t.Errorf("the refused run left %v", there)
			}
			for _, f := range there { // nothing of th is printed, nor a guide to print it
				if name := filepath.Base(f); strings.HasSuffix(name, ".pdf") && strings.Contains(name, "-th") {
					t.Errorf("%s was made", f)
				}
			}
			if tt.page != "" {
				if b, _ := os.ReadFile(filepath.Join(out, tt.page)); !strings.Contains(string(b), title) || !strings.Contains(string(b), `lang="th"`) {
					t.Errorf("%s does not show the Hindi title in Hindi", tt.page)
				}
			}
		})
	}
}

// An edition written in what haven cannot print in a PDF (Thai without the zero-width spaces
// its lines may break at) gets its resource page, with a warning naming the file, line, field
// and characters, and every other language printed; Navajo, whose accents no character
// composes with their letters, prints, HarfBuzz placing them. Such text quoted in an edition
// written otherwise is refused where it is written, with what to do, except by a run that
// makes the page alone, which a browser sets: that edition's page is made, without its PDFs,
// and the warning says every place to change to print it.
func TestPageOnlyWritings(t *testing.T) {
	const thai = "# ข้อเท็จจริงและคำถามเกี่ยวกับการค้ามนุษย์เด็ก\n\nมันแทบไม่เคยเริ่มต้นด้วยการใช้กำลัง\n\n## ฉันควรทำอย่างไร?\n\nโทร {call} ทันที\n\n## สรุป\n\nเราอยู่ที่นี่\n"
	const navajo = "# Hooghan biiʼ nabikʼíyájíłtiʼígíí\n\n" +
		"Háida nihooghan biiʼ nikʼi chʼééh ádeeshłííł ní, tʼááłáhígo naniná da. {organisation} anáʼálwoʼ.\n\n" +
		"## Bilagáana bizaad doo bee yáníłtiʼ da, hólneʼ dooleeł ísh?\n\nAooʼ. {call} bichʼįʼ hólneʼ dóó \"Navajo\" dííniił. Áłtsé ą́ą́ʼ, háida bizaad bee yáłtiʼ.\n\n" +
		"## Haashą́ą́ áshłééh?\n\n{emergency} bichʼįʼ hólneʼ.\n\n## Tʼáá ákódí\n\nNihíí hózhǫ́ǫ́go naniná.\n"
	tests := []struct {
		name     string
		faqs     []string // language folders to add, each "CODE: its faq.md", its text.yaml en's
		edit     string   // a change to en/faq.md: "old => new"
		args     []string
		code     int
		stderr   string   // a part of it
		noStderr string   // what stderr must not say
		stdout   string   // a part of it
		made     []string // files the run makes, slash-separated
		not      string   // a language none of whose PDFs is made
		page     string   // a language whose page is made, read back for its lang and title
	}{
		// Navajo's accents no character composes with their letters (ą́, ǫ́) are placed by
		// HarfBuzz: a Navajo edition prints, and so does a Navajo word in English
		{name: "a Navajo edition, the whole kit", faqs: []string{"nv: " + navajo}, args: []string{"build"}, noStderr: "not printed",
			made: []string{"handout-en-letter.pdf", "handout-nv-letter.pdf", "cards-nv-letter.pdf", "poster-nv-letter.pdf"}, page: "nv"},
		{name: "Thai and Navajo, the page", faqs: []string{"th: " + thai, "nv: " + navajo}, args: []string{"site"},
			stderr: "haven: warning: th: to print its editions", noStderr: "nv: to print its editions", made: []string{"site/en/index.html", "site/handout-nv-letter.pdf"}, not: "th", page: "th"},
		{name: "Navajo asked for, printing only", faqs: []string{"nv: " + navajo}, args: []string{"cards", "--lang", "nv"}, made: []string{"cards-nv-letter.pdf"}},
		{name: "a Navajo word in English", edit: "you might not have known. => you might not have known: hózhǫ́ǫ́go.", args: []string{"build"}, noStderr: "cannot place",
			made: []string{"handout-en-letter.pdf"}},
		{name: "a Thai sentence in English", edit: "you might not have known. => you might not have known: ฉันต้องการความช่วยเหลือตอนนี้เลยค่ะ ฉันไม่ปลอดภัย", args: []string{"build"}, code: 1,
			stderr: "CONTENT/en/faq.md:5: introduction[2]: haven cannot set this Thai text yet", noStderr: "not printed"},
		{name: "Thai words in English", edit: "you might not have known. => you might not have known: ฉันไม่ปลอดภัย ได้โปรดฟังฉัน", args: []string{"build"}, code: 1,
			stderr: "CONTENT/en/faq.md:5: introduction[2]: en needs a font for its Thai characters", noStderr: "cannot set"},
		{name: "a Thai sentence in English, the page alone", faqs: []string{"th: " + thai}, edit: "you might not have known. => you might not have known: ฉันต้องการความช่วยเหลือตอนนี้เลยค่ะ.", args: []string{"site"},
			stderr:   `haven: warning: en: to print its editions, fix each of these (they are not printed: CONTENT/en/faq.md:5: introduction[2]: haven cannot set this Thai text yet: "ฉันต้องการความช่วยเหลือตอนนี้เลยค่ะ"`,
			noStderr: "root", made: []string{"site/es/index.html", "site/handout-es-letter.pdf"}, not: "en", page: "en"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "c")
			if code, _, e := run(t, "init", dir); code != 0 {
				t.Fatal(e)
			}
			for _, f := range tt.faqs {
				code, faq, _ := strings.Cut(f, ": ")
				if err := os.CopyFS(filepath.Join(dir, code), os.DirFS(filepath.Join(dir, "en"))); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(filepath.Join(dir, code, "faq.md"), []byte(faq), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			if from, to, ok := strings.Cut(tt.edit, " => "); ok {
				p := filepath.Join(dir, "en", "faq.md")
				b, _ := os.ReadFile(p)
				if !strings.Contains(string(b), from) {
					t.Fatalf("en/faq.md has no %q", from)
				}
				os.WriteFile(p, []byte(strings.Replace(string(b), from, to, 1)), 0o644)
			}
			code, stdout, stderr, out, there := runInto(t, dir, tt.args...)
			if code != tt.code || !strings.Contains(stderr, tt.stderr) || tt.noStderr != "" && strings.Contains(stderr, tt.noStderr) || !strings.Contains(stdout, tt.stdout) {
				t.Fatalf("exit %d, want %d\nstderr %s\nwant a part %q\nstdout %s", code, tt.code, stderr, tt.stderr, stdout)
			}
			if tt.code != 0 && len(there) > 0 {
				t.Errorf("the refused run left %v", there)
			}
			for _, f := range tt.made {
				if !slices.Contains(there, f) {
					t.Errorf("%s was not made; the run made %v", f, there)
				}
			}
			for _, f := range there {
				if name := filepath.Base(f); tt.not != "" && strings.HasSuffix(name, ".pdf") && strings.Contains(name, "-"+tt.not+"-") {
					t.Errorf("%s was made", f)
				}
			}
			if tt.page != "" {
				faq, _ := os.ReadFile(filepath.Join(dir, tt.page, "faq.md"))
				title, _, _ := strings.Cut(strings.TrimPrefix(string(faq), "# "), "\n")
				if b, _ := os.ReadFile(filepath.Join(out, "site", tt.page, "index.html")); !strings.Contains(string(b), title) || !strings.Contains(string(b), `lang="`+tt.page+`"`) {
					t.Errorf("site/%s/index.html does not show its title %q in its language", tt.page, title)
				}
			}
		})
	}
}

// runInto runs haven with args and the content folder dir, into an output folder of its own
// unless it checks, and gives what it said, dir written CONTENT, the folder and the files it
// holds after the run.
func runInto(t *testing.T, dir string, args ...string) (code int, stdout, stderr, out string, there []string) {
	t.Helper()
	out = filepath.Join(t.TempDir(), "o")
	args = append(slices.Clone(args), "--content", dir)
	if args[0] != "check" {
		args = append(args, "--out", out)
	}
	code, stdout, stderr = run(t, args...)
	stderr = strings.ReplaceAll(stderr, dir, "CONTENT")
	filepath.WalkDir(out, func(p string, d os.DirEntry, err error) error {
		if rel, _ := filepath.Rel(out, p); err == nil && !d.IsDir() {
			there = append(there, filepath.ToSlash(rel))
		}
		return nil
	})
	return code, stdout, stderr, out, there
}

// An edition written in a script beyond the characters the PDF writer embeds (Adlam, above
// U+FFFF) gets its resource page alone, as one haven cannot shape does: it had refused the
// whole run, the other languages and every page with it.
func TestPageOnlyBeyondTheWritersCharacters(t *testing.T) {
	const w = "𞤊𞤵𞤤𞤬𞤵𞤤𞤣𞤫 𞤱𞤢𞤤𞤮 𞤫 𞤤𞤢𞤲𞤣𞤢𞥄𞤤𞤫"
	dir := filepath.Join(t.TempDir(), "c")
	if code, _, e := run(t, "init", dir); code != 0 {
		t.Fatal(e)
	}
	if err := os.CopyFS(filepath.Join(dir, "ff-Adlm"), os.DirFS(filepath.Join(dir, "en"))); err != nil {
		t.Fatal(err)
	}
	faq := "# " + w + "\n\n" + w + ". " + w + " {call}.\n\n## " + w + "?\n\n" + w + " " + w + ".\n\n## " + w + "\n\n" + w + " {call}.\n"
	if err := os.WriteFile(filepath.Join(dir, "ff-Adlm", "faq.md"), []byte(faq), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "out")
	code, stdout, stderr := run(t, "build", "--content", dir, "--out", out)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stderr, "haven: warning: ff-Adlm: to print its editions, set them in a program that shapes their script") || !strings.Contains(stderr, "haven cannot set Adlam text yet: its letters are beyond the characters haven's PDF writer embeds") {
		t.Errorf("no warning of the edition:\n%s", stderr)
	}
	if !strings.Contains(stdout, "not printed: ff-Adlm") {
		t.Errorf("stdout does not say it is not printed:\n%s", stdout)
	}
	for _, f := range []string{"handout-en-letter.pdf", "cards-es-a4.pdf", "site/en/index.html", "site/ff-Adlm/index.html"} {
		if _, err := os.Stat(filepath.Join(out, filepath.FromSlash(f))); err != nil {
			t.Errorf("%s not made: %v", f, err)
		}
	}
	if page, _ := os.ReadFile(filepath.Join(out, "site", "ff-Adlm", "index.html")); !strings.Contains(string(page), "𞤊𞤵𞤤𞤬𞤵𞤤𞤣𞤫") {
		t.Error("its page does not show its title")
	}
}

// A run that stops on a content error, into a folder a stopped run left half replaced, says
// the folder holds files of two runs: only a run that gets past its checks finishes them.
func TestContentErrorBesideAStoppedRun(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "c")
	if code, _, e := run(t, "init", dir); code != 0 {
		t.Fatal(e)
	}
	p := filepath.Join(dir, "settings.yaml")
	b, _ := os.ReadFile(p)
	os.WriteFile(p, []byte(strings.Replace(string(b), `emergency: "911"`, `emergency: "9111"`, 1)), 0o644)
	out := filepath.Join(t.TempDir(), "out")
	os.MkdirAll(out, 0o755)
	for _, stopped := range []bool{false, true} {
		if stopped {
			os.WriteFile(filepath.Join(out, ".haven-journal"), []byte("a/.x.pdf.1.tmp\ta/x.pdf\n"), 0o644)
		}
		code, _, stderr := run(t, "build", "--content", dir, "--out", out)
		if said := strings.Contains(stderr, out+" holds files of two runs"); code != 1 || said != stopped {
			t.Errorf("stopped run %v: exit %d, said %v:\n%s", stopped, code, said, stderr)
		}
	}
}
