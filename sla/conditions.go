package sla

import (
	"fmt"
	"slices"
	"strings"
)

// Condition matches an event: by its kind (any of Events), or by the state
// the ticket enters with it (any of States, for events carrying a state).
// The zero value matches nothing.
type Condition struct {
	Events []EventKind `json:"events,omitempty"` // matches events of these kinds
	States []string    `json:"states,omitempty"` // matches events that put the ticket in one of these states
}

// IsZero reports whether the condition matches nothing.
func (c Condition) IsZero() bool { return len(c.Events) == 0 && len(c.States) == 0 }

// Matches reports whether e satisfies the condition.
func (c Condition) Matches(e Event) bool {
	for _, k := range c.Events {
		if k == e.Kind {
			return true
		}
	}
	if e.State != "" {
		for _, s := range c.States {
			if s == e.State {
				return true
			}
		}
	}
	return false
}

func (c Condition) clone() Condition {
	return Condition{Events: slices.Clone(c.Events), States: slices.Clone(c.States)}
}

func (c Condition) validate(what string) error {
	for _, k := range c.Events {
		if !k.valid() {
			return errorf(what, k.String(), ErrConditions)
		}
	}
	for _, s := range c.States {
		if strings.TrimSpace(s) == "" {
			return errorf(what, s, ErrConditions)
		}
	}
	return nil
}

// ReopenMode says what a reopen does to a cycle that was stopped when the
// ticket was resolved or closed.
type ReopenMode uint8

// Reopen modes. The zero value is ReopenNewCycle.
const (
	// ReopenNewCycle starts a new cycle at the reopen (Jira style); the
	// stopped cycle stays in the history with its result.
	ReopenNewCycle ReopenMode = iota
	// ReopenContinue continues the stopped cycle as though it never stopped:
	// the time the ticket spent resolved is counted.
	ReopenContinue
	// ReopenPauseClosed continues the stopped cycle with the time the ticket
	// spent resolved counted as paused.
	ReopenPauseClosed
)

var reopenNames = [...]string{"new-cycle", "continue", "pause-closed"}

// String returns "new-cycle", "continue" or "pause-closed".
func (m ReopenMode) String() string {
	if int(m) < len(reopenNames) {
		return reopenNames[m]
	}
	return fmt.Sprintf("ReopenMode(%d)", m)
}

// MarshalText returns the name.
func (m ReopenMode) MarshalText() ([]byte, error) {
	if int(m) >= len(reopenNames) {
		return nil, errorf("reopen mode", m.String(), ErrMode)
	}
	return []byte(m.String()), nil
}

// UnmarshalText parses the name.
func (m *ReopenMode) UnmarshalText(b []byte) error {
	i := slices.Index(reopenNames[:], string(b))
	if i < 0 {
		return errorf("reopen mode", string(b), ErrMode)
	}
	*m = ReopenMode(i)
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
//
// For one event the order is cancel, stop, reset, then start, then pause
// or resume. A zero Start or Stop means the metric's default (see
// [DefaultConditions]); zero Pause, Resume, Reset, Cancel mean none.
type Conditions struct {
	Start  Condition  `json:"start,omitzero"`  // starts a clock that is not running
	Pause  []string   `json:"pause,omitempty"` // states in which the clock is paused
	Resume Condition  `json:"resume,omitzero"` // if set, a paused clock waits for it after leaving the pause states
	Stop   Condition  `json:"stop,omitzero"`   // ends the cycle: met, or breached if past the deadline
	Reset  Condition  `json:"reset,omitzero"`  // cancels the cycle and starts the next one at once
	Cancel Condition  `json:"cancel,omitzero"` // cancels the cycle
	Reopen ReopenMode `json:"reopen,omitzero"` // what a reopen does to a cycle stopped by resolve/close
}

func (c Conditions) clone() Conditions {
	return Conditions{
		Start: c.Start.clone(), Pause: slices.Clone(c.Pause), Resume: c.Resume.clone(),
		Stop: c.Stop.clone(), Reset: c.Reset.clone(), Cancel: c.Cancel.clone(), Reopen: c.Reopen,
	}
}

func (c Conditions) paused(state string) bool {
	for _, s := range c.Pause {
		if s == state {
			return true
		}
	}
	return false
}

// DefaultConditions returns the default conditions of a built-in metric
// (ok is false for a custom metric):
//
//   - response: start on created; stop on response, resolve or close.
//   - resolution: start on created; stop on resolve or close.
//   - update: start on created, response or update; stop on response,
//     update, resolve or close — each agent update meets the running cycle
//     and starts the next one.
//
// None has pause states: a policy or target adds them.
func DefaultConditions(m Metric) (Conditions, bool) {
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
	def, builtin := DefaultConditions(m)
	if c == nil {
		if !builtin {
			return Conditions{}, errorf("custom metric "+string(m), "start/stop", ErrConditions)
		}
		return def, nil
	}
	r := c.clone()
	if r.Start.IsZero() {
		r.Start = def.Start
	}
	if r.Stop.IsZero() {
		r.Stop = def.Stop
	}
	if r.Start.IsZero() || r.Stop.IsZero() {
		return Conditions{}, errorf("custom metric "+string(m), "start/stop", ErrConditions)
	}
	if int(r.Reopen) >= len(reopenNames) {
		return Conditions{}, errorf("reopen mode", r.Reopen.String(), ErrMode)
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
			return Conditions{}, errorf("pause states", s, ErrConditions)
		}
	}
	return r, nil
}
