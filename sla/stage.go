package sla

import "github.com/itsmkit/itsm/internal/enum"

// Stage is where a cycle stands. Its text form (JSON) is "not_started",
// "running", "paused", "met", "breached" or "cancelled", as beside each
// constant. The zero value, NotStarted, is the stage of a target whose
// clock has not started (now before creation, or no start).
type Stage uint8

const (
	NotStarted Stage = iota // "not_started": no clock yet
	Running                 // "running": counting (possibly outside service hours)
	Paused                  // "paused": in a pause state
	Met                     // "met": stopped at or before its deadline
	Breached                // "breached": running past its deadline, or stopped after it
	Cancelled               // "cancelled": cancelled, reset or replaced (see Cycle.Breached for an incurred breach)
)

var stageNames = enum.New[Stage]("sla", "stage", ErrConfig,
	NotStarted, "not_started", Running, "running", Paused, "paused", Met, "met", Breached, "breached", Cancelled, "cancelled")

// String returns the text form ("not_started", "running", …).
func (s Stage) String() string { return enumString(stageNames, "stage", s) }

// MarshalText returns the text form; an undeclared value is an error.
func (s Stage) MarshalText() ([]byte, error) { return enumMarshal(stageNames, "stage", ErrConfig, s) }

// UnmarshalText parses the text form; any other text is an error that lists
// the valid values.
func (s *Stage) UnmarshalText(b []byte) error {
	return enumUnmarshal(stageNames, "stage", ErrConfig, s, b)
}
