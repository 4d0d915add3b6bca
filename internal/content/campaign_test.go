package content

import (
	"fmt"
	"strings"
	"testing"
)

// A campaign is carried by name in every QR link but the discreet card's, and stays in the
// phone's history: one that says where the copies hang or what they are about is refused with
// the word, whatever the mode; everyday names pass.
func TestCheckCampaignRevealing(t *testing.T) {
	for _, tt := range []struct{ name, want string }{
		{"", ""},
		{"spring-2027", ""},
		{"fall2026", ""},
		{"c", ""},
		{"outreach-q3", ""},
		{"health-fair", ""},
		{"book-week", ""},
		{"motel-restroom", `"motel-restroom" says "motel", a place copies hang or whom they are for: the campaign is carried by name in every QR link (utm_campaign=motel-restroom)`},
		{"back-to-school", `"back-to-school" says "school", a place copies hang or whom they are for: `},
		{"human-trafficking-2027", `"human-trafficking-2027" says "trafficking": the campaign`},
		// a word run into another is read where it ends a word or another starts after it,
		// not as the start or the middle of a longer word
		{"chapel-hill-2027", ""},
		{"raptors-night", ""},
		{"violet-ribbon", ""},
		{"chaperone-night", ""},
		{"stoptraffickingnow", `says "trafficking"`},
		{"endabuse-2027", `says "abuse"`},
		{"motelroom-2", `says "motel"`},
		{"restroom-2", `says "restroom"`},
		{"bus-bathrooms", `says "bathrooms"`},
		{"dv-2027", `says "dv"`},
		{"trafficking", `says "trafficking"`},
		{"shelter-cards", `says "shelter"`},
		{"motelroom", `says "motel"`}, // run into another word
		{"s3x-2027", `says "sex"`},    // spelled with digits
		{"m0-t3l", `says "motel"`},    // across a -
		{"5-3-x-fall", `says "sex"`},  // across two
		{"fall-2027", ``},             // not into a year
		{"Motel", `"Motel" has 'M' (U+004D), and may only use a-z, 0-9 and -, at most 32 characters`}, // and no suggestion: motel is refused
		{"spring–2027", `"spring–2027" has '–' (U+2013), and may only use a-z, 0-9 and -, at most 32 characters: write spring-2027`},
		{"Spring 2027", `: write spring-2027`},
		// each written as it may be: accents left out, a dot a hyphen, a space at the end gone
		{"primavera-año", `"primavera-año" has 'ñ' (U+00F1), and may only use a-z, 0-9 and -, at most 32 characters: write primavera-ano`},
		{"été-2027", `: write ete-2027`},
		{"spring.2027", `"spring.2027" has '.' (U+002E), and may only use a-z, 0-9 and -, at most 32 characters: write spring-2027`},
		{"spring-2027 ", `: write spring-2027`},
		{" Spring / 2027", `: write spring-2027`},
		{"straße-2027", `and may only use a-z, 0-9 and -, at most 32 characters`}, // no plain form: no suggestion
		// the places copies hang, as a word, run together or across a -
		{"truckstop-fall", `says "truckstop"`},
		{"truck-stop-fall", `says "truckstop"`},
		{"er-waiting-room", `says "waitingroom"`},
		{"church-fall", `says "church"`},
		{"metro-station", `says "metro"`},
		{"airport-2027", `says "airport"`},
		{"hospital-lobby", `says "hospital"`},
		{"d-v-2027", `says "dv"`},
		{"massage-parlor", `says "massage"`},
		{"nail-salon", `says "nail"`},
		{"eastgate-mall", `says "mall"`},
		{"library-week", `says "library"`},
		// spelled with digits: nails, women, police, jail
		{"n41l5", `says "nails"`},
		{"w0m3n", `says "women"`},
		{"p0l1c3", `says "police"`},
		{"j41l", `says "jail"`},
		{"spring-2027-b", ""},
		{"winter-drive", ""},
		{"q3-outreach", ""},
		{"staff-week", ""},
	} {
		got := CheckCampaign(tt.name)
		if tt.want == "" && got != "" || tt.want != "" && !strings.Contains(got, tt.want) || strings.HasSuffix(got, "-") {
			t.Errorf("%q: got %q, want %q", tt.name, got, tt.want)
		}
	}
}

// A campaign that names the organisation, the hotline or their sites says whose the copies are,
// in every QR link: refused, from --campaign or settings.yaml, read as the discreet card's
// address is (its words in a row, or run together), and so is one with a word of a name that
// the discreet card's headline may not print; a neutral one loads.
func TestCampaignNames(t *testing.T) {
	for _, tt := range []struct{ flag, setting, want string }{
		{"the-mission-haven", "", `--campaign: "the-mission-haven" names "The Mission Haven": the campaign is carried by name in every QR link`},
		{"missionhaven-fall", "", `names "The Mission Haven"`},
		{"", "mission-haven-2027", `settings.yaml:21: campaign: "mission-haven-2027" names "The Mission Haven"`},
		{"spring-2027", "", ""},
		{"", "haven-fall", `settings.yaml:21: campaign: "haven-fall" says "haven", a word of the organisation's name "The Mission Haven"`},                 // as on the discreet card's headline
		{"", "national-human-2027", `settings.yaml:21: campaign: "national-human-2027" says "national": the campaign is carried by name in every QR link`}, // not as the name's: as any word but when
	} {
		setting := `campaign: ""`
		if tt.setting != "" {
			setting = "campaign: " + tt.setting
		}
		_, err := Load(edit(t, "settings.yaml", `campaign: ""`, setting), "content", Overrides{Campaign: tt.flag})
		if tt.want == "" && err != nil || tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)) {
			t.Errorf("%q %q: got %v, want %q", tt.flag, tt.setting, err, tt.want)
		}
	}
}

// A campaign's name may say when the copies went out and nothing more: seasons, months, years
// and other numbers of at most four digits, and codes of one's own with no two letters side by
// side. Any other word is refused, whatever it is, since no list tells every place or subject
// apart: these all said where copies hang and passed a list of places.
func TestCampaignSaysOnlyWhen(t *testing.T) {
	for _, tt := range []struct{ name, says string }{
		{"spring-2027", ""}, {"fall2026", ""}, {"mar-2027", ""}, {"2027-03", ""}, {"q3-2027", ""}, {"c1", ""},
		{"b8n6b3", ""}, {"winter", ""}, {"k", ""}, {"primavera-2027", ""}, {"ete-2027", ""}, {"wave-2", ""},
		{"parlor-2027", "parlor"}, {"eastgate-2027", "eastgate"}, {"main-branch", "main"},
		{"walmart-5th", "walmart"}, {"juvenile-hall", "juvenile"}, {"detention", "detention"}, {"pediatrics", "pediatrics"},
		{"planned-parenthood", "planned"}, {"greyhound", "greyhound"}, {"exit-42", "exit"}, {"94110", "94110"},
		{"westside-elm-st", "westside"}, {"spring-fair", "fair"}, {"2027-5th-ave", "ave"}, {"fall-98052", "98052"},
		// dates as numbers, ordinals and words of when, which the first version refused
		{"202703", ""}, {"20270315", ""}, {"1st-wave", ""}, {"2nd-round", ""}, {"early-2027", ""}, {"mid-2027", ""},
		{"fy2027", ""}, {"day-1", ""}, {"holiday-2027", ""}, {"wk12", ""}, {"kw12", ""},
		{"202713", "202713"}, {"110001", "110001"}, {"nd-2027", "nd"},
		// digits in groups joined by dashes: a phone number, a postcode split in two; dates pass
		{"212-555-0100", "212-555-0100"}, {"fall-2027-555-0100", "555-0100"}, {"94-110", "94-110"}, {"2027-03-15", ""}, {"2027-4", ""},
	} {
		_, err := Load(edit(t, "settings.yaml", `campaign: ""`, "campaign: "+tt.name), "content", Overrides{})
		want := ""
		if tt.says != "" {
			want = fmt.Sprintf("settings.yaml:21: campaign: %q says %q: the campaign is carried by name in every QR link (utm_campaign=%s), which stays in the phone's history, so it may say when the copies went out", tt.name, tt.says, tt.name)
		}
		if want == "" && err != nil || want != "" && (err == nil || !strings.Contains(err.Error(), want)) {
			t.Errorf("%q: got %v, want %q", tt.name, err, want)
		}
	}
}

// A discreet run's links carry the campaign as a keyed code, not its name: a name that says
// more than when is not refused for what the links would say. The suggestion made for a name
// written otherwise (capitals, spaces) is one that passes.
func TestCampaignKeyedOrSuggested(t *testing.T) {
	settings := []string{"settings.yaml", `campaign: ""`, "campaign: westside-2027\nsite:\n  discreet: true",
		"resource_url: https://humantraffickinghotline.org", "resource_url: https://calm-notes.net/info"}
	if _, err := Load(edits(t, settings), "content", Overrides{}); err != nil {
		t.Errorf("a discreet run refuses: %v", err)
	}
	settings[2] = "campaign: westside-2027" // the same not discreet
	if _, err := Load(edits(t, settings), "content", Overrides{}); err == nil || !strings.Contains(err.Error(), `says "westside"`) {
		t.Errorf("a run that is not discreet: %v, want westside-2027 refused", err)
	}
	if got := CheckCampaign("Library 2027"); strings.Contains(got, "write library-2027") {
		t.Errorf("CheckCampaign suggests a name refused later: %q", got)
	}
	if got := CheckCampaign("Spring 2027"); !strings.Contains(got, "write spring-2027") {
		t.Errorf("CheckCampaign suggests no name that passes: %q", got)
	}
}
