package psl

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/net/publicsuffix"
)

// copied is each file of this package copied from golang.org/x/net/publicsuffix: its name
// there, and here.
var copied = map[string]string{"list.go": "list.go", "table.go": "table.go", "data/children": "data/children",
	"data/nodes": "data/nodes", "data/text": "data/text", "../LICENSE": "LICENSE"}

// TestSameAsXNet holds the copy to the golang.org/x/net that go.mod requires: each file is
// upstream's with the edits of fromUpstream, and every host has the public suffix upstream
// gives it. When go.mod moves to a newer x/net, HAVEN_UPDATE=1 go test ./internal/psl copies
// its list again.
func TestSameAsXNet(t *testing.T) {
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "golang.org/x/net").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	dir := filepath.Join(strings.TrimSpace(string(out)), "publicsuffix")
	for from, to := range copied {
		up, err := os.ReadFile(filepath.Join(dir, from))
		if err != nil {
			t.Fatal(err)
		}
		want := up
		if strings.HasSuffix(from, ".go") {
			want = fromUpstream(t, up)
		}
		if os.Getenv("HAVEN_UPDATE") != "" {
			os.MkdirAll(filepath.Dir(to), 0o755)
			if err := os.WriteFile(to, want, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		if got, _ := os.ReadFile(to); !bytes.Equal(got, want) {
			t.Errorf("%s differs from golang.org/x/net/publicsuffix's %s: run HAVEN_UPDATE=1 go test ./internal/psl", to, from)
		}
	}
	if version != publicsuffix.List.String() {
		t.Errorf("the list is %s; x/net's is %s", version, publicsuffix.List.String())
	}
	for _, host := range []string{"samples.com", "www.example.co.uk", "foo.appspot.com", "a.b.kawasaki.jp", "city.kawasaki.jp",
		"humantraffickinghotline.org", "example.gov.uk", "xn--85x722f.xn--55qx5d.cn", "192.168.0.1", "cromulent", "github.io",
		"user.github.io", "s3.amazonaws.com", "example.ck", "www.ck", "com", "", "a..b.com"} {
		s, icann := PublicSuffix(host)
		us, uicann := publicsuffix.PublicSuffix(host)
		d, err := EffectiveTLDPlusOne(host)
		ud, uerr := publicsuffix.EffectiveTLDPlusOne(host)
		if s != us || icann != uicann || d != ud || (err == nil) != (uerr == nil) {
			t.Errorf("%q: %q %v, %q %v; x/net gives %q %v, %q %v", host, s, icann, d, err, us, uicann, ud, uerr)
		}
	}
}

// fromUpstream is upstream's Go file as this package keeps it: its own package name, and
// without net/http/cookiejar, whose import alone made every run start a third of a
// millisecond later (it brings in net/http and crypto/tls, and their set-up).
func fromUpstream(t *testing.T, src []byte) []byte {
	t.Helper()
	s := string(src)
	for _, e := range []struct{ re, with string }{
		{`(?m)^//go:generate .*\n\n`, ""},
		{`(?m)^package publicsuffix.*$`, "package psl"},
		{`\t"net/http/cookiejar"\n`, ""},
		{`(?s)// List implements the cookiejar.PublicSuffixList.*?\nfunc \(list\) String\(\) string \{\n\treturn version\n\}\n\n`, ""},
	} {
		re := regexp.MustCompile(e.re)
		if strings.Contains(e.re, "package") && !re.MatchString(s) {
			t.Fatalf("upstream's file has no %q", e.re)
		}
		s = re.ReplaceAllString(s, e.with)
	}
	return []byte("// Copied from golang.org/x/net/publicsuffix by TestSameAsXNet: see doc.go.\n\n" + s)
}
