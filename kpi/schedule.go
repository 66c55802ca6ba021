package kpi

import "time"

// Schedule measures how much counted ("business") time lies in [a, b).
// *calendar.Calendar satisfies it; so does [WallClock]. Implementations must
// be additive (Between(a,c) = Between(a,b) + Between(b,c) for a ≤ b ≤ c),
// never negative for a ≤ b and never more than b − a; functions here report
// [ErrSchedule] when they see a violation.
type Schedule interface {
	Between(a, b time.Time) time.Duration
}

// WallClock is the 24×7 schedule: every instant counts, Between(a, b) is
// b − a. Its zero value is ready to use. Functions taking a Schedule treat a
// nil Schedule as WallClock.
type WallClock struct{}

// Between returns b − a.
func (WallClock) Between(a, b time.Time) time.Duration { return b.Sub(a) }

func orWall(s Schedule) Schedule {
	if s == nil {
		return WallClock{}
	}
	return s
}

// between calls s.Between on [a,b) with a ≤ b and checks the contract.
func between(s Schedule, a, b time.Time) (time.Duration, error) {
	d := s.Between(a, b)
	if d < 0 || d > b.Sub(a) {
		return 0, &IntervalError{What: "schedule span " + d.String() + " for", Interval: Interval{a, b}, Err: ErrSchedule}
	}
	return d, nil
}
