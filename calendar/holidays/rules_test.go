package holidays

import (
	"testing"
	"time"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"
)

// The date rules against a day-stepping reference.
func TestDateRulesAgainstStepping(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		y := rapid.IntRange(MinYear, 2600).Draw(t, "y")
		m := time.Month(rapid.IntRange(1, 12).Draw(t, "m"))
		wd := time.Weekday(rapid.IntRange(0, 6).Draw(t, "wd"))
		n := rapid.SampledFrom([]int{1, 2, 3, 4, -1, -2}).Draw(t, "n")

		// All days of the month with weekday wd, by stepping.
		var hits []date.Date
		for d := date.New(y, m, 1); d.Month() == m; d++ {
			if d.Weekday() == wd {
				hits = append(hits, d)
			}
		}
		var want date.Date
		if n > 0 {
			want = hits[n-1]
		} else {
			want = hits[len(hits)+n]
		}
		got, ok := nthWeekday(m, wd, n)(y)
		require.True(t, ok)
		require.Equal(t, want, got)

		day := rapid.IntRange(1, 28).Draw(t, "day")
		target := date.New(y, m, day)
		before, _ := onOrBefore("x", "x", "x", m, day, wd).when(y)
		after, _ := onOrAfter("x", "x", "x", m, day, wd).when(y)
		b := target
		for b.Weekday() != wd {
			b--
		}
		a := target
		for a.Weekday() != wd {
			a++
		}
		require.Equal(t, b, before)
		require.Equal(t, a, after)
	})
}

// UK: Christmas and Boxing Day always give exactly two weekday bank
// holidays between 25 and 28 December, and New Year one in 1–3 January.
func TestUKChristmasSubstitution(t *testing.T) {
	s, err := ForRegion("GB-ENG")
	require.NoError(t, err)
	for y := 1995; y <= 2060; y++ {
		n := 0
		for d := date.New(y, 12, 25); d <= date.New(y, 12, 28); d++ {
			if s.IsHoliday(d) && !isWeekend(d) {
				n++
			}
		}
		require.Equal(t, 2, n, "%d", y)
		n = 0
		for d := date.New(y, 1, 1); d <= date.New(y, 1, 3); d++ {
			if s.IsHoliday(d) && !isWeekend(d) {
				n++
			}
		}
		require.Equal(t, 1, n, "%d", y)
	}
}

// US: a fixed-date federal holiday on a Saturday is observed the Friday
// before, on a Sunday the Monday after; otherwise there is no observed day.
func TestUSObservedRule(t *testing.T) {
	s, err := ForRegion("US")
	require.NoError(t, err)
	fixedDays := map[string][2]int{"us.new-years-day": {1, 1}, "us.independence-day": {7, 4}, "us.veterans-day": {11, 11}, "us.christmas-day": {12, 25}, "us.juneteenth": {6, 19}}
	for y := 1995; y <= 2060; y++ {
		for id, md := range fixedDays {
			if id == "us.juneteenth" && y < 2021 {
				continue
			}
			d := date.New(y, time.Month(md[0]), md[1])
			var want date.Date
			switch d.Weekday() {
			case time.Saturday:
				want = d - 1
			case time.Sunday:
				want = d + 1
			}
			var got []date.Date
			for yy := y - 1; yy <= y+1; yy++ {
				for _, h := range s.Holidays(yy) {
					if h.ID == id && h.Observed && (h.Date-d < 3 && d-h.Date < 3) {
						got = append(got, h.Date)
					}
				}
			}
			if want == 0 {
				require.Empty(t, got, "%s %d", id, y)
			} else {
				require.Equal(t, []date.Date{want}, got, "%s %d", id, y)
			}
		}
	}
}
