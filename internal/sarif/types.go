package sarif

// The types below are the subset of SARIF 2.1.0 that dogmavet writes and
// GitHub code scanning reads. Field order follows the specification, so the
// JSON reads in the order a person expects.

// Version is the SARIF version of every log this package writes.
const Version = "2.1.0"

// Schema is the JSON schema URI of SARIF 2.1.0.
const Schema = "https://json.schemastore.org/sarif-2.1.0.json"

// SrcRoot is the uriBaseId of every repository-relative artifact location.
// GitHub resolves it against the repository's checkout.
const SrcRoot = "%SRCROOT%"

// Log is a whole SARIF file.
type Log struct {
	Schema  string `json:"$schema"`
	Version string `json:"version"`
	Runs    []Run  `json:"runs"`
}

// Run is one invocation of one tool.
type Run struct {
	Tool Tool `json:"tool"`

	// Results is always written, even when empty: GitHub requires it.
	Results []Result `json:"results"`

	// ColumnKind says how startColumn counts: SARIF's default is UTF-16
	// code units, which Builder converts Go's byte columns to.
	ColumnKind string `json:"columnKind,omitempty"`
}

// Tool describes the analysis tool.
type Tool struct {
	Driver Driver `json:"driver"`
}

// Driver is the tool's main component.
type Driver struct {
	Name           string `json:"name"`
	InformationURI string `json:"informationUri,omitempty"`
	Version        string `json:"version,omitempty"`
	Rules          []Rule `json:"rules"`
}

// Rule is a reportingDescriptor: the metadata of one rule.
type Rule struct {
	ID                   string         `json:"id"`
	Name                 string         `json:"name,omitempty"`
	ShortDescription     *Message       `json:"shortDescription,omitempty"`
	FullDescription      *Message       `json:"fullDescription,omitempty"`
	HelpURI              string         `json:"helpUri,omitempty"`
	Help                 *Message       `json:"help,omitempty"`
	DefaultConfiguration *Configuration `json:"defaultConfiguration,omitempty"`
	Properties           *Properties    `json:"properties,omitempty"`
}

// Configuration is a reportingConfiguration.
type Configuration struct {
	Level string `json:"level"`
}

// Properties is a property bag; dogmavet uses only tags.
type Properties struct {
	Tags []string `json:"tags,omitempty"`
}

// Message is a SARIF message or multiformatMessageString.
type Message struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown,omitempty"`
}

// Result is one finding.
type Result struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           int               `json:"ruleIndex"`
	Level               string            `json:"level"`
	Message             Message           `json:"message"`
	Locations           []Location        `json:"locations"`
	PartialFingerprints map[string]string `json:"partialFingerprints,omitempty"`
	RelatedLocations    []Location        `json:"relatedLocations,omitempty"`
}

// Location is a place in an artifact. ID and Message are used only by
// related locations.
type Location struct {
	ID               *int             `json:"id,omitempty"`
	PhysicalLocation PhysicalLocation `json:"physicalLocation"`
	Message          *Message         `json:"message,omitempty"`
}

// PhysicalLocation is a file and a region of it.
type PhysicalLocation struct {
	ArtifactLocation ArtifactLocation `json:"artifactLocation"`
	Region           *Region          `json:"region,omitempty"`
}

// ArtifactLocation names a file: a URI relative to UriBaseID, or an
// absolute file URI when UriBaseID is empty.
type ArtifactLocation struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

// Region is a range of a file; lines and columns count from 1.
type Region struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn,omitempty"`
	EndLine     int `json:"endLine,omitempty"`
	EndColumn   int `json:"endColumn,omitempty"`
}

// Levels of a result or of a rule's default configuration.
const (
	LevelError   = "error"
	LevelWarning = "warning"
	LevelNote    = "note"
)
