package validate

var _ = addRules(400,
	Rule{
		ID:       NilHandler,
		Title:    "Applications must not register a nil handler",
		Severity: Error,
		Checked:  CheckedInSource | CheckedLive,
		Refs:     []string{"R20a"},
		Why: "configkit calls Configure on the registered handler, so a nil handler crashes it with a nil " +
			"pointer dereference instead of an error that names the problem. A nil pointer whose Configure has " +
			"a value receiver (or is promoted from an embedded field) crashes it the same way. dogmavet follows " +
			"the registered value through local variables that keep the value of their declaration, fields of " +
			"struct literals, and functions of the package whose only return is their last statement. It stays " +
			"silent where the value is assigned on some paths, set after construction, passed in as a " +
			"parameter, held in a package-level variable (the package's tests may assign it) or comes from " +
			"another package, and for a " +
			"nil pointer whose Configure has a pointer receiver, which may never dereference it.",
		Bad:  `c.RegisterAggregate(nil)`,
		Good: `c.RegisterAggregate(&AccountHandler{})`,
		Fix:  "Register a non-nil handler value, or remove the registration.",
	},
	Rule{
		ID:       DuplicateName,
		Title:    "Handler names must be unique within an application",
		Severity: Error,
		Checked:  CheckedInSource | CheckedLive,
		Refs:     []string{"R16"},
		Why: "dogma: the name \"MUST be unique within the application at any given time\". configkit panics with " +
			"\"can not use the handler name …, because it is already used by …\", also when one handler value is " +
			"registered twice. The application may share a name with a handler.",
		Bad: `c.RegisterAggregate(&AccountHandler{})   // Identity("account", …)
c.RegisterProjection(&AccountProjection{}) // Identity("account", …)`,
		Good: `c.RegisterAggregate(&AccountHandler{})   // Identity("account", …)
c.RegisterProjection(&AccountProjection{}) // Identity("account-report", …)`,
		Fix: "Give each handler its own name.",
	},
	Rule{
		ID:       DuplicateKey,
		Title:    "Keys must be unique within an application",
		Severity: Error,
		Checked:  CheckedInSource | CheckedLive,
		Refs:     []string{"R14", "R15", "R17"},
		Why: "configkit panics with \"can not use the handler key …\" or \"can not use the application key …\" " +
			"when a handler shares a key with the application or with another handler. It compares keys byte " +
			"by byte; dogmavet compares canonical forms, so two spellings of one UUID are the same key, as " +
			"enginekit's newer configuration also does.",
		Bad: `c.Identity("bank", "2a8b7c1e-0d5f-4e6a-9b3c-1f2e3d4c5b6a")
c.RegisterAggregate(&AccountHandler{}) // Identity("account", "2A8B7C1E-0D5F-4E6A-9B3C-1F2E3D4C5B6A")`,
		Good: `c.Identity("bank", "2a8b7c1e-0d5f-4e6a-9b3c-1f2e3d4c5b6a")
c.RegisterAggregate(&AccountHandler{}) // Identity("account", "4f8c4c9e-3a3b-4c55-9c1d-7d8f0c2b6a11")`,
		Fix: "Generate a new random UUID for one of the two entities.",
	},
	Rule{
		ID:       DuplicateCommandRoute,
		Title:    "A command type must be handled by one handler",
		Severity: Error,
		Checked:  CheckedInSource | CheckedLive,
		Refs:     []string{"R12"},
		Why: "dogma: \"An application MUST NOT route a single command type to more than one handler.\" configkit " +
			"panics with \"can not handle … commands because they are already configured to be handled by …\". " +
			"Many processes may execute one command type.",
		Bad: `// in AccountHandler.Configure and in LedgerIntegration.Configure:
c.Routes(dogma.HandlesCommand[OpenAccount]())`,
		Good: `// in AccountHandler.Configure only:
c.Routes(dogma.HandlesCommand[OpenAccount]())`,
		Fix: "Keep the HandlesCommand route in one handler; use a distinct command type for the other.",
	},
	Rule{
		ID:       DuplicateEventRecorder,
		Title:    "An event type must be recorded by one handler",
		Severity: Error,
		Checked:  CheckedInSource | CheckedLive,
		Refs:     []string{"R13"},
		Why: "dogma: \"An application … MUST NOT route a single event type from more than one handler.\" " +
			"configkit panics with \"can not record … events because they are already configured to be " +
			"recorded by …\". Many handlers may handle one event type.",
		Bad: `// in AccountHandler.Configure and in LedgerIntegration.Configure:
c.Routes(dogma.RecordsEvent[AccountOpened]())`,
		Good: `// in AccountHandler.Configure only:
c.Routes(dogma.RecordsEvent[AccountOpened]())`,
		Fix: "Record the event in one handler; give the other handler an event type of its own.",
	},
)
