package validate

// Rules about dogma's message type registry (v0.16.0 on), checked in
// source: the live front end runs on dogma v0.15.0, which has no registry.
var _ = addRules(450,
	Rule{
		ID:       MessageTypeUnregistered,
		Title:    "Routed and produced message types must be registered",
		Severity: Error,
		Checked:  CheckedInSource,
		Refs:     []string{"M1"},
		Why: "dogma v0.16.0 introduced a message type registry: \"The application-defined types that implement " +
			"Command, Event, and Timeout must now be added to the registry before they can be used in handler " +
			"routes\" (CHANGELOG). HandlesCommand[T]() and every other route function look T up and panic with " +
			"\"… is not in the message type registry\" when it is missing, so Configure panics and the application " +
			"does not start. The registry is keyed by the Go type: registering T does not register *T. Checked in " +
			"source only, at each route, over the registrations made at start-up by the package that declares the " +
			"handler, or registers it in an application, and by every package it imports: dogmavet stays silent when " +
			"one of them cannot be followed, such as a registration inside a generic function or behind a condition, " +
			"and cannot see a registration made only by a package that imports the application's, such as main. A " +
			"produced message needs no check of its own: producing a type the handler does not route is " +
			"scope-unrouted-message.",
		Since: "v0.16.0",
		Bad: `// messages/account.go: OpenAccount and AccountOpened are declared, not registered

// bank/account.go
c.Routes(dogma.HandlesCommand[*messages.OpenAccount](), dogma.RecordsEvent[*messages.AccountOpened]())`,
		Good: `// messages/account.go
func init() {
	dogma.RegisterCommand[*OpenAccount]("0b7d9b6e-62a4-4a86-a4a1-8f3c2f4f3c1e")
	dogma.RegisterEvent[*AccountOpened]("9a3e2f1c-5b7d-4c8e-a1f2-3d4b5c6e7f80")
}`,
		Fix: "Register the type with dogma.RegisterCommand, RegisterEvent or RegisterTimeout (RegisterDeadline from " +
			"v0.24.0) and a new random UUID, next to its declaration; when the other of T and *T is registered, use " +
			"that type in the route.",
	},
	Rule{
		ID:       MessageTypeID,
		Title:    "Registry IDs must be RFC 9562 UUIDs other than the nil UUID",
		Severity: Error,
		Checked:  CheckedInSource,
		Refs:     []string{"M2"},
		Why: "dogma, RegisterCommand, RegisterEvent and RegisterTimeout: \"id uniquely identifies the message type. " +
			"The value must be a canonical RFC 9562 UUID string, such as \"65f9620a-65c1-434e-8292-60cd7938c4de\", " +
			"and is case-insensitive.\" dogma normalises the ID when the type is registered, usually in an init " +
			"function, and panics when it is not 36 bytes with hyphens at bytes 8, 13, 18 and 23 and hexadecimal " +
			"digits elsewhere, or when it is the nil UUID, which \"is not supported\". Non-canonical " +
			"forms are judged as keys are: braces, a urn:uuid: prefix, the 32-digit form and surrounding spaces are " +
			"not UUIDs; upper case is the same UUID and is not a defect. Checked in source only.",
		Since: "v0.16.0",
		Bad: `dogma.RegisterEvent[*AccountOpened]("account-opened")
dogma.RegisterEvent[*AccountClosed]("{6c1f4a0e-9b1d-4a53-8f0e-2d7c9a3b5e41}")
dogma.RegisterCommand[*OpenAccount]("00000000-0000-0000-0000-000000000000")`,
		Good: `dogma.RegisterEvent[*AccountOpened]("9a3e2f1c-5b7d-4c8e-a1f2-3d4b5c6e7f80")
dogma.RegisterEvent[*AccountClosed]("6c1f4a0e-9b1d-4a53-8f0e-2d7c9a3b5e41")
dogma.RegisterCommand[*OpenAccount]("0b7d9b6e-62a4-4a86-a4a1-8f3c2f4f3c1e")`,
		Fix: "Use a random UUID, such as uuidgen prints, as 36 characters without braces or prefix; where the ID " +
			"holds a UUID in another form (braces, urn:uuid:, 32 digits), write that UUID, so that stored messages " +
			"keep their type.",
	},
	Rule{
		ID:       DuplicateMessageTypeID,
		Title:    "Registry IDs must be unique",
		Severity: Error,
		Checked:  CheckedInSource,
		Refs:     []string{"M3"},
		Why: "dogma: \"id uniquely identifies the message type … The engine uses the ID to associate message data " +
			"with the correct Go type.\" Registering a second type with an ID already in the registry panics with " +
			"\"… is already associated with …\". IDs are compared in canonical form, as dogma normalises them, so " +
			"two spellings of one UUID that differ only in case are one ID. Checked in source only, across every " +
			"package each package imports, where the two registrations first meet.",
		Since: "v0.16.0",
		Bad: `dogma.RegisterEvent[*AccountOpened]("9a3e2f1c-5b7d-4c8e-a1f2-3d4b5c6e7f80")
dogma.RegisterEvent[*AccountClosed]("9A3E2F1C-5B7D-4C8E-A1F2-3D4B5C6E7F80")`,
		Good: `dogma.RegisterEvent[*AccountOpened]("9a3e2f1c-5b7d-4c8e-a1f2-3d4b5c6e7f80")
dogma.RegisterEvent[*AccountClosed]("6c1f4a0e-9b1d-4a53-8f0e-2d7c9a3b5e41")`,
		Fix: "Give the type that was copied from the other a new random UUID; keep the ID of the type whose messages " +
			"are already stored.",
	},
	Rule{
		ID:       MessageTypeRegisteredTwice,
		Title:    "A message type must be registered once",
		Severity: Error,
		Checked:  CheckedInSource,
		Refs:     []string{"M4"},
		Why: "dogma's registry panics when a type is registered again, with the same ID (\"… is already " +
			"registered\") or another (\"… is already registered as …\"). A second registration is usually a copy " +
			"left behind when a type moved package, or one init function too many. T and *T are different types " +
			"to the registry, so registering both is not this defect. Checked in source only, across every package " +
			"each package imports, where the two registrations first meet.",
		Since: "v0.16.0",
		Bad: `func init() {
	dogma.RegisterCommand[*OpenAccount]("0b7d9b6e-62a4-4a86-a4a1-8f3c2f4f3c1e")
	dogma.RegisterCommand[*OpenAccount]("5e2d8c4a-1f3b-4d6e-9a7c-0b1d2e3f4a5b")
}`,
		Good: `func init() {
	dogma.RegisterCommand[*OpenAccount]("0b7d9b6e-62a4-4a86-a4a1-8f3c2f4f3c1e")
}`,
		Fix: "Keep one registration per type, with the ID its stored messages already use.",
	},
)
