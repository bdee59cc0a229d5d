package dogmaapi

import "fmt"

// The supported range, as printed.
const (
	Oldest = "v0.15.0"
	Newest = "v0.25.0"
)

// UnsupportedError says that the program's dogma package is not an API
// dogmavet supports: older than v0.15.0, newer than v0.25.x, or a shape it
// cannot place. Its message is one line, for the front end to print before
// exiting with status 1.
type UnsupportedError struct {
	// Path is the import path of the package found.
	Path string

	// Version is the module version from the build list, or "" when the
	// caller does not know it (under go vet).
	Version string

	// Found places the package outside the range, "older than v0.15.0" or
	// "newer than v0.25.x", by its version or its shape; it is "" when the
	// shape matches no generation.
	Found string

	// Reason names what was looked for and not found, or why the version is
	// refused, e.g. "no ProjectionMessageHandler interface".
	Reason string
}

func (e *UnsupportedError) Error() string {
	what := "the program's dogma package"
	if e.Version != "" {
		what = "dogma " + e.Version
	}
	var s string
	switch {
	case e.Found != "":
		s = fmt.Sprintf("%s is %s", what, e.Found)
	default:
		s = fmt.Sprintf("%s (%s) is not a Dogma API that dogmavet recognises", what, e.Path)
	}
	if e.Reason != "" {
		s += " (" + e.Reason + ")"
	}
	return s + fmt.Sprintf(": dogmavet supports dogma %s to %s; require a version in that range", Oldest, Newest)
}
