package priority

import "github.com/itsmkit/itsm/internal/enum"

// Direction says which end of a scale is the highest (most severe) level.
// Vendors disagree: in ServiceNow and iTop "1" is the highest priority, in
// GLPI and Znuny "5" is. The zero Direction is invalid. Its text form
// (String, JSON) is the lower snake_case name beside each constant.
type Direction uint8

const (
	// HighestFirst ("highest_first"): level 1 (the first listed) is the
	// highest, as in ServiceNow, Remedyforce, iTop and BMC ("1 - Critical").
	HighestFirst Direction = iota + 1
	// HighestLast ("highest_last"): the last listed level (the largest
	// number) is the highest, as in GLPI and Znuny ("5 very high").
	HighestLast
)

var directionNames = enum.New[Direction]("priority", "direction", ErrInvalidScale,
	HighestFirst, "highest_first",
	HighestLast, "highest_last")

// String returns the text form: "highest_first" or "highest_last".
func (d Direction) String() string { return enumText(directionNames, "Direction", d) }

// MarshalText returns the text form; an undeclared Direction is an error.
func (d Direction) MarshalText() ([]byte, error) { return directionNames.Marshal(d) }

// UnmarshalText parses the text form exactly; any other spelling is an
// error wrapping [ErrInvalidScale] that lists the valid ones.
func (d *Direction) UnmarshalText(b []byte) error {
	v, err := directionNames.Parse(string(b))
	if err != nil {
		return err
	}
	if d == nil {
		return newError("direction", string(b), wrapf(ErrInvalidJSON, "decode into a nil *Direction"))
	}
	*d = v
	return nil
}
