// Package msgfixture declares types whose names validate's tests compare
// between reflect (MessageTypeOf) and go/types (types.TypeString), so that
// the run-time and static front ends name message types identically.
package msgfixture

import "github.com/dogmatiq/dogma"

// Cmd implements dogma.Command with value receivers.
type Cmd struct{}

// MessageDescription implements dogma.Message.
func (Cmd) MessageDescription() string { return "cmd" }

// Validate implements dogma.Command.
func (Cmd) Validate(dogma.CommandValidationScope) error { return nil }

// PtrEvt implements dogma.Event with pointer receivers.
type PtrEvt struct{}

// MessageDescription implements dogma.Message.
func (*PtrEvt) MessageDescription() string { return "evt" }

// Validate implements dogma.Event.
func (*PtrEvt) Validate(dogma.EventValidationScope) error { return nil }

// Gen is a generic type.
type Gen[T any] struct{}

// Pair is a generic type with two parameters.
type Pair[K comparable, V any] struct{}

// Values of the types compared; the test reads their types from both sides.
var (
	V1  Cmd
	V2  *Cmd
	V3  Gen[Cmd]
	V4  Gen[*PtrEvt]
	V5  *Gen[Gen[int]]
	V6  Pair[string, []Cmd]
	V7  dogma.Command
	V8  []map[string]*Cmd
	V9  [3]Cmd
	V10 chan<- Cmd
	V11 <-chan *PtrEvt
	V12 func(int, ...string) (bool, error)
	V13 struct {
		A int
		B Cmd `json:"b"`
	}
	V14 error
	V15 Gen[Pair[int, dogma.Event]]
	V16 Gen[struct{}]
	V17 Gen[struct{ A, B int }]
	V18 Gen[func(int, string) error]
	V19 Gen[map[string]Gen[int]]
)
