package placement

import (
	"crypto/hmac"
	"crypto/sha256"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"haven/internal/content"
)

// A campaign's code comes from the key in the output folder: the same key, the same code; the
// list gives a campaign the code it had, even with the key lost; a key or list haven did not
// write, or a list whose code spells a word, is refused, naming the file.
func TestCampaignCodes(t *testing.T) {
	const key = "# haven's key\n0001020304050607080910111213141516171819202122232425262728293031\n"
	for _, tt := range []struct {
		name, key, list string
		campaign, want  string // the code wanted, "" for one made from the key
		err             string
	}{
		{name: "no files", campaign: "dv-2027"},
		{name: "a key", key: key, campaign: "dv-2027", want: "keyed"},
		{name: "listed", list: "campaign,code\ndv-2027,k4m7p2\n", campaign: "dv-2027", want: "k4m7p2"},
		{name: "listed, another", key: key, list: "campaign,code\nspring,k4m7p2\n", campaign: "dv-2027", want: "keyed"},
		{name: "a key that is none", key: "dv-2027\n", campaign: "dv-2027", err: CampaignKeyName + ": is not a key haven wrote"},
		{name: "a listed name", list: "campaign,code\ndv-2027,dv-2027\n", campaign: "dv-2027", err: CampaignListName + ": is not a list haven wrote"},
		{name: "a list that is none", list: "hello\n", campaign: "dv-2027", err: CampaignListName + ": is not a list haven wrote"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			for name, data := range map[string]string{CampaignKeyName: tt.key, CampaignListName: tt.list} {
				if data != "" {
					os.WriteFile(filepath.Join(dir, name), []byte(data), 0o600)
				}
			}
			c, err := LoadCampaigns(dir)
			if tt.err != "" || err != nil {
				if err == nil || !strings.Contains(err.Error(), tt.err) || tt.err == "" {
					t.Fatalf("error %v, want %q", err, tt.err)
				}
				return
			}
			code := c.Code(tt.campaign)
			other, _ := LoadCampaigns(t.TempDir())
			switch {
			case Check(code) != "":
				t.Errorf("code %q: %s", code, Check(code))
			case tt.want == "keyed" && code != keyed(t, key, tt.campaign):
				t.Errorf("code %q, want the key's", code)
			case tt.want != "keyed" && tt.want != "" && code != tt.want:
				t.Errorf("code %q, want %q", code, tt.want)
			case tt.want == "" && code == other.Code(tt.campaign):
				t.Errorf("code %q with two new keys", code)
			}
			keyFile, list := c.Files(tt.campaign)
			if again := readKey(keyFile); again == nil || !strings.HasSuffix(string(list), tt.campaign+","+code+"\n") || !strings.HasPrefix(string(list), "campaign,code\n"+strings.TrimPrefix(tt.list, "campaign,code\n")) {
				t.Errorf("files %q and %q", keyFile, list)
			}
		})
	}
}

// keyed is campaign's code made with the key file key, read by a fresh Campaigns.
func keyed(t *testing.T, key, campaign string) string {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, CampaignKeyName), []byte(key), 0o600)
	c, err := LoadCampaigns(dir)
	if err != nil {
		t.Fatal(err)
	}
	return c.Code(campaign)
}

// A campaign's code never spells a word with digits for letters: where a key's hash would,
// the code is hashed again, and stays the same for that key.
func TestCampaignCodeSpellsNothing(t *testing.T) {
	spelling := 0
	for i := range 20000 {
		c := &Campaigns{key: []byte{byte(i), byte(i >> 8), 7}}
		mac := hmac.New(sha256.New, c.key)
		mac.Write([]byte("campaign\x1e" + "c"))
		if content.Spells(spell(mac.Sum(nil))) == "" {
			continue
		}
		spelling++
		if code := c.Code("c"); content.Spells(code) != "" || code != c.Code("c") {
			t.Fatalf("key %v: code %q spells %q, or changes", c.key, code, content.Spells(code))
		}
	}
	if spelling == 0 {
		t.Fatal("no key's first code spelled a word: the test proves nothing")
	}
}
