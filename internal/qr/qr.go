// Package qr builds the links haven's QR codes carry and the module matrices that draw them.
package qr

import (
	"fmt"
	"net/url"
	"slices"
	"strings"
	"sync"

	qrcode "github.com/skip2/go-qrcode"
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

// matrices remembers codes already made or being made: a kit prints the same few URLs on
// every page, a layout may be tried at several sizes, and a run makes a code ahead on an idle
// core (one asking for it meanwhile waits for it, not makes it again). It is emptied when full,
// so a batch of thousands of placements does not grow it. The matrices are shared, so callers
// must not change them.
var matrices = struct {
	sync.Mutex
	m map[string]*matrix
}{m: map[string]*matrix{}}

type matrix struct {
	once    sync.Once
	modules [][]bool
	err     error
}

const maxCached = 64

// Matrix returns the dark modules of the code for payload, without quiet zone, error
// correction M (readable with 15% damage: a folded or scuffed flyer still scans).
func Matrix(payload string) ([][]bool, error) {
	matrices.Lock()
	m := matrices.m[payload]
	if m == nil {
		if len(matrices.m) >= maxCached {
			matrices.m = map[string]*matrix{}
		}
		m = &matrix{}
		matrices.m[payload] = m
	}
	matrices.Unlock()
	m.once.Do(func() {
		q, err := qrcode.New(payload, qrcode.Medium)
		if err != nil {
			m.err = fmt.Errorf("cannot make a QR code for %q: %w", payload, err)
			return
		}
		q.DisableBorder = true // must be set before the first Bitmap call
		m.modules = q.Bitmap()
	})
	return m.modules, m.err
}
