package content

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"haven/internal/diag"
	"haven/internal/phone"
)

// A short national line the numbering tables lack (India's Tele-MANAS 14416 and cyber-crime
// line 1930, the Netherlands' 113 Zelfmoordpreventie, Brazil's 188, Japan's #8008) is printed
// as the hotline's number when settings.yaml confirms it: written a second time, exactly as
// the field writes it, under confirmed_numbers. The tables are what otherwise tells a real
// short number from a slip of one; in their place the user checks the number against the
// line's own published one and writes it again, and the two writings must agree: a slip in
// either (or a number changed later without its confirmation) is refused. Texts that print
// the number are held to it as to any configured number, so their slips are caught.
// organisation.other_numbers needs no confirmation: listing a number there already says it is
// right, and the text that prints it is its second writing; but not for an entry one slip from
// one of the hotline's numbers, which haven's own errors ask to list (checkOtherNumbers): a
// real one (a fax numbered next to the line) is confirmed here too, whatever its length.

// confirmField is where settings.yaml confirms such numbers.
const confirmField = "confirmed_numbers"

// unlistedShort reports whether written has the shape of a short national line: 3 to 6
// digits, after a # for a line dialled with one (#8008, #7119). Not one of Europe's
// harmonised 116 numbers, which haven knows whole: another in that range is a slip.
func unlistedShort(written string) bool {
	d := strings.TrimPrefix(written, "#")
	if len(d) < 3 || len(d) > 6 || strings.Trim(d, "0123456789") != "" {
		return false
	}
	return !(len(d) == 6 && strings.HasPrefix(d, "116"))
}

// dialledWith reports whether rs[start-1] is a # a short line is dialled with (#8008), before
// the number's first digit and after no word: "Call #8009" asks to dial, "Issue#12" not.
func dialledWith(rs []rune, start int) bool {
	return rs[start-1] == '#' && (start == 1 || !isWordRune(rs[start-2]) && !unicode.IsDigit(rs[start-2]))
}

// shortKey is the key a short line the tables lack is compared by: its digits (a text prints
// #8008 and its slip #8009 around the digits a slip changes).
func shortKey(written string) string { return phone.Digits(written) }

// confirmed reports whether settings.yaml confirms written, a short number the tables lack.
func (s Settings) confirmed(written string) bool {
	return unlistedShort(written) && s.writtenAgain(written)
}

// writtenAgain reports whether confirmed_numbers writes written again, exactly.
func (s Settings) writtenAgain(written string) bool {
	return slices.ContainsFunc(s.ConfirmedNumbers, func(c diag.Located) bool { return c.Text == written })
}

// emergenciesUnknown reports whether haven's numbering tables know no emergency number of the
// content's country (Guinea's): hotline.emergency is then confirmed as a short line the tables
// lack is, not refused as no emergency number there.
func (s Settings) emergenciesUnknown() bool {
	return s.Country != "" && len(phone.Emergencies(s.Country)) == 0
}

// confirmHint tells how to confirm written, a short number of a hotline field the tables lack.
func confirmHint(written string) string {
	return fmt.Sprintf("if %s is the line's number and haven's numbering tables lack it: check it digit by digit against the number the line publishes, then confirm it with a line at the top level of settings.yaml: %s: [%s]", written, confirmField, yamlQuoted(written))
}

// unconfirmed is the problem with a hotline field's number the tables do not know (err, from
// parsing it): for a short number the hint says how to confirm it. ok is false when
// settings.yaml confirms it.
func (s Settings) unconfirmed(written string, err error) (msg, hint string, ok bool) {
	if s.confirmed(written) {
		return "", "", false
	}
	if !unlistedShort(written) {
		return err.Error(), "", true
	}
	msg = err.Error()
	if strings.HasPrefix(written, "#") {
		msg = fmt.Sprintf("%s is not a service number haven's numbering tables know in %s", diag.Whole(written), cmp.Or(s.Country, "US"))
	}
	return msg, confirmHint(written), true
}

// checkConfirmed refuses an entry of confirmed_numbers that is not a short number (nor an
// entry of organisation.other_numbers, or near one), or that no number field of settings.yaml writes as it does: a slip in the confirmation or in the field,
// or a field changed without it.
func checkConfirmed(s *Settings, bad func(path, msg, hint string)) {
	if len(s.ConfirmedNumbers) == 0 {
		return // nor are the country's emergency numbers tried (emergenciesUnknown), 11,100 strings
	}
	h := s.Hotline
	fields := []diag.Located{h.Call, h.Text, h.TTY}
	for _, o := range s.Organisation.OtherNumbers {
		fields = append(fields, o.Number)
	}
	named := "hotline.call, text or tty"
	if s.emergenciesUnknown() {
		fields, named = append(fields, h.Emergency), "hotline.call, text, tty or emergency"
	}
	for i, c := range s.ConfirmedNumbers {
		path := fmt.Sprintf("%s[%d]", confirmField, i+1)
		if c.Text == "" {
			continue // the decoder names it
		}
		// its digits and #, as the groups a short line is written in leave them (15-47, 116 006)
		short := strings.Map(func(r rune) rune {
			if phone.IsSeparator(r) && r != '+' {
				return -1
			}
			return r
		}, c.Text)
		if _, err := phone.Parse(c.Text, s.Country); err == nil && len(phone.Digits(c.Text)) <= 6 && strings.Trim(short, "#0123456789") == "" {
			continue // the tables know it (116 006 in France): confirmed, it is right all the same
		}
		if d := phone.Digits(c.Text); len(d) == 6 && strings.HasPrefix(d, "116") {
			bad(path, fmt.Sprintf("%s is none of Europe's 116 helplines haven knows (116 000, 116 006, 116 016, 116 111, 116 117, 116 123), and another number in that range is a slip", diag.Whole(c.Text)),
				"check the number against the one the line publishes")
			continue
		}
		hint := "write it exactly as the field it confirms writes it (" + named + "), or take it off"
		fields := fields
		if !unlistedShort(short) {
			fields = fields[3:] // a full number is confirmed as an entry of other_numbers alone
			hint = "write it exactly as the entry of organisation.other_numbers it confirms writes it, or take it off"
			if !slices.ContainsFunc(fields, func(f diag.Located) bool {
				return phone.Digits(f.Text) == phone.Digits(c.Text) || phone.OneOff(phone.Digits(f.Text), phone.Digits(c.Text))
			}) {
				bad(path, fmt.Sprintf("%s is not a short number: %s confirms short lines of 3 to 6 digits (or # and digits, as #8008) that haven's numbering tables lack, and entries of organisation.other_numbers one slip from the hotline's numbers", diag.Whole(c.Text), confirmField),
					"take it off; a full number needs no confirmation")
				continue
			}
		}
		if slices.ContainsFunc(fields, func(f diag.Located) bool { return f.Text == c.Text }) {
			continue
		}
		msg := fmt.Sprintf("%s confirms a number no field of settings.yaml writes so", diag.Whole(c.Text))
		for _, f := range fields {
			if a, err := phone.Parse(c.Text, s.Country); err == nil && f.Text != "" {
				if b, err := phone.Parse(f.Text, s.Country); err == nil && a.Key() == b.Key() { // the same number in another form
					msg += fmt.Sprintf(": %s writes the same number as %s", f.Field, diag.Whole(f.Text))
					hint = fmt.Sprintf("write it exactly as %s writes it: %s: [%s]", f.Field, confirmField, yamlQuoted(f.Text))
					break
				}
			}
			if f.Text != "" && (phone.OneOff(shortKey(c.Text), phone.Digits(f.Text)) || shortKey(c.Text) == phone.Digits(f.Text)) {
				msg += fmt.Sprintf(": %s is %s, which differs from it", f.Field, diag.Whole(f.Text))
				hint = "check both against the number the line publishes: one of them is mistyped"
				break
			}
		}
		bad(path, msg, hint)
	}
}
