package sla

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/itsmkit/itsm"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func demoSpec(mode PriorityChangeMode) PolicySpec {
	return PolicySpec{
		Name:           "standard",
		PriorityChange: mode,
		States:         []string{"New", "In Progress", "Awaiting User Info", "Awaiting Vendor", "Resolved", "Closed"},
		Conditions: map[Metric]Conditions{
			Resolution: {Pause: pauseStates},
		},
		Rules: []Rule{
			{Name: "P1", Priorities: []string{"P1"}, Targets: []TargetSpec{
				{Name: "P1 response", Metric: Response, Goal: Business(15 * time.Minute), Schedule: "24x7"},
				{Name: "P1 resolution", Metric: Resolution, Goal: Business(4 * time.Hour), Schedule: "24x7",
					Escalations: []Escalation{{Name: "duty manager", Offset: itsm.Duration(-time.Hour)}}},
			}},
			{Name: "P3", Priorities: []string{"P3"}, Targets: []TargetSpec{
				{Name: "P3 response", Metric: Response, Goal: Business(4 * time.Hour), Schedule: "office"},
				{Name: "P3 resolution", Metric: Resolution, Goal: Business(16 * time.Hour), Schedule: "office",
					Thresholds: []Threshold{mustThreshold(75), mustThreshold(50), mustThreshold(150)}},
			}},
		},
	}
}

func demoPolicy(t testing.TB, mode PriorityChangeMode) *Policy {
	p, err := NewPolicy(demoSpec(mode), map[string]Schedule{"office": office()})
	require.NoError(t, err)
	return p
}

func find(t *testing.T, sts []Status, slot string) Status {
	t.Helper()
	for _, s := range sts {
		if s.Slot == slot {
			return s
		}
	}
	t.Fatalf("no status for %q", slot)
	return Status{}
}

// P3 → P1 after three hours, under each priority-change mode, with a pause
// in between that must carry over.
func TestPriorityChangeModes(t *testing.T) {
	c := at(2026, time.November, 23, 9, 0) // Monday
	tk := Ticket{Events: []Event{
		{At: c, Kind: Created, State: "New", Priority: "P3"},
		state(c.Add(time.Hour), "Awaiting User Info"),
		state(c.Add(2*time.Hour), "In Progress"),
		{At: c.Add(3 * time.Hour), Kind: PriorityChanged, Priority: "P1"},
	}}
	now := c.Add(3*time.Hour + 30*time.Minute)

	t.Run("retroactive", func(t *testing.T) {
		sts, err := demoPolicy(t, Retroactive).Evaluate(tk, now)
		require.NoError(t, err)
		res := find(t, sts, "SLA resolution")
		assert.Equal(t, "P1 resolution", res.Target)
		assert.Equal(t, "P1", res.Priority)
		assert.True(t, res.Start.Equal(c), "retroactive start from creation")
		assert.Equal(t, 2*time.Hour+30*time.Minute, res.Elapsed.Std())
		assert.Equal(t, time.Hour, res.Paused.Std(), "accrued pause carries over")
		assert.True(t, res.Deadline.Equal(c.Add(5*time.Hour)), res.Deadline)
		require.Len(t, res.History, 1)
		assert.Equal(t, Cancelled, res.History[0].Stage)
		assert.Equal(t, "P3 resolution", res.History[0].Target)

		resp := find(t, sts, "SLA response")
		assert.Equal(t, Breached, resp.Stage)
		assert.True(t, resp.BreachAt.Equal(c.Add(15*time.Minute)), "the retroactive response target breached in the past")
	})
	t.Run("keep", func(t *testing.T) {
		sts, err := demoPolicy(t, KeepElapsed).Evaluate(tk, now)
		require.NoError(t, err)
		res := find(t, sts, "SLA resolution")
		assert.Equal(t, "P1 resolution", res.Target)
		assert.Empty(t, res.History)
		assert.Equal(t, 2*time.Hour+30*time.Minute, res.Elapsed.Std())
		assert.Equal(t, 4*time.Hour, res.Goal.Std())
		assert.True(t, res.Deadline.Equal(c.Add(5*time.Hour)), res.Deadline)
		resp := find(t, sts, "SLA response")
		// 3h elapsed against the new 15 min goal: breached at the change.
		assert.Equal(t, Breached, resp.Stage)
		assert.True(t, resp.BreachAt.Equal(c.Add(3*time.Hour)))
	})
	t.Run("restart", func(t *testing.T) {
		sts, err := demoPolicy(t, Restart).Evaluate(tk, now)
		require.NoError(t, err)
		res := find(t, sts, "SLA resolution")
		assert.True(t, res.Start.Equal(c.Add(3*time.Hour)))
		assert.Equal(t, 30*time.Minute, res.Elapsed.Std())
		assert.True(t, res.Deadline.Equal(c.Add(7*time.Hour)))
		require.Len(t, res.History, 1)
	})
}

// An incurred breach stays breached when the goal is relaxed.
func TestBreachSurvivesPriorityChange(t *testing.T) {
	c := at(2026, time.November, 23, 9, 0)
	tk := Ticket{Events: []Event{
		{At: c, Kind: Created, Priority: "P1"},
		{At: c.Add(5 * time.Hour), Kind: PriorityChanged, Priority: "P3"},
	}}
	for _, m := range []PriorityChangeMode{KeepElapsed, Retroactive, Restart} {
		sts, err := demoPolicy(t, m).Evaluate(tk, c.Add(6*time.Hour))
		require.NoError(t, err)
		res := find(t, sts, "SLA resolution")
		all := res.Cycles()
		assert.True(t, all[0].Breached, m.String())
		assert.True(t, all[0].BreachAt.Equal(c.Add(4*time.Hour)), m.String())
	}
}

func TestPolicyValidation(t *testing.T) {
	sched := map[string]Schedule{"office": office()}
	bad := demoSpec(KeepElapsed)
	bad.Rules[0].Targets[0].Schedule = "nowhere"
	_, err := NewPolicy(bad, sched)
	assert.ErrorIs(t, err, ErrConfig)
	assert.Contains(t, err.Error(), "nowhere")

	bad = demoSpec(KeepElapsed)
	bad.Rules[0].Targets[0].Goal = Business(-time.Hour)
	_, err = NewPolicy(bad, sched)
	assert.ErrorIs(t, err, ErrConfig)

	bad = demoSpec(KeepElapsed)
	bad.Rules[0].Targets[1].Metric = Response
	_, err = NewPolicy(bad, sched)
	assert.ErrorIs(t, err, ErrConfig)

	bad = demoSpec(KeepElapsed)
	bad.Rules[0].Targets[0].Metric = "custom-ack"
	_, err = NewPolicy(bad, sched)
	assert.ErrorIs(t, err, ErrConfig)

	bad = demoSpec(KeepElapsed)
	bad.Rules[0].Targets[1].UnderpinnedBy = []string{"P1 response"}
	_, err = NewPolicy(bad, sched)
	assert.ErrorIs(t, err, ErrConfig)

	p := demoPolicy(t, KeepElapsed)
	_, err = p.Evaluate(Ticket{Events: []Event{{At: time.Now(), Kind: Created, State: "Bogus"}}}, time.Now())
	assert.ErrorIs(t, err, ErrEvent)

	_, err = NewThreshold(decimal.Zero)
	assert.ErrorIs(t, err, ErrConfig)
	_, err = NewThreshold(decimal.NewFromInt(-5))
	assert.ErrorIs(t, err, ErrConfig)
	var th Threshold
	assert.ErrorIs(t, json.Unmarshal([]byte(`0`), &th), ErrConfig)
	assert.NoError(t, json.Unmarshal([]byte(`"12.5"`), &th))
	assert.Equal(t, "12.5", th.Percent().String())
}

func TestPolicyJSONRoundTrip(t *testing.T) {
	p := demoPolicy(t, Retroactive)
	b, err := json.Marshal(p)
	require.NoError(t, err)
	s := string(b)
	assert.Contains(t, s, `"business":"15m"`)
	assert.Contains(t, s, `"priority_change":"retroactive"`)
	assert.Contains(t, s, `"offset":"-1h"`)
	assert.Contains(t, s, `"thresholds":[75,50,150]`)
	var spec PolicySpec
	require.NoError(t, json.Unmarshal(b, &spec))
	p2, err := NewPolicy(spec, map[string]Schedule{"office": office()})
	require.NoError(t, err)
	b2, err := json.Marshal(p2)
	require.NoError(t, err)
	assert.JSONEq(t, s, string(b2))

	for _, g := range []Goal{Business(90 * time.Minute), WorkingDays(3), EndOfWorkingDay(0), DueAt(time.Date(2026, 5, 4, 17, 0, 0, 0, berlin))} {
		b, err := json.Marshal(g)
		require.NoError(t, err)
		var g2 Goal
		require.NoError(t, json.Unmarshal(b, &g2), string(b))
		assert.Equal(t, g.String(), g2.String())
	}
	var g Goal
	assert.ErrorIs(t, json.Unmarshal([]byte(`{"business":"4h","working_days":2}`), &g), ErrConfig)
	assert.ErrorIs(t, json.Unmarshal([]byte(`{"business":"-4h"}`), &g), ErrConfig)
	assert.ErrorIs(t, json.Unmarshal([]byte(`{}`), &g), ErrConfig)
	assert.Error(t, json.Unmarshal([]byte(`{"business":"4 hours"}`), &g))
}

// A retroactive switch replays a cycle that was resolved and reopened with
// ReopenPauseClosed: the closed hour stays paused under the new target.
// Regression: the replay counted it, moving the P1 deadline an hour earlier.
func TestRetroactiveKeepsClosedTimePaused(t *testing.T) {
	spec := demoSpec(Retroactive)
	spec.Conditions = map[Metric]Conditions{Resolution: {Pause: pauseStates, Reopen: ReopenPauseClosed}}
	p, err := NewPolicy(spec, map[string]Schedule{"office": office()})
	require.NoError(t, err)
	c := at(2026, time.November, 23, 9, 0) // Monday
	tk := Ticket{Events: []Event{
		{At: c, Kind: Created, State: "New", Priority: "P3"},
		{At: c.Add(time.Hour), Kind: Resolved, State: "Resolved"},
		{At: c.Add(2 * time.Hour), Kind: Reopened, State: "In Progress"},
		{At: c.Add(3 * time.Hour), Kind: PriorityChanged, Priority: "P1"},
	}}
	sts, err := p.Evaluate(tk, c.Add(3*time.Hour+30*time.Minute))
	require.NoError(t, err)
	res := find(t, sts, "SLA resolution")
	assert.Equal(t, "P1 resolution", res.Target)
	assert.True(t, res.Start.Equal(c))
	assert.Equal(t, 2*time.Hour+30*time.Minute, res.Elapsed.Std())
	assert.Equal(t, time.Hour, res.Paused.Std())
	assert.True(t, res.Deadline.Equal(c.Add(5*time.Hour)), res.Deadline)
}

// A priority change while the ticket is resolved takes effect when a
// continued cycle is reopened. Regression: the reopened cycle kept the old
// target (a P3 16 h goal for a ticket now P1).
func TestPriorityChangeWhileResolved(t *testing.T) {
	c := at(2026, time.November, 23, 9, 0) // Monday
	tk := Ticket{Events: []Event{
		{At: c, Kind: Created, State: "New", Priority: "P3"},
		{At: c.Add(time.Hour), Kind: Resolved, State: "Resolved"},
		{At: c.Add(90 * time.Minute), Kind: PriorityChanged, Priority: "P1"},
		{At: c.Add(2 * time.Hour), Kind: Reopened, State: "In Progress"},
	}}
	for _, tc := range []struct {
		reopen   ReopenMode
		mode     PriorityChangeMode
		elapsed  time.Duration
		deadline time.Time
	}{
		{ReopenContinue, KeepElapsed, 3 * time.Hour, c.Add(4 * time.Hour)},
		{ReopenContinue, Retroactive, 3 * time.Hour, c.Add(4 * time.Hour)},
		{ReopenContinue, Restart, time.Hour, c.Add(6 * time.Hour)},
		{ReopenPauseClosed, KeepElapsed, 2 * time.Hour, c.Add(5 * time.Hour)},
		{ReopenPauseClosed, Retroactive, 2 * time.Hour, c.Add(5 * time.Hour)},
		{ReopenNewCycle, KeepElapsed, time.Hour, c.Add(6 * time.Hour)},
	} {
		spec := demoSpec(tc.mode)
		spec.Conditions = map[Metric]Conditions{Resolution: {Pause: pauseStates, Reopen: tc.reopen}}
		p, err := NewPolicy(spec, map[string]Schedule{"office": office()})
		require.NoError(t, err)
		sts, err := p.Evaluate(tk, c.Add(3*time.Hour))
		require.NoError(t, err)
		res := find(t, sts, "SLA resolution")
		name := tc.reopen.String() + "/" + tc.mode.String()
		assert.Equal(t, "P1 resolution", res.Target, name)
		assert.Equal(t, "P1", res.Priority, name)
		assert.Equal(t, tc.elapsed, res.Elapsed.Std(), name)
		assert.True(t, res.Deadline.Equal(tc.deadline), "%s: %v", name, res.Deadline)
	}
}

// A ticket reopened (new-cycle mode) while its priority has no target gets
// a clock once a priority with a target is set: from the change, or under
// Retroactive from the reopen. Regression: it never got one.
func TestReopenWithoutTargetThenPriority(t *testing.T) {
	c := at(2026, time.November, 23, 9, 0) // Monday
	tk := Ticket{Events: []Event{
		{At: c, Kind: Created, State: "New", Priority: "P3"},
		{At: c.Add(time.Hour), Kind: Resolved, State: "Resolved"},
		{At: c.Add(90 * time.Minute), Kind: PriorityChanged, Priority: "P9"}, // no target
		{At: c.Add(2 * time.Hour), Kind: Reopened, State: "In Progress"},
		{At: c.Add(3 * time.Hour), Kind: PriorityChanged, Priority: "P1"},
	}}
	for _, tc := range []struct {
		mode  PriorityChangeMode
		start time.Time
	}{{KeepElapsed, c.Add(3 * time.Hour)}, {Restart, c.Add(3 * time.Hour)}, {Retroactive, c.Add(2 * time.Hour)}} {
		sts, err := demoPolicy(t, tc.mode).Evaluate(tk, c.Add(4*time.Hour))
		require.NoError(t, err)
		res := find(t, sts, "SLA resolution")
		require.Equal(t, Running, res.Stage, tc.mode.String())
		assert.Equal(t, "P1 resolution", res.Target, tc.mode.String())
		assert.True(t, res.Start.Equal(tc.start), "%s: start %v", tc.mode, res.Start)
		assert.Equal(t, c.Add(4*time.Hour).Sub(tc.start), res.Elapsed.Std(), tc.mode.String())
		require.Len(t, res.History, 1, tc.mode.String())
		assert.Equal(t, Met, res.History[0].Stage)
	}
}

// A priority change while the clock is paused: the pause carries over in
// every mode and is measured on each target's own schedule.
func TestPriorityChangeWhilePaused(t *testing.T) {
	c := at(2026, time.November, 23, 9, 0) // Monday, office 08–17
	tk := Ticket{Events: []Event{
		{At: c, Kind: Created, State: "New", Priority: "P3"},
		state(c.Add(time.Hour), "Awaiting User Info"),
		{At: c.Add(3 * time.Hour), Kind: PriorityChanged, Priority: "P1"},
		state(c.Add(5*time.Hour), "In Progress"),
	}}
	for _, tc := range []struct {
		mode              PriorityChangeMode
		elapsed, paused   time.Duration
		deadline, pausedD time.Time // deadline at 16:00 and while paused at 13:00
	}{
		// 09–10 on office, 14–16 on 24×7; paused 10–12 office + 12–14 24×7.
		{KeepElapsed, 3 * time.Hour, 4 * time.Hour, c.Add(8 * time.Hour), c.Add(7 * time.Hour)},
		// P1 on 24×7 from 09:00: runs 09–10 and 14–16, paused 10–14.
		{Retroactive, 3 * time.Hour, 4 * time.Hour, c.Add(8 * time.Hour), c.Add(7 * time.Hour)},
		// A new P1 cycle at 12:00, paused until 14:00.
		{Restart, 2 * time.Hour, 2 * time.Hour, c.Add(9 * time.Hour), c.Add(8 * time.Hour)},
	} {
		p := demoPolicy(t, tc.mode)
		sts, err := p.Evaluate(tk, c.Add(7*time.Hour))
		require.NoError(t, err)
		res := find(t, sts, "SLA resolution")
		assert.Equal(t, "P1 resolution", res.Target, tc.mode.String())
		assert.Equal(t, Running, res.Stage, tc.mode.String())
		assert.Equal(t, tc.elapsed, res.Elapsed.Std(), tc.mode.String())
		assert.Equal(t, tc.paused, res.Paused.Std(), tc.mode.String())
		assert.True(t, res.Deadline.Equal(tc.deadline), "%s: %v", tc.mode, res.Deadline)
		sts, err = p.Evaluate(tk, c.Add(4*time.Hour))
		require.NoError(t, err)
		res = find(t, sts, "SLA resolution")
		assert.Equal(t, Paused, res.Stage, tc.mode.String())
		assert.True(t, res.Deadline.Equal(tc.pausedD), "%s paused: %v", tc.mode, res.Deadline)
	}
}

// Under KeepElapsed a clock paused when the target switches waits for the
// new target's Resume condition, as under Retroactive. Regression: it
// resumed as soon as the state left the pause states.
func TestKeepElapsedPausedWaitsForNewResume(t *testing.T) {
	c := at(2026, time.November, 23, 9, 0) // Monday
	tk := Ticket{Events: []Event{
		{At: c, Kind: Created, State: "New", Priority: "P3"},
		state(c.Add(time.Hour), "Awaiting User Info"),
		{At: c.Add(2 * time.Hour), Kind: PriorityChanged, Priority: "P1"},
		state(c.Add(3*time.Hour), "In Progress"),
		ev(c.Add(4*time.Hour), CustomerReplied),
	}}
	for _, m := range []PriorityChangeMode{KeepElapsed, Retroactive} {
		spec := demoSpec(m)
		spec.Rules[0].Targets[1].Conditions = &Conditions{Pause: pauseStates, Resume: Condition{Events: []EventKind{CustomerReplied}}}
		p, err := NewPolicy(spec, map[string]Schedule{"office": office()})
		require.NoError(t, err)
		sts, err := p.Evaluate(tk, c.Add(3*time.Hour+30*time.Minute))
		require.NoError(t, err)
		assert.Equal(t, Paused, find(t, sts, "SLA resolution").Stage, m.String())
		sts, err = p.Evaluate(tk, c.Add(5*time.Hour))
		require.NoError(t, err)
		res := find(t, sts, "SLA resolution")
		assert.Equal(t, Running, res.Stage, m.String())
		assert.Equal(t, 2*time.Hour, res.Elapsed.Std(), m.String()) // 09–10 and 13–14
	}
}
