package main

import "fmt"

// The realistic shape's two library modules, written into kit/ and required
// through replace directives, so that the application depends on modules
// that import dogma, as real ones depend on projectionkit and testkit. They
// are fixed code: only their module paths appear in the application.
const (
	projKitPath = "example.com/projkit"
	testKitPath = "example.com/testkit"
	projKitDir  = "kit/projkit"
	testKitDir  = "kit/testkit"
)

// kitFiles returns the files of both library modules, go.sum excluded.
func kitFiles() []file {
	mod := func(path string) []byte {
		return fmt.Appendf(nil, "module %s\n\ngo 1.24\n\nrequire %s %s\n", path, dogmaPath, dogmaVersion)
	}
	return []file{
		{Path: projKitDir + "/go.mod", Data: mod(projKitPath)},
		{Path: projKitDir + "/memprojection/adaptor.go", Data: []byte(header + memprojectionAdaptor)},
		{Path: projKitDir + "/memprojection/store.go", Data: []byte(header + memprojectionStore)},
		{Path: testKitDir + "/go.mod", Data: mod(testKitPath)},
		{Path: testKitDir + "/test.go", Data: []byte(header + testkitTest)},
		{Path: testKitDir + "/configure.go", Data: []byte(header + testkitConfigure)},
		{Path: testKitDir + "/scope.go", Data: []byte(header + testkitScope)},
	}
}

const memprojectionAdaptor = `// Package memprojection adapts projection handlers written against an
// in-memory transactional store to dogma.ProjectionMessageHandler, in the
// way projectionkit's adaptors do for SQL and other stores.
package memprojection

import (
	"bytes"
	"context"

	"github.com/dogmatiq/dogma"
)

// MessageHandler is a projection whose read model lives in a Store.
type MessageHandler interface {
	// Configure describes the handler to the engine.
	Configure(dogma.ProjectionConfigurer)

	// HandleEvent updates the read model within tx.
	HandleEvent(ctx context.Context, tx *Tx, s dogma.ProjectionEventScope, e dogma.Event) error

	// Compact reduces the size of the read model.
	Compact(ctx context.Context, s *Store, cs dogma.ProjectionCompactScope) error
}

// NoCompactBehavior can be embedded in handlers that need no compaction.
type NoCompactBehavior struct{}

// Compact does nothing.
func (NoCompactBehavior) Compact(context.Context, *Store, dogma.ProjectionCompactScope) error {
	return nil
}

// New returns a projection message handler that applies h's changes to s,
// or to a store of its own if s is nil.
func New(s *Store, h MessageHandler) dogma.ProjectionMessageHandler {
	if s == nil {
		s = &Store{}
	}
	return &adaptor{store: s, handler: h}
}

type adaptor struct {
	store   *Store
	handler MessageHandler
}

func (a *adaptor) Configure(c dogma.ProjectionConfigurer) {
	a.handler.Configure(c)
}

func (a *adaptor) HandleEvent(ctx context.Context, r, c, n []byte, s dogma.ProjectionEventScope, e dogma.Event) (bool, error) {
	tx := a.store.begin()
	defer tx.rollback()
	if !bytes.Equal(tx.version(r), c) {
		return false, nil
	}
	if err := a.handler.HandleEvent(ctx, tx, s, e); err != nil {
		return false, err
	}
	tx.setVersion(r, n)
	tx.commit()
	return true, nil
}

func (a *adaptor) ResourceVersion(_ context.Context, r []byte) ([]byte, error) {
	tx := a.store.begin()
	defer tx.rollback()
	return bytes.Clone(tx.version(r)), nil
}

func (a *adaptor) CloseResource(_ context.Context, r []byte) error {
	tx := a.store.begin()
	defer tx.rollback()
	tx.setVersion(r, nil)
	tx.commit()
	return nil
}

func (a *adaptor) Compact(ctx context.Context, s dogma.ProjectionCompactScope) error {
	return a.handler.Compact(ctx, a.store, s)
}
`

const memprojectionStore = `package memprojection

import (
	"maps"
	"sync"
)

// Store is an in-memory read model: totals by key, and the version of each
// event stream resource.
type Store struct {
	mu       sync.Mutex
	totals   map[string]int64
	versions map[string][]byte
}

// Total returns the total of key.
func (s *Store) Total(key string) int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.totals[key]
}

// Tx is a transaction on a Store. Changes become visible on commit.
type Tx struct {
	store    *Store
	totals   map[string]int64
	versions map[string][]byte
	done     bool
}

func (s *Store) begin() *Tx {
	s.mu.Lock()
	return &Tx{store: s, totals: map[string]int64{}, versions: map[string][]byte{}}
}

// Add adds delta to the total of key.
func (tx *Tx) Add(key string, delta int64) {
	if _, ok := tx.totals[key]; !ok {
		tx.totals[key] = tx.store.totals[key]
	}
	tx.totals[key] += delta
}

func (tx *Tx) version(r []byte) []byte {
	if v, ok := tx.versions[string(r)]; ok {
		return v
	}
	return tx.store.versions[string(r)]
}

func (tx *Tx) setVersion(r, v []byte) {
	tx.versions[string(r)] = v
}

func (tx *Tx) commit() {
	s := tx.store
	if s.totals == nil {
		s.totals = map[string]int64{}
		s.versions = map[string][]byte{}
	}
	maps.Copy(s.totals, tx.totals)
	for r, v := range tx.versions {
		if v == nil {
			delete(s.versions, r)
		} else {
			s.versions[r] = v
		}
	}
	tx.done = true
	s.mu.Unlock()
}

func (tx *Tx) rollback() {
	if !tx.done {
		tx.done = true
		tx.store.mu.Unlock()
	}
}
`

const testkitTest = `// Package testkit runs commands through a Dogma application's aggregates
// and integrations in memory and checks the events they record, in the
// manner of dogmatiq/testkit.
package testkit

import (
	"context"
	"fmt"
	"reflect"

	"github.com/dogmatiq/dogma"
)

// T is the part of *testing.T that a Test uses.
type T interface {
	Helper()
	Fatalf(format string, args ...any)
	Logf(format string, args ...any)
}

// Test is one test of an application.
type Test struct {
	t        T
	handlers map[reflect.Type]commandHandler
	roots    map[string]dogma.AggregateRoot
	recorded []dogma.Event
}

// Begin configures app and starts a test of it.
func Begin(t T, app dogma.Application) *Test {
	t.Helper()
	c := &appConfigurer{handlers: map[reflect.Type]commandHandler{}}
	app.Configure(c)
	if c.err != nil {
		t.Fatalf("configuring the application: %v", c.err)
	}
	return &Test{t: t, handlers: c.handlers, roots: map[string]dogma.AggregateRoot{}}
}

// ExecuteCommand handles m with the handler that routes it.
func (x *Test) ExecuteCommand(m dogma.Command) *Test {
	x.t.Helper()
	h, ok := x.handlers[reflect.TypeOf(m)]
	if !ok {
		x.t.Fatalf("no handler handles %T", m)
	}
	s := &scope{log: x.t.Logf}
	switch h := h.(type) {
	case dogma.AggregateMessageHandler:
		id := h.RouteCommandToInstance(m)
		key := fmt.Sprintf("%T/%s", h, id)
		r, ok := x.roots[key]
		if !ok {
			r = h.New()
			x.roots[key] = r
		}
		s.id = id
		h.HandleCommand(r, s, m)
		for _, e := range s.events {
			r.ApplyEvent(e)
		}
	case dogma.IntegrationMessageHandler:
		if err := h.HandleCommand(context.Background(), s, m); err != nil {
			x.t.Fatalf("handling %T: %v", m, err)
		}
	}
	x.recorded = append(x.recorded, s.events...)
	return x
}

// ExpectEvents fails the test unless the events recorded since the last
// expectation are want, in order.
func (x *Test) ExpectEvents(want ...dogma.Event) *Test {
	x.t.Helper()
	got := x.recorded
	x.recorded = nil
	if len(got) != len(want) {
		x.t.Fatalf("recorded %d events, want %d: %v", len(got), len(want), got)
	}
	for i := range want {
		if !reflect.DeepEqual(got[i], want[i]) {
			x.t.Fatalf("event %d is %#v, want %#v", i, got[i], want[i])
		}
	}
	return x
}
`

const testkitConfigure = `package testkit

import (
	"fmt"
	"reflect"

	"github.com/dogmatiq/dogma"
)

// commandHandler is an aggregate or integration message handler.
type commandHandler any

// appConfigurer records which handler handles each command type.
type appConfigurer struct {
	handlers map[reflect.Type]commandHandler
	err      error
}

func (c *appConfigurer) Identity(string, string) {}

func (c *appConfigurer) RegisterAggregate(h dogma.AggregateMessageHandler, _ ...dogma.RegisterAggregateOption) {
	if h == nil {
		c.fail("RegisterAggregate: nil handler")
		return
	}
	r := &routes{}
	h.Configure(&aggregateConfigurer{r})
	c.add(h, r)
}

func (c *appConfigurer) RegisterProcess(h dogma.ProcessMessageHandler, _ ...dogma.RegisterProcessOption) {
	if h == nil {
		c.fail("RegisterProcess: nil handler")
		return
	}
	h.Configure(&processConfigurer{&routes{}})
}

func (c *appConfigurer) RegisterIntegration(h dogma.IntegrationMessageHandler, _ ...dogma.RegisterIntegrationOption) {
	if h == nil {
		c.fail("RegisterIntegration: nil handler")
		return
	}
	r := &routes{}
	h.Configure(&integrationConfigurer{r})
	c.add(h, r)
}

func (c *appConfigurer) RegisterProjection(h dogma.ProjectionMessageHandler, _ ...dogma.RegisterProjectionOption) {
	if h == nil {
		c.fail("RegisterProjection: nil handler")
		return
	}
	h.Configure(&projectionConfigurer{&routes{}})
}

func (c *appConfigurer) fail(format string, args ...any) {
	if c.err == nil {
		c.err = fmt.Errorf(format, args...)
	}
}

func (c *appConfigurer) add(h commandHandler, r *routes) {
	for _, t := range r.commands {
		if prev, ok := c.handlers[t]; ok {
			c.fail("%s is handled by both %T and %T", t, prev, h)
		}
		c.handlers[t] = h
	}
}

// routes collects the command types a handler handles.
type routes struct {
	commands []reflect.Type
}

func (r *routes) add(rt dogma.Route) {
	if rt, ok := rt.(dogma.HandlesCommandRoute); ok {
		r.commands = append(r.commands, rt.Type)
	}
}

type aggregateConfigurer struct{ *routes }

func (c *aggregateConfigurer) Identity(string, string)      {}
func (c *aggregateConfigurer) Disable(...dogma.DisableOption) {}
func (c *aggregateConfigurer) Routes(rs ...dogma.AggregateRoute) {
	for _, r := range rs {
		c.add(r)
	}
}

type processConfigurer struct{ *routes }

func (c *processConfigurer) Identity(string, string)      {}
func (c *processConfigurer) Disable(...dogma.DisableOption) {}
func (c *processConfigurer) Routes(rs ...dogma.ProcessRoute) {
	for _, r := range rs {
		c.add(r)
	}
}

type integrationConfigurer struct{ *routes }

func (c *integrationConfigurer) Identity(string, string)      {}
func (c *integrationConfigurer) Disable(...dogma.DisableOption) {}
func (c *integrationConfigurer) Routes(rs ...dogma.IntegrationRoute) {
	for _, r := range rs {
		c.add(r)
	}
}

type projectionConfigurer struct{ *routes }

func (c *projectionConfigurer) Identity(string, string)                       {}
func (c *projectionConfigurer) Disable(...dogma.DisableOption)                 {}
func (c *projectionConfigurer) DeliveryPolicy(dogma.ProjectionDeliveryPolicy) {}
func (c *projectionConfigurer) Routes(rs ...dogma.ProjectionRoute) {
	for _, r := range rs {
		c.add(r)
	}
}
`

const testkitScope = `package testkit

import "github.com/dogmatiq/dogma"

// scope is the command scope of aggregates and integrations under test.
type scope struct {
	id     string
	events []dogma.Event
	log    func(format string, args ...any)
}

func (s *scope) InstanceID() string          { return s.id }
func (s *scope) RecordEvent(e dogma.Event)    { s.events = append(s.events, e) }
func (s *scope) Destroy()                     {}
func (s *scope) Log(format string, args ...any) { s.log(format, args...) }
`
