package validate

var _ = addRules(300,
	Rule{
		ID:       MissingHandlesCommand,
		Title:    "Aggregates and integrations must handle a command",
		Severity: Error,
		Checked:  CheckedInSource | CheckedLive,
		Refs:     []string{"R5", "R9", "R19"},
		Why: "configkit panics with \"is not configured to handle any commands, at least one HandlesCommand() " +
			"route must be added within Configure()\" for an aggregate or integration without a HandlesCommand " +
			"route, also when the handler is disabled (unless it configures nothing, R19).",
		Bad:  `c.Routes(dogma.RecordsEvent[AccountOpened]())`,
		Good: `c.Routes(dogma.HandlesCommand[OpenAccount](), dogma.RecordsEvent[AccountOpened]())`,
		Fix:  "Add a dogma.HandlesCommand[T]() route for each command the handler handles.",
	},
	Rule{
		ID:       MissingRecordsEvent,
		Title:    "Aggregates must record an event",
		Severity: Error,
		Checked:  CheckedInSource | CheckedLive,
		Refs:     []string{"R6", "R19"},
		Why: "configkit panics with \"is not configured to record any events, at least one RecordsEvent() route " +
			"must be added within Configure()\" for an aggregate without a RecordsEvent route. Integrations may " +
			"record no events.",
		Bad:  `c.Routes(dogma.HandlesCommand[OpenAccount]())`,
		Good: `c.Routes(dogma.HandlesCommand[OpenAccount](), dogma.RecordsEvent[AccountOpened]())`,
		Fix:  "Add a dogma.RecordsEvent[T]() route for each event the aggregate records.",
	},
	Rule{
		ID:       MissingHandlesEvent,
		Title:    "Processes and projections must handle an event",
		Severity: Error,
		Checked:  CheckedInSource | CheckedLive,
		Refs:     []string{"R7", "R10", "R19"},
		Why: "configkit panics with \"is not configured to handle any events, at least one HandlesEvent() route " +
			"must be added within Configure()\" for a process or projection without a HandlesEvent route.",
		Bad:  `c.Routes(dogma.ExecutesCommand[OpenAccount]())`,
		Good: `c.Routes(dogma.HandlesEvent[CustomerJoined](), dogma.ExecutesCommand[OpenAccount]())`,
		Fix:  "Add a dogma.HandlesEvent[T]() route for each event the handler handles.",
	},
	Rule{
		ID:       MissingExecutesCommand,
		Title:    "Processes must execute a command",
		Severity: Error,
		Checked:  CheckedInSource | CheckedLive,
		Refs:     []string{"R8", "R19"},
		Why: "configkit panics with \"is not configured to execute any commands, at least one ExecutesCommand() " +
			"route must be added within Configure()\" for a process without an ExecutesCommand route.",
		Bad:  `c.Routes(dogma.HandlesEvent[CustomerJoined]())`,
		Good: `c.Routes(dogma.HandlesEvent[CustomerJoined](), dogma.ExecutesCommand[OpenAccount]())`,
		Fix:  "Add a dogma.ExecutesCommand[T]() route for each command the process executes.",
	},
	Rule{
		ID:       DuplicateRoute,
		Title:    "A handler must not repeat a route",
		Severity: Error,
		Checked:  CheckedInSource | CheckedLive,
		Refs:     []string{"R11"},
		Why: "configkit panics with \"is configured with multiple … routes for …, should these refer to " +
			"different message types?\" when one handler routes a message type twice in the same direction, " +
			"also across separate Routes calls.",
		Bad: `c.Routes(
	dogma.HandlesCommand[OpenAccount](),
	dogma.HandlesCommand[OpenAccount](),
)`,
		Good: `c.Routes(
	dogma.HandlesCommand[OpenAccount](),
	dogma.HandlesCommand[CloseAccount](),
)`,
		Fix: "Remove the repeated route, or correct its type parameter if it should name another message type.",
	},
	Rule{
		ID:       NilDeliveryPolicy,
		Title:    "A projection's delivery policy must not be nil",
		Severity: Error,
		Checked:  CheckedInSource | CheckedLive,
		Refs:     []string{"R18"},
		Why: "configkit panics with \"delivery policy must not be nil\" as soon as DeliveryPolicy(nil) is called. " +
			"dogmavet follows the policy as nil-handler follows a handler: through variables, struct literal " +
			"fields and constructors of the package, and through the fields of the registered handler value. " +
			"It stays silent where the value may be set on some paths or is held in a package-level variable " +
			"(the package's tests may assign it), and for a nil " +
			"pointer to a policy type, which is not a nil interface to configkit.",
		Bad:  `c.DeliveryPolicy(nil)`,
		Good: `c.DeliveryPolicy(dogma.BroadcastProjectionDeliveryPolicy{PrimaryFirst: true})`,
		Fix:  "Pass a delivery policy value, or remove the call to keep the default unicast policy.",
	},
	Rule{
		ID:       InvalidRoute,
		Title:    "Routes must be built by dogma's route functions",
		Severity: Error,
		Checked:  CheckedInSource | CheckedLive,
		Refs:     []string{"R20b"},
		Why: "configkit panics with \"unsupported route type: %T\" (a plain string, not a configkit error) for a " +
			"nil route or a user type that embeds a dogma route struct.",
		Bad:  `c.Routes(nil)`,
		Good: `c.Routes(dogma.HandlesEvent[AccountOpened]())`,
		Fix:  "Pass only values returned by dogma.HandlesCommand, RecordsEvent, HandlesEvent, ExecutesCommand and SchedulesTimeout.",
	},
	Rule{
		ID:       NilRouteType,
		Title:    "A route's message type must not be nil",
		Severity: Error,
		Checked:  CheckedInSource | CheckedLive,
		Refs:     []string{"R20c"},
		Why:      "A route struct literal without a Type makes configkit panic with \"message type must not be nil\".",
		Bad:      `c.Routes(dogma.HandlesCommandRoute{})`,
		Good:     `c.Routes(dogma.HandlesCommand[OpenAccount]())`,
		Fix:      "Build the route with the generic dogma function instead of a struct literal.",
	},
	Rule{
		ID:       RouteReceiver,
		Title:    "Route the message type that implements the message interface",
		Severity: Error,
		Checked:  CheckedInSource | CheckedLive,
		Refs:     []string{"R20d"},
		Why: "configkit panics when a route names *T for a T that implements the message interface with value " +
			"receivers (\"does not use a pointer receiver\"), or T for a T that implements it only with pointer " +
			"receivers (\"uses a pointer receiver\").",
		Bad: `func (OpenAccount) MessageDescription() string                  { return "open account" }
func (OpenAccount) Validate(dogma.CommandValidationScope) error { return nil }

c.Routes(dogma.HandlesCommand[*OpenAccount]())`,
		Good: `c.Routes(dogma.HandlesCommand[OpenAccount]())`,
		Fix:  "Route the type whose method set implements the interface: T for value receivers, *T for pointer receivers.",
	},
	Rule{
		ID:       RouteMessageKind,
		Title:    "A route's message type must be of the route's kind",
		Severity: Error,
		Checked:  CheckedInSource | CheckedLive,
		Refs:     []string{"R20d"},
		Why: "A route struct literal can name any type. configkit accepts an event in a HandlesCommandRoute, so " +
			"the handler silently routes the wrong kind of message (enginekit's newer configuration rejects it as " +
			"a message kind mismatch), and panics with \"does not implement dogma.Command, dogma.Event or " +
			"dogma.Timeout\" for a type that is not a message.",
		Bad:  `c.Routes(dogma.HandlesCommandRoute{Type: reflect.TypeFor[AccountOpened]()})`,
		Good: `c.Routes(dogma.HandlesCommand[OpenAccount]())`,
		Fix:  "Build routes with the generic dogma functions, whose type constraints check the message kind.",
	},
	Rule{
		ID:       RouteInterfaceType,
		Title:    "A route's message type must be concrete",
		Severity: Error,
		Checked:  CheckedInSource | CheckedLive,
		Refs:     []string{"R20e"},
		Why: "configkit accepts an interface type such as dogma.Command as a route's message type, but engines " +
			"route each message by its concrete type, so the route matches no message.",
		Bad:  `c.Routes(dogma.HandlesCommand[dogma.Command]())`,
		Good: `c.Routes(dogma.HandlesCommand[OpenAccount](), dogma.HandlesCommand[CloseAccount]())`,
		Fix:  "Add one route per concrete message type.",
	},
)
