//go:build !race

package sla

import (
	"testing"
	"time"
)

// The budget: at most 2 allocations per Evaluate of a ~10-event
// ticket on a business calendar with holidays (it is 0 once the calendar's
// year tables are built).
func TestEvaluateAllocations(t *testing.T) {
	tg, err := NewTarget(TargetSpec{Name: "P3 resolution", Metric: Resolution, Goal: Business(16 * time.Hour),
		Conditions: &Conditions{Pause: pauseStates}}, office())
	if err != nil {
		t.Fatal(err)
	}
	c := time.Date(2026, time.December, 22, 10, 0, 0, 0, berlin)
	tl := benchTimeline(c)
	now := c.Add(10 * 24 * time.Hour)
	if _, err := Evaluate(tg, tl, now); err != nil {
		t.Fatal(err)
	}
	if n := testing.AllocsPerRun(100, func() { _, _ = Evaluate(tg, tl, now) }); n > 2 {
		t.Fatalf("Evaluate allocates %v times per call, budget 2", n)
	}
}
