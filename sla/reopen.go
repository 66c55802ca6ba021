package sla

import "github.com/itsmkit/itsm/internal/enum"

// ReopenMode says what a reopen does to a cycle that was stopped when the
// ticket was resolved or closed. Its text form (the conditions' "reopen" in
// JSON) is "new_cycle" ([ReopenNewCycle]), "continue" ([ReopenContinue]) or
// "pause_closed" ([ReopenPauseClosed]). The zero value is ReopenNewCycle.
type ReopenMode uint8

const (
	// ReopenNewCycle starts a new cycle at the reopen (Jira style); the
	// stopped cycle stays in the history with its result.
	ReopenNewCycle ReopenMode = iota // "new_cycle"
	// ReopenContinue continues the stopped cycle as though it never stopped:
	// the time the ticket spent resolved is counted.
	ReopenContinue // "continue"
	// ReopenPauseClosed continues the stopped cycle with the time the ticket
	// spent resolved counted as paused.
	ReopenPauseClosed // "pause_closed"
)

var reopenNames = enum.New[ReopenMode]("sla", "reopen mode", ErrConfig,
	ReopenNewCycle, "new_cycle", ReopenContinue, "continue", ReopenPauseClosed, "pause_closed")

// String returns the text form: "new_cycle", "continue" or "pause_closed".
func (m ReopenMode) String() string { return enumString(reopenNames, "reopen mode", m) }

// MarshalText returns the text form; an undeclared value is an error.
func (m ReopenMode) MarshalText() ([]byte, error) {
	return enumMarshal(reopenNames, "reopen mode", ErrConfig, m)
}

// UnmarshalText parses the text form; any other text is an error wrapping
// [ErrConfig] that lists the valid values.
func (m *ReopenMode) UnmarshalText(b []byte) error {
	return enumUnmarshal(reopenNames, "reopen mode", ErrConfig, m, b)
}
