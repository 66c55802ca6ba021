package calendar

import (
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"
)

func TestAddDaysAndEndOfDay(t *testing.T) {
	be := mustLoad("Europe/Berlin")
	biz := mustNew(t, Spec{
		Zone: "Europe/Berlin",
		Week: mustWeek(t, "Mon-Fri 08:00-17:00"),
		Overrides: []Override{
			{Date: date.New(2026, 12, 24), ClosedFrom: ClockOf(12, 0)},
			{Date: date.New(2026, 12, 28), Hours: DayHours{{ClockOf(10, 0), ClockOf(12, 0)}}},
		},
		HolidayDates: []date.Date{date.New(2026, 12, 25), date.New(2026, 12, 26)},
	})
	always := mustNew(t, Spec{Zone: "Europe/Berlin", Week: mustWeek(t, "Mon-Sun 00:00-24:00")})
	night := mustNew(t, Spec{Zone: "Europe/Berlin", Week: mustWeek(t, "Mon-Fri 22:00-06:00")})
	cases := []struct {
		name string
		c    *Calendar
		from time.Time
		n    int
		want time.Time
	}{
		{"next working day", biz, at(be, 2026, 11, 20, 10, 0), 1, at(be, 2026, 11, 23, 10, 0)},
		{"back", biz, at(be, 2026, 11, 23, 10, 0), -1, at(be, 2026, 11, 20, 10, 0)},
		{"zero is NextOpen", biz, at(be, 2026, 11, 21, 10, 0), 0, at(be, 2026, 11, 23, 8, 0)},
		// n < 0 is the mirror image of n > 0: a closed t steps back to the
		// previous close, as in every peer library (it used to move forward
		// to Monday's opening: Friday 08:00).
		{"back from Saturday: from Friday's close", biz, at(be, 2026, 11, 21, 10, 0), -1, at(be, 2026, 11, 19, 17, 0)},
		{"back from a closing time", biz, at(be, 2026, 11, 20, 17, 0), -1, at(be, 2026, 11, 19, 17, 0)},
		{"back from the night", biz, at(be, 2026, 11, 24, 6, 0), -2, at(be, 2026, 11, 19, 17, 0)},
		{"back from an opening", biz, at(be, 2026, 11, 23, 8, 0), -1, at(be, 2026, 11, 20, 8, 0)},
		{"back onto a short day: its close", biz, at(be, 2026, 12, 29, 15, 0), -1, at(be, 2026, 12, 28, 12, 0)},
		{"back onto a later opening", biz, at(be, 2026, 12, 29, 9, 0), -1, at(be, 2026, 12, 28, 10, 0)},
		{"back over holidays keeps the time", biz, at(be, 2026, 12, 28, 11, 0), -1, at(be, 2026, 12, 24, 11, 0)},
		{"back over holidays from a close", biz, at(be, 2026, 12, 28, 12, 0), -1, at(be, 2026, 12, 24, 12, 0)},
		// Tuesday 07:00 steps back to Monday night's 06:00 close, "Monday,
		// 30:00"; the working day before Monday is Friday, whose night
		// closes on Saturday at 06:00.
		{"back overnight, from after its close", night, at(be, 2026, 11, 24, 7, 0), -1, at(be, 2026, 11, 21, 6, 0)},
		{"from Saturday", biz, at(be, 2026, 11, 21, 10, 0), 1, at(be, 2026, 11, 24, 8, 0)},
		{"after hours", biz, at(be, 2026, 11, 23, 18, 0), 1, at(be, 2026, 11, 25, 8, 0)},
		{"over DST keeps the time of day", biz, at(be, 2026, 3, 27, 10, 0), 1, at(be, 2026, 3, 30, 10, 0)},
		{"shorter day: its close", biz, at(be, 2026, 12, 23, 15, 0), 1, at(be, 2026, 12, 24, 12, 0)},
		{"over holidays, later opening", biz, at(be, 2026, 12, 24, 9, 0), 1, at(be, 2026, 12, 28, 10, 0)},
		{"24x7 keeps Sunday", always, at(be, 2026, 3, 28, 12, 0), 1, at(be, 2026, 3, 29, 12, 0)},
		{"24x7 gap time", always, at(be, 2026, 3, 28, 2, 30), 1, at(be, 2026, 3, 29, 3, 0)},
		{"24x7 DST 25h day", always, at(be, 2026, 10, 24, 12, 0), 1, at(be, 2026, 10, 25, 12, 0)},
		{"overnight span belongs to its start day", night, at(be, 2026, 11, 24, 2, 0), 1, at(be, 2026, 11, 25, 2, 0)},
		{"overnight over the weekend", night, at(be, 2026, 11, 28, 2, 0), 1, at(be, 2026, 11, 24, 2, 0).AddDate(0, 0, 7)},
	}
	for _, tc := range cases {
		got, err := tc.c.AddDays(tc.from, tc.n)
		require.NoError(t, err, tc.name)
		assert.True(t, got.Equal(tc.want), "%s: AddDays(%v, %d) = %v, want %v", tc.name, tc.from, tc.n, got, tc.want)
	}
	eod := []struct {
		name string
		c    *Calendar
		from time.Time
		n    int
		want time.Time
	}{
		{"own day", biz, at(be, 2026, 11, 20, 10, 0), 0, at(be, 2026, 11, 20, 17, 0)},
		{"next", biz, at(be, 2026, 11, 20, 10, 0), 1, at(be, 2026, 11, 23, 17, 0)},
		{"previous", biz, at(be, 2026, 11, 20, 10, 0), -1, at(be, 2026, 11, 19, 17, 0)},
		{"closed: next opening's day", biz, at(be, 2026, 11, 21, 10, 0), 0, at(be, 2026, 11, 23, 17, 0)},
		{"partial closure", biz, at(be, 2026, 12, 23, 10, 0), 1, at(be, 2026, 12, 24, 12, 0)},
		{"overnight", night, at(be, 2026, 11, 24, 2, 0), 0, at(be, 2026, 11, 24, 6, 0)},
		{"24x7", always, at(be, 2026, 3, 29, 1, 0), 0, at(be, 2026, 3, 30, 0, 0)},
	}
	for _, tc := range eod {
		got, err := tc.c.EndOfDay(tc.from, tc.n)
		require.NoError(t, err, tc.name)
		assert.True(t, got.Equal(tc.want), "%s: EndOfDay(%v, %d) = %v, want %v", tc.name, tc.from, tc.n, got, tc.want)
	}
	// ten years each way against a day-by-day walk of the reference model
	spec, _ := biz.Spec()
	ref := newRef(spec)
	for _, n := range []int{2610, -2610} {
		from := at(be, 2026, 11, 23, 10, 0)
		d, left := date.NewAt(from), abs(n)
		for left > 0 {
			d += date.Date(sign(n))
			if len(ref.hours(d)) > 0 {
				left--
			}
		}
		y, m, dd := d.Date()
		got, err := biz.AddDays(from, n)
		require.NoError(t, err)
		assert.True(t, got.Equal(at(be, y, m, dd, 10, 0)), "AddDays(%d) = %v, want %v", n, got, d)
	}
	_, err := biz.AddDays(at(be, 2026, 1, 1, 10, 0), 1_000_000)
	assert.ErrorIs(t, err, ErrOutOfRange)
	_, err = biz.AddDays(at(be, 2026, 1, 1, 10, 0), -1_000_000)
	assert.ErrorIs(t, err, ErrOutOfRange)
	_, err = biz.EndOfDay(at(be, 2026, 1, 1, 10, 0), 1_000_000)
	assert.ErrorIs(t, err, ErrOutOfRange)
}

// AddDays counts working days like a day-by-day walk over the reference
// model's civil rules.
func TestAddDaysMatchesDayWalk(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		w := genWindow(t)
		spec := genSpec(t, w)
		// day-only weeks (no overnight spans) so that a result's civil date
		// is its working day
		for wd := range spec.Week {
			var keep DayHours
			for _, h := range spec.Week[wd] {
				if !h.Overnight() {
					keep = append(keep, h)
				}
			}
			spec.Week[wd] = keep
		}
		for i := range spec.Overrides {
			var keep DayHours
			for _, h := range spec.Overrides[i].Hours {
				if !h.Overnight() {
					keep = append(keep, h)
				}
			}
			if len(spec.Overrides[i].Hours) > 0 && len(keep) == 0 {
				spec.Overrides[i] = Override{Date: spec.Overrides[i].Date, Closed: true}
			} else {
				spec.Overrides[i].Hours = keep
			}
		}
		if weekEmpty(spec.Week) {
			spec.Week[time.Tuesday] = DayHours{{ClockOf(9, 0), ClockOf(17, 0)}}
		}
		c, err := New(spec)
		if err != nil {
			t.Skip(err)
		}
		ref := newRef(spec)
		x := drawInstant(t, w, "t")
		n := rapid.IntRange(-30, 30).Draw(t, "n")
		r, err := c.AddDays(x, n)
		if _, perr := c.PrevClose(x); n < 0 && perr != nil && errors.Is(err, ErrOutOfRange) {
			t.Skip("no open time before t in the range")
		}
		// Removing the overnight spans above may leave a calendar that opens
		// only on an override day before t (a weekly closure closes the
		// rest); then there is no working day to count from.
		if _, nerr := c.NextOpen(x); n >= 0 && nerr != nil && errors.Is(err, ErrOutOfRange) {
			t.Skip("no open time after t in the range")
		}
		if err != nil {
			t.Fatal(err)
		}
		// the day AddDays counts from: that of NextOpen(x), or for n < 0
		// that of x itself or, for a closed x, of the open time just before
		// PrevClose(x)
		o, _ := c.NextOpen(x)
		if n < 0 {
			if o = x; !c.IsOpen(x) {
				o, _ = c.PrevClose(x)
				o = o.Add(-1)
			}
		}
		d0 := date.NewAt(o.In(ref.loc))
		// The result lies on its working day; at midnight between two days
		// it may be the close of the one (24:00) and the opening of the
		// other, so either date may be the day counted.
		cands := []date.Date{date.NewAt(r.In(ref.loc))}
		if c.IsOpen(r.Add(-1)) {
			cands = append(cands, date.NewAt(r.Add(-1).In(ref.loc)))
		}
		counted := func(d date.Date) bool {
			if !refWorkday(ref, d) {
				return false
			}
			count := 0
			for day := min(d0, d) + 1; day <= max(d0, d); day++ {
				if refWorkday(ref, day) {
					count++
				}
			}
			if d < d0 {
				// walking back, d itself counts and d0 does not
				count = count - b2i(refWorkday(ref, d0)) + 1
			}
			return count == abs(n) && (d < d0) == (n < 0)
		}
		if !slices.ContainsFunc(cands, counted) {
			t.Fatalf("AddDays(%v, %d) = %v: not %d working days from %v", x, n, r, n, d0)
		}
		if c.IsOpen(r) || isClose(c, r) {
			return
		}
		t.Fatalf("AddDays result %v is neither open nor a closing time", r)
	})
}

func isClose(c *Calendar, t time.Time) bool { return !c.IsOpen(t) && c.IsOpen(t.Add(-1)) }

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// refWorkday: d has a span with real open time (not swallowed by a DST gap).
func refWorkday(ref refCal, d date.Date) bool {
	for _, h := range ref.hours(d) {
		if ref.resolve(d, h[0]).Before(ref.resolve(d, h[1])) {
			return true
		}
	}
	return false
}

func TestAddDaysComposed(t *testing.T) {
	be := mustLoad("Europe/Berlin")
	office := mustNew(t, Spec{Zone: "Europe/Berlin", Week: mustWeek(t, "Mon-Fri 08:00-17:00")})
	weekend := mustNew(t, Spec{Zone: "America/New_York", Week: mustWeek(t, "Sat 10:00-12:00")})
	u, err := Union(office, weekend)
	require.NoError(t, err)
	cases := []struct {
		from time.Time
		n    int
		want time.Time
	}{
		{at(be, 2026, 11, 20, 10, 0), 1, at(be, 2026, 11, 21, 16, 0)}, // Saturday opens 16:00 Berlin time
		{at(be, 2026, 11, 21, 17, 0), 1, at(be, 2026, 11, 23, 17, 0)}, // Saturday 17:00 → Monday's close (17:00 is closed)
		{at(be, 2026, 11, 23, 10, 0), -1, at(be, 2026, 11, 21, 16, 0)},
		{at(be, 2026, 11, 23, 10, 0), -2, at(be, 2026, 11, 20, 10, 0)},
	}
	for _, tc := range cases {
		got, err := u.AddDays(tc.from, tc.n)
		require.NoError(t, err)
		assert.True(t, got.Equal(tc.want), "AddDays(%v, %d) = %v, want %v", tc.from, tc.n, got, tc.want)
	}
	eod, err := u.EndOfDay(at(be, 2026, 11, 20, 10, 0), 1)
	require.NoError(t, err)
	assert.True(t, eod.Equal(at(be, 2026, 11, 21, 18, 0)), eod)
	// a composition without open time: errors, no hang
	none, _ := Intersect(office, weekend)
	_, err = none.AddDays(at(be, 2026, 11, 20, 10, 0), 1)
	assert.ErrorIs(t, err, ErrOutOfRange)
}

func TestIsWorkingDay(t *testing.T) {
	c, err := ForRegion("DE-NW", "Europe/Berlin", "Mon-Fri 08:00-17:00")
	require.NoError(t, err)
	assert.True(t, c.IsWorkingDay(date.New(2026, 6, 3)))
	assert.False(t, c.IsWorkingDay(date.New(2026, 6, 4))) // Fronleichnam
	assert.False(t, c.IsWorkingDay(date.New(2026, 6, 6))) // Saturday
	assert.False(t, c.IsWorkingDay(date.New(1800, 6, 2)))
	// a span swallowed by the spring-forward gap makes no working day
	g := mustNew(t, Spec{Zone: "Europe/Berlin", Week: mustWeek(t, "Sun 02:00-02:30")})
	assert.False(t, g.IsWorkingDay(date.New(2026, 3, 29)))
	assert.True(t, g.IsWorkingDay(date.New(2026, 4, 5)))
	// composed: any open time on the civil date in the first operand's zone
	ny := mustNew(t, Spec{Zone: "America/New_York", Week: mustWeek(t, "Sat 20:00-21:00")})
	u, _ := Union(c, ny)
	assert.True(t, u.IsWorkingDay(date.New(2026, 6, 7))) // Sunday 02:00 in Berlin
	assert.False(t, u.IsWorkingDay(date.New(2026, 6, 6)))
}
