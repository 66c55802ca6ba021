package kpi

import (
	"fmt"
	"slices"
	"time"

	"github.com/itsmkit/itsm"
)

// windowBefore returns [now − length, now): an error wrapping
// [ErrOutOfRange] for a negative length (whose negation would overflow for
// math.MinInt64), and [itsm.ErrInterval] when now − length lies before the
// earliest instant time.Time holds (time.Time.Add saturates there, which
// would silently shorten the window).
func windowBefore(now time.Time, length time.Duration) (itsm.Interval, error) {
	if length < 0 {
		return itsm.Interval{}, negativeError("window", length)
	}
	w := itsm.Interval{Start: now.Add(-length), End: now}
	if w.Duration() != length {
		return itsm.Interval{}, errorf("window of "+length.String()+" before", now.Format(time.RFC3339Nano), because(itsm.ErrInterval, "starts before the earliest time.Time"))
	}
	return w, nil
}

// mergeIntervals validates the intervals, drops empty ones, sorts them and
// joins those that overlap or touch, returning a sorted list of disjoint,
// non-adjacent, non-empty intervals. overlapped reports whether any two
// inputs shared an instant (touching, back-to-back intervals are joined but
// do not count as overlapping). The input slice is not modified. An invalid
// interval is left out and reported as an itsm.RecordError of kind what.
func mergeIntervals(what string, in []itsm.Interval) ([]itsm.Interval, bool, []itsm.RecordError) {
	s := make([]itsm.Interval, 0, len(in))
	var rej []itsm.RecordError
	for k, iv := range in {
		if err := checkInterval(fmt.Sprintf("%s %d", what, k), iv); err != nil {
			rej = append(rej, itsm.RecordError{Kind: what, Index: k, Err: err})
			continue
		}
		if !iv.Empty() {
			s = append(s, iv)
		}
	}
	slices.SortFunc(s, func(a, b itsm.Interval) int { return a.Start.Compare(b.Start) })
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
func clipAll(in []itsm.Interval, p itsm.Interval) []itsm.Interval {
	var out []itsm.Interval
	for _, iv := range in {
		if c, ok := iv.Intersect(p); ok {
			out = append(out, c)
		}
	}
	return out
}

// subtract returns a \ b for sorted, disjoint lists.
func subtract(a, b []itsm.Interval) []itsm.Interval {
	var out []itsm.Interval
	j := 0
	for _, iv := range a {
		cur := iv
		for j < len(b) && !b[j].End.After(cur.Start) {
			j++
		}
		k := j
		for k < len(b) && b[k].Start.Before(cur.End) {
			if b[k].Start.After(cur.Start) {
				out = append(out, itsm.Interval{Start: cur.Start, End: b[k].Start})
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
