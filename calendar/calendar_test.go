package calendar

import (
	"errors"
	"runtime"
	"testing"
	"time"

	"github.com/itsmkit/itsm"
	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func mustWeek(t testing.TB, s string) Week {
	t.Helper()
	w, err := ParseWeek(s)
	require.NoError(t, err)
	return w
}

func mustNew(t testing.TB, spec Spec) *Calendar {
	t.Helper()
	c, err := New(spec)
	require.NoError(t, err)
	return c
}

func at(loc *time.Location, y int, m time.Month, d, hh, mm int) time.Time {
	return time.Date(y, m, d, hh, mm, 0, 0, loc)
}

// ServiceNow's documented example: 8h target on Mon–Fri 08–17, opened
// Friday 21:00; at Monday 09:30 the business elapsed time is 1h30m while the
// wall-clock elapsed time is 60h30m.
func TestServiceNowExample(t *testing.T) {
	loc := mustLoad("Europe/Berlin")
	c := mustNew(t, Spec{Zone: "Europe/Berlin", Week: mustWeek(t, "Mon-Fri 08:00-17:00")})
	opened := at(loc, 2026, 11, 20, 21, 0) // Friday
	now := at(loc, 2026, 11, 23, 9, 30)    // Monday
	assert.Equal(t, 90*time.Minute, c.Between(opened, now))
	assert.Equal(t, 60*time.Hour+30*time.Minute, now.Sub(opened))
	due, err := c.Add(opened, 8*time.Hour)
	require.NoError(t, err)
	assert.True(t, due.Equal(at(loc, 2026, 11, 23, 16, 0)), due)
}

func TestAddLastMinuteIsClose(t *testing.T) {
	loc := mustLoad("Europe/Berlin")
	c := mustNew(t, Spec{Zone: "Europe/Berlin", Week: mustWeek(t, "Mon-Fri 08:00-12:00,13:00-17:00")})
	mon8 := at(loc, 2026, 11, 23, 8, 0)
	cases := []struct {
		from time.Time
		d    time.Duration
		want time.Time
	}{
		{mon8, 4 * time.Hour, at(loc, 2026, 11, 23, 12, 0)},                        // lunch starts: the close
		{mon8, 4*time.Hour + time.Nanosecond, at(loc, 2026, 11, 23, 13, 0).Add(1)}, // after lunch
		{mon8, 8 * time.Hour, at(loc, 2026, 11, 23, 17, 0)},                        // Monday's close, not Tuesday 08:00
		{at(loc, 2026, 11, 27, 16, 0), time.Hour, at(loc, 2026, 11, 27, 17, 0)},    // Friday close
		{at(loc, 2026, 11, 27, 16, 0), 2 * time.Hour, at(loc, 2026, 11, 30, 9, 0)}, // over the weekend
		{at(loc, 2026, 11, 28, 10, 0), time.Hour, at(loc, 2026, 11, 30, 9, 0)},     // from Saturday
		// backward: the latest instant, i.e. an opening rather than the previous close
		{at(loc, 2026, 11, 30, 9, 0), -time.Hour, at(loc, 2026, 11, 30, 8, 0)},
		{at(loc, 2026, 11, 30, 9, 0), -2 * time.Hour, at(loc, 2026, 11, 27, 16, 0)},
		{at(loc, 2026, 11, 23, 13, 30), -30 * time.Minute, at(loc, 2026, 11, 23, 13, 0)},
	}
	for _, tc := range cases {
		got, err := c.Add(tc.from, tc.d)
		require.NoError(t, err)
		assert.True(t, got.Equal(tc.want), "Add(%v, %v) = %v, want %v", tc.from, tc.d, got, tc.want)
		assert.Equal(t, tc.d, c.Between(tc.from, got))
	}
}

// dstCase: one transition day; shift is the change of the UTC offset
// (positive: spring forward, the day is shorter).
type dstCase struct {
	zone  string
	day   [3]int // the civil date of the transition
	shift time.Duration
	gap   [2]int // a civil time inside the gap/overlap (hour, minute)
	// the instant that gap time maps to under the policy (UTC hour, minute)
	want [2]int
}

var dstCases = []dstCase{
	{"Europe/Berlin", [3]int{2026, 3, 29}, time.Hour, [2]int{2, 30}, [2]int{1, 0}},                // gap 02:00-03:00 → 03:00 CEST
	{"Europe/Berlin", [3]int{2026, 10, 25}, -time.Hour, [2]int{2, 30}, [2]int{0, 30}},             // 02:30 twice → first (CEST)
	{"America/New_York", [3]int{2026, 3, 8}, time.Hour, [2]int{2, 30}, [2]int{7, 0}},              // → 03:00 EDT
	{"America/New_York", [3]int{2026, 11, 1}, -time.Hour, [2]int{1, 30}, [2]int{5, 30}},           // 01:30 EDT
	{"Australia/Sydney", [3]int{2026, 4, 5}, -time.Hour, [2]int{2, 30}, [2]int{15, 30}},           // 02:30 AEDT (Apr 4 UTC)
	{"Australia/Sydney", [3]int{2026, 10, 4}, time.Hour, [2]int{2, 30}, [2]int{16, 0}},            // → 03:00 AEDT (Oct 3 UTC)
	{"Australia/Lord_Howe", [3]int{2026, 4, 5}, -30 * time.Minute, [2]int{1, 45}, [2]int{14, 45}}, // 01:45 +11
	{"Australia/Lord_Howe", [3]int{2026, 10, 4}, 30 * time.Minute, [2]int{2, 15}, [2]int{15, 30}}, // → 02:30 +11
}

func TestDSTTransitions(t *testing.T) {
	for _, tc := range dstCases {
		t.Run(tc.zone+"/"+date.New(tc.day[0], time.Month(tc.day[1]), tc.day[2]).String(), func(t *testing.T) {
			loc := mustLoad(tc.zone)
			y, m, d := tc.day[0], time.Month(tc.day[1]), tc.day[2]
			midnight := time.Date(y, m, d, 0, 0, 0, 0, loc)
			next := time.Date(y, m, d+1, 0, 0, 0, 0, loc)
			prevEvening := time.Date(y, m, d-1, 12, 0, 0, 0, loc)

			// 24×7: a 23h/25h (23h30/24h30) day
			always := mustNew(t, Spec{Zone: tc.zone, Week: mustWeek(t, "Mon-Sun 00:00-24:00")})
			assert.Equal(t, 24*time.Hour-tc.shift, always.Between(midnight, next))
			// a business block across the transition
			biz := mustNew(t, Spec{Zone: tc.zone, Week: mustWeek(t, "Mon-Sun 00:30-04:00")})
			assert.Equal(t, 3*time.Hour+30*time.Minute-tc.shift, biz.Between(midnight, next))
			// an overnight span belonging to the previous day
			night := mustNew(t, Spec{Zone: tc.zone, Week: mustWeek(t, "Mon-Sun 22:00-06:00")})
			assert.Equal(t, 8*time.Hour-tc.shift, night.Between(prevEvening, midnight.Add(12*time.Hour)))
			// Add across the transition counts real time
			r, err := night.Add(time.Date(y, m, d-1, 22, 0, 0, 0, loc), 8*time.Hour-tc.shift)
			require.NoError(t, err)
			assert.True(t, r.Equal(time.Date(y, m, d, 6, 0, 0, 0, loc)), "night Add = %v", r)

			// the policy: a span starting at the gap/overlap time starts at
			// the first instant after the gap, or the first occurrence
			h := Hours{ClockOf(tc.gap[0], tc.gap[1]), ClockOf(5, 0)}
			var w Week
			for wd := range w {
				w[wd] = DayHours{h}
			}
			c := mustNew(t, Spec{Zone: tc.zone, Week: w})
			spans := spansOf(c, midnight, next)
			require.Len(t, spans, 1)
			wantStart := time.Date(midnight.UTC().Year(), midnight.UTC().Month(), midnight.UTC().Day(), tc.want[0], tc.want[1], 0, 0, time.UTC)
			if wantStart.Before(midnight) {
				wantStart = wantStart.AddDate(0, 0, 1)
			}
			assert.True(t, spans[0].Start.Equal(wantStart), "span starts %v, want %v", spans[0].Start, wantStart.In(loc))
		})
	}
}

// Go's time.Date resolves a gap time with the pre-transition offset; the
// calendar must not.
func TestGapDiffersFromTimeDate(t *testing.T) {
	loc := mustLoad("Europe/Berlin")
	naive := time.Date(2026, 3, 29, 2, 30, 0, 0, loc) // 03:30 CEST
	c := mustNew(t, Spec{Zone: "Europe/Berlin", Week: mustWeek(t, "Sun 02:30-04:00")})
	spans := spansOf(c, at(loc, 2026, 3, 29, 0, 0), at(loc, 2026, 3, 30, 0, 0))
	require.Len(t, spans, 1)
	assert.True(t, spans[0].Start.Equal(at(loc, 2026, 3, 29, 3, 0)), spans[0].Start)
	assert.False(t, spans[0].Start.Equal(naive))
	assert.Equal(t, time.Hour, spans[0].Duration())
}

func TestDSTEveryYear(t *testing.T) {
	// both transitions of every year 2000–2060 in the four zones: a 24×7
	// day is 24h minus the offset change
	for _, z := range []string{"Europe/Berlin", "America/New_York", "Australia/Sydney", "Australia/Lord_Howe"} {
		loc := mustLoad(z)
		c := mustNew(t, Spec{Zone: z, Week: mustWeek(t, "Mon-Sun 00:00-24:00")})
		for y := 2000; y <= 2060; y += 3 {
			for _, tr := range transitions(loc, y) {
				before, after := tr.Add(-time.Second).In(loc), tr.In(loc)
				_, o1 := before.Zone()
				_, o2 := after.Zone()
				lt := tr.In(loc)
				d0 := time.Date(lt.Year(), lt.Month(), lt.Day(), 0, 0, 0, 0, time.UTC)
				// midnight instants by the policy (no transition at midnight in these zones)
				m0 := time.Date(d0.Year(), d0.Month(), d0.Day(), 0, 0, 0, 0, loc)
				m1 := time.Date(d0.Year(), d0.Month(), d0.Day()+1, 0, 0, 0, 0, loc)
				assert.Equal(t, 24*time.Hour-time.Duration(o2-o1)*time.Second, c.Between(m0, m1), "%s %v", z, tr)
			}
		}
	}
}

func TestValidation(t *testing.T) {
	w := func(s string) Week { return mustWeek(t, s) }
	var dup Week
	dup[time.Monday] = DayHours{{ClockOf(9, 0), ClockOf(12, 0)}, {ClockOf(11, 0), ClockOf(13, 0)}}
	var empty Week
	empty[time.Monday] = DayHours{{ClockOf(9, 0), ClockOf(9, 0)}}
	var bad Week
	bad[time.Monday] = DayHours{{ClockOf(9, 0), ClockOf(25, 0)}}
	d := date.New(2026, 12, 24)
	cases := []struct {
		name string
		spec Spec
		err  error
		text string
	}{
		{"unknown zone", Spec{Zone: "Mars/Olympus", Week: w("Mon 08:00-17:00")}, ErrUnknownZone, `calendar: zone: "Mars/Olympus": unknown time zone`},
		{"local zone", Spec{Zone: "Local", Week: w("Mon 08:00-17:00")}, ErrUnknownZone, ""},
		{"empty span", Spec{Week: empty}, ErrEmptySpan, `calendar: Monday: "09:00-09:00": span is empty`},
		{"25:00", Spec{Week: bad}, ErrBadTime, ""},
		{"overlap", Spec{Week: dup}, ErrOverlap, `calendar: Monday: "09:00-12:00 and 11:00-13:00": spans overlap`},
		{"overnight spill", Spec{Week: w("Mon 22:00-06:00; Tue 05:00-09:00")}, ErrOverlap, ""},
		{"overnight spill Sun→Mon", Spec{Week: w("Sun 20:00-02:00; Mon 01:00-09:00")}, ErrOverlap, ""},
		{"never open", Spec{Zone: "Europe/Berlin"}, ErrNeverOpen, ""},
		{"never open with closures", Spec{Overrides: []Override{{Date: d, Closed: true}}}, ErrNeverOpen, ""},
		{"duplicate override", Spec{Week: w("Mon 08:00-17:00"), Overrides: []Override{{Date: d, Closed: true}, {Date: d, Closed: true}}}, ErrBadOverride, ""},
		{"empty override", Spec{Week: w("Mon 08:00-17:00"), Overrides: []Override{{Date: d}}}, ErrBadOverride, ""},
		{"two kinds", Spec{Week: w("Mon 08:00-17:00"), Overrides: []Override{{Date: d, Closed: true, ClosedFrom: ClockOf(12, 0)}}}, ErrBadOverride, ""},
		{"bad closed_from", Spec{Week: w("Mon 08:00-17:00"), Overrides: []Override{{Date: d, ClosedFrom: Midnight24 + 1}}}, ErrBadTime, ""},
		{"override out of range", Spec{Week: w("Mon 08:00-17:00"), Overrides: []Override{{Date: date.New(1800, 1, 1), Closed: true}}}, ErrBadOverride, ""},
		{"override spill", Spec{Week: w("Wed 22:00-06:00"), Overrides: []Override{{Date: date.New(2026, 12, 24), Hours: DayHours{{ClockOf(5, 0), ClockOf(9, 0)}}}}}, ErrOverlap, ""},
		{"nil source", Spec{Week: w("Mon 08:00-17:00"), Sources: []HolidaySource{nil}}, ErrHoliday, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := New(tc.spec)
			require.Error(t, err)
			assert.ErrorIs(t, err, tc.err)
			var e *itsm.Error
			assert.True(t, errors.As(err, &e), "structured error")
			if tc.text != "" {
				assert.Equal(t, tc.text, err.Error())
			}
		})
	}
	// valid edge cases
	for _, s := range []string{"Mon-Sun 00:00-24:00", "Mon 22:00-06:00; Tue 06:00-09:00", "Sun 20:00-24:00; Mon 00:00-02:00", "Mon 22:00-00:00; Tue 00:00-01:00"} {
		_, err := New(Spec{Week: w(s)})
		assert.NoError(t, err, s)
	}
	_, err := ParseWeek("Mon 00:00-00:00") // empty, not a whole day
	assert.ErrorIs(t, err, ErrEmptySpan)
	_, err = New(Spec{Week: w("Mon 22:00-00:00; Tue 00:00-01:00")})
	assert.NoError(t, err)
	_, err = New(Spec{Week: w("Mon 22:00-00:01; Tue 00:00-01:00")})
	assert.ErrorIs(t, err, ErrOverlap)
	// an extra working day alone makes a calendar
	_, err = New(Spec{Overrides: []Override{{Date: d, Hours: DayHours{{ClockOf(8, 0), ClockOf(12, 0)}}}}})
	assert.NoError(t, err)
}

func TestOverridesAndHolidays(t *testing.T) {
	loc := mustLoad("Europe/Berlin")
	spec := Spec{
		Zone: "Europe/Berlin",
		Week: mustWeek(t, "Mon-Fri 08:00-17:00; Sun-Thu 22:00-02:00"),
		Overrides: []Override{
			{Date: date.New(2026, 12, 24), ClosedFrom: ClockOf(12, 0)},                        // Thursday: until noon, no night shift
			{Date: date.New(2026, 12, 19), Hours: DayHours{{ClockOf(9, 0), ClockOf(13, 0)}}},  // worked Saturday
			{Date: date.New(2026, 12, 21), Closed: true},                                      // Monday closure
			{Date: date.New(2026, 12, 25), Hours: DayHours{{ClockOf(10, 0), ClockOf(11, 0)}}}, // holiday, but worked
		},
		HolidayDates: []date.Date{date.New(2026, 12, 25), date.New(2026, 12, 22)},
	}
	c := mustNew(t, spec)
	day := func(d int) time.Duration {
		return c.Between(at(loc, 2026, 12, d, 0, 0), at(loc, 2026, 12, d+1, 0, 0))
	}
	assert.Equal(t, 4*time.Hour, day(19))                   // Saturday extra day
	assert.Equal(t, 2*time.Hour, day(20))                   // Sunday 22-24
	assert.Equal(t, 2*time.Hour, day(21))                   // Monday closed, but Sunday's night spills 00-02
	assert.Equal(t, 0*time.Hour, day(22))                   // Tuesday holiday: no spill from closed Monday, own night closed
	assert.Equal(t, 9*time.Hour+2*time.Hour, day(23))       // Wednesday day + own night start
	assert.Equal(t, 2*time.Hour+4*time.Hour, day(24))       // Wed night spill + morning until 12:00
	assert.Equal(t, time.Hour, day(25))                     // holiday overridden by hours
	assert.False(t, c.IsOpen(at(loc, 2026, 12, 24, 23, 0))) // closed from 12:00 removes the night shift
	assert.True(t, c.IsOpen(at(loc, 2026, 12, 23, 23, 0)))
}

func TestRangeAndNeverOpen(t *testing.T) {
	w := mustWeek(t, "Mon-Fri 08:00-17:00")
	c := mustNew(t, Spec{Week: w})
	end := RangeEnd()
	_, err := c.Add(end.Add(-24*time.Hour), 1000*time.Hour)
	assert.ErrorIs(t, err, ErrOutOfRange)
	_, err = c.Add(RangeStart().Add(24*time.Hour), -1000*time.Hour)
	assert.ErrorIs(t, err, ErrOutOfRange)
	_, err = c.Add(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), time.Duration(1<<62))
	assert.ErrorIs(t, err, ErrOutOfRange)
	assert.False(t, c.IsOpen(time.Date(1800, 1, 6, 10, 0, 0, 0, time.UTC)))
	assert.False(t, AlwaysOpen().IsOpen(end))
	assert.True(t, AlwaysOpen().IsOpen(end.Add(-1)))
	// Between clamps to the range: all of it for the 24×7 calendar
	assert.Equal(t, end.Sub(RangeStart()), AlwaysOpen().Between(time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(3000, 1, 1, 0, 0, 0, 0, time.UTC)))
	nc, _ := AlwaysOpen().NextClose(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	assert.True(t, nc.Equal(end), nc)

	// a composition that is never open: errors, no hang
	a := mustNew(t, Spec{Week: mustWeek(t, "Mon 08:00-09:00")})
	b := mustNew(t, Spec{Week: mustWeek(t, "Tue 08:00-09:00")})
	none, err := Intersect(a, b)
	require.NoError(t, err)
	_, err = none.Add(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), time.Hour)
	assert.ErrorIs(t, err, ErrOutOfRange)
	_, err = none.NextOpen(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	assert.ErrorIs(t, err, ErrOutOfRange)

	// the zero Calendar is never open
	var zero Calendar
	assert.False(t, zero.IsOpen(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)))
	_, err = zero.Add(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), time.Hour)
	assert.ErrorIs(t, err, ErrOutOfRange)
}

func TestZeroAllocs(t *testing.T) {
	c := mustNew(t, Spec{Zone: "Europe/Berlin", Week: mustWeek(t, "Mon-Fri 08:00-12:00,13:00-17:00")})
	a := time.Date(2026, 3, 27, 10, 0, 0, 0, time.UTC)
	b := time.Date(2027, 3, 27, 10, 0, 0, 0, time.UTC)
	_, _ = c.Add(a, 2000*time.Hour)
	_, _ = c.Add(b, -2000*time.Hour)
	_ = c.Between(a, b)
	ops := map[string]func(){
		"IsOpen":    func() { c.IsOpen(a) },
		"Between":   func() { c.Between(a, b) },
		"Add":       func() { _, _ = c.Add(a, 2000*time.Hour) },
		"AddBack":   func() { _, _ = c.Add(b, -2000*time.Hour) },
		"NextOpen":  func() { _, _ = c.NextOpen(b) },
		"NextClose": func() { _, _ = c.NextClose(a) },
	}
	for name, f := range ops {
		assert.Zero(t, testing.AllocsPerRun(100, f), name)
	}
}

func TestTableSize(t *testing.T) {
	// measured on the heap, not from cap(): slices.Clip hides the slack of
	// a grown slice (261 spans once sat in a 512-element array)
	heap := func() uint64 {
		var m runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&m)
		return m.HeapAlloc
	}
	c := mustNew(t, Spec{Zone: "Europe/Berlin", Week: mustWeek(t, "Mon-Fri 08:00-17:00")})
	c.IsOpen(time.Date(1950, 1, 1, 0, 0, 0, 0, time.UTC))
	before := heap()
	c.Between(time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2100, 1, 1, 0, 0, 0, 0, time.UTC))
	after := heap()
	runtime.KeepAlive(c)
	assert.Less(t, int64(after)-int64(before), int64(400_000), "100 years of Mon–Fri should stay well under 1 MB (about 3 KB a year)")
}

// concurrent first use builds the caches once and safely (run with -race).
func TestConcurrentUse(t *testing.T) {
	c := mustNew(t, Spec{Zone: "America/New_York", Week: mustWeek(t, "Mon-Fri 09:00-17:00")})
	done := make(chan time.Duration, 8)
	for i := range 8 {
		go func() {
			a := time.Date(2000+i*5, 1, 1, 0, 0, 0, 0, time.UTC)
			r, _ := c.Add(a, 5000*time.Hour)
			done <- c.Between(a, r)
		}()
	}
	for range 8 {
		assert.Equal(t, 5000*time.Hour, <-done)
	}
}

// Around 2040-12-31 Go's ZoneBounds reports a wrong period end for
// Europe/Berlin (rule-based periods of a leap year); the engine must not
// care. Also the edges of the supported range.
func TestZoneBoundsQuirkAndRangeEdges(t *testing.T) {
	for _, z := range []string{"Europe/Berlin", "America/New_York", "Australia/Sydney"} {
		loc := mustLoad(z)
		always := mustNew(t, Spec{Zone: z, Week: mustWeek(t, "Mon-Sun 00:00-24:00")})
		night := mustNew(t, Spec{Zone: z, Week: mustWeek(t, "Mon-Sun 23:30-00:30")})
		ref := newRef(Spec{Zone: z, Week: mustWeek(t, "Mon-Sun 23:30-00:30")})
		for _, y := range []int{2040, 2044, 2096, 2188} {
			a := time.Date(y, 12, 29, 0, 0, 0, 0, loc)
			b := time.Date(y+1, 1, 3, 0, 0, 0, 0, loc)
			assert.Equal(t, b.Sub(a), always.Between(a, b), "%s %d", z, y)
			assert.Equal(t, ref.between(a, b), night.Between(a, b), "%s %d", z, y)
			assert.Equal(t, 5*time.Hour, night.Between(a, b), "%s %d", z, y)
		}
	}
	be := mustLoad("Europe/Berlin")
	c := mustNew(t, Spec{Zone: "Europe/Berlin", Week: mustWeek(t, "Mon-Fri 08:00-17:00")})
	// first and last working days of the range
	first, err := c.NextOpen(time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC))
	require.NoError(t, err)
	assert.Equal(t, MinYear, first.Year())
	last, err := c.Add(time.Date(MaxYear, 12, 31, 8, 0, 0, 0, be), -time.Nanosecond)
	require.NoError(t, err)
	assert.Equal(t, MaxYear, last.Year())
	_, err = c.NextOpen(time.Date(MaxYear, 12, 31, 17, 0, 0, 0, be))
	assert.ErrorIs(t, err, ErrOutOfRange)
	// historic offsets with seconds (Berlin LMT until 1893 is outside; Amsterdam +00:19:32 until 1937)
	ams := mustNew(t, Spec{Zone: "Europe/Amsterdam", Week: mustWeek(t, "Mon-Fri 08:00-17:00")})
	ref := newRef(Spec{Zone: "Europe/Amsterdam", Week: mustWeek(t, "Mon-Fri 08:00-17:00")})
	loc := mustLoad("Europe/Amsterdam")
	a, b := time.Date(1930, 6, 1, 0, 0, 0, 0, loc), time.Date(1930, 6, 8, 0, 0, 0, 0, loc)
	assert.Equal(t, 45*time.Hour, ams.Between(a, b))
	assert.Equal(t, spansOfRef(ref, a, b), spansOf(ams, a, b))
}

func spansOfRef(r refCal, a, b time.Time) []itsm.Interval {
	var out []itsm.Interval
	for _, s := range r.spans(a, b) {
		out = append(out, itsm.Interval{Start: s.Start.In(r.loc), End: s.End.In(r.loc)})
	}
	return out
}

func TestRangeConstants(t *testing.T) {
	assert.Equal(t, time.Date(MinYear, 1, 1, 0, 0, 0, 0, time.UTC).Unix(), int64(rangeStart))
	assert.Equal(t, time.Date(MaxYear+1, 1, 1, 0, 0, 0, 0, time.UTC).Unix(), int64(rangeEnd))
	for k := range numYears + 1 {
		require.Equal(t, time.Date(MinYear+k, 1, 1, 0, 0, 0, 0, time.UTC).Unix(), yearStarts[k])
	}
	for _, s := range []int64{rangeStart, rangeStart + 1, 0, -1, 1774000000, rangeEnd - 1} {
		k := yearIndex(s)
		require.True(t, yearStarts[k] <= s && s < yearStarts[k+1], s)
	}
}
