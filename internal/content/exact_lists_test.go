package content

import (
	"flag"
	"os"
	"testing"
)

// TestExactListsFile holds exact_lists.txt, which exactLists reads rather than make at each
// run, to what the built-in lists make (builtExactLists); with -update it writes the file
// again.
func TestExactListsFile(t *testing.T) {
	built := builtExactLists()
	if f := flag.Lookup("update"); f != nil && f.Value.String() == "true" {
		if err := os.WriteFile("exact_lists.txt", []byte(built), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if built != exactListsFile {
		t.Errorf("exact_lists.txt is not what the built-in discreet lists make: run\n\tgo test ./internal/content -run TestExactListsFile -update")
	}
}
