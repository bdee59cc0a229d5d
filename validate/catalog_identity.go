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
		Fix:  "Remove all but one Identity call.",
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
			"form and surrounding spaces are rejected.",
		Bad:  `c.Identity("account", "account")`,
		Good: `c.Identity("account", "4f8c4c9e-3a3b-4c55-9c1d-7d8f0c2b6a11")`,
		Fix:  "Generate a random UUID (for example with uuidgen) and use it, in lower case, as the key.",
	},
	Rule{
		ID:       IdentityKeyCanonical,
		Title:    "Keys should be in canonical (lower-case) form",
		Severity: Warning,
		Checked:  CheckedInSource | CheckedLive,
		Refs:     []string{"D3"},
		Why: "dogma ADR-0020: the key \"must be an RFC 4122 UUID in the canonical format\"; the canonical " +
			"format is lower case. configkit accepts upper case and compares keys byte by byte, so two " +
			"spellings of one UUID escape its duplicate-key check (dogmavet compares canonical forms).",
		Bad:  `c.Identity("account", "4F8C4C9E-3A3B-4C55-9C1D-7D8F0C2B6A11")`,
		Good: `c.Identity("account", "4f8c4c9e-3a3b-4c55-9c1d-7d8f0c2b6a11")`,
		Fix:  "Write the key in lower case; the key stays the same UUID.",
	},
)
