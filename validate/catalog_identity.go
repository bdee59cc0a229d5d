package validate

var _ = addRules(200,
	Rule{
		ID:       IdentityMissing,
		Title:    "Configure must call Identity",
		Severity: Error,
		Checked:  CheckedInSource | CheckedLive,
		Refs:     []string{"R1", "R19"},
		Why: "configkit panics with \"is configured without an identity, Identity() must be called exactly once " +
			"within Configure()\". Within an application, a disabled handler that configures nothing else is " +
			"skipped (R19), as configkit skips it.",
		Bad: `func (h *AccountHandler) Configure(c dogma.AggregateConfigurer) {
	c.Routes(dogma.HandlesCommand[OpenAccount](), dogma.RecordsEvent[AccountOpened]())
}`,
		Good: `func (h *AccountHandler) Configure(c dogma.AggregateConfigurer) {
	c.Identity("account", "4f8c4c9e-3a3b-4c55-9c1d-7d8f0c2b6a11")
	c.Routes(dogma.HandlesCommand[OpenAccount](), dogma.RecordsEvent[AccountOpened]())
}`,
		Fix: "Call c.Identity(name, key) exactly once in Configure.",
		Follows: "dogmavet follows every path through Configure and through the functions of its package that " +
			"Configure passes the configurer to. When no path calls Identity it reports the Configure declaration. " +
			"Otherwise it reports, for a path that returns without calling Identity, the last if, switch, type " +
			"switch, select, for or range statement on that path whose other branch could still have called it, " +
			"with the return as related position. A condition whose value is not known may go either way, as in " +
			"dogmacli's identity rule. These do not skip Identity: a branch a constant condition rules out; the " +
			"exit of a loop before its first iteration when its count is known to be at least one (a range over an " +
			"array, a slice literal or a constant, or `for i := a; i < b; i++` with constant bounds); a path that " +
			"ends in panic, log.Fatal, log.Panic, os.Exit, runtime.Goexit or a function of the package that never " +
			"returns; and a path that calls Disable (R19). Two decisions on one path whose conditions may depend " +
			"on each other (they read the same variable or field, or call a function) leave that path unproven, " +
			"unless they test the same condition over values that do not change (a local assigned once, a field " +
			"of a value Configure neither assigns into nor calls pointer methods on, an unexported package " +
			"variable nothing assigns), which then agree; the cases of one switch are tried in turn. A branch on " +
			"a helper's parameter that the call binds to a constant leaves the path unproven too. dogmavet stays silent for the whole Configure when the configurer goes " +
			"where it cannot follow it: to a function value, an interface method, a function of another package " +
			"(other than a handler's Configure whose Identity calls are known), a closure, a defer or go statement, " +
			"a variable other than a local alias, or a recursive helper.",
	},
	Rule{
		ID:       IdentityMultiple,
		Title:    "Configure must call Identity only once",
		Severity: Error,
		Checked:  CheckedInSource | CheckedLive,
		Refs:     []string{"R2"},
		Why: "configkit panics on the second call, even with the same values: \"is configured with multiple " +
			"identities …, Identity() must be called exactly once within Configure()\".",
		Bad: `c.Identity("account", "4f8c4c9e-3a3b-4c55-9c1d-7d8f0c2b6a11")
c.Identity("accounts", "4f8c4c9e-3a3b-4c55-9c1d-7d8f0c2b6a11")`,
		Good: `c.Identity("account", "4f8c4c9e-3a3b-4c55-9c1d-7d8f0c2b6a11")`,
		Fix:  "Remove all but one Identity call, or make the branches that call it exclusive.",
		Follows: "Two calls on every path are reported at the second (and each later) call, with the first as related " +
			"position. On the paths identity-missing follows, a call that some path reaches after another Identity " +
			"call is reported too, with the earlier call as related position; a helper that calls Identity and " +
			"is called twice counts twice. A path that has gone round a loop that may call Identity does not " +
			"count, since how often the loop runs is not known; decisions that may depend on each other leave a " +
			"path unproven, and an unfollowed configurer silences the rule, as for identity-missing.",
	},
	Rule{
		ID:       IdentityName,
		Title:    "Names must be non-empty, printable and contain no whitespace",
		Severity: Error,
		Checked:  CheckedInSource | CheckedLive,
		Refs:     []string{"R3"},
		Why: "dogma: \"It MUST contain solely printable, non-space UTF-8 characters.\" configkit rejects an empty " +
			"name and any character that is a space (unicode.IsSpace) or not printable (unicode.IsPrint), such as " +
			"U+00A0 and U+200B.",
		Bad:  `c.Identity("account handler", "4f8c4c9e-3a3b-4c55-9c1d-7d8f0c2b6a11")`,
		Good: `c.Identity("account-handler", "4f8c4c9e-3a3b-4c55-9c1d-7d8f0c2b6a11")`,
		Fix:  "Use a name of printable, non-space characters, such as a kebab-case word.",
	},
	Rule{
		ID:       IdentityNameLength,
		Title:    "Names must be at most 255 bytes",
		Severity: Error,
		Checked:  CheckedInSource | CheckedLive,
		Refs:     []string{"D1"},
		Why: "dogma: \"It must be between 1 and 255 bytes (not characters) in length.\" configkit has no upper " +
			"bound, so an engine that enforces the limit rejects a configuration that configkit accepts.",
		Bad:  `c.Identity(strings.Repeat("account", 40), "4f8c4c9e-3a3b-4c55-9c1d-7d8f0c2b6a11")`,
		Good: `c.Identity("account", "4f8c4c9e-3a3b-4c55-9c1d-7d8f0c2b6a11")`,
		Fix:  "Shorten the name to at most 255 bytes; multi-byte characters count once per byte.",
	},
	Rule{
		ID:       IdentityNameUTF8,
		Title:    "Names must be valid UTF-8",
		Severity: Error,
		Checked:  CheckedInSource | CheckedLive,
		Refs:     []string{"D2"},
		Why: "dogma: \"It MUST contain solely printable, non-space UTF-8 characters.\" configkit decodes an " +
			"invalid byte as U+FFFD, which is printable, and so accepts it.",
		Bad:  `c.Identity("account\xff", "4f8c4c9e-3a3b-4c55-9c1d-7d8f0c2b6a11")`,
		Good: `c.Identity("account", "4f8c4c9e-3a3b-4c55-9c1d-7d8f0c2b6a11")`,
		Fix:  "Remove the invalid bytes; write non-ASCII characters as UTF-8 text.",
	},
	Rule{
		ID:       IdentityKey,
		Title:    "Keys must be RFC 4122 UUIDs",
		Severity: Error,
		Checked:  CheckedInSource | CheckedLive,
		Refs:     []string{"R4"},
		Why: "dogma: \"k MUST be an RFC 4122 UUID\". configkit accepts exactly 36 characters with hyphens at " +
			"bytes 8, 13, 18 and 23 and hexadecimal digits elsewhere; braces, a urn:uuid: prefix, the 32-digit " +
			"form and surrounding spaces are rejected. From dogma v0.16.0 a key is \"a canonical RFC 9562 UUID " +
			"string … and is case-insensitive\", and the nil UUID, which dogma's registry rejects as an ID, is " +
			"rejected as a key too; on v0.15.x it is a valid key.",
		Bad:  `c.Identity("account", "account")`,
		Good: `c.Identity("account", "4f8c4c9e-3a3b-4c55-9c1d-7d8f0c2b6a11")`,
		Fix: "Where the key holds a UUID, write that UUID in canonical form; otherwise generate a random UUID " +
			"(for example with uuidgen) and use it, in lower case, as the key.",
		Follows: "Keys are judged where they are constants: string literals, named or typed constants, constant " +
			"expressions, or helper parameters bound to one of those. The suggested fix never changes the UUID a " +
			"key holds: \"{uuid}\", \"urn:uuid:uuid\", 32 hexadecimal digits without hyphens, surrounding white " +
			"space, upper case, or a single UUID among other text become that UUID in canonical form. Only a key " +
			"that holds no UUID at all gets a newly generated one, and that fix's message says it changes the key, " +
			"and so the identity of the handler or application. Only a key written as a string literal in the " +
			"Identity call is fixed; a named constant may be shared, so it is left to you.",
	},
	Rule{
		ID:       IdentityKeyCanonical,
		Title:    "Keys should be in canonical (lower-case) form",
		Severity: Warning,
		Checked:  CheckedInSource | CheckedLive,
		Refs:     []string{"D3"},
		Why: "dogma ADR-0020: the key \"must be an RFC 4122 UUID in the canonical format\"; the canonical " +
			"format is lower case. configkit accepts upper case and compares keys byte by byte, so two " +
			"spellings of one UUID escape its duplicate-key check (dogmavet compares canonical forms). From " +
			"dogma v0.16.0 keys are case-insensitive, so an upper-case key is another spelling of the same key " +
			"and this rule is not reported.",
		Bad:  `c.Identity("account", "4F8C4C9E-3A3B-4C55-9C1D-7D8F0C2B6A11")`,
		Good: `c.Identity("account", "4f8c4c9e-3a3b-4c55-9c1d-7d8f0c2b6a11")`,
		Fix:  "Write the key in lower case; the key stays the same UUID.",
		Follows: "Keys are judged where they are constants, as for identity-key. The suggested fix lower-cases a " +
			"key written as a string literal, which keeps its UUID.",
	},
)
