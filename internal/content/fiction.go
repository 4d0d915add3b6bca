package content

import (
	"fmt"
	"slices"
	"strings"

	"haven/internal/diag"
	"haven/internal/phone"
)

// fictionRanges are the numbers set aside for films, books and examples, by calling code: the
// national significant number as the regulator lists it, x for any digit. No one answers them.
//
// NANP: 555-0100 to 555-0199 in every area code (NANPA; the rest of 555 was released for
// assignment). UK: Ofcom's "Telephone numbers for drama" (ofcom.org.uk, numbers-for-drama), as
// github.com/neilzone/ofcom_drama_range_phone_number_generator (2019) quotes it: 0113-0118,
// 0121, 0131, 0141, 0151 and 0161 496 0xxx, 0191 498 0xxx, 020 7946 0xxx, 028 9649 6xxx,
// 029 2018 0xxx, 01632 960xxx, mobile 07700 900xxx, freephone 08081 570xxx, premium rate
// 0909 879 0xxx, UK-wide 03069 990xxx (an older copy of the table, in
// github.com/BantouTelecom/PlaceNumber, has the same but for Northern Ireland; BBC News, "The
// 20,000 fake phone numbers", 2015, names the 07700, 08081, 0909, 03069 and 01632 blocks).
// Australia: ACMA's "Phone numbers for use in TV shows, films and creative works": landlines
// 0x 5550 xxxx and 0x 7010 xxxx in each of 02, 03, 07 and 08, thirty mobile numbers (not the
// whole of 0491 57x) and eleven freephone and local-rate numbers, as the AUSnumtools module
// (Ben Bonacci, 2025) lists them.
var fictionRanges = map[string][]string{
	"1": {"xxx 555 01xx"},
	"44": {"113 496 0xxx", "114 496 0xxx", "115 496 0xxx", "116 496 0xxx", "117 496 0xxx", "118 496 0xxx",
		"121 496 0xxx", "131 496 0xxx", "141 496 0xxx", "151 496 0xxx", "161 496 0xxx", "191 498 0xxx",
		"20 7946 0xxx", "28 9649 6xxx", "29 2018 0xxx", "1632 960xxx",
		"7700 900xxx", "8081 570xxx", "909 879 0xxx", "3069 990xxx"},
	"61": {"2 5550 xxxx", "2 7010 xxxx", "3 5550 xxxx", "3 7010 xxxx", "7 5550 xxxx", "7 7010 xxxx", "8 5550 xxxx", "8 7010 xxxx",
		"491 570 006", "491 570 156", "491 570 157", "491 570 158", "491 570 159", "491 570 110", "491 570 313", "491 570 737",
		"491 571 266", "491 571 491", "491 571 804", "491 572 549", "491 572 665", "491 572 983", "491 573 770", "491 573 087",
		"491 574 118", "491 574 632", "491 575 254", "491 575 789", "491 576 398", "491 576 801", "491 577 426", "491 577 644",
		"491 578 957", "491 578 148", "491 578 888", "491 579 212", "491 579 760", "491 579 455",
		"1800 160 401", "1800 975 707", "1800 975 708", "1800 975 709", "1800 975 710", "1800 975 711",
		"1300 975 707", "1300 975 708", "1300 975 709", "1300 975 710", "1300 975 711"},
}

// tollFree are the NANP's toll-free area codes, whose 555 exchange is in service
// (1-800-555-...), as no geographic one's is.
var tollFree = []string{"800", "833", "844", "855", "866", "877", "888"}

// fiction says what makes the number written r (read as in country) no one's, after it, and
// whether it is refused for it: one reserved for fiction, or in area code 555 (never assigned,
// no number to dial), is; a 555 number of a geographic area code out of 555-01xx (555-5555,
// (503) 555-1234), which films and examples use, is warned of as a placeholder: NANPA released
// those for assignment, and one may be a real line. "" for any other: 555-1212 is directory
// assistance in every area code, and a toll-free 555 number is in service.
func fiction(r run, country string) (why string, refused bool) {
	d := r.digits
	cc := fmt.Sprint(phone.CountryCode(country))
	switch {
	case r.plus:
	case cc == "1" && len(d) == 11 && d[0] == '1':
	default:
		d = cc + strings.TrimPrefix(d, "0")
	}
	for code, patterns := range fictionRanges {
		if nsn, ok := strings.CutPrefix(d, code); ok && slices.ContainsFunc(patterns, func(p string) bool { return inRange(nsn, p) }) {
			return "is a number reserved for fiction: no one answers it", true
		}
	}
	if nsn, ok := strings.CutPrefix(d, "1"); ok && len(nsn) == 10 {
		const placeholder = "is a placeholder: 555 numbers are for films and examples, and no one answers this one"
		if area, exchange := nsn[:3], nsn[3:6]; area == "555" {
			return placeholder, true
		} else if exchange == "555" && nsn[6:] != "1212" && !slices.Contains(tollFree, area) {
			return placeholder, false
		}
	}
	return "", false
}

// inRange is whether the digits nsn are a number of the range pattern, written with spaces
// and x for any digit.
func inRange(nsn, pattern string) bool {
	pattern = strings.ReplaceAll(pattern, " ", "")
	if len(nsn) != len(pattern) {
		return false
	}
	for i := range len(pattern) {
		if pattern[i] != 'x' && pattern[i] != nsn[i] {
			return false
		}
	}
	return true
}

// fictionalNumbers refuses (ps) or warns of (ws) each number in texts that is no one's
// (fiction): a number copied from an example, or made up to try haven, that would be printed
// for people to call. The digits in skip were said where settings.yaml sets them, not again
// at each {call}; found are the digits of those it said, true for those it refused.
func fictionalNumbers(texts []diag.Located, country string, skip map[string]bool) (ps, ws diag.Problems, found map[string]bool) {
	for _, at := range texts {
		for _, r := range numberRuns(at.Text) {
			runs := []run{r}
			if why, _ := fiction(r, country); why == "" { // "1-866-555-0100 · 120 Main Street": the number set apart in it
				runs = apartParts(r)
			}
			for _, r := range runs {
				why, refused := fiction(r, country)
				if _, said := skip[r.digits]; said || why == "" {
					continue
				}
				if found == nil {
					found = map[string]bool{}
				}
				found[r.digits] = refused
				if refused {
					ps.Add(at.File, at.Line, at.Field, r.text+" "+why, "write your line's real number")
				} else { // printed for a preview; one may be a real line
					ws.Add(at.File, at.Line, at.Field, r.text+" "+why+"; write your line's real number before printing", "")
				}
			}
		}
	}
	return ps, ws, found
}

// apartParts are the parts of a run that marks set apart (setApart: a bracket, a dash, a dot
// or a slash, not a space alone), each a run of its own: "1-866-555-0100" and "120" of
// "1-866-555-0100 · 120 Main Street". An area code in brackets stays with its number.
func apartParts(r run) []run {
	var parts []run
	first := 0 // the part's first piece
	for k := 1; k <= len(r.pieces); k++ {
		if k < len(r.pieces) {
			gap := r.text[r.pieces[k-1].end-r.at : r.pieces[k].at-r.at]
			if !strings.ContainsAny(gap, setApart) || areaCode(r.text[:r.pieces[k-1].at-r.at], gap) {
				continue
			}
		}
		from := r.pieces[first].at - r.at
		if first == 0 {
			from = 0 // with its + or bracket
		} else if from > 0 && r.text[from-1] == '(' && strings.Contains(r.text[from:r.pieces[k-1].end-r.at], ")") {
			from-- // "(541) 555-0147" of "Suite 200/(541) 555-0147", its brackets whole
		}
		text := r.text[from : r.pieces[k-1].end-r.at]
		parts = append(parts, run{text: text, at: r.at + from, pieces: r.pieces[first:k], plus: r.plus && first == 0, digits: phone.Digits(text)})
		first = k
	}
	if len(parts) < 2 {
		return nil
	}
	return parts
}

// fictionalSettings refuses the numbers settings.yaml sets that are reserved for fiction, warns
// of the placeholders (ws), and gives the digits of both, so the texts that print them are not
// said of again; a field refused for one is refused for that alone. ps are the
// problems found in settings.yaml so far: a field that is such a number and nothing else is
// refused for that alone, one message for its line, as what else was said of it follows from
// it (no numbering table knows the ranges: 07700 900123 is no valid number in GB either).
func fictionalSettings(s Settings, ps diag.Problems) (_, ws diag.Problems, found map[string]bool) {
	h, org := s.Hotline, s.Organisation
	ats := []diag.Located{h.Call, h.Text, h.TTY, h.Emergency, org.Contact}
	for _, o := range org.OtherNumbers {
		ats = append(ats, o.Number)
	}
	fps, ws, found := fictionalNumbers(ats, s.Country, nil)
	ps = slices.DeleteFunc(slices.Clone(ps), func(p diag.Problem) bool {
		return slices.ContainsFunc(ats, func(at diag.Located) bool {
			return found[phone.Digits(at.Text)] && at.File == p.File && at.Line == p.Line && at.Field == p.Field
		})
	})
	return append(ps, fps...), ws, found
}
