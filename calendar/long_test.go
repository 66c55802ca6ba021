package calendar

import (
	"testing"
	"time"

	"pgregory.net/rapid"
)

// Long deadlines grow the cumulative table year by year in both directions;
// the result must not depend on which years were built before (a fresh
// calendar, one warmed at the start, one warmed up to 50 years away).
func TestLongAddAnyTableState(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		w := genWindow(t)
		spec := genSpec(t, w)
		spec.Overrides, spec.HolidayDates, spec.Sources = nil, nil, nil // keep New cheap; weekly hours and regions
		a := drawInstant(t, w, "a")
		years := rapid.IntRange(0, 40).Draw(t, "years")
		d := time.Duration(rapid.Int64Range(1, int64(time.Duration(years+1)*2200*time.Hour)).Draw(t, "d"))
		if rapid.Bool().Draw(t, "back") {
			d = -d
		}
		var results []time.Time
		var errs []error
		ka, _, _ := pos(a)
		near := min(max(ka+rapid.IntRange(-50, 50).Draw(t, "warmYear"), 0), numYears-1)
		for _, warm := range []int{-1, ka, near} {
			c, err := newPrivate(spec) // a fresh table state each time
			if err != nil {
				t.Fatal(err)
			}
			if warm >= 0 {
				c.e.table(warm, warm)
			}
			r, err := c.Add(a, d)
			results, errs = append(results, r), append(errs, err)
			if err != nil {
				continue
			}
			if got := c.Between(a, r); got != d {
				t.Fatalf("warm %d: Between(a, Add(a, %v) = %v) = %v", warm, d, r, got)
			}
			if d > 0 && c.Between(a, r.Add(-1)) >= d || d < 0 && c.Between(a, r.Add(1)) <= d {
				t.Fatalf("warm %d: Add(a, %v) = %v is not extremal", warm, d, r)
			}
		}
		for i := range results {
			if (errs[i] == nil) != (errs[0] == nil) || !results[i].Equal(results[0]) {
				t.Fatalf("Add(%v, %v) depends on the table state: %v %v", a, d, results, errs)
			}
		}
	})
}
