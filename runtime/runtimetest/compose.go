package runtimetest

import (
	"fmt"
	"strings"
)

// AllOf expects every one of xs.
func AllOf(xs ...Expectation) Expectation { return &allOf{desc: "", xs: xs} }

// Repeatedly expects each of the n expectations that each(i) returns, for i
// from 0 to n-1; desc says what they expect together, as a verb phrase
// ("debit each account"). Each is checked on its own, as in AllOf, so two
// equal expectations can be met by one message.
func Repeatedly(desc string, n int, each func(i int) Expectation) Expectation {
	if n < 1 || each == nil {
		return invalid(fmt.Sprintf("Repeatedly(%q, %d, ...) needs n of at least 1 and a non-nil function", desc, n))
	}
	xs := make([]Expectation, n)
	for i := range xs {
		xs[i] = each(i)
	}
	return &allOf{desc: fmt.Sprintf("to %s (%d times)", desc, n), xs: xs}
}

type allOf struct {
	desc string
	xs   []Expectation
}

func (x *allOf) describe() string {
	if x.desc != "" {
		return x.desc
	}
	return "to do all of: " + list(x.xs)
}

func (x *allOf) check(o *outcome) result {
	if r, bad := nilChild(x.xs); bad {
		return r
	}
	var failed []string
	for i, c := range x.xs {
		if r := checkChild(c, o); !r.ok {
			failed = append(failed, fmt.Sprintf("%d. expected %s%s", i+1, describeChild(c), detail(r.text)))
		}
	}
	if len(failed) == 0 {
		return result{ok: true, text: fmt.Sprintf("all %d were met", len(x.xs))}
	}
	return result{text: fmt.Sprintf("%d of %d not met:\n%s", len(failed), len(x.xs), strings.Join(failed, "\n"))}
}

// AnyOf expects at least one of xs.
func AnyOf(xs ...Expectation) Expectation { return &anyOf{xs: xs} }

type anyOf struct{ xs []Expectation }

func (x *anyOf) describe() string { return "to do any of: " + list(x.xs) }

func (x *anyOf) check(o *outcome) result {
	if r, bad := nilChild(x.xs); bad {
		return r
	}
	var failed []string
	for i, c := range x.xs {
		r := checkChild(c, o)
		if r.ok {
			return result{ok: true, text: fmt.Sprintf("%d. was met: %s", i+1, r.text)}
		}
		failed = append(failed, fmt.Sprintf("%d. expected %s%s", i+1, describeChild(c), detail(r.text)))
	}
	if len(x.xs) == 0 {
		return result{text: "AnyOf was given no expectations"}
	}
	return result{text: "none was met:\n" + strings.Join(failed, "\n")}
}

// NoneOf expects none of xs.
func NoneOf(xs ...Expectation) Expectation { return &noneOf{xs: xs} }

type noneOf struct{ xs []Expectation }

func (x *noneOf) describe() string { return "to do none of: " + list(x.xs) }

func (x *noneOf) check(o *outcome) result {
	if r, bad := nilChild(x.xs); bad {
		return r
	}
	var met []string
	for i, c := range x.xs {
		if r := checkChild(c, o); r.ok {
			met = append(met, fmt.Sprintf("%d. expected not %s, but %s", i+1, describeChild(c), r.text))
		}
	}
	if len(met) == 0 {
		return result{ok: true, text: fmt.Sprintf("none of %d was met", len(x.xs))}
	}
	return result{text: fmt.Sprintf("%d of %d met:\n%s", len(met), len(x.xs), strings.Join(met, "\n"))}
}

// Not expects x not to be met.
func Not(x Expectation) Expectation { return &not{x: x} }

type not struct{ x Expectation }

func (x *not) describe() string { return "not " + describeChild(x.x) } // "not to record ..."

// A nil child makes a composite fail, whatever the composite: Not(nil) or
// NoneOf(nil) passing would hide the mistake.

func (x *not) check(o *outcome) result {
	if r, bad := nilChild([]Expectation{x.x}); bad {
		return r
	}
	r := checkChild(x.x, o)
	if r.ok {
		return result{text: "it was met: " + r.text}
	}
	return result{ok: true, text: "it was not met"}
}

// invalid is an expectation built with bad arguments: it always fails, and
// says why.
type invalid string

func (x invalid) describe() string      { return "to meet an expectation built with bad arguments" }
func (x invalid) check(*outcome) result { return result{text: string(x)} }

func nilChild(xs []Expectation) (result, bool) {
	for i, c := range xs {
		if c == nil {
			return result{text: fmt.Sprintf("expectation %d of %d is nil", i+1, len(xs))}, true
		}
	}
	return result{}, false
}

func checkChild(c Expectation, o *outcome) result { return c.check(o) }

func describeChild(c Expectation) string {
	if c == nil {
		return "to meet a nil expectation"
	}
	return c.describe()
}

func list(xs []Expectation) string {
	if len(xs) == 0 {
		return "nothing"
	}
	ds := make([]string, len(xs))
	for i, c := range xs {
		ds[i] = strings.TrimPrefix(describeChild(c), "to ")
	}
	return strings.Join(ds, "; ")
}
