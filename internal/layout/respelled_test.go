package layout

import (
	"testing"

	"haven/internal/content"
	"haven/internal/diag"
)

// The discreet card prints the hotline's vanity number in digits however a text spells it: its
// word after digits, in any case, with any separators, where it dials the same keys; the word
// alone, or after another number, is left as written.
func TestRespelledVanityNumbers(t *testing.T) {
	for _, tt := range []struct{ text, written, digits, want string }{
		{"Or call 1800RESPECT any time.", "1800RESPECT (1800 737 732)", "1800 737 732", "Or call 1800 737 732 any time."},
		{"Or call 1800 respect, or 1800-RESPECT.", "1800RESPECT", "1800 737 732", "Or call 1800 737 732, or 1800 737 732."},
		{"Call +1 800 799 safe or 800-799-SAFE", "1-800-799-SAFE", "1-800-799-7233", "Call 1-800-799-7233 or 1-800-799-7233"},
		{"TTY 1800787DEAF", "1-800-787-DEAF", "1-800-787-3323", "TTY 1-800-787-3323"},
		{"Straße 1, oder 1800 Respect anrufen", "1800RESPECT", "1800 737 732", "Straße 1, oder 1800 737 732 anrufen"}, // a letter whose capital is longer
		{"You are safe. We respect you.", "1-800-799-SAFE", "1-800-799-7233", "You are safe. We respect you."},
		{"Call 1-800-555-SAFE", "1-800-799-SAFE", "1-800-799-7233", "Call 1-800-555-SAFE"},
	} {
		if got := respelled(tt.text, tt.written, tt.digits); got != tt.want {
			t.Errorf("respelled(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// The discreet card prints a vanity number with an extension in digits, the extension as
// written after them: "1 800 273 TALK x 1" read whole was no number, and printed its word.
func TestDiscreetDigitsKeepTheExtension(t *testing.T) {
	for _, tt := range []struct{ call, text, want string }{
		{"1 800 273 TALK x 1", "Call 1 800 273 TALK x 1 now", "Call 1-800-273-8255 x 1 now"},
		{"1-800-799-SAFE x2", "1-800-799-SAFE x2", "1-800-799-7233 x2"},
		{"1 (800) 799-SAFE x 2", "1 (800) 799-SAFE x 2", "1-800-799-7233 x 2"},
		{"1 800 273 TALK", "Call 1 800 273 TALK", "Call 1-800-273-8255"},
		{"(216) 623-4200 ext. 2", "Call (216) 623-4200 ext. 2", "Call (216) 623-4200 ext. 2"},
	} {
		s := content.Settings{Country: "US", Hotline: content.Hotline{Call: diag.Located{Field: "hotline.call", Text: tt.call}}}
		if got := inDigits(diag.Located{Text: tt.text}, s).Text; got != tt.want {
			t.Errorf("call: %s: inDigits(%q) = %q, want %q", tt.call, tt.text, got, tt.want)
		}
	}
}
