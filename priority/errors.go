package priority

import (
	"errors"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Sentinel errors. Every error returned by this package wraps one of them, so
// callers can test the class of a failure with [errors.Is] and still show the
// structured message that quotes the offending input.
var (
	// ErrInvalidScale reports a scale that cannot be built: no levels, too
	// many levels, an empty, duplicate or numeric level name, an unknown
	// direction.
	ErrInvalidScale = errors.New("priority: invalid scale")
	// ErrUnknownLevel reports a label or index that names no level of a scale.
	ErrUnknownLevel = errors.New("priority: unknown level")
	// ErrScaleMismatch reports a level used with a scale it does not belong to
	// (an urgency level given as an impact, a level of another vendor's scale).
	ErrScaleMismatch = errors.New("priority: level of another scale")
	// ErrHole reports a matrix cell, row or column that is missing. We never
	// fill holes silently (GLPI falls back to round((u+i)/2) without a word).
	ErrHole = errors.New("priority: missing cell")
	// ErrOutOfRange reports a matrix row or column beyond the scale's levels.
	ErrOutOfRange = errors.New("priority: out of range")
	// ErrInvalidMatrix reports a nil or zero matrix.
	ErrInvalidMatrix = errors.New("priority: invalid matrix")
	// ErrInvalidWeights reports an additive model whose weights do not match
	// its scales.
	ErrInvalidWeights = errors.New("priority: invalid weights")
	// ErrBandGap reports score bands that leave a score without a priority.
	ErrBandGap = errors.New("priority: gap between bands")
	// ErrBandOverlap reports score bands that give a score two priorities.
	ErrBandOverlap = errors.New("priority: overlapping bands")
	// ErrInvalidBand reports an empty band (From ≥ To) or a band whose
	// priority is not a level of the model's priority scale.
	ErrInvalidBand = errors.New("priority: invalid band")
	// ErrInvalidRules reports impact derivation rules that are out of order,
	// do not cover every value, or name unknown levels.
	ErrInvalidRules = errors.New("priority: invalid rules")
	// ErrMissingFact reports a derivation asked without a fact its rules need.
	ErrMissingFact = errors.New("priority: missing fact")
	// ErrInvalidOverride reports an override without a level, a manual
	// override without an actor, or an unknown override kind.
	ErrInvalidOverride = errors.New("priority: invalid override")
	// ErrInvalidJSON reports JSON that is malformed, has unknown fields or
	// trailing data, or is decoded into a value already built (scales,
	// matrices, models and rules are immutable).
	ErrInvalidJSON = errors.New("priority: invalid JSON")
)

// ScaleError describes a problem with a scale definition or with a label
// parsed against a scale.
type ScaleError struct {
	Scale string // the scale's name, may be empty
	Input string // the offending name or label, quoted in the message
	Err   error  // a sentinel, e.g. ErrInvalidScale or ErrUnknownLevel
	Msg   string // optional detail
}

// Error implements the error interface.
func (e *ScaleError) Error() string {
	var b strings.Builder
	b.WriteString("priority: ")
	if e.Scale != "" {
		b.WriteString("scale ")
		b.WriteString(strconv.Quote(e.Scale))
		b.WriteString(": ")
	}
	b.WriteString(strings.TrimPrefix(e.Err.Error(), "priority: "))
	if e.Input != "" || e.Msg == "" || e.Err == ErrUnknownLevel {
		b.WriteString(" ")
		b.WriteString(strconv.Quote(e.Input))
	}
	if e.Msg != "" {
		b.WriteString(": ")
		b.WriteString(e.Msg)
	}
	return b.String()
}

// Unwrap returns the wrapped error, so errors.Is finds the sentinel.
func (e *ScaleError) Unwrap() error { return e.Err }

// CellError describes a problem with one cell, row or column of a matrix. It
// names the cell by its level labels, e.g.
//
//	priority: cell impact "3 Low" × urgency "2 Medium": unknown level "9"
type CellError struct {
	Impact  string // impact level label (or "row N" when out of range); empty for a whole column
	Urgency string // urgency level label (or "column N"); empty for a whole row
	Err     error  // the cause: wraps a sentinel such as ErrHole or ErrUnknownLevel
}

// Error implements the error interface.
func (e *CellError) Error() string {
	var b strings.Builder
	b.WriteString("priority: ")
	switch {
	case e.Impact != "" && e.Urgency != "":
		b.WriteString("cell impact ")
		b.WriteString(strconv.Quote(e.Impact))
		b.WriteString(" × urgency ")
		b.WriteString(strconv.Quote(e.Urgency))
	case e.Impact != "":
		b.WriteString("impact ")
		b.WriteString(strconv.Quote(e.Impact))
	default:
		b.WriteString("urgency ")
		b.WriteString(strconv.Quote(e.Urgency))
	}
	b.WriteString(": ")
	b.WriteString(strings.TrimPrefix(e.Err.Error(), "priority: "))
	return b.String()
}

// Unwrap returns the wrapped error, so errors.Is finds the sentinel.
func (e *CellError) Unwrap() error { return e.Err }

// MismatchError reports a level given to a model whose axis uses another scale.
type MismatchError struct {
	Axis  string // "impact", "urgency", "priority", "threshold", "else" or "override"
	Want  string // the axis's scale name
	Got   string // the level's scale name
	Level string // the level's label
	// GotScale and WantScale describe both scales in full (Scale.String),
	// shown when their names are equal.
	GotScale, WantScale string
}

// Error implements the error interface.
func (e *MismatchError) Error() string {
	if e.Level == "" {
		return "priority: zero " + e.Axis + " level (want a level of scale " + strconv.Quote(e.Want) + ")"
	}
	got, want := strconv.Quote(e.Got), strconv.Quote(e.Want)
	if e.Got == e.Want {
		// Same name, different levels or direction: show both.
		got, want = "["+e.GotScale+"]", "["+e.WantScale+"]"
	}
	return "priority: " + e.Axis + " level " + strconv.Quote(e.Level) + " of scale " + got +
		" used where scale " + want + " is expected"
}

// Unwrap returns the wrapped error, so errors.Is finds the sentinel.
func (e *MismatchError) Unwrap() error { return ErrScaleMismatch }

func mismatch(axis string, want *Scale, l Level) error {
	e := &MismatchError{Axis: axis, Want: want.Name(), WantScale: want.String()}
	if l.s != nil {
		e.Got, e.GotScale = l.s.Name(), l.s.String()
		e.Level = l.String()
	}
	return e
}

// truncate shortens s for an error message, on a rune boundary.
func truncate(s string) string {
	const n = 32
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}

// chainError joins a sentinel, a context and a cause from this package into
// one message that names the package once, e.g.
// "priority: invalid band: [0, 9): scale "priority": unknown level "z"".
// errors.Is and errors.As see both the sentinel and the cause.
type chainError struct {
	sentinel error
	context  string
	cause    error
}

func chain(sentinel error, context string, cause error) error {
	return &chainError{sentinel: sentinel, context: context, cause: cause}
}

func (e *chainError) Error() string {
	s := e.sentinel.Error()
	if e.context != "" {
		s += ": " + e.context
	}
	return s + ": " + trimPkg(e.cause.Error())
}

func (e *chainError) Unwrap() []error { return []error{e.sentinel, e.cause} }
