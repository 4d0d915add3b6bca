package readback

import (
	"strings"
	"testing"
	"unicode/utf16"
)

func TestContentStream(t *testing.T) {
	for _, bad := range []string{"BT [<0031>] Tj ET", "BT <0031> TJ ET", "BT [<0031> /N] TJ ET", "BT [ TJ ET"} {
		if err := (&Page{W: 200, H: 300}).run([]byte(bad)); err == nil {
			t.Errorf("%s: no error", bad)
		}
	}
	p := Page{W: 200, H: 300}
	stream := []byte(`BT /F1 12.00 Tf ET
/P <</MCID 3>> BDC q 0.106 g BT 10.00 280.00 Td (\000A\000\(\000\)) Tj ET Q EMC
q 0.000 1.000 -1.000 0.000 50.00 100.00 cm BT 0 0 Td <00390031> Tj ET Q
BT 20.00 30.00 Td [<E000> -120.5 <E001>] TJ 2.00 Ts [<E002>] TJ 0 Ts ET
0.000 g
/Artifact BMC /Span <</MCID 9>> BDC 10.00 290.00 5.00 -5.00 re f EMC EMC
1.000 1.000 1.000 rg 20.00 20.00 m 30.00 20.00 l 30.00 10.00 l h f
q 40.00 0 0 20.00 100.00 100.00 cm /I1 Do Q
0.50 w 0.059 0.298 0.361 RG 10.00 50.00 m 110.00 50.00 l S`)
	if err := p.run(stream); err != nil {
		t.Fatal(err)
	}
	if want := (Stroke{X1: 10, Y1: 250, X2: 110, Y2: 250, Width: 0.5, Color: RGB{0.059, 0.298, 0.361}, Paint: Paint{DeviceRGB, [4]float64{0.059, 0.298, 0.361}}, Mark: Unmarked}); len(p.Strokes) != 1 || p.Strokes[0] != want {
		t.Errorf("strokes: got %+v, want %+v", p.Strokes, want)
	}
	want := []Text{{S: "A()", X: 10, Y: 20, Size: 12, Font: "F1", Color: RGB{0.106, 0.106, 0.106}, Paint: Paint{Gray, [4]float64{0.106}}, Mark: 3}, {S: "91", X: 50, Y: 200, Size: 12, Font: "F1", Mark: Unmarked},
		// a shaped text's glyphs: each TJ one text, from where it starts, with the sum of its moves; the rise is the glyphs' own
		{S: "\ue000\ue001", X: 20, Y: 270, Size: 12, Moves: -120.5, Font: "F1", Mark: Unmarked}, {S: "\ue002", X: 20, Y: 270, Size: 12, Font: "F1", Mark: Unmarked}}
	if len(p.Texts) != len(want) {
		t.Fatalf("got %d texts: %+v", len(p.Texts), p.Texts)
	}
	for i, w := range want {
		if p.Texts[i] != w {
			t.Errorf("text %d: got %+v, want %+v", i, p.Texts[i], w)
		}
	}
	fills := []Shape{{X: 10, Y: 10, W: 5, H: 5, Mark: Artifact}, {X: 20, Y: 280, W: 10, H: 10, Color: RGB{1, 1, 1}, Paint: Paint{DeviceRGB, [4]float64{1, 1, 1}}, Mark: Unmarked}, {X: 100, Y: 180, W: 40, H: 20, Image: true, Mark: Unmarked}}
	if len(p.Fills) != len(fills) {
		t.Fatalf("got %d fills: %+v", len(p.Fills), p.Fills)
	}
	for i, f := range fills {
		if p.Fills[i] != f {
			t.Errorf("fill %d: got %+v, want %+v", i, p.Fills[i], f)
		}
	}
}

// Each colour operator sets its own space: the paint is read as written, and its RGB is what a
// screen would show.
func TestContentColours(t *testing.T) {
	for _, tc := range []struct {
		ops   string
		paint Paint
		rgb   RGB
	}{
		{"0.106 g", Paint{Gray, [4]float64{0.106}}, RGB{0.106, 0.106, 0.106}},
		{"0.059 0.298 0.361 rg", Paint{DeviceRGB, [4]float64{0.059, 0.298, 0.361}}, RGB{0.059, 0.298, 0.361}},
		{"0.000 0.000 0.000 1.000 k", Paint{DeviceCMYK, [4]float64{0, 0, 0, 1}}, RGB{}},
		{"0.500 0.000 1.000 0.500 k", Paint{DeviceCMYK, [4]float64{0.5, 0, 1, 0.5}}, RGB{0.25, 0.5, 0}},
	} {
		t.Run(tc.ops, func(t *testing.T) {
			i := strings.LastIndex(tc.ops, " ") + 1 // the stroking operator is the same in capitals
			stroke := tc.ops[:i] + strings.ToUpper(tc.ops[i:])
			p := Page{W: 100, H: 100}
			stream := tc.ops + " BT /F1 9 Tf 1 1 Td <0031> Tj ET 0 0 5 5 re f " + stroke + " 0 0 m 9 0 l S"
			if err := p.run([]byte(stream)); err != nil {
				t.Fatal(err)
			}
			if len(p.Texts) != 1 || len(p.Fills) != 1 || len(p.Strokes) != 1 {
				t.Fatalf("read %d texts, %d fills, %d strokes from %q", len(p.Texts), len(p.Fills), len(p.Strokes), stream)
			}
			for what, got := range map[string]struct {
				p Paint
				c RGB
			}{"text": {p.Texts[0].Paint, p.Texts[0].Color}, "fill": {p.Fills[0].Paint, p.Fills[0].Color}, "stroke": {p.Strokes[0].Paint, p.Strokes[0].Color}} {
				if got.p != tc.paint || got.c != tc.rgb {
					t.Errorf("%s: %+v %v, want %+v %v", what, got.p, got.c, tc.paint, tc.rgb)
				}
			}
		})
	}
}

func TestReadRefusesACutFile(t *testing.T) {
	if _, err := Read([]byte("%PDF-1.3\n1 0 obj\n<<")); err == nil {
		t.Fatal("a cut-short file was read")
	}
}

// TestFormsReadAsInline places a form XObject twice, moved and scaled, and checks the page
// reads exactly as the same drawing painted inline; forms that place themselves are an error.
func TestFormsReadAsInline(t *testing.T) {
	qr := "0.000 g 0.00 10.00 m 2.00 10.00 l 2.00 8.00 l 0.00 8.00 l h 4.00 10.00 m 6.00 10.00 l 6.00 8.00 l 4.00 8.00 l h f"
	for _, tc := range []struct {
		name, page, form, matrix, inline string
	}{
		{"placed twice",
			"1 g q 1.0000 0 0 1.0000 20.0000 30.0000 cm /X1 Do Q q 2.0000 0 0 2.0000 100.0000 30.0000 cm /X1 Do Q 5 5 1 1 re f",
			qr, "",
			"1 g q 1 0 0 1 20 30 cm " + qr + " Q q 2 0 0 2 100 30 cm " + qr + " Q 5 5 1 1 re f"},
		{"with a matrix", "q 1 0 0 1 20 30 cm /X1 Do Q", qr, "1 0 0 1 -5 0", "q 1 0 0 1 15 30 cm " + qr + " Q"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			viaForm, err := Read(makePDF([]byte(tc.page), formObject(tc.form, tc.matrix)))
			if err != nil {
				t.Fatal(err)
			}
			inline, err := Read(makePDF([]byte(tc.inline)))
			if err != nil {
				t.Fatal(err)
			}
			got, want := viaForm[0], inline[0]
			if len(got.Fills) != len(want.Fills) || len(got.Fills) < 2 {
				t.Fatalf("fills through the form: %+v\ninline: %+v", got.Fills, want.Fills)
			}
			for i := range want.Fills {
				if got.Fills[i] != want.Fills[i] {
					t.Errorf("fill %d: through the form %+v, inline %+v", i, got.Fills[i], want.Fills[i])
				}
			}
		})
	}
	if _, err := Read(makePDF([]byte("/X1 Do"), formObject("/X1 Do", ""))); err == nil {
		t.Error("a form that places itself was read")
	}
	fanOut := func(name string) string { return formObject(strings.Repeat("/"+name+" Do ", 20), "") }
	if _, err := Read(makePDF([]byte("/X1 Do"), fanOut("X2"), fanOut("X3"), fanOut("X4"), fanOut("X5"), formObject("0 0 1 1 re f", ""))); err == nil {
		t.Error("forms placing 20^4 forms were read, without a limit")
	}
}

// TestUTF16Text holds the decoder to utf16.Decode on pairs, unpaired surrogates and odd ends.
func TestUTF16Text(t *testing.T) {
	for _, units := range [][]uint16{
		{0x41, 0xD83D, 0xDE00, 0x42}, {0xD83D}, {0xDE00, 0x41}, {0xD83D, 0x41}, {0xD83D, 0xD83D, 0xDE00}, {}, {0xFFFD, 0x20AC},
	} {
		var b []byte
		for _, u := range units {
			b = append(b, byte(u>>8), byte(u))
		}
		got, err := utf16Text(b)
		if want := string(utf16.Decode(units)); err != nil || got != want {
			t.Errorf("%04X: got %q, %v, want %q", units, got, err, want)
		}
	}
}
