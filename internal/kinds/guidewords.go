package kinds

import (
	"haven/internal/content"
	"haven/internal/layout"
)

// guideWords are the print guide's words, one entry per language: its own and every kind's
// instructions, so the guides of a run say the same things in each language.
var guideWords = map[string]GuideWords{"en": english(), "es": spanish()}

func english() GuideWords {
	const twoSided, oneSided, noCut = "both sides (duplex), flip on the LONG edge", "one side only", "no cutting"
	return GuideWords{
		GuideText: layout.GuideText{
			Lang:    "en",
			Title:   "How to print this kit",
			Subject: "How to print each file of the kit: paper, scale, sides, cutting, print shops",
			Rules: []string{
				`Print every file at 100%: in the print window choose "Actual size" (or Scale: 100), never "Fit to page", "Shrink oversized pages" or "Fit". A shrunk page moves every cut line and no longer fits card stock.`,
				`Print one copy first and check it against proof.pdf: read the number printed on it against your organisation's own record of the line, digit by digit, and scan its QR code with a phone. Do not %s the number to test it: a test takes the line from someone in crisis trying to reach it. If you must, say at once that it is a test.`,
				`Do not edit the PDFs: haven checked every number and QR code in them as they are. Change the content and make them again instead.`,
				`For hundreds of copies, order them from a print or copy shop: give it the PDFs as they are, ask for a printed proof, and check every number and QR code on the proof before it prints the rest.`,
			},
			PageOf: "%s, page %d of %d",
		},
		Reach:  [3]string{"call or text", "call", "text"},
		Labels: GuideLabels{First: "First", Paper: "Paper", Scale: "Scale", Sides: "Sides", PerSheet: "On a sheet", Cut: "Cutting", Shop: "Print shop"},
		Scale:  `100% ("Actual size")`,
		Papers: paperTitles("en"),
		Names:  fileNames("en"),
		And:    " and ", OnPaper: content.BuiltinSiteWord("en", "on_paper"),
		TwoSided: twoSided, OneSided: oneSided, InchCard: "3.5 x 2 in (the US size)",
		Placements: "Every file is made once for each of the %d placement codes, in its own folder (%s): the files below are the first code's. Print each folder's copies for the place its code stands for, and keep them apart: each QR code reports its own place.",
		HandoutPages: [4]string{"one page, on one side of a sheet", "one sheet, a page on each side",
			"%d pages on %d sheets, a page on each side: staple them in the top left corner",
			"%d pages on %d sheets, a page on each side: staple them in the top right corner (it reads from right to left)"},
		PlainPaper: "plain office paper, %s, 24 lb / 90 g/m² or heavier so the back does not show through",
		Kinds: map[How]Instructions{
			HowHandout: {Cut: noCut}, // sides and sheets from each file's pages (HandoutRows)
			HowCards: {Sides: twoSided + ": page 1 is the fronts, page 2 the backs. If your printer cannot print card both sides, print page 1, put the sheet back in turned over along its long edge, and print page 2",
				PerSheet: "10 cards",
				Cut:      "on perforated sheets, fold and tear along the perforations; on plain card, cut along the short marks in the margins with a ruler or a paper cutter",
				First:    "once per printer, line it up: make the test sheet (haven cards --calibrate), print it at 100% on plain paper, hold it against a sheet of the card stock up to the light, and read the offset on its rulers; then make the cards again with haven cards --offset X,Y (or cards: offset: X,Y in settings.yaml)"},
			HowBleed: {Stock: "a print shop's business-card stock, e.g. 14 pt / 350 g/m² matte",
				Sides:    "both sides: page 1 the front, page 2 the back",
				PerSheet: "one card per page; the shop places many on its sheets",
				Cut:      "the shop trims at the crop marks; the colour runs 0.125 in (3 mm) past them (bleed) so no white edge shows",
				Shop:     "ask for: business cards, %s, full bleed, printed both sides, from this PDF as it is (no scaling), and a proof to approve before the run"},
			HowPoster: {Sides: oneSided, PerSheet: "one poster", Cut: noCut},
			HowTearOff: {Sides: oneSided, PerSheet: "one flyer",
				Cut: "cut along each dashed line between the tabs, from the bottom edge up to the dashed line across their tops, and fold along that line, so each tab tears off cleanly with the number on it"},
		},
		CardStock: map[string]string{
			"letter": "Avery 5371, 8371 or 28371 business-card sheets (ten 3.5 x 2 in cards), or 65-110 lb cover stock to cut yourself",
			"a4":     "A4 business-card sheets of ten 85 x 55 mm cards (2 across, 5 down), or 200-300 g/m² card to cut yourself",
		},
		MidPaper:    "%s paper, 28-32 lb / 105-120 g/m²; many office printers and every copy shop take it",
		PosterPaper: "poster paper, %s, matte or satin (matte is easier to read under lights)",
		ShopPoster:  "ask for: a poster, %s, one side, printed from this PDF at 100%% (no scaling, no bleed: the white margin is part of the design), matte or satin; laminated or foam board if it hangs outdoors",
	}
}

func spanish() GuideWords {
	const twoSided, oneSided, noCut = "a doble cara (dúplex), volteando por el borde largo", "por una sola cara", "sin corte"
	return GuideWords{
		GuideText: layout.GuideText{
			Lang:    "es",
			Title:   "Cómo imprimir estos materiales",
			Subject: "Cómo imprimir cada archivo de los materiales: papel, escala, caras, corte, imprentas",
			Rules: []string{
				"Imprima cada archivo al 100%: en la ventana de impresión elija «Tamaño real» (o Escala: 100), nunca «Ajustar a la página», «Reducir páginas de gran tamaño» ni «Ajustar». Una página reducida desplaza todas las líneas de corte y ya no coincide con la cartulina.",
				"Imprima primero una copia y compárela con proof.pdf: compare el número impreso, cifra por cifra, con el que su organización tiene registrado, y escanee el código QR con un teléfono. No %s al número para probarlo: una prueba le quita la línea a alguien en crisis que intenta comunicarse. Si tiene que hacerlo, diga enseguida que es una prueba.",
				"No modifique los PDF: haven verificó cada número y cada código QR tal como están. Si necesita cambios, modifique el contenido y vuelva a generarlos.",
				"Para cientos de copias, encárguelas a una imprenta o copistería: entréguele los PDF tal como están, pida una prueba impresa y revise cada número y código QR en ella antes de que imprima el resto.",
			},
			PageOf: "%s, página %d de %d",
		},
		Reach:  [3]string{"llame ni envíe un mensaje de texto", "llame", "envíe un mensaje de texto"},
		Labels: GuideLabels{First: "Antes", Paper: "Papel", Scale: "Escala", Sides: "Caras", PerSheet: "Por hoja", Cut: "Corte", Shop: "Imprenta"},
		Scale:  "100% («Tamaño real»)",
		Papers: paperTitles("es"),
		Names:  fileNames("es"),
		And:    " y ", OnPaper: content.BuiltinSiteWord("es", "on_paper"),
		TwoSided: twoSided, OneSided: oneSided, InchCard: "3.5 x 2 pulg. (tamaño EE. UU.)",
		Placements: "Cada archivo se genera una vez para cada uno de los %d códigos de ubicación, en su propia carpeta (%s): los archivos de abajo son los del primer código. Imprima las copias de cada carpeta para el lugar que su código representa y manténgalas separadas: cada código QR informa de su propio lugar.",
		HandoutPages: [4]string{"una página, en una sola cara de la hoja", "una hoja, una página por cara",
			"%d páginas en %d hojas, una página por cara: engrápelas en la esquina superior izquierda",
			"%d páginas en %d hojas, una página por cara: engrápelas en la esquina superior derecha (se lee de derecha a izquierda)"},
		PlainPaper: "papel bond, tamaño %s, de 90 g/m² (24 lb) o más grueso, para que no se transparente el reverso",
		Kinds: map[How]Instructions{
			HowHandout: {Cut: noCut}, // caras y hojas según las páginas de cada archivo (HandoutRows)
			HowCards: {Sides: twoSided + ": la página 1 son los frentes y la página 2, los reversos. Si su impresora no imprime cartulina a doble cara, imprima la página 1, vuelva a colocar la hoja volteándola por el borde largo e imprima la página 2",
				PerSheet: "10 tarjetas",
				Cut:      "en hojas microperforadas, doble y desprenda por las perforaciones; en cartulina lisa, corte por las marcas cortas de los márgenes con una regla o una guillotina",
				First:    "una vez por impresora, alinéela: genere la hoja de prueba (haven cards --calibrate), imprímala al 100% en papel bond, colóquela sobre una hoja de la cartulina a contraluz y lea el desplazamiento en sus reglas; luego vuelva a generar las tarjetas con haven cards --offset X,Y (o cards: offset: X,Y en settings.yaml)"},
			HowBleed: {Stock: "la cartulina para tarjetas de presentación de la imprenta, p. ej., de 350 g/m² (14 pt) mate",
				Sides:    "a doble cara: la página 1 es el frente y la página 2, el reverso",
				PerSheet: "una tarjeta por página; la imprenta acomoda muchas en cada pliego",
				Cut:      "la imprenta refila en las marcas de corte; el color se extiende 0.125 pulg. (3 mm) más allá de ellas (sangrado) para que no quede ningún borde blanco",
				Shop:     "pida: tarjetas de presentación de %s, a sangre, impresas a doble cara, a partir de este PDF tal como está (sin escalar), y una prueba para aprobar antes del tiraje"},
			HowPoster: {Sides: oneSided, PerSheet: "un póster", Cut: noCut},
			HowTearOff: {Sides: oneSided, PerSheet: "un volante",
				Cut: "corte por cada línea punteada entre las tiras, desde el borde inferior hasta la línea punteada que las cruza por arriba, y doble por esa línea, para que cada tira se desprenda limpiamente con el número"},
		},
		CardStock: map[string]string{
			"letter": "hojas de tarjetas de presentación Avery 5371, 8371 o 28371 (diez tarjetas de 3.5 x 2 pulg.), o cartulina de 65-110 lb (cover) para cortarlas usted mismo",
			"a4":     "hojas A4 de tarjetas de presentación con diez tarjetas de 85 x 55 mm (2 de ancho por 5 de alto), o cartulina de 200-300 g/m² para cortarlas usted mismo",
		},
		MidPaper:    "papel tamaño %s de 105-120 g/m² (28-32 lb); muchas impresoras de oficina y todos los centros de copiado lo aceptan",
		PosterPaper: "papel para póster, tamaño %s, mate o satinado (el mate se lee mejor bajo la luz)",
		ShopPoster:  "pida: un póster tamaño %s, por una sola cara, impreso a partir de este PDF al 100%% (sin escalar ni sangrado: el margen blanco es parte del diseño), mate o satinado; laminado o montado en cartón espuma (foam board) si se colgará a la intemperie",
	}
}

// paperTitles are each paper's title in lang, with its size: the resource page's words.
func paperTitles(lang string) map[string]string {
	out := map[string]string{}
	for p := range layout.Papers {
		out[p] = content.BuiltinSiteWord(lang, p)
	}
	return out
}

// fileNames are each document's name in lang, by its Printing's name: the resource page's
// words.
func fileNames(lang string) map[string]string {
	out := map[string]string{}
	for _, p := range printings {
		out[p] = content.BuiltinSiteWord(lang, siteKey(p))
	}
	return out
}
