package validate

// RuleID is the stable, kebab-case identifier of a rule. It is the Category
// of every diagnostic, the SARIF ruleId and the anchor of the rule's
// documentation. IDs never change meaning; a retired rule's ID is not reused.
type RuleID string

// Configuration rules. The comment names the configkit rule (R) or dogma
// documentation rule (D) of ../shared/reference/config-rules.md it covers.
const (
	IdentityMissing        RuleID = "identity-missing"          // R1
	IdentityMultiple       RuleID = "identity-multiple"         // R2
	IdentityName           RuleID = "identity-name"             // R3
	IdentityNameLength     RuleID = "identity-name-length"      // D1
	IdentityNameUTF8       RuleID = "identity-name-utf8"        // D2
	IdentityKey            RuleID = "identity-key"              // R4
	IdentityKeyCanonical   RuleID = "identity-key-canonical"    // D3
	MissingHandlesCommand  RuleID = "missing-handles-command"   // R5, R9
	MissingRecordsEvent    RuleID = "missing-records-event"     // R6
	MissingHandlesEvent    RuleID = "missing-handles-event"     // R7, R10
	MissingExecutesCommand RuleID = "missing-executes-command"  // R8
	DuplicateRoute         RuleID = "duplicate-route"           // R11
	DuplicateCommandRoute  RuleID = "duplicate-command-handler" // R12
	DuplicateEventRecorder RuleID = "duplicate-event-recorder"  // R13
	DuplicateKey           RuleID = "duplicate-key"             // R14, R15, R17
	DuplicateName          RuleID = "duplicate-name"            // R16
	NilDeliveryPolicy      RuleID = "nil-delivery-policy"       // R18
	NilHandler             RuleID = "nil-handler"               // R20a
	InvalidRoute           RuleID = "invalid-route"             // R20b
	NilRouteType           RuleID = "nil-route-type"            // R20c
	RouteReceiver          RuleID = "route-receiver"            // R20d
	RouteMessageKind       RuleID = "route-message-kind"        // R20d, enginekit MessageKindMismatchError
	RouteInterfaceType     RuleID = "route-interface-type"      // R20e
	ConfigurePanic         RuleID = "configure-panic"           // a panic inside Configure (run time only)
)

// DocsURL is the base of every rule's documentation URL; a rule's URL is
// DocsURL + "#" + its ID.
const DocsURL = "https://github.com/dogmavet/dogmavet/blob/main/docs/rules.md"

// URL returns the documentation URL of the rule.
func (id RuleID) URL() string { return DocsURL + "#" + string(id) }
