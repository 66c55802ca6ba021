package calendar

import (
	"errors"
	"strconv"
	"strings"
)

// Sentinel errors. Errors returned by this package wrap one of these, so
// errors.Is works; most come wrapped in an [*Error] that names the offending
// input.
var (
	// ErrUnknownZone: the zone is not an IANA name known to time.LoadLocation
	// (or is "Local", which would make results depend on the machine).
	ErrUnknownZone = errors.New("calendar: unknown time zone")
	// ErrBadTime: a time of day is not HH:MM in 00:00–24:00 (24:00 only as an end).
	ErrBadTime = errors.New("calendar: bad time of day")
	// ErrEmptySpan: a span starts where it ends.
	ErrEmptySpan = errors.New("calendar: span is empty")
	// ErrOverlap: two spans of the same day, or an overnight span and the
	// next day's spans, overlap.
	ErrOverlap = errors.New("calendar: spans overlap")
	// ErrSyntax: the compact text form or JSON could not be parsed.
	ErrSyntax = errors.New("calendar: syntax error")
	// ErrBadOverride: a date override is contradictory, empty, duplicated or
	// outside the supported range.
	ErrBadOverride = errors.New("calendar: bad date override")
	// ErrNeverOpen: the calendar has no open time at all (no weekly hours and
	// no extra working days), so no deadline could ever be computed.
	ErrNeverOpen = errors.New("calendar: calendar is never open")
	// ErrOutOfRange: the answer would lie outside the supported range
	// [MinYear, MaxYear], or there is no open time left inside it.
	ErrOutOfRange = errors.New("calendar: result outside the supported range")
	// ErrHoliday: a holiday reference could not be resolved.
	ErrHoliday = errors.New("calendar: bad holiday reference")
	// ErrNoCalendars: a composition was given no calendar, a nil one or the
	// zero Calendar.
	ErrNoCalendars = errors.New("calendar: no calendars to compose")
	// ErrBadCompose: a composed Spec or calendar is malformed (other fields
	// set next to union/intersect/minus) or too large (nested too deep, too
	// many calendars).
	ErrBadCompose = errors.New("calendar: bad composition")
)

// Error is a structured error that quotes the offending input.
type Error struct {
	Context string // where: "Monday", "zone", "override 2026-12-24", "week", …
	Input   string // the offending text, quoted in Error()
	Err     error  // one of the sentinel errors above
}

// Error renders e.g. `calendar: Monday: span "09:00-09:00" is empty`.
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString("calendar: ")
	if e.Context != "" {
		b.WriteString(e.Context)
		b.WriteString(": ")
	}
	b.WriteString(strconv.Quote(e.Input))
	if e.Err != nil {
		b.WriteString(": ")
		b.WriteString(strings.TrimPrefix(e.Err.Error(), "calendar: "))
	}
	return b.String()
}

// Unwrap returns the sentinel error.
func (e *Error) Unwrap() error { return e.Err }

func errorf(context, input string, err error) error {
	return &Error{Context: context, Input: input, Err: err}
}
