// Package events holds the lending library's event messages.
package events
