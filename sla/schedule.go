package sla

import (
	"errors"
	"time"

	"github.com/itsmkit/itsm/calendar"
)

// Schedule is the clock a target runs on: how much counted ("business") time
// lies in [a, b) and which instant is d of counted time after t.
// *calendar.Calendar satisfies it; calendar.AlwaysOpen() is the 24×7
// schedule, used when none is given.
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

// DaySchedule is a [Schedule] with working-day arithmetic, needed by goals of
// [WorkingDays] and [EndOfWorkingDay]. *calendar.Calendar satisfies it. A
// user's own schedule may lack it; a target that needs it then fails to
// build with an error wrapping [ErrConfig].
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

// alwaysOpenName is the schedule name that resolves to calendar.AlwaysOpen()
// (24×7, UTC days) unless the caller's schedule map or the policy's
// calendars define it. For working days counted in another zone, embed a
// calendar with that zone and "Mon-Sun 00:00-24:00".
const alwaysOpenName = "24x7"

// defaultSchedule is the schedule of a target given none: 24×7.
func defaultSchedule() Schedule { return calendar.AlwaysOpen() }

// beyondRange reports whether err says that a schedule's answer lies
// outside its supported range (calendar.ErrOutOfRange): for a projected
// warning or escalation that means "not within reach", not a failure.
func beyondRange(err error) bool { return err != nil && errors.Is(err, calendar.ErrOutOfRange) }
