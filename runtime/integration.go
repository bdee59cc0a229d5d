package runtime

import "github.com/dogmatiq/dogma"

func (e *Engine) handleIntegration(h *handler, env *envelope) {
	s := site{h: h, method: "HandleCommand", env: env}
	sc := &integrationScope{e: e, h: h, env: env}
	var err error
	rec := e.handling(h, env, "")
	if !e.call(s, func() { err = h.intg.HandleCommand(e.op.ctx, sc, env.msg.(dogma.Command)) }) {
		e.discard(rec, len(sc.events))
		return
	}
	if err != nil {
		// The handling failed as a whole: its events are discarded, unlike
		// testkit, which dispatches them anyway.
		e.failAt(rec, h, "HandleCommand", env, err, len(sc.events))
		return
	}
	for _, out := range sc.events {
		e.op.push(out)
	}
}

// integrationScope is the dogma.IntegrationCommandScope of one HandleCommand
// call.
type integrationScope struct {
	e      *Engine
	h      *handler
	env    *envelope
	events []*envelope // journalled when recorded
}

func (sc *integrationScope) RecordEvent(ev dogma.Event) {
	s := site{h: sc.h, method: "IntegrationCommandScope.RecordEvent", env: sc.env}
	t, ok := sc.e.admit(s, ev, eventMessage)
	if !ok {
		sc.e.abortIfStrict()
		return
	}
	out := sc.e.newEnvelope(ev, eventMessage, t, sc.env.id)
	sc.e.produced(sc.h, out, "")
	sc.events = append(sc.events, out)
}

func (sc *integrationScope) Log(format string, args ...any) {
	sc.e.log(sc.h, sc.env, "", format, args...)
}
