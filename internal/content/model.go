// Package content loads, checks and expands haven's content: settings.yaml with the facts every
// output prints, and one folder per language holding faq.md and text.yaml. It knows nothing of PDF.
package content

import "haven/internal/diag"

// Content is everything an output is made from.
type Content struct {
	Settings  Settings
	Logo      *Logo      // nil when settings.yaml names none
	Languages []Language // in folder-name order, English first when present
	// Printed lists the settings printed as written (organisation name and contact, and the
	// short address), with their lines, as Language.Texts does for the words.
	Printed []diag.Located
	// Address is the resource URL as printed under QR codes, with where it was set (settings.yaml
	// or --url).
	Address diag.Located
	// FontAt is where settings.yaml names its font, for messages about the font files.
	FontAt diag.Located
	// Warnings are things that do not stop a build but may not be what the user meant,
	// such as a folder that is not a language.
	Warnings diag.Problems
}

// Settings is settings.yaml.
type Settings struct {
	Organisation Organisation `yaml:"organisation"`
	ResourceURL  string       `yaml:"resource_url"`
	// DisplayURL is the address printed under QR codes when it should be shorter than the one
	// they open (resource_url, with its tracking query).
	DisplayURL string  `yaml:"display_url" haven:"optional"`
	Campaign   string  `yaml:"campaign" haven:"optional"`
	Hotline    Hotline `yaml:"hotline"`
	// Country is how numbers written without + are read (ISO 3166 code; default US).
	Country string  `yaml:"country" haven:"optional"`
	Colours Colours `yaml:"colours"`
	Font    Font    `yaml:"font" haven:"optional"`
	Site    Site    `yaml:"site" haven:"optional"`
	Cards   Cards   `yaml:"cards" haven:"optional"`
	Handout Handout `yaml:"handout" haven:"optional"`
	// Languages, when set, are the language folders to use; otherwise every folder named by a
	// language code is one.
	Languages []string `yaml:"languages" haven:"optional"`
}

// Cards are the settings of the home-printed card sheets.
type Cards struct {
	// Offset is "X,Y" in millimetres: how far the printer must move the cards, right and down,
	// to land on the card stock (found with haven cards --calibrate).
	Offset string `yaml:"offset" haven:"optional"`
}

// Handout holds the handout's settings.
type Handout struct {
	// Sheets is how many sheets a normal-print handout may take: "1" keeps it to one sheet
	// printed on both sides, and a longer FAQ is an error; empty allows a second sheet.
	Sheets string `yaml:"sheets" haven:"optional"`
}

// Font names .ttf files in the content folder to use when the built-in fonts lack a
// language's characters (for example Chinese).
type Font struct {
	Regular string `yaml:"regular" haven:"optional"`
	Bold    string `yaml:"bold" haven:"optional"`
}

// LangOrganisation is the organisation as one language writes it.
type LangOrganisation struct {
	Name    diag.Located `yaml:"name" haven:"optional"`
	Contact diag.Located `yaml:"contact" haven:"optional"`
}

// Site is how `haven site` makes the resource page the QR codes can open.
type Site struct {
	// Discreet gives the pages a neutral title, for phones that someone else checks.
	Discreet bool `yaml:"discreet" haven:"optional"`
	// ExitURL is where the quick exit goes: an everyday site (a default is built in).
	ExitURL string `yaml:"exit_url" haven:"optional"`
}

// Organisation is who hands the material out.
type Organisation struct {
	Name    diag.Located `yaml:"name"`
	Contact diag.Located `yaml:"contact" haven:"optional"`
	// Website is the organisation's own site (https://...). A QR code that opens a page on it,
	// such as the resource page haven site makes, is captioned as the full guide; one that
	// opens another's page (the hotline's) is not.
	Website string `yaml:"website" haven:"optional"`
	Logo    string `yaml:"logo" haven:"optional"`
	// LogoSize is the logo's printed size in percent of the layouts' own (MinLogoSize to
	// MaxLogoSize).
	LogoSize string `yaml:"logo_size" haven:"optional"`
}

// Hotline holds every number haven prints. They are typed here once. Only call and emergency
// are required: a line may have no text service, no TTY and no chat.
type Hotline struct {
	Call      diag.Located `yaml:"call" haven:"optional"` // required, or phone in the old schema
	Text      diag.Located `yaml:"text" haven:"optional"` // the number or short code to text
	Keyword   diag.Located `yaml:"keyword" haven:"optional"`
	TTY       diag.Located `yaml:"tty" haven:"optional"`
	Chat      diag.Located `yaml:"chat" haven:"optional"` // an https address
	Emergency diag.Located `yaml:"emergency"`
	// Phone and Shortcode are the old names of Call and Text; content written with them keeps
	// loading, and they become Call and Text.
	Phone     diag.Located `yaml:"phone" haven:"optional"`
	Shortcode diag.Located `yaml:"shortcode" haven:"optional"`
}

// Texts reports whether the line takes text messages.
func (h Hotline) Texts() bool { return h.Text.Text != "" }

// SameNumber reports whether people call and text one number ("Call or text 988").
func (h Hotline) SameNumber() bool { return h.Texts() && h.Text.Text == h.Call.Text }

// Colours are #RRGGBB strings.
type Colours struct {
	Primary string `yaml:"primary"`
	Accent  string `yaml:"accent"`
	Ink     string `yaml:"ink"`
	Panel   string `yaml:"panel"`
}

// Language is one language folder.
type Language struct {
	Code string // the folder name, e.g. "en"; also the PDF /Lang
	FAQ  FAQ
	Text Text
	// Texts lists every printed string of this language with where it came from, so later
	// checks (font coverage, fitting) can name the file and line.
	Texts []diag.Located
}

// FAQ is faq.md.
type FAQ struct {
	Title        diag.Located
	Intro        []Para
	Questions    []QA
	ClosingTitle diag.Located
	Closing      []Para
}

// BoldOn and BoldOff mark where bold text begins and ends in a paragraph's text (from **bold**
// in faq.md). They are private-use characters, which no content may contain and no font draws:
// layout sets the text between them in bold and never prints them.
const (
	BoldOn  = "\uE000"
	BoldOff = "\uE001"
)

// Para is a paragraph of the FAQ, or an item of a list in it.
type Para struct {
	diag.Located
	Mark  string // a list item's bullet or number, e.g. "•" or "2."; empty for a paragraph
	Level int    // 0 for a paragraph, 1 for a list item, 2 for an item of a list inside one
	Links []Link // the texts in it that link to a web page, a phone or a text message
}

// Link is a text of a paragraph that opens URL when tapped in the PDF.
type Link struct {
	Text, URL string
}

// QA is one question with its answer paragraphs.
type QA struct {
	Question diag.Located
	Answer   []Para
}

// Text is text.yaml: every printed word that is not the FAQ.
type Text struct {
	Language diag.Located `yaml:"language"`
	// Organisation, when set, is the organisation's name and contact line in this language,
	// in place of those in settings.yaml.
	Organisation LangOrganisation `yaml:"organisation" haven:"optional"`
	HotlineName  diag.Located     `yaml:"hotline_name"`
	QRAlt        diag.Located     `yaml:"qr_alt" haven:"optional"` // a QR code's alt text in tagged PDFs
	Help         HelpText         `yaml:"help"`
	Handout      HandoutText      `yaml:"handout"`
	Card         CardText         `yaml:"card"`
	Discreet     DiscreetText     `yaml:"discreet"`
	Poster       PosterText       `yaml:"poster"`
}

// HelpText is the hotline box.
type HelpText struct {
	Title       diag.Located `yaml:"title"`
	DangerLabel diag.Located `yaml:"danger_label"`
	Danger      diag.Located `yaml:"danger"`
	CallLabel   diag.Located `yaml:"call_label"`
	Call        diag.Located `yaml:"call"`
	TextLabel   diag.Located `yaml:"text_label" haven:"optional"` // printed only when the line takes texts
	Text        diag.Located `yaml:"text" haven:"optional"`
	TTYLabel    diag.Located `yaml:"tty_label" haven:"optional"`
	TTY         diag.Located `yaml:"tty" haven:"optional"`
	ChatLabel   diag.Located `yaml:"chat_label" haven:"optional"`
	Chat        diag.Located `yaml:"chat" haven:"optional"`
	Note        diag.Located `yaml:"note"`
}

// HandoutText is the handout's own wording.
type HandoutText struct {
	Subtitle  diag.Located `yaml:"subtitle"`
	ScanTitle diag.Located `yaml:"scan_title"`
	// ScanGuide is the caption in place of ScanTitle when the QR code opens the organisation's
	// own resource page (organisation.website in settings.yaml).
	ScanGuide diag.Located `yaml:"scan_guide" haven:"optional"`
	Page      diag.Located `yaml:"page"` // keeps {page} and {pages} for layout to fill
}

// CardText is the wallet card.
type CardText struct {
	Headline  diag.Located   `yaml:"headline"`
	CallLabel diag.Located   `yaml:"call_label"`
	Text      diag.Located   `yaml:"text" haven:"optional"`
	More      diag.Located   `yaml:"more" haven:"optional"` // a TTY or chat line, small
	Danger    diag.Located   `yaml:"danger"`
	BackTitle diag.Located   `yaml:"back_title"`
	Signs     []diag.Located `yaml:"signs"`
	BackNote  diag.Located   `yaml:"back_note"`
}

// DiscreetText is the card whose front does not say what it is about.
type DiscreetText struct {
	Headline  diag.Located   `yaml:"headline"`
	Subline   diag.Located   `yaml:"subline"`
	BackTitle diag.Located   `yaml:"back_title"`
	BackLines []diag.Located `yaml:"back_lines"`
	BackNote  diag.Located   `yaml:"back_note"`
	// Avoid are words the discreet front must not print; empty means the built-in list
	// for the language.
	Avoid []diag.Located `yaml:"avoid" haven:"optional"`
}

// PosterText is the poster and the tear-off flyer.
type PosterText struct {
	Headline  diag.Located   `yaml:"headline"`
	Facts     []diag.Located `yaml:"facts"`
	Danger    diag.Located   `yaml:"danger"`
	CallLabel diag.Located   `yaml:"call_label"`
	Text      diag.Located   `yaml:"text" haven:"optional"`
	More      diag.Located   `yaml:"more" haven:"optional"` // TTY or chat, on the sizes with room
	Note      diag.Located   `yaml:"note"`
	Scan      diag.Located   `yaml:"scan"`
	ScanGuide diag.Located   `yaml:"scan_guide" haven:"optional"` // as HandoutText.ScanGuide
	Tab       diag.Located   `yaml:"tab"`
}
