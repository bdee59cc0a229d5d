package validate_test

import (
	"testing"

	"github.com/dogmatiq/configkit"
	"github.com/dogmatiq/dogma"
	"github.com/dogmavet/dogmavet/validate"
)

// The configkit v0.16.0 test corpus (config-rules.md §5), re-expressed with
// our own stubs. Each case runs through validate and through configkit:
// configkit must panic exactly for the invalid cases, which pins the fixture
// to the behaviour it claims to reproduce.

type corpusCase struct {
	desc     string
	validate func() []validate.Problem
	ck       func()
	want     []validate.RuleID
}

func appCase(desc string, a dogma.Application, want ...validate.RuleID) corpusCase {
	return corpusCase{desc, func() []validate.Problem { return validate.Application(a) }, func() { configkit.FromApplication(a) }, want}
}

func aggCase(desc string, f func(dogma.AggregateConfigurer), want ...validate.RuleID) corpusCase {
	h := &aggregate{configure: f}
	return corpusCase{"aggregate " + desc, func() []validate.Problem { return validate.Aggregate(h) }, func() { configkit.FromAggregate(h) }, want}
}

func procCase(desc string, f func(dogma.ProcessConfigurer), want ...validate.RuleID) corpusCase {
	h := &process{configure: f}
	return corpusCase{"process " + desc, func() []validate.Problem { return validate.Process(h) }, func() { configkit.FromProcess(h) }, want}
}

func intCase(desc string, f func(dogma.IntegrationConfigurer), want ...validate.RuleID) corpusCase {
	h := &integration{configure: f}
	return corpusCase{"integration " + desc, func() []validate.Problem { return validate.Integration(h) }, func() { configkit.FromIntegration(h) }, want}
}

func projCase(desc string, f func(dogma.ProjectionConfigurer), want ...validate.RuleID) corpusCase {
	h := &projection{configure: f}
	return corpusCase{"projection " + desc, func() []validate.Problem { return validate.Projection(h) }, func() { configkit.FromProjection(h) }, want}
}

func corpus() []corpusCase {
	hcA, hcB := dogma.HandlesCommand[command[tagA]](), dogma.HandlesCommand[command[tagB]]()
	reA := dogma.RecordsEvent[event[tagA]]()
	heA := dogma.HandlesEvent[event[tagA]]()
	ecA := dogma.ExecutesCommand[command[tagA]]()
	stA := dogma.SchedulesTimeout[timeout[tagA]]()
	const bad = "\t \n"

	var cs []corpusCase

	// Rows 1-15: application_test.go.
	cs = append(cs,
		appCase("1 does not configure anything", &app{}, validate.IdentityMissing),
		appCase("2 does not configure an identity", &app{configure: func(c dogma.ApplicationConfigurer) {
			c.RegisterAggregate(validAggregate())
		}}, validate.IdentityMissing),
		appCase("3 configures multiple identities", &app{configure: func(c dogma.ApplicationConfigurer) {
			c.Identity("<name>", appKey)
			c.Identity("<other>", appKey)
		}}, validate.IdentityMultiple),
		appCase("4 configures an invalid name", appWithIdentity(bad, appKey), validate.IdentityName),
		appCase("5 configures an invalid key", appWithIdentity("app", bad), validate.IdentityKey),
		appCase("6 identity conflicts with a handler", &app{configure: func(c dogma.ApplicationConfigurer) {
			c.RegisterAggregate(validAggregate())
			c.Identity("app", aggKey)
		}}, validate.DuplicateKey),
		appCase("7 handler key conflicts with the app", appOf(func(c dogma.ApplicationConfigurer) {
			c.RegisterAggregate(&aggregate{configure: func(c dogma.AggregateConfigurer) {
				c.Identity("aggregate", appKey)
				c.Routes(hcA, reA)
			}})
		}), validate.DuplicateKey),
		appCase("8 invalid aggregate", appOf(func(c dogma.ApplicationConfigurer) { c.RegisterAggregate(&aggregate{}) }),
			validate.IdentityMissing, validate.MissingHandlesCommand, validate.MissingRecordsEvent),
		appCase("9 invalid process", appOf(func(c dogma.ApplicationConfigurer) { c.RegisterProcess(&process{}) }),
			validate.IdentityMissing, validate.MissingHandlesEvent, validate.MissingExecutesCommand),
		appCase("10 invalid integration", appOf(func(c dogma.ApplicationConfigurer) { c.RegisterIntegration(&integration{}) }),
			validate.IdentityMissing, validate.MissingHandlesCommand),
		appCase("11 invalid projection", appOf(func(c dogma.ApplicationConfigurer) { c.RegisterProjection(&projection{}) }),
			validate.IdentityMissing, validate.MissingHandlesEvent),
		appCase("12 handlers with conflicting names", appOf(func(c dogma.ApplicationConfigurer) {
			c.RegisterProcess(validProcess())
			c.RegisterAggregate(&aggregate{configure: func(c dogma.AggregateConfigurer) {
				c.Identity("process", aggKey)
				c.Routes(hcA, reA)
			}})
		}), validate.DuplicateName),
		appCase("13 handlers with conflicting keys", appOf(func(c dogma.ApplicationConfigurer) {
			c.RegisterProcess(validProcess())
			c.RegisterAggregate(&aggregate{configure: func(c dogma.AggregateConfigurer) {
				c.Identity("aggregate", procKey)
				c.Routes(hcA, reA)
			}})
		}), validate.DuplicateKey),
		appCase("14 multiple handlers of the same command", appOf(func(c dogma.ApplicationConfigurer) {
			c.RegisterAggregate(validAggregate())
			c.RegisterIntegration(namedIntegration("integration", intKey, hcA))
		}), validate.DuplicateCommandRoute),
		appCase("15 multiple handlers that record the same event", appOf(func(c dogma.ApplicationConfigurer) {
			c.RegisterAggregate(validAggregate())
			c.RegisterIntegration(namedIntegration("integration", intKey, hcB, reA))
		}), validate.DuplicateEventRecorder),
	)

	// Rows 16-54: the handler matrix.
	cs = append(cs,
		aggCase("does not configure anything", nil, validate.IdentityMissing, validate.MissingHandlesCommand, validate.MissingRecordsEvent),
		aggCase("does not configure an identity", func(c dogma.AggregateConfigurer) { c.Routes(hcA, reA) }, validate.IdentityMissing),
		aggCase("configures multiple identities", func(c dogma.AggregateConfigurer) {
			c.Identity("<name>", aggKey)
			c.Identity("<other>", aggKey)
			c.Routes(hcA, reA)
		}, validate.IdentityMultiple),
		aggCase("configures an invalid name", func(c dogma.AggregateConfigurer) { c.Identity(bad, aggKey); c.Routes(hcA, reA) }, validate.IdentityName),
		aggCase("configures an invalid key", func(c dogma.AggregateConfigurer) { c.Identity("a", bad); c.Routes(hcA, reA) }, validate.IdentityKey),
		aggCase("does not configure any command routes", func(c dogma.AggregateConfigurer) { c.Identity("a", aggKey); c.Routes(reA) }, validate.MissingHandlesCommand),
		aggCase("does not configure any event routes", func(c dogma.AggregateConfigurer) { c.Identity("a", aggKey); c.Routes(hcA) }, validate.MissingRecordsEvent),
		aggCase("configures multiple routes for the same command", func(c dogma.AggregateConfigurer) {
			c.Identity("a", aggKey)
			c.Routes(hcA, hcA, reA)
		}, validate.DuplicateRoute),
		aggCase("configures multiple routes for the same event", func(c dogma.AggregateConfigurer) {
			c.Identity("a", aggKey)
			c.Routes(hcA, reA, reA)
		}, validate.DuplicateRoute),
		aggCase("omits the handler name before the identity", func(c dogma.AggregateConfigurer) {
			c.Routes(hcA, hcA, reA)
		}, validate.DuplicateRoute, validate.IdentityMissing),

		procCase("does not configure anything", nil, validate.IdentityMissing, validate.MissingHandlesEvent, validate.MissingExecutesCommand),
		procCase("does not configure an identity", func(c dogma.ProcessConfigurer) { c.Routes(heA, ecA) }, validate.IdentityMissing),
		procCase("configures multiple identities", func(c dogma.ProcessConfigurer) {
			c.Identity("<name>", procKey)
			c.Identity("<other>", procKey)
			c.Routes(heA, ecA)
		}, validate.IdentityMultiple),
		procCase("configures an invalid name", func(c dogma.ProcessConfigurer) { c.Identity(bad, procKey); c.Routes(heA, ecA) }, validate.IdentityName),
		procCase("configures an invalid key", func(c dogma.ProcessConfigurer) { c.Identity("p", bad); c.Routes(heA, ecA) }, validate.IdentityKey),
		procCase("does not configure any event routes", func(c dogma.ProcessConfigurer) { c.Identity("p", procKey); c.Routes(ecA) }, validate.MissingHandlesEvent),
		procCase("does not configure command routes", func(c dogma.ProcessConfigurer) { c.Identity("p", procKey); c.Routes(heA) }, validate.MissingExecutesCommand),
		procCase("configures multiple routes for the same event", func(c dogma.ProcessConfigurer) {
			c.Identity("p", procKey)
			c.Routes(heA, heA, ecA)
		}, validate.DuplicateRoute),
		procCase("configures multiple routes for the same command", func(c dogma.ProcessConfigurer) {
			c.Identity("p", procKey)
			c.Routes(heA, ecA, ecA)
		}, validate.DuplicateRoute),
		procCase("configures multiple routes for the same timeout", func(c dogma.ProcessConfigurer) {
			c.Identity("p", procKey)
			c.Routes(heA, ecA, stA, stA)
		}, validate.DuplicateRoute),
		procCase("omits the handler name before the identity", func(c dogma.ProcessConfigurer) {
			c.Routes(heA, heA, ecA)
		}, validate.DuplicateRoute, validate.IdentityMissing),

		intCase("does not configure anything", nil, validate.IdentityMissing, validate.MissingHandlesCommand),
		intCase("does not configure an identity", func(c dogma.IntegrationConfigurer) { c.Routes(hcA) }, validate.IdentityMissing),
		intCase("configures multiple identities", func(c dogma.IntegrationConfigurer) {
			c.Identity("<name>", intKey)
			c.Identity("<other>", intKey)
			c.Routes(hcA)
		}, validate.IdentityMultiple),
		intCase("configures an invalid name", func(c dogma.IntegrationConfigurer) { c.Identity(bad, intKey); c.Routes(hcA) }, validate.IdentityName),
		intCase("configures an invalid key", func(c dogma.IntegrationConfigurer) { c.Identity("i", bad); c.Routes(hcA) }, validate.IdentityKey),
		intCase("does not configure any command routes", func(c dogma.IntegrationConfigurer) { c.Identity("i", intKey); c.Routes(reA) }, validate.MissingHandlesCommand),
		intCase("configures multiple routes for the same command", func(c dogma.IntegrationConfigurer) {
			c.Identity("i", intKey)
			c.Routes(hcA, hcA)
		}, validate.DuplicateRoute),
		intCase("configures multiple routes for the same event", func(c dogma.IntegrationConfigurer) {
			c.Identity("i", intKey)
			c.Routes(hcA, reA, reA)
		}, validate.DuplicateRoute),
		intCase("omits the handler name before the identity", func(c dogma.IntegrationConfigurer) {
			c.Routes(hcA, hcA)
		}, validate.DuplicateRoute, validate.IdentityMissing),

		projCase("does not configure anything", nil, validate.IdentityMissing, validate.MissingHandlesEvent),
		projCase("does not configure an identity", func(c dogma.ProjectionConfigurer) { c.Routes(heA) }, validate.IdentityMissing),
		projCase("configures multiple identities", func(c dogma.ProjectionConfigurer) {
			c.Identity("<name>", projKey)
			c.Identity("<other>", projKey)
			c.Routes(heA)
		}, validate.IdentityMultiple),
		projCase("configures an invalid name", func(c dogma.ProjectionConfigurer) { c.Identity(bad, projKey); c.Routes(heA) }, validate.IdentityName),
		projCase("configures an invalid key", func(c dogma.ProjectionConfigurer) { c.Identity("p", bad); c.Routes(heA) }, validate.IdentityKey),
		projCase("does not configure any event routes", func(c dogma.ProjectionConfigurer) { c.Identity("p", projKey) }, validate.MissingHandlesEvent),
		projCase("configures multiple routes for the same event", func(c dogma.ProjectionConfigurer) {
			c.Identity("p", projKey)
			c.Routes(heA, heA)
		}, validate.DuplicateRoute),
		projCase("omits the handler name before the identity", func(c dogma.ProjectionConfigurer) {
			c.Routes(heA, heA)
		}, validate.DuplicateRoute, validate.IdentityMissing),
		projCase("configures a nil delivery policy", func(c dogma.ProjectionConfigurer) {
			c.Identity("p", projKey)
			c.Routes(heA)
			c.DeliveryPolicy(nil)
		}, validate.NilDeliveryPolicy),
	)

	// Rows 55-66: identity_test.go, names then keys.
	for _, v := range []string{"", "\n", " ", "\u200B"} {
		cs = append(cs,
			intCase("identity name "+v, func(c dogma.IntegrationConfigurer) { c.Identity(v, intKey); c.Routes(hcA) }, validate.IdentityName),
			intCase("identity key "+v, func(c dogma.IntegrationConfigurer) { c.Identity("i", v); c.Routes(hcA) }, validate.IdentityKey),
		)
	}

	// Rows 67-75: enginekit's uuidpb TestParse invalid cases are the
	// identity-key cases of identity_test.go, checked below against
	// configkit.ValidateIdentityKey. Rows 76-77: message/type_test.go.
	cs = append(cs,
		aggCase("routes a pointer to a type that uses non-pointer receivers", func(c dogma.AggregateConfigurer) {
			c.Identity("a", aggKey)
			c.Routes(dogma.HandlesCommand[*command[tagA]](), reA)
		}, validate.RouteReceiver),
		projCase("routes a non-pointer to a type that uses pointer receivers", func(c dogma.ProjectionConfigurer) {
			c.Identity("p", projKey)
			c.Routes(dogma.HandlesEventRoute{Type: typeFor[ptrEvent[tagA]]()})
		}, validate.RouteReceiver),
	)

	// Valid controls.
	cs = append(cs,
		appCase("valid: app name shared with handler", appOf(func(c dogma.ApplicationConfigurer) {
			c.RegisterIntegration(namedIntegration("app", intKey, hcA))
		})),
		appCase("valid: multiple processes schedule the same timeout", appOf(func(c dogma.ApplicationConfigurer) {
			c.RegisterProcess(namedProcess("p1", procKey, heA, ecA, stA))
			c.RegisterProcess(namedProcess("p2", projKey, heA, ecA, stA))
		})),
		appCase("valid: BeforeEach app with a Disable()-only projection", appOf(func(c dogma.ApplicationConfigurer) {
			c.RegisterAggregate(validAggregate())
			c.RegisterProcess(validProcess())
			c.RegisterIntegration(validIntegration())
			c.RegisterProjection(validProjection())
			c.RegisterProjection(disabledOnly())
		})),
		intCase("valid: identity ascii", func(c dogma.IntegrationConfigurer) { c.Identity("foo-bar", intKey); c.Routes(hcA) }),
		intCase("valid: identity unicode", func(c dogma.IntegrationConfigurer) { c.Identity("😀", intKey); c.Routes(hcA) }),
		aggCase("valid: disabled", func(c dogma.AggregateConfigurer) { c.Identity("a", aggKey); c.Routes(hcA, reA); c.Disable() }),
		procCase("valid: disabled", func(c dogma.ProcessConfigurer) { c.Identity("p", procKey); c.Routes(heA, ecA); c.Disable() }),
		intCase("valid: disabled", func(c dogma.IntegrationConfigurer) { c.Identity("i", intKey); c.Routes(hcA); c.Disable() }),
		projCase("valid: disabled", func(c dogma.ProjectionConfigurer) { c.Identity("p", projKey); c.Routes(heA); c.Disable() }),
		projCase("valid: broadcast delivery policy", func(c dogma.ProjectionConfigurer) {
			c.Identity("p", projKey)
			c.Routes(heA)
			c.DeliveryPolicy(dogma.BroadcastProjectionDeliveryPolicy{PrimaryFirst: true})
		}),
	)
	return cs
}

func TestConfigkitCorpus(t *testing.T) {
	for _, c := range corpus() {
		t.Run(c.desc, func(t *testing.T) {
			ps := c.validate()
			expectRules(t, ps, c.want...)
			invalid := len(c.want) > 0
			if hasError(ps) != invalid {
				t.Errorf("error-severity problems: %v, want %v", hasError(ps), invalid)
			}
			if panicked := recovered(c.ck) != nil; panicked != invalid {
				t.Errorf("configkit panics: %v, want %v (the fixture does not reproduce configkit's case)", panicked, invalid)
			}
		})
	}
}

// TestConfigkitIdentityValues compares the name and key rules with
// configkit.ValidateIdentityName and ValidateIdentityKey on every value of
// identity_test.go (including enginekit's uuidpb TestParse cases). configkit
// misses D1 (length) and D2 (UTF-8) and accepts non-canonical keys, which
// dogmavet reports as a warning.
func TestConfigkitIdentityValues(t *testing.T) {
	for _, c := range identityNameCases {
		ours := false
		for _, id := range c.want {
			ours = ours || id == validate.IdentityName
		}
		if theirs := configkit.ValidateIdentityName(c.name) != nil; ours != theirs {
			t.Errorf("name %q (%s): identity-name %v, configkit rejects %v", c.name, c.desc, ours, theirs)
		}
	}
	for _, c := range identityKeyCases {
		ours := len(c.want) > 0 && c.want[0] == validate.IdentityKey
		if theirs := configkit.ValidateIdentityKey(c.key) != nil; ours != theirs {
			t.Errorf("key %q (%s): identity-key %v, configkit rejects %v", c.key, c.desc, ours, theirs)
		}
	}
}
