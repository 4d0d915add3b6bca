package typeface

import (
	"testing"

	"haven/internal/diag"
)

// TestDefaults parses every face of the built-in families, each at its first use: a language
// the first family prints alone never parses the second.
func TestDefaults(t *testing.T) {
	fams, err := Defaults()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range fams {
		if f.lazy == nil || f.lazy.faces[Regular] != nil {
			t.Fatalf("%s: parsed before its first use", f.Name)
		}
	}
	fam, err := Choose("en", fams, []diag.Located{{File: "en/faq.md", Text: "Call 1-888-373-7888, text HELP — “free”, 24/7."}})
	if err != nil {
		t.Fatal(err)
	}
	if fam.Name != fams[0].Name || fams[1].lazy.faces[Regular] != nil {
		t.Errorf("English text chose %s, and parsed the second family: %v", fam.Name, fams[1].lazy.faces[Regular] != nil)
	}
	for _, f := range fams {
		f.Parse()
		for face := range Face(4) {
			if f.face(face) == nil {
				t.Errorf("%s: face %d not parsed", f.Name, face)
			}
		}
		if f.face(Italic) == f.face(Regular) || f.face(BoldItalic) == f.face(Bold) {
			t.Errorf("%s: its italics are its upright faces", f.Name)
		}
	}
}
