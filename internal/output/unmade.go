package output

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"unicode/utf8"
)

// Unmade says in plain words why the folder dir could not be made where the system's words
// name no way out, with what to give instead: a name longer than the disk takes ("file name
// too long"), or a folder the system keeps that takes none of the user's ("no such file or
// directory" for /proc/xx, /proc being there), a disk mounted read-only, or a link on the way
// that leads back to itself (loopa to loopb to loopa: "file exists"). why is "" for another
// error.
func Unmade(dir string, err error) (why, instead string) {
	if err == nil {
		return "", ""
	}
	for p := filepath.Clean(dir); p != filepath.Dir(p); p = filepath.Dir(p) {
		if _, serr := os.Stat(p); errors.Is(serr, syscall.ELOOP) {
			for ; ; p = filepath.Dir(p) { // the first link of the loop on the way
				if _, serr := os.Stat(filepath.Dir(p)); !errors.Is(serr, syscall.ELOOP) {
					break
				}
			}
			to, _ := os.Readlink(p)
			return fmt.Sprintf("%s is a link to %s, which leads back to it, so no folder can be made through it", p, to), "a folder of your own"
		}
	}
	switch {
	case errors.Is(err, syscall.EROFS):
		return "the disk is read-only", "a folder on another disk"
	case errors.Is(err, syscall.ENAMETOOLONG):
		for p := filepath.Clean(dir); p != filepath.Dir(p); p = filepath.Dir(p) {
			if name := filepath.Base(p); len(name) > maxName {
				short := name
				if utf8.RuneCountInString(short) > 40 {
					short = string([]rune(short)[:40]) + "…"
				}
				return fmt.Sprintf("the name %s has %d bytes, more than the %d a file system takes for one name", short, len(name), maxName), "a folder with a shorter name"
			}
		}
		return fmt.Sprintf("the path is %d bytes long, more than the system takes", len(dir)), "a folder with a shorter path"
	case errors.Is(err, fs.ErrNotExist):
		for p := filepath.Dir(filepath.Clean(dir)); p != filepath.Dir(p); p = filepath.Dir(p) {
			if fi, serr := os.Lstat(p); serr == nil {
				if fi.IsDir() { // there, yet what is made in it is not: the system's (/proc, /sys); not a link that leads nowhere
					return fmt.Sprintf("%s is a folder the system keeps for itself, which takes no folder of yours", p), "a folder of your own"
				}
				break
			}
		}
	}
	return "", ""
}

// maxName is the most bytes a name of a file or folder may have on the file systems haven
// writes to (ext4, APFS, NTFS in UTF-16 units, about as many).
const maxName = 255
