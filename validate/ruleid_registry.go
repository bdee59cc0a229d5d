package validate

// Rules about dogma's message type registry (v0.16.0 on), which the
// analyzers check over the registrations a program makes and the message
// types it routes and produces.
const (
	// MessageTypeUnregistered: a routed or produced message type that no
	// registration of the program registers.
	MessageTypeUnregistered RuleID = "message-type-unregistered"

	// MessageTypeID: a registry ID that dogma rejects: not an RFC 9562 UUID,
	// or the nil UUID.
	MessageTypeID RuleID = "message-type-id"

	// DuplicateMessageTypeID: two message types registered with one ID.
	DuplicateMessageTypeID RuleID = "duplicate-message-type-id"

	// MessageTypeRegisteredTwice: one message type registered twice.
	MessageTypeRegisteredTwice RuleID = "message-type-registered-twice"
)
