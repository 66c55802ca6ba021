package sla

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/itsmkit/itsm"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestExplainSegmentsWarningsEscalations(t *testing.T) {
	s := office()
	tg, err := NewTarget(TargetSpec{Name: "res", Metric: Resolution, Goal: Business(8 * time.Hour),
		Conditions:  &Conditions{Pause: pauseStates},
		Escalations: []Escalation{{Name: "team lead", Offset: itsm.Duration(-time.Hour)}, {Name: "manager", Offset: itsm.Duration(2 * time.Hour)}},
	}, s)
	require.NoError(t, err)
	c := at(2026, time.November, 20, 13, 0) // Friday
	tl := []Event{
		{At: c, Kind: Created, State: "New", Assignee: "service desk"},
		{At: c.Add(time.Hour), Kind: Assigned, Assignee: "network"},
		state(c.Add(2*time.Hour), "Awaiting Vendor"),
		state(at(2026, time.November, 23, 9, 0), "In Progress"),
	}
	now := at(2026, time.November, 23, 10, 0)
	x, err := Explain(tg, tl, now)
	require.NoError(t, err)
	st, err := Evaluate(tg, tl, now)
	require.NoError(t, err)
	assert.Equal(t, st, x.Status)

	// Elapsed: Fri 13–15 (2h) + Mon 9–10 (1h); paused Fri 15–17 + Mon 8–9.
	assert.Equal(t, 3*time.Hour, st.Elapsed.Std())
	assert.Equal(t, 3*time.Hour, st.Paused.Std())
	assert.True(t, st.Deadline.Equal(at(2026, time.November, 23, 15, 0)), st.Deadline)

	kinds := []SegmentKind{}
	for _, sg := range x.Segments {
		kinds = append(kinds, sg.Kind)
	}
	assert.Equal(t, []SegmentKind{SegmentCounted, SegmentCounted, SegmentPaused, SegmentCounted}, kinds)
	assert.Equal(t, "network", x.Segments[1].Assignee)

	// 50 % = 4h elapsed: Monday 10:00 (AsOf: reached? 3h only → projected 11:00).
	require.Len(t, x.Warnings, 3)
	assert.True(t, x.Warnings[0].At.Equal(at(2026, time.November, 23, 11, 0)), x.Warnings[0].At)
	assert.False(t, x.Warnings[0].Reached)
	assert.True(t, x.Warnings[2].At.Equal(st.Deadline))
	for i := 1; i < len(x.Warnings); i++ {
		assert.False(t, x.Warnings[i].At.Before(x.Warnings[i-1].At))
	}
	require.Len(t, x.Escalations, 2)
	assert.True(t, x.Escalations[0].At.Equal(at(2026, time.November, 23, 14, 0)))
	assert.True(t, x.Escalations[1].At.Equal(at(2026, time.November, 23, 17, 0)))

	share := map[string]time.Duration{}
	for _, a := range x.Attribution {
		share[a.Assignee] += a.Counted.Std()
	}
	assert.Equal(t, map[string]time.Duration{"service desk": time.Hour, "network": 2 * time.Hour}, share)

	next, ok, err := st.NextChange()
	require.NoError(t, err)
	require.True(t, ok)
	assert.True(t, next.Equal(at(2026, time.November, 23, 11, 0)), next)

	b, err := json.Marshal(x)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"elapsed":"3h"`)

	// Without the pause the weekend shows as out-of-hours.
	x, err = Explain(tg, tl[:2], now)
	require.NoError(t, err)
	kinds = kinds[:0]
	for _, sg := range x.Segments {
		kinds = append(kinds, sg.Kind)
	}
	assert.Equal(t, []SegmentKind{SegmentCounted, SegmentCounted, SegmentOutOfHours, SegmentCounted}, kinds)
	assert.Equal(t, 6*time.Hour, x.Status.Elapsed.Std()) // Fri 13–17, Mon 8–10
	// 50 % (4h) was used up at Friday's closing time, not Monday 08:00.
	assert.True(t, x.Warnings[0].Reached)
	assert.True(t, x.Warnings[0].At.Equal(at(2026, time.November, 20, 17, 0)), x.Warnings[0].At)
}

// "1 h before" a deadline early on Monday is on Friday afternoon, never at
// midnight.
func TestEscalationAcrossWeekend(t *testing.T) {
	s := office()
	tg, err := NewTarget(TargetSpec{Name: "res", Metric: Resolution, Goal: Business(9*time.Hour + 30*time.Minute),
		Escalations: []Escalation{{Name: "before", Offset: itsm.Duration(-time.Hour)}}}, s)
	require.NoError(t, err)
	c := at(2026, time.November, 20, 8, 0) // Friday 08:00 + 9h30m → Monday 08:30
	st, err := Evaluate(tg, []Event{ev(c, Created)}, c)
	require.NoError(t, err)
	require.True(t, st.Deadline.Equal(at(2026, time.November, 23, 8, 30)), st.Deadline)
	esc, err := st.escalations()
	require.NoError(t, err)
	assert.True(t, esc[0].At.Equal(at(2026, time.November, 20, 16, 30)), esc[0].At)
}

func TestNextChangeOverTickets(t *testing.T) {
	p := demoPolicy(t, KeepElapsed)
	c := at(2026, time.November, 23, 9, 0)
	var all []Status
	for i, prio := range []string{"P3", "P1", "P3"} {
		sts, err := p.Evaluate(Ticket{Events: []Event{{At: c.Add(time.Duration(i) * time.Minute), Kind: Created, Priority: prio}}}, c.Add(5*time.Minute))
		require.NoError(t, err)
		all = append(all, sts...)
	}
	next, ok, err := nextChange(all)
	require.NoError(t, err)
	require.True(t, ok)
	// The P1 response (15 min from 09:01) reaches 50 % at 09:08:30.
	assert.True(t, next.Equal(c.Add(8*time.Minute+30*time.Second)), next)

	// A breached clock still running has its 150 % warning ahead; a paused
	// one has nothing pending.
	tg, err := NewTarget(TargetSpec{Name: "r", Metric: Resolution, Goal: Business(time.Hour), Conditions: &Conditions{Pause: []string{"Hold"}},
		Thresholds: []Threshold{mustThreshold(100), mustThreshold(150)}}, nil)
	require.NoError(t, err)
	st, err := Evaluate(tg, []Event{ev(c, Created)}, c.Add(80*time.Minute))
	require.NoError(t, err)
	require.Equal(t, Breached, st.Stage)
	next, ok, err = st.NextChange()
	require.NoError(t, err)
	require.True(t, ok)
	assert.True(t, next.Equal(c.Add(90*time.Minute)), next)
	st, err = Evaluate(tg, []Event{ev(c, Created), state(c.Add(70*time.Minute), "Hold")}, c.Add(80*time.Minute))
	require.NoError(t, err)
	require.Equal(t, Breached, st.Stage)
	_, ok, err = st.NextChange()
	require.NoError(t, err)
	assert.False(t, ok)

	// Nothing pending for ended or paused cycles.
	sts, err := p.Evaluate(Ticket{Events: []Event{{At: c, Kind: Created, Priority: "P1", State: "Awaiting Vendor"}, ev(c, Responded)}}, c.Add(time.Hour))
	require.NoError(t, err)
	_, ok, err = nextChange(sts)
	require.NoError(t, err)
	assert.False(t, ok)
}
