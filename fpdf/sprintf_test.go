package fpdf

import (
	"fmt"
	"math"
	"testing"
)

// sprintf writes what fmt.Sprintf writes, for the verbs it writes itself and for those it
// leaves to fmt (patch 23).
func TestSprintfAsFmt(t *testing.T) {
	for _, tc := range []struct {
		format string
		args   []any
	}{
		{"BT %.2f %.2f Td (%s) Tj ET", []any{72.0, 719.995, "Call 1-888-373-7888"}},
		{"%.5f %.5f %.5f %.5f re f", []any{-0.000004, 1e-7, 123456.789012345, -1.5}},
		{"%.3f %.3f %.3f rg", []any{0.1, 0.25, 1.0}},
		{"%d 0 obj", []any{-42}},
		{"/F%s %.2f Tf 100%%", []any{"1a2b", 11.5}},
		{"%.2f %.2f", []any{math.Inf(1), math.NaN()}},
		{"%.0f %.9f", []any{2.5, 1.0 / 3}},
		{"%.2f %.2f", []any{math.Copysign(0, -1), -0.001}}, // negative zero, and a number that rounds to it
		// left to fmt: other verbs, widths, types, too few or too many arguments
		{"%010d", []any{7}},
		{"%.4F", []any{1.23456}},
		{"%v %40s", []any{[]int{1}, "x"}},
		{"%d", []any{int64(3)}},
		{"%s", []any{[]byte("b")}},
		{"%.2f", []any{float32(1.5)}},
		{"%d %d", []any{1}},
		{"%d", []any{1, 2}},
		{"100%", nil},
	} {
		if got, want := sprintf(tc.format, tc.args...), fmt.Sprintf(tc.format, tc.args...); got != want {
			t.Errorf("sprintf(%q, %v) = %q, want %q", tc.format, tc.args, got, want)
		}
	}
}

func BenchmarkSprintf(b *testing.B) {
	b.ReportAllocs()
	for range b.N {
		sprintf("BT %.2f %.2f Td (%s) Tj ET", 72.0, 719.995, "Call 1-888-373-7888")
	}
}
