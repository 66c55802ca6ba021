package kpi

import "time"

// Sample keeps every duration of a time-to-X measure in memory for exact
// percentiles, with censored items (still open at the cut-off) kept apart as
// in [TimeTo]. Merging is multiset union: a commutative monoid whose zero
// value is empty. Add appends (amortised allocation; use [TimeTo] when only
// count/mean/min/max are needed). Not safe for concurrent mutation.
// Create one as &Sample{Measure: m, Clock: c}. Methods on a nil *Sample
// report an empty sample (Add, AddOpen, Observe and Merge return an
// error).
//
// Percentiles from a Sample are exact under their stated definition. For
// bounded memory use [Sketch], whose nearest-rank percentiles carry a
// stated relative error bound.
type Sample struct {
	Measure   Measure `json:"measure"` // what is measured
	Clock     Clock   `json:"clock"`   // in which time
	completed []time.Duration
	censored  []time.Duration
}

// nilSample is the error of a mutating method on a nil *Sample.
func nilSample(what string) error {
	return errorf("sample "+what, "", because(ErrInvalidConfig, "nil *Sample"))
}

// Add records a completed duration (negative: error wrapping
// [ErrOutOfRange], not recorded).
func (s *Sample) Add(d time.Duration) error {
	if s == nil {
		return nilSample("add")
	}
	if d < 0 {
		return negativeError("duration", d)
	}
	s.completed = append(s.completed, d)
	return nil
}

// AddOpen records a censored item's elapsed time so far (negative: error).
func (s *Sample) AddOpen(d time.Duration) error {
	if s == nil {
		return nilSample("add")
	}
	if d < 0 {
		return negativeError("duration", d)
	}
	s.censored = append(s.censored, d)
	return nil
}

// Observe classifies and records one item exactly like [TimeTo.Observe].
func (s *Sample) Observe(sched Schedule, start, end, asOf time.Time) error {
	if s == nil {
		return nilSample("observe")
	}
	d, open, err := observe(sched, start, end, asOf)
	if err != nil {
		return err
	}
	if open {
		s.censored = append(s.censored, d)
	} else {
		s.completed = append(s.completed, d)
	}
	return nil
}

// Merge appends o's items to s. Different measures or clocks are an error
// wrapping [ErrMismatch], as for [TimeTo.Merge].
func (s *Sample) Merge(o *Sample) error {
	if o == nil || (len(o.completed) == 0 && len(o.censored) == 0 && o.Measure == MeasureUnspecified && o.Clock == Wall) {
		return nil
	}
	if s == nil {
		return nilSample("merge")
	}
	empty := len(s.completed) == 0 && len(s.censored) == 0 && s.Measure == MeasureUnspecified && s.Clock == Wall
	if !empty && ((s.Measure != o.Measure && s.Measure != MeasureUnspecified && o.Measure != MeasureUnspecified) || s.Clock != o.Clock) {
		return mismatch("sample merge", o.Measure, o.Clock, s.Measure, s.Clock)
	}
	if s.Measure == MeasureUnspecified {
		s.Measure = o.Measure
	}
	if empty {
		s.Clock = o.Clock
	}
	s.completed = append(s.completed, o.completed...)
	s.censored = append(s.censored, o.censored...)
	return nil
}

// Completed returns the distribution of completed items; its
// [Distribution.Stats] are their count, mean, minimum and maximum.
func (s *Sample) Completed() Distribution {
	if s == nil {
		return Distribution{}
	}
	return newDistribution(s.completed)
}

// Censored returns the distribution of censored items' elapsed times.
func (s *Sample) Censored() Distribution {
	if s == nil {
		return Distribution{}
	}
	return newDistribution(s.censored)
}

// AtLeast returns the distribution of completed items and censored items'
// lower bounds together. Every statistic offered by [Distribution] is
// non-decreasing in each value, so each is a lower bound on what it will be
// once the censored items close.
func (s *Sample) AtLeast() Distribution {
	if s == nil {
		return Distribution{}
	}
	all := make([]time.Duration, 0, len(s.completed)+len(s.censored))
	return newDistribution(append(append(all, s.completed...), s.censored...))
}
