package sla

import (
	"encoding/json"
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

// RecordError is one record of a batch that could not be used. Batch
// computations ([ComputeAttainment], [EvaluateAvailability],
// [Policy.NextChanges]) do not let one bad record discard the rest: they
// compute over the good records and list each bad one with its position
// and identity, so the caller can find and fix it.
type RecordError struct {
	Index int // position of the record in its input slice
	// Record names the record as a reader finds it: `ticket "INC1"`,
	// `ticket "INC1" slot "SLA resolution" cycle 2 (target "P1 resolution")`,
	// `outage 3 [2026-04-13T12:00:00Z, 2026-04-13T11:55:00Z)`.
	Record string
	Err    error // what is wrong; wraps a sentinel of this package or of kpi
}

// Error formats the error as `sla: record 3, outage 3 […]: problem`.
func (e RecordError) Error() string {
	msg := "invalid record"
	if e.Err != nil {
		msg = e.Err.Error()
		if len(msg) > 5 && msg[:5] == "sla: " {
			msg = msg[5:]
		}
	}
	return fmt.Sprintf("sla: record %d, %s: %s", e.Index, e.Record, msg)
}

// Unwrap returns the wrapped error.
func (e RecordError) Unwrap() error { return e.Err }

// MarshalJSON writes {"index": …, "record": …, "error": …}.
func (e RecordError) MarshalJSON() ([]byte, error) {
	msg := ""
	if e.Err != nil {
		msg = e.Err.Error()
	}
	return json.Marshal(struct {
		Index  int    `json:"index"`
		Record string `json:"record"`
		Error  string `json:"error"`
	}{e.Index, e.Record, msg})
}

// ticketRecord names a ticket of a batch for a RecordError.
func ticketRecord(id string) string {
	if id == "" {
		return "ticket without ID"
	}
	return fmt.Sprintf("ticket %q", id)
}

func errorf(context, input string, err error) error {
	return &Error{Context: context, Input: input, Err: err}
}
