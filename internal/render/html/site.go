package html

import (
	"fmt"
	"slices"

	"haven/internal/content"
)

// File is one file of the site folder, by its path in the folder.
type File struct {
	Path string
	Data []byte
}

// Site builds and renders every language's page, then the front page: the first language's
// page again at IndexPath. downloads lists each language's PDFs, by language code.
func Site(c *content.Content, downloads map[string][]Download, opt Options) ([]*Page, []File, error) {
	var pages []*Page
	for _, l := range c.Languages {
		p, err := NewPage(c, l.Code, downloads[l.Code], opt)
		if err != nil {
			return nil, nil, err
		}
		pages = append(pages, p)
	}
	if len(pages) == 0 {
		return nil, nil, fmt.Errorf("no language to make a page of")
	}
	pages = append(pages, Index(pages[0]))
	var files []File
	for _, p := range pages {
		data, err := Render(p)
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", p.Path, err)
		}
		files = append(files, File{p.Path, data})
	}
	return pages, files, nil
}

// Index is a copy of the page placed at the front of the site, IndexPath.
func Index(p *Page) *Page {
	q := *p
	q.Languages = slices.Clone(p.Languages)
	q.Place(IndexPath)
	return &q
}
