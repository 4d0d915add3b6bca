package layout

import (
	"math"
	"strings"
)

// autolink makes every printed occurrence of a string a link, so a number is tappable in the
// PDF wherever it appears, not only where a layout remembered to add one.
type autolink struct {
	match, url string
}

// canvas collects the items of one page.
type canvas struct {
	m     Measurer
	links []autolink
	items []Item
}

func (c *canvas) add(it Item) { c.items = append(c.items, it) }

// text draws one line with its baseline at y and links every known number or address in it.
func (c *canvas) text(x, y float64, st Style, s string) {
	c.rotated(x, y, st, s, 0)
}

// rotated draws a line turned counter-clockwise by deg about its baseline start.
func (c *canvas) rotated(x, y float64, st Style, s string, deg float64) {
	s = visual(Shape(s)) // joined, and placed left to right, as PDF places characters
	c.add(Text{X: x, Y: y, S: s, Font: st.Font, Size: st.Size, Color: st.Color, Rotate: deg, W: c.m.Width(st.Font, st.Size, s)})
	for _, l := range c.links {
		for _, at := range tokenIndexes(s, l.match) {
			x0 := c.m.Width(st.Font, st.Size, s[:at])
			w := c.m.Width(st.Font, st.Size, l.match)
			b := runBox(x, y, x0, w, st.Size, deg)
			c.add(Link{X: b.X, Y: b.Y, W: b.W, H: b.H, URL: l.url})
		}
	}
}

// Box is where the text's line stands on the page, from ascent to descent, turned as it is.
func (t Text) Box() Box { return runBox(t.X, t.Y, 0, t.W, t.Size, t.Rotate) }

// runBox is the upright bounding box of a run of text after rotation.
func runBox(x, y, x0, w, size, deg float64) Box {
	// corners of the run in text space: along the baseline from x0 to x0+w, from ascent to descent
	rad := deg * math.Pi / 180
	cos, sin := math.Cos(rad), math.Sin(rad)
	minX, minY, maxX, maxY := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, p := range [][2]float64{{x0, -0.85 * size}, {x0 + w, -0.85 * size}, {x0, 0.25 * size}, {x0 + w, 0.25 * size}} {
		// page y grows downwards, so a counter-clockwise turn subtracts sin from y
		px := x + p[0]*cos + p[1]*sin
		py := y - p[0]*sin + p[1]*cos
		minX, maxX = math.Min(minX, px), math.Max(maxX, px)
		minY, maxY = math.Min(minY, py), math.Max(maxY, py)
	}
	return Box{X: minX, Y: minY, W: maxX - minX, H: maxY - minY}
}

// tokenIndexes finds match in s where it is not part of a longer number or word.
func tokenIndexes(s, match string) []int {
	if match == "" {
		return nil
	}
	var out []int
	for from := 0; ; {
		i := strings.Index(s[from:], match)
		if i < 0 {
			return out
		}
		at := from + i
		end := at + len(match)
		if (at == 0 || !isWordByte(s[at-1])) && (end == len(s) || !isWordByte(s[end])) {
			out = append(out, at)
		}
		from = end
	}
}

func isWordByte(b byte) bool {
	return b == '-' || b == '/' || (b >= '0' && b <= '9') || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z')
}

// baseline puts text of size in a row of height leading, with room for descenders.
func baseline(top float64, st Style) float64 {
	return top + st.Leading/2 + st.Size*0.35
}
