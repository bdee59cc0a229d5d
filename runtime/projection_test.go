package runtime_test

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/dogmatiq/dogma"
	"github.com/dogmavet/dogmavet/runtime"
)

func TestProjectionWithCorrectOCCAppliesEachEventOnce(t *testing.T) {
	p := newProj()
	e := mustNew(t, app(newAgg(), p))
	must(t, e.ExecuteCommand(ctx, &Cmd{ID: "a", N: 1}))
	must(t, e.ExecuteCommand(ctx, &Cmd{ID: "a", N: 2}))
	must(t, e.RecordEvent(ctx, &Evt{ID: "b"}))
	wantLines(t, "projected", p.applied, "*runtime_test.Evt", "*runtime_test.Evt", "*runtime_test.Evt")
	if len(p.versions) != 0 {
		t.Fatalf("resources left open: %v", p.versions)
	}
	wantViolations(t, e)
}

func TestProjectionOCCViolations(t *testing.T) {
	cases := []struct {
		name   string
		defect func(*proj)
		want   []string
	}{
		{"ok false with the current version", func(p *proj) { p.refuse = true },
			[]string{"projection-occ-update|MUST|proj|HandleEvent||*runtime_test.Evt"}},
		{"ok without storing n", func(p *proj) { p.skipVersion = true },
			[]string{"projection-occ-update|MUST|proj|HandleEvent||*runtime_test.Evt"}},
		{"stale version accepted", func(p *proj) { p.ignoreC = true },
			[]string{"projection-occ-conflict|MUST|proj|HandleEvent||*runtime_test.Evt"}},
		{"close keeps the resource", func(p *proj) { p.neverClose = true },
			[]string{"close-resource|SHOULD|proj|CloseResource||*runtime_test.Evt"}},
		// The store always answers "x": the version never moves, so the
		// stale-version probe is not run.
		{"unknown resource has a version", func(p *proj) { p.staleNew = true; p.ignoreC = true },
			[]string{
				"projection-new-resource|MUST|proj|ResourceVersion||*runtime_test.Evt",
				"projection-occ-update|MUST|proj|HandleEvent||*runtime_test.Evt",
				"close-resource|SHOULD|proj|CloseResource||*runtime_test.Evt",
			}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := newProj()
			tc.defect(p)
			e := mustNew(t, app(p))
			must(t, e.RecordEvent(ctx, &Evt{ID: "a"}))
			wantViolations(t, e, tc.want...)
		})
	}
}

// failingProj returns an error from one of its methods.
type failingProj struct {
	*proj
	failOn string
}

func (p *failingProj) ResourceVersion(ctx context.Context, r []byte) ([]byte, error) {
	if p.failOn == "ResourceVersion" {
		return nil, errors.New("store down")
	}
	return p.proj.ResourceVersion(ctx, r)
}

func (p *failingProj) CloseResource(ctx context.Context, r []byte) error {
	if p.failOn == "CloseResource" {
		return errors.New("store down")
	}
	return p.proj.CloseResource(ctx, r)
}

func TestProjectionErrorsAreReturned(t *testing.T) {
	for _, m := range []string{"ResourceVersion", "CloseResource"} {
		t.Run(m, func(t *testing.T) {
			e := mustNew(t, app(&failingProj{newProj(), m}))
			err := e.RecordEvent(ctx, &Evt{ID: "a"})
			want := "projection proj: " + m + "(*runtime_test.Evt #1): store down"
			if err == nil || err.Error() != want {
				t.Fatalf("error: %v, want %s", err, want)
			}
			wantViolations(t, e)
		})
	}
}

func TestProjectionCompactWhenTimeAdvances(t *testing.T) {
	p := newProj()
	e := mustNew(t, app(p))
	must(t, e.AdvanceTime(0))
	if len(p.compacted) != 0 {
		t.Fatalf("compacted without time advancing: %v", p.compacted)
	}
	must(t, e.AdvanceTime(time.Hour))
	must(t, e.AdvanceTime(time.Hour))
	if len(p.compacted) != 2 || !p.compacted[1].Equal(runtime.DefaultStartTime.Add(2*time.Hour)) {
		t.Fatalf("compacted: %v", p.compacted)
	}
}

// scopeProj records what its event scope reports.
type scopeProj struct {
	*proj
	seen []string
}

func (p *scopeProj) HandleEvent(ctx context.Context, r, c, n []byte, s dogma.ProjectionEventScope, e dogma.Event) (bool, error) {
	p.seen = append(p.seen, fmt.Sprintf("%s primary=%v", s.RecordedAt().Format("15:04"), s.IsPrimaryDelivery()))
	return p.proj.HandleEvent(ctx, r, c, n, s, e)
}

func TestProjectionEventScope(t *testing.T) {
	p := &scopeProj{proj: newProj()}
	e := mustNew(t, app(p))
	must(t, e.AdvanceTime(90*time.Minute))
	must(t, e.RecordEvent(ctx, &Evt{ID: "a"}))
	// Offered twice: once with the current version, once with the stale one.
	wantLines(t, "scope", p.seen, "01:30 primary=true", "01:30 primary=true")
}
