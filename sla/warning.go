package sla

import (
	"time"

	"github.com/itsmkit/itsm"
)

// Warning is a threshold instant of a cycle (see [Threshold] for the rule).
// A threshold of 100 % is reached at the cycle's deadline.
type Warning struct {
	Threshold Threshold     `json:"threshold"` // the warning level
	Elapsed   itsm.Duration `json:"elapsed"`   // counted time at which it is reached
	// At is when the threshold was (or, projected assuming no further
	// pause, will be) reached; zero if the cycle ended before reaching it,
	// or if the projection lies beyond the schedule's supported range (a
	// calendar's [calendar.ErrOutOfRange]).
	At time.Time `json:"at,omitzero"`
	// Reached is true if the clock reached it by AsOf (then At ≤ AsOf).
	Reached bool `json:"reached"`
}

// String renders the warning: "75% reached at 2026-…", "100% at 2026-…"
// (projected), "150% never".
func (w Warning) String() string {
	switch {
	case w.Reached:
		return w.Threshold.String() + " reached at " + w.At.Format(time.RFC3339)
	case w.At.IsZero():
		return w.Threshold.String() + " not reached"
	}
	return w.Threshold.String() + " due at " + w.At.Format(time.RFC3339)
}

// warnings returns the warnings of the current cycle from the recorded
// crossings. The 100 % threshold is the breach: reached at BreachAt once
// the cycle breached (a breach stays through goal switches, and the status
// shows it as the deadline), and a lower one at the latest then. Others as
// recorded; one reached like the
// breach also at the evaluation instant when the clock runs there with the
// count reached (it resumed then, or has not run yet for a zero amount),
// or, for an ended cycle, at its first candidate when the cycle ended no
// earlier (a stop exactly on the deadline); the rest projected from the
// evaluation instant for an active cycle.
func (en *engine) warnings(c Cycle) ([]Warning, error) {
	if c.target == nil {
		return nil, nil
	}
	k := &en.c
	out := make([]Warning, 0, len(k.warn))
	for _, w := range k.warn {
		out2 := Warning{Threshold: w.th}
		if !w.fits {
			out = append(out, out2)
			continue
		}
		out2.Elapsed = itsm.Duration(w.x)
		switch {
		case k.breached && w.th.num <= w.th.den:
			// Up to 100 %: reached at the latest at the breach.
			out2.At, out2.Reached = k.breachAt, true
			if w.reached && w.at.Before(k.breachAt) {
				out2.At = w.at
			}
		case w.reached:
			out2.At, out2.Reached = w.at, true
		case w.like && c.Running && k.elapsed >= w.x && !settleOn(c.sched, c.due, c.AsOf).After(c.AsOf):
			// The clock runs at AsOf with the count reached.
			out2.At, out2.Reached = c.AsOf, true
		case w.like && !c.active():
			// Ended: a stop exactly on the first candidate reached it.
			cand := w.cand
			if cand.IsZero() && w.x == 0 {
				cand = c.settle(c.Start) // the clock never ran
			}
			if !cand.IsZero() && (c.End.IsZero() || !cand.After(c.End)) {
				out2.At, out2.Reached = cand, true
			}
		case c.active():
			p, err := project(c.sched, c.due, c.AsOf, max(satSub(w.x, k.elapsed), 0), w.like)
			switch {
			case beyondRange(err):
				// Not within the schedule's range: At stays zero.
			case err != nil:
				return nil, wrapSched("threshold "+w.th.String(), c.AsOf, err)
			default:
				out2.At = p
			}
		}
		out = append(out, out2)
	}
	return out, nil
}
