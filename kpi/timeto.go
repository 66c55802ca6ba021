package kpi

import (
	"math"
	"time"
)

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
// is an error wrapping [ErrMismatch], a count beyond math.MaxInt64 one
// wrapping [ErrOverflow] (t is unchanged either way); an unspecified
// measure takes o's, and the zero TimeTo is the identity on either side.
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
	n := *t
	if n.Measure == MeasureUnspecified {
		n.Measure = o.Measure
	}
	if err := n.Completed.TryMerge(o.Completed); err != nil {
		return err
	}
	if err := n.Censored.TryMerge(o.Censored); err != nil {
		return err
	}
	*t = n
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
