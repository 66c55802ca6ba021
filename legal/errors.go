package legal

import (
	"errors"

	"github.com/itsmkit/itsm"
)

// Sentinel errors. Every error this package returns is an [*itsm.Error]
// (Pkg "legal") that names what was checked, quotes the offending input,
// lists the valid values where the input names an option, and wraps one of
// these, so errors.Is classifies it.
var (
	// ErrPeriod: a period's text or value is malformed: not "<n> <unit>",
	// an unknown unit, a length that is not positive or too long, or a half
	// ("1.5 months") of a unit other than months.
	ErrPeriod = errors.New("legal: bad period")
	// ErrRules: an unknown rule set, or a unit the rule set does not count
	// (working days under the BGB).
	ErrRules = errors.New("legal: bad rule set")
	// ErrRange: a start or an end outside the supported years
	// ([holidays.MinYear], [holidays.MaxYear]).
	ErrRange = errors.New("legal: date out of range")
	// ErrNoWorkingDay: the holidays of a place left no working day within a
	// year of a date, so a period could not be moved to the next working day.
	ErrNoWorkingDay = errors.New("legal: no working day within a year")
	// ErrPlace: an unknown holiday region or time zone.
	ErrPlace = errors.New("legal: bad place")
	// ErrRegime: a regime's configuration is malformed (an unknown field or
	// value, a duplicate or dangling obligation reference, a cycle).
	ErrRegime = errors.New("legal: bad regime")
	// ErrIncident: an incident's events are malformed (an unknown kind or
	// fact, a report of an unknown obligation, a missing time).
	ErrIncident = errors.New("legal: bad incident")
	// ErrImpact: a classification input is malformed (a negative count, more
	// affected than in total, an unknown criterion).
	ErrImpact = errors.New("legal: bad impact")
)

func errorf(context, input string, err error) *itsm.Error {
	return &itsm.Error{Pkg: "legal", Context: context, Input: input, Err: err}
}

// ownError returns err as this package's *itsm.Error, if it is one, even
// when encoding/json wrapped it.
func ownError(err error) (*itsm.Error, bool) {
	var e *itsm.Error
	if errors.As(err, &e) && e.Pkg == "legal" {
		return e, true
	}
	return nil, false
}
