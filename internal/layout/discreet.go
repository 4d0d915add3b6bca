package layout

import (
	"strings"

	"haven/internal/content"
	"haven/internal/qr"
)

// discreetMeta is the discreet card sheet's document information: its headline, in the
// edition's language, and its line of what the card offers, both checked as neutral as the
// card is; no author, keywords or kind of document, since the file may be kept on or sent from
// a phone that someone else checks.
func discreetMeta(w cardWords) Meta {
	return Meta{Title: strings.ReplaceAll(w.headline.Text, "\n", " "), Subject: strings.ReplaceAll(w.label.Text, "\n", " "), Unsigned: true}
}

// discreetLink is what the discreet card's code opens: cards.discreet_url, with a campaign
// only as its keyed code; "" when it has none.
func (in Input) discreetLink() string {
	if in.Settings.Cards.DiscreetURL == "" {
		return ""
	}
	// its campaign as an opaque code alone: a source and a medium would tell whoever reads the
	// phone's history that a printed card was scanned
	return qr.Link{Base: in.Settings.Cards.DiscreetURL, Campaign: in.DiscreetCampaign, Placement: in.Placement}.URL()
}

// discreetAlt is what a screen reader and a link's description say for the discreet card's
// code, which opens cards.discreet_url: the language's qr_alt naming that address, as the card
// prints it, in place of the resource page's (content has checked its other words are neutral),
// or in English when qr_alt names no address; with the language it is in, as qrAlt.
func (in Input) discreetAlt() (alt, lang string) {
	at := content.PrintedURL(in.Settings.Cards.DiscreetURL)
	if alt := content.AltFor(in.Lang.Text.QRAlt.Text, at); alt != "" {
		return alt, in.Lang.QRAltLang
	}
	return "QR code: opens " + at, "en"
}
