// Package content embeds the default content: settings.yaml and one folder per language.
package content

import "embed"

// FS is the default content folder, used when no --content folder is given.
//
//go:embed settings.yaml */*.md */*.yaml
var FS embed.FS
