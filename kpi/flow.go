package kpi

import (
	"fmt"

	"github.com/itsmkit/itsm"
	"github.com/itsmkit/itsm/internal/xmath"
)

// Flow is inflow versus outflow over a half-open period: tickets opened in
// the period (In) and tickets resolved in it (Out). It is a commutative
// monoid for a fixed period. In − Out is the backlog growth over the
// period: because the period is half-open and a ticket opened at t is in
// the backlog at t, it equals the backlog just before End minus the
// backlog just before Start. Out/In (itsm.Ratio{Num: Out, Den: In}) is the
// closure rate; above 1 the backlog shrinks.
type Flow struct {
	Period itsm.Interval `json:"period"` // half-open; set it before adding
	In     int64         `json:"in"`     // tickets opened in Period (inflow)
	Out    int64         `json:"out"`    // tickets resolved in Period (outflow)
}

// Add counts one ticket's opening and/or resolution if they fall in the
// period. A ticket resolved before it was opened is an error, as is a count
// beyond int64 ([itsm.ErrOverflow]); f is unchanged on error, and a nil f
// is an error.
func (f *Flow) Add(t Ticket) error {
	if f == nil {
		return errorf("flow", "", because(ErrInvalidConfig, "nil *Flow"))
	}
	if err := t.validate(0); err != nil {
		return err
	}
	var in, out int64
	if f.Period.Contains(t.Opened) {
		in = 1
	}
	if !t.Resolved.IsZero() && f.Period.Contains(t.Resolved) {
		out = 1
	}
	return f.add(in, out)
}

func (f *Flow) add(in, out int64) error {
	i, ok1 := xmath.AddInt64(f.In, in)
	o, ok2 := xmath.AddInt64(f.Out, out)
	if !ok1 || !ok2 {
		return overflowError("flow", fmt.Sprintf("%d in, %d out, adding %d, %d", f.In, f.Out, in, out))
	}
	f.In, f.Out = i, o
	return nil
}

// Merge adds o (same period, else [ErrMismatch]) into f; counts beyond
// int64 are an error wrapping [itsm.ErrOverflow] (f is unchanged on error,
// and a nil f is an error).
func (f *Flow) Merge(o Flow) error {
	if f == nil {
		return errorf("flow merge", "", because(ErrInvalidConfig, "nil *Flow"))
	}
	if !f.Period.Start.Equal(o.Period.Start) || !f.Period.End.Equal(o.Period.End) {
		return errorf("flow merge", o.Period.String()+" into "+f.Period.String(), because(ErrMismatch, "different periods"))
	}
	return f.add(o.In, o.Out)
}

// FlowSeries computes inflow and outflow for each period. An invalid period
// fails the call. A ticket resolved before it was opened is left out and
// does not discard the rest: the flows are the other tickets' and the
// error holds a [itsm.RecordError] naming each such ticket ("ticket N").
func FlowSeries(periods []itsm.Interval, tickets []Ticket) ([]Flow, error) {
	out := make([]Flow, len(periods))
	for k, p := range periods {
		if err := checkInterval(fmt.Sprintf("period %d", k), p); err != nil {
			return nil, err
		}
		out[k].Period = p
	}
	var rej []itsm.RecordError
	for k, t := range tickets {
		if err := t.validate(k); err != nil {
			rej = append(rej, itsm.RecordError{Kind: "ticket", Index: k, Err: err})
			continue
		}
		for j := range out {
			if err := out[j].Add(t); err != nil { // counts beyond int64: the total is wrong
				return nil, err
			}
		}
	}
	return out, batchError(rej)
}
