// Package projections holds the lending library's read models: the loans
// on each member's card, kept by package readstore, and the fines report,
// a projection message handler of its own.
package projections
