// Package modules pins the real modules that dogmavet's sweep checks; see
// the sweep package's documentation.
package modules

import (
	_ "github.com/dogmatiq/configkit"
	_ "github.com/dogmatiq/configkit/static"
	_ "github.com/dogmatiq/enginekit/config"
	_ "github.com/dogmatiq/projectionkit"
	_ "github.com/dogmatiq/testkit"
	_ "golang.org/x/tools/go/analysis"
)
