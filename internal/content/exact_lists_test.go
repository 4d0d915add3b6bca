package content

import (
	"flag"
	"maps"
	"os"
	"slices"
	"strings"
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

// builtExactLists is exact_lists.txt as the built-in lists make it: each word or phrase of
// every list, in the forms the list's language gives it, as exactSplit folds it, and the
// languages whose lists hold it, one a line in order.
func builtExactLists() string {
	langs := map[string][]string{}
	for _, lang := range slices.Sorted(maps.Keys(avoidDefaults())) {
		for _, a := range builtinSets()[lang]().words {
			k := strings.Join(exactSplit(a.as), " ")
			if !slices.Contains(langs[k], lang) {
				langs[k] = append(langs[k], lang)
			}
		}
	}
	var b strings.Builder
	for _, k := range slices.Sorted(maps.Keys(langs)) {
		b.WriteString(k + "\t" + strings.Join(langs[k], ",") + "\n")
	}
	return b.String()
}
