// Package cli implements the dogmavet command: the standalone checker, the
// go vet -vettool protocol, and the sarif, describe and version
// subcommands. cmd/dogmavet only calls Main.
//
// The vet protocol (-flags, -V=full, a single *.cfg argument) and -fix are
// handed to x/tools' multichecker, so they behave exactly as every other
// go/analysis tool. The standalone run loads packages itself, through the
// same go/analysis/checker multichecker uses, so that it can report a broken
// package in one clear line instead of the loader's raw error list.
package cli
