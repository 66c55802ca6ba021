package sla

import (
	"strconv"

	"github.com/itsmkit/itsm/internal/enum"
	"github.com/shopspring/decimal"
)

// RoundingMode is how money is rounded to a number of places. Its text
// form (JSON) is "half_up", "half_even", "down", "up", "floor" or
// "ceiling", as beside each constant. The zero value is RoundHalfUp.
type RoundingMode uint8

const (
	RoundHalfUp   RoundingMode = iota // "half_up": half away from zero (commercial rounding)
	RoundHalfEven                     // "half_even": half to even (banker's rounding)
	RoundDown                         // "down": toward zero (truncate)
	RoundUp                           // "up": away from zero
	RoundFloor                        // "floor": toward −∞
	RoundCeiling                      // "ceiling": toward +∞
)

var roundingNames = enum.New[RoundingMode]("sla", "rounding mode", ErrConfig,
	RoundHalfUp, "half_up", RoundHalfEven, "half_even", RoundDown, "down", RoundUp, "up", RoundFloor, "floor", RoundCeiling, "ceiling")

// String returns the text form ("half_up", "half_even", …).
func (m RoundingMode) String() string { return enumString(roundingNames, "rounding mode", m) }

// MarshalText returns the text form; an undeclared value is an error.
func (m RoundingMode) MarshalText() ([]byte, error) {
	return enumMarshal(roundingNames, "rounding mode", ErrConfig, m)
}

// UnmarshalText parses the text form; any other text is an error wrapping
// [ErrConfig] that lists the valid values.
func (m *RoundingMode) UnmarshalText(b []byte) error {
	return enumUnmarshal(roundingNames, "rounding mode", ErrConfig, m, b)
}

// Rounding is an explicit rounding rule for money: places (0–18) and mode.
// Its JSON form is {"places": 2, "mode": "half_up"}.
type Rounding struct {
	Places int32        `json:"places"` // decimal places, 0–18
	Mode   RoundingMode `json:"mode"`   // rounding mode
}

// validate checks places and mode.
func (r Rounding) validate() error {
	if r.Places < 0 || r.Places > 18 {
		return errorf("rounding places", strconv.Itoa(int(r.Places)), detail(ErrConfig, "places are 0 to 18"))
	}
	return enumCheck(roundingNames, "rounding mode", ErrConfig, r.Mode)
}

// round rounds d by the rule.
func (r Rounding) round(d decimal.Decimal) decimal.Decimal {
	switch r.Mode {
	case RoundHalfEven:
		return d.RoundBank(r.Places)
	case RoundDown:
		return d.RoundDown(r.Places)
	case RoundUp:
		return d.RoundUp(r.Places)
	case RoundFloor:
		return d.RoundFloor(r.Places)
	case RoundCeiling:
		return d.RoundCeil(r.Places)
	}
	return d.Round(r.Places)
}
