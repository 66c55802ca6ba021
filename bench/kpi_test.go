package bench

import (
	"testing"
	"time"

	"github.com/itsmkit/itsm/calendar"
	"github.com/itsmkit/itsm/kpi"
)

// Each iteration of these benchmarks accumulates ONE record, so ns/op is
// ns per record (the target of the issue: at most 20 ns). Records are built
// outside the timed loop.

var kpiDurations = func() []time.Duration {
	v := make([]time.Duration, 4096)
	x := uint64(88172645463325252)
	for k := range v {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		v[k] = time.Duration(x % uint64(72*time.Hour))
	}
	return v
}()

// noTime is a Schedule that counts no time at all: with it, TimeTo.Observe
// does everything but a calendar's work.
type noTime struct{}

func (noTime) Between(a, b time.Time) time.Duration { return 0 }

var sinkDuration time.Duration

func BenchmarkKPI(b *testing.B) {
	t0 := time.Date(2026, 3, 2, 8, 0, 0, 0, berlin)
	b.Run("DurationStats.Add", func(b *testing.B) {
		var s kpi.DurationStats
		i := 0
		for b.Loop() {
			_ = s.Add(kpiDurations[i&4095])
			i++
		}
	})
	b.Run("Attainment.Add", func(b *testing.B) {
		var a kpi.Attainment
		i := 0
		for b.Loop() {
			a.Add(i&3 != 0)
			i++
		}
	})
	b.Run("DeskRates.Add", func(b *testing.B) {
		var r kpi.DeskRates
		i := 0
		for b.Loop() {
			_ = r.Add(kpi.TicketOutcome{Resolved: i&1 == 0, AtFirstContact: i&3 == 0, FixAttempts: i & 1, Escalated: i&5 == 0, Reassignments: i & 3})
			i++
		}
	})
	b.Run("NPS.Add", func(b *testing.B) {
		var n kpi.NPS
		i := 0
		for b.Loop() {
			_ = n.Add(i % 11)
			i++
		}
	})
	b.Run("CSAT.Add", func(b *testing.B) {
		var c kpi.CSAT
		i := 0
		for b.Loop() {
			_ = c.Add(1 + i%5)
			i++
		}
	})
	b.Run("Sketch.Add", func(b *testing.B) {
		s, err := kpi.NewSketch(7)
		if err != nil {
			b.Fatal(err)
		}
		i := 0
		for b.Loop() {
			_ = s.Add(kpiDurations[i&4095])
			i++
		}
	})
	// TimeTo.Observe on the same tickets (every 8th still open at asOf) in
	// four clocks, to tell the accumulator's cost from the schedule's:
	//   - wall: nil schedule, the accumulator alone (two subtractions, the
	//     censoring decision, one DurationStats.Add);
	//   - stub: a Schedule that counts nothing, the accumulator plus the
	//     interface call and the contract check, everything but the
	//     schedule's own work;
	//   - alwaysopen: calendar.AlwaysOpen(), a calendar with one span a year;
	//   - business: the NRW office calendar.
	// CalendarBetween/business is the business calendar's Between alone on
	// the same spans: business ≈ stub + CalendarBetween/business.
	asOf := t0.Add(100 * time.Hour)
	ends := make([]time.Time, len(kpiDurations))
	stops := make([]time.Time, len(kpiDurations)) // the end Observe measures to
	for k, d := range kpiDurations {
		stops[k] = asOf
		if k&7 != 0 { // every 8th ticket still open
			ends[k], stops[k] = t0.Add(d), t0.Add(d)
		}
	}
	for _, clk := range []struct {
		name  string
		sched func(testing.TB) kpi.Schedule
	}{
		{"wall", func(testing.TB) kpi.Schedule { return nil }},
		{"stub", func(testing.TB) kpi.Schedule { return noTime{} }},
		{"alwaysopen", func(testing.TB) kpi.Schedule { return calendar.AlwaysOpen() }},
		{"business", func(tb testing.TB) kpi.Schedule { return ours(tb) }},
	} {
		b.Run("TimeTo.Observe/"+clk.name, func(b *testing.B) {
			s := clk.sched(b)
			t := kpi.TimeTo{Measure: kpi.MTTResolve, Clock: kpi.Business}
			if s == nil {
				t.Clock = kpi.Wall
			}
			_ = t.Observe(s, t0, asOf, asOf) // warm a calendar's tables
			i := 0
			for b.Loop() {
				_ = t.Observe(s, t0, ends[i&4095], asOf)
				i++
			}
		})
	}
	b.Run("CalendarBetween/business", func(b *testing.B) {
		cal := ours(b)
		cal.Between(t0, asOf)
		i := 0
		for b.Loop() {
			sinkDuration = cal.Between(t0, stops[i&4095])
			i++
		}
	})
	b.Run("Backlog.Add", func(b *testing.B) {
		now := t0.Add(1000 * time.Hour)
		bl, err := kpi.NewBacklog(now, []time.Duration{time.Hour, 24 * time.Hour, 72 * time.Hour, 168 * time.Hour}, nil, kpi.Wall)
		if err != nil {
			b.Fatal(err)
		}
		tickets := make([]kpi.Ticket, len(kpiDurations))
		for k, d := range kpiDurations {
			tickets[k] = kpi.Ticket{Opened: now.Add(-d)}
		}
		i := 0
		for b.Loop() {
			_ = bl.Add(tickets[i&4095])
			i++
		}
	})
}
