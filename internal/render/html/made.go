package html

import (
	"bytes"
	"os"
)

// exitMark begins the body of every page haven writes, as it has since the first: the quick
// exit (page.tmpl), by which Made knows a page of haven's.
const exitMark = `<div class="exit__inner"><a id="exit" class="exit__button"`

// Made is whether the file at path is a page haven wrote: its body begins with the quick exit.
// It reads up to the body and a little of it (the head, which holds the page's style and
// fonts, first), never past maxHead.
func Made(path string) bool {
	const maxHead, lead = 32 << 20, 256 // the exit comes within lead bytes of "<body"
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	var buf []byte
	chunk := make([]byte, 32<<10)
	from := 0 // where "<body" may begin in what is not yet searched
	for len(buf) < maxHead {
		n, err := f.Read(chunk)
		buf = append(buf, chunk[:n]...)
		if i := bytes.Index(buf[from:], []byte("<body")); i >= 0 {
			body := buf[from+i:]
			if len(body) < lead && err == nil {
				continue
			}
			return bytes.Contains(body[:min(lead, len(body))], []byte(exitMark))
		}
		if err != nil {
			return false
		}
		from = max(0, len(buf)-len("<body")+1)
	}
	return false
}
