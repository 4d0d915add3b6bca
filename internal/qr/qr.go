// Package qr builds the links haven's QR codes carry and the module matrices that draw them.
package qr

import (
	"fmt"
	"net/url"
	"slices"
	"strings"
	"sync"

	qrcode "github.com/skip2/go-qrcode"

	"haven/internal/ahead"
)

// QuietZone is the blank margin, in modules, that scanners need around a code.
const QuietZone = 4

// Link is what one QR code opens: the resource URL plus, for a campaign, tracking fields.
type Link struct {
	Base      string // the resource URL, https only (checked by content)
	Kind      string // utm_source: handout, cards, poster; "" for none, and no utm_medium
	Campaign  string // utm_campaign; no tracking at all when empty
	Placement string // utm_content: an opaque code such as p07, never a place name
}

// URL returns the link. Fields come in a fixed order so identical inputs give identical codes.
// A field of the same name already in Base (utm_source=web in resource_url) is replaced, not
// doubled, so the link carries one value of each; Base's other fields keep their place and
// spelling, and a #fragment stays at the end, where the page reads it.
func (l Link) URL() string {
	if l.Campaign == "" {
		return l.Base
	}
	var add []string
	if l.Kind != "" { // none for the discreet card: "from a printed card" would stay in the history too
		add = append(add, "utm_source="+url.QueryEscape(l.Kind), "utm_medium=print")
	}
	add = append(add, "utm_campaign="+url.QueryEscape(l.Campaign))
	if l.Placement != "" {
		add = append(add, "utm_content="+url.QueryEscape(l.Placement))
	}
	base, fragment, hasFragment := strings.Cut(l.Base, "#")
	base, query, _ := strings.Cut(base, "?")
	var q []string
	for _, f := range strings.Split(query, "&") {
		if f != "" && !slices.ContainsFunc(add, func(a string) bool { return sameField(a, f) }) {
			q = append(q, f)
		}
	}
	u := base + "?" + strings.Join(append(q, add...), "&")
	if hasFragment {
		u += "#" + fragment
	}
	return u
}

// sameField tells whether two query fields (name=value) have the same name, as a server
// decodes it (utm%5Fsource is utm_source), in any case: analytics read UTM_SOURCE as
// utm_source, and the printed address leaves out both (content.PrintedURL).
func sameField(a, b string) bool {
	name := func(f string) string {
		k, _, _ := strings.Cut(f, "=")
		if u, err := url.QueryUnescape(k); err == nil {
			return u
		}
		return k
	}
	return strings.EqualFold(name(a), name(b))
}

// A Code is the QR code for one payload. Its size is known as soon as it is made (Encode): the
// version follows from the payload's length alone, and a layout needs only the size. Its
// modules are the costly part (go-qrcode builds and scores the symbol for each of its 8 masks:
// 0.3 ms warm, up to 0.7 ms in a fresh process): they are made on another core from the
// moment the code is, and waited for where the code is drawn and read back.
type Code struct {
	n       int
	q       *qrcode.QRCode // until the modules are made
	once    sync.Once
	modules [][]bool
	failed  any // what making them panicked with, raised again for each that asks for them
}

// Len is how many modules the code is across, without its quiet zone; 0 for none.
func (c *Code) Len() int {
	if c == nil {
		return 0
	}
	return c.n
}

// Modules are the code's dark modules, without quiet zone, made once (the first asking waits
// for them). They are shared, so callers must not change them. A panic in making them is
// raised in each goroutine that asks, where a run turns it into one document's error.
func (c *Code) Modules() [][]bool {
	if c == nil {
		return nil
	}
	c.make()
	if c.failed != nil {
		panic(c.failed)
	}
	return c.modules
}

// make makes the modules once, keeping a panic for Modules to raise.
func (c *Code) make() {
	c.once.Do(func() {
		defer func() { c.failed = recover() }()
		m := c.q.Bitmap()
		if len(m) != c.n {
			panic(fmt.Sprintf("a QR code of version %d is %d modules across, not %d", (c.n-17)/4, len(m), c.n))
		}
		c.modules, c.q = m, nil
	})
}

// Given is a code of modules already made, as a test draws one.
func Given(modules [][]bool) *Code {
	c := &Code{n: len(modules), modules: modules}
	c.once.Do(func() {})
	return c
}

// newCode readies the code for payload, error correction M (readable with 15% damage: a folded
// or scuffed flyer still scans), without making its modules.
func newCode(payload string) (*Code, error) {
	q, err := qrcode.New(payload, qrcode.Medium)
	if err != nil {
		return nil, fmt.Errorf("cannot make a QR code for %q: %w", payload, err)
	}
	q.DisableBorder = true // must be set before the first Bitmap call
	return &Code{n: 17 + 4*q.VersionNumber, q: q}, nil
}

// Len is how many modules across the code for payload is, without making it: for a layout
// that tries addresses of many lengths.
func Len(payload string) (int, error) {
	c, err := newCode(payload)
	return c.Len(), err
}

// codes remembers codes already made: a kit prints the same few URLs on every page, and a
// layout may be tried at several sizes. It is emptied when full, so a batch of thousands of
// placements does not grow it.
var codes = struct {
	sync.Mutex
	m map[string]*Code
}{m: map[string]*Code{}}

const maxCached = 64

// Encode is the code for payload, its modules begun on another core when it is new.
func Encode(payload string) (*Code, error) {
	codes.Lock()
	c := codes.m[payload]
	codes.Unlock()
	if c != nil {
		return c, nil
	}
	c, err := newCode(payload)
	if err != nil {
		return nil, err
	}
	codes.Lock()
	if had := codes.m[payload]; had != nil { // made meanwhile by another goroutine
		codes.Unlock()
		return had, nil
	}
	if len(codes.m) >= maxCached {
		codes.m = map[string]*Code{}
	}
	codes.m[payload] = c
	codes.Unlock()
	ahead.Run(c.make)
	return c, nil
}

// Matrix returns the dark modules of the code for payload, made now if they are not made yet.
func Matrix(payload string) ([][]bool, error) {
	c, err := Encode(payload)
	return c.Modules(), err
}
