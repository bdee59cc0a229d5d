package validate

// Rules about changing a root outside the code dogma permits to, checked
// by the analyzer rootmutation.
var _ = addRules(520,
	Rule{
		ID:       AggregateRootMutated,
		Title:    "HandleCommand must not change the aggregate root",
		Severity: Error,
		Checked:  CheckedInSource,
		Refs:     []string{"D11"},
		Why: "Dogma says HandleCommand \"MUST NOT modify the root directly. Use AggregateCommandScope.RecordEvent() " +
			"to record an event that represents the state change\", and that ApplyEvent is \"the only code " +
			"permitted to modify the instance's state\" (v0.25.0: \"must not ... modify r directly\"). The engine " +
			"rebuilds the root from its recorded events, so a change HandleCommand makes itself is lost when the " +
			"instance is next loaded, or kept by an engine that caches roots: either way the state no longer " +
			"follows from the events. Calling the root's ApplyEvent from HandleCommand is the same mistake, and " +
			"applies the event twice once it is also recorded.",
		Bad: `func (AccountHandler) HandleCommand(r *Account, s dogma.AggregateCommandScope[*Account], c dogma.Command) {
	m := c.(*OpenAccount)
	r.Opened = true
	s.RecordEvent(&AccountOpened{ID: m.ID})
}`,
		Good: `func (AccountHandler) HandleCommand(r *Account, s dogma.AggregateCommandScope[*Account], c dogma.Command) {
	m := c.(*OpenAccount)
	s.RecordEvent(&AccountOpened{ID: m.ID})
}

func (r *Account) ApplyEvent(e dogma.Event) {
	switch e.(type) {
	case *AccountOpened:
		r.Opened = true
	}
}`,
		Fix: "Record an event with s.RecordEvent and change the field in the root's ApplyEvent, for that event.",
		Follows: "dogmavet reports writes through the root parameter of HandleCommand (a field assignment, ++ or " +
			"--, a map or slice element, append into a field, a write through a pointer, delete, clear and copy), " +
			"calls of the root's ApplyEvent, and calls that pass the root, or memory it reaches, to a function or " +
			"method of the program that writes it (followed across packages). A local variable that holds a " +
			"pointer, map or slice taken from the root counts as the root; a struct copied out of it does not. " +
			"It stays silent where the root goes to an interface method, a function value, a function " +
			"literal that is not called where it is written, or a function of a package that does not use dogma.",
	},
	Rule{
		ID:       ProcessRootMutated,
		Title:    "Process handlers must change their root only inside Mutate",
		Severity: Error,
		Checked:  CheckedInSource,
		Refs:     []string{"D11"},
		Since:    "v0.24.0",
		Why: "From dogma v0.24.0, HandleEvent and HandleDeadline \"must not modify r directly; use " +
			"[ProcessScope].Mutate instead\". The changelog warns that \"existing process handlers that mutate " +
			"their root directly are now incorrect but will still compile\": Mutate is the engine's signal that " +
			"the state changed, so a direct change may never be persisted. Before v0.24.0 changing the root " +
			"directly was the way to change it, and the rule does not apply.",
		Bad: `func (TransferHandler) HandleEvent(_ context.Context, r *transfer, s dogma.ProcessEventScope[*transfer], e dogma.Event) error {
	m := e.(*TransferStarted)
	r.Amount = m.Amount
	return nil
}`,
		Good: `func (TransferHandler) HandleEvent(_ context.Context, r *transfer, s dogma.ProcessEventScope[*transfer], e dogma.Event) error {
	m := e.(*TransferStarted)
	s.Mutate(func(r *transfer) {
		r.Amount = m.Amount
	})
	return nil
}`,
		Fix: "Make the change inside s.Mutate(func(r R) { ... }), on the callback's root.",
		Follows: "dogmavet follows the root of HandleEvent and HandleDeadline as aggregate-root-mutated follows " +
			"the root of HandleCommand. A function literal passed to Mutate (or anywhere else) is not followed: " +
			"changing the root there is the point.",
	},
)
