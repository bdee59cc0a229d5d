// Package commands holds the lending library's command messages.
package commands
