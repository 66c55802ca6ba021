package sla

import (
	"slices"
	"testing"
	"time"

	"github.com/itsmkit/itsm"
	"github.com/itsmkit/itsm/calendar"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"
)

// lunchCal is Mon–Fri 08:00–12:00, 13:00–17:00 with the public holidays of
// Nordrhein-Westfalen, in zone.
func lunchCal(t testing.TB, zone string) *calendar.Calendar {
	c, err := calendar.ForRegion("DE-NW", zone, "Mon-Fri 08:00-12:00,13:00-17:00")
	require.NoError(t, err)
	return c
}

// A goal given as an instant (N working days, end of day, due) is due at
// that instant, also when the calendar places it after closed time: one
// working day from Friday 07:00 is Monday 08:00, not Friday 17:00, and a
// ticket resolved on Saturday met it. Regression: the deadline used to be
// the earliest instant with the same counted time (Friday 17:00).
func TestGoalInstantAfterClosedTime(t *testing.T) {
	for _, zone := range []string{"Europe/Berlin", "America/New_York"} {
		cal := lunchCal(t, zone)
		loc := cal.Location()
		L := func(m time.Month, d, h, min int) time.Time { return time.Date(2026, m, d, h, min, 0, 0, loc) }
		cases := []struct {
			name      string
			goal      Goal
			start     time.Time
			wantDue   time.Time
			resolveOK time.Time // in the closed gap before the deadline: met
		}{
			// DST week-ends in both zones.
			{"before open", WorkingDays(1), L(3, 27, 7, 0), L(3, 30, 8, 0), L(3, 28, 10, 0)},
			{"after close", WorkingDays(1), L(10, 30, 18, 0), L(11, 3, 8, 0), L(11, 2, 17, 30)},
			{"saturday", WorkingDays(2), L(3, 7, 10, 0), L(3, 11, 8, 0), L(3, 10, 20, 0)},
			{"lunch", WorkingDays(1), L(3, 27, 12, 30), L(3, 30, 13, 0), L(3, 30, 12, 30)},
			{"due on saturday", DueAt(L(3, 28, 10, 0)), L(3, 27, 10, 0), L(3, 28, 10, 0), L(3, 28, 9, 0)},
			{"end of day", EndOfWorkingDay(0), L(3, 27, 10, 0), L(3, 27, 17, 0), L(3, 27, 16, 59)},
		}
		for _, c := range cases {
			tg, err := NewTarget(TargetSpec{Name: "res", Metric: Resolution, Goal: c.goal}, cal)
			require.NoError(t, err)
			created := Event{At: c.start, Kind: Created}
			st, err := Evaluate(tg, []Event{created}, c.start)
			require.NoError(t, err)
			require.True(t, st.Deadline.Equal(c.wantDue), "%s %s: deadline %v, want %v", zone, c.name, st.Deadline, c.wantDue)
			for _, res := range []struct {
				at     time.Time
				breach bool
			}{{c.resolveOK, false}, {c.wantDue, false}, {c.wantDue.Add(time.Nanosecond), true}} {
				st, err := Evaluate(tg, []Event{created, {At: res.at, Kind: Resolved}}, res.at.Add(time.Hour))
				require.NoError(t, err)
				require.Equal(t, res.breach, st.Breached, "%s %s: resolved %v", zone, c.name, res.at)
				if res.breach {
					require.True(t, st.BreachAt.Equal(c.wantDue), "%s %s: breach at %v", zone, c.name, st.BreachAt)
				}
			}
			// Running past the deadline breaches at it.
			st, err = Evaluate(tg, []Event{created}, c.wantDue.Add(time.Minute))
			require.NoError(t, err)
			require.True(t, st.Breached && st.BreachAt.Equal(c.wantDue), "%s %s: %v", zone, c.name, st.BreachAt)
		}
	}
}

// Without pauses, the deadline of a working-days goal is the calendar's
// AddDays and that of an end-of-day goal the calendar's EndOfDay, for any
// start (DST weeks of 2026 in Berlin and New York included).
func TestGoalInstantMatchesCalendar(t *testing.T) {
	cals := map[string]*calendar.Calendar{}
	for _, z := range []string{"Europe/Berlin", "America/New_York"} {
		cals[z] = lunchCal(t, z)
	}
	rapid.Check(t, func(t *rapid.T) {
		cal := cals[rapid.SampledFrom([]string{"Europe/Berlin", "America/New_York"}).Draw(t, "zone")]
		base := rapid.SampledFrom([]time.Time{
			time.Date(2026, 3, 5, 0, 0, 0, 0, time.UTC), time.Date(2026, 3, 26, 0, 0, 0, 0, time.UTC),
			time.Date(2026, 10, 22, 0, 0, 0, 0, time.UTC), time.Date(2026, 10, 29, 0, 0, 0, 0, time.UTC),
			time.Date(2026, 12, 23, 0, 0, 0, 0, time.UTC),
		}).Draw(t, "week")
		start := base.Add(time.Duration(rapid.IntRange(0, 7*24*4).Draw(t, "quarter")) * 15 * time.Minute)
		n := rapid.IntRange(0, 4).Draw(t, "n")
		days := rapid.Bool().Draw(t, "workingDays")
		goal := EndOfWorkingDay(n)
		var want time.Time
		var err error
		if days {
			goal = WorkingDays(max(n, 1))
			want, err = cal.AddDays(start, max(n, 1))
		} else {
			want, err = cal.EndOfDay(start, n)
		}
		require.NoError(t, err)
		tg, err := NewTarget(TargetSpec{Name: "res", Metric: Resolution, Goal: goal}, cal)
		require.NoError(t, err)
		st, err := Evaluate(tg, []Event{{At: start, Kind: Created}}, start)
		require.NoError(t, err)
		if !want.After(start) {
			return
		}
		require.True(t, st.Deadline.Equal(want), "start %v %v: deadline %v, calendar %v", start, goal, st.Deadline, want)
	})
}

// Deadlines, warnings and escalations on a lunch-break calendar over the
// DST weekends of Berlin and New York: the deadline rolls over the weekend
// and the lunch break, escalations are counted time before/after it.
func TestDeadlinesAcrossDSTAndLunch(t *testing.T) {
	type want struct{ deadline, before, after, w150 [3]int } // day, hour, minute
	for _, zone := range []string{"Europe/Berlin", "America/New_York"} {
		cal := lunchCal(t, zone)
		loc := cal.Location()
		tg, err := NewTarget(TargetSpec{Name: "res", Metric: Resolution, Goal: Business(5 * time.Hour),
			Thresholds:  []Threshold{mustThreshold(100), mustThreshold(150)},
			Escalations: []Escalation{{Name: "before", Offset: itsm.Duration(-time.Hour)}, {Name: "after", Offset: itsm.Duration(2 * time.Hour)}}}, cal)
		require.NoError(t, err)
		for _, tc := range []struct {
			month time.Month
			day   int // a Friday before a DST change (or an ordinary one)
			w     want
		}{
			{time.March, 27, want{[3]int{30, 13, 30}, [3]int{30, 11, 30}, [3]int{30, 15, 30}, [3]int{30, 16, 0}}},   // Berlin springs forward 29 March
			{time.March, 6, want{[3]int{9, 13, 30}, [3]int{9, 11, 30}, [3]int{9, 15, 30}, [3]int{9, 16, 0}}},        // New York springs forward 8 March
			{time.October, 30, want{[3]int{2, 13, 30}, [3]int{2, 11, 30}, [3]int{2, 15, 30}, [3]int{2, 16, 0}}},     // New York falls back 1 November
			{time.October, 23, want{[3]int{26, 13, 30}, [3]int{26, 11, 30}, [3]int{26, 15, 30}, [3]int{26, 16, 0}}}, // Berlin falls back 25 October
		} {
			created := time.Date(2026, tc.month, tc.day, 16, 30, 0, 0, loc) // 30 min left on Friday
			next := func(d [3]int) time.Time {
				m := tc.month
				if d[0] < tc.day {
					m++
				}
				return time.Date(2026, m, d[0], d[1], d[2], 0, 0, loc)
			}
			x, err := Explain(tg, []Event{{At: created, Kind: Created}}, created)
			require.NoError(t, err)
			name := zone + " " + created.Format("Jan 2")
			require.True(t, x.Status.Deadline.Equal(next(tc.w.deadline)), "%s: deadline %v", name, x.Status.Deadline.In(loc))
			require.Len(t, x.Escalations, 2)
			require.True(t, x.Escalations[0].At.Equal(next(tc.w.before)), "%s: before %v", name, x.Escalations[0].At.In(loc))
			require.True(t, x.Escalations[1].At.Equal(next(tc.w.after)), "%s: after %v", name, x.Escalations[1].At.In(loc))
			require.True(t, x.Warnings[0].At.Equal(next(tc.w.deadline)), "%s: 100%% %v", name, x.Warnings[0].At.In(loc))
			require.True(t, x.Warnings[1].At.Equal(next(tc.w.w150)), "%s: 150%% %v", name, x.Warnings[1].At.In(loc))
			// Resolved in the lunch break after the deadline: breached at it.
			st, err := Evaluate(tg, []Event{{At: created, Kind: Created}, {At: next([3]int{tc.w.deadline[0], 12, 30}).Add(24 * time.Hour), Kind: Resolved}}, next(tc.w.after).Add(48*time.Hour))
			require.NoError(t, err)
			require.True(t, st.Breached && st.BreachAt.Equal(next(tc.w.deadline)), "%s: breach %v", name, st.BreachAt)
		}
	}
}

// The projected deadline is exact: with no further events, the clock is
// not breached at the deadline and is breached one nanosecond later, at the
// deadline, for every kind of goal, with pauses in between (lunch-break
// calendar, DST weeks of both zones).
func TestDeadlineIsTheBreachInstant(t *testing.T) {
	cals := map[string]*calendar.Calendar{}
	for _, z := range []string{"Europe/Berlin", "America/New_York"} {
		cals[z] = lunchCal(t, z)
	}
	rapid.Check(t, func(t *rapid.T) {
		cal := cals[rapid.SampledFrom([]string{"Europe/Berlin", "America/New_York"}).Draw(t, "zone")]
		base := rapid.SampledFrom([]time.Time{
			time.Date(2026, 3, 5, 0, 0, 0, 0, time.UTC), time.Date(2026, 3, 26, 0, 0, 0, 0, time.UTC),
			time.Date(2026, 10, 22, 0, 0, 0, 0, time.UTC), time.Date(2026, 10, 29, 0, 0, 0, 0, time.UTC),
		}).Draw(t, "week")
		start := base.Add(time.Duration(rapid.IntRange(0, 7*24*4).Draw(t, "q")) * 15 * time.Minute)
		goal := rapid.SampledFrom([]Goal{Business(4 * time.Hour), Business(9 * time.Hour), WorkingDays(1), WorkingDays(2),
			EndOfWorkingDay(0), EndOfWorkingDay(1), DueAt(start.Add(50 * time.Hour))}).Draw(t, "goal")
		tg, err := NewTarget(TargetSpec{Name: "res", Metric: Resolution, Goal: goal, Conditions: &Conditions{Pause: []string{"wait"}}}, cal)
		require.NoError(t, err)
		evs := []Event{{At: start, Kind: Created}}
		cur := start
		for i, n := 0, rapid.IntRange(0, 6).Draw(t, "n"); i < n; i++ {
			cur = cur.Add(time.Duration(rapid.IntRange(0, 4*24*4).Draw(t, "gap")) * 15 * time.Minute)
			evs = append(evs, Event{At: cur, Kind: StateChanged, State: rapid.SampledFrom([]string{"wait", "open"}).Draw(t, "state")})
		}
		// Evaluate at the last event, resumed (a paused clock's deadline
		// assumes it resumes now; resume it so the projection holds).
		evs = append(evs, Event{At: cur, Kind: StateChanged, State: "open"})
		st, err := Evaluate(tg, evs, cur)
		require.NoError(t, err)
		if st.Breached || st.Stage != Running {
			return
		}
		at, err := Evaluate(tg, evs, st.Deadline)
		require.NoError(t, err)
		require.False(t, at.Breached, "breached at the deadline %v", st.Deadline)
		after, err := Evaluate(tg, evs, st.Deadline.Add(time.Nanosecond))
		require.NoError(t, err)
		require.True(t, after.Breached, "not breached after the deadline %v", st.Deadline)
		require.True(t, after.BreachAt.Equal(st.Deadline), "breach at %v, deadline %v", after.BreachAt, st.Deadline)
	})
}

// The same law for a policy whose targets (business hours, working days,
// end of day) are swapped by priority changes under every mode, with
// resolves and reopens under every reopen mode.
func TestPolicyDeadlineIsTheBreachInstant(t *testing.T) {
	cal := lunchCal(t, "Europe/Berlin")
	policies := map[[2]int]*Policy{}
	for pm := KeepElapsed; pm <= Restart; pm++ {
		for rm := ReopenNewCycle; rm <= ReopenPauseClosed; rm++ {
			spec := PolicySpec{
				PriorityChange: pm,
				Conditions:     map[Metric]Conditions{Resolution: {Pause: []string{"wait"}, Reopen: rm}},
				Rules: []Rule{
					{Priorities: []string{"P1"}, Targets: []TargetSpec{{Name: "P1", Metric: Resolution, Goal: Business(4 * time.Hour), Schedule: "office"}}},
					{Priorities: []string{"P2"}, Targets: []TargetSpec{{Name: "P2", Metric: Resolution, Goal: EndOfWorkingDay(1), Schedule: "office"}}},
					{Priorities: []string{"P3"}, Targets: []TargetSpec{{Name: "P3", Metric: Resolution, Goal: WorkingDays(2), Schedule: "office"}}},
				},
			}
			p, err := NewPolicy(spec, map[string]Schedule{"office": cal})
			require.NoError(t, err)
			policies[[2]int{int(pm), int(rm)}] = p
		}
	}
	rapid.Check(t, func(t *rapid.T) {
		p := policies[[2]int{rapid.IntRange(0, 2).Draw(t, "mode"), rapid.IntRange(0, 2).Draw(t, "reopen")}]
		base := rapid.SampledFrom([]time.Time{time.Date(2026, 3, 26, 0, 0, 0, 0, time.UTC), time.Date(2026, 10, 22, 0, 0, 0, 0, time.UTC)}).Draw(t, "week")
		prios := []string{"P1", "P2", "P3", "P9"}
		cur := base.Add(time.Duration(rapid.IntRange(0, 7*24*4).Draw(t, "q")) * 15 * time.Minute)
		evs := []Event{{At: cur, Kind: Created, State: "open", Priority: rapid.SampledFrom(prios).Draw(t, "prio")}}
		for i, n := 0, rapid.IntRange(0, 8).Draw(t, "n"); i < n; i++ {
			cur = cur.Add(time.Duration(rapid.IntRange(0, 2*24*4).Draw(t, "gap")) * 15 * time.Minute)
			switch rapid.IntRange(0, 4).Draw(t, "kind") {
			case 0:
				evs = append(evs, Event{At: cur, Kind: PriorityChanged, Priority: rapid.SampledFrom(prios).Draw(t, "prio")})
			case 1:
				evs = append(evs, Event{At: cur, Kind: Resolved, State: "resolved"})
			case 2:
				evs = append(evs, Event{At: cur, Kind: Reopened, State: "open"})
			default:
				evs = append(evs, Event{At: cur, Kind: StateChanged, State: rapid.SampledFrom([]string{"wait", "open"}).Draw(t, "state")})
			}
		}
		evs = append(evs, Event{At: cur, Kind: StateChanged, State: "open"})
		sts, err := p.Evaluate(Ticket{Events: evs}, cur)
		require.NoError(t, err)
		xs, err := p.Explain(Ticket{Events: evs}, cur)
		require.NoError(t, err)
		require.Len(t, xs, len(sts))
		for i, st := range sts {
			if st.Breached || st.Stage != Running {
				continue
			}
			// The 100 % warning (a default threshold) is the deadline.
			require.Len(t, xs[i].Warnings, 3)
			require.True(t, xs[i].Warnings[2].At.Equal(st.Deadline), "100%% warning %v, deadline %v", xs[i].Warnings[2].At, st.Deadline)
			// NextChange is the earliest future warning or the breach.
			want := st.Deadline.Add(1)
			for _, w := range xs[i].Warnings {
				if w.At.After(cur) && w.At.Before(want) {
					want = w.At
				}
			}
			next, ok, err := st.NextChange()
			require.NoError(t, err)
			require.True(t, ok && next.Equal(want), "next change %v, want %v", next, want)
			at, err := p.Evaluate(Ticket{Events: evs}, st.Deadline)
			require.NoError(t, err)
			after, err := p.Evaluate(Ticket{Events: evs}, st.Deadline.Add(time.Nanosecond))
			require.NoError(t, err)
			require.Len(t, at, 1)
			require.Len(t, after, 1)
			require.False(t, at[0].Breached, "breached at the deadline %v", st.Deadline)
			require.True(t, after[0].Breached, "not breached after the deadline %v", st.Deadline)
			require.True(t, after[0].BreachAt.Equal(st.Deadline), "breach at %v, deadline %v", after[0].BreachAt, st.Deadline)
		}
	})
}

// An event that changes nothing (a customer reply without a state) changes
// no status: splitting the replay at any instant gives the same clocks.
func TestQuietEventChangesNothing(t *testing.T) {
	cal := lunchCal(t, "America/New_York")
	spec := PolicySpec{
		PriorityChange: KeepElapsed,
		Conditions:     map[Metric]Conditions{Resolution: {Pause: []string{"wait"}, Reopen: ReopenPauseClosed}},
		Rules: []Rule{
			{Priorities: []string{"P1"}, Targets: []TargetSpec{{Name: "P1", Metric: Resolution, Goal: Business(4 * time.Hour), Schedule: "office"}}},
			{Priorities: []string{"P3"}, Targets: []TargetSpec{{Name: "P3", Metric: Resolution, Goal: WorkingDays(1), Schedule: "office"}}},
		},
	}
	p, err := NewPolicy(spec, map[string]Schedule{"office": cal})
	require.NoError(t, err)
	rapid.Check(t, func(t *rapid.T) {
		base := time.Date(2026, 3, 5, 0, 0, 0, 0, time.UTC)
		cur := base.Add(time.Duration(rapid.IntRange(0, 7*24*4).Draw(t, "q")) * 15 * time.Minute)
		evs := []Event{{At: cur, Kind: Created, State: "open", Priority: rapid.SampledFrom([]string{"P1", "P3"}).Draw(t, "prio")}}
		for i, n := 0, rapid.IntRange(0, 6).Draw(t, "n"); i < n; i++ {
			cur = cur.Add(time.Duration(rapid.IntRange(0, 2*24*4).Draw(t, "gap")) * 15 * time.Minute)
			switch rapid.IntRange(0, 3).Draw(t, "kind") {
			case 0:
				evs = append(evs, Event{At: cur, Kind: PriorityChanged, Priority: rapid.SampledFrom([]string{"P1", "P3"}).Draw(t, "prio")})
			case 1:
				evs = append(evs, Event{At: cur, Kind: Resolved, State: "resolved"}, Event{At: cur.Add(time.Hour), Kind: Reopened, State: "open"})
				cur = cur.Add(time.Hour)
			default:
				evs = append(evs, Event{At: cur, Kind: StateChanged, State: rapid.SampledFrom([]string{"wait", "open"}).Draw(t, "state")})
			}
		}
		now := cur.Add(time.Duration(rapid.IntRange(0, 4*24*4).Draw(t, "after")) * 15 * time.Minute)
		first := evs[0].At
		quiet := first.Add(time.Duration(rapid.Int64Range(0, int64(now.Sub(first))).Draw(t, "quietAt")))
		with := append(slices.Clone(evs), Event{At: quiet, Kind: CustomerReplied})
		a, err := p.Evaluate(Ticket{Events: evs}, now)
		require.NoError(t, err)
		// Explain measures every event (no fast path), so the quiet event
		// really splits the replay.
		xs, err := p.Explain(Ticket{Events: with}, now)
		require.NoError(t, err)
		b := make([]Status, len(xs))
		for k, x := range xs {
			b[k] = x.Status
		}
		require.Equal(t, len(a), len(b))
		for k := range a {
			ca, cb := a[k].Cycles(), b[k].Cycles()
			require.Equal(t, len(ca), len(cb))
			for i := range ca {
				x, y := ca[i], cb[i]
				require.Equal(t, x.Stage, y.Stage, "cycle %d", i)
				require.Equal(t, x.Elapsed.Std(), y.Elapsed.Std(), "cycle %d", i)
				require.Equal(t, x.Paused.Std(), y.Paused.Std(), "cycle %d", i)
				require.Equal(t, x.Breached, y.Breached, "cycle %d", i)
				require.True(t, x.BreachAt.Equal(y.BreachAt), "cycle %d: breach %v vs %v (quiet event at %v)", i, x.BreachAt, y.BreachAt, quiet)
				require.True(t, x.Deadline.Equal(y.Deadline), "cycle %d: deadline %v vs %v", i, x.Deadline, y.Deadline)
			}
		}
	})
}
