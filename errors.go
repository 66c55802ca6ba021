package itsm

import (
	"errors"
	"strconv"
	"strings"
)

// Error is the one error shape of the module. Every package returns its
// input and configuration errors as an *Error: which package, what was being
// parsed or checked, the offending input quoted, the accepted values when
// the input names an option, and a wrapped sentinel error of that package.
// Classify errors with [errors.Is] against the sentinels and [errors.As]
// into *Error; never by their text.
//
// Error renders as
//
//	sla: target "P1 response": goal: "30d": bad duration (units: h, m, s, ms, us, ns)
//	sla: priority change mode: "keepElapsed": unknown value (valid: keep, retroactive, restart)
type Error struct {
	Pkg     string   // the package that reports it: "calendar", "sla", …
	Context string   // what was being parsed or checked: "Monday", "target \"P1\"", …; may be empty
	Input   string   // the offending input, quoted in Error(); may be empty
	Valid   []string // for an option or enum: the accepted spellings
	Err     error    // the sentinel (or underlying) error; may be nil
}

// Error renders the error on one line. A nil or zero *Error renders without
// panicking.
func (e *Error) Error() string {
	if e == nil {
		return "<nil>"
	}
	var b strings.Builder
	if e.Pkg != "" {
		b.WriteString(e.Pkg)
		b.WriteString(": ")
	}
	if e.Context != "" {
		b.WriteString(e.Context)
		b.WriteString(": ")
	}
	if e.Input != "" || e.Err == nil {
		b.WriteString(strconv.Quote(e.Input))
		if e.Err != nil {
			b.WriteString(": ")
		}
	}
	if e.Err != nil {
		msg := e.Err.Error()
		if e.Pkg != "" {
			msg = strings.TrimPrefix(msg, e.Pkg+": ")
		}
		b.WriteString(msg)
	}
	if len(e.Valid) > 0 {
		b.WriteString(" (valid: ")
		b.WriteString(strings.Join(e.Valid, ", "))
		b.WriteByte(')')
	}
	return b.String()
}

// Unwrap returns the wrapped error.
func (e *Error) Unwrap() error {
	if e == nil {
		return nil
	}
	return e.Err
}

// Sentinel errors of the shared types in this package.
var (
	// ErrDuration: a duration's text is not a readable duration, or uses a
	// unit whose length the module will not guess (days, weeks).
	ErrDuration = errors.New("itsm: bad duration")
	// ErrInterval: an interval ends before it starts, or its length does not
	// fit in a time.Duration.
	ErrInterval = errors.New("itsm: bad interval")
	// ErrOverflow: a count, sum or product left the range of int64 or
	// time.Duration.
	ErrOverflow = errors.New("itsm: arithmetic overflow")
)

func errorf(context, input string, err error) *Error {
	return &Error{Pkg: "itsm", Context: context, Input: input, Err: err}
}
