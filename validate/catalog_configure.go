package validate

var _ = addRules(100,
	Rule{
		ID:       ConfigurePanic,
		Title:    "Configure must return normally",
		Severity: Error,
		Checked:  CheckedLive,
		Refs:     []string{"R20"},
		Why: "configkit and engines call Configure at start-up and do not recover a panic in it, so the application " +
			"does not start. A nil application or handler makes the call itself panic. dogmavet reports the panic " +
			"value and checks the rest of the application; the rules skip what the panicking Configure did not reach.",
		Bad: `func (h *AccountHandler) Configure(c dogma.AggregateConfigurer) {
	c.Identity(h.config.Name, "4f8c4c9e-3a3b-4c55-9c1d-7d8f0c2b6a11") // h.config is nil
}`,
		Good: `func (h *AccountHandler) Configure(c dogma.AggregateConfigurer) {
	c.Identity("account", "4f8c4c9e-3a3b-4c55-9c1d-7d8f0c2b6a11")
}`,
		Fix: "Make Configure depend on nothing that can be nil or fail; configure with constants.",
	},
)
