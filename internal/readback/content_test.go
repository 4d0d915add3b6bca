package readback

import "testing"

func TestContentStream(t *testing.T) {
	p := Page{W: 200, H: 300}
	stream := []byte(`BT /F1 12.00 Tf ET
q 0.106 g BT 10.00 280.00 Td (\000A\000\(\000\)) Tj ET Q
q 0.000 1.000 -1.000 0.000 50.00 100.00 cm BT 0 0 Td <00390031> Tj ET Q
0.000 g
10.00 290.00 5.00 -5.00 re f
1.000 1.000 1.000 rg 20.00 20.00 m 30.00 20.00 l 30.00 10.00 l h f
q 40.00 0 0 20.00 100.00 100.00 cm /I1 Do Q
0.50 w 0.059 0.298 0.361 RG 10.00 50.00 m 110.00 50.00 l S`)
	if err := p.run(stream); err != nil {
		t.Fatal(err)
	}
	if want := (Stroke{X1: 10, Y1: 250, X2: 110, Y2: 250, Width: 0.5, Color: RGB{0.059, 0.298, 0.361}}); len(p.Strokes) != 1 || p.Strokes[0] != want {
		t.Errorf("strokes: got %+v, want %+v", p.Strokes, want)
	}
	want := []Text{{S: "A()", X: 10, Y: 20, Size: 12, Font: "F1", Color: RGB{0.106, 0.106, 0.106}}, {S: "91", X: 50, Y: 200, Size: 12, Font: "F1"}}
	if len(p.Texts) != len(want) {
		t.Fatalf("got %d texts: %+v", len(p.Texts), p.Texts)
	}
	for i, w := range want {
		if p.Texts[i] != w {
			t.Errorf("text %d: got %+v, want %+v", i, p.Texts[i], w)
		}
	}
	fills := []Shape{{X: 10, Y: 10, W: 5, H: 5}, {X: 20, Y: 280, W: 10, H: 10, Color: RGB{1, 1, 1}}, {X: 100, Y: 180, W: 40, H: 20, Image: true}}
	if len(p.Fills) != len(fills) {
		t.Fatalf("got %d fills: %+v", len(p.Fills), p.Fills)
	}
	for i, f := range fills {
		if p.Fills[i] != f {
			t.Errorf("fill %d: got %+v, want %+v", i, p.Fills[i], f)
		}
	}
}

func TestReadRefusesACutFile(t *testing.T) {
	if _, err := Read([]byte("%PDF-1.3\n1 0 obj\n<<")); err == nil {
		t.Fatal("a cut-short file was read")
	}
}
