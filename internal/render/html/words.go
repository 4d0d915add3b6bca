package html

// Words are the page's own words around the content: the quick exit, its safety note, the
// navigation. English and Spanish are built in; another language gets English until its
// text.yaml can carry them.
type Words struct {
	Lang         string // the language they are in
	Exit         string // the quick exit's label
	Skip         string // the skip link
	Safety       string // what the quick exit does and does not do
	SafetyNoJS   string // the same when JavaScript is off: a plain link, which Back returns from
	Private      string // the link on browsing privately
	Languages    string // the language switch's name
	Contents     string // the list of questions
	Downloads    string // the PDFs' heading
	DownloadsTip string // one line under it
	PDF          string // "PDF, %s" before the size
	NeutralTitle string // the <title> of a discreet page
	ThisPage     string // before the page's own address in the footer
	// Announced to screen readers while Shift is pressed, and as the page goes.
	PressTwoMore, PressOneMore, TimedOut, Leaving string
}

var words = map[string]Words{
	"en": {
		Lang:         "en",
		Exit:         "Exit this page",
		Skip:         "Skip to main content",
		Safety:       "To leave quickly, select “Exit this page” or press the Shift key 3 times. This page disappears at once and an everyday website opens in its place, so Back will not return here. It does not erase your browsing history: anyone who checks this device can still see that you visited.",
		SafetyNoJS:   "To leave quickly, select “Exit this page”: an everyday website opens. With JavaScript off, Back returns to this page. The exit does not erase your browsing history: anyone who checks this device can still see that you visited.",
		Private:      "How to browse privately and stay safe online",
		Languages:    "Language",
		Contents:     "Questions on this page",
		Downloads:    "Print and share",
		DownloadsTip: "The same information on paper, to print and hand out.",
		PDF:          "PDF",
		NeutralTitle: "Information",
		ThisPage:     "This page:",
		PressTwoMore: "Shift, press 2 more times to exit.",
		PressOneMore: "Shift, press 1 more time to exit.",
		TimedOut:     "Exit this page expired.",
		Leaving:      "Loading.",
	},
	"es": {
		Lang:         "es",
		Exit:         "Salir de esta página",
		Skip:         "Saltar al contenido principal",
		Safety:       "Para salir rápido, seleccione «Salir de esta página» o pulse la tecla Mayús 3 veces. Esta página desaparece al instante y en su lugar se abre un sitio web cotidiano, así que el botón Atrás no regresa aquí. No borra su historial de navegación: quien revise este dispositivo podrá ver que usted la visitó.",
		SafetyNoJS:   "Para salir rápido, seleccione «Salir de esta página»: se abre un sitio web cotidiano. Con JavaScript desactivado, el botón Atrás regresa a esta página. La salida no borra su historial de navegación: quien revise este dispositivo podrá ver que usted la visitó.",
		Private:      "Cómo navegar en privado y protegerse en línea",
		Languages:    "Idioma",
		Contents:     "Preguntas en esta página",
		Downloads:    "Imprimir y compartir",
		DownloadsTip: "La misma información en papel, para imprimir y repartir.",
		PDF:          "PDF",
		NeutralTitle: "Información",
		ThisPage:     "Esta página:",
		PressTwoMore: "Mayús: pulse 2 veces más para salir.",
		PressOneMore: "Mayús: pulse 1 vez más para salir.",
		TimedOut:     "Salir de esta página: tiempo agotado.",
		Leaving:      "Cargando.",
	},
}

// WordsFor is a language's words, English for a language haven has none for (marked with
// its lang, so a screen reader reads them as English).
func WordsFor(lang string) Words {
	if w, ok := words[lang]; ok {
		return w
	}
	return words["en"]
}
