package sla_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/itsmkit/itsm"
	"github.com/itsmkit/itsm/calendar"
	"github.com/itsmkit/itsm/sla"
	"github.com/shopspring/decimal"
)

func ExampleEvaluate() {
	target, err := sla.NewTarget(sla.TargetSpec{
		Name:       "P1 resolution",
		Metric:     sla.Resolution,
		Goal:       sla.Business(4 * time.Hour),
		Conditions: &sla.Conditions{Pause: []string{"Awaiting User Info"}},
	}, calendar.AlwaysOpen())
	if err != nil {
		panic(err)
	}
	c := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	timeline := []sla.Event{
		{At: c, Kind: sla.Created, State: "New"},
		{At: c.Add(time.Hour), Kind: sla.StateChanged, State: "Awaiting User Info"},
		{At: c.Add(90 * time.Minute), Kind: sla.StateChanged, State: "In Progress"},
	}
	st, err := sla.Evaluate(target, timeline, c.Add(2*time.Hour))
	if err != nil {
		panic(err)
	}
	fmt.Println(st.Stage, st.Elapsed, st.Paused, st.Remaining, st.Deadline.Format("15:04"))
	fmt.Println(st)
	// Output:
	// running 1h30m 30m 2h30m 13:30
	// "SLA resolution": "P1 resolution" #1: running, 1h30m of 4h, paused 30m, deadline 2026-03-02T13:30:00Z
}

func ExampleExplain() {
	target, _ := sla.NewTarget(sla.TargetSpec{
		Name: "P2 response", Metric: sla.Response, Goal: sla.Business(time.Hour),
		Escalations: []sla.Escalation{{Name: "team lead", Offset: itsm.Duration(-10 * time.Minute)}},
	}, nil)
	c := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	x, _ := sla.Explain(target, []sla.Event{{At: c, Kind: sla.Created, Assignee: "desk"}}, c.Add(40*time.Minute))
	for _, w := range x.Warnings {
		fmt.Println(w.Threshold, w.At.Format("15:04"), w.Reached)
	}
	fmt.Println(x.Escalations[0].Name, x.Escalations[0].At.Format("15:04"))
	fmt.Println(x.Warnings[0])
	fmt.Println(x.Segments[0])
	// Output:
	// 50% 09:30 true
	// 75% 09:45 false
	// 100% 10:00 false
	// team lead 09:50
	// 50% reached at 2026-03-02T09:30:00Z
	// cycle 1 counted [2026-03-02T09:00:00Z, 2026-03-02T09:40:00Z) 40m "desk"
}

func ExampleNewPolicy() {
	const config = `{
	  "priority_change": "retroactive",
	  "conditions": {"resolution": {"pause": ["Awaiting User Info", "Awaiting Vendor"]}},
	  "rules": [
	    {"priorities": ["P1"], "targets": [
	      {"name": "P1 response", "metric": "response", "goal": {"business": "15m"}},
	      {"name": "P1 resolution", "metric": "resolution", "goal": {"business": "4h"}}]},
	    {"priorities": ["P3"], "targets": [
	      {"name": "P3 resolution", "metric": "resolution", "goal": {"business": "24h"}}]}
	  ]}`
	var spec sla.PolicySpec
	if err := json.Unmarshal([]byte(config), &spec); err != nil {
		panic(err)
	}
	policy, err := sla.NewPolicy(spec, nil) // every target on 24x7 here
	if err != nil {
		panic(err)
	}
	c := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	ticket := sla.Ticket{Events: []sla.Event{
		{At: c, Kind: sla.Created, Priority: "P3"},
		{At: c.Add(time.Hour), Kind: sla.StateChanged, State: "Awaiting Vendor"},
		{At: c.Add(2 * time.Hour), Kind: sla.StateChanged, State: "In Progress"},
		{At: c.Add(3 * time.Hour), Kind: sla.PriorityChanged, Priority: "P1"},
	}}
	statuses, err := policy.Evaluate(ticket, c.Add(3*time.Hour))
	if err != nil {
		panic(err)
	}
	for _, s := range statuses {
		fmt.Printf("%s: %s %s, elapsed %v, paused %v, deadline %s\n", s.Slot, s.Target, s.Stage, s.Elapsed, s.Paused, s.Deadline.Format("15:04"))
	}
	// Output:
	// SLA response: P1 response breached, elapsed 3h, paused 0s, deadline 09:15
	// SLA resolution: P1 resolution running, elapsed 2h, paused 1h, deadline 14:00
}

func ExampleCycle_NextChange() {
	target, _ := sla.NewTarget(sla.TargetSpec{Name: "response", Metric: sla.Response, Goal: sla.Business(time.Hour)}, nil)
	c := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	now := c.Add(50 * time.Minute)
	for _, created := range []time.Time{c, c.Add(30 * time.Minute)} {
		st, _ := sla.Evaluate(target, []sla.Event{{At: created, Kind: sla.Created}}, now)
		next, ok, _ := st.NextChange()
		fmt.Println(next.Format("15:04:05.000000000"), ok)
	}
	// The first ticket breaches just after 10:00; the second reaches 50 %
	// at 10:00.
	// Output:
	// 10:00:00.000000001 true
	// 10:00:00.000000000 true
}

func ExampleComputeAttainment() {
	target, _ := sla.NewTarget(sla.TargetSpec{Name: "resolution", Metric: sla.Resolution, Goal: sla.Business(4 * time.Hour)}, nil)
	day := time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)
	period := itsm.Interval{Start: day, End: day.AddDate(0, 0, 1)}
	var statuses []sla.Status
	for i, took := range []time.Duration{time.Hour, 3 * time.Hour, 5 * time.Hour, 0} {
		created := day.Add(time.Duration(8+i) * time.Hour)
		tl := []sla.Event{{At: created, Kind: sla.Created, Priority: "P2"}}
		if took > 0 {
			tl = append(tl, sla.Event{At: created.Add(took), Kind: sla.Resolved})
		}
		st, _ := sla.Evaluate(target, tl, period.End)
		statuses = append(statuses, st)
	}
	rep, _ := sla.ComputeAttainment(period, statuses)
	g := rep.Groups[0]
	pct, _ := g.Attainment().Percent(1)
	fmt.Printf("met %d, breached %d, open (breached) %d: %s%% (%v)\n", g.Met, g.Breached, g.OpenBreached, pct, g.Attainment())
	// Output: met 2, breached 1, open (breached) 1: 66.7% (2/3)
}

func ExampleEvaluateAvailability() {
	april := itsm.Interval{Start: time.Date(2026, 4, 1, 0, 0, 0, 0, time.UTC), End: time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC)}
	outage := itsm.Interval{Start: time.Date(2026, 4, 7, 10, 0, 0, 0, time.UTC), End: time.Date(2026, 4, 7, 10, 50, 0, 0, time.UTC)}
	r, _ := sla.EvaluateAvailability(sla.AvailabilityTarget{Name: "portal", Percent: decimal.RequireFromString("99.9")},
		april, []itsm.Interval{outage}, nil, nil)
	pct, _ := r.Availability.Ratio().Percent(3)
	fmt.Println(pct, r.Met, r.Allowed, r.Margin)
	// Output: 99.884 false 43m12s -6m48s
}

func ExampleCreditSchedule_Compute() {
	var s sla.CreditSchedule
	_ = json.Unmarshal([]byte(`{
	  "tiers": [{"below": "99.9", "credit": "10"}, {"below": "99", "credit": "25"}],
	  "per_breach": [{"target": "P1 resolution", "amount": "250", "cap": "1000"}],
	  "rounding": {"places": 2, "mode": "half_up"}}`), &s)
	credit, err := s.Compute(decimal.RequireFromString("4999.95"), itsm.Ratio{Num: 99_85, Den: 100_00}, map[string]int64{"P1 resolution": 5})
	if err != nil {
		panic(err)
	}
	for _, l := range credit.Lines {
		fmt.Println(l.Reason, l.Amount, l.Capped)
	}
	fmt.Println("total", credit.Total)
	// Output:
	// availability below 99.9% 500 false
	// 5 × P1 resolution breach 1000 true
	// total 1500
}

func ExamplePolicy_CheckUnderpinning() {
	spec := sla.PolicySpec{Rules: []sla.Rule{{Name: "P1", Targets: []sla.TargetSpec{
		{Name: "P1 resolution", Metric: sla.Resolution, Goal: sla.Business(4 * time.Hour), UnderpinnedBy: []string{"vendor fix"}},
		{Name: "vendor fix", Kind: sla.UC, Metric: sla.Resolution, Goal: sla.Business(8 * time.Hour)},
	}}}}
	p, _ := sla.NewPolicy(spec, nil)
	week := itsm.Interval{Start: time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC), End: time.Date(2026, 3, 9, 0, 0, 0, 0, time.UTC)}
	checks, _ := p.CheckUnderpinning(week, time.Hour)
	for _, c := range checks {
		fmt.Println(c.SLA, "←", c.Support, c.Kind, "fits:", c.Fits, "slack:", c.Slack)
	}
	// Output: P1 resolution ← vendor fix uc fits: false slack: -4h
}

func ExampleUsage() {
	target, _ := sla.NewTarget(sla.TargetSpec{Name: "resolution", Metric: sla.Resolution, Goal: sla.Business(8 * time.Hour)}, nil)
	c := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	x, _ := sla.Explain(target, []sla.Event{
		{At: c, Kind: sla.Created, Assignee: "service desk"},
		{At: c.Add(30 * time.Minute), Kind: sla.Assigned, Assignee: "network team"},
		{At: c.Add(2 * time.Hour), Kind: sla.Assigned, Assignee: "carrier (UC)"},
		{At: c.Add(7 * time.Hour), Kind: sla.Resolved},
	}, c.Add(8*time.Hour))
	for _, s := range sla.Usage([]sla.Explanation{x}, "") {
		fmt.Println(s.Assignee, s.Counted)
	}
	// Output:
	// carrier (UC) 5h
	// network team 1h30m
	// service desk 30m
}

// ServiceNow's documented example on a business calendar: an 8-hour target
// on Mon–Fri 08:00–17:00, opened on Friday at 21:00. On Monday at 09:30 the
// business elapsed time is 1h30m and the actual elapsed time 60h30m.
func ExampleEvaluate_businessHours() {
	week, _ := calendar.ParseWeek("Mon-Fri 08:00-17:00")
	office, err := calendar.New(calendar.Spec{Zone: "Europe/Berlin", Week: week,
		Holidays: []calendar.HolidayRef{{Region: "DE-NW"}}})
	if err != nil {
		panic(err)
	}
	target, _ := sla.NewTarget(sla.TargetSpec{Name: "P3 resolution", Metric: sla.Resolution, Goal: sla.Business(8 * time.Hour)}, office)
	berlin := office.Location()
	opened := time.Date(2026, 11, 20, 21, 0, 0, 0, berlin)
	st, _ := sla.Evaluate(target, []sla.Event{{At: opened, Kind: sla.Created}}, time.Date(2026, 11, 23, 9, 30, 0, 0, berlin))
	pct, _ := itsm.Ratio{Num: int64(st.Elapsed), Den: int64(st.Goal)}.Percent(2)
	fmt.Println(st.Elapsed, st.WallElapsed, pct, st.Deadline.Format("Mon 15:04"))
	// Output: 1h30m 60h30m 18.75 Mon 16:00
}

func ExamplePolicy_NextChange() {
	spec := sla.PolicySpec{Rules: []sla.Rule{{Targets: []sla.TargetSpec{
		{Name: "response", Metric: sla.Response, Goal: sla.Business(30 * time.Minute), Thresholds: []sla.Threshold{}},
		{Name: "resolution", Metric: sla.Resolution, Goal: sla.Business(4 * time.Hour), Thresholds: []sla.Threshold{},
			Escalations: []sla.Escalation{{Name: "duty manager", Offset: itsm.Duration(-time.Hour)}}},
	}}}}
	p, _ := sla.NewPolicy(spec, nil)
	c := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	tickets := []sla.Ticket{
		{ID: "INC1", Events: []sla.Event{{At: c, Kind: sla.Created}, {At: c.Add(5 * time.Minute), Kind: sla.Responded}}},
		{ID: "INC2", Events: []sla.Event{{At: c.Add(time.Hour), Kind: sla.Created}}},
	}
	// At 10:10: INC1's escalation is due at 12:00, INC2's response at 10:30.
	next, ok, _ := p.NextChange(tickets, c.Add(70*time.Minute))
	fmt.Println(next.Format("15:04:05.000000000"), ok)
	// Output: 10:30:00.000000001 true
}

func ExamplePolicy_NextChange_rejected() {
	spec := sla.PolicySpec{Rules: []sla.Rule{{Targets: []sla.TargetSpec{
		{Name: "response", Metric: sla.Response, Goal: sla.Business(30 * time.Minute), Thresholds: []sla.Threshold{}},
	}}}}
	p, _ := sla.NewPolicy(spec, nil)
	c := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	tickets := []sla.Ticket{
		{ID: "INC1", Events: []sla.Event{{At: c, Kind: sla.Created}}},
		{ID: "INC2", Events: []sla.Event{{At: c, Kind: sla.Responded}}}, // no Created event
	}
	// INC2 is broken; INC1's timer is still set, and INC2 is named.
	next, ok, rejected := p.NextChange(tickets, c)
	fmt.Println(next.Format("15:04:05.000000000"), ok)
	for _, r := range rejected {
		fmt.Println(r.Index, r.ID, errors.Is(r, sla.ErrEvent))
	}
	// Output:
	// 09:30:00.000000001 true
	// 1 INC2 true
}

func ExamplePolicy_Explain() {
	spec := sla.PolicySpec{Rules: []sla.Rule{{Targets: []sla.TargetSpec{
		{Name: "resolution", Metric: sla.Resolution, Goal: sla.Business(8 * time.Hour),
			Conditions: &sla.Conditions{Pause: []string{"Awaiting Vendor"}}},
	}}}}
	p, _ := sla.NewPolicy(spec, nil)
	c := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	xs, _ := p.Explain(sla.Ticket{Events: []sla.Event{
		{At: c, Kind: sla.Created, Assignee: "desk"},
		{At: c.Add(time.Hour), Kind: sla.StateChanged, State: "Awaiting Vendor"},
		{At: c.Add(3 * time.Hour), Kind: sla.StateChanged, State: "In Progress"},
	}}, c.Add(4*time.Hour))
	for _, s := range xs[0].Segments {
		fmt.Println(s.Start.Format("15:04"), s.End.Format("15:04"), s.Kind, s.Counted)
	}
	// Output:
	// 09:00 10:00 counted 1h
	// 10:00 12:00 paused 2h
	// 12:00 13:00 counted 1h
}
