package messages

import "github.com/dogmatiq/dogma"

type Open struct{ ID string }

func (Open) MessageDescription() string                  { return "open" }
func (Open) Validate(dogma.CommandValidationScope) error { return nil }

type Close struct{ ID string }

func (Close) MessageDescription() string                  { return "close" }
func (Close) Validate(dogma.CommandValidationScope) error { return nil }

type Freeze struct{ ID string }

func (Freeze) MessageDescription() string                  { return "freeze" }
func (Freeze) Validate(dogma.CommandValidationScope) error { return nil }

type Opened struct{ ID string }

func (Opened) MessageDescription() string                { return "opened" }
func (Opened) Validate(dogma.EventValidationScope) error { return nil }

type Closed struct{ ID string }

func (Closed) MessageDescription() string                { return "closed" }
func (Closed) Validate(dogma.EventValidationScope) error { return nil }

// Renamed is a historical event no longer recorded.
type Renamed struct{ ID string }

func (Renamed) MessageDescription() string                { return "renamed" }
func (Renamed) Validate(dogma.EventValidationScope) error { return nil }

type Remind struct{}

func (Remind) MessageDescription() string                  { return "remind" }
func (Remind) Validate(dogma.TimeoutValidationScope) error { return nil }

// Identified is implemented by some messages.
type Identified interface{ Key() string }

func (o Open) Key() string  { return o.ID }
func (c Close) Key() string { return c.ID }

// Legacy is a command no handler routes.
type Legacy struct{}

func (Legacy) MessageDescription() string                  { return "legacy" }
func (Legacy) Validate(dogma.CommandValidationScope) error { return nil }
