// Package domain holds the lending library's aggregates and processes: the
// member and copy aggregates, the loan process, which fines and reminds
// members whose loans are overdue, and the stateless welcome process.
package domain
