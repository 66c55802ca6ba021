package change

import (
	"strconv"
	"strings"
)

// Level is an ordered risk level: a higher value is a higher risk. The zero
// value [None] means "not assessed" (a model that did not decide); it is never
// valid in configuration. The numeric values 1–5 match BMC's "risk level 1–5"
// (1 lowest), so a weighted mean rounded up to an integer is a Level directly.
type Level uint8

// Risk levels, lowest first.
const (
	None     Level = iota // not assessed / no decision
	Low                   // 1
	Moderate              // 2
	High                  // 3
	VeryHigh              // 4 ("Very High")
	Critical              // 5
)

// MinLevel and MaxLevel bound the valid levels.
const (
	MinLevel = Low
	MaxLevel = Critical
)

var levelNames = [...]string{"none", "low", "moderate", "high", "very-high", "critical"}

// Valid reports whether l is one of Low … Critical.
func (l Level) Valid() bool { return l >= MinLevel && l <= MaxLevel }

// String returns the level's name: "low", "moderate", "high", "very-high",
// "critical", or "none"; an out-of-range value prints as "Level(9)".
func (l Level) String() string {
	if int(l) < len(levelNames) {
		return levelNames[l]
	}
	return "Level(" + strconv.Itoa(int(l)) + ")"
}

// ParseLevel parses a level name, case-insensitively, accepting "very high",
// "very_high", "very-high" and "veryhigh", and the digits "1"–"5" (BMC risk
// levels). "none" parses to [None].
func ParseLevel(s string) (Level, error) {
	k := strings.ToLower(strings.TrimSpace(s))
	k = strings.NewReplacer(" ", "", "_", "", "-", "").Replace(k)
	switch k {
	case "none":
		return None, nil
	case "low", "1":
		return Low, nil
	case "moderate", "medium", "2":
		return Moderate, nil
	case "high", "3":
		return High, nil
	case "veryhigh", "4":
		return VeryHigh, nil
	case "critical", "5":
		return Critical, nil
	}
	return None, errf(ErrLevel, "level", s, "is not a risk level (low, moderate, high, very-high, critical)")
}

// MarshalText implements encoding.TextMarshaler with the names of [Level.String].
func (l Level) MarshalText() ([]byte, error) {
	if int(l) >= len(levelNames) {
		return nil, errf(ErrLevel, "level", l.String(), "is out of range")
	}
	return []byte(levelNames[l]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler via [ParseLevel].
func (l *Level) UnmarshalText(b []byte) error {
	v, err := ParseLevel(string(b))
	if err != nil {
		return err
	}
	*l = v
	return nil
}

func checkLevel(where string, l Level) error {
	if !l.Valid() {
		return errf(ErrLevel, where, l.String(), "is not a valid risk level (low … critical)")
	}
	return nil
}
