package cli

import (
	"os"
	"os/exec"
	"testing"
)

// A folder name haven prints in a command is read back by a POSIX shell as it was typed, so
// the command can be copied; plain names stay unquoted.
func TestShellQuote(t *testing.T) {
	sh, err := exec.LookPath("sh")
	if err != nil && os.Getenv("CI") != "true" {
		t.Skip("no sh to read the quoted names back: install dash or bash")
	}
	for _, tt := range []struct{ name, want string }{
		{"my-content", "my-content"},
		{"/tmp/hx/sp ace init", "'/tmp/hx/sp ace init'"},
		{"it's", `'it'\''s'`},
		{"$HOME", "'$HOME'"},
		{"a;b&c|d*e?f`g`", "'a;b&c|d*e?f`g`'"},
		{"~user", "'~user'"},
		{"-n", "-n"},
	} {
		got := shellQuote(tt.name)
		if got != tt.want {
			t.Errorf("shellQuote(%q) = %s, want %s", tt.name, got, tt.want)
		}
		out, err := exec.Command(sh, "-c", "printf '%s' "+got).Output()
		if err != nil || string(out) != tt.name {
			t.Errorf("sh reads %s back as %q (%v), want %q", got, out, err, tt.name)
		}
	}
}
