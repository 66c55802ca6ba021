package change

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/itsmkit/itsm"
	"github.com/itsmkit/itsm/calendar"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"
)

var berlin = func() *time.Location {
	l, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		panic(err)
	}
	return l
}()

func mustCal(t testing.TB, zone, week string) *calendar.Calendar {
	w, err := calendar.ParseWeek(week)
	require.NoError(t, err)
	c, err := calendar.New(calendar.Spec{Zone: zone, Week: w})
	require.NoError(t, err)
	return c
}

func bt(y int, m time.Month, d, h, mi int) time.Time { return time.Date(y, m, d, h, mi, 0, 0, berlin) }

func TestCheckScheduleWindows(t *testing.T) {
	// Maintenance: Saturday 22:00 to Sunday 06:00 (overnight span).
	maint := mustCal(t, "Europe/Berlin", "Sat 22:00-06:00")
	service := mustCal(t, "Europe/Berlin", "Mon-Fri 07:00-19:00")
	freeze := new(calendar.Calendar) // the zero Calendar is never open: nothing frozen
	rules := ScheduleRules{Maintenance: maint, ServiceHours: service, Freeze: freeze,
		Blackouts: []Blackout{{Name: "year-end", Interval: itsm.Interval{Start: bt(2026, 12, 19, 0, 0), End: bt(2027, 1, 4, 0, 0)}}}}

	// 28 Nov 2026 is a Saturday.
	ok := itsm.Interval{Start: bt(2026, 11, 28, 23, 0), End: bt(2026, 11, 29, 3, 0)}
	vs, err := CheckSchedule(ok, 0, rules, bt(2026, 11, 1, 9, 0))
	require.NoError(t, err)
	assert.Empty(t, vs)
	// Back-to-back with the window's edges is fine: [22:00, 06:00).
	edge := itsm.Interval{Start: bt(2026, 11, 28, 22, 0), End: bt(2026, 11, 29, 6, 0)}
	vs, err = CheckSchedule(edge, 0, rules, bt(2026, 11, 1, 9, 0))
	require.NoError(t, err)
	assert.Empty(t, vs)

	// Sunday 05:00–08:00 leaves the window at 06:00.
	late := itsm.Interval{Start: bt(2026, 11, 29, 5, 0), End: bt(2026, 11, 29, 8, 0)}
	vs, err = CheckSchedule(late, 0, rules, bt(2026, 11, 1, 9, 0))
	require.NoError(t, err)
	require.Len(t, vs, 1)
	assert.Equal(t, RuleMaintenanceWindow, vs[0].Rule)
	assert.True(t, vs[0].Start.Equal(bt(2026, 11, 29, 6, 0)))
	assert.True(t, vs[0].End.Equal(bt(2026, 11, 29, 8, 0)))
	assert.Contains(t, vs[0].Detail, "2h0m0s of the window lies outside")

	// Monday 18:00–20:00: outside maintenance and inside service hours.
	mon := itsm.Interval{Start: bt(2026, 11, 30, 18, 0), End: bt(2026, 11, 30, 20, 0)}
	vs, err = CheckSchedule(mon, 0, rules, bt(2026, 11, 1, 9, 0))
	require.NoError(t, err)
	require.Len(t, vs, 2)
	assert.Equal(t, RuleMaintenanceWindow, vs[0].Rule)
	assert.Equal(t, RuleServiceHours, vs[1].Rule)
	assert.True(t, vs[1].Start.Equal(bt(2026, 11, 30, 18, 0)) && vs[1].End.Equal(bt(2026, 11, 30, 19, 0)))

	// Inside the year-end blackout, on a maintenance Saturday.
	xmas := itsm.Interval{Start: bt(2026, 12, 19, 23, 0), End: bt(2026, 12, 20, 1, 0)}
	vs, err = CheckSchedule(xmas, 0, rules, bt(2026, 11, 1, 9, 0))
	require.NoError(t, err)
	require.Len(t, vs, 1)
	assert.Equal(t, RuleBlackout, vs[0].Rule)
	assert.Equal(t, "year-end", vs[0].Name)
	var f Facts
	ApplyViolations(&f, vs)
	assert.True(t, f.InFreeze)

	// A freeze calendar: every December weekend is frozen.
	fr := mustCal(t, "Europe/Berlin", "Sat-Sun 00:00-24:00")
	vs, err = CheckSchedule(ok, 0, ScheduleRules{Freeze: fr}, bt(2026, 11, 1, 9, 0))
	require.NoError(t, err)
	require.Len(t, vs, 1)
	assert.Equal(t, RuleFreeze, vs[0].Rule)
	assert.Contains(t, vs[0].Detail, "4h0m0s of the window lies in a freeze")

	_, err = CheckSchedule(itsm.Interval{Start: ok.End, End: ok.Start}, 0, rules, ok.Start)
	require.ErrorIs(t, err, ErrSchedule)
	_, err = CheckSchedule(ok, 0, ScheduleRules{Blackouts: []Blackout{{Interval: itsm.Interval{}}}}, ok.Start)
	require.ErrorIs(t, err, ErrSchedule)
}

func TestCheckScheduleAcrossDST(t *testing.T) {
	// 25 Oct 2026: clocks go back at 03:00 CEST; the Saturday-night window
	// 22:00–06:00 lasts 9 real hours. A change of 9h from 22:00 fits.
	maint := mustCal(t, "Europe/Berlin", "Sat 22:00-06:00")
	w := itsm.Interval{Start: bt(2026, 10, 24, 22, 0)}
	w.End = w.Start.Add(9 * time.Hour)
	vs, err := CheckSchedule(w, 0, ScheduleRules{Maintenance: maint}, w.Start)
	require.NoError(t, err)
	assert.Empty(t, vs)
	w.End = w.End.Add(time.Minute)
	vs, err = CheckSchedule(w, 0, ScheduleRules{Maintenance: maint}, w.Start)
	require.NoError(t, err)
	require.Len(t, vs, 1)
}

func TestNextSlot(t *testing.T) {
	maint := mustCal(t, "Europe/Berlin", "Sat 22:00-06:00; Wed 20:00-23:00")
	from := bt(2026, 11, 23, 9, 0) // Monday
	until := from.AddDate(0, 1, 0)
	// 2h fits first on Wednesday 20:00.
	s, err := NextSlot(maint, from, 2*time.Hour, nil, until)
	require.NoError(t, err)
	assert.True(t, s.Start.Equal(bt(2026, 11, 25, 20, 0)), s)
	// Busy Wednesday 21:30–22:00 leaves only 1h30 before it and 1h after: Saturday.
	busy := []itsm.Interval{{Start: bt(2026, 11, 25, 21, 30), End: bt(2026, 11, 25, 22, 0)}}
	s, err = NextSlot(maint, from, 2*time.Hour, busy, until)
	require.NoError(t, err)
	assert.True(t, s.Start.Equal(bt(2026, 11, 28, 22, 0)), s)
	// 1h fits right after the busy block? No: 20:00–21:00 comes first.
	s, err = NextSlot(maint, from, time.Hour, busy, until)
	require.NoError(t, err)
	assert.True(t, s.Start.Equal(bt(2026, 11, 25, 20, 0)), s)
	// Overlapping busy windows in any order; the slot starts where they end.
	busy = []itsm.Interval{{Start: bt(2026, 11, 28, 23, 0), End: bt(2026, 11, 29, 1, 0)},
		{Start: bt(2026, 11, 25, 19, 0), End: bt(2026, 11, 25, 23, 0)},
		{Start: bt(2026, 11, 28, 22, 0), End: bt(2026, 11, 28, 23, 30)},
	}
	s, err = NextSlot(maint, from, 5*time.Hour, busy, until)
	require.NoError(t, err)
	assert.True(t, s.Start.Equal(bt(2026, 11, 29, 1, 0)), s)
	assert.True(t, s.End.Equal(bt(2026, 11, 29, 6, 0)), s)
	// Longer than any window: no slot, no hang.
	_, err = NextSlot(maint, from, 9*time.Hour, nil, until)
	require.ErrorIs(t, err, ErrNoSlot)
	never := new(calendar.Calendar) // never open
	_, err = NextSlot(never, from, time.Hour, nil, from.AddDate(30, 0, 0))
	require.ErrorIs(t, err, ErrNoSlot)
	_, err = NextSlot(maint, from, 0, nil, until)
	require.ErrorIs(t, err, ErrSchedule)
	_, err = NextSlot(maint, until, time.Hour, nil, from)
	require.ErrorIs(t, err, ErrSchedule)
	_, err = NextSlot(nil, from, time.Hour, nil, until)
	require.ErrorIs(t, err, ErrSchedule)
	// Starting inside a window: the slot may start at `after`.
	s, err = NextSlot(maint, bt(2026, 11, 25, 20, 30), time.Hour, nil, until)
	require.NoError(t, err)
	assert.True(t, s.Start.Equal(bt(2026, 11, 25, 20, 30)), s)
}

func TestCheckScheduleLeadTime(t *testing.T) {
	office := mustCal(t, "Europe/Berlin", "Mon-Fri 08:00-17:00")
	rules := ScheduleRules{WorkingDays: office}
	now := bt(2026, 11, 26, 15, 0) // Thursday 15:00
	// Normal/low needs 2 working days: Fri, Mon → Monday 30 Nov 15:00.
	w := itsm.Interval{Start: bt(2026, 11, 30, 15, 0), End: bt(2026, 11, 30, 16, 0)}
	vs, err := CheckSchedule(w, lead(Normal, Low), rules, now)
	require.NoError(t, err)
	assert.Empty(t, vs)
	w = itsm.Interval{Start: bt(2026, 11, 30, 14, 0), End: bt(2026, 11, 30, 16, 0)}
	vs, err = CheckSchedule(w, lead(Normal, Low), rules, now)
	require.NoError(t, err)
	require.Len(t, vs, 1)
	assert.Equal(t, RuleLeadTime, vs[0].Rule)
	assert.True(t, vs[0].End.Equal(bt(2026, 11, 30, 15, 0)), vs[0])
	assert.Contains(t, vs[0].Detail, "needs 2 working days' notice: requested 2026-11-26T15:00:00+01:00, earliest start 2026-11-30T15:00:00+01:00")
	var f Facts
	ApplyViolations(&f, vs)
	assert.True(t, f.InsufficientLeadTime)
	// Normal/high needs 10 working days: 10 Dec 15:00.
	w = itsm.Interval{Start: bt(2026, 12, 9, 22, 0), End: bt(2026, 12, 9, 23, 0)}
	vs, err = CheckSchedule(w, lead(Normal, High), rules, now)
	require.NoError(t, err)
	require.Len(t, vs, 1)
	assert.True(t, vs[0].End.Equal(bt(2026, 12, 10, 15, 0)), vs[0])
	// Emergency and standard need no notice, even for a window in the past.
	for _, ty := range []Type{Emergency, Standard} {
		vs, err = CheckSchedule(itsm.Interval{Start: now.Add(-time.Hour), End: now}, lead(ty, Critical), rules, now)
		require.NoError(t, err)
		assert.Empty(t, vs)
	}
	// Requested Friday 18:00, after hours: counting starts at Monday's
	// opening, so 2 working days end Wednesday 2 Dec 08:00.
	fri := bt(2026, 11, 27, 18, 0)
	vs, err = CheckSchedule(itsm.Interval{Start: bt(2026, 12, 2, 7, 0), End: bt(2026, 12, 2, 9, 0)}, lead(Normal, Low), rules, fri)
	require.NoError(t, err)
	require.Len(t, vs, 1)
	assert.True(t, vs[0].End.Equal(bt(2026, 12, 2, 8, 0)), vs[0])
	// Holidays count as closed: with Christmas in North Rhine-Westphalia
	// (Fri 25 and Sat 26 Dec), 2 working days after Wed 23 Dec 10:00 are
	// Thu 24 and Mon 28 Dec.
	w5, err := calendar.ParseWeek("Mon-Fri 08:00-17:00")
	require.NoError(t, err)
	nw, err := calendar.New(calendar.Spec{Zone: "Europe/Berlin", Week: w5, Holidays: []calendar.HolidayRef{{Region: "DE-NW"}}})
	require.NoError(t, err)
	rnw := ScheduleRules{WorkingDays: nw}
	vs, err = CheckSchedule(itsm.Interval{Start: bt(2026, 12, 28, 9, 0), End: bt(2026, 12, 28, 11, 0)}, lead(Normal, Low), rnw, bt(2026, 12, 23, 10, 0))
	require.NoError(t, err)
	require.Len(t, vs, 1)
	assert.True(t, vs[0].End.Equal(bt(2026, 12, 28, 10, 0)), vs[0])
	// Notice without a calendar to count on is an error, as is notice out
	// of range.
	_, err = CheckSchedule(w, lead(Normal, High), ScheduleRules{}, now)
	require.ErrorIs(t, err, ErrSchedule)
	for _, n := range []int{-1, maxLeadDays + 1} {
		_, err = CheckSchedule(w, n, rules, now)
		require.ErrorIs(t, err, ErrSchedule)
	}
}

// nextSlotReference steps minute by minute: the first s ≥ after with
// [s, s+length) fully open and free of busy windows.
func nextSlotReference(c *calendar.Calendar, after time.Time, length time.Duration, busy []itsm.Interval, until time.Time) (itsm.Interval, bool) {
	for s := after; !s.Add(length).After(until); s = s.Add(time.Minute) {
		w := itsm.Interval{Start: s, End: s.Add(length)}
		if c.Between(w.Start, w.End) != length {
			continue
		}
		free := true
		for _, b := range busy {
			free = free && !w.Overlaps(b)
		}
		if free {
			return w, true
		}
	}
	return itsm.Interval{}, false
}

func TestPropNextSlotAgreesWithReference(t *testing.T) {
	days := []string{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}
	spans := []string{"08:00-12:00", "13:00-17:30", "20:00-23:00", "22:00-06:00", "00:00-24:00", "05:15-05:45"}
	base := bt(2026, 10, 19, 0, 0) // a week before the October DST change
	rapid.Check(t, func(t *rapid.T) {
		var week []string
		for _, d := range days {
			if rapid.IntRange(0, 2).Draw(t, "open") > 0 {
				week = append(week, d+" "+rapid.SampledFrom(spans).Draw(t, "span"))
			}
		}
		if len(week) == 0 {
			week = []string{"Sat 22:00-06:00"}
		}
		w, err := calendar.ParseWeek(strings.Join(week, "; "))
		require.NoError(t, err)
		c, err := calendar.New(calendar.Spec{Zone: "Europe/Berlin", Week: w})
		if err != nil {
			return // an overnight span ran into the next day's hours: not a calendar
		}
		after := base.Add(time.Duration(rapid.IntRange(0, 7*24*4).Draw(t, "after")) * 15 * time.Minute)
		length := time.Duration(rapid.IntRange(1, 8*4).Draw(t, "len")) * 15 * time.Minute
		until := after.Add(time.Duration(rapid.IntRange(1, 10*24).Draw(t, "range")) * time.Hour)
		var busy []itsm.Interval
		for range rapid.IntRange(0, 6).Draw(t, "nbusy") {
			s := base.Add(time.Duration(rapid.IntRange(0, 10*24*4).Draw(t, "bs")) * 15 * time.Minute)
			busy = append(busy, itsm.Interval{Start: s, End: s.Add(time.Duration(rapid.IntRange(1, 40).Draw(t, "bl")) * 15 * time.Minute)})
		}
		want, ok := nextSlotReference(c, after, length, busy, until)
		got, err := NextSlot(c, after, length, busy, until)
		if !ok {
			require.ErrorIs(t, err, ErrNoSlot)
			return
		}
		require.NoError(t, err)
		require.True(t, want.Start.Equal(got.Start) && want.End.Equal(got.End), "want %v got %v", want, got)
	})
}

func TestNextAllowedSlot(t *testing.T) {
	office := mustCal(t, "Europe/Berlin", "Mon-Fri 08:00-17:00")
	rules := ScheduleRules{
		Maintenance:  mustCal(t, "Europe/Berlin", "Mon-Sun 20:00-24:00"),
		ServiceHours: mustCal(t, "Europe/Berlin", "Mon-Fri 07:00-21:00"),
		Freeze:       mustCal(t, "Europe/Berlin", "Sun 00:00-24:00"),
		Blackouts:    []Blackout{{Name: "audit", Interval: itsm.Interval{Start: bt(2026, 11, 28, 0, 0), End: bt(2026, 11, 29, 0, 0)}}},
		WorkingDays:  office,
	}
	now := bt(2026, 11, 26, 15, 0) // Thursday
	// normal/low needs 2 working days: not before Monday 30 Nov 15:00; that
	// evening maintenance opens at 20:00 but service hours run to 21:00.
	s, err := NextAllowedSlot(rules, lead(Normal, Low), now, 2*time.Hour, nil, now.AddDate(0, 1, 0))
	require.NoError(t, err)
	assert.True(t, s.Start.Equal(bt(2026, 11, 30, 21, 0)), s)
	vs, err := CheckSchedule(s, lead(Normal, Low), rules, now)
	require.NoError(t, err)
	assert.Empty(t, vs)
	// An emergency can go tonight: Thu 26 Nov 21:00.
	s, err = NextAllowedSlot(rules, lead(Emergency, High), now, 2*time.Hour, nil, now.AddDate(0, 1, 0))
	require.NoError(t, err)
	assert.True(t, s.Start.Equal(bt(2026, 11, 26, 21, 0)), s)
	// 4h fits only on Saturday 20–24 (Sunday frozen, weekdays cut by service
	// hours) — and this Saturday is the audit blackout, so the next one.
	s, err = NextAllowedSlot(rules, lead(Emergency, High), now, 4*time.Hour, nil, now.AddDate(0, 1, 0))
	require.NoError(t, err)
	assert.True(t, s.Start.Equal(bt(2026, 12, 5, 20, 0)), s)
	_, err = NextAllowedSlot(rules, lead(Normal, High), now, time.Hour, nil, now.AddDate(0, 0, 3))
	require.ErrorIs(t, err, ErrNoSlot)
}

func TestPropNextAllowedSlotPassesCheck(t *testing.T) {
	office := mustCal(t, "Europe/Berlin", "Mon-Fri 08:00-17:00")
	base := bt(2026, 10, 19, 0, 0)
	rules := ScheduleRules{
		Maintenance:  mustCal(t, "Europe/Berlin", "Mon-Fri 19:00-23:00; Sat 22:00-06:00"),
		ServiceHours: mustCal(t, "Europe/Berlin", "Mon-Fri 07:00-20:00"),
		Freeze:       mustCal(t, "Europe/Berlin", "Wed 00:00-24:00"),
		WorkingDays:  office,
	}
	rapid.Check(t, func(t *rapid.T) {
		now := base.Add(time.Duration(rapid.IntRange(0, 14*24*4).Draw(t, "now")) * 15 * time.Minute)
		ty := Type(rapid.IntRange(1, 3).Draw(t, "type"))
		l := Level(rapid.IntRange(1, 5).Draw(t, "level"))
		length := time.Duration(rapid.IntRange(1, 16).Draw(t, "len")) * 15 * time.Minute
		var busy []itsm.Interval
		for range rapid.IntRange(0, 5).Draw(t, "nbusy") {
			s := now.Add(time.Duration(rapid.IntRange(0, 20*24).Draw(t, "bs")) * time.Hour)
			busy = append(busy, itsm.Interval{Start: s, End: s.Add(time.Duration(rapid.IntRange(1, 12).Draw(t, "bl")) * time.Hour)})
		}
		r := rules
		for _, b := range busy[:len(busy)/2] {
			r.Blackouts = append(r.Blackouts, Blackout{Name: "b", Interval: b})
		}
		s, err := NextAllowedSlot(r, lead(ty, l), now, length, busy[len(busy)/2:], now.AddDate(0, 2, 0))
		require.NoError(t, err)
		require.Equal(t, length, s.Duration())
		vs, err := CheckSchedule(s, lead(ty, l), r, now)
		require.NoError(t, err)
		require.Empty(t, vs, "slot %v", s)
		for _, b := range busy {
			require.False(t, s.Overlaps(b))
		}
		// Earliest: one quarter-hour earlier (all inputs are on the quarter)
		// is rejected or overlaps busy, unless it is before now.
		prev := itsm.Interval{Start: s.Start.Add(-15 * time.Minute), End: s.End.Add(-15 * time.Minute)}
		if !prev.Start.Before(now) {
			vs, err := CheckSchedule(prev, lead(ty, l), r, now)
			require.NoError(t, err)
			clash := len(vs) > 0
			for _, b := range busy[len(busy)/2:] {
				clash = clash || prev.Overlaps(b)
			}
			require.True(t, clash, "an earlier slot %v was free", prev)
		}
	})
}

func BenchmarkCheckSchedule(b *testing.B) {
	rules := ScheduleRules{
		Maintenance:  mustCal(b, "Europe/Berlin", "Sat 22:00-06:00"),
		ServiceHours: mustCal(b, "Europe/Berlin", "Mon-Fri 07:00-19:00"),
		Blackouts:    []Blackout{{Name: "year-end", Interval: itsm.Interval{Start: bt(2026, 12, 19, 0, 0), End: bt(2027, 1, 4, 0, 0)}}},
	}
	w := itsm.Interval{Start: bt(2026, 11, 28, 23, 0), End: bt(2026, 11, 29, 3, 0)}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := CheckSchedule(w, 0, rules, bt(2026, 11, 1, 9, 0)); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkNextSlot(b *testing.B) {
	maint := mustCal(b, "Europe/Berlin", "Sat 22:00-06:00")
	from := bt(2026, 1, 5, 9, 0)
	var busy []itsm.Interval // every Saturday night of the year booked but the last
	for d := from; d.Year() == 2026; d = d.AddDate(0, 0, 1) {
		if d.Weekday() == time.Saturday && d.Month() != time.December {
			busy = append(busy, itsm.Interval{Start: time.Date(d.Year(), d.Month(), d.Day(), 22, 0, 0, 0, berlin), End: time.Date(d.Year(), d.Month(), d.Day()+1, 6, 0, 0, 0, berlin)})
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := NextSlot(maint, from, 4*time.Hour, busy, from.AddDate(1, 0, 0)); err != nil {
			b.Fatal(err)
		}
	}
}

func TestPropCheckScheduleAgreesWithMinuteStepping(t *testing.T) {
	maint := mustCal(t, "Europe/Berlin", "Mon-Fri 19:00-23:00; Sat 22:00-06:00")
	service := mustCal(t, "Europe/Berlin", "Mon-Fri 07:00-20:00")
	base := bt(2026, 10, 19, 0, 0) // includes the October DST change
	rapid.Check(t, func(t *rapid.T) {
		s := base.Add(time.Duration(rapid.IntRange(0, 14*24*4).Draw(t, "s")) * 15 * time.Minute)
		w := itsm.Interval{Start: s, End: s.Add(time.Duration(rapid.IntRange(1, 48).Draw(t, "len")) * 15 * time.Minute)}
		vs, err := CheckSchedule(w, 0, ScheduleRules{Maintenance: maint, ServiceHours: service}, s)
		require.NoError(t, err)
		// Reference: step minutes; the first closed maintenance minute
		// starts the gap, the next open one (or the window end) ends it.
		var gap, svc *itsm.Interval
		for m := w.Start; m.Before(w.End); m = m.Add(time.Minute) {
			if !maint.IsOpen(m) && gap == nil {
				gap = &itsm.Interval{Start: m, End: w.End}
			} else if maint.IsOpen(m) && gap != nil && gap.End.Equal(w.End) && m.After(gap.Start) {
				gap.End = m
			}
			if service.IsOpen(m) && svc == nil {
				svc = &itsm.Interval{Start: m, End: w.End}
			} else if !service.IsOpen(m) && svc != nil && svc.End.Equal(w.End) {
				svc.End = m
			}
		}
		var got = map[string]Violation{}
		for _, v := range vs {
			got[v.Rule] = v
		}
		mv, hasM := got[RuleMaintenanceWindow]
		require.Equal(t, gap != nil, hasM, "%v: %v", w, vs)
		if gap != nil {
			require.True(t, gap.Start.Equal(mv.Start) && gap.End.Equal(mv.End), "want %v got %v", gap, mv)
		}
		sv, hasS := got[RuleServiceHours]
		require.Equal(t, svc != nil, hasS, "%v: %v", w, vs)
		if svc != nil {
			require.True(t, svc.Start.Equal(sv.Start) && svc.End.Equal(sv.End), "want %v got %v", svc, sv)
		}
	})
}

func TestScheduleRulesJSON(t *testing.T) {
	office := mustCal(t, "Europe/Berlin", "Mon-Fri 08:00-17:00")
	rules := ScheduleRules{
		Maintenance:  mustCal(t, "Europe/Berlin", "Sat 22:00-06:00"),
		ServiceHours: mustCal(t, "Europe/Berlin", "Mon-Fri 07:00-19:00"),
		Blackouts:    []Blackout{{Name: "year-end", Interval: itsm.Interval{Start: bt(2026, 12, 19, 0, 0), End: bt(2027, 1, 4, 0, 0)}}},
		WorkingDays:  office,
	}
	b, err := json.Marshal(rules)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"maintenance":{"zone":"Europe/Berlin","week":"Sat 22:00-06:00"}`)
	var back ScheduleRules
	require.NoError(t, json.Unmarshal(b, &back))
	b2, err := json.Marshal(back)
	require.NoError(t, err)
	assert.JSONEq(t, string(b), string(b2))
	// The decoded rules decide like the original.
	now := bt(2026, 11, 26, 15, 0)
	for _, w := range []itsm.Interval{{Start: bt(2026, 11, 28, 23, 0), End: bt(2026, 11, 29, 3, 0)},
		{Start: bt(2026, 11, 30, 18, 0), End: bt(2026, 11, 30, 20, 0)},
		{Start: bt(2026, 12, 19, 23, 0), End: bt(2026, 12, 20, 1, 0)},
	} {
		v1, err := CheckSchedule(w, lead(Normal, High), rules, now)
		require.NoError(t, err)
		v2, err := CheckSchedule(w, lead(Normal, High), back, now)
		require.NoError(t, err)
		assert.Equal(t, len(v1), len(v2))
		for i := range v1 {
			assert.Equal(t, v1[i].Detail, v2[i].Detail)
		}
	}
	// Composed calendars round-trip through their Spec too.
	u, err := calendar.Union(rules.Maintenance, rules.ServiceHours)
	require.NoError(t, err)
	b, err = json.Marshal(ScheduleRules{Freeze: u})
	require.NoError(t, err)
	var ub ScheduleRules
	require.NoError(t, json.Unmarshal(b, &ub))
	for h := range 24 * 7 {
		at := bt(2026, 11, 23, 0, 0).Add(time.Duration(h) * time.Hour)
		require.Equal(t, u.IsOpen(at), ub.Freeze.IsOpen(at), at)
	}
	// A calendar without a Spec cannot be encoded: an error, not a silent
	// drop.
	_, err = json.Marshal(ScheduleRules{WorkingDays: new(calendar.Calendar)})
	require.ErrorIs(t, err, ErrSchedule)
	require.ErrorIs(t, json.Unmarshal([]byte(`{"maintenance":{"zone":"Mars/Olympus","week":"Sat 22:00-06:00"}}`), &back), ErrSchedule)
	require.ErrorIs(t, json.Unmarshal([]byte(`{"blackouts":[{"start":"2026-01-02T00:00:00Z","end":"2026-01-01T00:00:00Z"}]}`), &back), ErrSchedule)
	require.Error(t, json.Unmarshal([]byte(`{"lead_times":[]}`), &back))
}

// Lead time counted over both DST transitions keeps the civil time of day:
// Fri 27 Mar 2026 10:00 + 2 working days = Tue 31 Mar 10:00 (spring
// forward on Sunday), Fri 23 Oct 16:30 + 2 = Tue 27 Oct 16:30 (fall back).
func TestCheckScheduleLeadTimeAcrossDST(t *testing.T) {
	office := mustCal(t, "Europe/Berlin", "Mon-Fri 08:00-17:00")
	rules := ScheduleRules{WorkingDays: office}
	for _, c := range [][2][5]int{{{2026, 3, 27, 10, 0}, {2026, 3, 31, 10, 0}}, {{2026, 10, 23, 16, 30}, {2026, 10, 27, 16, 30}}} {
		now := bt(c[0][0], time.Month(c[0][1]), c[0][2], c[0][3], c[0][4])
		want := bt(c[1][0], time.Month(c[1][1]), c[1][2], c[1][3], c[1][4])
		vs, err := CheckSchedule(itsm.Interval{Start: want.Add(-1), End: want.Add(3600e9)}, lead(Normal, Low), rules, now)
		require.NoError(t, err)
		require.Len(t, vs, 1)
		require.True(t, vs[0].End.Equal(want), "%v", vs[0])
		vs, err = CheckSchedule(itsm.Interval{Start: want, End: want.Add(3600e9)}, lead(Normal, Low), rules, now)
		require.NoError(t, err)
		require.Empty(t, vs)
	}
}

// A search bound past the calendars' range ends at the range, and the error
// says so instead of implying years up to the bound were searched.
func TestNextSlotBeyondCalendarRange(t *testing.T) {
	after := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	busy := []itsm.Interval{{Start: after, End: calendar.RangeEnd().Add(-time.Hour)}}
	_, err := NextSlot(calendar.AlwaysOpen(), after, 2*time.Hour, busy, time.Date(9999, 1, 1, 0, 0, 0, 0, time.UTC))
	require.ErrorIs(t, err, ErrNoSlot)
	assert.Contains(t, err.Error(), "calendars end at "+calendar.RangeEnd().Format(time.RFC3339))
	w, err := NextSlot(calendar.AlwaysOpen(), after, time.Hour, busy, time.Date(9999, 1, 1, 0, 0, 0, 0, time.UTC))
	require.NoError(t, err)
	assert.True(t, w.End.Equal(calendar.RangeEnd()), "%s", w)
}

// A window past the calendars' range is an error: the freeze check would
// otherwise pass vacuously there.
func TestCheckScheduleOutsideCalendarRange(t *testing.T) {
	rules := ScheduleRules{Freeze: calendar.AlwaysOpen()}
	end := calendar.RangeEnd()
	_, err := CheckSchedule(itsm.Interval{Start: end.Add(time.Hour), End: end.Add(2 * time.Hour)}, 0, rules, end)
	require.ErrorIs(t, err, ErrSchedule)
	vs, err := CheckSchedule(itsm.Interval{Start: end.Add(-2 * time.Hour), End: end}, 0, rules, end)
	require.NoError(t, err)
	require.Len(t, vs, 1)
	assert.Equal(t, RuleFreeze, vs[0].Rule)
	// Without calendars there is nothing to range-check.
	vs, err = CheckSchedule(itsm.Interval{Start: end.Add(time.Hour), End: end.Add(2 * time.Hour)}, 0, ScheduleRules{}, end)
	require.NoError(t, err)
	assert.Empty(t, vs)
}
