package cli

import (
	"runtime/debug"
	"testing"
)

func TestVersionLine(t *testing.T) {
	tests := []struct {
		name string
		bi   *debug.BuildInfo
		ok   bool
		want string
	}{
		{"no build info", nil, false, "haven dev"},
		{"from a clone", &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "(devel)"}, Settings: []debug.BuildSetting{
			{Key: "vcs.revision", Value: "fdabd37e0c1b2a3b4c5d6e7f8091a2b3c4d5e6f7"}, {Key: "vcs.time", Value: "2026-12-03T10:00:00Z"}, {Key: "vcs.modified", Value: "false"},
		}}, true, "haven dev (commit fdabd37e0c1b, 2026-12-03T10:00:00Z) built with go1.26.8"},
		{"changed tree", &debug.BuildInfo{Settings: []debug.BuildSetting{{Key: "vcs.revision", Value: "abc"}, {Key: "vcs.modified", Value: "true"}}}, true, "haven dev (commit abc with uncommitted changes)"},
		{"go install at a version", &debug.BuildInfo{Main: debug.Module{Version: "v1.2.0"}}, true, "haven v1.2.0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := versionLine(tt.bi, tt.ok); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestVersionFlagAndCommandAgree(t *testing.T) {
	_, cmd, _ := run(t, "version")
	code, flag, e := run(t, "--version")
	if code != 0 || cmd != flag || cmd != currentVersion()+"\n" {
		t.Errorf("haven version %q, haven --version %q (exit %d, %s)", cmd, flag, code, e)
	}
}
