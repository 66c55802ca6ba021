package kpi

import (
	"math"
	"testing"
	"time"

	"pgregory.net/rapid"
)

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
