package kpi

import (
	"fmt"
	"math"
	"slices"
	"time"
)

// Interval is the half-open time span [Start, End): an instant equal to End
// is outside it, so back-to-back intervals do not overlap. Start == End is a
// valid, empty interval. End before Start is invalid ([Interval.Validate]).
type Interval struct {
	Start time.Time `json:"start"` // first instant inside
	End   time.Time `json:"end"`   // first instant after
}

// NewInterval returns [start, end) or an error wrapping [ErrEndBeforeStart]
// or [ErrTooLong].
func NewInterval(start, end time.Time) (Interval, error) {
	i := Interval{start, end}
	if err := i.validate("interval"); err != nil {
		return Interval{}, err
	}
	return i, nil
}

// Validate reports whether End is before Start ([ErrEndBeforeStart]) or the
// span does not fit in a time.Duration ([ErrTooLong]).
func (i Interval) Validate() error { return i.validate("interval") }

func (i Interval) validate(what string) error {
	if i.End.Before(i.Start) {
		return &IntervalError{What: what, Interval: i, Err: ErrEndBeforeStart}
	}
	// time.Time.Sub saturates; a saturated value means the true length is unrepresentable.
	if d := i.End.Sub(i.Start); d == math.MaxInt64 {
		return &IntervalError{What: what, Interval: i, Err: ErrTooLong}
	}
	return nil
}

// windowBefore returns [now − length, now): an error wrapping
// [ErrNegativeDuration] for a negative length (whose negation would
// overflow for math.MinInt64), and [ErrTooLong] when now − length lies
// before the earliest instant time.Time holds (time.Time.Add saturates
// there, which would silently shorten the window).
func windowBefore(now time.Time, length time.Duration) (Interval, error) {
	if length < 0 {
		return Interval{}, durationError("window", length)
	}
	w := Interval{now.Add(-length), now}
	if w.Duration() != length {
		return Interval{}, &IntervalError{What: "window of " + length.String() + " before", Interval: Interval{now, now}, Err: ErrTooLong}
	}
	return w, nil
}

// Duration is End − Start in wall-clock (elapsed) time.
func (i Interval) Duration() time.Duration { return i.End.Sub(i.Start) }

// Empty reports whether the interval contains no instant (End ≤ Start).
func (i Interval) Empty() bool { return !i.Start.Before(i.End) }

// Contains reports whether Start ≤ t < End.
func (i Interval) Contains(t time.Time) bool { return !t.Before(i.Start) && t.Before(i.End) }

// Overlaps reports whether the two intervals share at least one instant.
// Back-to-back intervals ([a,b) and [b,c)) do not overlap.
func (i Interval) Overlaps(o Interval) bool {
	return i.Start.Before(o.End) && o.Start.Before(i.End) && !i.Empty() && !o.Empty()
}

// Intersect returns the common part of i and o; ok is false if it is empty.
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
	return Interval{s, e}, true
}

// String formats the interval as "[start, end)" in RFC 3339.
func (i Interval) String() string {
	return fmt.Sprintf("[%s, %s)", i.Start.Format(time.RFC3339Nano), i.End.Format(time.RFC3339Nano))
}

// MergeIntervals validates the intervals, drops empty ones, sorts them and
// joins those that overlap or touch, returning a sorted list of disjoint,
// non-adjacent, non-empty intervals. overlapped reports whether any two inputs
// shared an instant (touching, back-to-back intervals are joined but do not
// count as overlapping). The input slice is not modified. An invalid
// interval is left out and reported: the error is then a [*BatchError]
// naming each ("interval N", an [IntervalError]) and merged is the merge of
// the others.
func MergeIntervals(in []Interval) (merged []Interval, overlapped bool, err error) {
	merged, overlapped, rej := mergeIntervals("interval", in)
	return merged, overlapped, batchError(rej)
}

// mergeIntervals merges the valid intervals of in and returns a
// RecordError for each invalid one, naming it "what N".
func mergeIntervals(what string, in []Interval) ([]Interval, bool, []RecordError) {
	s := make([]Interval, 0, len(in))
	var rej []RecordError
	for k, iv := range in {
		if err := iv.validate(fmt.Sprintf("%s %d", what, k)); err != nil {
			rej = append(rej, RecordError{Record: what, Index: k, Err: err})
			continue
		}
		if !iv.Empty() {
			s = append(s, iv)
		}
	}
	slices.SortFunc(s, func(a, b Interval) int { return a.Start.Compare(b.Start) })
	out := s[:0]
	overlapped := false
	for _, iv := range s {
		if n := len(out); n > 0 && !iv.Start.After(out[n-1].End) {
			if iv.Start.Before(out[n-1].End) {
				overlapped = true
			}
			if iv.End.After(out[n-1].End) {
				out[n-1].End = iv.End
			}
			continue
		}
		out = append(out, iv)
	}
	return out, overlapped, rej
}

// clipAll intersects every (sorted, disjoint) interval with p.
func clipAll(in []Interval, p Interval) []Interval {
	var out []Interval
	for _, iv := range in {
		if c, ok := iv.Intersect(p); ok {
			out = append(out, c)
		}
	}
	return out
}

// subtract returns a \ b for sorted, disjoint lists.
func subtract(a, b []Interval) []Interval {
	var out []Interval
	j := 0
	for _, iv := range a {
		cur := iv
		for j < len(b) && !b[j].End.After(cur.Start) {
			j++
		}
		k := j
		for k < len(b) && b[k].Start.Before(cur.End) {
			if b[k].Start.After(cur.Start) {
				out = append(out, Interval{cur.Start, b[k].Start})
			}
			if b[k].End.After(cur.Start) {
				cur.Start = b[k].End
			}
			if !cur.Start.Before(cur.End) {
				break
			}
			k++
		}
		if cur.Start.Before(cur.End) {
			out = append(out, cur)
		}
	}
	return out
}
