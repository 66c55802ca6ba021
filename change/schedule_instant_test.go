package change

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/itsmkit/itsm"
	"github.com/itsmkit/itsm/calendar"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"
)

// An instant change (Start == End, 951 of the 2,632 changes in Rabobank's
// log) can be schedule-checked: it lies inside a maintenance window when
// s ≤ t < e for one of its spans, in a blackout when the blackout contains
// t, and its lead time is measured to t. CheckSchedule refused every
// instant as an empty window.
func TestCheckScheduleInstant(t *testing.T) {
	maint := mustCal(t, "Europe/Berlin", "Sat 22:00-06:00")
	service := mustCal(t, "Europe/Berlin", "Mon-Fri 07:00-19:00")
	rules := ScheduleRules{Maintenance: maint, ServiceHours: service,
		Blackouts: []Blackout{{Name: "year-end", Interval: itsm.Interval{Start: bt(2026, 12, 19, 0, 0), End: bt(2027, 1, 4, 0, 0)}}}}
	now := bt(2026, 11, 1, 9, 0)
	instant := func(t time.Time) itsm.Interval { return itsm.Interval{Start: t, End: t} }
	rulesOf := func(vs []Violation) []string {
		var out []string
		for _, v := range vs {
			out = append(out, v.Rule)
		}
		return out
	}
	for _, c := range []struct {
		at   time.Time
		want []string
	}{
		{bt(2026, 11, 28, 23, 0), nil},                            // Saturday night, inside the window
		{bt(2026, 11, 28, 22, 0), nil},                            // at the window's start: s ≤ t
		{bt(2026, 11, 29, 6, 0), []string{RuleMaintenanceWindow}}, // at its end: t < e fails
		{bt(2026, 11, 30, 18, 0), []string{RuleMaintenanceWindow, RuleServiceHours}},
		{bt(2026, 11, 30, 19, 0), []string{RuleMaintenanceWindow}},              // service hours end at 19:00
		{bt(2026, 12, 19, 23, 0), []string{RuleBlackout}},                       // in the blackout, inside the window
		{bt(2026, 12, 19, 0, 0), []string{RuleMaintenanceWindow, RuleBlackout}}, // at the blackout's start
		{bt(2027, 1, 4, 0, 0), []string{RuleMaintenanceWindow}},                 // at the blackout's end: outside it
	} {
		vs, err := CheckSchedule(instant(c.at), 0, rules, now)
		require.NoError(t, err, c.at)
		assert.Equal(t, c.want, rulesOf(vs), c.at)
		for _, v := range vs {
			assert.True(t, v.Start.Equal(c.at) && v.End.Equal(c.at), "%s: offending part %s–%s, want the instant", c.at, v.Start, v.End)
			assert.Contains(t, v.Detail, "the instant "+c.at.Format(time.RFC3339))
			if v.Rule == RuleBlackout {
				assert.Equal(t, "year-end", v.Name)
			}
		}
	}
	// A freeze calendar: frozen when it is open at t.
	fr := mustCal(t, "Europe/Berlin", "Sat-Sun 00:00-24:00")
	vs, err := CheckSchedule(instant(bt(2026, 11, 28, 23, 0)), 0, ScheduleRules{Freeze: fr}, now)
	require.NoError(t, err)
	assert.Equal(t, []string{RuleFreeze}, rulesOf(vs))
	var f Facts
	ApplyViolations(&f, vs)
	assert.True(t, f.InFreeze)
	vs, err = CheckSchedule(instant(bt(2026, 11, 30, 0, 0)), 0, ScheduleRules{Freeze: fr}, now)
	require.NoError(t, err)
	assert.Empty(t, vs, "Monday 00:00 is the freeze's end")

	// Lead time is measured to t: normal/low needs 2 working days, from
	// Thursday 15:00 to Monday 30 Nov 15:00.
	office := mustCal(t, "Europe/Berlin", "Mon-Fri 08:00-17:00")
	lr := ScheduleRules{WorkingDays: office}
	req := bt(2026, 11, 26, 15, 0)
	vs, err = CheckSchedule(instant(bt(2026, 11, 30, 15, 0)), lead(Normal, Low), lr, req)
	require.NoError(t, err)
	assert.Empty(t, vs)
	vs, err = CheckSchedule(instant(bt(2026, 11, 30, 14, 59)), lead(Normal, Low), lr, req)
	require.NoError(t, err)
	require.Len(t, vs, 1)
	assert.Equal(t, RuleLeadTime, vs[0].Rule)
	assert.True(t, vs[0].Start.Equal(bt(2026, 11, 30, 14, 59)) && vs[0].End.Equal(bt(2026, 11, 30, 15, 0)), vs[0])

	// Inverted windows are still errors; an instant outside the calendars'
	// range is one too (at RangeEnd nothing is open, so a freeze would pass
	// vacuously), one just inside is checked.
	_, err = CheckSchedule(itsm.Interval{Start: now, End: now.Add(-1)}, 0, rules, now)
	require.ErrorIs(t, err, ErrSchedule)
	end := calendar.RangeEnd()
	_, err = CheckSchedule(instant(end), 0, ScheduleRules{Freeze: calendar.AlwaysOpen()}, now)
	require.ErrorIs(t, err, ErrSchedule)
	_, err = CheckSchedule(instant(calendar.RangeStart().Add(-1)), 0, ScheduleRules{Freeze: calendar.AlwaysOpen()}, now)
	require.ErrorIs(t, err, ErrSchedule)
	vs, err = CheckSchedule(instant(end.Add(-time.Hour)), 0, ScheduleRules{Freeze: calendar.AlwaysOpen()}, now)
	require.NoError(t, err)
	assert.Equal(t, []string{RuleFreeze}, rulesOf(vs))
}

// The instant rules of CheckSchedule against the calendars' IsOpen and a
// plain containment test, over two weeks that include a DST change.
func TestPropCheckScheduleInstant(t *testing.T) {
	maint := mustCal(t, "Europe/Berlin", "Mon-Fri 19:00-23:00; Sat 22:00-06:00")
	service := mustCal(t, "Europe/Berlin", "Mon-Fri 07:00-20:00")
	base := bt(2026, 10, 19, 0, 0)
	rapid.Check(t, func(t *rapid.T) {
		at := base.Add(time.Duration(rapid.IntRange(0, 14*24*4).Draw(t, "at")) * 15 * time.Minute)
		bs := base.Add(time.Duration(rapid.IntRange(0, 14*24*4).Draw(t, "bs")) * 15 * time.Minute)
		b := Blackout{Name: "b", Interval: itsm.Interval{Start: bs, End: bs.Add(time.Duration(rapid.IntRange(1, 48).Draw(t, "bl")) * 15 * time.Minute)}}
		vs, err := CheckSchedule(itsm.Interval{Start: at, End: at}, 0,
			ScheduleRules{Maintenance: maint, ServiceHours: service, Blackouts: []Blackout{b}}, at)
		require.NoError(t, err)
		var want []string
		if !maint.IsOpen(at) {
			want = append(want, RuleMaintenanceWindow)
		}
		if service.IsOpen(at) {
			want = append(want, RuleServiceHours)
		}
		if !at.Before(b.Start) && at.Before(b.End) {
			want = append(want, RuleBlackout)
		}
		var got []string
		for _, v := range vs {
			got = append(got, v.Rule)
		}
		require.Equal(t, want, got, "instant %s, blackout %s", at, b)
	})
}

// NextSlot accepts zero-length busy windows (instant changes): a slot
// [a, b) must not contain the instant t, that is a ≤ t < b must fail. It
// refused every instant as an empty window, so one instant change in the
// busy list failed the search.
func TestNextSlotInstantBusy(t *testing.T) {
	maint := mustCal(t, "Europe/Berlin", "Wed 20:00-23:00; Sat 22:00-06:00")
	from := bt(2026, 11, 23, 9, 0) // Monday
	until := from.AddDate(0, 1, 0)
	wed := func(h, m int) time.Time { return bt(2026, 11, 25, h, m) }
	for _, c := range []struct {
		name   string
		busy   time.Time
		length time.Duration
		want   time.Time
	}{
		// An instant at 22:00 is outside [20:00, 22:00): the slot may end there.
		{"at the slot's end", wed(22, 0), 2 * time.Hour, wed(20, 0)},
		// An instant at the window's start blocks every slot starting there;
		// the first instant after it is t + 1ns.
		{"at the slot's start", wed(20, 0), 2 * time.Hour, wed(20, 0).Add(time.Nanosecond)},
		{"inside", wed(20, 30), 2 * time.Hour, wed(20, 30).Add(time.Nanosecond)},
		// Inside, with no room left after it that evening: Saturday.
		{"inside, no room after", wed(21, 30), 2 * time.Hour, bt(2026, 11, 28, 22, 0)},
		{"outside any window", wed(19, 0), 2 * time.Hour, wed(20, 0)},
	} {
		busy := []itsm.Interval{{Start: c.busy, End: c.busy}}
		s, err := NextSlot(maint, from, c.length, busy, until)
		require.NoError(t, err, c.name)
		assert.True(t, s.Start.Equal(c.want), "%s: got %s, want start %s", c.name, s, c.want)
		assert.Equal(t, c.length, s.Duration(), c.name)
		assert.False(t, !c.busy.Before(s.Start) && c.busy.Before(s.End), "%s: slot %s contains the instant %s", c.name, s, c.busy)
	}
	// An instant at a busy window's end is not merged away: [20:00, 20:30)
	// busy and an instant at 20:30 push the slot past 20:30.
	busy := []itsm.Interval{{Start: wed(20, 0), End: wed(20, 30)}, {Start: wed(20, 30), End: wed(20, 30)}}
	s, err := NextSlot(maint, from, time.Hour, busy, until)
	require.NoError(t, err)
	assert.True(t, s.Start.Equal(wed(20, 30).Add(time.Nanosecond)), "%s", s)
	// Inverted busy windows are still errors.
	_, err = NextSlot(maint, from, time.Hour, []itsm.Interval{{Start: wed(21, 0), End: wed(20, 0)}}, until)
	require.ErrorIs(t, err, ErrSchedule)
	// Instants at the edges of time.Time neither overflow nor block.
	far := []itsm.Interval{{Start: time.Unix(1<<62, 0), End: time.Unix(1<<62, 0)}, {Start: time.Time{}, End: time.Time{}}}
	s, err = NextSlot(maint, from, 2*time.Hour, far, until)
	require.NoError(t, err)
	assert.True(t, s.Start.Equal(wed(20, 0)), "%s", s)
	// NextAllowedSlot passes instants on.
	s, err = NextAllowedSlot(ScheduleRules{Maintenance: maint}, 0, from, 2*time.Hour,
		[]itsm.Interval{{Start: wed(20, 30), End: wed(20, 30)}}, until)
	require.NoError(t, err)
	assert.True(t, s.Start.Equal(wed(20, 30).Add(time.Nanosecond)), "%s", s)
}

// nextSlotCandidates is a slow model of NextSlot with instants among the
// busy windows: the earliest slot starts at after, at a span start, at a
// busy window's end or just after a busy instant, so it tries each of
// those in order and keeps the first that is inside open time and clear of
// every busy window (a ≤ t < b for an instant t).
func nextSlotCandidates(c *calendar.Calendar, after time.Time, length time.Duration, busy []itsm.Interval, until time.Time) (itsm.Interval, bool) {
	cands := []time.Time{after}
	for sp := range c.Spans(after, until) {
		cands = append(cands, sp.Start)
	}
	for _, b := range busy {
		cands = append(cands, b.End)
		if b.Start.Equal(b.End) {
			cands = append(cands, b.Start.Add(time.Nanosecond))
		}
	}
	slices.SortFunc(cands, func(a, b time.Time) int { return a.Compare(b) })
	for _, s := range cands {
		w := itsm.Interval{Start: s, End: s.Add(length)}
		if s.Before(after) || w.End.After(until) || c.Between(w.Start, w.End) != length {
			continue
		}
		free := true
		for _, b := range busy {
			if b.Start.Equal(b.End) {
				free = free && !(!b.Start.Before(w.Start) && b.Start.Before(w.End))
			} else {
				free = free && !w.Overlaps(b)
			}
		}
		if free {
			return w, true
		}
	}
	return itsm.Interval{}, false
}

func TestPropNextSlotInstantsAgreeWithModel(t *testing.T) {
	days := []string{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}
	spans := []string{"08:00-12:00", "13:00-17:30", "20:00-23:00", "22:00-06:00", "05:15-05:45"}
	base := bt(2026, 10, 19, 0, 0)
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
			return
		}
		after := base.Add(time.Duration(rapid.IntRange(0, 7*24*4).Draw(t, "after")) * 15 * time.Minute)
		length := time.Duration(rapid.IntRange(1, 8*4).Draw(t, "len")) * 15 * time.Minute
		until := after.Add(time.Duration(rapid.IntRange(1, 10*24).Draw(t, "range")) * time.Hour)
		var busy []itsm.Interval
		for range rapid.IntRange(0, 8).Draw(t, "nbusy") {
			s := base.Add(time.Duration(rapid.IntRange(0, 10*24*4).Draw(t, "bs")) * 15 * time.Minute)
			busy = append(busy, itsm.Interval{Start: s, End: s.Add(time.Duration(rapid.IntRange(0, 12).Draw(t, "bl")) * 15 * time.Minute)})
		}
		want, ok := nextSlotCandidates(c, after, length, busy, until)
		got, err := NextSlot(c, after, length, busy, until)
		if !ok {
			require.ErrorIs(t, err, ErrNoSlot)
			return
		}
		require.NoError(t, err)
		require.True(t, want.Start.Equal(got.Start) && want.End.Equal(got.End), "want %v got %v", want, got)
	})
}
