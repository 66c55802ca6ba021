package sla

import (
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/itsmkit/itsm"
)

// Sentinel errors. Every error of this package wraps one of them (test with
// [errors.Is]) and comes as an [*itsm.Error] of package "sla" that says what
// was checked and quotes the input (use [errors.As] for the details; enum
// and option errors list the valid values in its Valid field). They are the
// three classes a caller branches on: fix the configuration, fix the
// ticket's data, or look at the schedule.
var (
	// ErrConfig: a configuration is invalid — a policy or target (a goal,
	// threshold, metric, kind, condition, mode, escalation or rule, an
	// unknown schedule name, a schedule without the working-day arithmetic
	// a goal needs), an availability target, a credit schedule, its
	// rounding or a fee — or a batch input cannot be used as given (a
	// status evaluated before the end of the period it is counted in).
	ErrConfig = errors.New("sla: invalid configuration")
	// ErrEvent: a ticket's timeline is invalid — no created event, an
	// event before it, a zero instant, an unknown kind, a state change
	// without a state, a priority change without a priority, or a state
	// the policy does not list.
	ErrEvent = errors.New("sla: invalid timeline")
	// ErrScheduleFailure: the schedule's arithmetic failed while a clock
	// was evaluated (an instant outside a calendar's supported range, or a
	// user schedule's own error).
	ErrScheduleFailure = errors.New("sla: schedule arithmetic failed")
)

// errorf returns the package's error: context, the quoted input and err
// (a sentinel, or an error wrapping one).
func errorf(context, input string, err error) *itsm.Error {
	return &itsm.Error{Pkg: "sla", Context: context, Input: input, Err: err}
}

// detail wraps sentinel with an explanation: "sla: invalid policy: why".
func detail(sentinel error, why string) error { return fmt.Errorf("%w: %s", sentinel, why) }

// wrapCtx prefixes the context of err (an *itsm.Error of this package) with
// ctx, or wraps any other error in one.
func wrapCtx(ctx string, err error) error {
	var e *itsm.Error
	if errors.As(err, &e) && e.Pkg == "sla" && err == error(e) {
		c := *e
		if c.Context == "" {
			c.Context = ctx
		} else {
			c.Context = ctx + ": " + c.Context
		}
		return &c
	}
	return &itsm.Error{Pkg: "sla", Context: ctx, Err: err}
}

// wrapSched reports a failure of a schedule's arithmetic from instant t.
func wrapSched(ctx string, t time.Time, err error) error {
	return errorf(ctx, t.Format(time.RFC3339Nano), scheduleFailure(err))
}

// scheduleFailure wraps err, an error of a schedule's arithmetic, in
// [ErrScheduleFailure] unless it already wraps it.
func scheduleFailure(err error) error {
	if errors.Is(err, ErrScheduleFailure) {
		return err
	}
	return fmt.Errorf("%w: %w", ErrScheduleFailure, err)
}

// nilTarget is the error of a method or function given a nil *Target.
func nilTarget(what string) error { return errorf(what, "nil target", ErrConfig) }

// because wraps sentinel and the underlying error err.
func because(sentinel, err error) error { return fmt.Errorf("%w: %w", sentinel, err) }

// quote quotes a name for an error context.
func quote(s string) string { return strconv.Quote(s) }
