package sla

import (
	"time"

	"github.com/itsmkit/itsm"
)

// Escalation is a level fired at a counted-time offset from a cycle's
// deadline on the target's schedule: Offset −1h is one business hour before
// the deadline (Friday 16:30 for a Monday 08:30 deadline on Mon–Fri 08–17,
// never midnight), +2h two business hours after it.
type Escalation struct {
	Name   string        `json:"name"`   // level name, e.g. "duty manager"; required
	Offset itsm.Duration `json:"offset"` // counted-time offset from the deadline: negative before, positive after
}

// EscalationAt is an escalation level of a cycle as an instant.
type EscalationAt struct {
	Escalation
	// At is when the level fires; zero if that lies beyond the schedule's
	// supported range (a calendar's [calendar.ErrOutOfRange]): it never
	// fires within it.
	At time.Time `json:"at,omitzero"`
}

// escalations returns the instants of the target's escalation levels for a
// deadline, computed on schedule s (the target's, or the holding group's
// for a clock that follows the team). A level whose instant lies beyond
// the schedule's supported range has a zero At; any other failure of the
// schedule is an error.
func (t *Target) escalations(s Schedule, deadline time.Time) ([]EscalationAt, error) {
	if deadline.IsZero() {
		return nil, nil
	}
	out := make([]EscalationAt, 0, len(t.spec.Escalations))
	for _, e := range t.spec.Escalations {
		at, err := s.Add(deadline, e.Offset.Std())
		if beyondRange(err) {
			at, err = time.Time{}, nil
		}
		if err != nil {
			return nil, wrapSched("escalation "+quote(e.Name), deadline, err)
		}
		if !at.IsZero() {
			at = at.In(deadline.Location())
		}
		out = append(out, EscalationAt{Escalation: e, At: at})
	}
	return out, nil
}

// escalations returns the instants of the target's escalation levels for
// the cycle's deadline (none for an ended cycle that did not breach, or a
// cycle without a deadline).
func (c Cycle) escalations() ([]EscalationAt, error) {
	if c.target == nil {
		return nil, nil
	}
	return c.target.escalations(c.sched, c.Deadline)
}
