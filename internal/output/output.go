// Package output writes a run's files all or nothing. Each file goes to a hidden temporary file
// beside its place; only when every file of the run is written (and read back) are they renamed
// into place, after a journal listing every rename is on disk. So in every phase:
//
//   - a run that fails or is stopped leaves the files of the run before as they were, and takes
//     away its temporary files and the folders it made;
//   - a run killed before its renames (even with kill -9) leaves temporary files and folders
//     that the next run into the folder takes away;
//   - a run killed during its renames leaves a journal: the next run into the folder finishes
//     the renames (every file listed was complete and verified), so no folder keeps a mix of
//     two runs.
//
// A batch too large for the disk to hold twice is written placement folder by placement
// folder instead: each folder all or nothing (see Dir.Committed).
package output

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
)

// Names of the files a run keeps in the output folder while it runs.
const (
	lockName = ".haven.lock" // held by the running process
	runName  = ".haven-run"  // the folders the run made, for the next run to clear after a kill
)

// JournalName is the file listing every rename of a run, on disk before the first one: there
// while a run puts its files in place, and after one stopped midway, until the next run into
// the folder finishes its renames.
const JournalName = ".haven-journal"

// StampName is the file in the output folder that says what made the files in it (the command
// line's kit stamp). A run stages it with its files (StageStamp), so that the journal carries
// it: a run stopped during its renames, and finished by the next run into the folder, has its
// stamp put in place with the rest of its files, never the run before's left beside them.
const StampName = ".haven-kit"

// Hook, when set (by tests only), is called at named points of a run: "staged" after each
// file is staged, "journaled" once the journal is on disk, "renamed" after each file is
// renamed into place.
var Hook func(point string)

func hook(point string) {
	if Hook != nil {
		Hook(point)
	}
}

// Dir is one output folder being written by one run.
type Dir struct {
	root      string // as the user named it, for messages
	real      string // with links resolved: what the lock and the journal are about
	lock      *os.File
	released  sync.Once
	created   []string // folders this run made above and at the root, parents first
	madeSubs  []string // subfolders this run made, relative to real
	perFolder int      // files each subfolder gets; 0 when the run has no subfolders
	subdirs   []string // the subfolders, in the run's order
	space     *space
	fresh     bool                        // the folder held no file when the run began
	made      func(path string) bool      // see Guard; nil: any file may be replaced
	stampEach func(paths []string) []byte // see StampEach
	placed    []string                    // the files put in place folder by folder so far

	mu        sync.Mutex
	pending   []pending
	byFolder  map[string][]pending // pending files by subfolder, in folder-by-folder mode
	decided   bool                 // whether to write folder by folder is known
	folderBy  bool                 // writing folder by folder: the batch does not fit twice
	committed map[string]bool      // subfolders already renamed into place in that mode

	diskMu  sync.Mutex
	diskErr error // the first write the disk refused (full, over quota, read-only): see disk
}

type pending struct {
	tmp, path string
	sum       string // Sum of what tmp holds
	stamp     bool   // StampName: haven's to replace, whatever is there (StageStamp)
	// the stamp is written once the run's files are checked, just before they are put in
	// place: it is synced while the journal is written, not before it
	unsynced bool
}

// Open takes the folder for this run (one run per folder at a time), makes it and the
// subfolders named (each to receive perFolder files), finishes or clears what a killed run
// left, and returns it.
func Open(root string, subdirs []string, perFolder int) (*Dir, error) {
	if fi, err := os.Stat(root); err == nil && !fi.IsDir() {
		return nil, fmt.Errorf("--out %s is a file, not a folder", root)
	} else if err != nil {
		if err := badLink(root); err != nil {
			return nil, err
		}
	}
	d := &Dir{root: root, byFolder: map[string][]pending{}, fresh: fresh(root)}
	if len(subdirs) > 0 {
		d.perFolder, d.subdirs = perFolder, subdirs
	}
	var err error
	if d.created, err = mkdirs(root); err != nil {
		d.removeCreated()
		if de := diskError(root, root, err); de != nil {
			return nil, de
		}
		if why, instead := Unmade(root, err); why != "" {
			return nil, fmt.Errorf("cannot create the output folder %s: %s (give --out %s, e.g. --out ~/haven-kit)", root, why, instead)
		}
		return nil, fmt.Errorf("cannot create the output folder %s: %w%s", root, err, inFile(root))
	}
	if d.real, err = filepath.EvalSymlinks(root); err == nil {
		d.real, err = filepath.Abs(d.real)
	}
	if err == nil {
		d.lock, err = lock(d.real, root)
	}
	if err != nil {
		d.removeCreated()
		if de := diskError(root, d.real, err); de != nil {
			return nil, de
		}
		return nil, err
	}
	track(d)
	if err := d.nested(); err != nil {
		d.release()
		d.removeCreated()
		return nil, err
	}
	if err := d.recover(); err != nil {
		d.release()
		return nil, err
	}
	d.space = newSpace(d.real)
	if err := d.MakeDirs(subdirs...); err != nil {
		d.Abort()
		return nil, err
	}
	return d, nil
}

// Guard has the run refuse to replace a file that made does not say haven made (NotMade),
// before any file is put in place. It is set before the first file is staged.
func (d *Dir) Guard(made func(path string) bool) { d.made = made }

// MakeDirs makes subfolders (slash-separated, parents before their children) that the run
// writes into, and notes the ones it makes, so that a failed run, or the run after a killed
// one, takes them away again.
func (d *Dir) MakeDirs(subs ...string) error {
	var made, bad []string
	inWay := map[string]bool{}
	for _, sub := range subs {
		if at, is := d.inTheWay(sub); at != "" {
			if !inWay[at] {
				inWay[at] = true
				bad = append(bad, filepath.Join(d.root, filepath.FromSlash(at))+" "+is)
			}
		} else if _, err := os.Stat(filepath.Join(d.real, sub)); os.IsNotExist(err) {
			made = append(made, sub)
		}
	}
	if len(bad) > 0 {
		return refused(bad)
	}
	if len(made) == 0 {
		return nil
	}
	d.madeSubs = append(d.madeSubs, made...)
	// the list goes to disk before the folders, so the next run can clear them after a kill
	if err := writeSynced(filepath.Join(d.real, runName), strings.Join(d.madeSubs, "\n")+"\n", nil); err != nil {
		return cmp.Or(d.disk(err), fmt.Errorf("cannot write in the output folder %s: %w", d.root, err))
	}
	for _, sub := range made {
		if err := os.MkdirAll(filepath.Join(d.real, filepath.FromSlash(sub)), 0o755); err != nil {
			return cmp.Or(d.disk(err), fmt.Errorf("cannot create the output folder: %w", err))
		}
	}
	return nil
}

// inTheWay is the first folder on the way to the subfolder sub (slash-separated) that is not a
// folder of the output folder's own, and what it is instead, or "" when there is none: a file
// (the run's first write into it would fail with the system's words), or a link, which would
// take the run's files where it leads, outside the folder (a content folder's language folder
// linked into the kit: its files replaced).
func (d *Dir) inTheWay(sub string) (at, is string) {
	for _, part := range strings.Split(sub, "/") {
		at = filepath.Join(at, part)
		p := filepath.Join(d.real, at)
		fi, err := os.Lstat(p)
		switch {
		case err != nil:
			return "", ""
		case fi.Mode()&fs.ModeSymlink != 0:
			to, _ := os.Readlink(p)
			return filepath.ToSlash(at), fmt.Sprintf("is a link to %s; haven writes only into folders inside %s: remove the link, and it makes the folder", to, d.root)
		case !fi.IsDir():
			return filepath.ToSlash(at), "is a file; move it away, haven writes a folder there"
		}
	}
	return "", ""
}

// badLink refuses an output folder that is a link leading nowhere: the folder cannot be made
// through it.
func badLink(root string) error {
	fi, err := os.Lstat(root)
	if err != nil || fi.Mode()&os.ModeSymlink == 0 {
		return nil
	}
	to, _ := os.Readlink(root)
	if _, err = os.Stat(root); errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("--out %s is a link to %s, a folder that does not exist: create that folder, or remove the link, or give another --out", root, to)
	}
	return fmt.Errorf("--out %s is a link to %s that cannot be followed (%v): remove the link, or give another --out", root, to, errors.Unwrap(err))
}

// mkdirs makes dir and its missing parents and returns those it made, parents first.
func mkdirs(dir string) ([]string, error) {
	var missing []string // deepest first
	for p := filepath.Clean(dir); ; p = filepath.Dir(p) {
		if _, err := os.Lstat(p); err == nil || p == filepath.Dir(p) {
			break
		}
		missing = append(missing, p)
	}
	err := os.MkdirAll(dir, 0o755)
	var made []string
	for i := len(missing) - 1; i >= 0; i-- {
		made = append(made, missing[i])
	}
	return made, err
}

// Path is where a file named rel (slash-separated, inside the folder) is written; a name that
// would leave the folder is an error.
func (d *Dir) Path(rel string) (string, error) {
	path := filepath.Join(d.root, filepath.FromSlash(rel))
	if r, err := filepath.Rel(d.root, path); err != nil || r == "." || strings.HasPrefix(r, "..") {
		return "", fmt.Errorf("%s would be written outside the output folder %s", path, d.root)
	}
	return path, nil
}

// Stage writes data, synced to disk, to a hidden temporary file beside path, to be renamed to
// path by Commit, and returns its digest (Sum). It may be called from several goroutines. A
// file the disk has no room for is an error before it is written.
func (d *Dir) Stage(path string, data []byte) (sum string, err error) {
	sum = Sum(data)
	return sum, d.stage(path, data, sum, 0o644, false)
}

// StagePrivate is Stage for a file only its owner may read, such as where each placement
// code hangs.
func (d *Dir) StagePrivate(path string, data []byte) error {
	return d.stage(path, data, Sum(data), 0o600, false)
}

// Sum is the digest of data (SHA-256, in hex) by which a kit's stamp and a journal know a
// file by its content, whatever folder or disk it was copied to.
func Sum(data []byte) string {
	s := sha256.Sum256(data)
	return hex.EncodeToString(s[:])
}

// FileSum is Sum of the file at p, read as it is hashed; "" when it cannot be read.
func FileSum(p string) string { return readSum(func() (*os.File, error) { return os.Open(p) }) }

// readSum is Sum of the file open opens; "" when it cannot be read.
func readSum(open func() (*os.File, error)) string {
	f, err := open()
	if err != nil {
		return ""
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return ""
	}
	return hex.EncodeToString(h.Sum(nil))
}

// StampEach has a batch written folder by folder (on a disk that cannot hold it twice) put the
// folder's stamp in place with each folder: stamp is what it says once paths, the files the run
// has put in place so far, are there (nil: as it says now). So a run stopped between two folders
// leaves a stamp that notes the folders it replaced as its own.
func (d *Dir) StampEach(stamp func(paths []string) []byte) { d.stampEach = stamp }

// StageStamp stages the folder's stamp (StampName), put in place with the run's files, readable
// as they are (a user's run over a kit made with sudo reads what made it). What is there is
// haven's to replace, a link too: the rename replaces the link, not what it leads to.
func (d *Dir) StageStamp(data []byte) error {
	return d.stage(filepath.Join(d.root, StampName), data, Sum(data), 0o644, true)
}

func (d *Dir) stage(path string, data []byte, sum string, mode os.FileMode, stamp bool) error {
	tmp, err := d.temp(path, data, mode, !stamp)
	if err != nil {
		return err
	}
	hook("staged")
	return d.staged(pending{tmp, path, sum, stamp, stamp})
}

// temp writes data to a temporary file beside path with mode, synced when sync is set, once
// the disk is known to have room for it, and returns the file's name.
func (d *Dir) temp(path string, data []byte, mode os.FileMode, sync bool) (string, error) {
	if err := d.space.take(int64(len(data))); err != nil {
		return "", fmt.Errorf("cannot write %s: %w", path, err)
	}
	tmp, err := writeTemp(path, data, sync)
	if err == nil {
		err = os.Chmod(tmp, mode)
		if err != nil {
			os.Remove(tmp)
		}
	}
	if err != nil {
		return "", cmp.Or(d.disk(err), fmt.Errorf("cannot write %s: %w", path, err))
	}
	return tmp, nil
}

// staged records a staged file. In a batch, once the first subfolder is complete the run
// knows what the whole batch needs: when the disk cannot hold it beside the files it
// replaces, the run goes on folder by folder, renaming each folder as soon as it is complete.
func (d *Dir) staged(p pending) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	if halted.Load() { // Halt's Abort has taken the others away, or takes this one with them
		os.Remove(p.tmp)
		return errHalted
	}
	sub := d.subOf(p.path)
	if d.perFolder == 0 || sub == filepath.Base(p.path) { // a file beside the folders
		d.pending = append(d.pending, p)
		return nil
	}
	files := append(d.byFolder[sub], p)
	d.byFolder[sub] = files
	if len(files) < d.perFolder {
		return nil
	}
	delete(d.byFolder, sub)
	if !d.decided {
		d.decided = true
		left := len(d.subdirs) - 1
		d.folderBy = !d.space.fits(folderBytes(files) * int64(left))
	}
	if !d.folderBy {
		d.pending = append(d.pending, files...)
		return nil
	}
	if err := d.replaceable(files); err != nil {
		drop(files) // out of byFolder, and so of what Abort removes
		return err
	}
	for _, f := range files {
		d.placed = append(d.placed, f.path)
	}
	if d.stampEach != nil { // the folder's files and the stamp that notes them, in one journal
		if data := d.stampEach(slices.Clone(d.placed)); data != nil {
			path := filepath.Join(d.root, StampName)
			tmp, err := d.temp(path, data, 0o644, false)
			if err != nil {
				return err
			}
			files = append(files, pending{tmp, path, Sum(data), true, true})
		}
	}
	if renamed, err := d.rename(files); err != nil {
		if !renamed {
			drop(files)
		}
		return err
	}
	if d.committed == nil {
		d.committed = map[string]bool{}
	}
	d.committed[sub] = true
	return nil
}

// subOf is the subfolder of the output folder that path is in.
func (d *Dir) subOf(path string) string {
	rel, _ := filepath.Rel(d.root, path)
	return strings.SplitN(filepath.ToSlash(rel), "/", 2)[0]
}

func folderBytes(files []pending) int64 {
	var n int64
	for _, p := range files {
		if fi, err := os.Stat(p.tmp); err == nil {
			n += (fi.Size() + 4095) &^ 4095 // in whole blocks, as the disk counts
		}
	}
	return n
}

// Fresh is whether the folder held nothing (but what a killed run left) when the run began:
// a run stopped there has no earlier files to keep.
func (d *Dir) Fresh() bool { return d.fresh }

// fresh is whether dir does not exist or holds nothing but what a killed run left.
func fresh(dir string) bool {
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if name := e.Name(); name != lockName && name != runName && name != JournalName && !isTemp(name) {
			return false
		}
	}
	return true
}

// Committed splits the subfolders of a batch written folder by folder into those already put
// in place, which stay when the run fails or is stopped, and those left as they were, each in
// the run's order. Both are nil for a run written whole.
func (d *Dir) Committed() (done, left []string) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if len(d.committed) == 0 {
		return nil, nil
	}
	for _, sub := range d.subdirs {
		if d.committed[sub] {
			done = append(done, sub)
		} else {
			left = append(left, sub)
		}
	}
	return done, left
}

// Commit renames every staged file into place and releases the folder. When a target cannot
// be replaced, nothing is changed; when a rename fails midway, the journal stays and the next
// run into the folder finishes the renames.
func (d *Dir) Commit() error {
	d.mu.Lock()
	files := d.pending
	for _, rest := range d.byFolder { // none, unless a caller staged fewer files than it said
		files = append(files, rest...)
	}
	d.byFolder = map[string][]pending{}
	d.mu.Unlock()
	if err := d.replaceable(files); err != nil {
		d.Abort()
		return err
	}
	if renamed, err := d.rename(files); err != nil {
		if renamed { // the journal holds what the next run puts in place
			d.release()
		} else { // nothing was replaced, and nothing of the run stays
			d.Abort()
		}
		return err
	}
	os.Remove(filepath.Join(d.real, runName))
	d.release()
	return nil
}

// rename puts files in place, once replaceable has checked them: first the journal, then
// each rename, then the journal goes. One file needs no journal: its rename is atomic, and a
// run stopped before it leaves the old file in place and a temporary file that the next run
// clears. renamed says whether the journal was written, and so the renames begun.
func (d *Dir) rename(files []pending) (renamed bool, err error) {
	renaming.Add(1)
	defer renaming.Add(-1)
	if halted.Load() { // after renaming is counted: Halt sees one or this sees it
		return false, errHalted
	}
	placed.Store(true)
	journal := len(files) > 1
	if journal {
		err = d.writeJournal(files)
	} else {
		err = syncUnsynced(files) // one file: nothing to sync beside
	}
	if err != nil {
		return false, fmt.Errorf("%w; nothing was replaced", cmp.Or(d.disk(err), fmt.Errorf("cannot write in the output folder %s: %w", d.root, err)))
	}
	hook("journaled")
	dirs := map[string]bool{}
	for i, p := range files {
		if err := os.Rename(p.tmp, p.path); err != nil {
			return journal, fmt.Errorf("cannot write %s: %w (%d of %d files were replaced; the others are complete and checked, in temporary files listed in %s: the next haven run into %s puts them in place)",
				p.path, err, i, len(files), filepath.Join(d.root, JournalName), d.root)
		}
		dirs[filepath.Dir(p.path)] = true
		hook("renamed")
	}
	for dir := range dirs {
		syncDir(dir)
	}
	// the journal's removal need not reach the disk before the run ends: a journal that comes
	// back after a crash lists only files already renamed, and the next run skips them
	if journal {
		os.Remove(filepath.Join(d.real, JournalName))
	}
	return true, nil
}

// Abort removes every staged file and the folders this run made (a folder that is not empty
// stays), and releases the folder.
func (d *Dir) Abort() {
	d.mu.Lock()
	files := d.pending
	for _, rest := range d.byFolder {
		files = append(files, rest...)
	}
	d.pending, d.byFolder = nil, map[string][]pending{}
	d.mu.Unlock()
	drop(files)
	for i := len(d.madeSubs) - 1; i >= 0; i-- {
		os.Remove(filepath.Join(d.real, d.madeSubs[i]))
	}
	os.Remove(filepath.Join(d.real, runName))
	d.release()
	d.removeCreated()
}

// renaming counts the runs of this process putting their files in place.
var renaming atomic.Int32

// Renaming reports whether a run is putting its files in place: stopped then, its folder
// would hold old and new files side by side until the next run finishes the renames, so a
// stop waits for them.
func Renaming() bool { return renaming.Load() > 0 }

// placed is whether a run of this process began to put its files in place.
var placed atomic.Bool

// Placed reports whether a run of this process began to put its files in place: a run stopped
// after, that ended all the same, ended them.
func Placed() bool { return placed.Load() }

// drop removes the temporary files of files, staged and not put in place.
func drop(files []pending) {
	for _, p := range files {
		os.Remove(p.tmp)
	}
}

// release gives the folder up: the lock file goes, and the lock with it.
func (d *Dir) release() {
	d.released.Do(func() {
		openDirs.Lock()
		delete(openDirs.m, d)
		openDirs.Unlock()
		if d.lock != nil {
			os.Remove(filepath.Join(d.real, lockName))
			d.lock.Close()
		}
	})
}

// openDirs are the folders this process holds, for Halt to take their files away.
var openDirs struct {
	sync.Mutex
	m map[*Dir]bool
}

// track notes d among the folders this process holds.
func track(d *Dir) {
	openDirs.Lock()
	defer openDirs.Unlock()
	if openDirs.m == nil {
		openDirs.m = map[*Dir]bool{}
	}
	openDirs.m[d] = true
}

// halted is set by Halt: no run of this process begins to put its files in place after it,
// nor keeps a file it stages.
var halted atomic.Bool

// errHalted is what a run meets that was halted before it put its files in place.
var errHalted = errors.New("stopped before its files were put in place; nothing was replaced")

// Halt ends the runs of this process, for a process about to exit (stopped, and not ending of
// itself): one that has not begun to put its files in place never does, and takes its temporary
// files and the folders it made away now, as Abort does, so that none is left in the folder to be
// copied with the kit. It reports whether a run is putting its files in place (Renaming): the
// caller lets that end first, then calls Halt again.
func Halt() (renaming bool) {
	halted.Store(true)
	// a run that checked halted before it was set has counted itself among those renaming
	if Renaming() {
		return true
	}
	openDirs.Lock()
	dirs := slices.Collect(maps.Keys(openDirs.m))
	openDirs.Unlock()
	for _, d := range dirs {
		d.Abort()
	}
	return false
}

// removeCreated removes the folders this run made at and above the output folder, deepest
// first, where they are empty.
func (d *Dir) removeCreated() {
	for i := len(d.created) - 1; i >= 0; i-- {
		os.Remove(d.created[i])
	}
}

// depth is how many folder levels below the output folder a run writes, and clears the
// temporary files a killed run left.
const depth = 2

// nested refuses the run while another haven run writes into a folder up to depth levels
// above or below this one: each clears the temporary files it finds below its folder at
// start, which would be the other's. Each run takes its own lock before it looks, so of two
// runs starting at once at least one sees the other.
func (d *Dir) nested() error {
	for up, i := d.real, 0; i < depth && up != filepath.Dir(up); i++ {
		up = filepath.Dir(up)
		if d.heldByOther(up) {
			return d.busy(up, "around")
		}
	}
	if below := d.heldBelow(d.real, depth); below != "" {
		return d.busy(below, "inside")
	}
	return nil
}

// heldBelow is the first folder up to n levels below dir (links followed, as the run's
// writes follow them) that another run holds, or "".
func (d *Dir) heldBelow(dir string, n int) string {
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		sub := filepath.Join(dir, e.Name())
		if e.Type()&os.ModeSymlink != 0 {
			if fi, err := os.Stat(sub); err != nil || !fi.IsDir() {
				continue
			}
		} else if !e.IsDir() {
			continue
		}
		if d.heldByOther(sub) {
			return sub
		}
		if n > 1 {
			if below := d.heldBelow(sub, n-1); below != "" {
				return below
			}
		}
	}
	return ""
}

// heldByOther is whether another run holds the folder dir (a link back to this run's own
// folder is this run).
func (d *Dir) heldByOther(dir string) bool {
	name := filepath.Join(dir, lockName)
	there, err := os.Stat(name)
	if err != nil {
		return false
	}
	if own, err := d.lock.Stat(); err == nil && os.SameFile(own, there) {
		return false
	}
	return held(name)
}

// busy is the refusal for a run while another writes into the folder other, where is how it
// lies to this run's folder ("around" or "inside").
func (d *Dir) busy(other, where string) error {
	name := other
	if rel, err := filepath.Rel(d.real, other); err == nil {
		if lexical := filepath.Join(d.root, rel); sameFolder(lexical, other) {
			name = lexical
		}
	}
	return fmt.Errorf("another haven run is writing to %s, a folder %s --out %s; a run clears the temporary files it finds in the folders below its own, so the two cannot run at once: wait for it to finish, or give an --out outside it", name, where, d.root)
}

func sameFolder(a, b string) bool {
	fa, err1 := os.Stat(a)
	fb, err2 := os.Stat(b)
	return err1 == nil && err2 == nil && os.SameFile(fa, fb)
}

// ReadStamp reads the folder's stamp (StampName) as the folder holds it once the renames of a
// run stopped midway are finished: the run's own, staged, where its journal lists it and it is
// still there; else the file in place. plain is whether that is a file of the folder's own, not
// a link. A stamp that is there but is not a file, or is larger than any haven writes, or cannot
// be read, is a *StampError; any other error is of the folder, for the run to meet as it writes
// there (none there is fs.ErrNotExist).
func ReadStamp(root string) (data []byte, plain bool, err error) {
	if journal, err := os.ReadFile(filepath.Join(root, JournalName)); err == nil {
		d := &Dir{root: root, real: root}
		entries, _ := d.readJournal(string(journal)) // one haven would not replay: the file in place
		for _, e := range slices.Backward(entries) {
			if e.path != StampName {
				continue
			}
			if data, err := readStamp(filepath.Join(root, e.tmp)); err == nil || errors.As(err, new(*StampError)) {
				return data, true, err
			}
		}
	}
	p := filepath.Join(root, StampName)
	fi, err := os.Lstat(p)
	if err != nil {
		return nil, false, err
	}
	data, err = readStamp(p)
	return data, fi.Mode().IsRegular(), err
}

// stampLimit is far more than a stamp haven writes holds: the names of a batch's files.
const stampLimit = 64 << 20

// A StampError is a stamp that is there but cannot be read.
type StampError struct{ Err error }

func (e *StampError) Error() string { return e.Err.Error() }
func (e *StampError) Unwrap() error { return e.Err }

// readStamp reads the stamp at p, through a link: a regular file no larger than stampLimit (a
// named pipe would wait for a writer for ever).
func readStamp(p string) ([]byte, error) {
	fi, err := os.Stat(p)
	switch {
	case err != nil:
		return nil, err
	case !fi.Mode().IsRegular():
		return nil, &StampError{errors.New("is not a file (a folder, a named pipe or a device)")}
	case fi.Size() > stampLimit:
		return nil, &StampError{fmt.Errorf("is %d MB, larger than any haven writes", fi.Size()>>20)}
	}
	data, err := os.ReadFile(p)
	if err != nil {
		return nil, &StampError{err}
	}
	return data, nil
}

// Stopped reports whether a run into root was stopped while it put its files in place (its
// journal is there): the folder holds some files of that run and some of the one before, until
// the next run into it finishes the renames.
func Stopped(root string) bool {
	_, err := os.Lstat(filepath.Join(root, JournalName))
	return err == nil
}

// recover finishes what a run killed during its renames left (its journal lists files that
// were complete and checked), then clears the temporary files and the empty folders a run
// killed earlier left.
func (d *Dir) recover() error {
	journal := filepath.Join(d.real, JournalName)
	if data, err := os.ReadFile(journal); err == nil {
		entries, err := d.readJournal(string(data))
		if err != nil {
			return err
		}
		// inside the folder only: a link in it (out/p0001 to a folder elsewhere) is not followed
		root, err := os.OpenRoot(d.real)
		if err != nil {
			return err
		}
		defer root.Close()
		var lost, kept []string
		for _, e := range entries {
			if _, err := root.Lstat(e.tmp); err != nil {
				// renamed before the run stopped, unless the file in place is another
				if fi, err := root.Lstat(e.path); e.id != 0 && (err != nil || !e.renamed(root, fi)) {
					lost = append(lost, filepath.Join(d.root, e.path))
				}
				continue
			}
			// a file put in its place since the run stopped (there was none, or another) is
			// someone's: it is kept, and the stopped run's file left out
			if fi, err := root.Lstat(e.path); err == nil && e.putSince(root, fi) {
				root.Remove(e.tmp)
				kept = append(kept, filepath.Join(d.root, e.path))
				continue
			}
			if err := root.Rename(e.tmp, e.path); err != nil {
				return fmt.Errorf("cannot finish the renames a stopped run left in %s: %w (its journal is %s)", d.root, err, filepath.Join(d.root, JournalName))
			}
		}
		os.Remove(journal)
		syncDir(d.real)
		switch {
		case len(kept) > 0:
			return fmt.Errorf("a haven run stopped in %s while it put its files in place, and files were put where it writes since (%d in all: %s): haven kept them and put the others in place, so the folder holds files of two runs. Move those files elsewhere if they are yours, then run the stopped run's command again to write them all", d.root, len(kept), strings.Join(kept[:min(len(kept), 3)], ", "))
		case len(lost) > 0:
			return fmt.Errorf("a haven run stopped in %s while it put its files in place, and files of it were gone before this run could put them there (%d in all: %s): those keep what they held before, so the folder holds files of two runs. The others are now in place and this run wrote nothing more; run the stopped run's command again to write them all", d.root, len(lost), strings.Join(lost[:min(len(lost), 3)], ", "))
		}
	}
	clearTemps(d.real, depth)
	if data, err := os.ReadFile(filepath.Join(d.real, runName)); err == nil {
		subs := strings.Fields(string(data))
		for i := len(subs) - 1; i >= 0; i-- { // children before their parents
			if filepath.IsLocal(subs[i]) {
				os.Remove(filepath.Join(d.real, subs[i])) // only if empty
			}
		}
		os.Remove(filepath.Join(d.real, runName))
	}
	return nil
}

// clearTemps removes the temporary files (writeTemp's) in dir and in the folders below it, to
// depth levels down. Each folder is read once; a link to a folder is not followed.
func clearTemps(dir string, depth int) {
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		name := e.Name()
		switch {
		case e.IsDir() && depth > 0:
			clearTemps(filepath.Join(dir, name), depth-1)
		case isTemp(name):
			os.Remove(filepath.Join(dir, name))
		}
	}
}

// isTemp is whether name is one writeTemp makes: ".NAME.RANDOM.tmp", RANDOM the decimal digits
// os.CreateTemp puts in. A file of the user's named like one (a spreadsheet's ".budget.xlsx.tmp",
// Syncthing's ".syncthing.x.pdf.tmp") is none: the next run clears these.
func isTemp(name string) bool {
	rest, ok := strings.CutPrefix(name, ".")
	rest, tmp := strings.CutSuffix(rest, ".tmp")
	i := strings.LastIndexByte(rest, '.')
	return ok && tmp && i > 0 && i < len(rest)-1 && strings.Trim(rest[i+1:], "0123456789") == ""
}

// A journal line is "TMP<tab>PATH<tab>ID<tab>WAS<tab>SUM<tab>WASSUM": the temporary file, the
// file it becomes (both relative to the output folder), the temporary file's identity on its
// disk (its inode; 0 where not known), by which the next run tells a file renamed from one lost,
// and the file it replaces as stampOf gives it ("none" where there was none), by which it tells
// a file put or written there since from the one the run meant to replace. SUM and WASSUM are
// the two files' digests (Sum; "none" for no file): a folder copied after the kill (a backup
// restored, a copy on another disk) gives every file a new identity, and the next run knows
// the files by their content then. Journals of earlier versions have fewer.
type entry struct {
	tmp, path   string
	id          uint64
	was         string // "" where the journal does not say
	sum, wasSum string // "" where the journal does not say
}

// renamed is whether the file in place, fi, is the one e renamed there.
func (e entry) renamed(root *os.Root, fi os.FileInfo) bool {
	return e.id == 0 || fileID(fi) == e.id || e.sum != "" && rootSum(root, e.path, fi) == e.sum
}

// putSince is whether the file in place, fi, is not the one e was to replace: one put or
// written there since the run stopped. The stamp is haven's to replace, whatever is there.
func (e entry) putSince(root *os.Root, fi os.FileInfo) bool {
	return e.path != StampName && e.was != "" && e.was != stampOf(fi) &&
		(e.wasSum == "" || e.wasSum == "none" || rootSum(root, e.path, fi) != e.wasSum)
}

// rootSum is FileSum of the file fi at p inside root (no link followed out of it); "" when it
// is not a plain file (a named pipe would wait for a writer for ever) or cannot be read.
func rootSum(root *os.Root, p string, fi os.FileInfo) string {
	if !fi.Mode().IsRegular() {
		return ""
	}
	return readSum(func() (*os.File, error) { return root.Open(p) })
}

// stampOf is a file as a journal's WAS gives it: its identity on its disk and when it was last
// written, which a file written in its place, or over it, changes; "none" for no file.
func stampOf(fi os.FileInfo) string {
	if fi == nil {
		return "none"
	}
	return strconv.FormatUint(fileID(fi), 10) + "." + strconv.FormatInt(fi.ModTime().UnixNano(), 10)
}

// writeJournal writes the list of renames, synced, under its final name in one rename.
func (d *Dir) writeJournal(files []pending) error {
	var b strings.Builder
	for _, p := range files {
		tmp, err1 := filepath.Rel(d.root, p.tmp)
		path, err2 := filepath.Rel(d.root, p.path)
		fi, err3 := os.Lstat(p.tmp)
		if err := errors.Join(err1, err2, err3); err != nil {
			return err
		}
		var before os.FileInfo
		wasSum := "none"
		if b, err := os.Lstat(p.path); err == nil {
			before = b
			if b.Mode().IsRegular() {
				wasSum = cmp.Or(FileSum(p.path), "none")
			}
		}
		fmt.Fprintf(&b, "%s\t%s\t%d\t%s\t%s\t%s\n", tmp, path, fileID(fi), stampOf(before), cmp.Or(p.sum, "none"), wasSum)
	}
	late := syncLate(files)
	return writeSynced(filepath.Join(d.real, JournalName), b.String(), late)
}

// syncLate syncs the files not yet synced, on another goroutine, and returns what waits for it:
// the stamp, the last file written, reaches the disk while the journal does.
func syncLate(files []pending) func() error {
	var err error
	var wg sync.WaitGroup
	wg.Go(func() { err = syncUnsynced(files) })
	return func() error {
		wg.Wait()
		return err
	}
}

// syncUnsynced syncs the files written but not yet synced (the stamp).
func syncUnsynced(files []pending) error {
	var err error
	for _, p := range files {
		if p.unsynced {
			err = cmp.Or(err, syncFile(p.tmp))
		}
	}
	return err
}

// syncFile syncs the file at p to disk.
func syncFile(p string) error {
	f, err := os.Open(p)
	if err != nil {
		return err
	}
	defer f.Close()
	return f.Sync()
}

// readJournal reads a journal, every line before any rename: a journal is a file in a folder
// anyone may have copied or made, so only renames haven makes are taken, a temporary file of
// writeTemp's to the file beside it, inside the output folder and no deeper than a run writes,
// each file once.
func (d *Dir) readJournal(data string) ([]entry, error) {
	var entries []entry
	seen := map[string]bool{}
	for _, line := range strings.Split(strings.TrimSuffix(data, "\n"), "\n") {
		f := strings.Split(line, "\t")
		e := entry{}
		ok := len(f) >= 2 && len(f) <= 6
		if ok {
			e.tmp, e.path = filepath.Clean(filepath.FromSlash(f[0])), filepath.Clean(filepath.FromSlash(f[1]))
			if len(f) >= 3 {
				_, err := fmt.Sscan(f[2], &e.id)
				ok = err == nil
			}
			if len(f) >= 4 {
				id, ns, dot := strings.Cut(f[3], ".")
				ok = ok && (f[3] == "none" || dot && strings.Trim(id, "0123456789") == "" && strings.Trim(strings.TrimPrefix(ns, "-"), "0123456789") == "" && id != "" && ns != "")
				e.was = f[3]
			}
			for i, sum := range []*string{&e.sum, &e.wasSum} {
				if len(f) > 4+i {
					*sum = f[4+i]
					ok = ok && (*sum == "none" || len(*sum) == 64 && strings.Trim(*sum, "0123456789abcdef") == "")
				}
			}
		}
		dir, base := filepath.Split(e.path)
		if !ok || !filepath.IsLocal(e.path) || !filepath.IsLocal(e.tmp) || filepath.Dir(e.tmp) != filepath.Dir(e.path) ||
			!isTemp(filepath.Base(e.tmp)) || !strings.HasPrefix(filepath.Base(e.tmp), "."+base+".") ||
			strings.Count(filepath.ToSlash(dir), "/") > depth || seen[e.path] {
			return nil, fmt.Errorf("the journal %s lists a rename haven never makes (%q); haven replays none of it. If no haven run was stopped while it wrote to %s, remove %s", filepath.Join(d.root, JournalName), line, d.root, filepath.Join(d.root, JournalName))
		}
		seen[e.path] = true
		entries = append(entries, e)
	}
	return entries, nil
}

// writeTemp writes data, synced to disk when sync is set, to a new hidden temporary file beside
// path and returns its name; on failure it leaves nothing.
func writeTemp(path string, data []byte, sync bool) (string, error) {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return "", err
	}
	_, err = f.Write(data)
	if err == nil && sync {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(f.Name())
		return "", err
	}
	return f.Name(), nil
}

// writeSynced writes a small file whole or not at all, and syncs it and its folder. When before
// is given, the file is put in place only once before returns nil.
func writeSynced(path, data string, before func() error) error {
	tmp, err := writeTemp(path, []byte(data), true)
	if err == nil && before != nil {
		if err = before(); err != nil {
			os.Remove(tmp)
		}
	}
	if err != nil {
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return err
	}
	syncDir(filepath.Dir(path))
	return nil
}

// syncDir makes the renames in dir durable; where the system cannot, the renames stand anyway.
func syncDir(dir string) {
	if f, err := os.Open(dir); err == nil {
		f.Sync()
		f.Close()
	}
}

// replaceable checks, before anything changes, that every target can be replaced by a file,
// and is one haven made (Guard).
func (d *Dir) replaceable(files []pending) error {
	if d.made != nil {
		var targets []string
		for _, p := range files {
			if !p.stamp {
				targets = append(targets, p.path)
			}
		}
		if err := NotMade(d.root, targets, d.made); err != nil {
			return err
		}
	}
	checked := map[string]bool{}
	var bad []string
	for _, p := range files {
		if dir := filepath.Dir(p.path); !checked[dir] {
			checked[dir] = true
			if err := writableDir(dir); err != nil {
				bad = append(bad, fmt.Sprintf("%s: %v", dir, err))
			}
		}
		fi, err := os.Lstat(p.path)
		switch {
		case err != nil:
		case fi.IsDir():
			bad = append(bad, p.path+" is a folder; move it away, haven writes a file there")
		case p.stamp && fi.Mode()&os.ModeSymlink != 0:
		case !fi.Mode().IsRegular():
			bad = append(bad, p.path+" is not a regular file; move it away, haven writes a file there")
		default:
			if err := changeable(p.path); err != nil {
				bad = append(bad, fmt.Sprintf("%s: %v", p.path, err))
			}
		}
	}
	if len(bad) == 0 {
		return nil
	}
	return refused(bad)
}

// NotMade refuses the files among paths, in the output folder root, that are there and that
// made does not say haven made, naming them and what to do: haven never replaces a file it did
// not make (the user's own, in the folder given as --out). A path that is not there costs one
// look; made reads the others. Folders and links in the way are replaceable's to refuse.
func NotMade(root string, paths []string, made func(path string) bool) error {
	var theirs []string
	for _, p := range paths {
		if fi, err := os.Lstat(p); err == nil && fi.Mode().IsRegular() && !made(p) {
			theirs = append(theirs, p)
		}
	}
	if len(theirs) == 0 {
		return nil
	}
	sort.Strings(theirs)
	files, left := fmt.Sprintf("%d files", len(theirs)), "them as they were; move them elsewhere (with what you changed in them)"
	if len(theirs) == 1 {
		files, left = "1 file", "it as it was; move it elsewhere (with what you changed in it)"
	}
	shown := strings.Join(theirs[:min(3, len(theirs))], ", ")
	if len(theirs) > 3 {
		shown += fmt.Sprintf(" and %d more", len(theirs)-3)
	}
	return fmt.Errorf("%s holds %s haven did not make, or changed since it made them, where this run writes its own (%s): haven replaces only files it made as it made them, and left %s, or give another folder with --out",
		root, files, shown, left)
}

// refused is the error for things in the way of the run's files, said before anything changes.
func refused(bad []string) error {
	sort.Strings(bad)
	if len(bad) > 5 {
		bad = append(bad[:5], fmt.Sprintf("and %d more", len(bad)-5))
	}
	return fmt.Errorf("cannot replace the files in place, so nothing was replaced:\n%s", strings.Join(bad, "\n"))
}

// inFile says which part of the folder path root is a file ("--out notes.txt/kit"), if one is.
func inFile(root string) string {
	for p := filepath.Dir(root); p != filepath.Dir(p); p = filepath.Dir(p) {
		if fi, err := os.Stat(p); err == nil {
			if !fi.IsDir() {
				return fmt.Sprintf(" (%s is a file, not a folder: give --out a folder outside it)", p)
			}
			return ""
		}
	}
	return ""
}
