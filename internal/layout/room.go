package layout

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"haven/internal/content"
	"haven/internal/diag"
)

// A box too tall for its page (the hotline box on large print's page 1, the closing panel) is
// made shorter by its texts, the logo in the title band over it and the footer under it: its
// error names them by the height each saves, found by laying the box out again with each set
// shorter, and says what makes room, tried the same way, so that doing it makes the box fit
// (the call line's words, which cannot be cut, were named for the box's longest text while a
// chat address of 70 characters and the logo took the room).

// lever is a text or the logo, and the lengths it may be set to (in characters; the logo's in
// percent of its size), its own first, the shortest last, 0 leaving it out.
type lever struct {
	at       diag.Located
	settings bool // in settings.yaml
	logo     bool
	address  string // an address as written, whose printed length counts: "chat", "display"
	sizes    []int
	set      func(h *handout, n int)
}

// with is h with l set to n.
func (h handout) with(l lever, n int) handout {
	l.set(&h, n)
	return h
}

// ownLang gives h a language of its own to change.
func (h *handout) ownLang() *content.Language {
	l := *h.in.Lang
	h.in.Lang = &l
	return &l
}

// cut is t's first n characters.
func cut(t string, n int) string {
	r := []rune(t)
	return strings.TrimRightFunc(string(r[:min(n, len(r))]), unicode.IsSpace)
}

// wordEnds are the lengths of t cut after each of its words, the longest first, no shorter than
// least; and 0 when least is.
func wordEnds(t string, least int) []int {
	n := utf8.RuneCountInString(t)
	ends := []int{n}
	r := []rune(t)
	for i := n - 1; i >= max(least, 1); i-- {
		if unicode.IsSpace(r[i]) && !unicode.IsSpace(r[i-1]) {
			ends = append(ends, i)
		}
	}
	if least == 0 && n > 0 {
		ends = append(ends, 0)
	}
	return ends
}

// levers are the texts and the logo that the boxes' height, or the room the page leaves them,
// depend on.
func (h handout) levers() []lever {
	help := func(f func(t *content.Text) *diag.Located, least int) lever {
		at := *f(&h.in.Lang.Text)
		return lever{at: at, sizes: wordEnds(at.Text, least), set: func(h *handout, n int) {
			t := f(&h.ownLang().Text)
			t.Text = cut(t.Text, n)
		}}
	}
	// a line whose job is a number keeps its words up to the number; a text the content
	// requires, its first word
	upTo := func(t, number string) int {
		if i := strings.Index(t, number); number != "" && i >= 0 {
			return utf8.RuneCountInString(t[:i+len(number)])
		}
		return utf8.RuneCountInString(t)
	}
	firstWord := func(t string) int {
		if f := strings.Fields(t); len(f) > 0 {
			return utf8.RuneCountInString(f[0])
		}
		return 0
	}
	t, hl := h.in.Lang.Text.Help, h.in.Settings.Hotline
	ls := []lever{
		help(func(t *content.Text) *diag.Located { return &t.Help.Title }, firstWord(t.Title.Text)),
		help(func(t *content.Text) *diag.Located { return &t.Help.Note }, firstWord(t.Note.Text)),
		help(func(t *content.Text) *diag.Located { return &t.Help.CallLabel }, firstWord(t.CallLabel.Text)), // content requires it beside a number to call
		help(func(t *content.Text) *diag.Located { return &t.Help.Call }, upTo(t.Call.Text, hl.Call.Text)),
		help(func(t *content.Text) *diag.Located { return &t.Help.TextLabel }, 0),
		help(func(t *content.Text) *diag.Located { return &t.Help.Text }, upTo(t.Text.Text, hl.Text.Text)),
		help(func(t *content.Text) *diag.Located { return &t.Help.TTYLabel }, 0),
		help(func(t *content.Text) *diag.Located { return &t.Help.TTY }, upTo(t.TTY.Text, hl.TTY.Text)),
		help(func(t *content.Text) *diag.Located { return &t.Help.ChatLabel }, 0),
		help(func(t *content.Text) *diag.Located { return &t.Help.DangerLabel }, 0),
		help(func(t *content.Text) *diag.Located { return &t.Help.Danger }, upTo(t.Danger.Text, hl.Emergency.Text)),
		help(func(t *content.Text) *diag.Located { return &t.Handout.ScanTitle }, firstWord(h.in.Lang.Text.Handout.ScanTitle.Text)),
		help(func(t *content.Text) *diag.Located { return &t.Handout.ScanGuide }, firstWord(h.in.Lang.Text.Handout.ScanGuide.Text)),
	}
	// the chat's address, where help.chat prints it: shorter in both
	if printed := content.PrintedURL(hl.Chat.Text); hl.Chat.Text != "" && strings.Contains(t.Chat.Text, printed) {
		at := hl.Chat
		at.Text = printed
		ls = append(ls, lever{at: at, settings: true, address: "chat", sizes: lengths(printed), set: func(h *handout, n int) {
			c := &h.ownLang().Text.Help.Chat
			c.Text = strings.Replace(c.Text, printed, cut(printed, n), 1)
		}})
	}
	// the address under the code, which display_url sets
	if a := h.in.Address; a.File != "" && a.File != "--url" {
		at := a
		at.Field = "display_url"
		ls = append(ls, lever{at: at, settings: true, address: "display", sizes: lengths(a.Text), set: func(h *handout, n int) {
			h.in.Address.Text = cut(h.in.Address.Text, n)
		}})
	}
	// the footer's lines
	o := h.in.Settings.Organisation
	ls = append(ls,
		lever{at: o.Name, settings: true, sizes: wordEnds(o.Name.Text, firstWord(o.Name.Text)), set: func(h *handout, n int) {
			h.in.Settings.Organisation.Name.Text = cut(h.in.Settings.Organisation.Name.Text, n)
		}},
		lever{at: o.Contact, settings: true, sizes: wordEnds(o.Contact.Text, 0), set: func(h *handout, n int) {
			h.in.Settings.Organisation.Contact.Text = cut(h.in.Settings.Organisation.Contact.Text, n)
		}})
	// the logo, smaller down to the least logo_size, else left out
	if l := h.in.Logo; l != nil {
		var sizes []int
		for p := int(math.Round(l.Size() * 100)); p >= content.MinLogoSize; p -= 10 {
			sizes = append(sizes, p)
		}
		if sizes[len(sizes)-1] != content.MinLogoSize {
			sizes = append(sizes, content.MinLogoSize)
		}
		ls = append(ls, lever{at: diag.Located{Field: "organisation.logo"}, settings: true, logo: true, sizes: append(sizes, 0), set: func(h *handout, n int) {
			if n == 0 {
				h.in.Logo = nil
				return
			}
			l := *h.in.Logo
			l.Scale = float64(n) / 100
			h.in.Logo = &l
		}})
	}
	return slices.DeleteFunc(ls, func(l lever) bool { return len(l.sizes) < 2 || l.at.Field == "" })
}

// lengths are an address's lengths, every one from its own down to a character.
func lengths(t string) []int {
	var ns []int
	for n := utf8.RuneCountInString(t); n > 0; n-- {
		ns = append(ns, n)
	}
	return ns
}

// said is the advice to set l to n.
func (l lever) said(n int) string {
	where := ""
	if l.settings {
		where = " in settings.yaml"
	}
	own := utf8.RuneCountInString(l.at.Text)
	switch {
	case l.logo && n == 0:
		return "leave the logo out (logo: \"\" under organisation: in settings.yaml)"
	case l.logo:
		return fmt.Sprintf("set logo_size: %d under organisation: in settings.yaml", n)
	case n == 0:
		return fmt.Sprintf("leave %s%s empty", l.at.Field, where)
	case l.address == "chat":
		return fmt.Sprintf("shorten %s%s to an address of %d characters or fewer after its https:// (it has %d)", l.at.Field, where, n, own)
	case l.address == "display":
		return fmt.Sprintf("set display_url%s to a shorter address that opens the same page, of %d characters or fewer (it prints %d: %s)", where, n, own, l.at.Text)
	}
	return fmt.Sprintf("shorten %s%s to %d characters or fewer (it has %d)", l.at.Field, where, n, own)
}

// name is the lever as a list of what each saves names it.
func (l lever) name() string {
	if l.logo {
		return "the logo"
	}
	return l.at.Field
}

// makeRoom is what makes room for a box over(h) too tall (over > 0): the advice, and the text
// that adds the most height, where it is one. Each lever is tried alone; where none makes room
// alone, the fewest that do together, the most saving first, each as long as they let it stay.
func (h handout) makeRoom(over func(handout) float64) (hint string, most diag.Located) {
	type saving struct {
		l    lever
		most float64 // the height it saves at its shortest
	}
	base := over(h)
	var ss []saving
	for _, l := range h.levers() {
		if s := base - over(h.with(l, l.sizes[len(l.sizes)-1])); s > 0.005*Inch {
			ss = append(ss, saving{l, s})
		}
	}
	if len(ss) == 0 {
		return "", most
	}
	slices.SortStableFunc(ss, func(a, b saving) int { return int(math.Copysign(1, b.most-a.most)) })
	if !ss[0].l.logo {
		most = ss[0].l.at
	}
	var each []string
	for _, s := range ss[:min(4, len(ss))] {
		each = append(each, fmt.Sprintf("%s %s", s.l.name(), inches(s.most)))
	}
	saves := "; at most, " + strings.Join(each, ", ")
	// longest is the longest l may stay in hn, and whether any length makes room there
	longest := func(hn handout, l lever) (int, bool) {
		i := sort.Search(len(l.sizes), func(i int) bool { return over(hn.with(l, l.sizes[i])) <= 0 })
		if i == len(l.sizes) {
			return 0, false
		}
		return l.sizes[i], true
	}
	var alone []string
	for _, s := range ss {
		if n, ok := longest(h, s.l); ok && len(alone) < 3 {
			alone = append(alone, s.l.said(n))
		}
	}
	if len(alone) > 0 {
		return strings.Join(alone, ", or ") + saves, most
	}
	// together: the fewest, the most saving first, shortest; then each as long as the others,
	// those before it as set and those after it at their shortest, let it stay
	all := h
	k := 0
	for k < len(ss) && over(all) > 0 {
		all = all.with(ss[k].l, ss[k].l.sizes[len(ss[k].l.sizes)-1])
		k++
	}
	if over(all) > 0 {
		return "shorten the texts that add the most to it" + saves, most
	}
	var plan []string
	set := h
	for i, s := range ss[:k] {
		rest := set
		for _, r := range ss[i+1 : k] {
			rest = rest.with(r.l, r.l.sizes[len(r.l.sizes)-1])
		}
		n, _ := longest(rest, s.l)
		set = set.with(s.l, n)
		plan = append(plan, s.l.said(n))
	}
	return strings.Join(plan, ", and ") + saves, most
}

// page1Over is how much taller than page 1 has room for large print's box is, in the shortest
// way lay sets it; +Inf where a text does not fit.
func (h handout) page1Over() float64 {
	margin, _ := h.measure()
	width := h.p.W - 2*margin
	bandH, _, err := h.titleBand(bandInset, margin, width)
	foot, ferr := h.footerLines(width)
	if err != nil || ferr != nil {
		return math.Inf(1)
	}
	bottom := h.textBottom(len(foot))
	_, boxW := h.boxFrame(margin, width)
	box, err := h.helpBox(boxW, bottom-bandH, page1Box)
	if err == nil {
		box, _, err = h.page1Large(box, boxW, bandH, bottom)
	}
	if err != nil {
		return math.Inf(1)
	}
	return bandH + box.h - bottom
}

// closestPanel is the height of the closing panel at its closest, with the space over it, and a
// page's room for text, as lay measures them; the height +Inf where a text does not fit.
func (h handout) closestPanel() (height, room float64) {
	margin, _ := h.measure()
	width := h.p.W - 2*margin
	foot, err := h.footerLines(width)
	if err != nil {
		return math.Inf(1), 0
	}
	_, boxW := h.boxFrame(margin, width)
	room = h.textBottom(len(foot)) - 0.55*Inch
	p, err := h.helpBox(boxW, h.p.H/3, closingInline)
	if err != nil {
		return math.Inf(1), room
	}
	if h.sc.large {
		p = h.shorterStrip(boxW, p)
	}
	return p.h + h.sc.body*1.2*0.6, room
}

// panelOver is how much taller the closing panel at its closest is than a page's room for text,
// or than half of it (half).
func (h handout) panelOver(half bool) float64 {
	height, room := h.closestPanel()
	if half {
		room /= 2
	}
	return height - room
}

// boxTooTall is the error for large print's hotline box over too tall for page 1 in every way
// it may be set.
func (h handout) boxTooTall(over float64) error {
	// the closing panel too, where it takes more than half a page: else the advice that makes
	// room for the box leaves the FAQ too little room beside the panel
	hint, at := h.makeRoom(func(h handout) float64 { return max(h.page1Over(), h.panelOver(true)) })
	msg := fmt.Sprintf("is %s too tall for page 1", inches(over))
	if height, room := h.closestPanel(); height > room/2 {
		msg += ", and the closing panel " + panelTakes(height, room)
	}
	if at.File != "" {
		msg = "adds the most height to the hotline box, which " + msg
	}
	return &FitError{Where: "the hotline box", At: at, Hint: cmp.Or(hint, "shorten its texts"), Msg: msg}
}

// panelTooTall is the error for a closing panel height tall at its closest where a page has
// room for text: taller than room, or than half of it (half), too little left for the FAQ.
func (h handout) panelTooTall(height, room float64, half bool) error {
	hint, at := h.makeRoom(func(h handout) float64 { return h.panelOver(half) })
	msg := fmt.Sprintf("is %s taller than a page even set closest", inches(height-room))
	if half {
		msg = panelTakes(height, room)
	}
	if at.File != "" {
		msg = "adds the most height to the closing panel, which " + msg
	}
	return &FitError{Where: "the closing panel (numbers and QR code)", At: at, Hint: cmp.Or(hint, "shorten its texts"), Msg: msg}
}

// panelTakes says a closing panel height tall takes too much of a page's room for text.
func panelTakes(height, room float64) string {
	return fmt.Sprintf("takes %s of the %s a page has for text even set closest, too little left for the FAQ", inches(height), inches(room))
}
