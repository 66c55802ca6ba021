package kpi_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/shopspring/decimal"

	"github.com/itsmkit/itsm"
	"github.com/itsmkit/itsm/kpi"
)

func ExampleAllowedDowntime() {
	d, _ := kpi.AllowedDowntime(decimal.RequireFromString("99.9"), 30*24*time.Hour)
	y, _ := kpi.AllowedDowntime(decimal.RequireFromString("99.99"), 365*24*time.Hour)
	fmt.Println(d, y)
	// Output: 43m12s 52m33.6s
}

func ExampleComputeAvailability() {
	start := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	period := itsm.Interval{Start: start, End: start.AddDate(0, 0, 30)}
	outages := []itsm.Interval{
		{Start: start.Add(50 * time.Hour), End: start.Add(50*time.Hour + 30*time.Minute)},
		{Start: start.Add(50*time.Hour + 20*time.Minute), End: start.Add(50*time.Hour + 43*time.Minute + 12*time.Second)},
	}
	maintenance := []itsm.Interval{{Start: start.Add(100 * time.Hour), End: start.Add(102 * time.Hour)}}
	a, err := kpi.ComputeAvailability(period, outages, maintenance, nil) // nil: 24×7
	if err != nil {
		panic(err)
	}
	p, _ := a.Ratio().Percent(4)
	fmt.Println(p, a.Ratio(), a.Down, a.Scheduled, a.OverlapsMerged)
	fmt.Println(a)
	// Output:
	// 99.8997 2582208000000000/2584800000000000 43m12s 718h true
	// 99.8997% (up 717h16m48s of 718h, down 43m12s, 1 failures)
}

// A batch function leaves out a bad record and computes the rest; its
// error holds an itsm.RecordError for each record it left out.
func ExampleComputeAvailability_rejected() {
	start := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	period := itsm.Interval{Start: start, End: start.AddDate(0, 0, 30)}
	outages := []itsm.Interval{
		{Start: start.Add(50 * time.Hour), End: start.Add(50*time.Hour + 43*time.Minute + 12*time.Second)},
		{Start: start.Add(80 * time.Hour), End: start.Add(79 * time.Hour)}, // ends before it starts
	}
	a, err := kpi.ComputeAvailability(period, outages, nil, nil)
	var re itsm.RecordError
	if errors.As(err, &re) {
		for _, r := range a.Rejected { // or: err.(interface{ Unwrap() []error }).Unwrap()
			fmt.Println("rejected", r.Kind, r.Index, errors.Is(r, itsm.ErrInterval))
		}
	} else if err != nil {
		panic(err) // the period or the schedule: nothing was computed
	}
	p, _ := a.Ratio().Percent(1)
	fmt.Println(p, a.Down)
	// Output:
	// rejected outage 1 true
	// 99.9 43m12s
}

func ExampleAvailabilityFromMTBF() {
	r, _ := kpi.AvailabilityFromMTBF(999*time.Hour, time.Hour)
	p, _ := r.Percent(2)
	fmt.Println(p)
	// Output: 99.9
}

// The allowed downtime of a target per 365-day year, 30 days, week and day.
func ExampleAllowedDowntime_table() {
	target := decimal.RequireFromString("99.95")
	for _, days := range []time.Duration{365, 30, 7, 1} {
		d, _ := kpi.AllowedDowntime(target, days*24*time.Hour)
		fmt.Print(d, " ")
	}
	fmt.Println()
	// Output: 4h22m48s 21m36s 5m2.4s 43.2s
}

func ExampleCountNines() {
	n, _ := kpi.CountNines(itsm.Ratio{Num: 99_95, Den: 100_00})
	fmt.Println(n)
	// Output: 3
}

// Time to resolve in wall-clock time, with a ticket still open at the
// end of the period reported as censored ("at least") instead of dropped.
func ExampleTimeTo_Observe() {
	day := time.Date(2026, 5, 4, 0, 0, 0, 0, time.UTC)
	end := day.Add(24 * time.Hour) // observation cut-off
	t := kpi.TimeTo{Measure: kpi.MTTResolve, Clock: kpi.Wall}
	_ = t.Observe(nil, day.Add(9*time.Hour), day.Add(11*time.Hour), end)
	_ = t.Observe(nil, day.Add(10*time.Hour), day.Add(14*time.Hour), end)
	_ = t.Observe(nil, day.Add(18*time.Hour), time.Time{}, end) // still open
	mean, _ := t.Completed.Mean()
	atLeast, _ := t.AtLeast().Mean()
	fmt.Println(t.Measure, t.Clock)
	fmt.Println(mean, t.Completed.Count(), "completed;", t.Censored.Count(), "open; mean at least", atLeast)
	fmt.Println(t.Completed)
	// Output:
	// mttr_resolve wall
	// 3h0m0s 2 completed; 1 open; mean at least 4h0m0s
	// n=2 mean=3h min=2h max=4h
}

// Shards accumulated separately merge into exactly the batch result.
func ExampleDurationStats_Merge() {
	var a, b, all kpi.DurationStats
	for i, d := range []time.Duration{time.Minute, 3 * time.Minute, 2 * time.Minute, 10 * time.Minute} {
		_ = all.Add(d)
		if i%2 == 0 {
			_ = a.Add(d)
		} else {
			_ = b.Add(d)
		}
	}
	a.Merge(b)
	m, _ := a.Mean()
	fmt.Println(a == all, m)
	// Output: true 4m0s
}

func ExampleDistribution_Percentile() {
	s := &kpi.Sample{Measure: kpi.MTTA, Clock: kpi.Wall}
	for _, m := range []int{15, 20, 35, 40, 50} {
		_ = s.Add(time.Duration(m) * time.Minute)
	}
	d := s.Completed()
	p := decimal.NewFromInt(40)
	nr, _, _ := d.Percentile(p, kpi.NearestRank)
	lin, _, _ := d.Percentile(p, kpi.Linear)
	med, _ := d.Median()
	fmt.Println(nr, lin, med)
	// Output: 20m0s 29m0s 35m0s
}

func ExampleDeskRates() {
	var r kpi.DeskRates
	_ = r.Add(kpi.TicketOutcome{Resolved: true, AtFirstContact: true, FixAttempts: 1})
	_ = r.Add(kpi.TicketOutcome{Resolved: true, FixAttempts: 1, Escalated: true, Reassignments: 1})
	_ = r.Add(kpi.TicketOutcome{Resolved: true, FixAttempts: 2})
	_ = r.Add(kpi.TicketOutcome{Resolved: true, AtFirstContact: true, Reopened: true})
	fcr, _ := r.FCR().Percent(1)
	ftf, _ := r.FTF().Percent(1)
	fmt.Println("FCR", r.FCR(), fcr, "FTF", r.FTF(), ftf, "reopen", r.ReopenRate())
	// Output: FCR 1/4 25 FTF 2/4 50 reopen 1/4
}

func ExampleBacklogAt() {
	t := time.Date(2026, 5, 4, 12, 0, 0, 0, time.UTC)
	n, _ := kpi.BacklogAt([]kpi.Ticket{
		{Opened: t},                              // opened at t: counts
		{Opened: t.Add(-time.Hour), Resolved: t}, // resolved at t: does not
		{Opened: t.Add(-2 * time.Hour), Resolved: t.Add(time.Minute)}, // counts
	}, t)
	fmt.Println(n)
	// Output: 2
}

func ExampleNewBacklog() {
	now := time.Date(2026, 5, 4, 12, 0, 0, 0, time.UTC)
	b, _ := kpi.NewBacklog(now, []time.Duration{24 * time.Hour, 7 * 24 * time.Hour}, nil, kpi.Wall)
	for _, age := range []time.Duration{time.Hour, 30 * time.Hour, 200 * time.Hour, 10 * 24 * time.Hour} {
		_ = b.Add(kpi.Ticket{Opened: now.Add(-age)})
	}
	for _, bucket := range b.Distribution() {
		fmt.Println(bucket.From, bucket.To, bucket.Unbounded, bucket.Count)
	}
	// Output:
	// 0s 24h false 1
	// 24h 168h false 1
	// 168h 0s true 2
}

func ExampleFlowSeries() {
	d := time.Date(2026, 5, 4, 0, 0, 0, 0, time.UTC)
	days := []itsm.Interval{{Start: d, End: d.AddDate(0, 0, 1)}, {Start: d.AddDate(0, 0, 1), End: d.AddDate(0, 0, 2)}}
	f, _ := kpi.FlowSeries(days, []kpi.Ticket{
		{Opened: d.Add(time.Hour), Resolved: d.Add(30 * time.Hour)},
		{Opened: d.Add(2 * time.Hour)},
		{Opened: d.Add(25 * time.Hour), Resolved: d.Add(26 * time.Hour)},
	})
	for _, x := range f {
		fmt.Println(x.In, x.Out, x.In-x.Out)
	}
	// Output:
	// 2 0 2
	// 1 2 -1
}

func ExampleCSAT() {
	var c kpi.CSAT // zero value: share of 4–5 on 1–5
	for _, r := range []int{5, 4, 3, 5, 1} {
		_ = c.Add(r)
	}
	p, _ := c.Score().Percent(1)
	fmt.Println(c.Score(), p, c.Add(6) != nil)
	// Output: 3/5 60 true
}

func ExampleNPS() {
	var n kpi.NPS
	for _, r := range []int{10, 9, 8, 6, 3, 10, 9} {
		_ = n.Add(r)
	}
	s, _ := n.Ratio().Percent(0)
	fmt.Println(n.Promoters, n.Detractors, s)
	// Output: 4 2 29
}

// The Customer Effort Score is the average answer on DefaultCES (1–7).
func ExampleDefaultCES() {
	c, _ := kpi.NewCSAT(kpi.DefaultCES())
	for _, r := range []int{2, 3, 3} {
		_ = c.Add(r)
	}
	avg, _ := c.Average().RateAt(2)
	fmt.Println(avg)
	// Output: 2.67
}

func ExampleComputeDORA() {
	start := time.Date(2026, 5, 4, 0, 0, 0, 0, time.UTC)
	h := func(n int) time.Time { return start.Add(time.Duration(n) * time.Hour) }
	deps := []kpi.Deployment{
		{ID: "r1", At: h(10), CommittedAt: []time.Time{h(6)}},
		{ID: "r2", At: h(34), CommittedAt: []time.Time{h(30), h(33)}},
		{ID: "r3", At: h(58), CommittedAt: []time.Time{h(50)}},
	}
	fails := []kpi.Failure{ // two incidents from r2: it counts once
		{DeploymentID: "r2", Start: h(35), Restored: h(35).Add(40 * time.Minute)},
		{DeploymentID: "r2", Start: h(36), Restored: h(36).Add(20 * time.Minute)},
	}
	r, err := kpi.ComputeDORA(itsm.Interval{Start: start, End: start.AddDate(0, 0, 7)}, deps, fails)
	if err != nil {
		panic(err)
	}
	perDay, _ := r.PerDay()
	lead, _ := r.LeadTime.Median()
	rec, _ := r.RecoveryTimes.Median()
	c, _ := kpi.DefaultBands().Classify(r)
	fmt.Println(perDay, lead, r.ChangeFailure, rec)
	fmt.Println(c)
	// Output:
	// 3/7 4h0m0s 1/3 30m0s
	// frequency high, lead time elite, change failure low, recovery elite, overall low
}

func ExampleSLO_Budget() {
	month := 30 * 24 * time.Hour
	slo := kpi.SLO{Target: decimal.RequireFromString("99.9"), Window: kpi.Rolling, Length: itsm.Duration(month)}
	b, _ := slo.Budget(250, 1_000_000)
	used, _ := b.ConsumedPercent(1)
	fmt.Println(b.Allowed, b.Remaining, used, b.BurnRate, b.Exhausted)
	fmt.Println(b)
	// a time-based budget counts nanoseconds: 10 minutes down this month
	t, _ := slo.Budget(int64(10*time.Minute), int64(month))
	fmt.Println(time.Duration(t.Allowed.IntPart()), time.Duration(t.Remaining.IntPart()))
	// Output:
	// 1000 750 25 0.25 false
	// 250 bad of 1000 allowed (25% spent, 750 left, burn rate 0.25)
	// 43m12s 33m12s
}

func ExampleSLO_EvaluateAlerts() {
	slo := kpi.SLO{Target: decimal.RequireFromString("99.9"), Window: kpi.Rolling, Length: itsm.Duration(30 * 24 * time.Hour)}
	bad := kpi.Counts{Bad: 20, Total: 1000} // 2 % errors: burn rate 20
	ok := kpi.Counts{Bad: 0, Total: 1000}
	res, _ := slo.EvaluateAlerts(kpi.DefaultAlertPolicy(), map[time.Duration]kpi.Counts{
		time.Hour: bad, 5 * time.Minute: bad, // fast burn, still going
		6 * time.Hour: bad, 30 * time.Minute: ok, // recovered in the last 30 minutes
		3 * 24 * time.Hour: ok,
	})
	for _, r := range res {
		fmt.Println(r.Alert.Severity, r.Alert.LongWindow, r.Alert.ShortWindow, r.Alert.BurnRate, r.LongBurn, r.ShortBurn, r.Fires)
	}
	// Output:
	// page 1h 5m 14.4 20 20 true
	// page 6h 30m 6 20 0 false
	// ticket 72h 6h 1 0 20 false
}

func ExampleCountsOver() {
	now := time.Date(2026, 5, 4, 12, 0, 0, 0, time.UTC)
	var buckets []kpi.CountBucket
	for m := 0; m < 10; m++ {
		s := now.Add(time.Duration(m-10) * time.Minute)
		buckets = append(buckets, kpi.CountBucket{Interval: itsm.Interval{Start: s, End: s.Add(time.Minute)}, Counts: kpi.Counts{Bad: int64(m), Total: 100}})
	}
	c, _ := kpi.CountsOver(buckets, now, 5*time.Minute)
	fmt.Println(c.Bad, c.Total)
	// Output: 35 500
}

func ExampleSketch() {
	var a, b kpi.Sketch // zero value: 7 bits, relative error ≤ 2⁻⁸
	for m := 1; m <= 1000; m++ {
		d := time.Duration(m) * time.Second
		if m%2 == 0 {
			_ = a.Add(d)
		} else {
			_ = b.Add(d)
		}
	}
	_ = a.Merge(&b)
	p95, _, _ := a.Percentile(decimal.NewFromInt(95)) // exact nearest-rank: 950s
	fmt.Println(p95.Round(time.Second), "(exact 15m50s, bound ±3.7s)", a.Stats().Count())
	// Output: 15m51s (exact 15m50s, bound ±3.7s) 1000
}

// Availability from recorded uptime and downtime: up / (up + down).
func ExampleAvailabilityFromMTBF_uptime() {
	r, _ := kpi.AvailabilityFromMTBF(719*time.Hour, time.Hour)
	p, _ := r.Percent(3)
	n, _ := kpi.CountNines(r)
	fmt.Println(p, n)
	// Output: 99.861 2
}

// Four nines over a 365-day year.
func ExampleAllowedDowntime_nines() {
	t := decimal.RequireFromString("99.99")
	d, _ := kpi.AllowedDowntime(t, 365*24*time.Hour)
	fmt.Println(t, d)
	// Output: 99.99 52m33.6s
}
