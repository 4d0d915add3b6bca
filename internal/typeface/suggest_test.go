package typeface

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A missing script's font suggestions are fonts haven accepts for body text, with their bold
// file: not Noto Kufi Arabic or Noto Nastaliq Urdu (no presentation forms), not Noto Rashi
// Hebrew (a commentary script); characters of two scripts get a font for each; a font of one
// weight is named twice, so that the run does not then ask for its bold.
func TestSuggestedFontsAreAccepted(t *testing.T) {
	noto, droid := "/usr/share/fonts/truetype/noto/", "/usr/share/fonts/truetype/droid/"
	dir := t.TempDir()
	for _, f := range []string{noto + "NotoKufiArabic-Regular.ttf", noto + "NotoKufiArabic-Bold.ttf", noto + "NotoNastaliqUrdu-Regular.ttf",
		noto + "NotoNaskhArabic-Regular.ttf", noto + "NotoNaskhArabic-Bold.ttf", noto + "NotoRashiHebrew-Regular.ttf",
		noto + "NotoSansHebrew-Regular.ttf", noto + "NotoSansHebrew-Bold.ttf", droid + "DroidSansFallbackFull.ttf"} {
		if _, err := os.Stat(f); err != nil {
			if os.Getenv("CI") == "true" {
				t.Fatalf("%s: %v (CI installs the Debian packages fonts-noto-core and fonts-droid-fallback)", f, err)
			}
			t.Skipf("%s is not installed: apt-get install fonts-noto-core fonts-droid-fallback", f)
		}
		if err := os.Symlink(f, filepath.Join(dir, filepath.Base(f))); err != nil {
			t.Fatal(err)
		}
	}
	saved := fontDirs
	defer func() { fontDirs = saved }()
	fontDirs = func() []string { return []string{dir} }
	at := func(name string) string { return filepath.Join(dir, name) }
	for _, tt := range []struct {
		name, text string
		want       string
		not        []string
	}{
		{"Persian", "سلام دوست من", "try --font " + at("NotoNaskhArabic-Regular.ttf") + "," + at("NotoNaskhArabic-Bold.ttf") + ", which has them all; " +
			"to name them once for every run instead, copy NotoNaskhArabic-Regular.ttf and NotoNaskhArabic-Bold.ttf beside settings.yaml and list each font under font: there",
			[]string{"Kufi", "Nastaliq"}},
		{"Hebrew", "שלום לכם", "try --font " + at("NotoSansHebrew-Regular.ttf") + "," + at("NotoSansHebrew-Bold.ttf") + ", which has them all",
			[]string{"Rashi"}},
		{"Chinese and Arabic on one line", "中文 العربية", "give one for each script, the first that has a character printing it: --font " +
			at("DroidSansFallbackFull.ttf") + "," + at("DroidSansFallbackFull.ttf") + " --font " + at("NotoNaskhArabic-Regular.ttf") + "," + at("NotoNaskhArabic-Bold.ttf") +
			"; to name them once for every run instead, copy DroidSansFallbackFull.ttf, NotoNaskhArabic-Regular.ttf and NotoNaskhArabic-Bold.ttf beside settings.yaml",
			[]string{"Debian", "Kufi"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var rs []rune
			for _, r := range tt.text {
				if r != ' ' && !strings.ContainsRune(string(rs), r) {
					rs = append(rs, r)
				}
			}
			got := installedFor(rs)
			if !strings.Contains(got, tt.want) {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
			for _, n := range tt.not {
				if strings.Contains(got, n) {
					t.Errorf("%s names %s", got, n)
				}
			}
			// each suggestion, given as it is written, is taken without asking for more
			for _, arg := range strings.Split(got, "--font ")[1:] {
				files := strings.Split(strings.TrimRight(strings.Fields(arg)[0], ",;"), ",") // the files, not the punctuation after them
				fams, err := Assemble(Source{From: "--font", Files: files})
				if err != nil {
					t.Fatalf("--font %s: %v", arg, err)
				}
				if w := fams[0].NoBold(); w != "" {
					t.Errorf("--font %s: %s", arg, w)
				}
			}
		})
	}
}
