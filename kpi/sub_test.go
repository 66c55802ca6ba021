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

// TestObserveWallMatchesTimeSub: observe on the wall clock tests the
// start's monotonic reading once for both subtractions and still decides
// and measures exactly as time.Time.Sub would, for instants with and
// without monotonic readings in any combination, near or ~292 years apart.
func TestObserveWallMatchesTimeSub(t *testing.T) {
	mono := time.Now()
	gen := func(t *rapid.T, label string) time.Time {
		d := time.Duration(rapid.Int64Range(-1e18, 1e18).Draw(t, label+"d"))
		if rapid.Bool().Draw(t, label+"small") {
			d = time.Duration(rapid.Int64Range(-1e15, 1e15).Draw(t, label+"d"))
		}
		v := mono.Add(d)
		if rapid.Bool().Draw(t, label+"strip") {
			v = v.Round(0)
		}
		return v
	}
	rapid.Check(t, func(t *rapid.T) {
		start, asOf := gen(t, "start"), gen(t, "asOf")
		var end time.Time
		if rapid.Bool().Draw(t, "ended") {
			end = gen(t, "end")
		}
		// the rule of observe written with time.Time.Sub
		a := asOf.Sub(start)
		wantErr := a < 0 || a == math.MaxInt64
		want, wantOpen := a, true
		if !wantErr && !end.IsZero() {
			e := end.Sub(start)
			wantErr = e < 0
			if e <= a {
				want, wantOpen = e, false
			}
		}
		got, open, err := observe(nil, start, end, asOf)
		if (err != nil) != wantErr {
			t.Fatalf("observe(%v, %v, %v): error %v, want error %v", start, end, asOf, err, wantErr)
		}
		if err == nil && (got != want || open != wantOpen) {
			t.Fatalf("observe(%v, %v, %v) = %v, open %v; want %v, open %v", start, end, asOf, got, open, want, wantOpen)
		}
	})
}
