// Package mid imports reg for its registrations and passes them on in its
// own fact: package facts reach only direct importers.
package mid

import _ "example.test/configcheck/registry/chain/reg"
