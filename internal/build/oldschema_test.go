package build

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	defaultcontent "haven/content"
	"haven/internal/content"
	"haven/internal/kinds"
	"haven/internal/typeface"
)

// Content written for the schema before call and text (phone, shortcode, {phone},
// {shortcode}; testdata/oldschema is the built-in content as it was) loads and prints exactly
// as the same content written with the new names: every PDF byte for byte.
func TestOldSchemaPrintsAsBefore(t *testing.T) {
	fams, err := typeface.Defaults()
	if err != nil {
		t.Fatal(err)
	}
	build := func(name string, c *content.Content) map[string][]byte {
		out := t.TempDir()
		res, err := Run(context.Background(), Options{Content: c, Families: fams, Out: out, Kinds: kinds.Names(), Created: epoch})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		files := map[string][]byte{}
		for _, r := range res {
			b, err := os.ReadFile(r.Path)
			if err != nil {
				t.Fatal(err)
			}
			rel, _ := filepath.Rel(out, r.Path)
			files[rel] = b
		}
		return files
	}
	old, err := content.Load(os.DirFS(filepath.Join("..", "..", "testdata", "oldschema")), "oldschema", content.Overrides{})
	if err != nil {
		t.Fatalf("content in the old schema does not load: %v", err)
	}
	now, err := content.Load(defaultcontent.FS, "content", content.Overrides{})
	if err != nil {
		t.Fatal(err)
	}
	for i := range now.Languages { // fields that came after the old schema (qr_alt: the old gets haven's words)
		// the cards' words changed with their fields (a second-person back, a neutral discreet
		// back): both print the old words, which the old schema still loads
		now.Languages[i].Text.Card = old.Languages[i].Text.Card
		now.Languages[i].Text.Discreet = old.Languages[i].Text.Discreet
		// the Spanish headline is written on three lines now, the old on one
		now.Languages[i].Text.Poster.Headline = old.Languages[i].Text.Poster.Headline
		// 911 was worded with a label on the handout, and as a question on posters
		now.Languages[i].Text.Help.DangerLabel, now.Languages[i].Text.Help.Danger = old.Languages[i].Text.Help.DangerLabel, old.Languages[i].Text.Help.Danger
		now.Languages[i].Text.Poster.Danger = old.Languages[i].Text.Poster.Danger
	}
	a, b := build("old schema", old), build("new schema", now)
	if len(a) != len(b) || len(a) == 0 {
		t.Fatalf("%d files from the old schema, %d from the new", len(a), len(b))
	}
	for name, data := range b {
		if !bytes.Equal(a[name], data) {
			t.Errorf("%s differs between the old schema and the new", name)
		}
	}
}
