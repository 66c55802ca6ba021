package sla

import "github.com/itsmkit/itsm/internal/enum"

// PriorityChangeMode says what happens to a running clock when the ticket's
// priority changes and with it the selected target. Its text form, the
// policy's "priority_change" in JSON, is "keep" ([KeepElapsed]),
// "retroactive" ([Retroactive]) or "restart" ([Restart]); any other text is
// an error listing these. The zero value is KeepElapsed.
type PriorityChangeMode uint8

const (
	// KeepElapsed keeps the cycle and its elapsed time and switches the goal
	// (and, from now on, the schedule) to the new target — Jira's behaviour.
	// The new goal is computed from the cycle's start; if the elapsed time
	// already exceeds it, the breach is incurred at the change (running or
	// paused). From the change the cycle follows the new target's
	// conditions as they hold then: paused if the new target's clock,
	// replayed over the cycle, would be paused (or waiting for its Resume
	// condition), ended at the change if its stop or cancel condition
	// already held. A target that appears for a slot without a clock
	// attaches as under Restart.
	KeepElapsed PriorityChangeMode = iota // "keep"
	// Retroactive cancels the cycle and attaches the new target with its
	// start set retroactively to the cancelled cycle's start (the ticket's
	// creation for the first cycle) — ServiceNow's "retroactive start" with
	// retroactive pause: the new target is replayed over the history with
	// all its conditions on its own schedule, so accrued pause time carries
	// over, and a stop that already happened ends it then: a P1 response
	// target appearing at 10:00 on a ticket created at 09:00 and answered
	// at 09:10 is met in 10 minutes, not breached. The replay may yield
	// several cycles (a resolve and reopen in between).
	Retroactive // "retroactive"
	// Restart cancels the cycle and starts the new target at the change with
	// zero elapsed time, in the state the new target's conditions give at
	// the change (paused if it would be paused); if its stop or cancel
	// condition already held (the response was given before a response
	// target appeared), no new clock attaches, as in ServiceNow, where an
	// SLA attaches only if its start condition matches and neither its stop
	// nor its cancel condition does.
	Restart // "restart"
)

var pcNames = enum.New[PriorityChangeMode]("sla", "priority change mode", ErrConfig,
	KeepElapsed, "keep", Retroactive, "retroactive", Restart, "restart")

// String returns the text form: "keep", "retroactive" or "restart".
func (m PriorityChangeMode) String() string { return enumString(pcNames, "priority change mode", m) }

// MarshalText returns the text form; an undeclared value is an error.
func (m PriorityChangeMode) MarshalText() ([]byte, error) {
	return enumMarshal(pcNames, "priority change mode", ErrConfig, m)
}

// UnmarshalText parses the text form ("keep", "retroactive", "restart");
// any other text ("keepElapsed") is an error wrapping [ErrConfig] that
// lists the valid values.
func (m *PriorityChangeMode) UnmarshalText(b []byte) error {
	return enumUnmarshal(pcNames, "priority change mode", ErrConfig, m, b)
}
