package typeface

import (
	"encoding/binary"
	"fmt"
	"path/filepath"
	"strings"

	"golang.org/x/image/font/sfnt"
)

// style is what a face's own tables say it is: its family's name and its weight.
type style struct {
	family  string // the typographic family (name 16), else the family (name 1); "" when it has neither
	weight  int    // OS/2 usWeightClass: 400 regular, 700 bold
	slanted bool   // its subfamily name says italic or oblique
}

// boldWeight is where bold begins: semibold (600) and heavier print as bold beside a regular.
const boldWeight = 600

// styleOf reads the style of a face parsed from data. A face without an OS/2 table weighs 400;
// one whose subfamily name says bold weighs at least 700, whatever its OS/2 table says.
func styleOf(face *sfnt.Font, data []byte) style {
	var buf sfnt.Buffer
	st := style{weight: weightClass(data)}
	for _, id := range []sfnt.NameID{sfnt.NameIDTypographicFamily, sfnt.NameIDFamily} {
		if name, err := face.Name(&buf, id); err == nil && strings.TrimSpace(name) != "" {
			st.family = strings.TrimSpace(name)
			break
		}
	}
	for _, id := range []sfnt.NameID{sfnt.NameIDTypographicSubfamily, sfnt.NameIDSubfamily} {
		name, err := face.Name(&buf, id)
		if err != nil || name == "" {
			continue
		}
		if n := strings.ToLower(name); (strings.Contains(n, "bold") || strings.Contains(n, "black") || strings.Contains(n, "heavy")) && st.weight < 700 {
			st.weight = 700
		}
		st.slanted = strings.Contains(strings.ToLower(name), "italic") || strings.Contains(strings.ToLower(name), "oblique")
		break
	}
	return st
}

// weightClass is the usWeightClass of a TrueType file's OS/2 table, 400 when it has none.
func weightClass(data []byte) int {
	off, ok := tableAt(data, "OS/2")
	if !ok || off < 0 || off+6 > len(data) {
		return 400
	}
	if w := int(binary.BigEndian.Uint16(data[off+4:])); w > 0 {
		return w
	}
	return 400
}

// tableAt is where a TrueType file's table tag begins, and whether it has one.
func tableAt(data []byte, tag string) (int, bool) {
	if len(data) < 12 {
		return 0, false
	}
	n := int(binary.BigEndian.Uint16(data[4:]))
	for i := 0; i < n && 12+16*i+16 <= len(data); i++ {
		if rec := data[12+16*i:]; string(rec[:4]) == tag {
			return int(binary.BigEndian.Uint32(rec[8:])), true
		}
	}
	return 0, false
}

// variable is whether a TrueType file is a variable font, one file for every weight (its fvar
// table): haven prints the outlines it holds as they are, those of its default weight alone.
func variable(data []byte) bool {
	_, ok := tableAt(data, "fvar")
	return ok
}

// variableAdvice says, of a family whose regular or bold file is a variable font, that its bold
// text prints in the default weight, and which files to give instead.
func variableAdvice(from, file string) string {
	base := filepath.Base(file)
	stem := strings.TrimSuffix(base, filepath.Ext(base))
	for _, cut := range []string{"[", "-VariableFont", "_VariableFont", "-Variable", "VF"} { // NotoSans[wght], Inter-VariableFont_opsz,wght
		if i := strings.Index(stem, cut); i > 0 {
			stem = strings.TrimRight(stem[:i], "-_ ")
			break
		}
	}
	give := fontFlag(stem+"-Regular.ttf", stem+"-Bold.ttf")
	if from != "--font" {
		give = fmt.Sprintf("font: regular: %s-Regular.ttf and bold: %s-Bold.ttf", stem, stem)
	}
	return fmt.Sprintf("%s: %s is a variable font, one file holding every weight, and haven can print only one weight from it: "+
		"titles, questions and the hotline number would not print bold; give the family's separate regular and bold files instead, "+
		"which its download holds in a folder named static (%s)", from, base, give)
}

// sameFamily reports whether two family names name one family: equal but for case and
// spacing, or one the other with the name of a weight after it ("Inter" and "Inter SemiBold",
// the family name of a weight in a font without a typographic family name); not with other
// words ("Noto Serif Tamil Slanted" is a family of its own, its letters sloped).
func sameFamily(a, b string) bool {
	aw, bw := strings.Fields(strings.ToLower(a)), strings.Fields(strings.ToLower(b))
	if len(aw) > len(bw) {
		aw, bw = bw, aw
	}
	if len(aw) == 0 || strings.Join(aw, " ") != strings.Join(bw[:len(aw)], " ") {
		return false
	}
	for _, w := range bw[len(aw):] {
		if !weightWords[w] {
			return false
		}
	}
	return true
}

// weightWords name a weight, after a family's name in the family name of one of its faces.
var weightWords = map[string]bool{"thin": true, "hairline": true, "extralight": true, "ultralight": true, "light": true, "book": true,
	"regular": true, "normal": true, "medium": true, "semibold": true, "demibold": true, "semi": true, "demi": true, "bold": true,
	"extrabold": true, "ultrabold": true, "extra": true, "ultra": true, "black": true, "heavy": true, "bd": true, "b": true, "r": true}

// checkStyles refuses faces given in the wrong places, which would print without a word of
// warning: a bold face as a family's regular with no bold beside it (the text all bold and
// the headings no bolder), a regular and a bold given the other way round, and a face of
// another family (by the names in the files). files are the faces as given, "" for none.
func (s Source) checkStyles(fam *Family, files []string) error {
	styles := [4]style{}
	data := [4][]byte{fam.Regular, fam.Bold, fam.Italic, fam.BoldItalic}
	given := func(face Face) bool { return int(face) < len(files) && files[face] != "" }
	for face := Regular; face <= BoldItalic; face++ {
		if given(face) {
			styles[face] = styleOf(fam.face(face), data[face])
		}
	}
	reg := styles[Regular]
	switch { // printable, but not what a regular face is for: said, not refused
	case reg.slanted:
		fam.oddRegular = fmt.Sprintf("%s: %s, given as the regular face, is an italic face: every text prints slanted, and emphasis (*italic*) cannot be told apart; give the family's upright face first", s.From, filepath.Base(files[Regular]))
	case reg.weight < 350:
		fam.oddRegular = fmt.Sprintf("%s: %s, given as the regular face, is a light face (weight %d): small text and the hotline box print thin and may break up on paper; give the family's regular face (weight 400) first", s.From, filepath.Base(files[Regular]), reg.weight)
	}
	if !given(Bold) && reg.weight >= boldWeight {
		return fmt.Errorf("%s: %s is a bold face (weight %d) given as a regular face, with no bold: every text would print bold and no heading bolder. "+
			"Give the family's regular face first and this one as its bold (%s); a family that has only this weight takes it as both (%s)",
			s.From, filepath.Base(files[Regular]), reg.weight, s.fix("REGULAR.ttf", files[Regular]), s.fix(files[Regular], files[Regular]))
	}
	for _, pair := range [][2]Face{{Regular, Bold}, {Italic, BoldItalic}} {
		up, bold := pair[0], pair[1]
		if given(up) && given(bold) && styles[up].weight > styles[bold].weight {
			return fmt.Errorf("%s: %s, given as the %s face, is bolder (weight %d) than %s, given as the %s (weight %d): they are the other way round; give %s",
				s.of(up).From, filepath.Base(files[up]), faceNames[up], styles[up].weight, filepath.Base(files[bold]), faceNames[bold], styles[bold].weight, s.swapped(files, up, bold))
		}
	}
	for face := Bold; face <= BoldItalic; face++ {
		if given(face) && reg.family != "" && styles[face].family != "" && !sameFamily(reg.family, styles[face].family) {
			return fmt.Errorf("%s: %s, given as the %s face, is of the family %q, and the regular face %s of %q: give the %s face of %q, or leave it out",
				s.of(face).From, filepath.Base(files[face]), faceNames[face], styles[face].family, filepath.Base(files[Regular]), reg.family, faceNames[face], reg.family)
		}
	}
	return nil
}

// checkFamilies refuses two sources given the same way (two --font flags) whose regular faces
// are of one family: the faces of a family given apart, such as its bold as a family of its
// own, which would never print as bold.
func checkFamilies(srcs []Source, fams []*Family) error {
	for i := range srcs {
		a := styleOf(fams[i].face(Regular), fams[i].Regular)
		for j := range i {
			b := styleOf(fams[j].face(Regular), fams[j].Regular)
			if srcs[i].From != srcs[j].From || a.family == "" || !sameFamily(a.family, b.family) {
				continue
			}
			fix := "its faces apart by commas: regular,bold or regular,bold,italic,bold italic"
			if len(srcs[i].Files) == 1 && len(srcs[j].Files) == 1 && srcs[i].Files[0] == srcs[j].Files[0] {
				// one file twice: it is no regular and bold, and giving it so would print no bold
				file := srcs[i].Files[0]
				fix = srcs[i].fix(file, "BOLD.ttf") + ", its bold face's file"
				if bold := boldBeside(file, nil); bold != "" {
					fix = srcs[i].fix(file, bold)
				}
				return fmt.Errorf("%s: %s is given twice, as two families: give it once, with its bold after it (%s), or, if the family has one weight, as %s",
					srcs[i].From, filepath.Base(file), fix, srcs[i].fix(file, file))
			}
			if len(srcs[i].Files) == 1 && len(srcs[j].Files) == 1 {
				first, second := srcs[j].Files[0], srcs[i].Files[0]
				if a.weight < b.weight {
					first, second = second, first
				}
				fix = srcs[i].fix(first, second)
			}
			return fmt.Errorf("%s: %s and %s are faces of one family (%s) given as two families, so its bold never prints: give them as one (%s)",
				srcs[i].From, filepath.Base(srcs[j].Files[0]), filepath.Base(srcs[i].Files[0]), b.family, fix)
		}
	}
	return nil
}

// fix is how the source gives the files as a family's regular and bold: one --font flag, or
// the fields of settings.yaml.
func (s Source) fix(regular, bold string) string {
	if s.FS == nil {
		return fontFlag(regular, bold)
	}
	return "font: regular: " + regular + ", bold: " + bold
}

// swapped is the fix for faces up and bold given the other way round.
func (s Source) swapped(files []string, up, bold Face) string {
	if up == Regular {
		return s.fix(files[bold], files[up])
	}
	if s.FS == nil {
		return fontFlag(files[Regular], files[Bold], files[bold], files[up])
	}
	return "font: italic: " + files[bold] + ", bold_italic: " + files[up]
}
