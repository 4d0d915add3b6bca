package cli

import (
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"time"

	"github.com/spf13/pflag"

	defaultcontent "haven/content"
	"haven/internal/content"
	"haven/internal/typeface"
)

// common holds the flags every output command shares; they are defined once, here.
type common struct {
	content  string
	out      string
	langs    []string
	papers   []string
	url      string
	campaign string
	fonts    []string
}

func (c *common) register(f *pflag.FlagSet) {
	f.StringVar(&c.content, "content", "", "content folder to use instead of the built-in one (see 'haven init')")
	f.StringVar(&c.out, "out", "out", "folder to write the PDFs to")
	f.StringSliceVar(&c.langs, "lang", nil, "languages to make, e.g. en or en,es (default: every language in the content)")
	f.StringSliceVar(&c.papers, "paper", nil, "paper sizes: letter, a4, tabloid, 18x24, 24x36, a3, a2, and tearoff for the tear-off flyer (default: each output's usual sizes)")
	f.StringVar(&c.url, "url", "", "page the QR codes open, https only (default: resource_url in settings.yaml)")
	f.StringVar(&c.campaign, "campaign", "", "campaign name added to QR links as utm_campaign (letters, digits, -)")
	f.StringSliceVar(&c.fonts, "font", nil, "a .ttf font to use when the built-in fonts lack a language's characters; give REGULAR.ttf or REGULAR.ttf,BOLD.ttf")
}

// load reads the content and the fonts the flags name.
func (c *common) load() (*content.Content, []*typeface.Family, error) {
	if msg := content.CheckCampaign(c.campaign); msg != "" {
		return nil, nil, usageError{fmt.Errorf("--campaign %s (it appears in every QR link)", msg)}
	}
	var fsys fs.FS = defaultcontent.FS
	label := "content (built in)"
	if c.content != "" {
		fi, err := os.Stat(c.content)
		if err != nil || !fi.IsDir() {
			return nil, nil, usageError{fmt.Errorf("--content %s: not a folder (create one with 'haven init %s')", c.content, c.content)}
		}
		fsys, label = os.DirFS(c.content), filepath.Clean(c.content)
	}
	ct, err := content.Load(fsys, label, content.Overrides{URL: c.url, Campaign: c.campaign})
	if err != nil {
		return nil, nil, err
	}
	fams, err := typeface.Defaults()
	if err != nil {
		return nil, nil, err
	}
	// Fonts the user brings come after the built-in ones: they serve the languages those lack.
	if len(c.fonts) > 0 {
		if len(c.fonts) > 2 {
			return nil, nil, usageError{fmt.Errorf("--font takes one or two files (regular, bold), got %d", len(c.fonts))}
		}
		fam, err := fontFiles(os.ReadFile, "--font", c.fonts)
		if err != nil {
			return nil, nil, err
		}
		fams = append(fams, fam)
	}
	if f := ct.Settings.Font; f.Regular != "" {
		files := []string{f.Regular}
		if f.Bold != "" {
			files = append(files, f.Bold)
		}
		read := func(p string) ([]byte, error) { return fs.ReadFile(fsys, p) }
		fam, err := fontFiles(read, path.Join(label, content.SettingsFile)+": font", files)
		if err != nil {
			return nil, nil, err
		}
		fams = append(fams, fam)
	}
	return ct, fams, nil
}

// fontFiles loads a family from a regular file and an optional bold one (the regular face
// stands in for bold when there is none).
func fontFiles(read func(string) ([]byte, error), from string, files []string) (*typeface.Family, error) {
	reg, bold := files[0], files[len(files)-1]
	r, err := read(reg)
	if err != nil {
		return nil, fmt.Errorf("%s: cannot read %s: %w", from, reg, err)
	}
	b, err := read(bold)
	if err != nil {
		return nil, fmt.Errorf("%s: cannot read %s: %w", from, bold, err)
	}
	fam, err := typeface.New(filepath.Base(reg), reg, bold, r, b)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", from, err)
	}
	return fam, nil
}

// created is the date written into PDFs: SOURCE_DATE_EPOCH when set, for reproducible builds.
func created() (time.Time, error) {
	if s := os.Getenv("SOURCE_DATE_EPOCH"); s != "" {
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil || n < 0 {
			return time.Time{}, usageError{fmt.Errorf("SOURCE_DATE_EPOCH=%q is not a number of seconds", s)}
		}
		return time.Unix(n, 0).UTC(), nil
	}
	return time.Now().UTC().Truncate(time.Second), nil
}
