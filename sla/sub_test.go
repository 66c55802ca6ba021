package sla

import (
	"testing"
	"time"
)

// TestEvaluateMonotonicReadings: a timeline built from time.Now() readings
// (monotonic clock attached, no clock step in between) evaluates exactly
// like the same timeline without them.
func TestEvaluateMonotonicReadings(t *testing.T) {
	tg, err := NewTarget(TargetSpec{Name: "P3 resolution", Metric: Resolution, Goal: Business(16 * time.Hour),
		Conditions: &Conditions{Pause: []string{"Awaiting User Info"}}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	c := time.Now()
	at := func(h float64) time.Time { return c.Add(time.Duration(h * float64(time.Hour))) }
	tl := []Event{
		{At: c, Kind: Created, State: "New", Priority: "P3"},
		{At: at(1), Kind: Responded, State: "In Progress"},
		{At: at(3), Kind: StateChanged, State: "Awaiting User Info"},
		{At: at(3), Kind: StateChanged, State: "Awaiting User Info"}, // a retried delivery
		{At: at(26), Kind: CustomerReplied, State: "In Progress"},
		{At: at(40), Kind: Resolved, State: "Resolved"},
	}
	stripped := make([]Event, len(tl))
	for i, e := range tl {
		e.At = e.At.Round(0)
		stripped[i] = e
	}
	for _, now := range []time.Time{at(2), at(20), at(30), at(50)} {
		got, err := Evaluate(tg, tl, now)
		if err != nil {
			t.Fatal(err)
		}
		want, err := Evaluate(tg, stripped, now.Round(0))
		if err != nil {
			t.Fatal(err)
		}
		if got.Stage != want.Stage || got.Elapsed != want.Elapsed || got.WallElapsed != want.WallElapsed ||
			got.Paused != want.Paused || got.PausedWall != want.PausedWall || !got.Deadline.Equal(want.Deadline) {
			t.Errorf("as of %v: with monotonic readings %+v, without %+v", now, got.Cycle, want.Cycle)
		}
	}
}
