package build

import (
	"path/filepath"
	"strings"
	"testing"
)

// check says where bold or italic is written in right-to-left text, which prints in the
// regular face (its line is set in one face): a key phrase bolded in an Arabic answer would
// otherwise lose its weight unsaid. Bold in English text of the same edition prints bold.
func TestCheckSaysRightToLeftEmphasisPrintsRegular(t *testing.T) {
	faq := mustReadFile(t, filepath.Join("..", "..", "testdata", "languages", "ar", "faq.md"))
	for _, tt := range []struct {
		name, para string
		says       bool
	}{
		{"Arabic bold", "**لا يستطيع القاصر قانونيا الموافقة على ذلك.**", true},
		{"English bold", "**Call the hotline any time.**", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			edited := strings.Replace(faq, "\n## ", "\n"+tt.para+"\n\n## ", 1)
			fsys := contentWith(t, []string{"ar"}, map[string]string{"ar/faq.md": edited})
			faces, err := Faces(optionsFor(t, fsys, []string{"ar"}, notoFamily(t, "NotoNaskhArabic", "Noto Naskh Arabic")))
			if err != nil {
				t.Fatal(err)
			}
			said := len(faces) == 1 && strings.Contains(faces[0], "; bold and italic print in the regular face in right-to-left text (content/ar/faq.md:")
			if said != tt.says {
				t.Errorf("check says %q; want the note %v", faces, tt.says)
			}
		})
	}
}
