package phone

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/nyaruka/phonenumbers"
)

// The library itself, as phone.go used it before world.go: the reference the port must equal.
// Only this test imports it, so haven does not start it.

func libShort(s, ds, country string) (Number, error) {
	n, err := phonenumbers.Parse(ds, country)
	if err != nil || !(phonenumbers.IsValidShortNumberForRegion(n, country) || phonenumbers.IsEmergencyNumber(ds, country)) {
		return Number{}, fmt.Errorf("%q is not a service number in %s", s, country)
	}
	return Number{Dial: ds}, nil
}

func libWorld(s, t, country string) (Number, error) {
	n, err := phonenumbers.Parse(t, country)
	if err != nil {
		return Number{}, fmt.Errorf("%q is not a phone number: %v", s, err)
	}
	if !phonenumbers.IsValidNumber(n) {
		r := phonenumbers.GetRegionCodeForNumber(n)
		if r == "001" {
			return Number{}, fmt.Errorf("%q is not a valid number: +%d is no country's code, but that of numbers of no country (international freephone, satellite phones); check the digits, or write it with its country's code (+1 for the U.S. and Canada)", s, n.GetCountryCode())
		}
		if r == "" && strings.HasPrefix(strings.TrimSpace(t), "+") {
			r = phonenumbers.GetRegionCodeForCountryCode(int(n.GetCountryCode()))
		}
		if r == "" || r == "ZZ" {
			r = country
		}
		return Number{}, fmt.Errorf("%q is not a valid number in %s: check the digits, or write it with + and the country code", s, r)
	}
	return Number{Dial: phonenumbers.Format(n, phonenumbers.E164)}, nil
}

// haveable reports whether Parse lets s through to world: digits, separators, a leading +.
func haveable(s string) bool {
	for i, r := range s {
		if !(r >= '0' && r <= '9' || r == '+' && i == 0 || IsSeparator(r)) {
			return false
		}
	}
	return true
}

// numbers are the written numbers to compare: every example number in the library's metadata,
// written as the library formats it, dialled from abroad, and with a digit dropped, added or
// changed.
func numbers(t *testing.T) []string {
	coll, err := phonenumbers.MetadataCollection()
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	var out []string
	add := func(s string) {
		if !seen[s] && haveable(s) {
			seen[s] = true
			out = append(out, s)
		}
	}
	for _, m := range coll.GetMetadata() {
		cc := strconv.Itoa(int(m.GetCountryCode()))
		for _, d := range []*phonenumbers.PhoneNumberDesc{m.GeneralDesc, m.FixedLine, m.Mobile, m.TollFree, m.PremiumRate,
			m.SharedCost, m.PersonalNumber, m.Voip, m.Pager, m.Uan, m.Voicemail, m.NoInternationalDialling} {
			ex := d.GetExampleNumber()
			if ex == "" {
				continue
			}
			for _, v := range []string{ex, ex[:len(ex)-1], ex + "5", "9" + ex[1:], "0" + ex} {
				for _, w := range []string{v, "+" + cc + v, "+" + cc + " " + v, "00 " + cc + " " + v, "011 " + cc + " " + v, cc + v} {
					add(w)
				}
			}
			if n, err := phonenumbers.Parse("+"+cc+ex, "ZZ"); err == nil {
				for _, f := range []phonenumbers.PhoneNumberFormat{phonenumbers.NATIONAL, phonenumbers.INTERNATIONAL} {
					s := phonenumbers.Format(n, f)
					for _, w := range []string{s, strings.ReplaceAll(s, " ", "\u2007"), strings.ReplaceAll(s, " ", "."), "(" + s + ")"} {
						add(w)
					}
				}
			}
		}
	}
	for _, s := range []string{"", "+", "+0", "+1", "+44", "+999 1234", "+800 1234 5678", "+882 1234", "00", "0", "+++44 20 7946 0958",
		"20 7946 0958.", "(020) 7946 0958", "0800 111", "+44 (0) 20 7946 0958", "12", "123456789012345678", "+44 " + strings.Repeat("1", 30), "00 44", "011 44", "00 7", "0044"} {
		add(s)
	}
	return out
}

func regions() []string {
	var rs []string
	for r := range phonenumbers.GetSupportedRegions() {
		rs = append(rs, r)
	}
	sort.Strings(rs)
	return append(rs, "ZZ", "XX", "001")
}

func TestMatchesLibphonenumber(t *testing.T) {
	// Every number in its own country and in a spread of others, with the U.S. for + only.
	nums, countries := numbers(t), []string{"GB", "DE", "IT", "BR", "RU", "AR", "ZZ", "001"}
	t.Logf("%d numbers", len(nums))
	fails := 0
	check := func(kind, in, country string, got, want Number, gotErr, wantErr error) {
		if got != want || fmt.Sprint(gotErr) != fmt.Sprint(wantErr) {
			if fails++; fails <= 20 {
				t.Errorf("%s(%q, %s) = %q, %v; libphonenumber: %q, %v", kind, in, country, got.Dial, gotErr, want.Dial, wantErr)
			}
		}
	}
	for _, s := range nums {
		cs := countries
		if strings.HasPrefix(s, "+") {
			cs = append(cs, "US")
		}
		for _, c := range cs {
			got, gotErr := world(s, s, c)
			want, wantErr := libWorld(s, s, c)
			check("world", s, c, got, want, gotErr, wantErr)
		}
	}
	// Every region's own example numbers in it.
	coll, _ := phonenumbers.MetadataCollection()
	for _, m := range coll.GetMetadata() {
		for _, d := range []*phonenumbers.PhoneNumberDesc{m.FixedLine, m.Mobile, m.TollFree, m.PremiumRate, m.SharedCost, m.PersonalNumber, m.Voip, m.Pager, m.Uan, m.Voicemail} {
			if ex := d.GetExampleNumber(); ex != "" {
				for _, s := range []string{ex, "0" + ex, ex[:len(ex)-1], ex + "1"} {
					got, gotErr := world(s, s, m.GetId())
					want, wantErr := libWorld(s, s, m.GetId())
					check("world", s, m.GetId(), got, want, gotErr, wantErr)
				}
			}
		}
	}
	// Digit strings of every length around the region's own, drawn from a fixed seed, with and
	// without the national prefix, in the region.
	rnd := rand.New(rand.NewPCG(1, 2))
	for _, m := range coll.GetMetadata() {
		for n := 4; n <= 13; n++ {
			for range 4 {
				s := ""
				for range n {
					s += strconv.Itoa(rnd.IntN(10))
				}
				for _, w := range []string{s, m.GetNationalPrefix() + s} {
					got, gotErr := world(w, w, m.GetId())
					want, wantErr := libWorld(w, w, m.GetId())
					check("world", w, m.GetId(), got, want, gotErr, wantErr)
				}
			}
		}
	}
	// A number written with its calling code whose national prefix, rewritten, would spoil it.
	for _, w := range []string{"1115568117", "54 11 1556 8117"} {
		got, gotErr := world(w, w, "AR")
		want, wantErr := libWorld(w, w, "AR")
		check("world", w, "AR", got, want, gotErr, wantErr)
	}
	// Short and emergency numbers: every two- and three-digit string in a spread of regions,
	// the usual emergency numbers and each region's short-number examples in every region.
	var all, usual []string
	for i := 0; i < 1000; i++ {
		all = append(all, fmt.Sprintf("%03d", i))
		if i < 100 {
			all = append(all, fmt.Sprintf("%02d", i))
		}
	}
	usual = []string{"000", "100", "101", "102", "103", "110", "112", "113", "118", "119", "15", "17", "18", "911", "999", "116000", "116111", "116123"}
	examples := map[string][]string{}
	scoll, err := phonenumbers.ShortNumberMetadataCollection()
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range scoll.GetMetadata() {
		for _, d := range []*phonenumbers.PhoneNumberDesc{m.ShortCode, m.Emergency, m.TollFree, m.PremiumRate, m.StandardRate, m.CarrierSpecific, m.SmsServices} {
			if ex := d.GetExampleNumber(); ex != "" && len(ex) <= 6 {
				examples[m.GetId()] = append(examples[m.GetId()], ex, ex[:len(ex)-1], ex+"1")
			}
		}
	}
	for i, c := range regions() {
		shorts := append(usual, examples[c]...)
		if i%6 == 0 {
			shorts = append(shorts, all...)
		}
		for _, s := range shorts {
			if c == "US" { // haven's own U.S. path
				break
			}
			if slices.Contains(addedEmergency[c], s) { // haven's own, which the library lacks
				continue
			}
			got, gotErr := short(s, s, c)
			want, wantErr := libShort(s, s, c)
			check("short", s, c, got, want, gotErr, wantErr)
			if g, w := IsEmergency(s, c), phonenumbers.IsEmergencyNumber(s, c); g != w {
				t.Errorf("IsEmergency(%s, %s) = %v; libphonenumber: %v", s, c, g, w)
			}
		}
		if g, w := CountryCode(c), phonenumbers.GetCountryCodeForRegion(c); c != "US" && g != w {
			t.Errorf("CountryCode(%s) = %d; libphonenumber: %d", c, g, w)
		}
	}
	if fails > 0 {
		t.Errorf("%d numbers read otherwise than libphonenumber reads them", fails)
	}
}

// TestMetadataGenerated holds metadata.go to what gen/main.go writes from the library now.
func TestMetadataGenerated(t *testing.T) {
	fresh := filepath.Join(t.TempDir(), "metadata.go.new") // not .go: go run would take it for a source
	if out, err := exec.Command("go", "run", "gen/main.go", fresh).CombinedOutput(); err != nil {
		t.Fatalf("go run gen/main.go: %v\n%s", err, out)
	}
	want, err := os.ReadFile(fresh)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("metadata.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("metadata.go differs from what gen/main.go writes: run go generate ./internal/phone")
	}
}

// National formats are the library's (in the regions with a trunk prefix, the only ones whose
// formats metadata.go holds), and a national number written without the trunk
// prefix its country writes is found, with that prefix; international, U.S. and
// prefix-less numbers (Australia's 13 11 14) are not.
func TestTrunk(t *testing.T) {
	coll, _ := phonenumbers.MetadataCollection()
	checked := 0
	for _, m := range coll.GetMetadata() {
		for _, d := range []*phonenumbers.PhoneNumberDesc{m.FixedLine, m.Mobile, m.TollFree, m.PremiumRate, m.SharedCost, m.PersonalNumber, m.Voip, m.Uan} {
			ex := d.GetExampleNumber()
			n, err := phonenumbers.Parse(ex, m.GetId())
			if ex == "" || err != nil || !phonenumbers.IsValidNumber(n) || m.GetId() == "US" || m.GetNationalPrefix() == "" {
				continue
			}
			checked++
			want := phonenumbers.Format(n, phonenumbers.NATIONAL)
			p, err := parse(ex, m.GetId())
			if err != nil {
				t.Fatalf("%s %s: %v", m.GetId(), ex, err)
			}
			if got, _ := meta().formatNational(p); got != want {
				t.Errorf("%s %s nationally: %q; libphonenumber: %q", m.GetId(), ex, got, want)
			}
		}
	}
	t.Logf("%d national formats compared", checked)
	for _, tt := range []struct {
		s, country, want string // the trunk prefix left out, or ""
	}{
		{"20 7946 0958", "GB", "0"},
		{"808 800 5000", "GB", "0"},
		{"(20) 7946-0958", "GB", "0"},
		{"020 7946 0958", "GB", ""},
		{"+44 20 7946 0958", "GB", ""},
		{"0044 20 7946 0958", "GB", ""},
		{"30 123456", "DE", "0"},
		{"6 12 34 56 78", "FR", "0"},
		{"13 11 14", "AU", ""},
		{"1800 737 732", "AU", ""},
		{"2 9876 5432", "AU", "0"},
		{"495 123-45-67", "RU", ""}, // the 8 may be left out (national_prefix_optional_when_formatting)
		{"06 698 12345", "IT", ""},  // Italy dials the 0 as part of the number
		{"216 555 0142", "US", ""},
		{"216 555 0142", "", ""},
		{"20 7946 0958", "", ""},
		{"999", "GB", ""},
		{"1234", "GB", ""},
	} {
		if got := Trunk(tt.s, tt.country); got != tt.want {
			t.Errorf("Trunk(%q, %s) = %q; want %q", tt.s, tt.country, got, tt.want)
		}
	}
}

// A number of a place without its area code is what callers in that area dial; a mobile, a
// freephone number and a U.S. toll-free number have none.
func TestSubscriber(t *testing.T) {
	for key, want := range map[string]string{
		"35316788858":  "6788858", // Dublin, (01) 678 8858
		"49306110300":  "6110300", // Berlin, 030 611 03 00
		"16142762273":  "2762273", // Columbus, (614) 276-2273
		"442079460958": "79460958",
		"18883737888":  "",
		"353871234567": "",
		"448082000247": "",
	} {
		if got := Subscriber(key); got != want {
			t.Errorf("Subscriber(%s) = %q, want %q", key, got, want)
		}
	}
}

// TestASCIIAsThePatterns holds the ASCII shortcuts of extractPossibleNumber and isViable to
// the library's patterns, on random strings of the characters that decide them.
func TestASCIIAsThePatterns(t *testing.T) {
	patterns := func(s string) (string, bool) {
		loc := re(validStartChar).FindStringIndex(s)
		if loc == nil {
			return "", false
		}
		s = s[loc[0]:]
		if loc := re(unwantedEndChars).FindStringIndex(s); loc != nil {
			s = s[:loc[0]]
		}
		if loc := re(secondNumberStart).FindStringIndex(s); loc != nil {
			s = s[:loc[0]]
		}
		return s, len(s) >= minNSN && re(validPhoneNumber).MatchString(s)
	}
	alphabet := []string{"+", "+", "0", "1", "9", " ", "-", "(", ")", ".", "/", `\`, "[", "]", "x", "X", "e", "t", "n", "a", "&", "#", ",", ";", ":", "*", "~", "\t", "＋", "٣", "–", "\u00a0"}
	rng := rand.New(rand.NewPCG(1, 2))
	cases := []string{"", "+", "988", "1-888-373-7888", "(216) 623-4200 ext. 2", "+44 20 7946 0958", "12", "1/2 x3", `555\ x1`, "a&&b]", "1&&c]]", "٣٣٣", "＋1 888"}
	for range 30000 {
		var b strings.Builder
		for range rng.IntN(14) {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		cases = append(cases, b.String())
	}
	for _, s := range cases {
		wantNum, wantViable := patterns(s)
		num := extractPossibleNumber(s)
		if num != wantNum || isViable(num) != wantViable {
			t.Fatalf("%q: extracted %q, viable %v; the patterns give %q, %v", s, num, isViable(num), wantNum, wantViable)
		}
	}
}

// Split answers for a North American number without the tables as the tables would.
func TestSplitNorthAmericanAsTheTables(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	keys := []string{"18883737888", "12125550100", "10883737888", "11883737888", "1888373788", "188837378888", "1888373788x", "18003725867"}
	for range 3000 {
		keys = append(keys, "1"+strconv.Itoa(2+rng.IntN(8))+fmt.Sprintf("%09d", rng.IntN(1e9)))
	}
	for _, k := range keys {
		cc, nsn, ok := Split(k)
		var want parsed
		p, err := parse("+"+k, "US")
		if err == nil && p.cc != 0 {
			want = p
		}
		if ok != (want.cc != 0) || cc != want.cc || nsn != want.nsn {
			t.Fatalf("Split(%q) = %d %q %v; the tables give %d %q", k, cc, nsn, ok, want.cc, want.nsn)
		}
	}
}
