package kpi

import (
	"fmt"
	"slices"
	"time"

	"github.com/shopspring/decimal"
)

// Sample keeps every duration of a time-to-X measure in memory for exact
// percentiles, with censored items (still open at the cut-off) kept apart as
// in [TimeTo]. Merging is multiset union: a commutative monoid whose zero
// value is empty. Add appends (amortised allocation; use [TimeTo] when only
// count/mean/min/max are needed). Not safe for concurrent mutation.
//
// Percentiles from a Sample are exact under their stated definition. For
// bounded memory use [Sketch], whose nearest-rank percentiles carry a
// stated relative error bound.
type Sample struct {
	Measure   Measure // what is measured
	Clock     Clock   // in which time
	completed []time.Duration
	censored  []time.Duration
}

// NewSample returns an empty sample for measure m in clock c.
func NewSample(m Measure, c Clock) *Sample { return &Sample{Measure: m, Clock: c} }

// Add records a completed duration (negative: error, not recorded).
func (s *Sample) Add(d time.Duration) error {
	if d < 0 {
		return durationError("duration", d)
	}
	s.completed = append(s.completed, d)
	return nil
}

// AddOpen records a censored item's elapsed time so far (negative: error).
func (s *Sample) AddOpen(d time.Duration) error {
	if d < 0 {
		return durationError("duration", d)
	}
	s.censored = append(s.censored, d)
	return nil
}

// Observe classifies and records one item exactly like [TimeTo.Observe].
func (s *Sample) Observe(sched Schedule, start, end, asOf time.Time) error {
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
	empty := len(s.completed) == 0 && len(s.censored) == 0 && s.Measure == MeasureUnspecified && s.Clock == Wall
	if !empty && ((s.Measure != o.Measure && s.Measure != MeasureUnspecified && o.Measure != MeasureUnspecified) || s.Clock != o.Clock) {
		return &ValueError{What: "merge", Value: o.Measure.String() + "/" + o.Clock.String() + " into " + s.Measure.String() + "/" + s.Clock.String(), Err: ErrMismatch}
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

// Completed returns the distribution of completed items.
func (s *Sample) Completed() Distribution { return newDistribution(s.completed) }

// Censored returns the distribution of censored items' elapsed times.
func (s *Sample) Censored() Distribution { return newDistribution(s.censored) }

// AtLeast returns the distribution of completed items and censored items'
// lower bounds together. Every statistic offered by [Distribution] is
// non-decreasing in each value, so each is a lower bound on what it will be
// once the censored items close.
func (s *Sample) AtLeast() Distribution {
	all := make([]time.Duration, 0, len(s.completed)+len(s.censored))
	return newDistribution(append(append(all, s.completed...), s.censored...))
}

// Stats returns count/sum/min/max of the completed items.
func (s *Sample) Stats() DurationStats {
	var st DurationStats
	for _, d := range s.completed {
		_ = st.Add(d) // values were validated on entry
	}
	return st
}

// PercentileMethod selects the percentile definition.
type PercentileMethod uint8

const (
	// NearestRank: for p in (0, 100], the value of rank ⌈p·n/100⌉ in the sorted
	// sample (1-based); p = 0 gives the minimum. Always an observed value.
	NearestRank PercentileMethod = iota
	// Linear: Hyndman–Fan type 7 (the default of R, NumPy, Excel
	// PERCENTILE.INC): h = (n−1)·p/100 (0-based), result
	// x[⌊h⌋] + (h−⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]), computed exactly and rounded to
	// the nearest nanosecond, ties to even.
	Linear
)

// String returns "nearest-rank" or "linear".
func (m PercentileMethod) String() string {
	switch m {
	case NearestRank:
		return "nearest-rank"
	case Linear:
		return "linear"
	}
	return "PercentileMethod(?)"
}

// MarshalText returns "nearest-rank" or "linear".
func (m PercentileMethod) MarshalText() ([]byte, error) {
	if m > Linear {
		return nil, &ValueError{What: "percentile method", Value: m.String(), Err: ErrUnknownName}
	}
	return []byte(m.String()), nil
}

// UnmarshalText parses "nearest-rank" or "linear".
func (m *PercentileMethod) UnmarshalText(b []byte) error {
	switch string(b) {
	case "nearest-rank":
		*m = NearestRank
	case "linear":
		*m = Linear
	default:
		return &ValueError{What: "percentile method", Value: string(b), Err: ErrUnknownName}
	}
	return nil
}

// Distribution is an immutable sorted sample of durations, safe for
// concurrent use.
type Distribution struct {
	sorted []time.Duration
	stats  DurationStats
}

func newDistribution(v []time.Duration) Distribution {
	s := slices.Clone(v)
	slices.Sort(s)
	var st DurationStats
	for _, d := range s {
		_ = st.Add(d)
	}
	return Distribution{sorted: s, stats: st}
}

// NewDistribution returns the distribution of the durations (the slice is
// copied). A negative duration is left out and does not discard the rest:
// the distribution is the other durations' and the error a [*BatchError]
// naming each ("duration N", wrapping [ErrNegativeDuration]).
func NewDistribution(v []time.Duration) (Distribution, error) {
	var rej []RecordError
	for k, d := range v {
		if d < 0 {
			rej = append(rej, RecordError{Record: "duration", Index: k, Err: durationError(fmt.Sprintf("duration %d", k), d)})
		}
	}
	if rej == nil {
		return newDistribution(v), nil
	}
	good := make([]time.Duration, 0, len(v)-len(rej))
	for _, d := range v {
		if d >= 0 {
			good = append(good, d)
		}
	}
	return newDistribution(good), batchError(rej)
}

// Len returns the sample size.
func (d Distribution) Len() int { return len(d.sorted) }

// Stats returns count, exact sum, mean, min and max.
func (d Distribution) Stats() DurationStats { return d.stats }

// Values returns a copy of the sorted values.
func (d Distribution) Values() []time.Duration { return slices.Clone(d.sorted) }

// Median is Percentile(50, Linear): the middle value, or the mean of the two
// middle values (rounded half to even) for an even sample size. ok is false
// for an empty sample.
func (d Distribution) Median() (time.Duration, bool) {
	v, ok, _ := d.Percentile(decimal.NewFromInt(50), Linear)
	return v, ok
}

// Percentile returns the p-th percentile (p in [0, 100], an exact decimal)
// under method. An empty sample gives ok == false with a nil error ("no
// data"); p outside [0, 100] or an unknown method is an error wrapping
// [ErrOutOfRange].
func (d Distribution) Percentile(p decimal.Decimal, m PercentileMethod) (v time.Duration, ok bool, err error) {
	if err := checkDecimal("percentile", p); err != nil {
		return 0, false, err
	}
	if p.IsNegative() || p.GreaterThan(hundred) {
		return 0, false, &ValueError{What: "percentile", Value: p.String(), Err: ErrOutOfRange}
	}
	if m > Linear {
		return 0, false, &ValueError{What: "percentile method", Value: m.String(), Err: ErrOutOfRange}
	}
	n := int64(len(d.sorted))
	if n == 0 {
		return 0, false, nil
	}
	if m == NearestRank {
		if p.IsZero() {
			return d.sorted[0], true, nil
		}
		rank := p.Mul(decimal.NewFromInt(n)).Shift(-2).Ceil().IntPart()
		return d.sorted[min(max(rank, 1), n)-1], true, nil
	}
	h := p.Mul(decimal.NewFromInt(n - 1)).Shift(-2)
	lo := h.Floor().IntPart()
	if lo >= n-1 {
		return d.sorted[n-1], true, nil
	}
	frac := h.Sub(decimal.NewFromInt(lo))
	a, b := d.sorted[lo], d.sorted[lo+1]
	x := decimal.NewFromInt(int64(a)).Add(frac.Mul(decimal.NewFromInt(int64(b - a))))
	return time.Duration(x.RoundBank(0).IntPart()), true, nil
}
