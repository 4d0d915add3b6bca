package placement

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/csv"
	"path/filepath"
	"slices"

	"haven/internal/diag"
)

// The discreet card's link never carries a campaign by name ("dv-2027" says what the card is
// about): it carries a code made from the name with a secret key, as placement codes are, so
// that nobody who guesses the name can make its code and recognise it in a phone's history.
// The key is kept in the output folder, so the next run into it gives the campaign the same
// code, and the list beside it says which campaign each code is.
const (
	CampaignKeyName  = "campaign-codes.key"
	CampaignListName = "campaign-codes.csv"
)

// Campaigns is the key the discreet card's campaign codes are made with, and the campaigns
// already given a code, as an earlier run into the output folder left them.
type Campaigns struct {
	KeyPath, ListPath string // for messages
	key               []byte
	list              [][]string // campaign, code; the list file's rows after its header
}

// LoadCampaigns reads the campaign key and list in the output folder out, or makes a new key
// when there is none; out "" is a run that writes nothing, which gets a new key.
func LoadCampaigns(out string) (*Campaigns, error) {
	c := &Campaigns{KeyPath: filepath.Join(out, CampaignKeyName), ListPath: filepath.Join(out, CampaignListName)}
	var key, list []byte
	if out != "" {
		err := readThere("haven reads it to give the campaign the code it had; move it away to start afresh", map[string]*[]byte{c.KeyPath: &key, c.ListPath: &list})
		if err != nil {
			return nil, err
		}
	}
	if key == nil {
		var err error
		if c.key, err = newKey(); err != nil {
			return nil, err
		}
	} else if c.key = readKey(key); c.key == nil {
		return nil, diag.Problems{{File: c.KeyPath, Msg: "is not a key haven wrote", Hint: "put back the key file of the earlier run; or move it away, and haven makes a new key (the campaign then gets a new code)"}}
	}
	if list != nil {
		rows, err := csv.NewReader(bytes.NewReader(list)).ReadAll()
		if err != nil || len(rows) == 0 || len(rows[0]) != 2 || slices.ContainsFunc(rows[1:], func(r []string) bool { return Check(r[1]) != "" }) {
			return nil, diag.Problems{{File: c.ListPath, Msg: "is not a list haven wrote", Hint: "put back the file the earlier run wrote, or move it away: haven writes it again"}}
		}
		c.list = rows[1:]
	}
	return c, nil
}

// Code is campaign as the discreet card's link carries it: the code the list gives it, else
// six characters spelled from a keyed hash of its name, letters and digits alternating, hashed
// again while they spell a word with digits for letters (vaw, s3x).
func (c *Campaigns) Code(campaign string) string {
	if i := slices.IndexFunc(c.list, func(r []string) bool { return r[0] == campaign }); i >= 0 {
		return c.list[i][1]
	}
	for salt := ""; ; salt += "\x1e" {
		mac := hmac.New(sha256.New, c.key)
		mac.Write([]byte("campaign\x1e" + campaign + salt))
		if code := spell(mac.Sum(nil)); readsAsNothing(code) {
			return code
		}
	}
}

// Files are the key file and the list, with campaign added when it is new, for the run to
// write privately into the output folder.
func (c *Campaigns) Files(campaign string) (key, list []byte) {
	rows := c.list
	if !slices.ContainsFunc(rows, func(r []string) bool { return r[0] == campaign }) {
		rows = append(slices.Clone(rows), []string{campaign, c.Code(campaign)})
	}
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.Write([]string{"campaign", "code"})
	w.WriteAll(rows)
	return keyFile(c.key, "the discreet card's campaign codes", CampaignListName), buf.Bytes()
}
