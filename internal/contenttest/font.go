package contenttest

import (
	"os"
	"testing"
)

// SystemFont is the font file at path, from the Debian package pkg. A developer's machine may
// lack it, and the test then skips saying how to install it; CI installs it (.ci/run), and
// there it must be present.
func SystemFont(t testing.TB, path, pkg string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s: %v (CI installs the Debian package %s)", path, err, pkg)
		}
		t.Skipf("%s is not installed: apt-get install %s", path, pkg)
	}
	return b
}
