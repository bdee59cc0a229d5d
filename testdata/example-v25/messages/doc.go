// Package messages holds what the lending library's messages share: the
// JSON encoding every message type uses and the checks their Validate
// methods make. The commands, events and deadlines themselves are in the
// subpackages, each registering its types with dogma's message type
// registry as it declares them.
package messages
