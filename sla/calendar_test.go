package sla

import (
	"sync"
	"testing"
	"time"

	"github.com/itsmkit/itsm/calendar"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"
)

// office is the real business calendar of the tests: Mon–Fri 08:00–17:00
// Europe/Berlin with the public holidays of Nordrhein-Westfalen.
var office = sync.OnceValue(func() *calendar.Calendar {
	w, err := calendar.ParseWeek("Mon-Fri 08:00-17:00")
	if err != nil {
		panic(err)
	}
	c, err := calendar.New(calendar.Spec{Zone: "Europe/Berlin", Week: w, Holidays: []calendar.HolidayRef{{Region: "DE-NW"}}})
	if err != nil {
		panic(err)
	}
	return c
})

// The calendar satisfies the interfaces the clock uses.
var (
	_ DaySchedule = (*calendar.Calendar)(nil)
	_ openCloser  = (*calendar.Calendar)(nil)
)

// The slow day-walking test schedule and the calendar agree (same hours,
// NW holidays of 2026/2027 listed by hand), so the model test's reference is
// the calendar's too.
func TestReferenceScheduleAgreesWithCalendar(t *testing.T) {
	ref := officeHours(nwHolidays...)
	cal := office()
	base := time.Date(2026, time.March, 1, 0, 0, 0, 0, berlin)
	rapid.Check(t, func(t *rapid.T) {
		a := base.Add(time.Duration(rapid.Int64Range(45*24*60, 600*24*60).Draw(t, "a")) * time.Minute)
		d := time.Duration(rapid.Int64Range(-40*24*60, 60*24*60).Draw(t, "d")) * time.Minute
		b := a.Add(d)
		require.Equal(t, ref.Between(a, b), cal.Between(a, b), "Between(%v, %v)", a, b)
		biz := time.Duration(rapid.Int64Range(-200*60, 200*60).Draw(t, "biz")) * time.Minute
		r1, err1 := ref.Add(a, biz)
		r2, err2 := cal.Add(a, biz)
		require.NoError(t, err1)
		require.NoError(t, err2)
		require.True(t, r1.Equal(r2), "Add(%v, %v): ref %v, calendar %v", a, biz, r1, r2)
		n := rapid.IntRange(0, 30).Draw(t, "n")
		e1, _ := ref.EndOfDay(a, n)
		e2, err := cal.EndOfDay(a, n)
		require.NoError(t, err)
		require.True(t, e1.Equal(e2), "EndOfDay(%v, %d): ref %v, calendar %v", a, n, e1, e2)
		a1, _ := ref.AddDays(a, n)
		a2, err := cal.AddDays(a, n)
		require.NoError(t, err)
		require.True(t, a1.Equal(a2), "AddDays(%v, %d): ref %v, calendar %v", a, n, a1, a2)
		require.Equal(t, ref.isOpen(a), cal.IsOpen(a))
	})
}

// Public holidays of Nordrhein-Westfalen, March 2026 – December 2027.
var nwHolidays = [][3]int{
	{2026, 4, 3}, {2026, 4, 6}, {2026, 5, 1}, {2026, 5, 14}, {2026, 5, 25}, {2026, 6, 4}, {2026, 10, 3}, {2026, 11, 1}, {2026, 12, 25}, {2026, 12, 26},
	{2027, 1, 1}, {2027, 3, 26}, {2027, 3, 29}, {2027, 5, 1}, {2027, 5, 6}, {2027, 5, 17}, {2027, 5, 27}, {2027, 10, 3}, {2027, 11, 1}, {2027, 12, 25}, {2027, 12, 26},
}
