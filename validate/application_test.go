package validate_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/dogmatiq/dogma"
	"github.com/dogmavet/dogmavet/validate"
)

// appOf is an application with a valid identity that runs body.
func appOf(body func(c dogma.ApplicationConfigurer)) *app {
	return &app{configure: func(c dogma.ApplicationConfigurer) {
		c.Identity("app", appKey)
		body(c)
	}}
}

func namedIntegration(name, key string, routes ...dogma.IntegrationRoute) *integration {
	return &integration{configure: func(c dogma.IntegrationConfigurer) {
		c.Identity(name, key)
		c.Routes(routes...)
	}}
}

func namedProcess(name, key string, routes ...dogma.ProcessRoute) *process {
	return &process{configure: func(c dogma.ProcessConfigurer) {
		c.Identity(name, key)
		c.Routes(routes...)
	}}
}

func namedProjection(name, key string, routes ...dogma.ProjectionRoute) *projection {
	return &projection{configure: func(c dogma.ProjectionConfigurer) {
		c.Identity(name, key)
		c.Routes(routes...)
	}}
}

// disabledOnly is a projection whose Configure only disables it.
func disabledOnly() *projection {
	return &projection{configure: func(c dogma.ProjectionConfigurer) { c.Disable() }}
}

func TestApplication(t *testing.T) {
	hcA := dogma.HandlesCommand[command[tagA]]()
	reA := dogma.RecordsEvent[event[tagA]]()
	heA := dogma.HandlesEvent[event[tagA]]()
	ecA := dogma.ExecutesCommand[command[tagA]]()
	stA := dogma.SchedulesTimeout[timeout[tagA]]()
	upper := strings.ToUpper(aggKey)

	cases := []struct {
		desc string
		app  dogma.Application
		want []validate.RuleID
	}{
		// Valid controls.
		{"one handler of each kind", validApp(), nil},
		{"identity only (R21)", appWithIdentity("app", appKey), nil},
		{"app name shared with a handler", appOf(func(c dogma.ApplicationConfigurer) {
			c.RegisterIntegration(namedIntegration("app", intKey, hcA))
		}), nil},
		{"processes executing one command", appOf(func(c dogma.ApplicationConfigurer) {
			c.RegisterProcess(namedProcess("p1", procKey, heA, ecA))
			c.RegisterProcess(namedProcess("p2", aggKey, heA, ecA))
		}), nil},
		{"processes scheduling one timeout", appOf(func(c dogma.ApplicationConfigurer) {
			c.RegisterProcess(namedProcess("p1", procKey, heA, ecA, stA))
			c.RegisterProcess(namedProcess("p2", aggKey, heA, ecA, stA))
		}), nil},
		{"many handlers of one event", appOf(func(c dogma.ApplicationConfigurer) {
			c.RegisterProjection(namedProjection("p1", procKey, heA))
			c.RegisterProjection(namedProjection("p2", projKey, heA))
		}), nil},
		{"disabled handler that configures nothing is skipped (R19)", appOf(func(c dogma.ApplicationConfigurer) {
			c.RegisterProjection(disabledOnly())
		}), nil},
		{"disabled and fully configured handler", appOf(func(c dogma.ApplicationConfigurer) {
			c.RegisterIntegration(&integration{configure: func(c dogma.IntegrationConfigurer) {
				c.Identity("integration", intKey)
				c.Routes(hcA)
				c.Disable()
			}})
		}), nil},

		// R12-R17.
		{"command handled twice (R12)", appOf(func(c dogma.ApplicationConfigurer) {
			c.RegisterAggregate(validAggregate())
			c.RegisterIntegration(namedIntegration("integration", intKey, hcA))
		}), []validate.RuleID{validate.DuplicateCommandRoute}},
		{"event recorded twice (R13)", appOf(func(c dogma.ApplicationConfigurer) {
			c.RegisterAggregate(validAggregate())
			c.RegisterIntegration(namedIntegration("integration", intKey, dogma.HandlesCommand[command[tagB]](), reA))
		}), []validate.RuleID{validate.DuplicateEventRecorder}},
		{"handler key equals the app key (R14)", appOf(func(c dogma.ApplicationConfigurer) {
			c.RegisterIntegration(namedIntegration("integration", appKey, hcA))
		}), []validate.RuleID{validate.DuplicateKey}},
		{"app key equals an earlier handler's key (R15)", &app{configure: func(c dogma.ApplicationConfigurer) {
			c.RegisterIntegration(namedIntegration("integration", appKey, hcA))
			c.Identity("app", appKey)
		}}, []validate.RuleID{validate.DuplicateKey}},
		{"handler names conflict (R16)", appOf(func(c dogma.ApplicationConfigurer) {
			c.RegisterProcess(validProcess())
			c.RegisterIntegration(namedIntegration("process", intKey, hcA))
		}), []validate.RuleID{validate.DuplicateName}},
		{"one handler registered twice (R16)", appOf(func(c dogma.ApplicationConfigurer) {
			h := validProjection()
			c.RegisterProjection(h)
			c.RegisterProjection(h)
		}), []validate.RuleID{validate.DuplicateName, validate.DuplicateKey}},
		{"handler keys conflict (R17)", appOf(func(c dogma.ApplicationConfigurer) {
			c.RegisterProcess(validProcess())
			c.RegisterIntegration(namedIntegration("integration", procKey, hcA))
		}), []validate.RuleID{validate.DuplicateKey}},
		{"handler keys differ only in case", appOf(func(c dogma.ApplicationConfigurer) {
			c.RegisterAggregate(validAggregate())
			c.RegisterIntegration(namedIntegration("integration", upper, dogma.HandlesCommand[command[tagB]]()))
		}), []validate.RuleID{validate.DuplicateKey, validate.IdentityKeyCanonical}},
		{"handler key is the app key in upper case", appOf(func(c dogma.ApplicationConfigurer) {
			c.RegisterIntegration(namedIntegration("integration", strings.ToUpper(appKey), hcA))
		}), []validate.RuleID{validate.DuplicateKey, validate.IdentityKeyCanonical}},
		{"disabled handler takes part in conflicts", appOf(func(c dogma.ApplicationConfigurer) {
			c.RegisterAggregate(validAggregate())
			c.RegisterIntegration(&integration{configure: func(c dogma.IntegrationConfigurer) {
				c.Identity("integration", intKey)
				c.Routes(hcA)
				c.Disable()
			}})
		}), []validate.RuleID{validate.DuplicateCommandRoute}},
		{"disabled handler with only an identity is validated (R19)", appOf(func(c dogma.ApplicationConfigurer) {
			c.RegisterIntegration(&integration{configure: func(c dogma.IntegrationConfigurer) {
				c.Identity("integration", intKey)
				c.Disable()
			}})
		}), []validate.RuleID{validate.MissingHandlesCommand}},
		{"disabled projection with only a delivery policy is validated (R19)", appOf(func(c dogma.ApplicationConfigurer) {
			c.RegisterProjection(&projection{configure: func(c dogma.ProjectionConfigurer) {
				c.DeliveryPolicy(dogma.UnicastProjectionDeliveryPolicy{})
				c.Disable()
			}})
		}), []validate.RuleID{validate.IdentityMissing, validate.MissingHandlesEvent}},

		// R20a and panics.
		{"nil aggregate (R20a)", appOf(func(c dogma.ApplicationConfigurer) { c.RegisterAggregate(nil) }), []validate.RuleID{validate.NilHandler}},
		{"nil process (R20a)", appOf(func(c dogma.ApplicationConfigurer) { c.RegisterProcess(nil) }), []validate.RuleID{validate.NilHandler}},
		{"nil integration (R20a)", appOf(func(c dogma.ApplicationConfigurer) { c.RegisterIntegration(nil) }), []validate.RuleID{validate.NilHandler}},
		{"nil projection (R20a)", appOf(func(c dogma.ApplicationConfigurer) { c.RegisterProjection(nil) }), []validate.RuleID{validate.NilHandler}},
		{"handler Configure panics", appOf(func(c dogma.ApplicationConfigurer) {
			c.RegisterAggregate(&aggregate{configure: func(dogma.AggregateConfigurer) { panic("boom") }})
			c.RegisterIntegration(namedIntegration("integration", intKey, hcA))
		}), []validate.RuleID{validate.ConfigurePanic}},
		{"typed nil handler whose Configure dereferences it", appOf(func(c dogma.ApplicationConfigurer) {
			c.RegisterAggregate((*aggregate)(nil))
		}), []validate.RuleID{validate.ConfigurePanic}},
		{"app Configure panics after its identity", &app{configure: func(c dogma.ApplicationConfigurer) {
			c.Identity("app", appKey)
			c.RegisterIntegration(namedIntegration("integration", intKey, hcA))
			var m map[string]int
			m["x"] = 1
		}}, []validate.RuleID{validate.ConfigurePanic}},
		{"app Configure panics before its identity", &app{configure: func(c dogma.ApplicationConfigurer) {
			panic("no identity yet")
		}}, []validate.RuleID{validate.ConfigurePanic}},
		{"nil application", nil, []validate.RuleID{validate.ConfigurePanic}},
	}
	for _, c := range cases {
		t.Run(c.desc, func(t *testing.T) { expectRules(t, validate.Application(c.app), c.want...) })
	}
}

// TestSkip fails without the R19 skip: a disabled handler that configures
// nothing has no identity and no routes, which CheckHandler reports.
func TestSkip(t *testing.T) {
	a := validate.FromApplication(appOf(func(c dogma.ApplicationConfigurer) {
		c.RegisterProjection(disabledOnly())
	}))
	h := a.Registrations[0].Handler
	if !validate.Skipped(h) {
		t.Fatal("a Disable()-only projection is not skipped")
	}
	expectRules(t, validate.CheckHandler(h), validate.IdentityMissing, validate.MissingHandlesEvent)
	expectRules(t, validate.CheckApplication(a))

	// Standalone checks never skip, as configkit.FromProjection.
	expectRules(t, validate.Projection(disabledOnly()), validate.IdentityMissing, validate.MissingHandlesEvent)

	// A partial model may configure something: not skipped, and nothing
	// is reported about what is unknown.
	partial := *h
	partial.RoutesComplete = false
	if validate.Skipped(&partial) {
		t.Error("a partial model is skipped")
	}
	a.Registrations[0].Handler = &partial
	expectRules(t, validate.CheckApplication(a))

	// Disable() on some path only: the handler may be skipped, so its
	// missing identity and routes are not reported.
	maybe := &validate.Handler{Kind: validate.ProjectionHandler, GoType: "*p.P", IdentitiesComplete: true, RoutesComplete: true, DisabledKnown: true}
	a.Registrations[0].Handler = maybe
	expectRules(t, validate.CheckApplication(a), validate.IdentityMissing, validate.MissingHandlesEvent)
	maybe.DisabledKnown = false
	expectRules(t, validate.CheckApplication(a))
}

func TestApplicationOrderAndMessages(t *testing.T) {
	a := &app{configure: func(c dogma.ApplicationConfigurer) {
		c.RegisterAggregate(validAggregate())
		c.RegisterIntegration(namedIntegration("aggregate", strings.ToUpper(aggKey), dogma.HandlesCommand[command[tagA]]()))
		c.RegisterProcess(nil)
		c.Identity("app", "bad key")
	}}
	const (
		appE = "application *validate_test.app (app): "
		cmdA = "validate_test.command[validate_test.tagA]"
		intE = "integration *validate_test.integration (aggregate): "
	)
	want := []string{
		appE + `application key "bad key" is not an RFC 4122 UUID (7 bytes, want 36); use a random UUID such as uuidgen prints, in lower case [identity-key]`,
		appE + `RegisterProcess is passed a nil handler; pass a non-nil dogma.ProcessMessageHandler or remove the call [nil-handler]`,
		appE + `handler name "aggregate" of integration *validate_test.integration (aggregate) is already used by aggregate *validate_test.aggregate (aggregate); give each handler a unique name [duplicate-name]`,
		appE + `handler key "14769F7F-87FE-48DD-916E-5BCAB6BA6ACA" (the same UUID as "14769f7f-87fe-48dd-916e-5bcab6ba6aca") of integration *validate_test.integration (aggregate) is already used by aggregate *validate_test.aggregate (aggregate); give each handler its own key [duplicate-key]`,
		appE + `aggregate *validate_test.aggregate (aggregate) and integration *validate_test.integration (aggregate) both handle the command ` + cmdA + `; an application must route each command type to exactly one handler [duplicate-command-handler]`,
		intE + `handler key "14769F7F-87FE-48DD-916E-5BCAB6BA6ACA" is not in canonical form; use "14769f7f-87fe-48dd-916e-5bcab6ba6aca" [identity-key-canonical]`,
	}
	ps := validate.Application(a)
	if len(ps) != len(want) {
		t.Fatalf("got:\n%s", dump(ps))
	}
	for i, p := range ps {
		if p.String() != want[i] {
			t.Errorf("problem %d:\ngot  %s\nwant %s", i, p, want[i])
		}
	}
	// Same input, same output.
	if again := validate.Application(a); !reflect.DeepEqual(ps, again) {
		t.Error("a second run differs")
	}
}

func TestApplicationKeyConflictMessage(t *testing.T) {
	ps := validate.Application(appOf(func(c dogma.ApplicationConfigurer) {
		c.RegisterIntegration(namedIntegration("integration", appKey, dogma.HandlesCommand[command[tagA]]()))
	}))
	want := `handler key "` + appKey + `" of integration *validate_test.integration (integration) is the application's key; give the application and each handler its own key`
	if len(ps) != 1 || ps[0].Message != want {
		t.Errorf("got:\n%s\nwant %s", dump(ps), want)
	}
}

func TestEntity(t *testing.T) {
	cases := []struct {
		got, want string
	}{
		{validate.FromAggregate(validAggregate()).Entity(), "aggregate *validate_test.aggregate (aggregate)"},
		{validate.FromProcess(validProcess()).Entity(), "process *validate_test.process (process)"},
		{validate.FromIntegration(validIntegration()).Entity(), "integration *validate_test.integration (integration)"},
		{validate.FromProjection(validProjection()).Entity(), "projection *validate_test.projection (projection)"},
		{validate.FromApplication(validApp()).Entity(), "application *validate_test.app (app)"},
		{validate.FromIntegration(withIdentity("a b", intKey)).Entity(), `integration *validate_test.integration ("a b")`},
		{validate.FromIntegration(&integration{}).Entity(), "integration *validate_test.integration"},
		{validate.FromIntegration(nil).Entity(), "integration <nil>"},
	}
	for _, c := range cases {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}

func TestNilHandlersNeverCrash(t *testing.T) {
	expectRules(t, validate.Aggregate(nil), validate.ConfigurePanic)
	expectRules(t, validate.Process(nil), validate.ConfigurePanic)
	expectRules(t, validate.Integration(nil), validate.ConfigurePanic)
	expectRules(t, validate.Projection(nil), validate.ConfigurePanic)
	if validate.CheckHandler(nil) != nil || validate.CheckApplication(nil) != nil || validate.CheckApplicationSelf(nil) != nil {
		t.Error("nil models give problems")
	}
}

// TestCheckApplicationSelf checks that Self leaves the handlers' own rules
// out and that CheckApplication adds them.
func TestCheckApplicationSelf(t *testing.T) {
	a := validate.FromApplication(appOf(func(c dogma.ApplicationConfigurer) {
		c.RegisterIntegration(namedIntegration("integration", intKey))
	}))
	expectRules(t, validate.CheckApplicationSelf(a))
	expectRules(t, validate.CheckApplication(a), validate.MissingHandlesCommand)
}

// TestSecondApplicationKey: configkit checks every application Identity
// call against the handlers registered so far (R15), not only the first.
func TestSecondApplicationKey(t *testing.T) {
	a := &app{configure: func(c dogma.ApplicationConfigurer) {
		c.Identity("app", appKey)
		c.RegisterIntegration(namedIntegration("integration", intKey, dogma.HandlesCommand[command[tagA]]()))
		c.Identity("app", intKey)
	}}
	expectRules(t, validate.Application(a), validate.IdentityMultiple, validate.DuplicateKey)
}
