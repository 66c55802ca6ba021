package calendar

import (
	"errors"
	"fmt"

	"github.com/itsmkit/itsm"
)

// Sentinel errors. Every error this package returns is an [*itsm.Error]
// (Pkg "calendar") that names what was checked, quotes the offending input
// and wraps one of these, so errors.Is classifies it.
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
	// ErrNoCalendars: there is no calendar to work with: a composition was
	// given no calendar, a nil one or the zero Calendar, or a method that
	// searches for open time was called on a nil *Calendar.
	ErrNoCalendars = errors.New("calendar: no calendars to compose")
	// ErrBadClosure: a recurring closure is malformed: no or a bad date
	// rule (see [DateRule]), both from and hours set, or too many closures.
	ErrBadClosure = errors.New("calendar: bad closure")
	// ErrBadCompose: a composed Spec or calendar is malformed (other fields
	// set next to union/intersect/minus) or too large (nested too deep, too
	// many calendars).
	ErrBadCompose = errors.New("calendar: bad composition")
)

func errorf(context, input string, err error) error {
	return &itsm.Error{Pkg: "calendar", Context: context, Input: input, Err: err}
}

// ownError returns err as this package's *itsm.Error, if it is one (not
// wrapped).
func ownError(err error) (*itsm.Error, bool) {
	e, ok := err.(*itsm.Error)
	return e, ok && e.Pkg == "calendar"
}

// sentinelOf returns the error an own *itsm.Error wraps (err otherwise), to
// re-wrap it with a wider context.
func sentinelOf(err error) error {
	if e, ok := ownError(err); ok {
		return e.Err
	}
	return err
}

// findOwn reports whether err's chain holds this package's *itsm.Error.
func findOwn(err error) bool {
	for err != nil {
		if _, ok := ownError(err); ok {
			return true
		}
		u, ok := err.(interface{ Unwrap() error })
		if !ok {
			return false
		}
		err = u.Unwrap()
	}
	return false
}

// nilCalendar is the error of a nil *Calendar asked for open time.
func nilCalendar(op, input string) error {
	return errorf(op, input, fmt.Errorf("%w: nil *Calendar", ErrNoCalendars))
}

// nilTarget is the error of decoding into a nil pointer.
func nilTarget(typ string, b []byte) error {
	return errorf("decode", quoteInput(b), fmt.Errorf("%w: into a nil *%s", ErrSyntax, typ))
}
