package sla

import (
	"errors"
	"fmt"
)

// Sentinel errors. Every error returned by this package wraps one of them
// (test with errors.Is) and most come as an [*Error] quoting the input.
var (
	ErrGoal            = errors.New("sla: invalid goal")
	ErrThreshold       = errors.New("sla: threshold must be a percentage in (0, ∞)")
	ErrMetric          = errors.New("sla: invalid metric")
	ErrKind            = errors.New("sla: invalid kind")
	ErrSchedule        = errors.New("sla: unknown or missing schedule")
	ErrWorkingDays     = errors.New("sla: schedule has no working-day arithmetic (AddDays/EndOfDay)")
	ErrConditions      = errors.New("sla: invalid clock conditions")
	ErrPolicy          = errors.New("sla: invalid policy")
	ErrMode            = errors.New("sla: invalid mode")
	ErrEvent           = errors.New("sla: invalid event")
	ErrNoCreation      = errors.New("sla: timeline has no created event")
	ErrBeforeCreation  = errors.New("sla: event before the ticket was created")
	ErrUnknownState    = errors.New("sla: unknown state")
	ErrDuration        = errors.New("sla: invalid duration")
	ErrCredit          = errors.New("sla: invalid credit schedule")
	ErrAvailability    = errors.New("sla: invalid availability target")
	ErrRounding        = errors.New("sla: invalid rounding mode")
	ErrScheduleFailure = errors.New("sla: schedule arithmetic failed")
)

// Error is a structured error: what was wrong (Context), the offending input
// quoted (Input), and the sentinel it wraps (Err).
type Error struct {
	Context string // e.g. `target "P1 resolution"`, "event 3"
	Input   string // the offending input, quoted in the message
	Err     error  // a sentinel above, or an error from another package
}

// Error formats the error as `sla: context: "input": problem`.
func (e *Error) Error() string {
	msg := e.Err.Error()
	if len(msg) > 5 && msg[:5] == "sla: " {
		msg = msg[5:]
	}
	switch {
	case e.Context != "" && e.Input != "":
		return fmt.Sprintf("sla: %s: %q: %s", e.Context, e.Input, msg)
	case e.Context != "":
		return fmt.Sprintf("sla: %s: %s", e.Context, msg)
	case e.Input != "":
		return fmt.Sprintf("sla: %q: %s", e.Input, msg)
	}
	return "sla: " + msg
}

// Unwrap returns the wrapped sentinel.
func (e *Error) Unwrap() error { return e.Err }

func errorf(context, input string, err error) error {
	return &Error{Context: context, Input: input, Err: err}
}
