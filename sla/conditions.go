package sla

import (
	"slices"
	"strings"
)

// Condition matches an event: by its kind (any of Events), by the state
// the ticket enters with it (any of States, for events carrying a state),
// or by the assignment it makes (an [Assigned] or [Created] event that
// puts the ticket with one of Groups, or with one of Assignees). The zero
// value matches nothing.
type Condition struct {
	Events    []EventKind `json:"events,omitempty"`    // matches events of these kinds
	States    []string    `json:"states,omitempty"`    // matches events that put the ticket in one of these states
	Groups    []string    `json:"groups,omitempty"`    // matches assignments to one of these assignment groups
	Assignees []string    `json:"assignees,omitempty"` // matches assignments to one of these assignees
}

// isZero reports whether the condition matches nothing.
func (c Condition) isZero() bool {
	return len(c.Events) == 0 && len(c.States) == 0 && len(c.Groups) == 0 && len(c.Assignees) == 0
}

// assignments reports whether the condition matches on assignments.
func (c Condition) assignments() bool { return len(c.Groups) > 0 || len(c.Assignees) > 0 }

// matches reports whether e satisfies the condition. (Pointers: it runs
// for every condition of every event of every replay.)
func (c *Condition) matches(e *Event) bool {
	for _, k := range c.Events {
		if k == e.Kind {
			return true
		}
	}
	if e.State != "" && len(c.States) > 0 && containsStr(c.States, e.State) {
		return true
	}
	return (len(c.Groups) > 0 || len(c.Assignees) > 0) && c.matchesAssignment(e)
}

// matchesAssignment: an assignment to one of Groups or Assignees.
func (c *Condition) matchesAssignment(e *Event) bool {
	if e.Kind != Assigned && e.Kind != Created {
		return false
	}
	return (e.Group != "" && containsStr(c.Groups, e.Group)) || (e.Assignee != "" && containsStr(c.Assignees, e.Assignee))
}

// clone copies the condition; empty lists become nil, so that a condition
// matching nothing is the zero value (and omitted from JSON) however it
// was written ("start": {"groups": []}).
func (c Condition) clone() Condition {
	return Condition{Events: cloneNonEmpty(c.Events), States: cloneNonEmpty(c.States),
		Groups: cloneNonEmpty(c.Groups), Assignees: cloneNonEmpty(c.Assignees)}
}

func cloneNonEmpty[T any](s []T) []T {
	if len(s) == 0 {
		return nil
	}
	return slices.Clone(s)
}

func (c Condition) validate(what string) error {
	for _, k := range c.Events {
		if err := enumCheck(eventNames, what+" event kind", ErrConfig, k); err != nil {
			return err
		}
	}
	for _, l := range []struct {
		what, kind string
		names      []string
	}{{"", "state", c.States}, {" group", "group", c.Groups}, {" assignee", "assignee", c.Assignees}} {
		for _, s := range l.names {
			if strings.TrimSpace(s) == "" {
				return errorf(what+l.what, s, detail(ErrConfig, "a "+l.kind+" is a non-empty name"))
			}
		}
	}
	return nil
}

// Conditions are a clock's rules over the ticket's events and states —
// ServiceNow's six conditions (start, pause, resume, stop, reset, cancel),
// which include Jira's start/pause/stop:
//
//   - Start: an event that starts a cycle when none is running, the
//     ticket is open and not in one of the Stop or Cancel states (those
//     conditions already hold: ServiceNow attaches an SLA only when its
//     start condition matches and neither stop nor cancel does).
//   - Pause: states in which the clock is paused (level: paused while the
//     ticket is in one of them — "Awaiting User Info", "Awaiting Vendor").
//   - Resume: if set, a paused clock resumes only on an event matching it
//     (and only if the ticket is no longer in a pause state); if unset, it
//     resumes as soon as the ticket leaves the pause states.
//   - Stop: ends the cycle; met unless it had breached.
//   - Reset: ends the cycle as cancelled (an incurred breach stays) and
//     starts a new one at once.
//   - Cancel: ends the cycle as cancelled (an incurred breach stays).
//   - HeldBy: if set, the clock counts only while one of these assignment
//     groups holds the ticket (Event.Group): while another group, or
//     none, holds it the clock is paused, and it runs again as soon as one
//     of them takes the ticket back (a Resume condition is for pause
//     states only). An OLA of a team is a target with HeldBy naming the
//     team, usually with Start matching the team (Condition.Groups), so
//     that a ticket the team never held has no cycle.
//
// For one event the order is cancel, stop, reset, then start, then pause
// or resume. A zero Start or Stop means the metric's default; zero Pause,
// Resume, Reset, Cancel mean none. The built-in metrics' defaults:
//
//   - response: start on created; stop on response, resolve or close.
//   - resolution: start on created; stop on resolve or close.
//   - update: start on created, response or update; stop on response,
//     update, resolve or close — each agent update meets the running cycle
//     and starts the next one.
//
// None has pause states: a policy or target adds them. A custom metric
// needs its own Start and Stop.
type Conditions struct {
	Start  Condition  `json:"start,omitzero"`  // starts a clock that is not running
	Pause  []string   `json:"pause,omitempty"` // states in which the clock is paused
	Resume Condition  `json:"resume,omitzero"` // if set, a paused clock waits for it after leaving the pause states
	Stop   Condition  `json:"stop,omitzero"`   // ends the cycle: met, or breached if past the deadline
	Reset  Condition  `json:"reset,omitzero"`  // cancels the cycle and starts the next one at once
	Cancel Condition  `json:"cancel,omitzero"` // cancels the cycle
	Reopen ReopenMode `json:"reopen,omitzero"` // what a reopen does to a cycle stopped by resolve/close
	// HeldBy lists the assignment groups while which the clock counts;
	// empty: whoever holds the ticket.
	HeldBy []string `json:"held_by,omitempty"`
}

func (c Conditions) clone() Conditions {
	return Conditions{
		Start: c.Start.clone(), Pause: slices.Clone(c.Pause), Resume: c.Resume.clone(),
		Stop: c.Stop.clone(), Reset: c.Reset.clone(), Cancel: c.Cancel.clone(), Reopen: c.Reopen,
		HeldBy: slices.Clone(c.HeldBy),
	}
}

// away reports whether the clock is paused because the ticket is not held
// by one of the HeldBy groups.
func (c *Conditions) away(group string) bool {
	return len(c.HeldBy) > 0 && !containsStr(c.HeldBy, group)
}

// assignments reports whether any condition depends on the assignment.
func (c *Conditions) assignments() bool {
	return len(c.HeldBy) > 0 || c.Start.assignments() || c.Resume.assignments() || c.Stop.assignments() ||
		c.Reset.assignments() || c.Cancel.assignments()
}

func (c *Conditions) paused(state string) bool {
	for _, s := range c.Pause {
		if s == state {
			return true
		}
	}
	return false
}

// defaultConditions returns the default conditions of a built-in metric
// (see Conditions; ok is false for a custom metric).
func defaultConditions(m Metric) (Conditions, bool) {
	switch m {
	case Response:
		return Conditions{
			Start: Condition{Events: []EventKind{Created}},
			Stop:  Condition{Events: []EventKind{Responded, Resolved, Closed}},
		}, true
	case Resolution:
		return Conditions{
			Start: Condition{Events: []EventKind{Created}},
			Stop:  Condition{Events: []EventKind{Resolved, Closed}},
		}, true
	case NextUpdate:
		return Conditions{
			Start: Condition{Events: []EventKind{Created, Responded, Updated}},
			Stop:  Condition{Events: []EventKind{Responded, Updated, Resolved, Closed}},
		}, true
	}
	return Conditions{}, false
}

func resolveConditions(m Metric, c *Conditions) (Conditions, error) {
	def, builtin := defaultConditions(m)
	if c == nil {
		if !builtin {
			return Conditions{}, errorf("custom metric "+quote(string(m)), "start/stop", detail(ErrConfig, "a custom metric needs start and stop conditions"))
		}
		return def, nil
	}
	r := c.clone()
	if r.Start.isZero() {
		r.Start = def.Start
	}
	if r.Stop.isZero() {
		r.Stop = def.Stop
	}
	if r.Start.isZero() || r.Stop.isZero() {
		return Conditions{}, errorf("custom metric "+quote(string(m)), "start/stop", detail(ErrConfig, "a custom metric needs start and stop conditions"))
	}
	if err := enumCheck(reopenNames, "reopen mode", ErrConfig, r.Reopen); err != nil {
		return Conditions{}, err
	}
	for _, p := range []struct {
		n string
		c Condition
	}{{"start", r.Start}, {"resume", r.Resume}, {"stop", r.Stop}, {"reset", r.Reset}, {"cancel", r.Cancel}} {
		if err := p.c.validate(p.n + " condition"); err != nil {
			return Conditions{}, err
		}
	}
	for _, s := range r.Pause {
		if strings.TrimSpace(s) == "" {
			return Conditions{}, errorf("pause states", s, detail(ErrConfig, "a state is a non-empty name"))
		}
	}
	for _, g := range r.HeldBy {
		if strings.TrimSpace(g) == "" {
			return Conditions{}, errorf("held_by groups", g, detail(ErrConfig, "a group is a non-empty name"))
		}
	}
	return r, nil
}
