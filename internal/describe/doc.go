// Package describe presents the Dogma applications that dogmaconfig extracts
// from source: each application's identity and handlers, each handler's
// identity and routes, and the flow of messages between them (commands to
// the handlers that handle them, handlers to the events and commands they
// produce, events to the handlers that handle them). It renders them as
// text, JSON, Graphviz DOT or Mermaid, byte for byte the same for the same
// source.
package describe
