package calendar

import (
	"testing"
	"time"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Hand-computed expectations, written from DESIGN.md rather than from the
// engine: real elapsed open time across both DST transitions, for business,
// overnight and 24×7 calendars in four zones.
func TestDSTNightsAndDays(t *testing.T) {
	type tr struct {
		zone      string
		eve       [3]int // the civil date whose night crosses the change
		realNight time.Duration
		realDay24 time.Duration // the 24×7 length of the following date
	}
	cases := []tr{
		{"Europe/Berlin", [3]int{2026, 3, 28}, 7 * time.Hour, 23 * time.Hour},
		{"Europe/Berlin", [3]int{2026, 10, 24}, 9 * time.Hour, 25 * time.Hour},
		{"America/New_York", [3]int{2026, 3, 7}, 7 * time.Hour, 23 * time.Hour},
		{"America/New_York", [3]int{2026, 10, 31}, 9 * time.Hour, 25 * time.Hour},
		{"Australia/Sydney", [3]int{2026, 10, 3}, 7 * time.Hour, 23 * time.Hour},
		{"Australia/Sydney", [3]int{2026, 4, 4}, 9 * time.Hour, 25 * time.Hour},
		{"Australia/Lord_Howe", [3]int{2026, 10, 3}, 7*time.Hour + 30*time.Minute, 23*time.Hour + 30*time.Minute},
		{"Australia/Lord_Howe", [3]int{2026, 4, 4}, 8*time.Hour + 30*time.Minute, 24*time.Hour + 30*time.Minute},
	}
	for _, tc := range cases {
		loc := mustLoad(tc.zone)
		y, m, d := tc.eve[0], time.Month(tc.eve[1]), tc.eve[2]
		start := time.Date(y, m, d, 22, 0, 0, 0, loc)
		end := time.Date(y, m, d+1, 6, 0, 0, 0, loc) // 06:00 exists and is unique on both days
		require.Equal(t, tc.realNight, end.Sub(start), "test premise %s", tc.zone)

		night := mustNew(t, Spec{Zone: tc.zone, Week: mustWeek(t, "Mon-Sun 22:00-06:00")})
		assert.Equal(t, tc.realNight, night.Between(start.Add(-time.Hour), end.Add(time.Hour)), tc.zone)
		sp := spansOf(night, start.Add(-time.Hour), end.Add(time.Hour))
		require.Len(t, sp, 1, tc.zone)
		assert.True(t, sp[0].Start.Equal(start) && sp[0].End.Equal(end), "%s: %v", tc.zone, sp[0])
		// a deadline using up the whole night is its close, one more nanosecond
		// is the next night
		r, err := night.Add(start, tc.realNight)
		require.NoError(t, err)
		assert.True(t, r.Equal(end), "%s: Add = %v", tc.zone, r)
		r, err = night.Add(start, tc.realNight+time.Nanosecond)
		require.NoError(t, err)
		assert.True(t, r.Equal(time.Date(y, m, d+1, 22, 0, 0, 1, loc)), "%s: Add+1ns = %v", tc.zone, r)
		r, err = night.Add(end, -tc.realNight)
		require.NoError(t, err)
		assert.True(t, r.Equal(start), "%s: Add back = %v", tc.zone, r)
		nc, _ := night.NextClose(start.Add(time.Minute))
		assert.True(t, nc.Equal(end), "%s: NextClose %v", tc.zone, nc)
		// AddDays keeps the civil time of day across the change (the 06:00
		// end of this night, 05:00 inside it)
		in := time.Date(y, m, d+1, 5, 0, 0, 0, loc)
		ad, err := night.AddDays(in, 1)
		require.NoError(t, err)
		assert.True(t, ad.Equal(time.Date(y, m, d+2, 5, 0, 0, 0, loc)), "%s: AddDays %v", tc.zone, ad)
		ad, err = night.AddDays(in, -1)
		require.NoError(t, err)
		assert.True(t, ad.Equal(time.Date(y, m, d, 5, 0, 0, 0, loc)), "%s: AddDays back %v", tc.zone, ad)
		eod, err := night.EndOfDay(in, 0)
		require.NoError(t, err)
		assert.True(t, eod.Equal(end), "%s: EndOfDay %v", tc.zone, eod)

		always := mustNew(t, Spec{Zone: tc.zone, Week: mustWeek(t, "Mon-Sun 00:00-24:00")})
		m0 := time.Date(y, m, d+1, 0, 0, 0, 0, loc)
		m1 := time.Date(y, m, d+2, 0, 0, 0, 0, loc)
		assert.Equal(t, tc.realDay24, always.Between(m0, m1), tc.zone)
		eod, err = always.EndOfDay(m0.Add(12*time.Hour), 0)
		require.NoError(t, err)
		assert.True(t, eod.Equal(m1), "%s: 24x7 EndOfDay %v", tc.zone, eod)
		// "one day" of business time is 24 h of open time, not a date step
		r, err = always.Add(m0, 24*time.Hour)
		require.NoError(t, err)
		assert.True(t, r.Equal(m0.Add(24*time.Hour)), tc.zone)
		ad, err = always.AddDays(m0.Add(-12*time.Hour), 1)
		require.NoError(t, err)
		assert.True(t, ad.Equal(time.Date(y, m, d+1, 12, 0, 0, 0, loc)), "%s: 24x7 AddDays %v", tc.zone, ad)
		ad, err = always.AddDays(time.Date(y, m, d+1, 12, 0, 0, 0, loc), -1)
		require.NoError(t, err)
		assert.True(t, ad.Equal(time.Date(y, m, d, 12, 0, 0, 0, loc)), "%s: 24x7 AddDays back %v", tc.zone, ad)
		// business hours keep 08:00-17:00 = 9h on the change day
		biz := mustNew(t, Spec{Zone: tc.zone, Week: mustWeek(t, "Mon-Sun 08:00-17:00")})
		assert.Equal(t, 9*time.Hour, biz.Between(m0, m1), tc.zone)
		ad, err = biz.AddDays(time.Date(y, m, d, 9, 30, 0, 0, loc), 1)
		require.NoError(t, err)
		assert.True(t, ad.Equal(time.Date(y, m, d+1, 9, 30, 0, 0, loc)), "%s: biz AddDays %v", tc.zone, ad)
		r, err = biz.Add(time.Date(y, m, d, 16, 0, 0, 0, loc), 2*time.Hour)
		require.NoError(t, err)
		assert.True(t, r.Equal(time.Date(y, m, d+1, 9, 0, 0, 0, loc)), "%s: biz Add %v", tc.zone, r)
	}
}

// Add in real time lands inside the repeated hour: the second occurrence
// is reachable as a result even though no civil span starts there.
func TestDSTAmbiguousResults(t *testing.T) {
	be := mustLoad("Europe/Berlin")
	always := mustNew(t, Spec{Zone: "Europe/Berlin", Week: mustWeek(t, "Mon-Sun 00:00-24:00")})
	m0 := at(be, 2026, 10, 25, 0, 0) // 22:00 UTC on the 24th
	r, err := always.Add(m0, 2*time.Hour+30*time.Minute)
	require.NoError(t, err)
	assert.True(t, r.Equal(time.Date(2026, 10, 25, 0, 30, 0, 0, time.UTC)), r) // 02:30 CEST
	r, err = always.Add(m0, 3*time.Hour+30*time.Minute)
	require.NoError(t, err)
	assert.True(t, r.Equal(time.Date(2026, 10, 25, 1, 30, 0, 0, time.UTC)), r) // 02:30 CET
	// 01:00-04:00 on the fall-back day: 01:00 CEST to 04:00 CET is 4h
	c := mustNew(t, Spec{Zone: "Europe/Berlin", Week: mustWeek(t, "Sun 01:00-04:00")})
	assert.Equal(t, 4*time.Hour, c.Between(m0, m0.Add(48*time.Hour)))
	// a span ending inside the repeated hour ends at its first occurrence
	c = mustNew(t, Spec{Zone: "Europe/Berlin", Week: mustWeek(t, "Sun 01:00-02:30")})
	assert.Equal(t, 90*time.Minute, c.Between(m0, m0.Add(48*time.Hour)))
	assert.False(t, c.IsOpen(time.Date(2026, 10, 25, 1, 15, 0, 0, time.UTC))) // 02:15 CET
	// a span starting inside it starts at the first occurrence
	c = mustNew(t, Spec{Zone: "Europe/Berlin", Week: mustWeek(t, "Sun 02:30-03:30")})
	assert.Equal(t, 2*time.Hour, c.Between(m0, m0.Add(48*time.Hour)))
	// the second 02:15 is inside the Sunday 24×7 day: AddDays from it keeps
	// the civil time 02:15 (next day unambiguous)
	ad, err := always.AddDays(time.Date(2026, 10, 25, 1, 15, 0, 0, time.UTC), 1)
	require.NoError(t, err)
	assert.True(t, ad.Equal(at(be, 2026, 10, 26, 2, 15)), ad)
	eod, err := always.EndOfDay(time.Date(2026, 10, 25, 1, 15, 0, 0, time.UTC), 0)
	require.NoError(t, err)
	assert.True(t, eod.Equal(at(be, 2026, 10, 26, 0, 0)), eod)
}

// Overnight spans on 31 December cross the UTC year (and table bucket)
// boundary.
func TestOvernightYearBoundary(t *testing.T) {
	for _, z := range []string{"Europe/Berlin", "America/New_York", "Pacific/Auckland", "UTC"} {
		loc := mustLoad(z)
		night := mustNew(t, Spec{Zone: z, Week: mustWeek(t, "Mon-Sun 22:00-06:00"), HolidayDates: []date.Date{date.New(2027, 1, 1)}})
		from, to := time.Date(2026, 12, 30, 12, 0, 0, 0, loc), time.Date(2027, 1, 2, 12, 0, 0, 0, loc)
		assert.Equal(t, 16*time.Hour, night.Between(from, to), z)
		assert.Equal(t, -16*time.Hour, night.Between(to, from), z)
		sp := spansOf(night, from, to)
		require.Len(t, sp, 2, z)
		assert.True(t, sp[1].Start.Equal(time.Date(2026, 12, 31, 22, 0, 0, 0, loc)) && sp[1].End.Equal(time.Date(2027, 1, 1, 6, 0, 0, 0, loc)), "%s %v", z, sp[1])
		for _, mid := range []time.Time{time.Date(2026, 12, 31, 23, 30, 0, 0, loc), time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2027, 1, 1, 5, 0, 0, 0, loc)} {
			if !night.IsOpen(mid) {
				continue // 00:00 UTC may lie outside the night in this zone
			}
			nc, _ := night.NextClose(mid)
			assert.True(t, nc.Equal(time.Date(2027, 1, 1, 6, 0, 0, 0, loc)), "%s NextClose(%v) = %v", z, mid, nc)
			eod, err := night.EndOfDay(mid, 0)
			require.NoError(t, err)
			assert.True(t, eod.Equal(nc), "%s EndOfDay(%v) = %v", z, mid, eod)
			ad, err := night.AddDays(mid, 1)
			require.NoError(t, err)
			// 1 Jan is a holiday: the next working day is 2 Jan
			lt := mid.In(loc)
			want := time.Date(2027, 1, 2, lt.Hour(), lt.Minute(), 0, 0, loc)
			if lt.Day() == 1 {
				want = time.Date(2027, 1, 3, lt.Hour(), lt.Minute(), 0, 0, loc)
			}
			assert.True(t, ad.Equal(want), "%s AddDays(%v) = %v want %v", z, mid, ad, want)
		}
		s31 := time.Date(2026, 12, 31, 22, 0, 0, 0, loc)
		r, err := night.Add(s31, 8*time.Hour)
		require.NoError(t, err)
		assert.True(t, r.Equal(time.Date(2027, 1, 1, 6, 0, 0, 0, loc)), "%s %v", z, r)
		r, err = night.Add(s31, 8*time.Hour+time.Nanosecond)
		require.NoError(t, err)
		assert.True(t, r.Equal(time.Date(2027, 1, 2, 22, 0, 0, 1, loc)), "%s %v", z, r)
		r, err = night.Add(time.Date(2027, 1, 2, 22, 0, 0, 1, loc), -time.Nanosecond-30*time.Minute)
		require.NoError(t, err)
		assert.True(t, r.Equal(time.Date(2027, 1, 1, 5, 30, 0, 0, loc)), "%s %v", z, r)
	}
}

// A civil time with a fraction of a second inside the spring-forward gap
// still maps to the first instant after the gap.
func TestAddDaysGapFraction(t *testing.T) {
	be := mustLoad("Europe/Berlin")
	always := mustNew(t, Spec{Zone: "Europe/Berlin", Week: mustWeek(t, "Mon-Sun 00:00-24:00")})
	from := time.Date(2026, 3, 28, 2, 30, 0, 500_000_000, be)
	r, err := always.AddDays(from, 1)
	require.NoError(t, err)
	assert.True(t, r.Equal(at(be, 2026, 3, 29, 3, 0)), r)
	r, err = always.AddDays(time.Date(2026, 3, 28, 1, 59, 59, 500_000_000, be), 1)
	require.NoError(t, err)
	assert.True(t, r.Equal(time.Date(2026, 3, 29, 1, 59, 59, 500_000_000, be)), r)
	r, err = always.AddDays(time.Date(2026, 3, 28, 3, 0, 0, 500_000_000, be), 1)
	require.NoError(t, err)
	assert.True(t, r.Equal(time.Date(2026, 3, 29, 3, 0, 0, 500_000_000, be)), r)
}
