package holidays

import (
	"errors"
	"fmt"
)

var (
	// ErrUnknownRegion is returned (wrapped in a [RegionError]) for a region
	// code that is not in [Regions].
	ErrUnknownRegion = errors.New("holidays: unknown region")
	// ErrCategory is returned (wrapped in a [CategoryError]) for an unknown category.
	ErrCategory = errors.New("holidays: unknown category")
	// ErrInvalidHoliday is returned by [NewSet] for a holiday without an ID or
	// with an invalid category.
	ErrInvalidHoliday = errors.New("holidays: invalid holiday")
	// ErrICal is returned (wrapped in an [ICalError]) for a malformed iCalendar stream.
	ErrICal = errors.New("holidays: malformed iCalendar")
)

// RegionError reports an unknown region code.
type RegionError struct {
	Code string // the offending input
}

// Error implements the error interface.
func (e *RegionError) Error() string {
	return fmt.Sprintf("holidays: unknown region %q (see holidays.Regions)", e.Code)
}

// Unwrap returns [ErrUnknownRegion].
func (e *RegionError) Unwrap() error { return ErrUnknownRegion }
