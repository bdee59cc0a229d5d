package dogmaconfig

import (
	"go/token"

	"github.com/dogmavet/dogmavet/analyzer/internal/posn"
)

// posn converts a position of this pass to its portable form.
func (x *extractor) posn(p token.Pos) Posn { return posn.Of(x.pass.Fset, p) }
