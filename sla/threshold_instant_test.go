package sla

import (
	"testing"
	"time"

	"github.com/itsmkit/itsm"
	"github.com/itsmkit/itsm/calendar"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"
)

func thresholds(t testing.TB, ps ...string) []Threshold {
	out := make([]Threshold, len(ps))
	for i, p := range ps {
		th, err := NewThreshold(decimal.RequireFromString(p))
		require.NoError(t, err)
		out[i] = th
	}
	return out
}

// warningAt returns the instant of the warning with percentage p.
func warningAt(t testing.TB, ws []Warning, p string) Warning {
	for _, w := range ws {
		if w.Threshold.Percent().Equal(decimal.RequireFromString(p)) {
			return w
		}
	}
	t.Fatalf("no %s%% warning in %v", p, ws)
	return Warning{}
}

// For a goal given as an instant, thresholds of 100 % and more are reached
// like the breach: the 100 % warning is the deadline (Monday 08:00 for one
// working day from Friday 07:00), never the Friday 17:00 where the counted
// time runs out, and no threshold above 100 % comes before the deadline.
// Thresholds below 100 % are unchanged. Regression: the 100 % warning (and
// the timer NextChange set for it) fired at Friday 17:00.
func TestThresholdInstantsOfGoalInstants(t *testing.T) {
	for _, zone := range []string{"Europe/Berlin", "America/New_York"} {
		cal := lunchCal(t, zone) // Mon–Fri 08–12, 13–17
		loc := cal.Location()
		L := func(m time.Month, d, h, min int) time.Time { return time.Date(2026, m, d, h, min, 0, 0, loc) }
		ths := thresholds(t, "50", "75", "100", "100.5", "150")
		cases := []struct {
			name    string
			goal    Goal
			start   time.Time
			asOf    time.Time // running, not breached
			want    map[string]time.Time
			nextAt  time.Time // NextChange at asOf
			escBase time.Time // the deadline escalations are computed from
		}{
			// Friday 27 March 2026 (DST weekend in Berlin): goal 8h counted.
			{"working day from before open", WorkingDays(1), L(3, 27, 7, 0), L(3, 27, 16, 30),
				map[string]time.Time{"50": L(3, 27, 12, 0), "75": L(3, 27, 15, 0), "100": L(3, 30, 8, 0),
					"100.5": L(3, 30, 8, 2).Add(24 * time.Second), "150": L(3, 30, 12, 0)},
				L(3, 30, 8, 0), L(3, 30, 8, 0)},
			// Saturday, counted time used up, due on Monday.
			{"working day, asOf saturday", WorkingDays(1), L(3, 27, 7, 0), L(3, 28, 9, 0),
				map[string]time.Time{"50": L(3, 27, 12, 0), "75": L(3, 27, 15, 0), "100": L(3, 30, 8, 0),
					"100.5": L(3, 30, 8, 2).Add(24 * time.Second), "150": L(3, 30, 12, 0)},
				L(3, 30, 8, 0), L(3, 30, 8, 0)},
			// Lunch: one working day from Friday 12:30 is Monday 13:00.
			{"working day from lunch", WorkingDays(1), L(3, 27, 12, 30), L(3, 30, 12, 15),
				map[string]time.Time{"50": L(3, 27, 17, 0), "75": L(3, 30, 10, 0), "100": L(3, 30, 13, 0),
					"100.5": L(3, 30, 13, 2).Add(24 * time.Second), "150": L(3, 30, 17, 0)},
				L(3, 30, 13, 0), L(3, 30, 13, 0)},
			// Due on a Saturday from Friday 10:00: goal 6h counted.
			{"due saturday", DueAt(L(3, 28, 10, 0)), L(3, 27, 10, 0), L(3, 27, 18, 0),
				map[string]time.Time{"50": L(3, 27, 14, 0), "75": L(3, 27, 15, 30), "100": L(3, 28, 10, 0),
					"100.5": L(3, 30, 8, 1).Add(48 * time.Second), "150": L(3, 30, 11, 0)},
				L(3, 28, 10, 0), L(3, 28, 10, 0)},
			// Due on a Saturday from Friday 18:00: goal 0, every threshold
			// counts 0; those ≥ 100 % settle onto the due instant too.
			{"due saturday, zero goal", DueAt(L(3, 28, 10, 0)), L(3, 27, 18, 0), L(3, 27, 20, 0),
				map[string]time.Time{"50": L(3, 27, 18, 0), "75": L(3, 27, 18, 0), "100": L(3, 28, 10, 0),
					"100.5": L(3, 28, 10, 0), "150": L(3, 28, 10, 0)},
				L(3, 28, 10, 0), L(3, 28, 10, 0)},
			// A business duration has no instant of its own: unchanged.
			{"business 8h", Business(8 * time.Hour), L(3, 27, 7, 0), L(3, 27, 16, 30),
				map[string]time.Time{"50": L(3, 27, 12, 0), "75": L(3, 27, 15, 0), "100": L(3, 27, 17, 0),
					"100.5": L(3, 30, 8, 2).Add(24 * time.Second), "150": L(3, 30, 12, 0)},
				L(3, 27, 17, 0), L(3, 27, 17, 0)},
		}
		for _, c := range cases {
			tg, err := NewTarget(TargetSpec{Name: "res", Metric: Resolution, Goal: c.goal, Thresholds: ths,
				Escalations: []Escalation{{Name: "before", Offset: itsm.Duration(-time.Hour)}, {Name: "at", Offset: 0}, {Name: "after", Offset: itsm.Duration(time.Hour)}}}, cal)
			require.NoError(t, err)
			evs := []Event{{At: c.start, Kind: Created}}
			x, err := Explain(tg, evs, c.asOf)
			require.NoError(t, err)
			st := x.Status
			require.True(t, st.Running && !st.Breached, "%s %s", zone, c.name)
			require.True(t, st.Deadline.Equal(c.escBase), "%s %s: deadline %v", zone, c.name, st.Deadline)
			for p, want := range c.want {
				w := warningAt(t, x.Warnings, p)
				require.True(t, w.At.Equal(want), "%s %s: %s%% at %v, want %v", zone, c.name, p, w.At, want)
				require.Equal(t, !want.After(c.asOf), w.Reached, "%s %s: %s%% reached", zone, c.name, p)
			}
			require.True(t, warningAt(t, x.Warnings, "100").At.Equal(st.Deadline))
			next, ok, err := st.NextChange()
			require.NoError(t, err)
			require.True(t, ok && next.Equal(c.nextAt), "%s %s: next change %v, want %v", zone, c.name, next, c.nextAt)
			// The escalation at offset 0 is the deadline; ±1h are counted
			// from it on the schedule.
			esc, err := st.escalations()
			require.NoError(t, err)
			require.True(t, esc[1].At.Equal(st.Deadline), "%s %s: escalation at %v", zone, c.name, esc[1].At)
			before, _ := cal.Add(st.Deadline, -time.Hour)
			after, _ := cal.Add(st.Deadline, time.Hour)
			require.True(t, esc[0].At.Equal(before) && esc[2].At.Equal(after))
			// The 100 % warning flips exactly at the deadline, the breach
			// just after it.
			at, err := Explain(tg, evs, c.escBase)
			require.NoError(t, err)
			require.True(t, warningAt(t, at.Warnings, "100").Reached && !at.Status.Breached, "%s %s", zone, c.name)
			if c.escBase.After(c.asOf) {
				bef, err := Explain(tg, evs, c.escBase.Add(-time.Nanosecond))
				require.NoError(t, err)
				require.False(t, warningAt(t, bef.Warnings, "100").Reached, "%s %s", zone, c.name)
			}
		}
		// Resolved on Saturday before a Monday deadline: met, and the
		// 100 % warning was never reached.
		tg, err := NewTarget(TargetSpec{Name: "res", Metric: Resolution, Goal: WorkingDays(1), Thresholds: ths}, cal)
		require.NoError(t, err)
		evs := []Event{{At: L(3, 27, 7, 0), Kind: Created}, {At: L(3, 28, 10, 0), Kind: Resolved}}
		x, err := Explain(tg, evs, L(3, 31, 12, 0))
		require.NoError(t, err)
		require.Equal(t, Met, x.Status.Stage)
		w := warningAt(t, x.Warnings, "100")
		require.True(t, w.At.IsZero() && !w.Reached, "%s: %+v", zone, w)
		require.True(t, warningAt(t, x.Warnings, "75").Reached)
		// Resolved exactly at the deadline: met, 100 % reached then.
		evs[1].At = L(3, 30, 8, 0)
		x, err = Explain(tg, evs, L(3, 31, 12, 0))
		require.NoError(t, err)
		require.Equal(t, Met, x.Status.Stage)
		w = warningAt(t, x.Warnings, "100")
		require.True(t, w.Reached && w.At.Equal(L(3, 30, 8, 0)), "%s: %+v", zone, w)
		// Breached: the 100 % warning is the breach instant.
		x, err = Explain(tg, evs[:1], L(3, 31, 12, 0))
		require.NoError(t, err)
		require.True(t, x.Status.Breached && x.Status.BreachAt.Equal(L(3, 30, 8, 0)))
		require.True(t, warningAt(t, x.Warnings, "100").At.Equal(x.Status.BreachAt))
	}
}

// For every kind of goal, with pauses, in DST weeks: while a cycle runs
// (not breached), the 100 % warning instant is the projected deadline, no
// threshold above 100 % comes before it, thresholds below 100 % come no
// later, and NextChange is the earliest of the future warning instants,
// the instant after the deadline and the future escalation instants.
func TestHundredPercentWarningIsTheDeadline(t *testing.T) {
	cals := map[string]*calendar.Calendar{}
	for _, z := range []string{"Europe/Berlin", "America/New_York"} {
		cals[z] = lunchCal(t, z)
	}
	ths := thresholds(t, "50", "99.99", "100", "100.01", "125", "200")
	rapid.Check(t, func(t *rapid.T) {
		cal := cals[rapid.SampledFrom([]string{"Europe/Berlin", "America/New_York"}).Draw(t, "zone")]
		base := rapid.SampledFrom([]time.Time{
			time.Date(2026, 3, 5, 0, 0, 0, 0, time.UTC), time.Date(2026, 3, 26, 0, 0, 0, 0, time.UTC),
			time.Date(2026, 10, 22, 0, 0, 0, 0, time.UTC), time.Date(2026, 10, 29, 0, 0, 0, 0, time.UTC),
		}).Draw(t, "week")
		start := base.Add(time.Duration(rapid.IntRange(0, 7*24*4).Draw(t, "q")) * 15 * time.Minute)
		goal := rapid.SampledFrom([]Goal{Business(4 * time.Hour), Business(9 * time.Hour), WorkingDays(1), WorkingDays(2),
			EndOfWorkingDay(0), EndOfWorkingDay(1), DueAt(start.Add(50 * time.Hour)), DueAt(start.Add(-time.Hour))}).Draw(t, "goal")
		tg, err := NewTarget(TargetSpec{Name: "res", Metric: Resolution, Goal: goal, Thresholds: ths,
			Conditions:  &Conditions{Pause: []string{"wait"}},
			Escalations: []Escalation{{Name: "early", Offset: itsm.Duration(-2 * time.Hour)}, {Name: "at", Offset: 0}, {Name: "late", Offset: itsm.Duration(90 * time.Minute)}}}, cal)
		require.NoError(t, err)
		evs := []Event{{At: start, Kind: Created}}
		cur := start
		for i, n := 0, rapid.IntRange(0, 6).Draw(t, "n"); i < n; i++ {
			cur = cur.Add(time.Duration(rapid.IntRange(0, 3*24*4).Draw(t, "gap")) * 15 * time.Minute)
			evs = append(evs, Event{At: cur, Kind: StateChanged, State: rapid.SampledFrom([]string{"wait", "open"}).Draw(t, "state")})
		}
		evs = append(evs, Event{At: cur, Kind: StateChanged, State: "open"})
		now := cur.Add(time.Duration(rapid.IntRange(0, 3*24*4).Draw(t, "later")) * 15 * time.Minute)
		x, err := Explain(tg, evs, now)
		require.NoError(t, err)
		st := x.Status
		if !st.Running || st.Breached {
			return
		}
		var w100 Warning
		for _, w := range x.Warnings {
			p := w.Threshold.Percent()
			switch c := p.Cmp(decimal.NewFromInt(100)); {
			case c == 0:
				w100 = w
				require.True(t, w.At.Equal(st.Deadline), "100%% warning %v, deadline %v", w.At, st.Deadline)
			case c > 0:
				require.False(t, w.At.Before(st.Deadline), "%s warning %v before the deadline %v", p, w.At, st.Deadline)
			default:
				require.False(t, w.At.After(st.Deadline), "%s warning %v after the deadline %v", p, w.At, st.Deadline)
			}
			require.Equal(t, !w.At.After(now), w.Reached, "%s warning %v, now %v", p, w.At, now)
		}
		require.False(t, w100.At.IsZero())
		// NextChange against the explained instants.
		var want time.Time
		consider := func(at time.Time) {
			if at.After(now) && (want.IsZero() || at.Before(want)) {
				want = at
			}
		}
		for _, w := range x.Warnings {
			consider(w.At)
		}
		consider(st.Deadline.Add(1))
		for _, e := range x.Escalations {
			consider(e.At)
		}
		next, ok, err := st.NextChange()
		require.NoError(t, err)
		require.True(t, ok)
		require.True(t, next.Equal(want), "next change %v, want %v", next, want)
		// Escalations are counted from the deadline on the schedule.
		for _, e := range x.Escalations {
			at, err := cal.Add(st.Deadline, time.Duration(e.Offset))
			require.NoError(t, err)
			require.True(t, e.At.Equal(at))
		}
		// At the next change something observable changes, and not before.
		if next.After(now) {
			y, err := Explain(tg, evs, next)
			require.NoError(t, err)
			changed := y.Status.Breached != st.Breached
			for i := range y.Warnings {
				changed = changed || y.Warnings[i].Reached != x.Warnings[i].Reached
			}
			for _, e := range x.Escalations {
				changed = changed || e.At.Equal(next)
			}
			require.True(t, changed, "nothing changes at the next change %v", next)
		}
	})
}
