package content

import "testing"

// A keyword written in a text link's own words ("[text INFO](sms:233733)", which paper prints
// "text INFO (233733)"), or before the number without 'to' ("Text INFO 233733"), is checked as
// "Text INFO to 233733" is: the link sends that word, so one the line does not take is
// refused. The keyword, a word the line also takes, and a link that names no word pass.
func TestKeywordInALinksWords(t *testing.T) {
	en := func(s string) []string { return []string{"en/faq.md", "to {text}.", "to {text}. " + s} }
	refused := `content/en/faq.md:41: answer 9[1]: "If you believe a child is in immediate danger, call 911 rig…" tells the reader to text INFO to 233733, but the text links of this language send HELP (hotline.keyword in settings.yaml) (write {keyword} in place of INFO; if INFO is this language's word, write keyword: INFO at the top of content/en/text.yaml; if the line takes INFO too, list it in settings.yaml under hotline: as other_keywords: [INFO])`
	runEdits(t, []editCase{
		{"a link's words", [][]string{en("You can [text INFO](sms:233733) any time.")}, refused},
		{"no 'to'", [][]string{en("Text INFO 233733 any time.")}, refused},
		{"the keyword", [][]string{en("You can [text {keyword}](sms:233733) any time.")}, ""},
		{"a word the line also takes", [][]string{{"settings.yaml", "  keyword: HELP", "  keyword: HELP\n  other_keywords: [INFO]"}, en("You can [text INFO](sms:233733) any time.")}, ""},
		{"no word", [][]string{en("You can [text us](sms:233733) any time.")}, ""},
	})
}
