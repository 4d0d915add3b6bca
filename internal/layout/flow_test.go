package layout

import (
	"slices"
	"testing"
)

// A group of rows kept together moves on to the next page whole, unless that leaves more than
// a third of the page blank and the group holds a list's soft keeps: then it gives way after
// a list's first item where two or more follow (its lead-in is not left alone at the foot),
// else before a list (what leads into it kept there) where half the page would be blank,
// rather than between its items. A
// paragraph's own keeps never give way.
func TestPaginateSoftKeeps(t *testing.T) {
	rowsOf := func(keeps string) []row { // per row: '.' free, 'k' kept, 'l' a list's lead-in, 'i' a list's item, 'f' a first item with two or more after it
		var rs []row
		for _, c := range keeps {
			r := row{h: 10}
			switch c {
			case 'k':
				r.keep = true
			case 'l':
				r.keep, r.soft = true, 1
			case 'i':
				r.keep, r.soft = true, 2
			case 'f':
				r.keep, r.soft = true, 3
			}
			rs = append(rs, r)
		}
		return rs
	}
	frame := func(int) frame { return frame{0, 100} } // ten rows a page
	for _, tt := range []struct {
		name, keeps string
		want        []int // rows a page
	}{
		{"free rows", "..............", []int{10, 4}},
		{"a short kept group moves on", "........kk..", []int{8, 4}},
		{"a long kept group of a paragraph moves on whole", "...kkkkkkkkk..", []int{3, 10, 1}},
		{"a long list gives way before the list", "...kkklkikii...", []int{7, 8}},
		{"else between its items", "...kkkkkkiki...", []int{10, 5}},
		{"a list that moves on a little stays kept", "........lii.", []int{8, 4}},
		{"a list of three gives way after its first item, not after its lead-in", "......klfi....", []int{9, 5}},
		{"a lead-in is not left alone at the foot where moving on leaves less than half the page blank", "......kkli.", []int{6, 5}},
		{"so does a long list", "....kkklfk.i.i.", []int{9, 6}},
	} {
		var got []int
		for _, p := range paginate(rowsOf(tt.keeps), frame) {
			got = append(got, len(p))
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s (%s): pages of %v rows, want %v", tt.name, tt.keeps, got, tt.want)
		}
	}
}

// A page made to end early for the closing panel (spill) may end where a list's keeps give
// way, as paginate breaks a long list, but not on a heading or a paragraph's kept lines; a
// balance for evenness alone breaks no keep.
func TestKeptAllowsListBreaks(t *testing.T) {
	col := func(last row) []placed { return []placed{{row: row{h: 10}}, {row: last}} }
	for _, tt := range []struct {
		name       string
		last       row
		soft, even bool // kept for a spill, for a balance
	}{
		{"free", row{h: 10}, true, true},
		{"a list's first item", row{h: 10, keep: true, soft: 2}, true, false},
		{"a list's lead-in", row{h: 10, keep: true, soft: 1}, true, false},
		{"a heading", row{h: 10, keep: true}, false, false},
	} {
		cols := [][]placed{col(tt.last), col(row{h: 10})}
		if got := kept(cols, true); got != tt.soft {
			t.Errorf("a spill's column ending on %s: kept %v, want %v", tt.name, got, tt.soft)
		}
		if got := kept(cols, false); got != tt.even {
			t.Errorf("a balanced column ending on %s: kept %v, want %v", tt.name, got, tt.even)
		}
	}
}

// A text taller than its columns hold with any one part of it left out is roomless: no question
// left out makes it fit, and none is tried; one whose largest part, left out, leaves it short
// enough is not, whatever the rest.
func TestRoomless(t *testing.T) {
	rowsOf := func(parts ...float64) []row {
		var rs []row
		for _, h := range parts {
			rs = append(rs, row{h: h / 2, part: true}, row{h: h / 2})
		}
		return rs
	}
	column := func(int) frame { return frame{top: 10, bottom: 110} }
	for _, tt := range []struct {
		name string
		rows []row
		want bool
	}{
		{"a little too long", rowsOf(60, 60, 60, 30), false},
		{"many short questions, far too many", rowsOf(slices.Repeat([]float64{10}, 25)...), true},
		{"one long answer among short ones", rowsOf(append([]float64{150}, slices.Repeat([]float64{10}, 8)...)...), false},
		{"just fitting without the largest", rowsOf(100, 100, 100), false},
	} {
		if got := roomless(tt.rows, column, 2); got != tt.want {
			t.Errorf("%s: roomless %v, want %v", tt.name, got, tt.want)
		}
	}
}
