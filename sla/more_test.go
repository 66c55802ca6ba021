package sla

import (
	"testing"
	"time"

	"github.com/itsmkit/itsm"
	"github.com/itsmkit/itsm/calendar"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// On a day with a lunch break, "1 h before" a 13:30 deadline is 11:30.
func TestEscalationMultiSpanDay(t *testing.T) {
	w, err := calendar.ParseWeek("Mon-Fri 08:00-12:00,13:00-17:00")
	require.NoError(t, err)
	s, err := calendar.New(calendar.Spec{Zone: "Europe/Berlin", Week: w})
	require.NoError(t, err)
	tg, err := NewTarget(TargetSpec{Name: "res", Metric: Resolution, Goal: Business(4*time.Hour + 30*time.Minute),
		Escalations: []Escalation{{Name: "before", Offset: itsm.Duration(-time.Hour)}, {Name: "after", Offset: itsm.Duration(2 * time.Hour)}}}, s)
	require.NoError(t, err)
	c := at(2026, time.November, 23, 8, 0)
	st, err := Evaluate(tg, []Event{ev(c, Created)}, c)
	require.NoError(t, err)
	require.True(t, st.Deadline.Equal(at(2026, time.November, 23, 13, 30)), st.Deadline)
	esc, err := st.escalations()
	require.NoError(t, err)
	assert.True(t, esc[0].At.Equal(at(2026, time.November, 23, 11, 30)), esc[0].At)
	assert.True(t, esc[1].At.Equal(at(2026, time.November, 23, 15, 30)), esc[1].At)
}

// A metric without a target at the old priority gets one at the new
// priority: it starts at the change, or from creation when retroactive.
func TestTargetAppearsOnPriorityChange(t *testing.T) {
	spec := demoSpec(KeepElapsed)
	spec.Rules = append(spec.Rules, Rule{Name: "P5", Priorities: []string{"P5"}, Targets: []TargetSpec{
		{Name: "P5 resolution", Metric: Resolution, Goal: Business(40 * time.Hour), Schedule: "office"},
	}})
	c := at(2026, time.November, 23, 9, 0)
	tk := Ticket{Events: []Event{{At: c, Kind: Created, Priority: "P5"}, {At: c.Add(time.Hour), Kind: PriorityChanged, Priority: "P1"}}}
	for mode, start := range map[PriorityChangeMode]time.Time{KeepElapsed: c.Add(time.Hour), Restart: c.Add(time.Hour), Retroactive: c} {
		spec.PriorityChange = mode
		p, err := NewPolicy(spec, map[string]Schedule{"office": officeHours()})
		require.NoError(t, err)
		sts, err := p.Evaluate(tk, c.Add(2*time.Hour))
		require.NoError(t, err)
		resp := find(t, sts, "SLA response")
		assert.True(t, resp.Start.Equal(start), "%v: %v", mode, resp.Start)
		res := find(t, sts, "SLA resolution")
		assert.Equal(t, "P1 resolution", res.Target)
	}
	// A priority with no rule at all cancels the running cycles.
	p := demoPolicy(t, KeepElapsed)
	sts, err := p.Evaluate(Ticket{Events: []Event{{At: c, Kind: Created, Priority: "P1"}, {At: c.Add(time.Hour), Kind: PriorityChanged, Priority: "P9"}}}, c.Add(2*time.Hour))
	require.NoError(t, err)
	for _, s := range sts {
		assert.Equal(t, Cancelled, s.Stage, s.Slot)
		assert.True(t, s.End.Equal(c.Add(time.Hour)))
	}
	// Back to a priority with targets: the clock starts again (at the
	// change, or retroactively from the cancelled cycle's start).
	back := Ticket{Events: []Event{{At: c, Kind: Created, Priority: "P1"}, {At: c.Add(time.Hour), Kind: PriorityChanged, Priority: "P9"},
		{At: c.Add(2 * time.Hour), Kind: PriorityChanged, Priority: "P1"}}}
	for mode, start := range map[PriorityChangeMode]time.Time{KeepElapsed: c.Add(2 * time.Hour), Retroactive: c} {
		sts, err = demoPolicy(t, mode).Evaluate(back, c.Add(3*time.Hour))
		require.NoError(t, err)
		res := find(t, sts, "SLA resolution")
		assert.Equal(t, Running, res.Stage, mode.String())
		assert.True(t, res.Start.Equal(start), "%v: %v", mode, res.Start)
		require.Len(t, res.History, 1)
	}
}

// A custom metric needs its own start and stop; rules can select by
// ticket attributes.
func TestCustomMetricAndAttributes(t *testing.T) {
	spec := PolicySpec{Rules: []Rule{
		{Name: "gold", Where: map[string]string{"customer": "gold"}, Targets: []TargetSpec{
			{Name: "gold ack", Metric: "acknowledge", Goal: Business(10 * time.Minute), Conditions: &Conditions{
				Start: Condition{Events: []EventKind{Created}},
				Stop:  Condition{States: []string{"Acknowledged"}},
			}},
		}},
		{Name: "default", Targets: []TargetSpec{
			{Name: "ack", Metric: "acknowledge", Goal: Business(time.Hour), Conditions: &Conditions{
				Start: Condition{Events: []EventKind{Created}},
				Stop:  Condition{States: []string{"Acknowledged"}},
			}},
		}},
	}}
	p, err := NewPolicy(spec, nil)
	require.NoError(t, err)
	c := time.Date(2026, 1, 5, 9, 0, 0, 0, time.UTC)
	tl := []Event{ev(c, Created), state(c.Add(20*time.Minute), "Acknowledged")}
	sts, err := p.Evaluate(Ticket{Attrs: map[string]string{"customer": "gold"}, Events: tl}, c.Add(time.Hour))
	require.NoError(t, err)
	require.Len(t, sts, 1)
	assert.Equal(t, "gold ack", sts[0].Target)
	assert.Equal(t, Breached, sts[0].Stage)
	sts, err = p.Evaluate(Ticket{Events: tl}, c.Add(time.Hour))
	require.NoError(t, err)
	assert.Equal(t, Met, sts[0].Stage)
	assert.Equal(t, Metric("acknowledge"), sts[0].Metric)
}

func TestThresholdArithmetic(t *testing.T) {
	th, err := NewThreshold(dec("33.333"))
	require.NoError(t, err)
	x, ok := th.of(3 * time.Hour)
	require.True(t, ok)
	// 3h × 0.33333 = 3599.964 s, rounded up to the nanosecond.
	assert.Equal(t, 3599964*time.Millisecond, x)
	big, err := NewThreshold(dec("1e15"))
	require.NoError(t, err)
	_, ok = big.of(time.Duration(1<<62 - 1))
	assert.False(t, ok, "overflow means never reached")
	_, err = NewThreshold(dec("1e-30"))
	assert.ErrorIs(t, err, ErrConfig)
	tg, err := NewTarget(TargetSpec{Name: "x", Metric: Response, Goal: Business(time.Hour), Thresholds: []Threshold{}}, nil)
	require.NoError(t, err)
	assert.Empty(t, tg.thresholds, "an explicit empty list means no warnings")
	tg, err = NewTarget(TargetSpec{Name: "x", Metric: Response, Goal: Business(time.Hour)}, nil)
	require.NoError(t, err)
	assert.Len(t, tg.thresholds, 3)
	_, err = NewTarget(TargetSpec{Name: "x", Metric: Response, Goal: Business(time.Hour), Thresholds: []Threshold{{}}}, nil)
	assert.ErrorIs(t, err, ErrConfig)
}

func TestDurationText(t *testing.T) {
	for d, s := range map[time.Duration]string{
		0: "0s", 90 * time.Minute: "1h30m", -time.Hour: "-1h", 1500 * time.Millisecond: "1.5s",
		26*time.Hour + 5*time.Second: "26h5s", time.Nanosecond: "0.000000001s",
	} {
		assert.Equal(t, s, itsm.Duration(d).String())
	}
}

// 24×7 clocks count real time: over the spring-forward night a 24 h goal
// ends at 13:00 local time, while "one working day" on a wall clock in
// Berlin keeps the time of day and allows 23 h.
func TestAlwaysOpenOverDST(t *testing.T) {
	c := at(2027, time.March, 27, 12, 0)
	tg := resolutionTarget(t, Business(24*time.Hour), alwaysOpenIn(t, "Europe/Berlin"))
	st, err := Evaluate(tg, []Event{ev(c, Created)}, c)
	require.NoError(t, err)
	assert.True(t, st.Deadline.Equal(at(2027, time.March, 28, 13, 0)), st.Deadline)
	tg = resolutionTarget(t, WorkingDays(1), alwaysOpenIn(t, "Europe/Berlin"))
	st, err = Evaluate(tg, []Event{ev(c, Created)}, c)
	require.NoError(t, err)
	assert.Equal(t, 23*time.Hour, st.Goal.Std())
	assert.True(t, st.Deadline.Equal(at(2027, time.March, 28, 12, 0)), st.Deadline)
	tg = resolutionTarget(t, EndOfWorkingDay(0), alwaysOpenIn(t, "Europe/Berlin"))
	st, err = Evaluate(tg, []Event{ev(c, Created)}, c)
	require.NoError(t, err)
	assert.True(t, st.Deadline.Equal(at(2027, time.March, 28, 0, 0)), st.Deadline)
}

// Every enumeration round-trips through its text form and rejects unknown
// names.
func TestEnumText(t *testing.T) {
	type textRT interface {
		MarshalText() ([]byte, error)
	}
	check := func(v textRT, decode func([]byte) (textRT, error)) {
		b, err := v.MarshalText()
		require.NoError(t, err)
		w, err := decode(b)
		require.NoError(t, err, string(b))
		assert.Equal(t, v, w)
	}
	for k := Created; k <= Closed; k++ {
		check(k, func(b []byte) (textRT, error) { var x EventKind; err := x.UnmarshalText(b); return x, err })
	}
	for k := SLA; k <= UC; k++ {
		check(k, func(b []byte) (textRT, error) { var x Kind; err := x.UnmarshalText(b); return x, err })
	}
	for m := ReopenNewCycle; m <= ReopenPauseClosed; m++ {
		check(m, func(b []byte) (textRT, error) { var x ReopenMode; err := x.UnmarshalText(b); return x, err })
	}
	for m := KeepElapsed; m <= Restart; m++ {
		check(m, func(b []byte) (textRT, error) { var x PriorityChangeMode; err := x.UnmarshalText(b); return x, err })
	}
	for s := NotStarted; s <= Cancelled; s++ {
		check(s, func(b []byte) (textRT, error) { var x Stage; err := x.UnmarshalText(b); return x, err })
	}
	for m := RoundHalfUp; m <= RoundCeiling; m++ {
		check(m, func(b []byte) (textRT, error) { var x RoundingMode; err := x.UnmarshalText(b); return x, err })
	}
	var k EventKind
	assert.ErrorIs(t, k.UnmarshalText([]byte("teleport")), ErrEvent)
	var kd Kind
	assert.ErrorIs(t, kd.UnmarshalText([]byte("SLO")), ErrConfig)
	var pm PriorityChangeMode
	assert.ErrorIs(t, pm.UnmarshalText([]byte("jira")), ErrConfig)
	_, err := EventKind(0).MarshalText()
	assert.ErrorIs(t, err, ErrEvent)
	_, err = Kind(9).MarshalText()
	assert.ErrorIs(t, err, ErrConfig)
}

// Cycle.Percent rounds the exact quotient half to even once. Regression: it
// divided to places+2 first and rounded again, so 12.50004 % printed as 12.
func TestCyclePercentRoundsOnce(t *testing.T) {
	for _, tc := range []struct {
		elapsed, goal time.Duration
		places        int32
		want          string
	}{
		{1250004, 10000000, 0, "13"}, // 12.50004 %
		{1249996, 10000000, 0, "12"}, // 12.49996 %
		{125, 1000, 0, "12"},         // 12.5 % exactly: to even
		{135, 1000, 0, "14"},         // 13.5 %: to even
		{2, 3, 2, "66.67"},
		{5 * time.Hour, 4 * time.Hour, 1, "125"},
	} {
		p, ok := percent(Cycle{Elapsed: itsm.Duration(tc.elapsed), Goal: itsm.Duration(tc.goal)}, tc.places)
		require.True(t, ok)
		assert.True(t, p.Equal(decimal.RequireFromString(tc.want)), "%v/%v: %s, want %s", tc.elapsed, tc.goal, p, tc.want)
	}
	_, ok := percent(Cycle{}, 2)
	assert.False(t, ok)
}

// Thresholds with absurd exponents are rejected quickly, their error quoting
// the value compactly.
func TestThresholdHugeExponent(t *testing.T) {
	for _, p := range []decimal.Decimal{decimal.New(-1, 1_000_000_000), decimal.New(1, -1_000_000_000), decimal.New(1, 1_000_000_000)} {
		_, err := NewThreshold(p)
		require.ErrorIs(t, err, ErrConfig)
		assert.Less(t, len(err.Error()), 200)
	}
}
