package change

import "github.com/itsmkit/itsm/internal/enum"

// State is a change request's lifecycle state. Its text form (JSON,
// [State.String]) is shown beside each constant.
type State uint8

// States of the ServiceNow-style change lifecycle. [Closed] and [Canceled]
// are terminal: no transition leaves them.
const (
	New       State = iota + 1 // "new": requested
	Assess                     // "assess": risk and impact assessed by peers / change manager
	Authorize                  // "authorize": awaiting the change authority (CAB, ECAB, …)
	Scheduled                  // "scheduled": authorised and planned
	Implement                  // "implement": being implemented
	Review                     // "review": post-implementation review
	Closed                     // "closed": done (successful or not: see Outcomes)
	Canceled                   // "canceled": withdrawn before completion
)

var states = enum.New[State]("change", "change state", ErrLifecycle,
	New, "new", Assess, "assess", Authorize, "authorize", Scheduled, "scheduled",
	Implement, "implement", Review, "review", Closed, "closed", Canceled, "canceled")

func (s State) valid() bool { return s >= New && s <= Canceled }

func (s State) terminal() bool { return s == Closed || s == Canceled }

// String returns the text form, e.g. "authorize", or "state(N)" for an
// invalid value.
func (s State) String() string { return enumString(states, "state", s) }

// MarshalText implements encoding.TextMarshaler; an invalid state is an
// error wrapping [ErrLifecycle].
func (s State) MarshalText() ([]byte, error) { return states.Marshal(s) }

// UnmarshalText implements encoding.TextUnmarshaler: exactly one of the
// text forms, else an error wrapping [ErrLifecycle] that lists them.
func (s *State) UnmarshalText(b []byte) error {
	return unmarshalEnum(states, ErrLifecycle, "State", s, b)
}
