/*
Dogmavet checks the configuration of Dogma applications from source: every
Configure method, every route and every registration, at its exact position,
before an engine or a test ever starts the application.

Usage:

	dogmavet [flags] packages
	go vet -vettool=$(which dogmavet) [flags] packages
	dogmavet sarif [-root dir] [-test=false] packages
	dogmavet describe [-format text|json|dot|mermaid] [-test] packages
	dogmavet version
	dogmavet help [rule]

Run on its own, dogmavet prints one line per finding, "file:line:col:
message (rule-id)", and exits with 0 when there is nothing to report, 3 when
it reports findings and 1 when it cannot check a package: a pattern that
matches nothing, a package that does not compile, or packages that do not
use Dogma at all. A package that does not compile is reported in one line;
the others are still checked. A command-line usage error, such as an
unknown rule ID, exits with 2.

A program built on a dogma outside v0.15.0 to v0.25.x, or on a package at
dogma's import path that is not a Dogma API dogmavet recognises, is refused
with one line naming what was found and the supported range, and exit code
1, before anything is analysed; the version is the build list's (a replace
directive's version when it names one; a directory replacement is judged
by its shape). Under go vet, which gives no module versions, the package is
judged by its shape: each package depending on it fails, and the line is
printed once per go vet run.

-disable=rule,... and -enable=rule,... turn rules off, or on alone, by ID.
-json prints findings as JSON in go vet's schema, the rule ID as category
(and exits 0 whatever it found), -fix applies suggested fixes, -diff with
-fix prints them as a unified diff that git apply takes instead, -c=N prints
N lines of context, -test=false leaves out test files, and -NAME or
-NAME=false selects analyzers. -nonce is accepted and ignored: passing a new
value makes go vet run again instead of replaying its cache, for
benchmarks.

The help subcommand lists the rules with their severity and title; given a
rule ID, it prints that rule's documentation, as docs/rules.md has it.

The describe and sarif subcommands take the load flags -test and -nonce
too; describe leaves test files out unless -test is given.

The sarif subcommand writes SARIF 2.1.0 for GitHub code scanning to standard
output and exits 0 whatever it found. File URIs are relative to the enclosing
git repository (or -root).

The describe subcommand prints the applications it finds: their handlers,
identities and routes, and how messages flow between handlers, as text, JSON,
Graphviz DOT or Mermaid.
*/
package main
