package bench

import (
	"math/rand/v2"
	"testing"
	"time"

	"github.com/itsmkit/itsm/sla"
)

// slaTicket fills tl (10 events) with a generated ticket created at c: an
// assignment, a response, a pause waiting for the user, an update, a
// vendor hand-off and pause, the resolution, with spacing varied by r.
func slaTicket(tl []sla.Event, c time.Time, r *rand.Rand) []sla.Event {
	k := time.Duration(r.IntN(120)) * time.Minute
	at := func(j int, d time.Duration) time.Time { return c.Add(d + time.Duration(j)*k) }
	return append(tl[:0],
		sla.Event{At: c, Kind: sla.Created, State: "New", Priority: "P3", Assignee: "desk"},
		sla.Event{At: at(1, 20*time.Minute), Kind: sla.Assigned, Assignee: "network"},
		sla.Event{At: at(2, 45*time.Minute), Kind: sla.Responded, State: "In Progress"},
		sla.Event{At: at(3, 3*time.Hour), Kind: sla.StateChanged, State: "Awaiting User Info"},
		sla.Event{At: at(4, 26*time.Hour), Kind: sla.CustomerReplied, State: "In Progress"},
		sla.Event{At: at(5, 28*time.Hour), Kind: sla.Updated},
		sla.Event{At: at(6, 30*time.Hour), Kind: sla.Assigned, Assignee: "vendor"},
		sla.Event{At: at(7, 31*time.Hour), Kind: sla.StateChanged, State: "Awaiting Vendor"},
		sla.Event{At: at(8, 50*time.Hour), Kind: sla.StateChanged, State: "In Progress"},
		sla.Event{At: at(9, 52*time.Hour), Kind: sla.Resolved, State: "Resolved"},
	)
}

// BenchmarkSLAMillion evaluates one million generated tickets (10 events
// each, created at random minutes of 2026) against a P3 resolution target of
// 16 business hours with pauses, on the NRW office calendar: one op is the
// million. The target of the issue is 1 s on one core: run with -cpu 1
// -benchtime 3x.
func BenchmarkSLAMillion(b *testing.B) {
	tg, err := sla.NewTarget(sla.TargetSpec{Name: "P3 resolution", Metric: sla.Resolution, Goal: sla.Business(16 * time.Hour),
		Conditions: &sla.Conditions{Pause: []string{"Awaiting User Info", "Awaiting Vendor"}}}, ours(b))
	if err != nil {
		b.Fatal(err)
	}
	base := time.Date(2026, time.January, 1, 0, 0, 0, 0, berlin)
	now := time.Date(2027, time.February, 1, 0, 0, 0, 0, berlin)
	tl := make([]sla.Event, 0, 10)
	b.ReportAllocs()
	for b.Loop() {
		r := rand.New(rand.NewPCG(1, 2))
		for range 1_000_000 {
			tl = slaTicket(tl, base.Add(time.Duration(r.IntN(365*24*60))*time.Minute), r)
			if _, err := sla.Evaluate(tg, tl, now); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(b.Elapsed().Seconds()/float64(b.N), "s/1M-tickets")
}

// BenchmarkSLAGenerate is the generation alone, to subtract from
// BenchmarkSLAMillion.
func BenchmarkSLAGenerate(b *testing.B) {
	base := time.Date(2026, time.January, 1, 0, 0, 0, 0, berlin)
	tl := make([]sla.Event, 0, 10)
	for b.Loop() {
		r := rand.New(rand.NewPCG(1, 2))
		for range 1_000_000 {
			tl = slaTicket(tl, base.Add(time.Duration(r.IntN(365*24*60))*time.Minute), r)
		}
	}
	b.ReportMetric(b.Elapsed().Seconds()/float64(b.N), "s/1M-tickets")
}
