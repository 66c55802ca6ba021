package change

import (
	"strconv"
	"strings"
)

// Type is the ITIL change type. The zero value is invalid, so a forgotten
// type is detected rather than silently treated as a standard change.
type Type uint8

// Change types.
const (
	// Standard is a pre-authorised, low-risk, repeatable change following a
	// change model; it needs no CAB.
	Standard Type = iota + 1
	// Normal goes through assessment and authorisation (change manager or
	// CAB depending on risk).
	Normal
	// Emergency must be implemented as soon as possible; it is authorised
	// by the emergency CAB (ECAB) and reviewed afterwards.
	Emergency
)

var typeNames = [...]string{"", "standard", "normal", "emergency"}

// AllTypes returns the valid change types in order.
func AllTypes() []Type { return []Type{Standard, Normal, Emergency} }

// Valid reports whether t is Standard, Normal or Emergency.
func (t Type) Valid() bool { return t >= Standard && t <= Emergency }

// String returns "standard", "normal" or "emergency" ("Type(0)" otherwise).
func (t Type) String() string {
	if t.Valid() {
		return typeNames[t]
	}
	return "Type(" + strconv.Itoa(int(t)) + ")"
}

// ParseType parses a change type name, case-insensitively.
func ParseType(s string) (Type, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "standard":
		return Standard, nil
	case "normal":
		return Normal, nil
	case "emergency":
		return Emergency, nil
	}
	return 0, errf(ErrType, "type", s, "is not a change type (standard, normal, emergency)")
}

// MarshalText implements encoding.TextMarshaler; an invalid type is an error.
func (t Type) MarshalText() ([]byte, error) {
	if !t.Valid() {
		return nil, errf(ErrType, "type", t.String(), "is not a change type")
	}
	return []byte(typeNames[t]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler via [ParseType].
func (t *Type) UnmarshalText(b []byte) error {
	v, err := ParseType(string(b))
	if err != nil {
		return err
	}
	*t = v
	return nil
}
