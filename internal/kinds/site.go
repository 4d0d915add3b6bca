package kinds

import (
	"cmp"
	"path"
	"slices"

	"haven/internal/content"
	"haven/internal/render/html"
	"haven/internal/verify"
)

// site is the resource page the QR codes can open: one self-contained page per language,
// the front page in the first language, and the language's PDFs beside them to download.
var site = Kind{
	Name:  "site",
	About: "Make the resource page the QR codes can open (out/site/), with the PDFs to download",
	Docs: func(string) []Doc {
		return []Doc{{What: "resource page", FromPrinted: sitePage}}
	},
}

// SiteDir is the site's folder in the output folder; each language's page is in a folder of
// its own in it (html.PagePath).
const SiteDir = "site"

func sitePage(p Printed) ([]File, error) {
	var out []File
	var downloads []html.Download
	c := *p.Content // the language switch offers the run's languages and the pages it keeps
	c.Languages = nil
	var lang *content.Language
	for i, l := range p.Content.Languages {
		if slices.Contains(p.Langs, l.Code) {
			c.Languages = append(c.Languages, l)
		}
		if l.Code == p.Lang {
			lang = &p.Content.Languages[i]
		}
	}
	for _, l := range p.Kept {
		c.Languages = append(c.Languages, *l)
	}
	slices.SortStableFunc(c.Languages, func(a, b content.Language) int { // in the content's order
		return cmp.Compare(slices.Index(c.Codes, a.Code), slices.Index(c.Codes, b.Code))
	})
	s := c.Settings.Site
	for _, f := range p.Files {
		if s.Discreet && f.Print.Name == discreetCards {
			// its name, on the page and in the file's address (cards-discreet-...), would tell
			// whoever checks the phone that the reader hides something; the organisation
			// prints the sheets from the kit's folder
			continue
		}
		name := path.Base(f.Name)
		label := DownloadLabel(lang, f.Print)
		downloads = append(downloads, html.Download{File: name, Label: label.Text, Size: int64(len(f.Data)), Lang: label.Lang})
		out = append(out, File{Name: path.Join(SiteDir, name), Data: f.Data})
	}
	page, err := html.NewPage(&c, p.Lang, downloads, html.Options{Discreet: s.Discreet, ExitURL: s.ExitURL, PrivacyURL: s.PrivacyURL})
	if err != nil {
		return nil, err
	}
	pages := []*html.Page{page}
	if p.Lang == p.Front {
		pages = append(pages, html.Index(page))
	}
	for _, pg := range pages {
		data, err := html.Render(pg)
		if err != nil {
			return nil, err
		}
		if err := verify.HTML(data, pg); err != nil {
			return nil, err // it names the page
		}
		out = append(out, File{Name: path.Join(SiteDir, pg.Path), Data: data})
	}
	return out, nil
}
