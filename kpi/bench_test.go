package kpi

import (
	"testing"
	"time"
)

// Each benchmark iteration accumulates ONE record, so ns/op is ns/record;
// run with -benchtime=10000000x for the 10 M-record figure.

var benchDurations = func() []time.Duration {
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

func BenchmarkDurationStatsAdd(b *testing.B) {
	b.ReportAllocs()
	var s DurationStats
	i := 0
	for b.Loop() {
		_ = s.Add(benchDurations[i&4095])
		i++
	}
	perRecord(b)
	if s.Count() == 0 {
		b.Fatal("nothing added")
	}
}

func BenchmarkTimeToObserveWall(b *testing.B) {
	b.ReportAllocs()
	t := TimeTo{Measure: MTTResolve, Clock: Wall}
	asOf := t0.Add(100 * time.Hour)
	ends := make([]time.Time, len(benchDurations)) // records built outside the timed loop
	for k, d := range benchDurations {
		if k&7 != 0 { // every 8th ticket still open
			ends[k] = t0.Add(d)
		}
	}
	i := 0
	for b.Loop() {
		_ = t.Observe(nil, t0, ends[i&4095], asOf)
		i++
	}
	perRecord(b)
}

func BenchmarkDeskRatesAdd(b *testing.B) {
	b.ReportAllocs()
	var r DeskRates
	i := 0
	for b.Loop() {
		_ = r.Add(TicketOutcome{Resolved: i&1 == 0, AtFirstContact: i&3 == 0, FixAttempts: i & 1, Escalated: i&5 == 0, Reassignments: i & 3})
		i++
	}
	perRecord(b)
}

func BenchmarkNPSAdd(b *testing.B) {
	b.ReportAllocs()
	var n NPS
	i := 0
	for b.Loop() {
		_ = n.Add(i % 11)
		i++
	}
	perRecord(b)
}

func BenchmarkCSATAdd(b *testing.B) {
	b.ReportAllocs()
	var c CSAT
	i := 0
	for b.Loop() {
		_ = c.Add(1 + i%5)
		i++
	}
	perRecord(b)
}

func BenchmarkBacklogAdd(b *testing.B) {
	b.ReportAllocs()
	now := t0.Add(1000 * time.Hour)
	bl, err := NewBacklog(now, []time.Duration{time.Hour, 24 * time.Hour, 72 * time.Hour, 168 * time.Hour}, nil, Wall)
	if err != nil {
		b.Fatal(err)
	}
	tickets := make([]Ticket, len(benchDurations)) // records built outside the timed loop
	for k, d := range benchDurations {
		tickets[k] = Ticket{Opened: now.Add(-d)}
	}
	i := 0
	for b.Loop() {
		_ = bl.Add(tickets[i&4095])
		i++
	}
	perRecord(b)
}

func BenchmarkSampleAdd(b *testing.B) {
	b.ReportAllocs()
	s := &Sample{Measure: MTTResolve, Clock: Wall}
	i := 0
	for b.Loop() {
		_ = s.Add(benchDurations[i&4095])
		i++
	}
	perRecord(b)
}

// perRecord reports the time per accumulated record (one record per
// iteration, so it equals ns/op; named for the figure).
func perRecord(b *testing.B) {
	if b.N > 0 {
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N), "ns/record")
	}
}

func BenchmarkSketchAdd(b *testing.B) {
	b.ReportAllocs()
	var s Sketch
	_ = s.Add(0) // allocate the counters before timing
	i := 0
	for b.Loop() {
		_ = s.Add(benchDurations[i&4095])
		i++
	}
	perRecord(b)
}
