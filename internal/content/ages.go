package content

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// countsAge reports whether a number of three digits at most (digits), between before and after,
// counts someone's age or years, as the words beside it say: "under 15", "a girl of 15",
// "aged 15 and over", "from 15 to 18", "menores de 15", "moins de 15", "15-year-old", "15
// سال", "15 साल", "15歳". It is no number to dial, even where its digits are the emergency
// number's (Pakistan's 15): the PDFs and the page do not link it.
func countsAge(before, digits, after string) bool {
	if digits == "" || len(digits) > 3 {
		return false
	}
	return agedBefore(before, after) || agedAfter(after)
}

// agedBefore reports whether the words before a number make it an age: a word or a pair of
// words of ageBefore right before it, or before the first number of a range of ages ("aged
// 12 to 15", "from 15 to 18", "between 15 and 18", "de 15 a 18"), either number of it.
func agedBefore(before, after string) bool {
	trimmed := strings.TrimRightFunc(before, spaceLike)
	ranged := ageRangeTo().MatchString(after)
	if m := ageRangeEnd().FindStringIndex(trimmed); m != nil { // "aged 12 to 15": 15 as 12 is
		trimmed, ranged = strings.TrimRightFunc(trimmed[:m[0]], spaceLike), true
	}
	w := strings.ToLower(wordBefore(trimmed))
	two := strings.ToLower(wordBefore(strings.TrimSuffix(trimmed, wordBefore(trimmed)))) + "_" + w
	return w != "" && (ageBefore.has(w) || ageBefore.has(two) || ranged && ageRangeFrom.has(w))
}

// ageRangeTo starts the text after the first number of a range, ageRangeEnd ends the text
// before its second: "12 to 15", "15 and 18", "15 a 18", "12–15".
var (
	ageRangeTo  = lazyRE(`^\s*(?:[-\x{2010}-\x{2015}]|(?:to|and|a|y|et|à|bis|und|e|al|au|até)\s)\s*\d`)
	ageRangeEnd = lazyRE(`\d+\s*(?:[-\x{2010}-\x{2015}]|\s(?:to|and|a|y|et|à|bis|und|e|al|au|até))$`)
)

// agedAfter reports whether the words after a number make it an age or a count of years:
// "15 and over", "15 or older", "15-year-old", "15 سال", "15 साल", "15세", "15歳".
func agedAfter(after string) bool {
	next := strings.TrimLeftFunc(strings.TrimPrefix(strings.TrimLeftFunc(after, spaceLike), "-"), spaceLike)
	if first, _ := utf8.DecodeRuneInString(next); unicode.Is(unicode.Han, first) {
		return ageAfter.has(string(first)) // "15歳", "15岁以下"
	}
	w := strings.ToLower(wordAfter(next))
	two := w + "_" + strings.ToLower(wordAfter(strings.TrimLeftFunc(next, spaceLike)[len(w):]))
	return w != "" && (ageAfter.has(w) || ageAfter.has(two))
}

// ageBefore are the words, and pairs of words, before a number that make it an age, in the
// languages haven knows them in: "under 15", "a girl of 15", "menores de 15", "âgée de 15",
// "उम्र 15"; ageRangeFrom those that open a range of ages ("from 15 to 18", "de 15 a 18").
// Not German's unter or über, which also say where to call ("Rufen Sie uns unter 116 111 an").
var (
	ageBefore = wordSet("under over aged age ages below above " +
		"younger_than older_than age_of ages_of girl_of boy_of child_of kid_of teen_of teenager_of person_of woman_of man_of youth_of minor_of " +
		"menores_de mayores_de menor_de mayor_de edad_de niña_de niño_de chica_de chico_de " +
		"moins_de âgé_de âgée_de âgés_de âgées_de âge_de fille_de garçon_de enfant_de " +
		"maiores_de maior_de idade_de menina_de menino_de minori_di età_di " +
		"उम्र आयु عمر سن อายุ")
	ageRangeFrom = wordSet("from between de entre desde da von zwischen")
)

// ageAfter are the words, and pairs of words, after a number that make it an age or a count
// of years where no plural says so: "15 and over", "15 or older", "15-year-old", "15 Jahren",
// Urdu "15 سال" and "15 سالہ", Hindi "15 साल" and "15 वर्ष", Arabic "15 سنة", "15 عامًا",
// Thai "15 ปี", Korean "15세", "15살", Japanese and Chinese "15歳", "15岁".
var ageAfter = wordSet("year and_over or_over and_older or_older and_under or_under or_younger jahren jährige jähriger " +
	"سال سالہ ساله سالگی برس साल वर्ष वर्षीय बरस سنة سنوات سنين عام عاما عامًا عاماً ปี 세 살 歳 才 岁 歲")
