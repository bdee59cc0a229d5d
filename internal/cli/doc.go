// Package cli implements the dogmavet command: the standalone checker, the
// go vet -vettool protocol, and the help, sarif, describe and version
// subcommands. cmd/dogmavet only calls Main.
//
// The vet protocol (-flags, -V=full, a single *.cfg argument) is handed to
// x/tools' multichecker, so that it behaves exactly as every other
// go/analysis tool, with the analyzers wrapped to drop the rules -disable
// and -enable turn off and to end each message with its rule ID. The
// standalone run loads packages itself and runs the analyzers through
// go/analysis/checker, so that it can report a broken package in one clear
// line and still check the others, print the rule ID after each finding,
// and apply fixes or print them as a diff that git apply takes.
package cli
