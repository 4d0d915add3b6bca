package verify

import (
	"strings"
	"testing"
	"time"

	"haven/internal/content"
	"haven/internal/diag"
	"haven/internal/layout"
	"haven/internal/readback"
	"haven/internal/render/pdf"
	"haven/internal/typeface"
)

// A number in a FAQ answer prints whole on one line in the handout and the large print,
// wherever the words before it leave it: read back from the PDF, no line ends inside one
// ("(216)" / "555-0142", "+61 13 11" / "14").
func TestNumbersPrintWhole(t *testing.T) {
	fams, _ := typeface.Defaults()
	for _, tt := range []struct{ name, number string }{
		{"U.S. with a space", "(216) 555-0142"},
		{"Australian", "+61 13 11 14"},
		{"UK freephone", "0808 2000 247"},
		{"vanity", "1-800-799-SAFE"},
	} {
		for _, large := range []bool{false, true} {
			name := tt.name
			if large {
				name += " large print"
			}
			t.Run(name, func(t *testing.T) {
				in := handoutInput(t)
				faq := in.Lang.FAQ
				faq.Questions = append([]content.QA(nil), faq.Questions...)
				last := &faq.Questions[len(faq.Questions)-1]
				// the number after ever more words, so that some line would end inside it
				var answer []content.Para
				words := strings.Fields("a bb ccc dddd eeeee ffffff a bb ccc dddd eeeee ffffff a bb ccc")
				for k := range words {
					answer = append(answer, content.Para{Located: diag.Located{File: "faq.md", Field: "answer", Text: "Word " + strings.Join(words[:k], " ") + " call " + tt.number + " now."}})
				}
				last.Answer = answer
				lang := *in.Lang
				lang.FAQ = faq
				in.Lang = &lang
				doc, err := layout.Handout(in, layout.Papers["letter"], large)
				if err != nil {
					t.Fatal(err)
				}
				raw, err := pdf.Render(doc, fams[0], time.Unix(1700000000, 0).UTC())
				if err != nil {
					t.Fatal(err)
				}
				pages, err := readback.Read(raw)
				if err != nil {
					t.Fatal(err)
				}
				whole := 0
				groups := strings.Fields(strings.ReplaceAll(tt.number, "-", "- "))
				for _, p := range pages {
					for _, tx := range p.Texts {
						s := strings.TrimSpace(tx.S)
						whole += strings.Count(s, tt.number)
						for i := 1; i < len(groups); i++ {
							head := strings.Join(groups[:i], " ")
							head = strings.ReplaceAll(head, "- ", "-")
							if strings.HasSuffix(s, head) {
								t.Errorf("a line ends inside %q: %q", tt.number, s)
							}
						}
					}
				}
				if whole < len(answer) {
					t.Errorf("%q prints whole %d times, want at least %d", tt.number, whole, len(answer))
				}
			})
		}
	}
}
