package runtime

import (
	"errors"
	"fmt"
	"reflect"
	"sort"
	"time"

	"github.com/dogmatiq/dogma"
)

type messageKind uint8

const (
	commandMessage messageKind = iota + 1
	eventMessage
	timeoutMessage
)

// envelope is a message in flight with its engine metadata.
type envelope struct {
	id, cause uint64 // message IDs; cause is 0 for messages given to the engine
	kind      messageKind
	msg       dogma.Message
	mt        *msgType
	createdAt *time.Time // the engine's clock value, shared and never changed

	// Timeouts only; kept aside because every envelope stays in memory for
	// the journal, and few are timeouts.
	*timeoutInfo
}

// timeoutInfo is when a timeout is due and the instance that scheduled it.
type timeoutInfo struct {
	scheduledFor time.Time
	origin       *handler
	instance     string
	gen          uint64
}

// newEnvelope stores a new envelope, with the next message ID. k is the kind
// the caller got m as: a type cannot be two kinds, as each kind's Validate
// takes a different scope.
func (e *Engine) newEnvelope(m dogma.Message, k messageKind, mt *msgType, cause uint64) *envelope {
	if len(e.envs) == 0 || len(e.envs[len(e.envs)-1]) == envChunk {
		e.envs = append(e.envs, make([]envelope, 0, envChunk))
	}
	last := &e.envs[len(e.envs)-1]
	*last = (*last)[:len(*last)+1]
	// Field by field into the zeroed slot, as in handleAggregate.
	env := &(*last)[len(*last)-1]
	env.id, env.cause, env.kind, env.msg, env.mt, env.createdAt = e.newID(), cause, k, m, mt, e.clock.Load()
	return env
}

// envChunk is the number of envelopes allocated at once.
const envChunk = 256

// envelope returns the envelope of message id: IDs are given out by
// newEnvelope alone, in order from 1.
func (e *Engine) envelope(id uint64) *envelope {
	return &e.envs[(id-1)/envChunk][(id-1)%envChunk]
}

// Validation scopes: each dogma scope interface has an unexported method, so
// embedding the interface is the only way to implement it outside dogma.
type (
	commandValidationScope struct{ dogma.CommandValidationScope }
	eventValidationScope   struct{ dogma.EventValidationScope }
	timeoutValidationScope struct{ dogma.TimeoutValidationScope }
)

// validateMessage calls m's Validate with a validation scope. A panic inside
// Validate is an error too.
func validateMessage(m dogma.Message) (err error) {
	if m == nil || isNilPointer(m) {
		return errors.New("the message is nil")
	}
	defer func() {
		if v := recover(); v != nil {
			err = fmt.Errorf("Validate panicked: %s", describePanic(v))
		}
	}()
	switch x := m.(type) {
	case dogma.Command:
		err = x.Validate(commandValidationScope{})
	case dogma.Event:
		err = x.Validate(eventValidationScope{})
	case dogma.Timeout:
		err = x.Validate(timeoutValidationScope{})
	default:
		return fmt.Errorf("%T is not a command, event or timeout", m)
	}
	if err != nil {
		return fmt.Errorf("the message is invalid: %w", err)
	}
	return nil
}

// isNilPointer reports whether v holds a nil pointer, map, slice, func,
// channel or interface.
func isNilPointer(v any) bool {
	r := reflect.ValueOf(v)
	switch r.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Slice, reflect.Func, reflect.Chan, reflect.Interface:
		return r.IsNil()
	}
	return false
}

// pendingTimeout is a timeout waiting for its time.
type pendingTimeout struct {
	seq uint64
	env *envelope
}

// timeoutQueue keeps pending timeouts ordered by scheduled time, then by the
// order they were scheduled in, so that delivery order is stable.
type timeoutQueue struct {
	seq   uint64
	items []pendingTimeout
}

func (q *timeoutQueue) add(env *envelope) {
	q.seq++
	at := env.scheduledFor
	// Insert after every item due at or before at, keeping scheduling order
	// for equal times.
	i := sort.Search(len(q.items), func(i int) bool { return q.items[i].env.scheduledFor.After(at) })
	q.items = append(q.items, pendingTimeout{})
	copy(q.items[i+1:], q.items[i:])
	q.items[i] = pendingTimeout{seq: q.seq, env: env}
}

// popDue removes and returns the first timeout due at or before t.
func (q *timeoutQueue) popDue(t time.Time) (pendingTimeout, bool) {
	if len(q.items) == 0 || q.items[0].env.scheduledFor.After(t) {
		return pendingTimeout{}, false
	}
	pt := q.items[0]
	q.items[0] = pendingTimeout{}
	q.items = q.items[1:]
	return pt, true
}

// cancel removes the pending timeouts of one process instance.
func (q *timeoutQueue) cancel(h *handler, instance string) int {
	n := 0
	kept := q.items[:0]
	for _, pt := range q.items {
		if pt.env.origin == h && pt.env.instance == instance {
			n++
			continue
		}
		kept = append(kept, pt)
	}
	for i := len(kept); i < len(q.items); i++ {
		q.items[i] = pendingTimeout{}
	}
	q.items = kept
	return n
}

// Pending returns the number of timeouts waiting for their time.
//
// Called from inside one of the engine's handlers, it returns at once with
// the number so far, and the call is an engine-call-from-handler violation.
func (e *Engine) Pending() int {
	if e.fromHandler("Pending") {
		return len(e.timeouts.items)
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	return len(e.timeouts.items)
}
