package sla

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/itsmkit/itsm"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"
)

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func TestAttainment(t *testing.T) {
	p := demoPolicy(t, KeepElapsed)
	c := time.Date(2026, time.November, 2, 0, 0, 0, 0, berlin)
	period := itsm.Interval{Start: c, End: c.AddDate(0, 0, 7)}
	mk := func(prio string, created time.Time, resolveAfter time.Duration) Ticket {
		tk := Ticket{Events: []Event{{At: created, Kind: Created, Priority: prio}, ev(created.Add(10*time.Minute), Responded)}}
		if resolveAfter > 0 {
			tk.Events = append(tk.Events, ev(created.Add(resolveAfter), Resolved))
		}
		return tk
	}
	d := func(day, h int) time.Time { return c.AddDate(0, 0, day).Add(time.Duration(h) * time.Hour) }
	tickets := []Ticket{
		mk("P1", d(0, 10), 3*time.Hour), // met
		mk("P1", d(1, 10), 5*time.Hour), // breached
		mk("P1", d(-2, 10), time.Hour),  // ended before the period
		mk("P1", d(6, 23), 2*time.Hour), // resolved after the end: open at period end
		mk("P1", d(6, 12), 0),           // still open, breached before the end
		mk("P3", d(2, 9), 2*time.Hour),  // met
		mk("P1", d(8, 10), time.Hour),   // after the period
	}
	var sts []Status
	for _, tk := range tickets {
		s, err := p.Evaluate(tk, period.End.Add(48*time.Hour))
		require.NoError(t, err)
		sts = append(sts, s...)
	}
	rep, err := ComputeAttainment(period, sts)
	require.NoError(t, err)
	var p1res AttainmentGroup
	for _, g := range rep.Groups {
		if g.Target == "P1 resolution" {
			p1res = g
		}
	}
	assert.Equal(t, AttainmentGroup{Slot: "SLA resolution", Target: "P1 resolution", Priority: "P1", Met: 1, Breached: 1, Open: 1, OpenBreached: 1}, p1res)
	assert.Equal(t, itsm.Ratio{Num: 1, Den: 2}, p1res.Attainment())
	r, ok := p1res.Attainment().Percent(2)
	require.True(t, ok)
	assert.Equal(t, "50", r.String())
	for _, g := range rep.Targets {
		if g.Target == "P1 response" {
			assert.Equal(t, int64(4), g.Met) // 4 responses within 10 minutes in scope
		}
	}

	assert.Equal(t, map[string]int64{"P1 resolution": 1}, rep.breaches())

	// Evaluated before the period's end: rejected, not a silent miscount
	// (see TestAttainmentRejectsOneBadRecord).
	early, err := p.Evaluate(tickets[4], period.End.Add(-time.Hour))
	require.NoError(t, err)
	rep, err = ComputeAttainment(period, early)
	require.NoError(t, err)
	require.Len(t, rep.Rejected, 1) // the open resolution clock; its response met is counted
	assert.ErrorIs(t, rep.Rejected[0], ErrConfig)
	require.Len(t, rep.Groups, 1)
	assert.Equal(t, "P1 response", rep.Groups[0].Target)
}

// Counts add up: every cycle in scope lands in exactly one bucket, and the
// per-target totals equal the sums of the groups.
func TestAttainmentCountsAddUp(t *testing.T) {
	p := demoPolicy(t, Retroactive)
	base := time.Date(2026, time.November, 2, 0, 0, 0, 0, berlin)
	rapid.Check(t, func(t *rapid.T) {
		n := rapid.IntRange(0, 30).Draw(t, "tickets")
		var sts []Status
		period := itsm.Interval{Start: base.Add(24 * time.Hour), End: base.Add(5 * 24 * time.Hour)}
		inScope := int64(0)
		for i := 0; i < n; i++ {
			cr := base.Add(time.Duration(rapid.IntRange(0, 7*24*60).Draw(t, "created")) * time.Minute)
			tk := Ticket{Events: []Event{{At: cr, Kind: Created, Priority: rapid.SampledFrom([]string{"P1", "P3", "P5"}).Draw(t, "prio")}}}
			if rapid.Bool().Draw(t, "resolved") {
				tk.Events = append(tk.Events, ev(cr.Add(time.Duration(rapid.IntRange(1, 5000).Draw(t, "after"))*time.Minute), Resolved))
			}
			s, err := p.Evaluate(tk, base.Add(30*24*time.Hour))
			require.NoError(t, err)
			for _, st := range s {
				for _, c := range st.Cycles() {
					if c.Start.Before(period.End) && (c.End.IsZero() || !c.End.Before(period.Start)) {
						inScope++
					}
				}
			}
			sts = append(sts, s...)
		}
		rep, err := ComputeAttainment(period, sts)
		require.NoError(t, err)
		var sum, tsum int64
		for _, g := range rep.Groups {
			sum += countedCycles(g)
		}
		for _, g := range rep.Targets {
			tsum += countedCycles(g)
		}
		require.Equal(t, inScope, sum)
		require.Equal(t, sum, tsum)
	})
}

func TestAvailabilitySLA(t *testing.T) {
	month := calendarMonth(2026, time.April, time.UTC) // 30 days
	tgt := AvailabilityTarget{Name: "portal", Percent: dec("99.9")}
	out := func(startH, mins int) itsm.Interval {
		s := month.Start.Add(time.Duration(startH) * time.Hour)
		return itsm.Interval{Start: s, End: s.Add(time.Duration(mins) * time.Minute)}
	}
	// 43m12s allowed over 30 days.
	r, err := EvaluateAvailability(tgt, month, []itsm.Interval{out(10, 40)}, nil, nil)
	require.NoError(t, err)
	assert.Equal(t, 43*time.Minute+12*time.Second, r.Allowed.Std())
	assert.Equal(t, 3*time.Minute+12*time.Second, r.Margin.Std())
	assert.True(t, r.Met)
	assert.Equal(t, 3, r.Nines)

	// Exactly at the allowance: met; one second more: breached by 1s.
	exact := itsm.Interval{Start: month.Start, End: month.Start.Add(43*time.Minute + 12*time.Second)}
	r, err = EvaluateAvailability(tgt, month, []itsm.Interval{exact}, nil, nil)
	require.NoError(t, err)
	assert.True(t, r.Met)
	assert.Equal(t, time.Duration(0), r.Margin.Std())
	exact.End = exact.End.Add(time.Second)
	r, err = EvaluateAvailability(tgt, month, []itsm.Interval{exact}, nil, nil)
	require.NoError(t, err)
	assert.False(t, r.Met)
	assert.Equal(t, -time.Second, r.Margin.Std())

	// Maintenance is excluded; overlapping outages count once.
	r, err = EvaluateAvailability(tgt, month, []itsm.Interval{out(10, 60), out(10, 30)}, []itsm.Interval{out(10, 30)}, nil)
	require.NoError(t, err)
	assert.Equal(t, 30*time.Minute, r.Availability.Down.Std())
	assert.True(t, r.Availability.OverlapsMerged)

	var at AvailabilityTarget
	require.NoError(t, json.Unmarshal([]byte(`{"name":"portal","percent":"99.95","hours":"office"}`), &at))
	b, err := json.Marshal(at)
	require.NoError(t, err)
	assert.JSONEq(t, `{"name":"portal","percent":"99.95","hours":"office"}`, string(b))

	_, err = EvaluateAvailability(AvailabilityTarget{Percent: dec("100.1")}, month, nil, nil, nil)
	assert.ErrorIs(t, err, ErrConfig)
	b, err = json.Marshal(r)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"margin":"13m10.2s"`)
}

// Met (decided exactly) agrees with the sign of the margin.
func TestAvailabilityMetAgreesWithMargin(t *testing.T) {
	month := calendarMonth(2026, time.February, time.UTC)
	rapid.Check(t, func(t *rapid.T) {
		pct := decimal.New(rapid.Int64Range(1, 100000).Draw(t, "pct"), -3)
		down := time.Duration(rapid.Int64Range(0, int64(10*time.Hour)).Draw(t, "down"))
		o := []itsm.Interval{{Start: month.Start, End: month.Start.Add(down)}}
		r, err := EvaluateAvailability(AvailabilityTarget{Percent: pct}, month, o, nil, nil)
		require.NoError(t, err)
		require.Equal(t, r.Met, r.Margin.Std() >= 0)
	})
}

func TestServiceCredits(t *testing.T) {
	var s CreditSchedule
	require.NoError(t, json.Unmarshal([]byte(`{
		"tiers": [{"below": "99.9", "credit": "10"}, {"below": "99", "credit": "25"}],
		"per_breach": [{"target": "P1 resolution", "amount": "250.00", "cap": "1000"}],
		"cap_percent": "50",
		"rounding": {"places": 2, "mode": "half_even"}
	}`), &s))
	fee := dec("12345.65")
	cases := []struct {
		ratio itsm.Ratio
		n     int64
		total string
	}{
		{itsm.Ratio{Num: 9995, Den: 10000}, 0, "0"},
		{itsm.Ratio{Num: 999, Den: 1000}, 0, "0"},           // exactly 99.9 %: not below
		{itsm.Ratio{Num: 99899, Den: 100000}, 0, "1234.56"}, // 10 % of 12345.65 = 1234.565 → half-even 1234.56
		{itsm.Ratio{Num: 98, Den: 100}, 0, "3086.41"},       // 25 % = 3086.4125
		{itsm.Ratio{Num: 98, Den: 100}, 3, "3836.41"},
		{itsm.Ratio{Num: 98, Den: 100}, 9, "4086.41"},  // penalties capped at 1000
		{itsm.Ratio{Num: 1, Den: 100}, 100, "4086.41"}, // below the 50 % cap
		{itsm.Ratio{}, 2, "500"},                       // no availability data: no tier
	}
	for _, c := range cases {
		cr, err := s.Compute(fee, c.ratio, map[string]int64{"P1 resolution": c.n})
		require.NoError(t, err)
		assert.Equal(t, c.total, cr.Total.String(), "%v %d", c.ratio, c.n)
	}
	s.CapPercent = ptr(dec("20"))
	cr, err := s.Compute(fee, itsm.Ratio{Num: 98, Den: 100}, map[string]int64{"P1 resolution": 9})
	require.NoError(t, err)
	assert.True(t, cr.Capped)
	assert.Equal(t, "2469.13", cr.Total.String())

	for _, bad := range []string{
		`{"tiers": [{"below": "99.9", "credit": "25"}, {"below": "99", "credit": "10"}]}`,
		`{"tiers": [{"below": "99.9", "credit": "10"}, {"below": "99.9", "credit": "20"}]}`,
		`{"tiers": [{"below": "0", "credit": "10"}]}`,
		`{"tiers": [{"below": "99", "credit": "101"}]}`,
		`{"per_breach": [{"target": "x", "amount": "-1"}]}`,
		`{"rounding": {"places": 2, "mode": "sideways"}}`,
		`{"rounding": {"places": 40}}`,
		`{"cap_percent": "120"}`,
	} {
		var s CreditSchedule
		assert.Error(t, json.Unmarshal([]byte(bad), &s), bad)
	}
	for m, want := range map[RoundingMode]string{RoundHalfUp: "1.24", RoundHalfEven: "1.24", RoundDown: "1.23", RoundUp: "1.24", RoundFloor: "1.23", RoundCeiling: "1.24"} {
		assert.Equal(t, want, Rounding{Places: 2, Mode: m}.round(dec("1.235")).String(), m.String())
	}
	assert.Equal(t, "-1.24", Rounding{Places: 2, Mode: RoundFloor}.round(dec("-1.235")).String())
	assert.Equal(t, "1.23", Rounding{Places: 2, Mode: RoundHalfUp}.round(dec("1.225")).String())
	assert.Equal(t, "1.22", Rounding{Places: 2, Mode: RoundHalfEven}.round(dec("1.225")).String())
	assert.Equal(t, "-1.23", Rounding{Places: 2, Mode: RoundHalfUp}.round(dec("-1.225")).String())
}

func TestUnderpinning(t *testing.T) {
	spec := PolicySpec{Rules: []Rule{{Name: "P2", Priorities: []string{"P2"}, Targets: []TargetSpec{
		{Name: "P2 resolution", Metric: Resolution, Goal: Business(4 * time.Hour), Schedule: "office", UnderpinnedBy: []string{"L1 OLA", "vendor UC"}},
		{Name: "L1 OLA", Kind: OLA, Slot: "OLA L1", Metric: Resolution, Goal: Business(time.Hour), Schedule: "office"},
		{Name: "vendor UC", Kind: UC, Metric: Resolution, Goal: Business(8 * time.Hour), Schedule: "office"},
	}}}}
	p, err := NewPolicy(spec, map[string]Schedule{"office": office()})
	require.NoError(t, err)
	week := itsm.Interval{Start: at(2026, time.November, 23, 0, 0), End: at(2026, time.November, 30, 0, 0)}
	cs, err := p.CheckUnderpinning(week, time.Hour)
	require.NoError(t, err)
	require.Len(t, cs, 3)
	assert.True(t, cs[0].Fits)
	assert.Equal(t, 3*time.Hour, cs[0].Slack.Std())
	assert.False(t, cs[1].Fits)
	assert.Equal(t, -4*time.Hour, cs[1].Slack.Std()) // a 4 h SLA cannot rest on an 8 h UC
	assert.Equal(t, "L1 OLA → vendor UC", cs[2].Support)
	assert.Equal(t, -5*time.Hour, cs[2].Slack.Std())

	// A 24×7 UC of 8 hours under a 4 business-hour SLA: from a Monday 08:00
	// start the SLA is due at 12:00, the UC at 16:00: 4 business hours over.
	// From 13:00 the UC is due at 21:00, after the SLA's 17:00 deadline,
	// with no business time in between: it still does not fit.
	spec.Rules[0].Targets[2].Schedule = "24x7"
	spec.Rules[0].Targets[0].UnderpinnedBy = []string{"vendor UC"}
	p, err = NewPolicy(spec, map[string]Schedule{"office": office()})
	require.NoError(t, err)
	cs, err = p.CheckUnderpinning(week, time.Hour)
	require.NoError(t, err)
	require.Len(t, cs, 1)
	assert.False(t, cs[0].Fits)
	assert.Equal(t, -4*time.Hour, cs[0].Slack.Std())
	assert.Equal(t, -4*time.Hour, cs[0].WallSlack.Std())
	assert.True(t, cs[0].WorstStart.Equal(at(2026, time.November, 23, 8, 0)), cs[0].WorstStart)

	_, err = p.CheckUnderpinning(week, 0)
	assert.ErrorIs(t, err, ErrConfig)
}

func TestUsageByAssignee(t *testing.T) {
	p := demoPolicy(t, KeepElapsed)
	c := at(2026, time.November, 23, 9, 0)
	var xs []Explanation
	for i := 0; i < 2; i++ {
		x, err := p.Explain(Ticket{Events: []Event{
			{At: c, Kind: Created, Priority: "P3", Assignee: "desk"},
			{At: c.Add(time.Hour), Kind: Assigned, Assignee: "network"},
			{At: c.Add(4 * time.Hour), Kind: Assigned, Assignee: "vendor"},
			ev(c.Add(5*time.Hour), Resolved),
		}}, c.Add(6*time.Hour))
		require.NoError(t, err)
		xs = append(xs, x...)
	}
	u := Usage(xs, "SLA resolution")
	require.Len(t, u, 3)
	assert.Equal(t, Share{Assignee: "network", Counted: itsm.Duration(6 * time.Hour)}, u[0])
	assert.Equal(t, Share{Assignee: "desk", Counted: itsm.Duration(2 * time.Hour)}, u[1])
	assert.Equal(t, Share{Assignee: "vendor", Counted: itsm.Duration(2 * time.Hour)}, u[2])

	// A retroactive replacement is not counted twice.
	p = demoPolicy(t, Retroactive)
	x, err := p.Explain(Ticket{Events: []Event{
		{At: c, Kind: Created, Priority: "P3", Assignee: "desk"},
		{At: c.Add(time.Hour), Kind: Assigned, Assignee: "network"},
		{At: c.Add(2 * time.Hour), Kind: PriorityChanged, Priority: "P1"},
	}}, c.Add(3*time.Hour))
	require.NoError(t, err)
	u = Usage(x, "SLA resolution")
	assert.Equal(t, []Share{{Assignee: "network", Counted: itsm.Duration(2 * time.Hour)}, {Assignee: "desk", Counted: itsm.Duration(time.Hour)}}, u)
}

// Decimals with absurd exponents are rejected before any formatting or
// rounding. Regression: Validate printed them and Compute rounded them,
// which does not finish for 1e-1000000000.
func TestCreditHugeExponents(t *testing.T) {
	huge, tiny := decimal.New(1, 1_000_000_000), decimal.New(1, -1_000_000_000)
	ok := CreditSchedule{Tiers: []CreditTier{{Below: dec("99.9"), Credit: dec("10")}}}
	for _, s := range []CreditSchedule{
		{Tiers: []CreditTier{{Below: dec("99.9"), Credit: tiny}}},
		{Tiers: []CreditTier{{Below: tiny, Credit: dec("10")}}},
		{PerBreach: []BreachPenalty{{Target: "x", Amount: huge}}},
		{PerBreach: []BreachPenalty{{Target: "x", Amount: dec("1"), Cap: &tiny}}},
		{CapPercent: &tiny},
	} {
		require.ErrorIs(t, s.validate(), ErrConfig)
		_, err := s.Compute(dec("100"), kpiRatio(1, 2), map[string]int64{"x": 1})
		require.ErrorIs(t, err, ErrConfig)
	}
	_, err := ok.Compute(huge, kpiRatio(1, 2), nil)
	require.ErrorIs(t, err, ErrConfig)
	c, err := ok.Compute(dec("1e40"), kpiRatio(1, 2), nil)
	require.NoError(t, err)
	require.True(t, c.Total.Equal(dec("1e39")))
}

// An availability target with an absurd exponent is an error, quickly.
func TestAvailabilityTargetHugeExponent(t *testing.T) {
	for _, p := range []decimal.Decimal{decimal.New(1, 1_000_000_000), decimal.New(1, -1_000_000_000)} {
		require.ErrorIs(t, AvailabilityTarget{Name: "x", Percent: p}.validate(), ErrConfig)
	}
}

// Cycles at the period's edges, half-open: ended exactly at the start is in
// the period; ended exactly at the end is still open at the end; started
// before the period and ended inside it counts; a breach exactly at the end
// is not a breach before the end.
func TestAttainmentEdges(t *testing.T) {
	p := demoPolicy(t, KeepElapsed)
	c := time.Date(2026, time.November, 2, 0, 0, 0, 0, berlin)
	period := itsm.Interval{Start: c, End: c.AddDate(0, 0, 7)}
	tk := func(created, resolved time.Time) Ticket {
		evs := []Event{{At: created, Kind: Created, Priority: "P1"}, ev(created.Add(5*time.Minute), Responded)}
		if !resolved.IsZero() {
			evs = append(evs, ev(resolved, Resolved))
		}
		return Ticket{Events: evs}
	}
	cases := []struct {
		name string
		tk   Ticket
		want AttainmentGroup
	}{
		{"ended at the start", tk(c.Add(-2*time.Hour), c), AttainmentGroup{Met: 1}},
		{"started before, breached inside", tk(c.Add(-2*time.Hour), c.Add(3*time.Hour)), AttainmentGroup{Breached: 1}},
		{"ended at the end", tk(period.End.Add(-time.Hour), period.End), AttainmentGroup{Open: 1}},
		{"breach at the end, open", tk(period.End.Add(-4*time.Hour), time.Time{}), AttainmentGroup{Open: 1}},
		{"breach just before the end, open", tk(period.End.Add(-4*time.Hour-time.Nanosecond), time.Time{}), AttainmentGroup{OpenBreached: 1}},
		{"ended just before the start", tk(c.Add(-2*time.Hour), c.Add(-time.Nanosecond)), AttainmentGroup{}},
		{"created at the end", tk(period.End, time.Time{}), AttainmentGroup{}},
	}
	for _, tc := range cases {
		sts, err := p.Evaluate(tc.tk, period.End.Add(24*time.Hour))
		require.NoError(t, err)
		rep, err := ComputeAttainment(period, sts)
		require.NoError(t, err)
		var got AttainmentGroup
		for _, g := range rep.Targets {
			if g.Target == "P1 resolution" {
				got = g
			}
		}
		got.Slot, got.Target, got.Kind, got.Priority = "", "", 0, ""
		assert.Equal(t, tc.want, got, tc.name)
	}
}
