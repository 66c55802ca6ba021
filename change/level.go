package change

import (
	"strings"

	"github.com/itsmkit/itsm/internal/enum"
)

// Level is an ordered risk level: a higher value is a higher risk. The zero
// value [None] means "not assessed" (a model that did not decide); it is never
// valid in configuration. The numeric values 1–5 match BMC's "risk level 1–5"
// (1 lowest), so a weighted mean rounded up to an integer is a Level directly.
// Its text form (JSON, [Level.String]) is shown beside each constant.
type Level uint8

// Risk levels, lowest first.
const (
	None     Level = iota // "none": not assessed, no decision
	Low                   // "low": BMC 1
	Moderate              // "moderate": BMC 2
	High                  // "high": BMC 3
	VeryHigh              // "very_high": BMC 4
	Critical              // "critical": BMC 5
)

var levels = enum.New[Level]("change", "risk level", ErrLevel,
	None, "none", Low, "low", Moderate, "moderate", High, "high", VeryHigh, "very_high", Critical, "critical")

// valid reports whether l is one of Low … Critical.
func (l Level) valid() bool { return l >= Low && l <= Critical }

// String returns the text form ("low", …, "very_high", "critical", or
// "none"), or "level(N)" for an out-of-range value.
func (l Level) String() string { return enumString(levels, "level", l) }

// MarshalText implements encoding.TextMarshaler; an out-of-range value is
// an error wrapping [ErrLevel].
func (l Level) MarshalText() ([]byte, error) { return levels.Marshal(l) }

// UnmarshalText implements encoding.TextUnmarshaler: exactly one of the
// text forms, else an error wrapping [ErrLevel] that lists them.
func (l *Level) UnmarshalText(b []byte) error { return unmarshalEnum(levels, ErrLevel, "Level", l, b) }

// checkLevel reports an error unless l is one of Low … Critical.
func checkLevel(where string, l Level) error {
	if !l.valid() {
		return errValid(ErrLevel, where, l.String(), "is not a risk level", levels.Valid()[1:])
	}
	return nil
}

// levelFromLabel reads a risk level from a label of another vocabulary, a
// priority scale's level name: case-insensitive, with spaces, hyphens or
// underscores ("Very High", "very-high"), "medium" for moderate, or BMC's
// digits "1"–"5". ok is false for anything else and for "none".
func levelFromLabel(s string) (Level, bool) {
	k := strings.ToLower(strings.TrimSpace(s))
	k = strings.NewReplacer(" ", "", "_", "", "-", "").Replace(k)
	switch k {
	case "low", "1":
		return Low, true
	case "moderate", "medium", "2":
		return Moderate, true
	case "high", "3":
		return High, true
	case "veryhigh", "4":
		return VeryHigh, true
	case "critical", "5":
		return Critical, true
	}
	return None, false
}
