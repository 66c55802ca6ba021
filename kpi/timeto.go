package kpi

import (
	"math"
	"time"

	"github.com/itsmkit/itsm"
	"github.com/itsmkit/itsm/internal/xmath"
)

// TimeTo accumulates one time-to-X [Measure] in one [Clock], keeping items
// still open at the observation cut-off (censored) apart from completed ones.
// Censored items are never dropped: their elapsed time so far is a lower
// bound ("at least") on their final value; [TimeTo.AtLeast] includes them.
// The zero value is usable (unspecified measure, wall clock); create one as
// TimeTo{Measure: m, Clock: c}. TimeTo is a commutative monoid like
// [DurationStats]. The mean of the completed items is Completed.Mean().
// Methods on a nil *TimeTo return an error.
type TimeTo struct {
	Measure   Measure       `json:"measure"`   // what is measured
	Clock     Clock         `json:"clock"`     // in which time
	Completed DurationStats `json:"completed"` // items whose stop event happened by the cut-off
	Censored  DurationStats `json:"censored"`  // items still open: elapsed time up to the cut-off
}

// nilTimeTo is the error of a method on a nil *TimeTo.
func nilTimeTo(what string) error {
	return errorf("time-to "+what, "", because(ErrInvalidConfig, "nil *TimeTo"))
}

// Add records a completed item's duration (negative: error wrapping
// [ErrOutOfRange], not recorded).
func (t *TimeTo) Add(d time.Duration) error {
	if t == nil {
		return nilTimeTo("add")
	}
	return t.Completed.Add(d)
}

// AddOpen records an item still open at the cut-off, with the time it has
// been open so far (negative: error, not recorded).
func (t *TimeTo) AddOpen(d time.Duration) error {
	if t == nil {
		return nilTimeTo("add")
	}
	return t.Censored.Add(d)
}

// Observe measures one item that started at start and stopped at end (zero
// end: not stopped yet), as seen at the cut-off asOf, on the schedule s
// (nil: wall clock). If end is set and not after asOf the item is completed
// with duration s.Between(start, end); otherwise it is censored with
// s.Between(start, asOf). end before start, or start after asOf, is an error.
func (t *TimeTo) Observe(s Schedule, start, end, asOf time.Time) error {
	if t == nil {
		return nilTimeTo("observe")
	}
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
	mono := xmath.HasMono(start)
	a := xmath.SubTimeMono(asOf, start, mono)
	if a < 0 {
		return 0, false, errorf("record", itsm.Interval{Start: start, End: asOf}.String(), because(itsm.ErrInterval, "starts after the cut-off"))
	}
	if a == math.MaxInt64 {
		return 0, false, checkInterval("record", itsm.Interval{Start: start, End: asOf})
	}
	wall, stop, open := a, asOf, true
	if !end.IsZero() {
		e := xmath.SubTimeMono(end, start, mono)
		if e < 0 {
			return 0, false, checkInterval("record", itsm.Interval{Start: start, End: end})
		}
		if e <= a {
			wall, stop, open = e, end, false
		}
	}
	if s == nil {
		return wall, open, nil
	}
	d := s.Between(start, stop)
	if d < 0 || d > wall {
		return 0, false, scheduleError(d, start, stop)
	}
	return d, open, nil
}

// Merge adds o into t. Merging accumulators of different measures or clocks
// is an error wrapping [ErrMismatch], a count beyond math.MaxInt64 one
// wrapping [itsm.ErrOverflow] (t is unchanged either way); an unspecified
// measure takes o's, and the zero TimeTo is the identity on either side.
func (t *TimeTo) Merge(o TimeTo) error {
	if o == (TimeTo{}) {
		return nil
	}
	if t == nil {
		return nilTimeTo("merge")
	}
	if *t == (TimeTo{}) {
		*t = o
		return nil
	}
	if (t.Measure != o.Measure && t.Measure != MeasureUnspecified && o.Measure != MeasureUnspecified) || t.Clock != o.Clock {
		return mismatch("time-to merge", o.Measure, o.Clock, t.Measure, t.Clock)
	}
	n := *t
	if n.Measure == MeasureUnspecified {
		n.Measure = o.Measure
	}
	if err := n.Completed.Merge(o.Completed); err != nil {
		return err
	}
	if err := n.Censored.Merge(o.Censored); err != nil {
		return err
	}
	*t = n
	return nil
}

// AtLeast returns statistics over completed items and censored items' lower
// bounds together. Its mean is a lower bound on the mean the items will
// have once all are closed (censored values can only grow).
func (t TimeTo) AtLeast() DurationStats {
	s := t.Completed
	_ = s.Merge(t.Censored) // beyond math.MaxInt64 items (only hand-merged): the completed ones
	return s
}

// mismatch reports a merge of accumulators of different measures or clocks.
func mismatch(what string, om Measure, oc Clock, m Measure, c Clock) error {
	return errorf(what, om.String()+"/"+oc.String()+" into "+m.String()+"/"+c.String(), because(ErrMismatch, "different measures or clocks"))
}
