package build

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/image/font/sfnt"

	"haven/internal/diag"
	"haven/internal/kinds"
	"haven/internal/layout"
	"haven/internal/output"
	"haven/internal/typeface"
)

// The proof sheet and the print guide are documents of the run, not kinds: each is made from
// every output the run lays out (its pages, its file name, its kind's printing instructions),
// not from one language's content, so they are made here once the kinds' documents are. A new
// kind appears in both with nothing to add: its pages in the proof, its Printing in the guide.

// ProofName is the proof sheet's file name in the output folder.
const ProofName = "proof.pdf"

// ProofFile is the name of the proof sheet of a language's files when proof.pdf shows them as
// grey bars (ProofName for none).
func ProofFile(lang string) string {
	if lang == "" {
		return ProofName
	}
	return "proof-" + lang + ".pdf"
}

// IsProof says whether a file name is a proof sheet's.
func IsProof(name string) bool {
	return name == ProofName || strings.HasPrefix(name, "proof-") && strings.HasSuffix(name, ".pdf")
}

// proofs makes proof.pdf of every file made and, for each language whose files it shows as
// grey bars (set in a family it is not, for a script that family lacks), a sheet of that
// language's files alone, in their family: every page of the kit can be checked before
// printing.
func (r *run) proofs(dir *output.Dir, made []Result) ([]Result, error) {
	p, err := r.proof(dir, "", made)
	if err != nil {
		return nil, err
	}
	out := []Result{p}
	for _, lang := range r.langs {
		var own []Result
		for _, m := range made {
			if m.doc.Lang == lang && m.fam.Key() != p.fam.Key() {
				own = append(own, m)
			}
		}
		if len(own) > 0 {
			q, err := r.proof(dir, lang, own)
			if err != nil {
				return nil, err
			}
			out = append(out, q)
		}
	}
	return out, nil
}

// proof lays out, renders, reads back and stages the proof sheet of the files made, as
// ProofFile(lang) names it. It is set in the family that draws the most of them; a file in
// another family (a script the first lacks) shows its lines as grey bars, so the sheet never
// needs a font it does not have.
func (r *run) proof(dir *output.Dir, lang string, made []Result) (Result, error) {
	paper, ok := layout.Papers[r.o.Proof]
	if !ok {
		return Result{}, fmt.Errorf("the proof sheet comes on letter or a4, not %q", r.o.Proof)
	}
	fam, err := r.proofFamily(made)
	if err != nil {
		return Result{}, err
	}
	files := make([]layout.ProofFile, len(made))
	for i, m := range made {
		rel, err := filepath.Rel(r.o.Out, m.Path)
		if err != nil {
			rel = filepath.Base(m.Path)
		}
		// a family is its faces and its fallbacks: Atkinson with Noto Sans Arabic for Persian
		// is not Atkinson alone, and the proof set in Atkinson alone cannot draw its Persian
		files[i] = layout.ProofFile{File: filepath.ToSlash(rel), Doc: m.doc, Greek: m.fam.Key() != fam.Key()}
	}
	doc, err := layout.Proof(files, paper, r.measurer(fam))
	if err != nil {
		return Result{}, err
	}
	return r.stageOwn(dir, ProofFile(lang), "the proof sheet", doc, fam)
}

// proofWords are the characters of the proof sheet's own words (English labels, file names,
// paper sizes, addresses): its family must draw them all.
const proofWords = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.:/-()%"

// drawsProofWords says whether fam, with its fallbacks, draws the proof sheet's own words.
func drawsProofWords(fam *typeface.Family) bool {
	var buf sfnt.Buffer
	for _, r := range proofWords {
		if !fam.Has(&buf, r) && !slices.ContainsFunc(fam.Fallback, func(f *typeface.Family) bool { return f.Has(&buf, r) }) {
			return false
		}
	}
	return true
}

// proofFamily is the family the proof sheet is set in: of those that draw its own words, the
// one that draws the most of the files made; with none (every file in a script without Latin
// letters), the first of the run's families that draws them, every file then in grey bars.
func (r *run) proofFamily(made []Result) (*typeface.Family, error) {
	count := map[string]int{}
	var fam *typeface.Family
	for _, m := range made {
		if !drawsProofWords(m.fam) {
			continue
		}
		count[m.fam.Key()]++
		if fam == nil || count[m.fam.Key()] > count[fam.Key()] {
			fam = m.fam
		}
	}
	if fam != nil {
		return fam, nil
	}
	return typeface.Choose("", r.o.Families, []diag.Located{{Text: proofWords, Field: "proof sheet"}})
}

// measurer is the measurer of fam, made once per family of the run.
func (r *run) measurer(fam *typeface.Family) layout.Measurer {
	if r.measurers[fam.Key()] == nil {
		r.measurers[fam.Key()] = typeface.NewMeasurer(fam)
	}
	return r.measurers[fam.Key()]
}

// ownDocs adds to the files made the proof sheet and the print guide of the printed files of
// one placement, as the options ask; with ProofOnly the proof sheet alone is the result.
func (r *run) ownDocs(dir *output.Dir, results []Result) ([]Result, error) {
	var made []Result
	for _, res := range results {
		if res.doc != nil {
			made = append(made, res)
		}
	}
	if len(made) == 0 {
		return results, nil
	}
	if r.o.ProofOnly {
		results = nil
	}
	if r.o.Proof != "" {
		ps, err := r.proofs(dir, made)
		if err != nil {
			return nil, err
		}
		results = append(results, ps...)
	}
	if r.o.Guide != "" {
		g, err := r.guides(dir, made)
		if err != nil {
			return nil, err
		}
		results = append(results, g...)
	}
	return results, nil
}

// stageOwn renders a document about the run (the proof sheet, the print guide), reads it back
// like every output, and stages it at the top of the output folder.
func (r *run) stageOwn(dir *output.Dir, name, what string, doc *layout.Doc, fam *typeface.Family) (Result, error) {
	_, res, err := r.render(kinds.PDF, opened(dir), name, true, doc, fam)
	if err != nil {
		return Result{}, fmt.Errorf("%s: %w", what, err)
	}
	res.Pages, res.URLs, res.Codes, res.doc, res.fam = len(doc.Pages), qrURLs(doc), codes(doc), doc, fam
	return res, nil
}
