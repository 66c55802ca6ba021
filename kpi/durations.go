package kpi

import (
	"math"
	"math/big"
	"math/bits"
	"time"

	"github.com/shopspring/decimal"
)

// DurationStats accumulates count, exact sum, minimum and maximum of
// non-negative durations. It is a commutative monoid: the zero value is the
// empty accumulator, [DurationStats.Merge] is associative and commutative,
// and accumulating any split of the input in parts and merging the parts in
// any order gives exactly the same value as accumulating it in one go
// (values compare equal with ==). Add does not allocate. The sum is kept in
// 128 bits, so it cannot overflow for fewer than 2⁶³ records.
//
// A DurationStats is a plain value: not safe for concurrent mutation; give
// each goroutine its own and merge them.
type DurationStats struct {
	n        int64
	hi, lo   uint64 // 128-bit sum of nanoseconds
	min, max time.Duration
}

// Add records d. A negative d is rejected with an error wrapping
// [ErrNegativeDuration] and not recorded.
func (s *DurationStats) Add(d time.Duration) error {
	if d < 0 {
		return durationError("duration", d)
	}
	if s.n == 0 || d < s.min {
		s.min = d
	}
	if d > s.max {
		s.max = d
	}
	s.n++
	var c uint64
	s.lo, c = bits.Add64(s.lo, uint64(d), 0)
	s.hi += c
	return nil
}

// Merge adds everything o has accumulated into s.
func (s *DurationStats) Merge(o DurationStats) {
	if o.n == 0 {
		return
	}
	if s.n == 0 || o.min < s.min {
		s.min = o.min
	}
	if o.max > s.max {
		s.max = o.max
	}
	s.n += o.n
	var c uint64
	s.lo, c = bits.Add64(s.lo, o.lo, 0)
	s.hi += o.hi + c
}

// Count returns the number of durations recorded.
func (s DurationStats) Count() int64 { return s.n }

// Min returns the smallest duration; ok is false when empty ("no data").
func (s DurationStats) Min() (time.Duration, bool) { return s.min, s.n > 0 }

// Max returns the largest duration; ok is false when empty.
func (s DurationStats) Max() (time.Duration, bool) { return s.max, s.n > 0 }

// Sum returns the exact sum in nanoseconds as a decimal (it may exceed
// time.Duration).
func (s DurationStats) Sum() decimal.Decimal {
	return decimal.NewFromBigInt(s.sumBig(), 0)
}

// Total returns the sum as a time.Duration; ok is false if it does not fit.
func (s DurationStats) Total() (time.Duration, bool) {
	if s.hi != 0 || s.lo > math.MaxInt64 {
		return 0, false
	}
	return time.Duration(s.lo), true
}

// Mean returns sum/count rounded to the nearest nanosecond, ties to even;
// ok is false when empty ("no data").
func (s DurationStats) Mean() (time.Duration, bool) {
	if s.n == 0 {
		return 0, false
	}
	n := uint64(s.n)
	// sum < n·2⁶³, so hi < n and Div64 cannot overflow.
	q, r := bits.Div64(s.hi, s.lo, n)
	if r > n-r || (r == n-r && q&1 == 1) {
		q++
	}
	return time.Duration(q), true
}

// MeanExact returns sum/count as an exact ratio of nanoseconds over count;
// the numerator is a big integer because the sum may exceed int64.
func (s DurationStats) MeanExact() (sum *big.Int, count int64) { return s.sumBig(), s.n }

func (s DurationStats) sumBig() *big.Int {
	v := new(big.Int).SetUint64(s.hi)
	v.Lsh(v, 64)
	return v.Or(v, new(big.Int).SetUint64(s.lo))
}

// TimeTo accumulates one time-to-X [Measure] in one [Clock], keeping items
// still open at the observation cut-off (censored) apart from completed ones.
// Censored items are never dropped: their elapsed time so far is a lower
// bound ("at least") on their final value; [TimeTo.AtLeast] includes them.
// The zero value is usable (unspecified measure, wall clock); TimeTo is a
// commutative monoid like [DurationStats].
type TimeTo struct {
	Measure   Measure       // what is measured
	Clock     Clock         // in which time
	Completed DurationStats // items whose stop event happened by the cut-off
	Censored  DurationStats // items still open: elapsed time up to the cut-off
}

// NewTimeTo returns an empty accumulator for measure m in clock c.
func NewTimeTo(m Measure, c Clock) TimeTo { return TimeTo{Measure: m, Clock: c} }

// Add records a completed item's duration (negative: error, not recorded).
func (t *TimeTo) Add(d time.Duration) error { return t.Completed.Add(d) }

// AddOpen records an item still open at the cut-off, with the time it has
// been open so far (negative: error, not recorded).
func (t *TimeTo) AddOpen(d time.Duration) error { return t.Censored.Add(d) }

// Observe measures one item that started at start and stopped at end (zero
// end: not stopped yet), as seen at the cut-off asOf, on the schedule s
// (nil: wall clock). If end is set and not after asOf the item is completed
// with duration s.Between(start, end); otherwise it is censored with
// s.Between(start, asOf). end before start, or start after asOf, is an error.
func (t *TimeTo) Observe(s Schedule, start, end, asOf time.Time) error {
	d, open, err := observe(s, start, end, asOf)
	if err != nil {
		return err
	}
	if open {
		return t.Censored.Add(d)
	}
	return t.Completed.Add(d)
}

func observe(s Schedule, start, end, asOf time.Time) (time.Duration, bool, error) {
	// Two subtractions decide everything (time.Time comparisons cost as much
	// as a Sub each). Sub saturates; a saturated cut-off span is too long.
	a := asOf.Sub(start)
	if a < 0 {
		return 0, false, &IntervalError{What: "record (starts after cut-off)", Interval: Interval{start, asOf}, Err: ErrEndBeforeStart}
	}
	if a == math.MaxInt64 {
		return 0, false, &IntervalError{What: "record", Interval: Interval{start, asOf}, Err: ErrTooLong}
	}
	wall, stop, open := a, asOf, true
	if !end.IsZero() {
		e := end.Sub(start)
		if e < 0 {
			return 0, false, &IntervalError{What: "record", Interval: Interval{start, end}, Err: ErrEndBeforeStart}
		}
		if e <= a {
			wall, stop, open = e, end, false
		}
	}
	if _, ok := s.(WallClock); ok || s == nil {
		return wall, open, nil
	}
	d := s.Between(start, stop)
	if d < 0 || d > wall {
		return 0, false, &IntervalError{What: "schedule span " + d.String() + " for", Interval: Interval{start, stop}, Err: ErrSchedule}
	}
	return d, open, nil
}

// Merge adds o into t. Merging accumulators of different measures or clocks
// is an error wrapping [ErrMismatch] (t is unchanged); an unspecified measure
// takes o's, and the zero TimeTo is the identity on either side.
func (t *TimeTo) Merge(o TimeTo) error {
	if o == (TimeTo{}) {
		return nil
	}
	if *t == (TimeTo{}) {
		*t = o
		return nil
	}
	if (t.Measure != o.Measure && t.Measure != MeasureUnspecified && o.Measure != MeasureUnspecified) || t.Clock != o.Clock {
		return &ValueError{What: "merge", Value: o.Measure.String() + "/" + o.Clock.String() + " into " + t.Measure.String() + "/" + t.Clock.String(), Err: ErrMismatch}
	}
	if t.Measure == MeasureUnspecified {
		t.Measure = o.Measure
	}
	t.Completed.Merge(o.Completed)
	t.Censored.Merge(o.Censored)
	return nil
}

// Mean is the mean of completed items only; ok is false with none.
func (t TimeTo) Mean() (time.Duration, bool) { return t.Completed.Mean() }

// AtLeast returns statistics over completed items and censored items' lower
// bounds together. Its mean is a lower bound on the mean the items will
// have once all are closed (censored values can only grow).
func (t TimeTo) AtLeast() DurationStats {
	s := t.Completed
	s.Merge(t.Censored)
	return s
}
