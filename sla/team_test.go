package sla

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/itsmkit/itsm"
	"github.com/itsmkit/itsm/calendar"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"
)

// Properties of clocks that follow the team (TargetSpec.FollowGroup).

// statusJSON is what a caller sees of a status.
func statusJSON(t require.TestingT, sts []Status) string {
	b, err := json.Marshal(sts)
	require.NoError(t, err)
	return string(b)
}

// drawTeamGoal draws a business or a working-day goal.
func drawTeamGoal(t *rapid.T) Goal {
	if rapid.IntRange(0, 3).Draw(t, "goalUnit") == 0 {
		return WorkingDays(rapid.IntRange(1, 4).Draw(t, "workingDays"))
	}
	return Business(time.Duration(rapid.IntRange(1, 3000).Draw(t, "goalMinutes")) * time.Minute)
}

func drawTeamConditions(t *rapid.T) Conditions {
	cond := Conditions{Pause: []string{"Waiting"}, Reopen: ReopenMode(rapid.IntRange(0, 2).Draw(t, "reopen"))}
	if rapid.Bool().Draw(t, "resumeOnReply") {
		cond.Resume = Condition{Events: []EventKind{CustomerReplied}}
	}
	return cond
}

// teamGoalPolicy is teamPolicy with any goal and extra group schedules.
func teamGoalPolicy(t require.TestingT, goal Goal, cond Conditions, follow bool, def string, extra map[string]Schedule) *Policy {
	scheds := map[string]Schedule{}
	groups := map[string]string{}
	for name, c := range teamCalendars() {
		scheds[name] = c
		groups[name] = name
	}
	for name, s := range extra {
		scheds[name] = s
		groups[name] = name
	}
	p, err := NewPolicy(PolicySpec{
		GroupSchedules: groups,
		Conditions:     map[Metric]Conditions{Resolution: cond},
		Rules: []Rule{{Targets: []TargetSpec{{Name: "resolution", Metric: Resolution, Goal: goal,
			Schedule: def, FollowGroup: follow}}}},
	}, scheds)
	require.NoError(t, err)
	return p
}

// With one group holding the ticket all along, a clock that follows the
// team is the clock on that group's schedule: the same statuses as a
// target that does not follow the team, whatever its own default.
func TestFollowTheTeamOneGroupIsTodaysClock(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		group := rapid.SampledFrom(teamNames).Draw(t, "group")
		goal, cond := drawTeamGoal(t), drawTeamConditions(t)
		follow := teamGoalPolicy(t, goal, cond, true, "sydney", nil)
		today := teamGoalPolicy(t, goal, cond, false, group, nil)
		evs, now := drawTeamTimeline(t, []string{group})
		tk := Ticket{Events: teamTimeline(evs)}
		a, err := follow.Evaluate(tk, teamMinute(now))
		require.NoError(t, err)
		b, err := today.Evaluate(tk, teamMinute(now))
		require.NoError(t, err)
		require.Equal(t, statusJSON(t, b), statusJSON(t, a))
		for _, st := range a {
			next, ok, err := st.NextChange()
			require.NoError(t, err)
			i := slices.IndexFunc(b, func(x Status) bool { return x.Slot == st.Slot })
			next2, ok2, err := b[i].NextChange()
			require.NoError(t, err)
			require.Equal(t, ok2, ok)
			require.True(t, next.Equal(next2), "next change %v, today %v", next, next2)
		}
	})
}

// Splitting a stretch at a hand-over to a group whose calendar is
// identical (another calendar built from the same spec) changes nothing:
// not the elapsed time, not the breach, not the deadline, not the next
// change.
func TestFollowTheTeamSplitAtIdenticalCalendarChangesNothing(t *testing.T) {
	d := teamDesks["bangalore"]
	w, err := calendar.ParseWeek(d.week)
	require.NoError(t, err)
	twin, err := calendar.New(d.spec(calendar.Spec{Zone: d.zone, Week: w}))
	require.NoError(t, err)
	rapid.Check(t, func(t *rapid.T) {
		goal, cond := drawTeamGoal(t), drawTeamConditions(t)
		p := teamGoalPolicy(t, goal, cond, true, "berlin", map[string]Schedule{"bangalore twin": twin})
		evs, now := drawTeamTimeline(t, []string{"bangalore", "newyork"})
		tk := Ticket{Events: teamTimeline(evs)}
		// A hand-over from bangalore to its twin at a minute while
		// bangalore holds the ticket (any later hand-over stays).
		at := rapid.IntRange(evs[0].at, now).Draw(t, "handOver")
		holder := ""
		for _, e := range evs {
			if e.at <= at && (e.kind == Assigned || e.kind == Created) {
				holder = e.grp
			}
		}
		if holder != "bangalore" {
			t.Skip("not held by bangalore then")
		}
		split := append(slices.Clone(tk.Events), Event{At: teamMinute(at), Kind: Assigned, Group: "bangalore twin"})
		a, err := p.Evaluate(tk, teamMinute(now))
		require.NoError(t, err)
		b, err := p.Evaluate(Ticket{Events: split}, teamMinute(now))
		require.NoError(t, err)
		require.Equal(t, statusJSON(t, a), statusJSON(t, b))
		for i := range a {
			n1, ok1, err := a[i].NextChange()
			require.NoError(t, err)
			n2, ok2, err := b[i].NextChange()
			require.NoError(t, err)
			require.Equal(t, ok1, ok2)
			require.True(t, n1.Equal(n2))
		}
	})
}

// Elapsed time is the sum of the time each group used: the explanation's
// per-group shares of every cycle add up to its elapsed time, and its
// counted segments per group to the group's share.
func TestFollowTheTeamElapsedIsSumOfGroupShares(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		goal, cond := drawTeamGoal(t), drawTeamConditions(t)
		p := teamGoalPolicy(t, goal, cond, true, "berlin", nil)
		evs, now := drawTeamTimeline(t, teamGroups)
		xs, err := p.Explain(Ticket{Events: teamTimeline(evs)}, teamMinute(now))
		require.NoError(t, err)
		for _, x := range xs {
			for _, c := range x.Status.Cycles() {
				var sum time.Duration
				for _, sh := range x.Attribution {
					if sh.Cycle != c.Number {
						continue
					}
					sum += sh.Counted.Std()
					var segs time.Duration
					for _, sg := range x.Segments {
						if sg.Cycle == c.Number && sg.Group == sh.Group && sg.Assignee == sh.Assignee && sg.Kind == SegmentCounted {
							segs += sg.Counted.Std()
						}
					}
					require.Equal(t, sh.Counted.Std(), segs, "group %q", sh.Group)
				}
				require.Equal(t, c.Elapsed.Std(), sum, "cycle %d", c.Number)
			}
		}
	})
}

// twoDesks is a policy whose P2 resolution (8 business hours) follows the
// team: first level in Berlin (Mon–Fri 08–17), second level in New York
// (Mon–Fri 09–18).
func twoDesks(t testing.TB) *Policy {
	t.Helper()
	var spec PolicySpec
	require.NoError(t, json.Unmarshal([]byte(`{
	  "priority_change": "keep",
	  "calendars": {
	    "berlin":  {"zone": "Europe/Berlin",    "week": "Mon-Fri 08:00-17:00"},
	    "newyork": {"zone": "America/New_York", "week": "Mon-Fri 09:00-18:00"}},
	  "group_schedules": {"L1 Berlin": "berlin", "L2 New York": "newyork"},
	  "rules": [{"targets": [
	    {"name": "P2 resolution", "metric": "resolution", "goal": {"business": "8h"}, "schedule": "berlin",
	     "follow_group": true, "escalations": [{"name": "duty manager", "offset": "-1h"}]},
	    {"name": "L2 resolution", "kind": "ola", "metric": "resolution", "goal": {"business": "6h"}, "schedule": "newyork",
	     "conditions": {"start": {"groups": ["L2 New York"]}, "held_by": ["L2 New York"]}}]}]
	}`), &spec))
	p, err := NewPolicy(spec, nil)
	require.NoError(t, err)
	return p
}

// A hand-over splits the stretch exactly: the hour in Berlin counts on
// Berlin's hours, the rest on New York's, and the deadline, the
// escalation and the next change are projected on New York's.
func TestHandOverSplitsExactly(t *testing.T) {
	p := twoDesks(t)
	ny := mustLoc("America/New_York")
	created := at(2026, time.March, 2, 15, 0) // Monday 15:00 Berlin
	handOver := at(2026, time.March, 2, 16, 0)
	tk := Ticket{ID: "INC1", Events: []Event{
		{At: created, Kind: Created, State: "New", Group: "L1 Berlin", Assignee: "anna"},
		{At: handOver, Kind: Assigned, Group: "L2 New York", Assignee: "bob"}, // 10:00 in New York
	}}
	now := at(2026, time.March, 2, 20, 0) // 14:00 in New York
	xs, err := p.Explain(tk, now)
	require.NoError(t, err)
	require.Len(t, xs, 2)
	sla, ola := xs[0], xs[1]

	// SLA: 1 h in Berlin (15–16), 4 h in New York (10–14 local).
	require.Equal(t, 5*time.Hour, sla.Status.Elapsed.Std())
	// 3 h left on New York's hours: 17:00 New York, 23:00 Berlin.
	wantDeadline := time.Date(2026, time.March, 2, 17, 0, 0, 0, ny)
	require.True(t, sla.Status.Deadline.Equal(wantDeadline), "deadline %v", sla.Status.Deadline)
	require.Equal(t, []Segment{
		{Cycle: 1, Start: created, End: handOver, Kind: SegmentCounted, Counted: itsm.Duration(time.Hour), Group: "L1 Berlin", Assignee: "anna", Schedule: "berlin"},
		{Cycle: 1, Start: handOver, End: now, Kind: SegmentCounted, Counted: itsm.Duration(4 * time.Hour), Group: "L2 New York", Assignee: "bob", Schedule: "newyork"},
	}, stripTargets(sla.Segments))
	// The duty manager one business hour before the deadline, on New
	// York's hours.
	require.Len(t, sla.Escalations, 1)
	require.True(t, sla.Escalations[0].At.Equal(time.Date(2026, time.March, 2, 16, 0, 0, 0, ny)))
	// The 75 % warning (6 h) at 15:00 New York is the next change.
	next, ok, err := sla.Status.NextChange()
	require.NoError(t, err)
	require.True(t, ok)
	require.True(t, next.Equal(time.Date(2026, time.March, 2, 15, 0, 0, 0, ny)), "next %v", next)

	// The OLA of the second level started at the hand-over and counts
	// on New York's hours only while it holds the ticket.
	require.True(t, ola.Status.Start.Equal(handOver))
	require.Equal(t, 4*time.Hour, ola.Status.Elapsed.Std())
	require.Equal(t, OLA, ola.Status.Kind)

	// Without the team: the same ticket on Berlin's hours all along is due
	// Tuesday 14:00 Berlin.
	solo, err := NewTarget(TargetSpec{Name: "P2 resolution", Metric: Resolution, Goal: Business(8 * time.Hour)}, p.cals["berlin"])
	require.NoError(t, err)
	st, err := Evaluate(solo, tk.Events, now)
	require.NoError(t, err)
	require.True(t, st.Deadline.Equal(at(2026, time.March, 3, 14, 0)), "deadline %v", st.Deadline)
}

func stripTargets(segs []Segment) []Segment {
	out := slices.Clone(segs)
	for i := range out {
		out[i].tg = nil
	}
	return out
}

// An OLA clock with HeldBy counts only while its team holds the ticket:
// paused while another team has it, running again when it comes back,
// and a ticket the team never held has no OLA cycle.
func TestOLAHeldByTeam(t *testing.T) {
	p := twoDesks(t)
	mon := func(d, h int) time.Time { return at(2026, time.March, d, h, 0) }
	tk := Ticket{Events: []Event{
		{At: mon(2, 9), Kind: Created, Group: "L1 Berlin"},
		{At: mon(2, 15), Kind: Assigned, Group: "L2 New York"}, // 09:00 New York
		{At: mon(2, 17), Kind: Assigned, Group: "L1 Berlin"},   // 11:00 New York: 2 h
		{At: mon(3, 16), Kind: Assigned, Group: "L2 New York"}, // Tuesday 10:00 New York
		{At: mon(3, 19), Kind: Resolved, State: "Resolved"},    // 13:00 New York: 3 h more
	}}
	sts, err := p.Evaluate(tk, mon(4, 12))
	require.NoError(t, err)
	ola, ok := findSlot(sts, "OLA resolution")
	require.True(t, ok)
	require.Equal(t, Met, ola.Stage)
	require.Equal(t, 5*time.Hour, ola.Elapsed.Std())
	require.True(t, ola.Start.Equal(mon(2, 15)))
	// Paused while Berlin held it: Monday 11:00–18:00 and Tuesday
	// 09:00–10:00 of New York's hours.
	require.Equal(t, 8*time.Hour, ola.Paused.Std())

	never := Ticket{Events: []Event{{At: mon(2, 9), Kind: Created, Group: "L1 Berlin"}, {At: mon(2, 12), Kind: Resolved}}}
	sts, err = p.Evaluate(never, mon(4, 12))
	require.NoError(t, err)
	_, ok = findSlot(sts, "OLA resolution")
	require.False(t, ok, "an OLA cycle for a team that never held the ticket")
}

// Conditions match assignments: by group and by assignee, on Assigned and
// Created events only; a stop condition on a group already holding the
// ticket keeps a clock from attaching.
func TestConditionMatchesAssignments(t *testing.T) {
	c := Condition{Groups: []string{"L2"}, Assignees: []string{"bob"}}
	t0 := at(2026, time.March, 2, 9, 0)
	for _, tc := range []struct {
		e    Event
		want bool
	}{
		{Event{At: t0, Kind: Assigned, Group: "L2"}, true},
		{Event{At: t0, Kind: Created, Group: "L2"}, true},
		{Event{At: t0, Kind: Assigned, Group: "L1", Assignee: "bob"}, true},
		{Event{At: t0, Kind: Assigned, Group: "L1", Assignee: "anna"}, false},
		{Event{At: t0, Kind: Updated, Group: "L2"}, false}, // only assignments assign
		{Event{At: t0, Kind: Assigned}, false},
	} {
		require.Equal(t, tc.want, c.matches(&tc.e), "%v", tc.e)
	}

	tg, err := NewTarget(TargetSpec{Name: "L1 response", Kind: OLA, Metric: Response, Goal: Business(time.Hour),
		Conditions: &Conditions{Stop: Condition{Events: []EventKind{Responded}, Groups: []string{"L2"}}}}, nil)
	require.NoError(t, err)
	st, err := Evaluate(tg, []Event{
		{At: t0, Kind: Created, Group: "L1"},
		{At: t0.Add(20 * time.Minute), Kind: Assigned, Group: "L2"},
	}, t0.Add(time.Hour))
	require.NoError(t, err)
	require.Equal(t, Met, st.Stage, "stopped by the hand-over to L2")
	require.Equal(t, 20*time.Minute, st.Elapsed.Std())

	st, err = Evaluate(tg, []Event{{At: t0, Kind: Created, Group: "L2"}}, t0.Add(time.Hour))
	require.NoError(t, err)
	require.Equal(t, NotStarted, st.Stage, "the stop condition already holds at the start")
}

// A target that follows the team needs a policy's group schedules; names
// are checked.
func TestFollowGroupConfiguration(t *testing.T) {
	_, err := NewTarget(TargetSpec{Name: "x", Metric: Resolution, Goal: Business(time.Hour), FollowGroup: true}, nil)
	require.ErrorIs(t, err, ErrConfig)
	require.ErrorContains(t, err, "group_schedules")

	rule := []Rule{{Targets: []TargetSpec{{Name: "x", Metric: Resolution, Goal: Business(time.Hour), FollowGroup: true}}}}
	_, err = NewPolicy(PolicySpec{Rules: rule}, nil)
	require.ErrorIs(t, err, ErrConfig)

	_, err = NewPolicy(PolicySpec{Rules: rule, GroupSchedules: map[string]string{"L2": "bangalor"}}, map[string]Schedule{"bangalore": office()})
	require.ErrorIs(t, err, ErrConfig)
	var e *itsm.Error
	require.True(t, errors.As(err, &e))
	require.Equal(t, "bangalor", e.Input)
	require.Contains(t, e.Valid, "bangalore")

	_, err = NewPolicy(PolicySpec{Rules: rule, GroupSchedules: map[string]string{" ": "24x7"}}, nil)
	require.ErrorIs(t, err, ErrConfig)

	// A working-day goal needs day arithmetic on every group's schedule.
	wd := []Rule{{Targets: []TargetSpec{{Name: "x", Metric: Resolution, Goal: WorkingDays(2), Schedule: "office", FollowGroup: true}}}}
	_, err = NewPolicy(PolicySpec{Rules: wd, GroupSchedules: map[string]string{"L2": "bare"}},
		map[string]Schedule{"office": office(), "bare": wallSchedule{}})
	require.ErrorIs(t, err, ErrConfig)
	require.ErrorContains(t, err, `schedule "bare"`)

	_, err = NewPolicy(PolicySpec{Rules: []Rule{{Targets: []TargetSpec{{Name: "x", Metric: Resolution, Goal: Business(time.Hour),
		Conditions: &Conditions{HeldBy: []string{""}}}}}}}, nil)
	require.ErrorIs(t, err, ErrConfig)
	_, err = NewPolicy(PolicySpec{Rules: []Rule{{Targets: []TargetSpec{{Name: "x", Metric: Resolution, Goal: Business(time.Hour),
		Conditions: &Conditions{Start: Condition{Groups: []string{" "}}}}}}}}, nil)
	require.ErrorIs(t, err, ErrConfig)
}

// The underpinning check counts an SLA that follows the team on the
// supporting team's hours while its OLA runs: the 8 h SLA resting on New
// York's 6 h OLA has 2 h left at the OLA's deadline from every start,
// where on Berlin's hours (the SLA's own) the same OLA would leave it a
// different, start-dependent slack.
func TestUnderpinningFollowsTheTeam(t *testing.T) {
	p := twoDesks(t)
	spec := p.Spec()
	spec.Rules[0].Targets[0].UnderpinnedBy = []string{"L2 resolution"}
	p, err := NewPolicy(spec, nil)
	require.NoError(t, err)
	week := itsm.Interval{Start: at(2026, time.March, 2, 0, 0), End: at(2026, time.March, 9, 0, 0)}
	cs, err := p.CheckUnderpinning(week, 15*time.Minute)
	require.NoError(t, err)
	require.Len(t, cs, 1)
	require.Equal(t, itsm.Duration(2*time.Hour), cs[0].Slack)
	require.True(t, cs[0].Fits)

	spec.Rules[0].Targets[0].FollowGroup = false
	p, err = NewPolicy(spec, nil)
	require.NoError(t, err)
	cs, err = p.CheckUnderpinning(week, 15*time.Minute)
	require.NoError(t, err)
	require.NotEqual(t, itsm.Duration(2*time.Hour), cs[0].Slack)
}

// NextChange across hand-overs: for a clock that follows the team, the
// explanation (warnings reached, breach, escalations due) does not change
// before the instant NextChange returns, and does at it.
func TestFollowTheTeamNextChangeIsExact(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		cond := drawTeamConditions(t)
		scheds := map[string]Schedule{}
		groups := map[string]string{}
		for name, c := range teamCalendars() {
			scheds[name], groups[name] = c, name
		}
		p, err := NewPolicy(PolicySpec{
			GroupSchedules: groups,
			Conditions:     map[Metric]Conditions{Resolution: cond},
			Rules: []Rule{{Targets: []TargetSpec{{Name: "resolution", Metric: Resolution, Goal: drawTeamGoal(t),
				Schedule: "berlin", FollowGroup: true, Thresholds: []Threshold{mustThreshold(50), mustThreshold(100), mustThreshold(150)},
				Escalations: []Escalation{{Name: "lead", Offset: itsm.Duration(-time.Hour)}, {Name: "manager", Offset: itsm.Duration(2 * time.Hour)}}}}}},
		}, scheds)
		require.NoError(t, err)
		evs, now := drawTeamTimeline(t, teamGroups)
		tk := Ticket{Events: teamTimeline(evs)}
		sig := func(at time.Time) string {
			xs, err := p.Explain(tk, at)
			require.NoError(t, err)
			if len(xs) == 0 {
				return "none"
			}
			x := xs[0]
			s := fmt.Sprintf("breached=%v", x.Status.Breached)
			for _, w := range x.Warnings {
				s += fmt.Sprintf(" %s:%v", w.Threshold, w.Reached)
			}
			for _, e := range x.Escalations {
				s += fmt.Sprintf(" %s:%v", e.Name, !e.At.IsZero() && !e.At.After(at))
			}
			return s
		}
		sts, err := p.Evaluate(tk, teamMinute(now))
		require.NoError(t, err)
		if len(sts) == 0 || sts[0].Stage != Running {
			t.Skip("no running clock")
		}
		next, ok, err := sts[0].NextChange()
		require.NoError(t, err)
		if !ok {
			t.Skip("nothing due")
		}
		before := sig(teamMinute(now))
		require.Equal(t, before, sig(next.Add(-1)), "changed before %v", next)
		require.NotEqual(t, before, sig(next), "nothing changed at %v", next)
	})
}
