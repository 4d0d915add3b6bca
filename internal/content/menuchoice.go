package content

import (
	"fmt"
	"slices"
	"strings"
)

// choiceRE is a choice of a phone's menu written right after a number, perhaps after "and" or
// "then": an extension in words extRE does not read as the number's (in brackets, "(ext. 3)";
// asked for, "ask for extension 3"; "poste 3", "Durchwahl 3", "ramal 3": group 1), or a key to
// press or an option ("and press 3", ", option 3", "#3", "pulse 3", "appuyez sur le 3": group
// 2), in the languages haven has words for.
var choiceRE = lazyRE(`(?i)^[\s\p{Zs},;:–—-]*(?:(?:and|then|y|luego|después|et|puis|ensuite|und|dann|e|depois|poi)[\s\p{Zs}]+){0,2}(?:` +
	`\(?[\s\p{Zs}]*(?:(?:ask(?:ing)?[\s\p{Zs}]+for|request|dial|pida|solicite|marque|demandez|composez|wählen[\s\p{Zs}]+sie|peça|disque|chiedi|chieda)[\s\p{Zs}]+(?:(?:the|la|el|le|die|o|a|l')[\s\p{Zs}]*)?)?` +
	`(?:ext\.?|extension|extensión|extensão|poste|durchwahl|ramal|interno)[\s\p{Zs}.:#]*(\d{1,6})` +
	`|(?:(?:(?:press|dial|enter|select|choose|key[\s\p{Zs}]+in|pulse|oprima|presione|marque|appuyez[\s\p{Zs}]+sur|tapez|drücken[\s\p{Zs}]+sie|digite|tecle|premi|premere|prema)[\s\p{Zs}]+(?:(?:the|la|el|le|die|o|a)[\s\p{Zs}]+)?(?:(?:option|opción|opção|opzione|taste|key|button|number|número|numéro)[\s\p{Zs}]+)?#?` +
	`|(?:option|opt\.|opción|opção|opzione|taste)[\s\p{Zs}]*#?|#)[\s\p{Zs}]*(\d{1,6})))(?:[^\p{Nd}\pL]|$)`)

// choice is a choice of a menu a text writes after one of the organisation's own numbers whose
// settings give it an extension, which is not that extension: Text is the number and the choice
// as written, at byte At; Ext the choice's digits; Key whether it is a key to press, not an
// extension named as one.
type choice struct {
	Written
	Key bool
}

// otherChoices are the menu choices s writes after the organisation's own numbers (nums) that
// settings.yaml gives an extension, against it: after the number alone, any key or extension
// other than the one given ("(503) 588-5351 and press 3", "(ext. 3)", "#3" for ext. 2), where
// the reader would key it in place of the extension, and its link dials the number alone;
// after the number written with its extension, or after {call} (call is hotline.call), which
// prints it, another extension named as one ("{call}; ask for extension 3"), but not a key
// to press, a step of the menu after the extension ("Call {call}, then press 3 for Spanish":
// the link dials ,2 and the reader presses 3, as one dialling by hand does). A number given
// without an extension, or listed again with that one (other_numbers), takes any.
func otherChoices(s, call, country string, nums []Number) []choice {
	if !strings.ContainsAny(s, "0123456789") {
		return nil
	}
	given := func(key, ext string) bool {
		return slices.ContainsFunc(nums, func(n Number) bool {
			_, e := SplitExt(n.Written)
			return n.Key == key && (e == "" || e == ext)
		})
	}
	var out []choice
	find := func(at, end int, n Number, extWritten bool) {
		m := choiceRE().FindStringSubmatchIndex(s[end:])
		if m == nil {
			return
		}
		key := m[2] < 0
		digits := m[2:4]
		if key {
			digits = m[4:6]
		}
		ext := s[end+digits[0] : end+digits[1]]
		if key && extWritten || given(n.Key, ext) {
			return
		}
		to := end + digits[1]
		if t := strings.TrimLeft(s[to:], " "); strings.HasPrefix(t, ")") && strings.Contains(s[end:to], "(") {
			to = len(s) - len(t) + 1 // the bracket closed after it: "(ext. 3)"
		}
		out = append(out, choice{Written{strings.TrimSpace(s[at:to]), at, n, ext}, key})
	}
	for _, w := range OwnWritten(s, country, nums) {
		find(w.At, w.At+len(w.Text), w.Number, w.Ext != "")
	}
	if _, ext := SplitExt(call); ext != "" {
		n := slices.IndexFunc(nums, func(n Number) bool { return n.Placeholder == "{call}" })
		for _, p := range []string{"{call}", "{phone}"} {
			for i := 0; n >= 0; {
				j := strings.Index(s[i:], p)
				if j < 0 {
					break
				}
				i += j + len(p)
				find(i-len(p), i, nums[n], true)
			}
		}
	}
	return out
}

// choiceProblem is what is wrong with c, and what to write.
func choiceProblem(c choice) (msg, hint string) {
	_, ext := SplitExt(c.Number.Written)
	write, step := fmt.Sprintf("write the number with extension %s, as settings.yaml gives it: %q", ext, c.Number.Written), c.Number.Written
	if c.Number.Placeholder != "" {
		write, step = fmt.Sprintf("write %s, which prints %q and dials its extension", c.Number.Placeholder, c.Number.Written), c.Number.Placeholder
	}
	number, _ := SplitExt(c.Number.Written)
	list := fmt.Sprintf("if extension %s is a line of your own, list %q in settings.yaml under organisation: as other_numbers", c.Ext, number+" ext. "+c.Ext)
	if !c.Key {
		return fmt.Sprintf("%q writes extension %s after the number of %s: a reader would dial extension %s, not the one settings.yaml gives", c.Text, c.Ext, c.Number, c.Ext),
			write + "; " + list
	}
	return fmt.Sprintf("%q asks the reader to key %s right after the number of %s, where its extension %s goes: a reader would reach another line than settings.yaml gives, and its link dials the number alone", c.Text, c.Ext, c.Number, ext),
		fmt.Sprintf("%s, and any key of the menu after it (\"Call %s, then press %s\"); %s", write, step, c.Ext, list)
}
