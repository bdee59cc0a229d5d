// Package projections holds the read models of the example bank: current
// balances and account statements. Both are kept in memory.
//
// Each projection stores the OCC version of every resource next to its data
// and changes both under one lock, which is what makes HandleEvent's
// compare-and-set atomic as dogma requires.
package projections
