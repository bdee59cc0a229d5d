// Command dogmavet checks the configuration of Dogma applications; see
// doc.go.
package main

import (
	"github.com/dogmavet/dogmavet/analyzer/suite"
	"github.com/dogmavet/dogmavet/internal/cli"
)

func main() { cli.Main(suite.All) }
