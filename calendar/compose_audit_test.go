package calendar

import (
	"math"
	"slices"
	"testing"
	"time"

	"github.com/itsmkit/itsm"
	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"
)

// Hand-computed compositions across zones.
func TestComposeCases(t *testing.T) {
	be, ny := mustLoad("Europe/Berlin"), mustLoad("America/New_York")
	emea := mustNew(t, Spec{Zone: "Europe/Berlin", Week: mustWeek(t, "Mon-Fri 08:00-17:00")})
	// New York 11:00 is Berlin 17:00 (both on standard time in late November):
	// the desks touch
	amer := mustNew(t, Spec{Zone: "America/New_York", Week: mustWeek(t, "Mon-Fri 11:00-20:00")})
	u, err := Union(emea, amer)
	require.NoError(t, err)
	mon := at(be, 2026, 11, 23, 0, 0)
	sp := spansOf(u, mon, mon.Add(24*time.Hour))
	require.Len(t, sp, 1) // Monday 08:00-24:00 Berlin (clipped): touching spans merged
	assert.True(t, sp[0].Start.Equal(at(be, 2026, 11, 23, 8, 0)) && sp[0].End.Equal(at(be, 2026, 11, 24, 0, 0)), sp[0])
	assert.Equal(t, 18*time.Hour, u.Between(at(be, 2026, 11, 23, 0, 0), at(be, 2026, 11, 24, 8, 0)))
	nc, _ := u.NextClose(at(be, 2026, 11, 23, 16, 59))
	assert.True(t, nc.Equal(at(ny, 2026, 11, 23, 20, 0)), "touching desks close once: %v", nc)
	assert.Equal(t, "Europe/Berlin", nc.Location().String())
	// 10h of follow-the-sun time from Berlin 16:00: 16:00-02:00
	r, err := u.Add(at(be, 2026, 11, 23, 16, 0), 10*time.Hour)
	require.NoError(t, err)
	assert.True(t, r.Equal(at(ny, 2026, 11, 23, 20, 0)), r)
	// late March: Europe still on winter time, New York already on summer
	// time (from 8 March): New York 11:00 is Berlin 16:00, the desks overlap
	// one hour; the union counts it once
	sp = spansOf(u, at(be, 2026, 3, 23, 0, 0), at(be, 2026, 3, 24, 6, 0))
	require.Len(t, sp, 1)
	assert.True(t, sp[0].Start.Equal(at(be, 2026, 3, 23, 8, 0)) && sp[0].End.Equal(at(ny, 2026, 3, 23, 20, 0)), sp[0])
	assert.Equal(t, 17*time.Hour, sp[0].Duration())
	in, err := Intersect(emea, amer)
	require.NoError(t, err)
	assert.Equal(t, time.Hour, in.Between(at(be, 2026, 3, 23, 0, 0), at(be, 2026, 3, 24, 0, 0)))
	assert.Zero(t, in.Between(at(be, 2026, 11, 23, 0, 0), at(be, 2026, 11, 28, 0, 0)), "touching desks do not intersect")

	// service hours ∩ maintenance window, empty on most days
	maint := mustNew(t, Spec{Zone: "UTC", Week: mustWeek(t, "Tue,Thu 15:00-20:00; Sat 00:00-24:00")})
	win, err := Intersect(emea, maint)
	require.NoError(t, err)
	week := at(be, 2026, 11, 23, 0, 0)
	assert.Equal(t, 2*time.Hour, win.Between(week, week.AddDate(0, 0, 7))) // 16:00-17:00 Berlin Tue and Thu
	o, err := win.NextOpen(week)
	require.NoError(t, err)
	assert.True(t, o.Equal(at(be, 2026, 11, 24, 16, 0)), o)
	r, err = win.Add(at(be, 2026, 11, 24, 16, 30), time.Hour)
	require.NoError(t, err)
	assert.True(t, r.Equal(at(be, 2026, 11, 26, 16, 30)), r)
	assert.True(t, win.IsWorkingDay(date.New(2026, 11, 24)))
	assert.False(t, win.IsWorkingDay(date.New(2026, 11, 23)))
	ad, err := win.AddDays(at(be, 2026, 11, 24, 16, 30), 1)
	require.NoError(t, err)
	assert.True(t, ad.Equal(at(be, 2026, 11, 26, 16, 30)), ad)
	ad, err = win.AddDays(at(be, 2026, 11, 23, 9, 0), 0) // closed: its next opening
	require.NoError(t, err)
	assert.True(t, ad.Equal(at(be, 2026, 11, 24, 16, 0)), ad)
	eod, err := win.EndOfDay(at(be, 2026, 11, 23, 9, 0), 1)
	require.NoError(t, err)
	assert.True(t, eod.Equal(at(be, 2026, 11, 26, 17, 0)), eod)

	// blackouts: a change freeze 21-23 Dec plus a Wednesday lunch
	freeze := mustNew(t, Spec{Zone: "Europe/Berlin", Week: mustWeek(t, "Wed 12:00-13:00"), Overrides: []Override{
		{Date: date.New(2026, 12, 21), Hours: DayHours{{0, Midnight24}}},
		{Date: date.New(2026, 12, 22), Hours: DayHours{{0, Midnight24}}},
	}})
	m, err := Minus(emea, freeze)
	require.NoError(t, err)
	assert.Equal(t, 8*time.Hour, m.Between(at(be, 2026, 12, 23, 0, 0), at(be, 2026, 12, 24, 0, 0)))
	assert.Zero(t, m.Between(at(be, 2026, 12, 21, 0, 0), at(be, 2026, 12, 23, 0, 0)))
	r, err = m.Add(at(be, 2026, 12, 18, 16, 0), 2*time.Hour)
	require.NoError(t, err)
	assert.True(t, r.Equal(at(be, 2026, 12, 23, 9, 0)), r)
	r, err = m.Add(at(be, 2026, 12, 23, 11, 0), 2*time.Hour)
	require.NoError(t, err)
	assert.True(t, r.Equal(at(be, 2026, 12, 23, 14, 0)), "the lunch blackout is skipped: %v", r)
	r, err = m.Add(at(be, 2026, 12, 23, 13, 0), -2*time.Hour)
	require.NoError(t, err)
	assert.True(t, r.Equal(at(be, 2026, 12, 23, 10, 0)), r)
	ad, err = m.AddDays(at(be, 2026, 12, 18, 12, 30), 1)
	require.NoError(t, err)
	assert.True(t, ad.Equal(at(be, 2026, 12, 23, 12, 0)), "12:30 is blacked out on Wednesday: the latest close before it, %v", ad)
	// removing everything leaves a calendar that is never open: errors, no hang
	none, err := Minus(emea, AlwaysOpen())
	require.NoError(t, err)
	_, err = none.Add(week, time.Hour)
	assert.ErrorIs(t, err, ErrOutOfRange)
	_, err = none.AddDays(week, 1)
	assert.ErrorIs(t, err, ErrOutOfRange)
	_, err = none.EndOfDay(week, 0)
	assert.ErrorIs(t, err, ErrOutOfRange)
}

// The laws of the issue hold on compositions too (across zones): the
// Add/Between round trip both ways with extremality, additivity,
// antisymmetry, monotonicity, and IsOpen/NextOpen/NextClose agree with
// Spans.
func TestLawsOnCompositions(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		w := genWindow(t)
		w.to = w.to.Add(time.Duration(rapid.IntRange(0, 20).Draw(t, "extraDays")) * 24 * time.Hour)
		var cals []*Calendar
		for range rapid.IntRange(1, 3).Draw(t, "n") {
			ww := w
			ww.zone = rapid.SampledFrom(testZones).Draw(t, "zone")
			c, err := New(genSpec(t, ww))
			if err != nil {
				t.Fatal(err)
			}
			cals = append(cals, c)
		}
		var c *Calendar
		var err error
		switch rapid.IntRange(0, 2).Draw(t, "op") {
		case 0:
			c, err = Union(cals...)
		case 1:
			c, err = Intersect(cals...)
		default:
			c, err = Minus(cals[0], cals[1:]...)
		}
		if err != nil {
			t.Fatal(err)
		}
		a, b, x := drawInstant(t, w, "a"), drawInstant(t, w, "b"), drawInstant(t, w, "x")
		if c.Between(a, x) != c.Between(a, b)+c.Between(b, x) || c.Between(a, b) != -c.Between(b, a) {
			t.Fatal("additivity or antisymmetry")
		}
		d1, d2 := drawDur(t, "d1"), drawDur(t, "d2")
		if d1 > d2 {
			d1, d2 = d2, d1
		}
		r1, err1 := c.Add(a, d1)
		r2, err2 := c.Add(a, d2)
		if err1 == nil {
			if c.Between(a, r1) != d1 {
				t.Fatalf("Between(a, Add(a, %v)) = %v", d1, c.Between(a, r1))
			}
			if d1 > 0 && c.Between(a, r1.Add(-1)) >= d1 || d1 < 0 && c.Between(a, r1.Add(1)) <= d1 {
				t.Fatalf("Add(a, %v) = %v is not extremal", d1, r1)
			}
		}
		if err1 == nil && err2 == nil && r1.After(r2) {
			t.Fatal("Add not monotone in d")
		}
		lo, hi := a, b
		if lo.After(hi) {
			lo, hi = hi, lo
		}
		if ra, err := c.Add(lo, d1); err == nil {
			if rb, err := c.Add(hi, d1); err == nil && ra.After(rb) {
				t.Fatal("Add not monotone in t")
			}
		}
		spans := spansOf(c, w.from, w.to)
		in := false
		for _, s := range spans {
			in = in || (!x.Before(s.Start) && x.Before(s.End))
		}
		if in != c.IsOpen(x) {
			t.Fatalf("IsOpen(%v) disagrees with Spans", x)
		}
		if o, err := c.NextOpen(x); err == nil && (!c.IsOpen(o) || o.Before(x) || c.Between(x, o) != 0) {
			t.Fatalf("NextOpen(%v) = %v", x, o)
		}
		if cl, _ := c.NextClose(x); c.IsOpen(cl) || cl.Before(x) || c.Between(x, cl) != cl.Sub(x) {
			t.Fatalf("NextClose(%v) = %v", x, cl)
		}
	})
}

// Working-day counts at the extremes of int fail cleanly.
func TestAddDaysExtremeN(t *testing.T) {
	be := mustLoad("Europe/Berlin")
	biz := mustNew(t, Spec{Zone: "Europe/Berlin", Week: mustWeek(t, "Mon-Fri 08:00-17:00")})
	u, err := Union(biz)
	require.NoError(t, err)
	for _, c := range []*Calendar{biz, u} {
		for _, n := range []int{math.MaxInt, math.MinInt, math.MinInt + 1} {
			_, err := c.AddDays(at(be, 2026, 11, 23, 10, 0), n)
			assert.ErrorIs(t, err, ErrOutOfRange, n)
			_, err = c.EndOfDay(at(be, 2026, 11, 23, 10, 0), n)
			assert.ErrorIs(t, err, ErrOutOfRange, n)
		}
	}
}

// setSpans evaluates a composition on the operands' spans by brute force:
// the boundary instants split [from, to) into pieces, each piece is open iff
// the set formula holds at its start.
func setSpans(op opKind, parts [][]itsm.Interval, from, to time.Time) []itsm.Interval {
	pts := []time.Time{from, to}
	for _, p := range parts {
		for _, s := range p {
			pts = append(pts, s.Start, s.End)
		}
	}
	slices.SortFunc(pts, func(a, b time.Time) int { return a.Compare(b) })
	in := func(p []itsm.Interval, x time.Time) bool {
		for _, s := range p {
			if !x.Before(s.Start) && x.Before(s.End) {
				return true
			}
		}
		return false
	}
	var out []itsm.Interval
	for i := 0; i+1 < len(pts); i++ {
		a, b := pts[i], pts[i+1]
		if !a.Before(b) {
			continue
		}
		open := in(parts[0], a)
		for _, p := range parts[1:] {
			switch op {
			case opUnion:
				open = open || in(p, a)
			case opIntersect:
				open = open && in(p, a)
			case opMinus:
				open = open && !in(p, a)
			}
		}
		if !open {
			continue
		}
		if n := len(out); n > 0 && out[n-1].End.Equal(a) {
			out[n-1].End = b
			continue
		}
		out = append(out, itsm.Interval{Start: a, End: b})
	}
	return out
}

// Composed spans equal the set formula evaluated exactly on the operands'
// spans (endpoints, not sampled instants), across zones and DST weeks.
func TestComposeSpansExact(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		w := genWindow(t)
		var cals []*Calendar
		var parts [][]itsm.Interval
		for range rapid.IntRange(1, 4).Draw(t, "n") {
			ww := w
			ww.zone = rapid.SampledFrom(testZones).Draw(t, "zone")
			c, err := New(genSpec(t, ww))
			if err != nil {
				t.Fatal(err)
			}
			cals = append(cals, c)
			parts = append(parts, spansOf(c, w.from, w.to))
		}
		op := rapid.SampledFrom([]opKind{opUnion, opIntersect, opMinus}).Draw(t, "op")
		c, err := composeCalendars(op, cals)
		if err != nil {
			t.Fatal(err)
		}
		got, want := spansOf(c, w.from, w.to), setSpans(op, parts, w.from, w.to)
		if len(got) != len(want) {
			t.Fatalf("op %d: %d spans, want %d:\n%v\n%v", op, len(got), len(want), got, want)
		}
		for i := range got {
			if !got[i].Start.Equal(want[i].Start) || !got[i].End.Equal(want[i].End) {
				t.Fatalf("op %d span %d: %v, want %v", op, i, got[i], want[i])
			}
		}
	})
}
