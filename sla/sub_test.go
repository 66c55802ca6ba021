package sla

import (
	"math"
	"testing"
	"time"

	"pgregory.net/rapid"
)

// TestSubEqualsTimeSub: the fast sub that advance measures wall time with
// gives time.Time.Sub's result for any pair of instants, near or far apart,
// with or without a monotonic reading (Sub saturates beyond ±292 years and
// uses the monotonic clock when both carry one), and its sign is After's,
// which advance no longer calls.
func TestSubEqualsTimeSub(t *testing.T) {
	mono := time.Now()
	gen := func(t *rapid.T, label string) time.Time {
		switch rapid.IntRange(0, 3).Draw(t, label+"kind") {
		case 0:
			return time.Unix(rapid.Int64().Draw(t, label+"sec"), rapid.Int64Range(0, 999_999_999).Draw(t, label+"ns"))
		case 1:
			return time.Unix(rapid.Int64Range(-1e11, 1e11).Draw(t, label+"sec"), rapid.Int64Range(0, 999_999_999).Draw(t, label+"ns"))
		case 2:
			return mono.Add(time.Duration(rapid.Int64Range(-1e18, 1e18).Draw(t, label+"d")))
		}
		return time.Date(rapid.IntRange(1, 9999).Draw(t, label+"y"), 1, 1, 0, 0, 0, 0, time.UTC).
			Add(time.Duration(rapid.Int64Range(0, math.MaxInt64).Draw(t, label+"off")))
	}
	check := func(t interface{ Fatalf(string, ...any) }, a, b time.Time) {
		if got, want := sub(b, a), b.Sub(a); got != want {
			t.Fatalf("sub(%v, %v) = %v, Sub = %v", b, a, got, want)
		}
		if got, want := sub(b, a) > 0, b.After(a); got != want {
			t.Fatalf("sub(%v, %v) > 0 is %v, After %v", b, a, got, want)
		}
	}
	rapid.Check(t, func(t *rapid.T) {
		a, b := gen(t, "a"), gen(t, "b")
		check(t, a, b)
		check(t, a, a)
	})
	for _, p := range [][2]time.Time{
		{time.Unix(math.MaxInt64, 999_999_999), time.Unix(math.MinInt64, 0)},
		{time.Unix(math.MinInt64, 0), time.Unix(math.MaxInt64, 999_999_999)},
		{time.Time{}, time.Unix(0, 0)},
		{mono, mono.Add(-time.Hour).Round(0)},
		{mono, mono},
	} {
		check(t, p[1], p[0])
	}
}

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
