package kpi

import (
	"strconv"

	"github.com/itsmkit/itsm/internal/enum"
)

// The enumerations of the package ([Measure], [Clock], [PercentileMethod],
// [Severity], [WindowKind]) have one lower snake_case text form each,
// shown beside each constant; String, MarshalText and UnmarshalText use
// their table. An unknown spelling is an [*itsm.Error] wrapping
// [ErrInvalidConfig] that lists the valid ones.

// enumString returns v's text form, or "kind(N)" for an undeclared value
// (not through the table, whose fallback formats v with %v and so would
// call String again).
func enumString[T ~uint8](t enum.Names[T], kind string, v T) string {
	if s, ok := t.Name(v); ok {
		return s
	}
	return kind + "(" + strconv.Itoa(int(v)) + ")"
}

// enumUnmarshal parses b into *dst; a nil dst is an error, never a panic.
func enumUnmarshal[T comparable](t enum.Names[T], kind string, dst *T, b []byte) error {
	v, err := t.Parse(string(b))
	if err != nil {
		return err
	}
	if dst == nil {
		return errorf(kind, string(b), because(ErrInvalidConfig, "decoding into a nil pointer"))
	}
	*dst = v
	return nil
}
