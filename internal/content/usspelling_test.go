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
