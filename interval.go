package itsm

import (
	"fmt"
	"math"
	"time"
)

// Interval is the half-open time span [Start, End), the one interval type
// of the module (outages, maintenance windows, pauses, reporting periods,
// changes). An instant equal to End lies outside it, so back-to-back
// intervals do not overlap. Start == End is a valid, empty interval: it
// contains no instant and overlaps nothing. End before Start is invalid
// ([Interval.Validate]).
//
// Packages that give an empty interval a further meaning say so (a
// zero-length change in package change is an instant that conflicts with
// the windows containing it); the methods here never do.
//
// The JSON form is {"start": RFC 3339, "end": RFC 3339}.
type Interval struct {
	Start time.Time `json:"start"` // first instant inside
	End   time.Time `json:"end"`   // first instant after
}

// NewInterval returns [start, end) or an [*Error] wrapping [ErrInterval]
// when end is before start or the length does not fit in a time.Duration.
func NewInterval(start, end time.Time) (Interval, error) {
	i := Interval{Start: start, End: end}
	if err := i.Validate(); err != nil {
		return Interval{}, err
	}
	return i, nil
}

// Validate reports an [*Error] wrapping [ErrInterval] when End is before
// Start or End − Start does not fit in a time.Duration.
func (i Interval) Validate() error {
	if i.End.Before(i.Start) {
		return &Error{Pkg: "itsm", Context: "interval", Input: i.String(), Err: fmt.Errorf("%w: end before start", ErrInterval)}
	}
	// time.Time.Sub saturates: a saturated value means the true length is unrepresentable.
	if i.End.Sub(i.Start) == math.MaxInt64 {
		return &Error{Pkg: "itsm", Context: "interval", Input: i.String(), Err: fmt.Errorf("%w: longer than 292 years", ErrInterval)}
	}
	return nil
}

// Duration returns End − Start in elapsed time (0 for an empty or invalid
// interval; saturated at the extremes of time.Duration).
func (i Interval) Duration() time.Duration {
	if i.Empty() {
		return 0
	}
	return i.End.Sub(i.Start)
}

// Empty reports whether the interval contains no instant (End ≤ Start).
func (i Interval) Empty() bool { return !i.Start.Before(i.End) }

// Contains reports whether Start ≤ t < End.
func (i Interval) Contains(t time.Time) bool { return !t.Before(i.Start) && t.Before(i.End) }

// Overlaps reports whether the two intervals share at least one instant.
// Back-to-back intervals ([a,b) and [b,c)) and empty intervals overlap
// nothing.
func (i Interval) Overlaps(o Interval) bool {
	return !i.Empty() && !o.Empty() && i.Start.Before(o.End) && o.Start.Before(i.End)
}

// Intersect returns the instants common to i and o; ok is false when there
// are none.
func (i Interval) Intersect(o Interval) (Interval, bool) {
	s, e := i.Start, i.End
	if o.Start.After(s) {
		s = o.Start
	}
	if o.End.Before(e) {
		e = o.End
	}
	if !s.Before(e) {
		return Interval{}, false
	}
	return Interval{Start: s, End: e}, true
}

// String formats the interval as "[start, end)" in RFC 3339.
func (i Interval) String() string {
	return "[" + i.Start.Format(time.RFC3339Nano) + ", " + i.End.Format(time.RFC3339Nano) + ")"
}
