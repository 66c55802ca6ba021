package priority

import (
	"errors"
	"fmt"
	"strconv"
	"unicode/utf8"

	"github.com/itsmkit/itsm"
)

// Sentinel errors. Every error this package returns is an [*itsm.Error]
// (Pkg "priority") that names what was being checked, quotes the offending
// input and wraps one of these, so callers classify failures with
// [errors.Is] and read the details with [errors.As]; never by the text.
var (
	// ErrInvalidScale: a scale cannot be built (no levels, too many, an
	// empty, duplicate or numeric level name, an unknown direction), or a
	// nil or empty scale was given where one is needed.
	ErrInvalidScale = errors.New("priority: invalid scale")
	// ErrUnknownLevel: a label or number names no level of the scale (the
	// error lists the scale's level names). The one to branch on when
	// reading ticket data.
	ErrUnknownLevel = errors.New("priority: unknown level")
	// ErrScaleMismatch: a level was used with a scale it does not belong to
	// (an urgency level given as an impact, a level of another vendor's
	// scale, the zero Level).
	ErrScaleMismatch = errors.New("priority: level of another scale")
	// ErrInvalidMatrix: a matrix or additive model cannot be built (a
	// missing or extra cell, row or column; weights that do not match the
	// scales; bands that are empty, overlap or leave a score without a
	// priority), or a nil or zero Matrix was used. GLPI fills a missing
	// cell silently with round((u+i)/2); this package never guesses.
	ErrInvalidMatrix = errors.New("priority: invalid matrix")
	// ErrInvalidRules: impact derivation rules are out of order, do not
	// cover every value, or name unknown levels or ops.
	ErrInvalidRules = errors.New("priority: invalid rules")
	// ErrMissingFact: a derivation was asked without a fact its rules need.
	ErrMissingFact = errors.New("priority: missing fact")
	// ErrInvalidOverride: an override without a level, a manual override
	// without an actor, or an unknown override kind.
	ErrInvalidOverride = errors.New("priority: invalid override")
	// ErrInvalidJSON: JSON that is malformed, has unknown, duplicate or
	// case-variant keys or trailing data, or is decoded into a value
	// already built (scales, matrices and rules are immutable).
	ErrInvalidJSON = errors.New("priority: invalid JSON")
)

// cause is a finer sentinel that wraps a class sentinel: the message says
// which problem it is, errors.Is sees the class. Callers branch on the
// class; the package's tests on the cause.
type cause struct {
	msg   string
	class error
}

func (c *cause) Error() string { return c.msg }
func (c *cause) Unwrap() error { return c.class }

// Causes of ErrInvalidMatrix.
var (
	errHole           error = &cause{"priority: missing cell", ErrInvalidMatrix}
	errOutOfRange     error = &cause{"priority: out of range", ErrInvalidMatrix}
	errInvalidWeights error = &cause{"priority: invalid weights", ErrInvalidMatrix}
	errBandGap        error = &cause{"priority: gap between bands", ErrInvalidMatrix}
	errBandOverlap    error = &cause{"priority: overlapping bands", ErrInvalidMatrix}
	errInvalidBand    error = &cause{"priority: invalid band", ErrInvalidMatrix}
)

// newError returns the package's error: context says what was being parsed
// or checked, input is the offending text (quoted when rendered), err wraps
// a sentinel.
func newError(context, input string, err error) *itsm.Error {
	return &itsm.Error{Pkg: "priority", Context: context, Input: input, Err: err}
}

// wrapf returns an error wrapping sentinel with a detail:
// "priority: invalid scale: no levels".
func wrapf(sentinel error, format string, args ...any) error {
	return fmt.Errorf("%w: "+format, append([]any{sentinel}, args...)...)
}

// nilMatrix is the error of every method of a nil or zero Matrix.
func nilMatrix() error {
	return newError("matrix", "", wrapf(ErrInvalidMatrix, "nil or zero matrix; build one with NewMatrix, NewAdditive or a preset"))
}

// scaleContext names a scale in an error: `scale "urgency"`, or "scale".
func scaleContext(name string) string {
	if name == "" {
		return "scale"
	}
	return "scale " + strconv.Quote(name)
}

// cellContext names a cell, row or column of a matrix by its level labels:
// `cell impact "3 Low" × urgency "2 Medium"`, `impact "row 4"`.
func cellContext(impact, urgency string) string {
	switch {
	case impact != "" && urgency != "":
		return "cell impact " + strconv.Quote(impact) + " × urgency " + strconv.Quote(urgency)
	case impact != "":
		return "impact " + strconv.Quote(impact)
	}
	return "urgency " + strconv.Quote(urgency)
}

// ruleContext names a factor of rules and, if step ≥ 0, its step.
func ruleContext(fact string, step int) string {
	s := "rules: fact " + strconv.Quote(fact)
	if step >= 0 {
		s += " step " + strconv.Itoa(step+1)
	}
	return s
}

// mismatch reports a level of another scale (or the zero Level) given on
// axis, whose scale is want. When both scales have the same name, both are
// shown in full.
func mismatch(axis string, want *Scale, l Level) error {
	ctx := axis + " level"
	if l.s == nil {
		return newError(ctx, "", wrapf(ErrScaleMismatch, "zero level (want a level of scale %q)", want.Name()))
	}
	got, w := strconv.Quote(l.s.Name()), strconv.Quote(want.Name())
	if l.s.Name() == want.Name() {
		// Same name, different levels or direction: show both.
		got, w = "["+l.s.String()+"]", "["+want.String()+"]"
	}
	return newError(ctx, l.String(), wrapf(ErrScaleMismatch, "is of scale %s, not %s", got, w))
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
// "priority: invalid band: band 1: scale "priority": "z": unknown level".
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

func trimPkg(s string) string {
	const p = "priority: "
	if len(s) >= len(p) && s[:len(p)] == p {
		return s[len(p):]
	}
	return s
}
