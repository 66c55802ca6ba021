package sla

import "time"

// NextChange returns the earliest instant after AsOf at which the cycle's
// status changes without a new event: a warning threshold is reached, the
// deadline passes, or an escalation fires. A clock is breached only after
// its deadline (a stop exactly at the deadline is met), so for the breach
// the instant returned is one nanosecond after the deadline. ok is false if
// nothing is due (ended or paused clocks: only an event changes them).
// Warning instants are those of [Explain], projected by the same rule: a
// 100 % warning fires at the deadline, also when the counted time ran out
// earlier (Friday 17:00 for a goal due Monday 08:00). Warnings and
// escalations beyond the schedule's supported range are never due. A clock
// that follows the team projects them on the schedule of the group holding
// the ticket as of AsOf: a hand-over is an event, after which the next
// change is projected on the new holder's schedule. For a policy's
// tickets, [Policy.NextChange] gives one timer for all of them.
func (c Cycle) NextChange() (next time.Time, ok bool, err error) {
	if c.target == nil || !c.Running {
		return time.Time{}, false, nil
	}
	consider := func(t time.Time) {
		if t.After(c.AsOf) && (!ok || t.Before(next)) {
			next, ok = t, true
		}
	}
	elapsed := c.Elapsed.Std()
	for _, th := range c.target.thresholds {
		x, fits := th.of(c.Goal.Std())
		// A threshold of 100 % or more whose counted time is used up may
		// still lie ahead: settled onto the goal's own instant after
		// closed time, like the deadline (Saturday, due Monday 08:00).
		if !fits || x < elapsed || (x == elapsed && !th.atLeast100()) {
			continue
		}
		at, e := project(c.sched, c.due, c.AsOf, satSub(x, elapsed), th.atLeast100())
		if beyondRange(e) {
			break // this and every later threshold lie beyond the schedule's range
		}
		if e != nil {
			return time.Time{}, false, wrapSched("threshold "+th.String(), c.AsOf, e)
		}
		if !at.After(c.AsOf) {
			continue
		}
		consider(at)
		break // thresholds ascend: the first one ahead is the earliest
	}
	if !c.Breached && !c.Deadline.IsZero() {
		// The breach happens just after the deadline; the status flips at the
		// deadline's next instant, which a timer at the deadline observes.
		consider(c.Deadline.Add(1))
	}
	esc, e := c.escalations()
	if e != nil {
		return time.Time{}, false, e
	}
	for _, x := range esc {
		consider(x.At)
	}
	return next, ok, nil
}
