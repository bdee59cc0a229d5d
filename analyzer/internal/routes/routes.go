// Package routes finds the configuration (routes) of the handler whose
// methods an analyzer checks, from dogmaconfig's result.
package routes

import (
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/dogmavet/dogmavet/analyzer/dogmaconfig"
)

// Config looks up handlers in one pass. The pass's analyzer must require
// dogmaconfig.Analyzer.
type Config struct {
	res *dogmaconfig.Result
}

// New returns the Config of pass.
func New(pass *analysis.Pass) *Config {
	res, _ := pass.ResultOf[dogmaconfig.Analyzer].(*dogmaconfig.Result)
	return &Config{res: res}
}

// Handler returns the configuration of the handler type recv, whose methods
// are being checked: the handler whose Configure method recv has, declared on
// recv itself or on an embedded type of the same package. It returns nil when
// Configure is declared in another package or dogmaconfig did not extract
// it, so that callers stay silent.
func (c *Config) Handler(recv *types.Named) *dogmaconfig.Handler {
	if c.res == nil || recv == nil {
		return nil
	}
	obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(recv), false, recv.Obj().Pkg(), "Configure")
	fn, ok := obj.(*types.Func)
	if !ok {
		return nil
	}
	sig := fn.Signature()
	if sig.Recv() == nil {
		return nil
	}
	t := types.Unalias(sig.Recv().Type())
	if p, ok := t.(*types.Pointer); ok {
		t = types.Unalias(p.Elem())
	}
	n, ok := t.(*types.Named)
	if !ok {
		return nil
	}
	h := c.res.Handler(n.Origin().Obj())
	if h == nil || h.Config == nil {
		return nil
	}
	return h
}
