package messages

import "github.com/dogmatiq/dogma"

type OpenAccount struct{ ID string }

func (OpenAccount) MessageDescription() string                  { return "open" }
func (OpenAccount) Validate(dogma.CommandValidationScope) error { return nil }

type Ship struct{}

func (Ship) MessageDescription() string                  { return "ship" }
func (Ship) Validate(dogma.CommandValidationScope) error { return nil }

type Unrouted struct{}

func (Unrouted) MessageDescription() string                  { return "unrouted" }
func (Unrouted) Validate(dogma.CommandValidationScope) error { return nil }

type AccountOpened struct{ ID string }

func (AccountOpened) MessageDescription() string                { return "opened" }
func (AccountOpened) Validate(dogma.EventValidationScope) error { return nil }

type AccountClosed struct{}

func (AccountClosed) MessageDescription() string                { return "closed" }
func (AccountClosed) Validate(dogma.EventValidationScope) error { return nil }

// Remind is routed as a pointer.
type Remind struct{}

func (*Remind) MessageDescription() string                  { return "remind" }
func (*Remind) Validate(dogma.TimeoutValidationScope) error { return nil }

type Expire struct{}

func (Expire) MessageDescription() string                  { return "expire" }
func (Expire) Validate(dogma.TimeoutValidationScope) error { return nil }
