package kpi

import (
	"math"
	"testing"
	"time"

	"pgregory.net/rapid"
)

// TestSubEqualsTimeSub: the fast sub gives time.Time.Sub's result for any
// pair of instants, near or far apart, with or without a monotonic reading
// (Sub saturates beyond ±292 years and uses the monotonic clock when both
// carry one).
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
	rapid.Check(t, func(t *rapid.T) {
		a, b := gen(t, "a"), gen(t, "b")
		if got, want := sub(b, a), b.Sub(a); got != want {
			t.Fatalf("sub(%v, %v) = %v, Sub = %v", b, a, got, want)
		}
	})
	for _, p := range [][2]time.Time{
		{time.Unix(math.MaxInt64, 999_999_999), time.Unix(math.MinInt64, 0)},
		{time.Unix(math.MinInt64, 0), time.Unix(math.MaxInt64, 999_999_999)},
		{time.Time{}, time.Unix(0, 0)},
		{mono, mono.Add(-time.Hour).Round(0)},
	} {
		if got, want := sub(p[0], p[1]), p[0].Sub(p[1]); got != want {
			t.Errorf("sub(%v, %v) = %v, Sub = %v", p[0], p[1], got, want)
		}
	}
}
