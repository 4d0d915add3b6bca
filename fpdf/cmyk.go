// Copyright ©2023 The go-pdf Authors. All rights reserved.
// Use of this source code is governed by a MIT-style
// license that can be found in the LICENSE file.

package fpdf

// cmykColorValue is the process colour c, m, y, k (percentages, quietly capped to 100) as
// the operator op (k for fill and text, K for stroking) writes it in DeviceCMYK, the way
// putSpotColors writes a spot colour's alternate.
func (f *Fpdf) cmykColorValue(c, m, y, k byte, op string) colorType {
	return colorType{mode: colorModeCMYK, str: sprintf("%.3f %.3f %.3f %.3f %s",
		float64(byteBound(c))/100, float64(byteBound(m))/100, float64(byteBound(y))/100, float64(byteBound(k))/100, op)}
}

// SetDrawColorCMYK sets the colour of lines and borders to a process (DeviceCMYK) colour,
// each component a percentage from 0 to 100, as print shops' plates take it: 0 0 0 100 is
// black from the K plate alone. Values above 100 are quietly capped. The method can be called
// before the first page is created and the value is retained from page to page.
func (f *Fpdf) SetDrawColorCMYK(c, m, y, k byte) {
	f.color.draw = f.cmykColorValue(c, m, y, k, "K")
	if f.page > 0 {
		f.out(f.color.draw.str)
	}
}

// SetFillColorCMYK sets the fill colour to a process (DeviceCMYK) colour, as
// SetDrawColorCMYK.
func (f *Fpdf) SetFillColorCMYK(c, m, y, k byte) {
	f.color.fill = f.cmykColorValue(c, m, y, k, "k")
	f.colorFlag = f.color.fill.str != f.color.text.str
	if f.page > 0 {
		f.out(f.color.fill.str)
	}
}

// SetTextColorCMYK sets the text colour to a process (DeviceCMYK) colour, as
// SetDrawColorCMYK.
func (f *Fpdf) SetTextColorCMYK(c, m, y, k byte) {
	f.color.text = f.cmykColorValue(c, m, y, k, "k")
	f.colorFlag = f.color.fill.str != f.color.text.str
}
