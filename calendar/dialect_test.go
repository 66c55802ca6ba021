package calendar

import (
	"errors"
	"testing"

	"github.com/itsmkit/itsm"
)

// Every error of the package is an *itsm.Error of package "calendar" that
// wraps a sentinel: a composition of no calendars returned the bare
// sentinel, with nothing quoted.
func TestErrorsAreItsmErrors(t *testing.T) {
	_, err1 := Union()
	_, err2 := Intersect()
	_, err3 := Minus(nil)
	for i, err := range []error{err1, err2, err3} {
		var e *itsm.Error
		if !errors.As(err, &e) || e.Pkg != "calendar" {
			t.Errorf("%d: %v (%T) is not a calendar *itsm.Error", i, err, err)
			continue
		}
		if !errors.Is(err, ErrNoCalendars) {
			t.Errorf("%d: %v does not wrap ErrNoCalendars", i, err)
		}
		if e.Input == "" {
			t.Errorf("%d: %v quotes no input", i, err)
		}
	}
}
