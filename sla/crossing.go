package sla

import "time"

// The one rule by which a clock reaches an amount of counted time: the
// breach (the goal) and every warning threshold are crossings of it, and
// the engine records them as it replays the timeline (engine.advance,
// clock.crossWatches). A threshold below 100 % is reached at the first
// instant at which the counted time is ≥ its amount. The breach, and
// thresholds of 100 % and more, are reached "like the breach": at the first
// running instant with that counted time, settled onto the goal's own
// instant when only closed time lies between (settleOn). Explain reads the
// recorded crossings (warning.go); the status's deadline, Cycle.NextChange
// and the underpinning check project the same rule forward (project).

// reachIn applies the rule to a running stretch that starts at from with
// elapsed counted time e and counts b more (b = Between(from, to)): r is the
// first instant of the stretch with counted time ≥ x (from when e ≥ x
// already), settled when like is set; have is false when the stretch does
// not reach x. For the earliest rule r ≤ to; a settled r may lie at or
// after to, and then the stretch has not reached it (the caller checks).
func reachIn(s Schedule, due, from time.Time, e, b, x time.Duration, like bool) (r time.Time, have bool, err error) {
	need := satSub(x, e)
	r, have = from, need <= 0
	if !have && b >= need {
		if r, err = s.Add(from, need); err != nil {
			return from, false, err
		}
		r, have = r.In(from.Location()), true
	}
	if have && like {
		r = settleOn(s, due, r)
	}
	return r, have, nil
}

// settleOn moves r, the earliest instant at which the counted time reaches
// an amount, to the goal's own instant due when that lies later with no
// counted time in between: a goal of N working days (or a due instant) that
// the calendar places at Monday 08:00 is due then, not at the preceding
// Friday 17:00 that the earliest-instant rule of Add would give.
// Business-duration goals have no instant of their own (due is zero) and
// keep the earliest instant.
func settleOn(s Schedule, due, r time.Time) time.Time {
	if !due.IsZero() && due.After(r) && s.Between(r, due) == 0 {
		return due
	}
	return r
}

// project returns the instant need more counted time after from on the
// schedule s the clock counts on, settled when like is set: where a running
// clock that is not paused again reaches an amount (the deadline, a future
// warning). A clock that follows the team projects on the schedule of the
// group holding the ticket now.
//
// Instants the package computes are in the location of the instant they
// are computed from, as with time.Time.Add (a calendar answers in its own
// zone): the events' zone, whatever the schedule's.
func project(s Schedule, due, from time.Time, need time.Duration, like bool) (time.Time, error) {
	r, err := s.Add(from, need)
	if err != nil {
		return time.Time{}, err
	}
	r = r.In(from.Location())
	if like {
		r = settleOn(s, due, r)
	}
	return r, nil
}

// watch is a warning threshold of the current cycle whose crossing the
// engine records (explanations only: Evaluate records just the breach).
type watch struct {
	th      Threshold
	x       time.Duration // counted time at which it is reached
	fits    bool          // x is within the range of time.Duration
	like    bool          // 100 % or more: reached like the breach
	reached bool
	at      time.Time // the crossing, once reached
	// cand is, for a threshold reached like the breach, the first instant
	// the rule gave, reached or not: a cycle that stops exactly on it
	// reached it (a stop at the deadline is met, and the 100 % warning
	// reached).
	cand time.Time
}

// watches returns the watches of target tg for a cycle with the given goal.
func watches(tg *Target, goal time.Duration, start time.Time) []watch {
	ws := make([]watch, len(tg.thresholds))
	for i, th := range tg.thresholds {
		x, fits := th.of(goal)
		ws[i] = watch{th: th, x: x, fits: fits, like: th.atLeast100()}
		if fits && x == 0 && !ws[i].like {
			// Elapsed ≥ 0 holds from the cycle's start.
			ws[i].reached, ws[i].at = true, start
		}
	}
	return ws
}

// switchWatches replaces the watches after a KeepElapsed switch at t to a
// new goal with e counted: a threshold the counted time already exceeds is
// reached at the change, as the breach is incurred there (the earliest
// rule: already reached, ≥; like the breach: exceeded, >).
func switchWatches(tg *Target, goal, e time.Duration, start, t time.Time) []watch {
	ws := watches(tg, goal, start)
	for i := range ws {
		w := &ws[i]
		if w.fits && !w.reached && (e > w.x || (!w.like && e == w.x)) {
			w.reached, w.at = true, t
		}
	}
	return ws
}

// crossWatches applies the rule to the running stretch [from, to) with e
// counted before it and b in it: a threshold below 100 % is reached at the
// rule's instant r (r ≤ to), one reached like the breach when r < to — a
// running instant, exactly as engine.advance decides the breach. (Its
// first r is kept as the candidate a stop exactly on it reaches.)
func (c *clock) crossWatches(from, to time.Time, e, b time.Duration) error {
	for i := range c.warn {
		w := &c.warn[i]
		if w.reached || !w.fits {
			continue
		}
		r, have, err := reachIn(c.sched, c.due, from, e, b, w.x, w.like)
		if err != nil {
			return err
		}
		if !have {
			continue
		}
		if !w.like {
			w.reached, w.at = true, r
			continue
		}
		if w.cand.IsZero() {
			w.cand = r
		}
		if r.Before(to) {
			w.reached, w.at = true, r
		}
	}
	return nil
}
