package sla

import (
	"fmt"
	"time"
)

// Schedule is the clock a target runs on: how much counted ("business") time
// lies in [a, b) and which instant is d of counted time after t.
// *calendar.Calendar satisfies it, and so does [WallClock].
//
// Implementations must follow the calendar contract: Between is additive and
// antisymmetric, Between(a, b) ≤ b − a for a ≤ b, and Add(t, d) for d ≥ 0 is
// the earliest instant r with Between(t, r) == d (d < 0 goes backward). An
// implementation that returns an error from Add makes evaluation fail with
// that error (wrapped in [ErrScheduleFailure]); it never makes it panic.
type Schedule interface {
	Add(t time.Time, d time.Duration) (time.Time, error)
	Between(a, b time.Time) time.Duration
}

// DaySchedule is a [Schedule] with working-day arithmetic, needed by goals in
// [UnitWorkingDays] and [UnitEndOfDay]. *calendar.Calendar satisfies it.
// A user's own schedule may lack it; a target that needs it then fails to
// build with [ErrWorkingDays].
type DaySchedule interface {
	Schedule
	// AddDays returns the instant n working days after t at the same time of day.
	AddDays(t time.Time, n int) (time.Time, error)
	// EndOfDay returns the close of the n-th working day after t's day
	// (n = 0: the end of t's working day).
	EndOfDay(t time.Time, n int) (time.Time, error)
}

// openCloser is implemented by schedules that can say where open time starts
// and ends (*calendar.Calendar); explanations use it to split counted time
// from out-of-hours time. Schedules without it get one segment per interval.
type openCloser interface {
	NextOpen(t time.Time) (time.Time, error)
	NextClose(t time.Time) (time.Time, error)
}

// WallClockName is the schedule name that always resolves to the 24×7
// [WallClock] in UTC unless the caller's schedule map defines it.
const WallClockName = "24x7"

// WallClock is the 24×7 schedule: every instant counts. Working days are
// calendar days in its location (UTC for the zero value), so AddDays keeps
// the civil time of day across DST changes and EndOfDay is the next local
// midnight. The zero value is ready to use. WallClock values are comparable
// and safe for concurrent use.
type WallClock struct {
	loc *time.Location
}

// WallClockIn returns the 24×7 schedule whose working days are the calendar
// days of loc (nil means UTC).
func WallClockIn(loc *time.Location) WallClock { return WallClock{loc: loc} }

// Location returns the location of the schedule's days (UTC for the zero value).
func (w WallClock) Location() *time.Location {
	if w.loc == nil {
		return time.UTC
	}
	return w.loc
}

// Add returns t + d (time.Time.Add, which saturates at the ends of
// time's range instead of wrapping).
func (WallClock) Add(t time.Time, d time.Duration) (time.Time, error) { return t.Add(d), nil }

// Between returns b − a, saturated to the range of time.Duration (about
// ±292 years; time.Time.Sub).
func (WallClock) Between(a, b time.Time) time.Duration { return b.Sub(a) }

// AddDays returns t moved n calendar days in the schedule's location, same
// civil time of day (a DST day is 23 or 25 hours long); n < 0 moves back.
// A result outside years 1–9999 (the years an RFC 3339 timestamp can
// write) is an error wrapping [ErrScheduleFailure], never a wrapped-around
// date.
func (w WallClock) AddDays(t time.Time, n int) (time.Time, error) {
	lt := t.In(w.Location())
	if !wallDaysFit(lt, n) {
		return time.Time{}, wallRangeError("add days", t, n)
	}
	r := lt.AddDate(0, 0, n)
	if !wallYearOK(r) {
		return time.Time{}, wallRangeError("add days", t, n)
	}
	return r, nil
}

// EndOfDay returns the midnight that ends the n-th day after t's day in the
// schedule's location (n = 0: the next midnight; n < 0: days before). A
// result outside years 1–9999 is an error wrapping [ErrScheduleFailure].
func (w WallClock) EndOfDay(t time.Time, n int) (time.Time, error) {
	lt := t.In(w.Location())
	if !wallDaysFit(lt, n) {
		return time.Time{}, wallRangeError("end of day", t, n)
	}
	y, m, d := lt.Date()
	r := time.Date(y, m, d+n+1, 0, 0, 0, 0, w.Location())
	if !wallYearOK(r) {
		return time.Time{}, wallRangeError("end of day", t, n)
	}
	return r, nil
}

// wallDays bounds the day counts WallClock's day arithmetic takes: more
// days than years 1–9999 hold, so every n within it that can give a
// result in range does, and civil day arithmetic on a date within the
// range cannot overflow.
const wallDays = 10000 * 366

// wallDaysFit reports whether t lies in years 1–9999 and |n| ≤ wallDays.
func wallDaysFit(t time.Time, n int) bool {
	return wallYearOK(t) && n >= -wallDays && n <= wallDays
}

func wallYearOK(t time.Time) bool { return t.Year() >= 1 && t.Year() <= 9999 }

func wallRangeError(what string, t time.Time, n int) error {
	return errorf("wall clock: "+what, fmt.Sprintf("%s %+d days", t.Format(time.RFC3339Nano), n),
		fmt.Errorf("%w: the result lies outside years 1–9999", ErrScheduleFailure))
}
