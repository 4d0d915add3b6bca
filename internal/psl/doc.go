// Package psl is golang.org/x/net/publicsuffix without its net/http/cookiejar import: the
// same list and code (BSD licence, LICENSE), copied from the x/net version go.mod requires.
//
// haven asks for public suffixes only to check the addresses it prints. Importing upstream's
// package brought in net/http and crypto/tls for its cookiejar.PublicSuffixList, and their
// set-up ran at every start: a third of a millisecond of a handout's eleven, and 2 MB of the
// program. TestSameAsXNet holds every copied file to upstream's (with the edits it makes),
// so the copy moves with x/net: HAVEN_UPDATE=1 go test ./internal/psl copies it again.
package psl
