package a

import "github.com/dogmatiq/dogma"

type Open struct{ ID string }

func (Open) MessageDescription() string                  { return "open" }
func (Open) Validate(dogma.CommandValidationScope) error { return nil }

type Opened struct{ ID string }

func (Opened) MessageDescription() string                { return "opened" }
func (Opened) Validate(dogma.EventValidationScope) error { return nil }
