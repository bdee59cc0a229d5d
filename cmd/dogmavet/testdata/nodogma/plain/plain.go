// Package plain is ordinary Go code that does not use Dogma.
package plain

// Sum adds two numbers.
func Sum(a, b int) int { return a + b }
