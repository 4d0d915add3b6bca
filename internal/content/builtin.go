package content

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"io/fs"
	"strings"
	"sync"

	"haven/internal/ahead"

	defaultcontent "haven/content"
)

// BuiltinLabel names the built-in content in messages, as a user's folder is named by its path.
const BuiltinLabel = "content (built in)"

// The built-in content is known when haven is compiled, so its loads are made then too: Load
// hands out a snapshot of what it would return for the built-in content (builtin_snapshot.go,
// written by TestBuiltinSnapshot with -update) instead of reading, parsing and checking the same
// files in every run, about a fifth of a handout's time. A snapshot answers only for the files it
// was made from (sum), read with the label it was made with, with no flag that changes the
// settings, and for the languages it was made for; any other load is made as always. The sum
// cannot see a change to the code that loads: TestBuiltinSnapshot, which fails until the
// snapshot is made again, is the guard of that.
type snapshot struct {
	sum  string                    // sha256 of the built-in files' names and bytes (builtinSum)
	make func(key string) *Content // a new Content for a key (snapshotKey), or nil for none
}

// snapshots is set by the generated file; without it every load is made.
var snapshots snapshot

// fromSnapshot is Load's result for the built-in content from the snapshot, or nil.
func fromSnapshot(fsys fs.FS, label string, ov Overrides) *Content {
	if snapshots.make == nil || label != BuiltinLabel || !isBuiltin(fsys) || ov.URL != "" || ov.Campaign != "" || ov.Offset != "" {
		return nil
	}
	if builtinSum() != snapshots.sum { // files changed since the snapshot was made
		return nil
	}
	c := snapshots.make(snapshotKey(ov))
	if c == nil {
		return nil
	}
	if ov.Settled != nil {
		s := c.Settings
		ahead.Run(func() { ov.Settled(s) })
	}
	return c
}

// isBuiltin is whether fsys is the built-in content itself, not a copy of it.
func isBuiltin(fsys fs.FS) bool { return fsys == fs.FS(defaultcontent.FS) }

// snapshotKey names the loads of the built-in content a snapshot is made for: the languages
// asked for, exactly as given, and whether the discreet cards are printed. Unprintable is not in
// it: TestBuiltinSnapshot checks that typeface.Unprintable and nil make the same.
func snapshotKey(ov Overrides) string {
	key := "*"
	if ov.Langs != nil {
		key = "=" + strings.Join(ov.Langs, ",")
	}
	if ov.Discreet {
		key += " discreet"
	}
	return key
}

// builtinSum is the sha256 of the built-in content's file names and bytes, in hex: made once,
// as the files are the program's own (a run may load them more than once).
var builtinSum = sync.OnceValue(func() string {
	h := sha256.New()
	err := fs.WalkDir(defaultcontent.FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(defaultcontent.FS, p)
		h.Write(binary.AppendUvarint(nil, uint64(len(p))))
		h.Write([]byte(p))
		h.Write(binary.AppendUvarint(nil, uint64(len(data))))
		h.Write(data)
		return err
	})
	if err != nil {
		return ""
	}
	return hex.EncodeToString(h.Sum(nil))
})
