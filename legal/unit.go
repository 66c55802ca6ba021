package legal

import (
	"fmt"
	"strconv"

	"github.com/itsmkit/itsm/internal/enum"
)

// Unit is the unit in which a legal text expresses a period. Its text form
// is shown beside each constant. The zero value is not a unit.
type Unit uint8

const (
	// Hours: "within 72 hours".
	Hours Unit = iota + 1 // "hours"
	// Days: calendar days, Saturdays, Sundays and holidays included
	// (Regulation 1182/71 Art. 3(3)).
	Days // "days"
	// WorkingDays: days other than Saturdays, Sundays and public holidays
	// (Regulation 1182/71 Art. 2(2)). Not counted under the BGB, whose
	// "Werktag" includes Saturday in some provisions and not in others.
	WorkingDays // "working_days"
	// Weeks: seven calendar days; the period ends on the same weekday.
	Weeks // "weeks"
	// Months: calendar months; the period ends on the same day number,
	// or on the month's last day where that day does not exist.
	Months // "months"
	// Years: twelve calendar months.
	Years // "years"
)

var unitNames = enum.New[Unit]("legal", "unit", ErrPeriod,
	Hours, "hours", Days, "days", WorkingDays, "working_days", Weeks, "weeks", Months, "months", Years, "years")

func (u Unit) valid() bool { return u >= Hours && u <= Years }

// String returns the text form ("hours", "days", "working_days", "weeks",
// "months", "years"), or "unit(N)" for an undeclared value.
func (u Unit) String() string {
	if !u.valid() {
		return "unit(" + strconv.Itoa(int(u)) + ")"
	}
	return unitNames.String(u)
}

// MarshalText returns the text form; an undeclared value is an error
// wrapping [ErrPeriod] that lists the valid ones.
func (u Unit) MarshalText() ([]byte, error) {
	if !u.valid() {
		e := errorf("unit", u.String(), ErrPeriod)
		e.Valid = unitNames.Valid()
		return nil, e
	}
	return unitNames.Marshal(u)
}

// UnmarshalText parses the text form; other text is an error wrapping
// [ErrPeriod] that lists the valid forms.
func (u *Unit) UnmarshalText(b []byte) error {
	v, err := unitNames.Parse(string(b))
	if err != nil {
		return err
	}
	if u == nil {
		return errorf("unit", string(b), fmt.Errorf("%w: decoding into a nil *Unit", ErrPeriod))
	}
	*u = v
	return nil
}

// singular returns the unit's name for a length of one.
func (u Unit) singular() string {
	s := u.String()
	return s[:len(s)-1]
}

// text returns the unit's name in prose ("working days").
func (u Unit) text(n int) string {
	s := u.String()
	if n == 1 {
		s = u.singular()
	}
	if u == WorkingDays {
		if n == 1 {
			return "working day"
		}
		return "working days"
	}
	return s
}
