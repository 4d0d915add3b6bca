package layout

import (
	"slices"
	"testing"
)

// An age is no number to dial, even one whose digits are the emergency number's (Pakistan's
// 15), in a right-to-left line as in a left-to-right one: Urdu's "15 سال" (15 years) is no
// link, the 15 its sentence asks to call is.
func TestAgeIsNoLink(t *testing.T) {
	emergency := []autolink{{match: "15", url: "tel:15"}}
	for _, tt := range []struct {
		name string
		rtl  bool
		line string
		want []string
	}{
		{"Urdu, an age", true, "ایکٹ 2019 کے تحت 15 سال سے کم عمر بچے کو ملازم نہیں رکھا جا سکتا۔", nil},
		{"Urdu, the police", true, "فوراً پولیس کے لیے 15 پر کال کریں۔", []string{"tel:15"}},
		{"Arabic, an age", true, "لا يجوز تشغيل طفل دون 15 عامًا.", nil},
		{"English, an age", false, "No child under 15 may be employed, and a girl of 15 cannot be married.", nil},
		{"English, the police", false, "Call 15 for the police.", []string{"tel:15"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c := &canvas{m: mono{}, tag: &Elem{Role: RoleP}, links: emergency, rtl: tt.rtl}
			c.inParagraph(paragraphBidi([]string{tt.line}, paraRTL(tt.rtl, tt.line)), 0, func() {
				c.text(0, 10, Style{Size: 2, Leading: 3, Font: Regular}, tt.line)
			})
			var got []string
			for _, it := range c.items {
				if l, ok := it.(Link); ok {
					got = append(got, l.URL)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("links %q, want %q", got, tt.want)
			}
		})
	}
}
