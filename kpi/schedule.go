package kpi

import (
	"time"

	"github.com/itsmkit/itsm"
	"github.com/itsmkit/itsm/internal/xmath"
)

// Schedule measures how much counted ("business") time lies in [a, b).
// *calendar.Calendar satisfies it. A nil Schedule means 24×7: every instant
// counts and Between(a, b) is b − a (calendar.AlwaysOpen() is the same
// schedule as a value). Implementations must be additive (Between(a,c) =
// Between(a,b) + Between(b,c) for a ≤ b ≤ c), never negative for a ≤ b and
// never more than b − a; functions here report [ErrSchedule] when they see
// a violation.
type Schedule interface {
	Between(a, b time.Time) time.Duration
}

// wall is the 24×7 schedule a nil Schedule stands for.
type wall struct{}

func (wall) Between(a, b time.Time) time.Duration { return xmath.SubTime(b, a) }

// orWall returns s, or the 24×7 schedule for nil.
func orWall(s Schedule) Schedule {
	if s == nil {
		return wall{}
	}
	return s
}

// between calls s.Between on [a,b) with a ≤ b and checks the contract.
func between(s Schedule, a, b time.Time) (time.Duration, error) {
	d := s.Between(a, b)
	if d < 0 || d > xmath.SubTime(b, a) {
		return 0, scheduleError(d, a, b)
	}
	return d, nil
}

// scheduleError reports a schedule that measured d in [a, b).
func scheduleError(d time.Duration, a, b time.Time) error {
	return errorf("schedule span for "+itsm.Interval{Start: a, End: b}.String(), d.String(), because(ErrSchedule, "negative or longer than the span"))
}
