package sla

import (
	"math"
	"testing"
	"time"

	"github.com/itsmkit/itsm"
	"github.com/itsmkit/itsm/calendar"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"
)

// The breach rule has one implementation: the engine records threshold
// crossings as it replays a timeline, and Explain reads them. Regression:
// explain.go derived warning instants again from the recorded segments, by
// a second implementation of the rule, and the two diverged (the 100 %
// warning of a cycle that breached before a KeepElapsed switch was the
// switch, not its BreachAt).
//
// Laws, on random targets (every kind of goal, schedules with closed time,
// pauses with and without a resume condition, every reopen mode) and
// random timelines:
//
//   - Explain's status is Evaluate's;
//   - the 100 % warning of a breached cycle is reached at BreachAt, and
//     that of a running cycle that has not breached is its Deadline;
//   - a threshold of p ≥ 100 % of a business goal g is reached where a
//     target with goal ⌈g·p/100⌉ breaches (Evaluate's BreachAt), and is
//     due where that target's deadline is;
//   - a threshold below 100 % is reached at the first instant at which
//     Evaluate shows that much elapsed time (a cycle continued after a
//     reopen counts the closed time only at the reopen);
//   - a threshold reached while the cycle runs stays reached at the same
//     instant when the timeline is evaluated later.
func TestExplainReadsEngineCrossings(t *testing.T) {
	scheds := map[string]Schedule{
		"office":      office(),
		"lunch NY":    lunchCal(t, "America/New_York"),
		"always open": calendar.AlwaysOpen(),
	}
	base := at(2026, time.March, 23, 6, 0) // a DST week in Berlin
	rapid.Check(t, func(t *rapid.T) {
		sched := scheds[rapid.SampledFrom([]string{"office", "lunch NY", "always open"}).Draw(t, "schedule")]
		start := base.Add(time.Duration(rapid.IntRange(0, 4*24*4).Draw(t, "start")) * 15 * time.Minute)
		goal := rapid.SampledFrom([]Goal{Business(2 * time.Hour), Business(9 * time.Hour), Business(30 * time.Minute),
			WorkingDays(1), EndOfWorkingDay(0), EndOfWorkingDay(1), DueAt(start.Add(40 * time.Hour)), DueAt(start)}).Draw(t, "goal")
		ps := rapid.SliceOfNDistinct(rapid.SampledFrom([]string{"25", "50", "75", "99.5", "100", "100.5", "150", "300"}), 1, 5,
			func(s string) string { return s }).Draw(t, "thresholds")
		ths := []Threshold{mustThreshold(100)}
		for _, p := range ps {
			th, err := NewThreshold(decimal.RequireFromString(p))
			require.NoError(t, err)
			ths = append(ths, th)
		}
		cond := &Conditions{Pause: []string{"wait"}, Reopen: ReopenMode(rapid.IntRange(0, 2).Draw(t, "reopen"))}
		if rapid.Bool().Draw(t, "resume condition") {
			cond.Resume = Condition{Events: []EventKind{CustomerReplied}}
		}
		spec := TargetSpec{Name: "res", Metric: Resolution, Goal: goal, Thresholds: ths, Conditions: cond}
		tg, err := NewTarget(spec, sched)
		require.NoError(t, err)

		evs := []Event{{At: start, Kind: Created}}
		cur := start
		for i, n := 0, rapid.IntRange(0, 8).Draw(t, "events"); i < n; i++ {
			cur = cur.Add(time.Duration(rapid.IntRange(0, 12*4).Draw(t, "gap")) * 15 * time.Minute)
			e := Event{At: cur, Kind: rapid.SampledFrom([]EventKind{StateChanged, StateChanged, CustomerReplied, Resolved, Reopened}).Draw(t, "kind")}
			if e.Kind == StateChanged {
				e.State = rapid.SampledFrom([]string{"wait", "open"}).Draw(t, "state")
			}
			evs = append(evs, e)
		}
		now := cur.Add(time.Duration(rapid.IntRange(0, 3*24*4).Draw(t, "later")) * 15 * time.Minute)

		st, err := Evaluate(tg, evs, now)
		if err != nil {
			return // beyond the calendar's range
		}
		x, err := Explain(tg, evs, now)
		require.NoError(t, err)
		require.Equal(t, st, x.Status)
		if st.Stage == NotStarted {
			return
		}
		w100 := warnAt(x.Warnings, "100")
		if st.Breached {
			require.True(t, w100.Reached && w100.At.Equal(st.BreachAt), "100%% warning %v, breach %v", w100, st.BreachAt)
		}
		if st.Running && !st.Breached {
			require.True(t, w100.At.Equal(st.Deadline), "100%% warning %v, deadline %v", w100, st.Deadline)
			require.Equal(t, !st.Deadline.After(now), w100.Reached)
		}
		g := st.Goal.Std()
		for _, w := range x.Warnings {
			xp, fits := w.Threshold.of(g)
			if !fits || !w.Reached {
				continue
			}
			if !w.Threshold.atLeast100() && xp > 0 && cond.Reopen != ReopenContinue {
				// The first instant with that much elapsed time (a
				// continued cycle counts its closed time only at the
				// reopen, so Evaluate at an instant before the reopen does
				// not show it yet).
				at, err := Evaluate(tg, evs, w.At)
				require.NoError(t, err)
				if at.Number == st.Number {
					require.GreaterOrEqual(t, at.Elapsed.Std(), xp, "%v: elapsed at %v", w, w.At)
				}
				before, err := Evaluate(tg, evs, w.At.Add(-1))
				require.NoError(t, err)
				if before.Number == st.Number {
					require.Less(t, before.Elapsed.Std(), xp, "%v: elapsed just before", w)
				}
			}
			if st.active() {
				// Reached stays reached, at the same instant.
				later, err := Explain(tg, evs, now.Add(time.Duration(rapid.IntRange(0, 48).Draw(t, "then"))*time.Hour))
				if err == nil && later.Status.Number == st.Number {
					lw := warnAt(later.Warnings, w.Threshold.Percent().String())
					require.True(t, lw.Reached && lw.At.Equal(w.At), "%v, later %v", w, lw)
				}
			}
		}
		if goal.unit != unitBusiness {
			return
		}
		for _, w := range x.Warnings {
			xp, fits := w.Threshold.of(g)
			if !fits || !w.Threshold.atLeast100() || xp == 0 {
				continue
			}
			// The target whose goal is this threshold's amount: its breach
			// is this warning.
			sp := spec
			sp.Goal, sp.Thresholds = Business(xp), []Threshold{}
			tp, err := NewTarget(sp, sched)
			require.NoError(t, err)
			sp2, err := Evaluate(tp, evs, now)
			require.NoError(t, err)
			switch {
			case sp2.Breached:
				require.True(t, w.Reached && w.At.Equal(sp2.BreachAt), "%v: breach of a %v goal at %v", w, itsm.Duration(xp), sp2.BreachAt)
			case sp2.Running:
				require.True(t, w.At.Equal(sp2.Deadline), "%v: deadline of a %v goal %v", w, itsm.Duration(xp), sp2.Deadline)
			}
		}
	})
}

// On random policies and timelines with priority changes in every mode,
// Explain's statuses are Evaluate's, and the 100 % warning of each current
// cycle is its breach (when it breached) or its deadline (while it runs):
// also after KeepElapsed switches, where a breach incurred under an
// earlier goal stays.
func TestPolicyExplainAgreesWithEvaluate(t *testing.T) {
	pols := map[PriorityChangeMode]*Policy{}
	for _, m := range []PriorityChangeMode{KeepElapsed, Retroactive, Restart} {
		spec := demoSpec(m)
		for i := range spec.Rules {
			for j := range spec.Rules[i].Targets {
				spec.Rules[i].Targets[j].Thresholds = []Threshold{mustThreshold(50), mustThreshold(100), mustThreshold(150)}
			}
		}
		p, err := NewPolicy(spec, map[string]Schedule{"office": office()})
		require.NoError(t, err)
		pols[m] = p
	}
	base := at(2026, time.November, 16, 0, 0)
	rapid.Check(t, func(t *rapid.T) {
		p := pols[PriorityChangeMode(rapid.IntRange(0, 2).Draw(t, "mode"))]
		cur := base.Add(time.Duration(rapid.IntRange(0, 7*24*60).Draw(t, "created")) * time.Minute)
		tl := []Event{{At: cur, Kind: Created, State: "New", Priority: rapid.SampledFrom([]string{"P1", "P3"}).Draw(t, "prio")}}
		for i, n := 0, rapid.IntRange(0, 12).Draw(t, "events"); i < n; i++ {
			cur = cur.Add(time.Duration(rapid.IntRange(0, 20*60).Draw(t, "gap")) * time.Minute)
			e := Event{At: cur, Kind: rapid.SampledFrom([]EventKind{StateChanged, PriorityChanged, Responded, Resolved, Reopened, Updated}).Draw(t, "kind")}
			switch e.Kind {
			case StateChanged:
				e.State = rapid.SampledFrom([]string{"In Progress", "Awaiting User Info", "Awaiting Vendor"}).Draw(t, "state")
			case PriorityChanged:
				e.Priority = rapid.SampledFrom([]string{"P1", "P3", "P9"}).Draw(t, "newprio")
			}
			tl = append(tl, e)
		}
		now := cur.Add(time.Duration(rapid.IntRange(0, 3000).Draw(t, "later")) * time.Minute)
		sts, err := p.Evaluate(Ticket{Events: tl}, now)
		require.NoError(t, err)
		xs, err := p.Explain(Ticket{Events: tl}, now)
		require.NoError(t, err)
		require.Len(t, xs, len(sts))
		for i, st := range sts {
			require.Equal(t, st, xs[i].Status)
			if st.Stage == NotStarted {
				continue
			}
			w100 := warnAt(xs[i].Warnings, "100")
			if st.Breached {
				require.True(t, w100.Reached && w100.At.Equal(st.BreachAt), "%v: 100%% warning %v", st, w100)
			} else if st.Running {
				require.True(t, w100.At.Equal(st.Deadline), "%v: 100%% warning %v", st, w100)
			}
			// Ascending, and a reached one is never after the evaluation.
			for j, w := range xs[i].Warnings {
				if w.Reached {
					require.False(t, w.At.After(now))
				}
				if j > 0 && !w.At.IsZero() && !xs[i].Warnings[j-1].At.IsZero() {
					require.False(t, w.At.Before(xs[i].Warnings[j-1].At), "warnings out of order: %v", xs[i].Warnings)
				}
			}
		}
	})
}

// A threshold whose amount of counted time does not fit in a duration is
// never reached, and reports no instant.
func TestThresholdBeyondDurationRange(t *testing.T) {
	huge, err := NewThreshold(decimal.New(1, 17)) // 1e17 %
	require.NoError(t, err)
	tg, err := NewTarget(TargetSpec{Name: "x", Metric: Resolution, Goal: Business(math.MaxInt64 / 2), Thresholds: []Threshold{huge}}, nil)
	require.NoError(t, err)
	c := at(2026, time.March, 2, 9, 0)
	x, err := Explain(tg, []Event{ev(c, Created)}, c.Add(time.Hour))
	require.NoError(t, err)
	require.Len(t, x.Warnings, 1)
	require.True(t, x.Warnings[0].At.IsZero() && !x.Warnings[0].Reached)
}

// warnAt returns the warning with percentage p (the zero Warning if none).
func warnAt(ws []Warning, p string) Warning {
	for _, w := range ws {
		if w.Threshold.Percent().Equal(decimal.RequireFromString(p)) {
			return w
		}
	}
	return Warning{}
}
