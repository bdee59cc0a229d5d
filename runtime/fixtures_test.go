package runtime_test

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"time"

	"github.com/dogmatiq/dogma"
)

// Message types of the test application. Each has an Invalid switch so that
// Validate can fail on demand.

type Cmd struct {
	ID      string
	N       int
	Invalid bool
}

func (c *Cmd) MessageDescription() string { return fmt.Sprintf("cmd %s %d", c.ID, c.N) }
func (c *Cmd) Validate(dogma.CommandValidationScope) error {
	if c.Invalid {
		return errors.New("cmd is invalid")
	}
	return nil
}

// Cmd2 is executed by processes and handled by the integration.
type Cmd2 struct {
	ID      string
	N       int
	Invalid bool
}

func (c *Cmd2) MessageDescription() string { return "cmd2 " + c.ID }
func (c *Cmd2) Validate(dogma.CommandValidationScope) error {
	if c.Invalid {
		return errors.New("cmd2 is invalid")
	}
	return nil
}

// Cmd3 is declared by the process but handled by no handler.
type Cmd3 struct{ ID string }

func (c *Cmd3) MessageDescription() string                  { return "cmd3 " + c.ID }
func (c *Cmd3) Validate(dogma.CommandValidationScope) error { return nil }

type Evt struct {
	ID      string
	N       int
	Invalid bool
}

func (e *Evt) MessageDescription() string { return fmt.Sprintf("evt %s %d", e.ID, e.N) }
func (e *Evt) Validate(dogma.EventValidationScope) error {
	if e.Invalid {
		return errors.New("evt is invalid")
	}
	return nil
}

// Evt2 is recorded by the integration.
type Evt2 struct{ ID string }

func (e *Evt2) MessageDescription() string                { return "evt2 " + e.ID }
func (e *Evt2) Validate(dogma.EventValidationScope) error { return nil }

// Undeclared is an event that no handler declares.
type Undeclared struct{ ID string }

func (e *Undeclared) MessageDescription() string                { return "undeclared " + e.ID }
func (e *Undeclared) Validate(dogma.EventValidationScope) error { return nil }

type TO struct {
	ID      string
	Tag     string
	Invalid bool
}

func (t *TO) MessageDescription() string { return "timeout " + t.ID + " " + t.Tag }
func (t *TO) Validate(dogma.TimeoutValidationScope) error {
	if t.Invalid {
		return errors.New("timeout is invalid")
	}
	return nil
}

// UndeclaredCmd is a command no handler declares.
type UndeclaredCmd struct{}

func (c *UndeclaredCmd) MessageDescription() string                  { return "undeclared command" }
func (c *UndeclaredCmd) Validate(dogma.CommandValidationScope) error { return nil }

// key derives a valid, stable UUID from a handler name.
func key(name string) string {
	h := fnv.New64a()
	h.Write([]byte(name))
	v := h.Sum64()
	return fmt.Sprintf("%08x-%04x-4%03x-8%03x-%012x", uint32(v>>32), uint16(v>>16), uint16(v)&0xfff, uint16(v>>4)&0xfff, v&0xffffffffffff)
}

// testApp registers its handlers in order.
type testApp struct {
	handlers []any
}

func (a *testApp) Configure(c dogma.ApplicationConfigurer) {
	c.Identity("test-app", key("test-app"))
	for _, h := range a.handlers {
		switch x := h.(type) {
		case dogma.AggregateMessageHandler:
			c.RegisterAggregate(x)
		case dogma.ProcessMessageHandler:
			c.RegisterProcess(x)
		case dogma.IntegrationMessageHandler:
			c.RegisterIntegration(x)
		case dogma.ProjectionMessageHandler:
			c.RegisterProjection(x)
		}
	}
}

func app(hs ...any) *testApp { return &testApp{handlers: hs} }

// ---- aggregate ----

// aggRoot sums the N of its events.
type aggRoot struct {
	Count, Sum int
}

func (r *aggRoot) ApplyEvent(e dogma.Event) {
	switch e := e.(type) {
	case *Evt:
		r.Count++
		r.Sum += e.N
	default:
		panic(dogma.UnexpectedMessage)
	}
}

type agg struct {
	name     string
	disabled bool
	routes   []dogma.AggregateRoute
	newFn    func() dogma.AggregateRoot
	routeFn  func(dogma.Command) string
	handleFn func(dogma.AggregateRoot, dogma.AggregateCommandScope, dogma.Command)
}

// newAgg handles Cmd and records Evt{ID, N}, routing by ID.
func newAgg() *agg {
	return &agg{
		name:   "agg",
		routes: []dogma.AggregateRoute{dogma.HandlesCommand[*Cmd](), dogma.RecordsEvent[*Evt]()},
	}
}

func (a *agg) Configure(c dogma.AggregateConfigurer) {
	c.Identity(a.name, key(a.name))
	c.Routes(a.routes...)
	if a.disabled {
		c.Disable()
	}
}

func (a *agg) New() dogma.AggregateRoot {
	if a.newFn != nil {
		return a.newFn()
	}
	return &aggRoot{}
}

func (a *agg) RouteCommandToInstance(c dogma.Command) string {
	if a.routeFn != nil {
		return a.routeFn(c)
	}
	return c.(*Cmd).ID
}

func (a *agg) HandleCommand(r dogma.AggregateRoot, s dogma.AggregateCommandScope, c dogma.Command) {
	if a.handleFn != nil {
		a.handleFn(r, s, c)
		return
	}
	cmd := c.(*Cmd)
	s.RecordEvent(&Evt{ID: cmd.ID, N: cmd.N})
}

// ---- process ----

type procRoot struct {
	Events, Timeouts int
}

type proc struct {
	name      string
	disabled  bool
	routes    []dogma.ProcessRoute
	newFn     func() dogma.ProcessRoot
	routeFn   func(context.Context, dogma.Event) (string, bool, error)
	eventFn   func(dogma.ProcessRoot, dogma.ProcessEventScope, dogma.Event) error
	timeoutFn func(dogma.ProcessRoot, dogma.ProcessTimeoutScope, dogma.Timeout) error
}

// newProc handles Evt, executes Cmd2 and schedules TO; by default it does
// nothing but count.
func newProc() *proc {
	return &proc{
		name: "proc",
		routes: []dogma.ProcessRoute{
			dogma.HandlesEvent[*Evt](),
			dogma.ExecutesCommand[*Cmd2](),
			dogma.ExecutesCommand[*Cmd3](),
			dogma.SchedulesTimeout[*TO](),
		},
	}
}

func (p *proc) Configure(c dogma.ProcessConfigurer) {
	c.Identity(p.name, key(p.name))
	c.Routes(p.routes...)
	if p.disabled {
		c.Disable()
	}
}

func (p *proc) New() dogma.ProcessRoot {
	if p.newFn != nil {
		return p.newFn()
	}
	return &procRoot{}
}

func (p *proc) RouteEventToInstance(ctx context.Context, e dogma.Event) (string, bool, error) {
	if p.routeFn != nil {
		return p.routeFn(ctx, e)
	}
	return e.(*Evt).ID, true, nil
}

func (p *proc) HandleEvent(_ context.Context, r dogma.ProcessRoot, s dogma.ProcessEventScope, e dogma.Event) error {
	if p.eventFn != nil {
		return p.eventFn(r, s, e)
	}
	r.(*procRoot).Events++
	return nil
}

func (p *proc) HandleTimeout(_ context.Context, r dogma.ProcessRoot, s dogma.ProcessTimeoutScope, t dogma.Timeout) error {
	if p.timeoutFn != nil {
		return p.timeoutFn(r, s, t)
	}
	r.(*procRoot).Timeouts++
	return nil
}

// ---- integration ----

type integ struct {
	name     string
	disabled bool
	routes   []dogma.IntegrationRoute
	handleFn func(dogma.IntegrationCommandScope, dogma.Command) error
}

// newInteg handles Cmd2 and records Evt2.
func newInteg() *integ {
	return &integ{
		name:   "integ",
		routes: []dogma.IntegrationRoute{dogma.HandlesCommand[*Cmd2](), dogma.RecordsEvent[*Evt2]()},
	}
}

func (i *integ) Configure(c dogma.IntegrationConfigurer) {
	c.Identity(i.name, key(i.name))
	c.Routes(i.routes...)
	if i.disabled {
		c.Disable()
	}
}

func (i *integ) HandleCommand(_ context.Context, s dogma.IntegrationCommandScope, c dogma.Command) error {
	if i.handleFn != nil {
		return i.handleFn(s, c)
	}
	s.RecordEvent(&Evt2{ID: c.(*Cmd2).ID})
	return nil
}

// ---- projection ----

// proj is an in-memory projection with a correct OCC store unless a hook
// breaks it. It counts the events it applied per type name.
type proj struct {
	name      string
	disabled  bool
	routes    []dogma.ProjectionRoute
	versions  map[string][]byte
	applied   []string
	compacted []time.Time

	// Defects.
	ignoreC     bool // apply whatever c is
	skipVersion bool // apply without storing n
	neverClose  bool // CloseResource keeps the resource
	refuse      bool // always return ok false
	staleNew    bool // report a version for unknown resources
}

func newProj() *proj {
	return &proj{
		name:     "proj",
		routes:   []dogma.ProjectionRoute{dogma.HandlesEvent[*Evt](), dogma.HandlesEvent[*Evt2]()},
		versions: map[string][]byte{},
	}
}

func (p *proj) Configure(c dogma.ProjectionConfigurer) {
	c.Identity(p.name, key(p.name))
	c.Routes(p.routes...)
	if p.disabled {
		c.Disable()
	}
}

func (p *proj) HandleEvent(_ context.Context, r, c, n []byte, _ dogma.ProjectionEventScope, e dogma.Event) (bool, error) {
	if p.refuse {
		return false, nil
	}
	cur := p.versions[string(r)]
	if !p.ignoreC && string(cur) != string(c) {
		return false, nil
	}
	if !p.skipVersion {
		p.versions[string(r)] = append([]byte(nil), n...)
	}
	p.applied = append(p.applied, fmt.Sprintf("%T", e))
	return true, nil
}

func (p *proj) ResourceVersion(_ context.Context, r []byte) ([]byte, error) {
	if p.staleNew {
		return []byte("x"), nil
	}
	return p.versions[string(r)], nil
}

func (p *proj) CloseResource(_ context.Context, r []byte) error {
	if !p.neverClose {
		delete(p.versions, string(r))
	}
	return nil
}

func (p *proj) Compact(_ context.Context, s dogma.ProjectionCompactScope) error {
	p.compacted = append(p.compacted, s.Now())
	return nil
}
