package dogmaapi

import "go/types"

// ScopeCall is what a scope method does, in the terms of every generation.
type ScopeCall int

const (
	NotScopeCall ScopeCall = iota

	// RecordEvent on an aggregate or integration scope.
	RecordEvent

	// ExecuteCommand on a process scope.
	ExecuteCommand

	// ScheduleTimeout is ScheduleTimeout, or ScheduleDeadline from v0.24.0.
	ScheduleTimeout

	// End on a process scope.
	End

	// Mutate on a process scope (v0.24.0 on).
	Mutate

	// Destroy on an aggregate scope (v0.15.x).
	Destroy

	// OtherScopeCall is any other method of a scope: InstanceID, Log, Now,
	// RecordedAt, ScheduledFor...
	OtherScopeCall
)

// ScopeMethod classifies fn, the method a call selects (a
// types.Selection's Obj()), as a method of one of the API's scope
// interfaces. Methods of anything else, CommandExecutor.ExecuteCommand
// among them, are NotScopeCall.
func (a *API) ScopeMethod(fn *types.Func) ScopeCall {
	if !a.IsAPIMethod(fn) {
		return NotScopeCall
	}
	if !a.isScope(fn.Origin().Signature().Recv().Type()) {
		return NotScopeCall
	}
	switch fn.Name() {
	case "RecordEvent":
		return RecordEvent
	case "ExecuteCommand":
		return ExecuteCommand
	case a.Names.ScheduleTimeout:
		return ScheduleTimeout
	case "End":
		return End
	case "Mutate":
		return Mutate
	case "Destroy":
		return Destroy
	}
	return OtherScopeCall
}
