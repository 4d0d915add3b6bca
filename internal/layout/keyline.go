package layout

import "haven/internal/colour"

// keylineWidth is the ink rule around a coloured box on a Letter-sized page; larger pages
// scale it with their width.
const keylineWidth = 1.5

// keyed fills r and rules its edges in ink, inside it, w wide: a photocopier's threshold drops
// a light colour such as the amber of the hotline box to white, and the rule keeps the box.
func keyed(c *canvas, r Rect, w float64, ink colour.RGB) {
	c.add(r)
	h := w / 2
	for _, l := range [][4]float64{
		{r.X, r.Y + h, r.X + r.W, r.Y + h},             // top
		{r.X, r.Y + r.H - h, r.X + r.W, r.Y + r.H - h}, // bottom
		{r.X + h, r.Y, r.X + h, r.Y + r.H},             // left
		{r.X + r.W - h, r.Y, r.X + r.W - h, r.Y + r.H}, // right
	} {
		c.add(Rule{X1: l[0], Y1: l[1], X2: l[2], Y2: l[3], Width: w, Color: ink})
	}
}
