package runtime

import (
	"fmt"

	"github.com/dogmatiq/dogma"
)

func (e *Engine) handleIntegration(h *handler, env *envelope) {
	s := site{h: h, method: "HandleCommand", env: env}
	sc := &integrationScope{e: e, h: h, env: env}
	var err error
	if !e.call(s, func() { err = h.intg.HandleCommand(e.op.ctx, sc, env.msg.(dogma.Command)) }) {
		e.handled(h, env, "", "discarded: the handling did not complete")
		return
	}
	if err != nil {
		// The handling failed as a whole: its events are discarded, unlike
		// testkit, which dispatches them anyway.
		e.fail(h, "HandleCommand", env, "", err)
		if len(sc.events) > 0 {
			e.notice(env, h, "", fmt.Sprintf("%d recorded events discarded because HandleCommand returned an error", len(sc.events)))
		}
		return
	}
	e.handled(h, env, "", "")
	for i, ev := range sc.events {
		out := e.newEnvelope(ev, eventMessage, sc.types[i], env.id)
		e.produced(h, out, "")
		e.op.push(out)
	}
}

// integrationScope is the dogma.IntegrationCommandScope of one HandleCommand
// call.
type integrationScope struct {
	e      *Engine
	h      *handler
	env    *envelope
	events []dogma.Event
	types  []*msgType
}

func (sc *integrationScope) RecordEvent(ev dogma.Event) {
	s := site{h: sc.h, method: "IntegrationCommandScope.RecordEvent", env: sc.env}
	t, ok := sc.e.admit(s, ev, eventMessage)
	if !ok {
		sc.e.abortIfStrict()
		return
	}
	sc.events = append(sc.events, ev)
	sc.types = append(sc.types, t)
}

func (sc *integrationScope) Log(format string, args ...any) {
	sc.e.log(sc.h, sc.env, "", format, args...)
}
