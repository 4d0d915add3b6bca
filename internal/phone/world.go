package phone

import (
	"errors"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// This file reads numbers outside the U.S. as nyaruka/phonenumbers (MIT, the Go port of
// libphonenumber) does, step for step, on the metadata gen/main.go copies out of it into
// metadata.go. The library parses all its metadata when a program starts (about 6 ms and
// 2.7 MB in every haven process, most of which print U.S. numbers only); here it is indexed
// on the first number abroad and each pattern compiled when first used.
// TestMatchesLibphonenumber holds the two together. Input never has letters: Parse refuses
// them outside the U.S. before.

//go:generate go run gen/main.go

// desc describes the national numbers of one kind (mobile, toll-free, ...).
type desc struct {
	pattern string
	lengths []int8 // possible lengths; none: those of the general desc
	local   []int8 // lengths dialled only locally
}

type region struct {
	id                   string
	cc                   int
	idd                  string // international dialling prefix, a pattern
	np                   string // the national (trunk) prefix dialled before a number inside the region
	npParse, npTransform string // national prefix to strip, and how to rewrite what is left
	leading              string // leading digits telling this region from others of its calling code
	sameMobileFixed      bool
	example              string // a number as written in the region, for hints (gen/main.go's example)

	general, fixed, mobile, tollFree, premium, shared, personal, voip, pager, uan, voicemail *desc
	noIntl                                                                                   *desc    // numbers dialled only inside the region
	formats                                                                                  []format // how numbers are written nationally; only where np is set
}

// format is one of the library's NumberFormats: the numbers matching leading (at the start)
// and pattern (whole) are written as format, the first group as npRule writes it nationally
// ("0$1": with the trunk prefix).
type format struct {
	pattern, format, leading, npRule string
	npOptional                       bool // the trunk prefix may be left out
}

type shortRegion struct {
	id                        string
	general, short, emergency *desc
}

type callingCode struct {
	cc      int
	regions []string // the main region first; "001" for a non-geographic code
}

type tables struct {
	regions map[string]*region // by region, for the regions of a calling code
	nonGeo  map[int]*region    // by calling code, for region "001"
	codes   map[int][]string
	short   map[string]*shortRegion
}

var meta = sync.OnceValue(func() *tables {
	t := &tables{regions: map[string]*region{}, nonGeo: map[int]*region{}, codes: map[int][]string{}, short: map[string]*shortRegion{}}
	for _, c := range callingCodeData {
		t.codes[c.cc] = c.regions
	}
	valid := map[string]bool{}
	for _, rs := range t.codes {
		for _, r := range rs {
			valid[r] = r != nonGeoRegion
		}
	}
	for i := range regionData {
		r := &regionData[i]
		if r.id == nonGeoRegion {
			t.nonGeo[r.cc] = r
		} else if valid[r.id] {
			t.regions[r.id] = r
		}
	}
	for i := range shortData {
		t.short[shortData[i].id] = &shortData[i]
	}
	return t
})

const nonGeoRegion = "001"

var regexps sync.Map

// re compiles a pattern once.
func re(p string) *regexp.Regexp {
	if r, ok := regexps.Load(p); ok {
		return r.(*regexp.Regexp)
	}
	r := regexp.MustCompile(p)
	regexps.Store(p, r)
	return r
}

func matchesAll(p, s string) bool { return re("^(?:" + p + ")$").MatchString(s) }

// The library's errors, word for word.
var (
	errInvalidCountryCode = errors.New("invalid country code")
	errNotANumber         = errors.New("the phone number supplied is not a number")
	errTooShortNSN        = errors.New("the string supplied is too short to be a phone number")
	errTooShortAfterIDD   = errors.New("phone number had an IDD, but after this was not long enough to be a viable phone number")
	errTooLong            = errors.New("the string supplied is too long to be a phone number")
)

const (
	minNSN        = 2
	maxNSN        = 17
	maxCCLength   = 3
	maxInputLen   = 250
	unknownRegion = "ZZ"
)

// parsed is a number as the library's Parse leaves it: calling code and national significant
// number (leading zeros included).
type parsed struct {
	cc  int
	nsn string
}

// parse is phonenumbers.Parse.
func parse(s, defaultRegion string) (parsed, error) {
	if len(s) == 0 {
		return parsed{}, errNotANumber
	} else if len(s) > maxInputLen {
		return parsed{}, errTooLong
	}
	t := meta()
	num := extractPossibleNumber(s)
	if !isViable(num) {
		return parsed{}, errNotANumber
	}
	md := t.regions[defaultRegion]
	if md == nil && (len(num) == 0 || !re(plusChars).MatchString(num)) {
		return parsed{}, errInvalidCountryCode
	}
	cc, national, err := t.extractCountryCode(num, md)
	if err != nil {
		loc := re(plusChars).FindStringIndex(num)
		if err != errInvalidCountryCode || loc == nil {
			return parsed{}, err
		}
		if cc, national, err = t.extractCountryCode(num[loc[1]:], md); err != nil {
			return parsed{}, err
		} else if cc == 0 {
			return parsed{}, errInvalidCountryCode
		}
	}
	if cc != 0 {
		if r := t.regionForCode(cc); r != defaultRegion {
			md = t.metadata(cc, r)
		}
	} else {
		national = Digits(num)
		if defaultRegion != "" && md != nil {
			cc = md.cc
		}
	}
	if len(national) < minNSN {
		return parsed{}, errTooShortNSN
	}
	if md != nil {
		p, _ := stripNationalPrefix(national, md)
		if v := testLength(p, md); v != tooShort && v != localOnly && v != invalidLength {
			national = p
		}
	}
	if len(national) < minNSN {
		return parsed{}, errTooShortNSN
	}
	if len(national) > maxNSN {
		return parsed{}, errTooLong
	}
	return parsed{cc: cc, nsn: national}, nil
}

// extractPossibleNumber and isViable answer, for the digits, spaces and marks of a number
// written in ASCII, what the library's patterns would without compiling them: the largest
// of them took a tenth of a millisecond to compile, more than the rest of a handout's
// parsing, and a run needs it only for numbers written otherwise. TestASCIIAsThePatterns
// holds the two ways to the same answers.
func extractPossibleNumber(s string) string {
	start := asciiStart(s)
	if start == -2 {
		loc := re(validStartChar).FindStringIndex(s)
		if loc == nil {
			return ""
		}
		start = loc[0]
	}
	if start < 0 {
		return ""
	}
	s = s[start:]
	// The pattern's class is Java's intersection, which Go reads as every character: it
	// matches only "&&", another character but #, and a closing bracket or more at the end.
	if strings.Contains(s, "&&") {
		if loc := re(unwantedEndChars).FindStringIndex(s); loc != nil {
			s = s[:loc[0]]
		}
	}
	if strings.ContainsAny(s, `\/`) {
		if loc := re(secondNumberStart).FindStringIndex(s); loc != nil {
			s = s[:loc[0]]
		}
	}
	return s
}

// asciiStart is where validStartChar first matches in s (a + or a digit), -1 where it does
// not, or -2 where a character beyond ASCII comes first, which the pattern must read.
func asciiStart(s string) int {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '+' || c >= '0' && c <= '9':
			return i
		case c >= utf8.RuneSelf:
			return -2
		}
	}
	return -1
}

func isViable(s string) bool {
	if len(s) < minNSN {
		return false
	}
	return plainViable(s) || re(validPhoneNumber).MatchString(s)
}

// plainViable reports whether s is pluses and then only ASCII digits, spaces, hyphens,
// brackets, dots and slashes, three digits or more: each such mark is one validPhoneNumber
// allows between digits, so it matches. false says only that the pattern must decide.
func plainViable(s string) bool {
	s = strings.TrimLeft(s, "+")
	digits := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			digits++
		case !strings.ContainsRune(" -().[]/", rune(c)):
			return false
		}
	}
	return digits >= 3
}

// extractCountryCode is the library's maybeExtractCountryCode: the calling code after a + or
// the default region's international prefix, or the default region's own code in front of a
// number that is better without it.
func (t *tables) extractCountryCode(num string, md *region) (int, string, error) {
	if len(num) == 0 {
		return 0, "", nil
	}
	idd := "NonMatch"
	if md != nil {
		idd = md.idd
	}
	full, fromDefault := stripInternationalPrefix(num, idd)
	if !fromDefault {
		if len(full) <= minNSN {
			return 0, "", errTooShortAfterIDD
		}
		if full[0] != '0' {
			for i := 1; i <= maxCCLength && i <= len(full); i++ {
				cc, _ := strconv.Atoi(full[:i])
				if _, ok := t.codes[cc]; ok {
					return cc, full[i:], nil
				}
			}
		}
		return 0, "", errInvalidCountryCode
	}
	if md != nil {
		if code := strconv.Itoa(md.cc); strings.HasPrefix(full, code) {
			national, _ := stripNationalPrefix(full[len(code):], md)
			if !matchesAll(md.general.pattern, full) && matchesAll(md.general.pattern, national) || testLength(full, md) == tooLong {
				return md.cc, national, nil
			}
		}
	}
	return 0, "", nil
}

// stripInternationalPrefix takes a leading + or international prefix off the digits, and
// reports whether there was none.
func stripInternationalPrefix(num, idd string) (string, bool) {
	if loc := re(plusChars).FindStringIndex(num); loc != nil && loc[0] == 0 {
		return Digits(num[loc[1]:]), false
	}
	num = Digits(num)
	if loc := re(idd).FindStringIndex(num); loc != nil && loc[0] == 0 {
		// Calling codes never start with 0.
		if rest := num[loc[1]:]; rest == "" || rest[0] != '0' {
			return rest, false
		}
	}
	return num, true
}

// stripNationalPrefix is the library's maybeStripNationalPrefixAndCarrierCode, without the
// carrier code haven does not use.
func stripNationalPrefix(num string, md *region) (string, bool) {
	if len(num) == 0 || md.npParse == "" {
		return num, false
	}
	prefix := re("^(?:" + md.npParse + ")")
	g := prefix.FindStringSubmatchIndex(num)
	if g == nil {
		return num, false
	}
	viable := matchesAll(md.general.pattern, num)
	if groups := len(g)/2 - 1; md.npTransform == "" || g[groups*2] < 0 {
		if viable && !matchesAll(md.general.pattern, num[g[1]:]) {
			return num, false
		}
		return num[g[1]:], true
	}
	transformed := prefix.ReplaceAllString(num, md.npTransform)
	if viable && !matchesAll(md.general.pattern, transformed) {
		return num, false
	}
	return transformed, true
}

type lengthResult int

const (
	possible lengthResult = iota
	localOnly
	tooShort
	invalidLength
	tooLong
)

// testLength is the library's testNumberLength for a number of unknown type.
func testLength(num string, md *region) lengthResult {
	lengths := md.general.lengths
	if lengths[0] == -1 {
		return invalidLength
	}
	n := int8(len(num))
	if len(num) > 127 {
		n = 127
	}
	for _, l := range md.general.local {
		if l == n {
			return localOnly
		}
	}
	switch {
	case lengths[0] == n:
		return possible
	case lengths[0] > n:
		return tooShort
	case lengths[len(lengths)-1] < n:
		return tooLong
	}
	for _, l := range lengths[1:] {
		if l == n {
			return possible
		}
	}
	return invalidLength
}

func (d *desc) hasLength(n int) bool {
	for _, l := range d.lengths {
		if int(l) == n {
			return true
		}
	}
	return false
}

// matches is the library's isNumberMatchingDesc.
func (d *desc) matches(nsn string) bool {
	if d == nil || len(d.lengths) > 0 && !d.hasLength(len(nsn)) {
		return false
	}
	return matchesAll(d.pattern, nsn)
}

// hasType reports whether the library's getNumberTypeHelper finds a type for nsn.
func (md *region) hasType(nsn string) bool {
	if !md.general.matches(nsn) {
		return false
	}
	for _, d := range []*desc{md.premium, md.tollFree, md.shared, md.voip, md.personal, md.pager, md.uan, md.voicemail, md.fixed} {
		if d.matches(nsn) {
			return true
		}
	}
	return !md.sameMobileFixed && md.mobile.matches(nsn)
}

func (t *tables) regionForCode(cc int) string {
	if rs := t.codes[cc]; len(rs) > 0 {
		return rs[0]
	}
	return unknownRegion
}

// metadata is the library's getMetadataForRegionOrCallingCode.
func (t *tables) metadata(cc int, r string) *region {
	if r == nonGeoRegion {
		if _, ok := t.codes[cc]; !ok {
			return nil
		}
		return t.nonGeo[cc]
	}
	return t.regions[r]
}

// regionOf is the library's GetRegionCodeForNumber.
func (t *tables) regionOf(p parsed) string {
	rs := t.codes[p.cc]
	switch len(rs) {
	case 0:
		return ""
	case 1:
		return rs[0]
	}
	for _, r := range rs {
		md := t.regions[r]
		if md.leading != "" {
			if re("^(?:" + md.leading + ")").MatchString(p.nsn) {
				return r
			}
		} else if md.hasType(p.nsn) {
			return r
		}
	}
	return ""
}

// mainRegion is the library's GetRegionCodeForCountryCode: the first region of a calling code
// (GB of +44), "" for an unknown code.
func (t *tables) mainRegion(cc int) string {
	if rs := t.codes[cc]; len(rs) > 0 {
		return rs[0]
	}
	return ""
}

// valid is the library's IsValidNumber.
func (t *tables) valid(p parsed) bool {
	r := t.regionOf(p)
	md := t.metadata(p.cc, r)
	if md == nil || r != nonGeoRegion && p.cc != t.regions[r].cc {
		return false
	}
	return md.hasType(p.nsn)
}

// nationalOnly is the library's !canBeInternationallyDialled: a number (Australia's 13 11 14)
// that cannot be dialled from abroad, so is dialled as written in its region.
func (t *tables) nationalOnly(p parsed) bool {
	md := t.regions[t.regionOf(p)]
	return md != nil && md.noIntl.matches(p.nsn)
}

// validShort is the library's IsValidShortNumberForRegion.
func (t *tables) validShort(p parsed, r string) bool {
	in := false
	for _, c := range t.codes[p.cc] {
		in = in || c == r
	}
	sm := t.short[r]
	if !in || sm == nil {
		return false
	}
	return sm.general.possibleAndMatches(p.nsn) && sm.short.possibleAndMatches(p.nsn)
}

// possibleAndMatches is the library's matchesPossibleNumberAndNationalNumber.
func (d *desc) possibleAndMatches(nsn string) bool {
	if d == nil || len(d.lengths) > 0 && !d.hasLength(len(nsn)) {
		return false
	}
	return d.pattern != "" && matchesAll(d.pattern, nsn)
}

// isEmergency is the library's IsEmergencyNumber.
func (t *tables) isEmergency(num, r string) bool {
	num = extractPossibleNumber(num)
	if re(plusChars).MatchString(num) {
		return false
	}
	sm := t.short[r]
	if sm == nil || sm.emergency == nil {
		return false
	}
	return sm.emergency.pattern != "" && matchesAll(sm.emergency.pattern, Digits(num))
}

// chooseFormat is the library's chooseFormattingPatternForNumber.
func chooseFormat(fs []format, nsn string) *format {
	for i := range fs {
		f := &fs[i]
		if (f.leading == "" || re("^(?:"+f.leading+")").MatchString(nsn)) && matchesAll(f.pattern, nsn) {
			return f
		}
	}
	return nil
}

// formatNational is the library's Format(n, NATIONAL) for a valid number of a region with a
// trunk prefix (the digits of others are returned as they are), and the trunk prefix it writes
// before the number ("" for none).
func (t *tables) formatNational(p parsed) (written, trunk string) {
	md := t.metadata(p.cc, t.regionForCode(p.cc)) // the library formats with the calling code's main region
	if md == nil {
		return p.nsn, ""
	}
	f := chooseFormat(md.formats, p.nsn)
	if f == nil {
		return p.nsn, ""
	}
	rule := f.format
	if loc := re(`\$\d`).FindStringIndex(rule); f.npRule != "" && loc != nil { // the first group, whichever it is
		rule = rule[:loc[0]] + f.npRule + rule[loc[1]:]
		if before, _, ok := strings.Cut(f.npRule, "$1"); ok && !f.npOptional {
			trunk = Digits(before)
		}
	}
	return re(f.pattern).ReplaceAllString(p.nsn, rule), trunk
}

// codeKind is the kind of number (freephone, shared-cost, premium-rate) nsn is, or is one slip
// from, of those its region dials without the trunk prefix it dials before the numbers of a
// place: Ireland's 1800, 1850 and 15xx numbers beside Dublin's 01. Such a number with a digit
// dropped ("1800 341 90") may read as a place's number without its trunk prefix, and with a
// trunk prefix before it ("01800 341 90") as one with it; either way it reaches no one, and
// adding the prefix makes no number of the kind written. "" for none; exact when nsn is one.
func (t *tables) codeKind(cc int, nsn string) (kind string, exact bool) {
	md := t.metadata(cc, t.regionForCode(cc))
	if md == nil || md.np == "" {
		return "", false
	}
	kinds := []struct {
		d    *desc
		name string
	}{{md.tollFree, "freephone"}, {md.shared, "shared-cost"}, {md.premium, "premium-rate"}}
	// of the numbers nsn is one slip from after its first four digits, the code that says the
	// kind, that which keeps most of them: 1800 341 90 is 1800 341 900, and 085 012 3456 (a
	// mobile) is no slip of 1850 123 456
	kept := 3
	for _, cand := range append([]string{nsn}, Slips(nsn)...) {
		same := 0
		for same < min(len(cand), len(nsn)) && cand[same] == nsn[same] {
			same++
		}
		for _, k := range kinds {
			if same <= kept || !k.d.matches(cand) {
				continue
			}
			if f := chooseFormat(md.formats, cand); f != nil && !f.npOptional && !strings.Contains(Digits(strings.Split(f.npRule, "$1")[0]), md.np) {
				kind, exact, kept = k.name, cand == nsn, same
			}
		}
	}
	return kind, exact
}

// Slips are the digit strings one typing slip from d (OneOff's): a digit changed, added or
// dropped, or two neighbours swapped.
func Slips(d string) []string {
	var out []string
	for i := 0; i <= len(d); i++ {
		for c := byte('0'); c <= '9'; c++ {
			out = append(out, d[:i]+string(c)+d[i:]) // added
			if i < len(d) && d[i] != c {
				out = append(out, d[:i]+string(c)+d[i+1:]) // changed
			}
		}
		if i < len(d) {
			out = append(out, d[:i]+d[i+1:]) // dropped
		}
		if i+1 < len(d) && d[i] != d[i+1] {
			out = append(out, d[:i]+d[i+1:i+2]+d[i:i+1]+d[i+2:]) // swapped
		}
	}
	return out
}

// Subscriber is the number key (calling code and national number, as Key gives it) without its
// area code, as callers inside that area dial it ("6788858" of Dublin's 35316788858, "2762273"
// of 16142762273): the national number after its format's first group, for a number of a place
// (a fixed line); "" for a mobile, a freephone or other number of no place, or a region haven
// keeps no format of.
func Subscriber(key string) string {
	if v, ok := subscribers.Load(key); ok {
		return v.(string)
	}
	s := ""
	t := meta()
	if p, err := parse("+"+key, unknownRegion); err == nil {
		md := t.metadata(p.cc, t.regionOf(p))
		if md != nil && md.fixed != nil && md.fixed.matches(p.nsn) && (md.sameMobileFixed || md.mobile == nil || !md.mobile.matches(p.nsn)) {
			if f := chooseFormat(md.formats, p.nsn); f != nil {
				if g := re(f.pattern).FindStringSubmatchIndex(p.nsn); len(g) >= 4 && g[2] == 0 && g[3] > 0 && g[3] < len(p.nsn) {
					s = p.nsn[g[3]:]
				}
			}
		}
	}
	subscribers.Store(key, s)
	return s
}

// subscribers are Subscriber's answers, by key: a run reads the organisation's few numbers
// again for every number its texts write.
var subscribers sync.Map

// LocalForms are the number key (calling code and national number, as Key gives it) as callers
// inside its area may write it, without the area code: Subscriber's, or, in a region without a
// trunk prefix and so without the national formats that say where the area code ends
// (Mexico's 55 5658 1112, printed 5658 1112 in Mexico City), the national number after an area
// code of two digits and of three, for a fixed line. None for a number of no place.
func LocalForms(key string) []string {
	if s := Subscriber(key); s != "" {
		return []string{s}
	}
	p, err := parse("+"+key, unknownRegion)
	if err != nil {
		return nil
	}
	t := meta()
	md := t.metadata(p.cc, t.regionOf(p))
	if md == nil || md.np != "" || len(p.nsn) < 9 || !md.fixed.matches(p.nsn) {
		return nil
	}
	return slices.DeleteFunc([]string{p.nsn[2:], p.nsn[3:]}, func(s string) bool { return len(s) < 7 }) // not Spain's 912 345 678 as 345678
}
