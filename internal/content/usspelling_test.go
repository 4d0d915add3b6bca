package content

import (
	"reflect"
	"strings"
	"testing"
)

// Settings written with American spellings (organization:, colors:) read as haven's own: an
// American organisation types them, and "unknown field" plus "missing" would stop its build
// on a word it spelt right. Both spellings of one field is the same field twice.
func TestAmericanSpellingsOfFields(t *testing.T) {
	want, err := Load(edits(t), "content", Overrides{})
	if err != nil {
		t.Fatal(err)
	}
	us, err := Load(edits(t, []string{"settings.yaml", "\norganisation:", "\norganization:", "\ncolours:", "\ncolors:"}), "content", Overrides{})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(us.Settings.Organisation, want.Settings.Organisation) || us.Settings.Colours != want.Settings.Colours {
		t.Errorf("organization/colors: read as %+v %+v, want %+v %+v", us.Settings.Organisation, us.Settings.Colours, want.Settings.Organisation, want.Settings.Colours)
	}
	_, err = Load(edits(t, []string{"settings.yaml", "\ncolours:", "\ncolors:\n  primary: \"#000000\"\ncolours:"}), "content", Overrides{})
	if err == nil || !strings.Contains(err.Error(), "colours: appears twice") {
		t.Errorf("colors: and colours: both: %v, want colours: appears twice", err)
	}
}

// A message names a field as the file spells it, so that a search of the file finds it: a name
// haven does not know as typed (primary_color:, not primary_colour:), and a field under a group
// spelt the American way (colors.accent:, organization.name:), in the checks of its values too.
func TestFieldsNamedAsSpelled(t *testing.T) {
	for _, tt := range []struct {
		name    string
		changes []string
		want    string
	}{
		{"an unknown name with color in it", []string{"settings.yaml", `  primary: "#0F4C5C"`, `  primary_color: "#0F4C5C"`},
			"content/settings.yaml:45: colours.primary_color: unknown field (known here: accent, ink, panel, primary; check the spelling and the indentation)"},
		{"an unknown name under colors:", []string{"settings.yaml", "\ncolours:", "\ncolors:", `  ink: "#1B1B1B"`, `  text_color: "#1B1B1B"`},
			"content/settings.yaml:47: colors.text_color: unknown field (did you mean ink? known here: accent, ink, panel, primary; check the spelling and the indentation)"},
		{"a colour by another name, with a space", []string{"settings.yaml", `  ink: "#1B1B1B"`, `  body text: "#1B1B1B"`},
			"content/settings.yaml:47: colours.body text: unknown field (did you mean ink? known here: accent, ink, panel, primary; check the spelling and the indentation)"},
		{"a field missing under colors:", []string{"settings.yaml", "\ncolours:", "\ncolors:", `  ink: "#1B1B1B"`, `  # ink: "#1B1B1B"`},
			"content/settings.yaml:44: colors.ink: missing (add a line 'ink: ...')"},
		{"a colour's contrast under colors:", []string{"settings.yaml", "\ncolours:", "\ncolors:", `  accent: "#F4B942"`, `  accent: "#0F4C5C"`},
			`content/settings.yaml:46: colors.accent: ink on accent measures 1.8:1, below the 7.0:1 needed for the hotline box (the nearest shade of your #0F4C5C that passes is #23B4D9, lighter: write accent: "#23B4D9")`},
		{"a name under organization:", []string{"settings.yaml", "\norganisation:", "\norganization:", `  contact: ""`, `  contcat: ""`},
			"content/settings.yaml:9: organization.contcat: unknown field (did you mean contact? known here: contact, logo, logo_size, name, other_numbers, other_sites, website; check the spelling and the indentation)"},
		{"a language's organization:", []string{"en/text.yaml", "\nhelp:", "\norganization:\n  nmae: Haven\nhelp:"},
			"content/en/text.yaml:11: organization.nmae: unknown field (did you mean name? known here: contact, name; check the spelling and the indentation)"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(edits(t, tt.changes), "content", Overrides{})
			if err == nil || !strings.Contains("\n"+err.Error()+"\n", "\n"+tt.want+"\n") {
				t.Errorf("got  %v\nwant %s", err, tt.want)
			}
		})
	}
}
