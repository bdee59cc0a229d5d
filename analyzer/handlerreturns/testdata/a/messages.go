package a

import "github.com/dogmatiq/dogma"

type Open struct{ ID string }

func (Open) MessageDescription() string                  { return "open" }
func (Open) Validate(dogma.CommandValidationScope) error { return nil }

type Opened struct{ ID string }

func (Opened) MessageDescription() string                { return "opened" }
func (Opened) Validate(dogma.EventValidationScope) error { return nil }

type Close struct{ ID string }

func (Close) MessageDescription() string                  { return "close" }
func (Close) Validate(dogma.CommandValidationScope) error { return nil }

type Rename struct{ ID string }

func (Rename) MessageDescription() string                  { return "rename" }
func (Rename) Validate(dogma.CommandValidationScope) error { return nil }

type Closed struct{ ID string }

func (Closed) MessageDescription() string                { return "closed" }
func (Closed) Validate(dogma.EventValidationScope) error { return nil }

type Renamed struct{ ID string }

func (Renamed) MessageDescription() string                { return "renamed" }
func (Renamed) Validate(dogma.EventValidationScope) error { return nil }

type Ignored struct{ ID string }

func (Ignored) MessageDescription() string                { return "ignored" }
func (Ignored) Validate(dogma.EventValidationScope) error { return nil }
