package validate

import (
	"go/token"
	"sort"
	"sync"
)

// newProblem builds a problem of rule id with the rule's catalog severity.
func newProblem(id RuleID, entity string, pos token.Pos, msg string) Problem {
	return Problem{Rule: id, Severity: severityOf(id), Entity: entity, Message: msg, Pos: pos}
}

func severityOf(id RuleID) Severity {
	if r, ok := RuleFor(id); ok {
		return r.Severity
	}
	return Error
}

var (
	rankOnce sync.Once
	ranks    map[RuleID]int
)

// ruleRank is the rule's index in Rules(); unknown rules sort last.
func ruleRank(id RuleID) int {
	rankOnce.Do(func() {
		ranks = map[RuleID]int{}
		for i, r := range Rules() {
			ranks[r.ID] = i
		}
	})
	if i, ok := ranks[id]; ok {
		return i
	}
	return len(ranks)
}

// sortProblems orders problems by rule (catalog order), then by position.
// The sort is stable, so problems of one rule at one position (all of them
// at run time, where positions are unknown) keep the order in which the
// configuration made the calls they concern.
func sortProblems(ps []Problem) {
	sort.SliceStable(ps, func(i, j int) bool {
		ri, rj := ruleRank(ps[i].Rule), ruleRank(ps[j].Rule)
		if ri != rj {
			return ri < rj
		}
		return ps[i].Pos < ps[j].Pos
	})
}
