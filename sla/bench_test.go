package sla

import (
	"iter"
	"math/rand/v2"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/itsmkit/itsm"
)

// benchTimeline is a typical ticket: ~10 events over a week (creation,
// assignment, response, a pause waiting for the user, a vendor hand-off,
// resolution).
func benchTimeline(c time.Time) []Event {
	return []Event{
		{At: c, Kind: Created, State: "New", Priority: "P3", Assignee: "desk"},
		{At: c.Add(20 * time.Minute), Kind: Assigned, Assignee: "network"},
		{At: c.Add(45 * time.Minute), Kind: Responded, State: "In Progress"},
		{At: c.Add(3 * time.Hour), Kind: StateChanged, State: "Awaiting User Info"},
		{At: c.Add(26 * time.Hour), Kind: CustomerReplied, State: "In Progress"},
		{At: c.Add(28 * time.Hour), Kind: Updated},
		{At: c.Add(30 * time.Hour), Kind: Assigned, Assignee: "vendor"},
		{At: c.Add(31 * time.Hour), Kind: StateChanged, State: "Awaiting Vendor"},
		{At: c.Add(50 * time.Hour), Kind: StateChanged, State: "In Progress"},
		{At: c.Add(52 * time.Hour), Kind: Resolved, State: "Resolved"},
	}
}

func BenchmarkEvaluate(b *testing.B) {
	tg, err := NewTarget(TargetSpec{Name: "P3 resolution", Metric: Resolution, Goal: Business(16 * time.Hour),
		Conditions: &Conditions{Pause: pauseStates}}, benchSchedule())
	if err != nil {
		b.Fatal(err)
	}
	c := time.Date(2026, time.December, 22, 10, 0, 0, 0, berlin) // over Christmas
	tl := benchTimeline(c)
	now := c.Add(10 * 24 * time.Hour)
	if _, err := Evaluate(tg, tl, now); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Evaluate(tg, tl, now); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkPolicyEvaluate(b *testing.B) {
	p := benchPolicy(b)
	c := time.Date(2026, time.December, 22, 10, 0, 0, 0, berlin)
	tk := Ticket{Events: benchTimeline(c)}
	now := c.Add(10 * 24 * time.Hour)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := p.Evaluate(tk, now); err != nil {
			b.Fatal(err)
		}
	}
}

const benchTickets = 10_000

// benchSet is a generated set of tickets over a year, built once.
var benchSet = sync.OnceValue(func() [][]Event {
	r := rand.New(rand.NewPCG(1, 2))
	base := time.Date(2026, time.January, 1, 0, 0, 0, 0, berlin)
	out := make([][]Event, benchTickets)
	for i := range out {
		c := base.Add(time.Duration(r.IntN(365*24*60)) * time.Minute)
		tl := benchTimeline(c)
		// Vary the spacing so tickets differ.
		k := time.Duration(r.IntN(120)) * time.Minute
		for j := 1; j < len(tl); j++ {
			tl[j].At = tl[j].At.Add(time.Duration(j) * k)
		}
		out[i] = tl
	}
	return out
})

// BenchmarkEvaluateSet evaluates one ticket of a generated set per
// iteration (so one iteration stays cheap); ns/op is the per-ticket cost,
// ×1e6 the cost of a million tickets on one core.
func BenchmarkEvaluateSet(b *testing.B) {
	tg, err := NewTarget(TargetSpec{Name: "P3 resolution", Metric: Resolution, Goal: Business(16 * time.Hour),
		Conditions: &Conditions{Pause: pauseStates}}, benchSchedule())
	if err != nil {
		b.Fatal(err)
	}
	set := benchSet()
	now := time.Date(2027, time.February, 1, 0, 0, 0, 0, berlin)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if _, err := Evaluate(tg, set[i], now); err != nil {
			b.Fatal(err)
		}
		i++
		if i == len(set) {
			i = 0
		}
	}
}

func benchPolicy(b *testing.B) *Policy {
	spec := demoSpec(Retroactive)
	p, err := NewPolicy(spec, map[string]Schedule{"office": benchSchedule()})
	if err != nil {
		b.Fatal(err)
	}
	return p
}

// BenchmarkEvaluateHandOvers is BenchmarkEvaluate with the clock following
// the team: the ticket's three hand-overs (desk in Berlin, network in
// Bangalore, vendor in New York) split the stretches, each counted on its
// group's calendar. Issue 15 asks for no more than twice
// BenchmarkEvaluate's time per ticket.
func BenchmarkEvaluateHandOvers(b *testing.B) {
	cals := teamCalendars()
	p, err := NewPolicy(PolicySpec{
		GroupSchedules: map[string]string{"desk": "office", "network": "bangalore", "vendor": "newyork"},
		Rules: []Rule{{Targets: []TargetSpec{{Name: "P3 resolution", Metric: Resolution, Goal: Business(16 * time.Hour),
			Schedule: "office", FollowGroup: true, Conditions: &Conditions{Pause: pauseStates}}}}},
	}, map[string]Schedule{"office": benchSchedule(), "bangalore": cals["bangalore"], "newyork": cals["newyork"]})
	if err != nil {
		b.Fatal(err)
	}
	tg := p.Targets("", nil)[0]
	c := time.Date(2026, time.December, 22, 10, 0, 0, 0, berlin)
	tl := benchTimeline(c)
	for i := range tl {
		tl[i].Group = tl[i].Assignee
	}
	now := c.Add(10 * 24 * time.Hour)
	if _, err := Evaluate(tg, tl, now); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Evaluate(tg, tl, now); err != nil {
			b.Fatal(err)
		}
	}
}

// compareTickets generates n tickets over 2026 lazily, one at a time into
// the same memory (Compare keeps none): P1 (a fifth) and P3 tickets with a
// response, a wait for the user and a resolution, spaced at random.
func compareTickets(n int) iter.Seq[Ticket] {
	return func(yield func(Ticket) bool) {
		r := rand.New(rand.NewPCG(3, 4))
		base := time.Date(2026, time.January, 1, 0, 0, 0, 0, berlin)
		ev := make([]Event, 6)
		id := make([]byte, 0, 16)
		for i := range n {
			c := base.Add(time.Duration(r.IntN(360*24*60)) * time.Minute)
			prio := "P3"
			if r.IntN(5) == 0 {
				prio = "P1"
			}
			m := func() time.Duration { return time.Duration(1+r.IntN(600)) * time.Minute }
			t := c
			ev[0] = Event{At: t, Kind: Created, State: "New", Priority: prio}
			t = t.Add(m())
			ev[1] = Event{At: t, Kind: Responded, State: "In Progress"}
			t = t.Add(m())
			ev[2] = Event{At: t, Kind: StateChanged, State: "Awaiting User Info"}
			t = t.Add(m())
			ev[3] = Event{At: t, Kind: CustomerReplied, State: "In Progress"}
			t = t.Add(m())
			ev[4] = Event{At: t, Kind: Updated}
			t = t.Add(m())
			ev[5] = Event{At: t, Kind: Resolved, State: "Resolved"}
			id = strconv.AppendInt(id[:0], int64(i), 10)
			if !yield(Ticket{ID: string(id), Events: ev}) {
				return
			}
		}
	}
}

// BenchmarkCompare1M replays a million generated tickets under the
// standard policy and under a change of it (P3 resolution 16 h → 12 h,
// P1 response 15 m → 10 m) per iteration, on one core: run with
// -benchtime=1x -cpu 1. s/policy is the time per policy (issue 15 asks
// for at most 2 s); the memory stays that of one ticket.
func BenchmarkCompare1M(b *testing.B) {
	before := benchPolicy(b)
	spec := demoSpec(Retroactive)
	spec.Rules[0].Targets[0].Goal = Business(10 * time.Minute)
	spec.Rules[1].Targets[1].Goal = Business(12 * time.Hour)
	after, err := NewPolicy(spec, map[string]Schedule{"office": benchSchedule()})
	if err != nil {
		b.Fatal(err)
	}
	const n = 1_000_000
	period := itsm.Interval{Start: time.Date(2026, time.January, 1, 0, 0, 0, 0, berlin), End: time.Date(2027, time.January, 1, 0, 0, 0, 0, berlin)}
	b.ReportAllocs()
	var sum Comparison
	for b.Loop() {
		sum, err = Compare(before, after, compareTickets(n), period, func(Difference) bool { return true })
		if err != nil {
			b.Fatal(err)
		}
	}
	if sum.Tickets != n || sum.Changed == 0 || sum.Rejected != 0 {
		b.Fatalf("unexpected comparison: %v", sum)
	}
	b.ReportMetric(b.Elapsed().Seconds()/float64(b.N)/2, "s/policy")
}
