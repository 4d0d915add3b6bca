package contenttest

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	defaultcontent "haven/content"
)

// WithLanguages is the default content plus the language folders langs from
// testdata/languages (found from a package two folders down, internal/X) and files of extra,
// by their paths in the content folder.
func WithLanguages(t testing.TB, langs []string, extra map[string]string) fstest.MapFS {
	t.Helper()
	m := fstest.MapFS{}
	add := func(fsys fs.FS, prefix string) {
		err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || strings.HasSuffix(p, ".go") {
				return err
			}
			b, err := fs.ReadFile(fsys, p)
			m[strings.TrimPrefix(prefix+"/"+p, "/")] = &fstest.MapFile{Data: b}
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	add(defaultcontent.FS, "")
	for _, l := range langs {
		add(os.DirFS(filepath.Join("..", "..", "testdata", "languages", l)), l)
	}
	for p, s := range extra {
		m[p] = &fstest.MapFile{Data: []byte(s)}
	}
	return m
}
