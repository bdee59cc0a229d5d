package dogmaapi

// Names spells the timeout concept as the recognised API does: each field is
// named after the v0.15.0 identifier and holds the API's own, so that a
// finding on a v0.24.0+ program says HandleDeadline, not HandleTimeout.
type Names struct {
	Timeout                   string // Timeout | Deadline (the message interface)
	TimeoutValidationScope    string // TimeoutValidationScope | DeadlineValidationScope
	HandleTimeout             string // HandleTimeout | HandleDeadline
	ProcessTimeoutScope       string // ProcessTimeoutScope | ProcessDeadlineScope
	ScheduleTimeout           string // ScheduleTimeout | ScheduleDeadline
	SchedulesTimeout          string // SchedulesTimeout | SchedulesDeadline (route function)
	SchedulesTimeoutRoute     string // SchedulesTimeoutRoute | SchedulesDeadlineRoute
	NoTimeoutMessagesBehavior string // NoTimeoutMessagesBehavior | NoDeadlineMessagesBehavior
	RegisterTimeout           string // RegisterTimeout | RegisterDeadline; empty without the registry

	// Noun is the concept in lower case, "timeout" or "deadline", for
	// sentences such as "schedules timeout *T".
	Noun string
}

var timeoutNames = Names{
	Timeout:                   "Timeout",
	TimeoutValidationScope:    "TimeoutValidationScope",
	HandleTimeout:             "HandleTimeout",
	ProcessTimeoutScope:       "ProcessTimeoutScope",
	ScheduleTimeout:           "ScheduleTimeout",
	SchedulesTimeout:          "SchedulesTimeout",
	SchedulesTimeoutRoute:     "SchedulesTimeoutRoute",
	NoTimeoutMessagesBehavior: "NoTimeoutMessagesBehavior",
	RegisterTimeout:           "RegisterTimeout",
	Noun:                      "timeout",
}

var deadlineNames = Names{
	Timeout:                   "Deadline",
	TimeoutValidationScope:    "DeadlineValidationScope",
	HandleTimeout:             "HandleDeadline",
	ProcessTimeoutScope:       "ProcessDeadlineScope",
	ScheduleTimeout:           "ScheduleDeadline",
	SchedulesTimeout:          "SchedulesDeadline",
	SchedulesTimeoutRoute:     "SchedulesDeadlineRoute",
	NoTimeoutMessagesBehavior: "NoDeadlineMessagesBehavior",
	RegisterTimeout:           "RegisterDeadline",
	Noun:                      "deadline",
}
