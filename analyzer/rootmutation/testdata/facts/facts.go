// Package facts checks aggregate-root-mutated through helpers of another
// package, whose mutations arrive as facts.
package facts

import (
	"example.test/rootmutation/facts/lib"

	"github.com/dogmatiq/dogma"
)

type handler struct{}

func (handler) Configure(dogma.AggregateConfigurer)         {}
func (handler) New() dogma.AggregateRoot                    { return &lib.Wallet{} }
func (handler) RouteCommandToInstance(dogma.Command) string { return "x" }

func (handler) HandleCommand(r dogma.AggregateRoot, s dogma.AggregateCommandScope, c dogma.Command) {
	w := r.(*lib.Wallet)
	w.Credit(s, 1)
	_ = lib.Peek(w)
	w.Add(1)                         // want `HandleCommand must not modify the root: it calls lib.Wallet.Add, which assigns to w.Coins \(field Coins\)`
	lib.Empty(w)                     // want `it calls lib.Empty, which assigns to w.Log \(field Log\)`
	lib.Touch(w)                     // want `it calls lib.Touch, which \(through lib.Wallet.Add\) assigns to w.Coins \(field Coins\)`
	lib.Apply(w, lib.Credited{N: 1}) // want `it calls lib.Apply, which calls ApplyEvent on w, which the engine calls itself`
	var mine lib.Wallet
	mine.Add(1) // a wallet of its own
}
