package projections

import "bytes"

// versions is a projection's OCC store: the current version of each
// resource. It is not safe for concurrent use; the projection's mutex guards
// it together with the data, so that a version and the change it stands for
// are written atomically.
type versions map[string][]byte

// current returns the version of resource r; it is empty if r is unknown.
func (v versions) current(r []byte) []byte {
	return bytes.Clone(v[string(r)])
}

// isCurrent reports whether c is the current version of r. dogma treats nil
// and empty versions as equal, and so does bytes.Equal.
func (v versions) isCurrent(r, c []byte) bool {
	return bytes.Equal(v[string(r)], c)
}

// set makes n the current version of r.
func (v *versions) set(r, n []byte) {
	if *v == nil {
		*v = versions{}
	}
	(*v)[string(r)] = bytes.Clone(n)
}

// remove forgets resource r.
func (v versions) remove(r []byte) {
	delete(v, string(r))
}
