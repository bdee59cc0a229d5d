package runtimetest

import (
	"fmt"
	"reflect"
	"slices"
	"strings"

	"github.com/dogmatiq/dogma"
	"github.com/dogmavet/dogmavet/runtime"
)

// Expectation is something a scenario step is expected to cause. The
// constructors below make them; they apply to one step's operation and
// everything it caused downstream.
type Expectation interface {
	// describe says what is expected, after "expected": "to record
	// messages.AccountOpened{...}".
	describe() string
	// check checks the outcome of the step.
	check(*outcome) result
}

// result is an expectation's verdict. text says, for a failure, what went
// wrong; for a pass, what satisfied the expectation, which Not and NoneOf
// report when they fail.
type result struct {
	ok   bool
	text string
}

// Records expects a handler to record an event equal to ev: of the same
// type, with reflect.DeepEqual values (so a pointer compares by what it
// points to). It fails with the differences from the closest event recorded.
func Records(ev dogma.Event) Expectation { return &equalMessage{kind: eventKind, want: ev} }

// Executes expects a process to execute a command equal to cmd, as Records
// does for events.
func Executes(cmd dogma.Command) Expectation { return &equalMessage{kind: commandKind, want: cmd} }

type equalMessage struct {
	kind kind
	want dogma.Message
}

func (x *equalMessage) describe() string {
	return "to " + x.kind.verb() + " " + formatValue(reflect.ValueOf(x.want))
}

func (x *equalMessage) check(o *outcome) result {
	if x.want == nil {
		return result{text: fmt.Sprintf("a nil %s was given to compare with; give the %s you expect", x.kind.noun(), x.kind.noun())}
	}
	got := o.produced(x.kind)
	wantType := reflect.TypeOf(x.want)
	var closest *runtime.Entry
	var closestDiff []string
	for i, en := range got {
		if reflect.TypeOf(en.Message) != wantType {
			continue
		}
		if reflect.DeepEqual(x.want, en.Message) {
			return result{ok: true, text: fmt.Sprintf("#%s %s was %s", en.MessageID, en.MessageType, x.kind.past())}
		}
		d := diff(reflect.ValueOf(x.want), reflect.ValueOf(en.Message))
		if len(d) == 0 {
			// The difference is in what the diff cannot tell apart, such
			// as two funcs.
			d = []string{"got " + formatValue(reflect.ValueOf(en.Message)) + ", want " + formatValue(reflect.ValueOf(x.want))}
		}
		if closest == nil || len(d) < len(closestDiff) {
			closest, closestDiff = &got[i], d
		}
	}
	if closest == nil {
		return result{text: x.kind.none(got, typeOf(x.want)) + pointerHint(got, wantType) + o.journalSection()}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "no %s %s is equal; the closest, #%s %s, differs:", x.kind.past(), x.kind.noun(), closest.MessageID, closest.MessageType)
	for _, l := range closestDiff {
		b.WriteString("\n\t" + l)
	}
	b.WriteString("\n" + o.chain(*closest))
	return result{text: b.String()}
}

// none says that no message of type want was among got.
func (k kind) none(got []runtime.Entry, want string) string {
	if len(got) == 0 {
		return fmt.Sprintf("no %s was %s", k.noun(), k.past())
	}
	var b strings.Builder
	fmt.Fprintf(&b, "no %s %s was %s; %s %s:", k.noun(), want, k.past(), plural(len(got), k.noun()), wasWere(len(got), k.past()))
	for _, en := range got {
		fmt.Fprintf(&b, "\n\t#%s %s", en.MessageID, formatValue(reflect.ValueOf(en.Message)))
	}
	return b.String()
}

func wasWere(n int, past string) string {
	if n == 1 {
		return "was " + past
	}
	return "were " + past
}

// RecordsType expects a handler to record an event of type T, or, for an
// interface T, of a type that implements it.
func RecordsType[T dogma.Event]() Expectation {
	return &typeMessage{kind: eventKind, typ: reflect.TypeFor[T]()}
}

// ExecutesType expects a process to execute a command of type T.
func ExecutesType[T dogma.Command]() Expectation {
	return &typeMessage{kind: commandKind, typ: reflect.TypeFor[T]()}
}

type typeMessage struct {
	kind kind
	typ  reflect.Type
}

func (x *typeMessage) describe() string {
	return fmt.Sprintf("to %s %s of type %s", x.kind.verb(), x.kind.article(), x.typ)
}

func (x *typeMessage) check(o *outcome) result {
	got := o.produced(x.kind)
	for _, en := range got {
		if t := reflect.TypeOf(en.Message); t == x.typ || x.typ.Kind() == reflect.Interface && t.Implements(x.typ) {
			return result{ok: true, text: fmt.Sprintf("#%s %s was %s", en.MessageID, en.MessageType, x.kind.past())}
		}
	}
	return result{text: x.kind.none(got, x.typ.String()) + o.journalSection()}
}

// RecordsMatching expects a handler to record an event of type T for which
// match returns nil. It fails with what match returned for each T recorded.
func RecordsMatching[T dogma.Event](match func(T) error) Expectation {
	return &matchMessage[T]{kind: eventKind, match: match}
}

// ExecutesMatching expects a process to execute a command of type T for
// which match returns nil.
func ExecutesMatching[T dogma.Command](match func(T) error) Expectation {
	return &matchMessage[T]{kind: commandKind, match: match}
}

// RecordsOnly expects every event recorded to be of type T with match
// returning nil, and at least one to be recorded.
func RecordsOnly[T dogma.Event](match func(T) error) Expectation {
	return &matchMessage[T]{kind: eventKind, match: match, only: true}
}

// ExecutesOnly expects every command executed to be of type T with match
// returning nil, and at least one to be executed.
func ExecutesOnly[T dogma.Command](match func(T) error) Expectation {
	return &matchMessage[T]{kind: commandKind, match: match, only: true}
}

type matchMessage[T dogma.Message] struct {
	kind  kind
	match func(T) error
	only  bool
}

func (x *matchMessage[T]) describe() string {
	if x.only {
		return fmt.Sprintf("to %s only %ss of type %s that match", x.kind.verb(), x.kind.noun(), reflect.TypeFor[T]())
	}
	return fmt.Sprintf("to %s %s of type %s that matches", x.kind.verb(), x.kind.article(), reflect.TypeFor[T]())
}

func (x *matchMessage[T]) check(o *outcome) result {
	if x.match == nil {
		return result{text: "the match function is nil; give one that returns nil for the message you expect"}
	}
	got := o.produced(x.kind)
	var matched, failed []string
	var firstFailed *runtime.Entry
	for i, en := range got {
		m, ok := en.Message.(T)
		if !ok {
			if x.only {
				failed = append(failed, fmt.Sprintf("#%s %s is not a %s", en.MessageID, en.MessageType, reflect.TypeFor[T]()))
			}
			continue
		}
		if err := x.match(m); err != nil {
			failed = append(failed, fmt.Sprintf("#%s %s: %v", en.MessageID, formatValue(reflect.ValueOf(en.Message)), err))
			if firstFailed == nil {
				firstFailed = &got[i]
			}
			continue
		}
		matched = append(matched, fmt.Sprintf("#%s %s", en.MessageID, en.MessageType))
	}
	switch {
	case x.only && len(got) == 0:
		return result{text: x.kind.none(got, "") + o.journalSection()}
	case x.only && len(failed) == 0:
		return result{ok: true, text: fmt.Sprintf("%s %s and every one matched", plural(len(got), x.kind.noun()), wasWere(len(got), x.kind.past()))}
	case !x.only && len(matched) > 0:
		return result{ok: true, text: matched[0] + " was " + x.kind.past() + " and matched"}
	case len(failed) == 0:
		return result{text: x.kind.none(got, reflect.TypeFor[T]().String()) + o.journalSection()}
	}
	var b strings.Builder
	if x.only {
		fmt.Fprintf(&b, "of %s %s, %d %s not match:", plural(len(got), x.kind.noun()), x.kind.past(), len(failed), doDoes(len(failed)))
	} else {
		fmt.Fprintf(&b, "no %s %s matched:", x.kind.past(), reflect.TypeFor[T]())
	}
	for _, f := range failed {
		b.WriteString("\n\t" + f)
	}
	if firstFailed != nil {
		b.WriteString("\n" + o.chain(*firstFailed))
	}
	return result{text: b.String()}
}

// Violates expects the step to break exactly these dogma rules, in this
// order, and no other. Without it a step is expected to break none. Give it
// at the top level of a step.
func Violates(rules ...runtime.RuleID) Expectation { return &violates{rules: rules} }

type violates struct{ rules []runtime.RuleID }

func (x *violates) describe() string {
	if len(x.rules) == 0 {
		return "to break no dogma rule"
	}
	ids := make([]string, len(x.rules))
	for i, r := range x.rules {
		ids[i] = string(r)
	}
	return "to break " + strings.Join(ids, ", ")
}

func (x *violates) check(o *outcome) result {
	got := make([]runtime.RuleID, len(o.violations))
	for i, v := range o.violations {
		got[i] = v.Rule
	}
	if slices.Equal(got, x.rules) {
		return result{ok: true, text: "it broke " + x.describeGot(got)}
	}
	if len(got) == 0 {
		return result{text: "it broke none"}
	}
	return result{text: "it broke " + x.describeGot(got) + ":\n" + Format(o.violations)}
}

func (x *violates) describeGot(got []runtime.RuleID) string {
	if len(got) == 0 {
		return "none"
	}
	ids := make([]string, len(got))
	for i, r := range got {
		ids[i] = string(r)
	}
	return strings.Join(ids, ", ")
}

func doDoes(n int) string {
	if n == 1 {
		return "does"
	}
	return "do"
}

// pointerHint points out a message of the expected type but for its
// pointer-ness: T and *T are different types to the engine.
func pointerHint(got []runtime.Entry, want reflect.Type) string {
	for _, en := range got {
		t := reflect.TypeOf(en.Message)
		if t.Kind() == reflect.Pointer && t.Elem() == want || want.Kind() == reflect.Pointer && want.Elem() == t {
			return fmt.Sprintf("\n#%s is a %s and the expectation gives a %s, a different type; compare with the type the handler records", en.MessageID, t, want)
		}
	}
	return ""
}
