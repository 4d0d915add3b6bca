package content

import (
	"strings"
	"testing"
)

// A service the line does not have, written as "none", "N/A", "-", "No TTY" or in Spanish
// ("ninguno", "no hay"), is refused at its line with the empty value to write, not read as a
// number or address with advice about its letters; a number or address stays as it was read,
// one without https:// ("www.no-more.org/chat", "not-alone.org/chat") told to start with it.
func TestServiceSaidNone(t *testing.T) {
	const set = "settings.yaml"
	for _, c := range []struct{ field, written, want string }{
		{"text", "none", `content/settings.yaml:33: hotline.text: "none" says the line has none, but haven reads what is written here as its number to text (leave it empty for a line that takes no texts: text: "")`},
		{"text", "N/A", `content/settings.yaml:33: hotline.text: "N/A" says the line has none, but haven reads what is written here as its number to text (leave it empty for a line that takes no texts: text: "")`},
		{"text", "no", `content/settings.yaml:33: hotline.text: "no" says the line has none`},
		{"text", `"-"`, `content/settings.yaml:33: hotline.text: "-" says the line has none, but haven reads what is written here as its number to text (leave it empty for a line that takes no texts: text: "")`},
		{"text", "ninguno", `content/settings.yaml:33: hotline.text: "ninguno" says the line has none`},
		{"tty", "none", `content/settings.yaml:37: hotline.tty: "none" says the line has none, but haven reads what is written here as its TTY number (leave it empty for a line without a TTY: tty: "")`},
		{"tty", `"No TTY"`, `content/settings.yaml:37: hotline.tty: "No TTY" says the line has none`},
		{"tty", `"no hay"`, `content/settings.yaml:37: hotline.tty: "no hay" says the line has none`},
		{"chat", "N/A", `content/settings.yaml:38: hotline.chat: "N/A" says the line has none, but haven reads what is written here as its chat address (leave it empty for a line without a chat: chat: "")`},
		{"chat", `"we do not have a chat"`, `content/settings.yaml:38: hotline.chat: "we do not have a chat" says the line has none`},
		{"tty", `"TTY: N/A"`, `content/settings.yaml:37: hotline.tty: "TTY: N/A" says the line has none`},
		// an address is no "none", whatever its words: it is told to start with https://
		{"chat", "www.no-more.org/chat", `content/settings.yaml:38: hotline.chat: "www.no-more.org/chat" must start with https://`},
		{"chat", "not-alone.org/chat", `content/settings.yaml:38: hotline.chat: "not-alone.org/chat" must start with https://`},
		{"chat", "www.vivir-sin-violencia.org/chat", `content/settings.yaml:38: hotline.chat: "www.vivir-sin-violencia.org/chat" must start with https://`},
		{"chat", "no-more.org", `content/settings.yaml:38: hotline.chat: "no-more.org" must start with https://`},
		{"call", "none", `content/settings.yaml:30: hotline.call: "none" says the line has none, but haven reads what is written here as its number to call (leave it empty for a line that only takes texts: call: "")`},
	} {
		t.Run(c.field+" "+c.written, func(t *testing.T) {
			old := map[string]string{"text": `  text: "233733"`, "tty": `  tty: ""`, "chat": `  chat: ""`, "call": "  call: 1-888-373-7888"}[c.field]
			got := loadErr(edits(t, []string{set, old, "  " + c.field + ": " + c.written}))
			if !strings.HasPrefix(got, c.want) && !strings.Contains(got, "\n  "+c.want) {
				t.Errorf("got  %s\nwant %s", got, c.want)
			}
			if strings.Count(got, "\n") > 0 {
				t.Errorf("knock-on errors: %s", got)
			}
		})
	}
	// a real value is no "none"
	for _, v := range []string{"741741", "https://samples.org/no-chat", "1-800-NO-ABUSE", "www.no-more.org/chat", "not-alone.org/chat", "no-more.org", "nada/chat"} {
		if saysNone(v) {
			t.Errorf("saysNone(%q)", v)
		}
	}
}
