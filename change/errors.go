package change

import (
	"errors"
	"fmt"

	"github.com/itsmkit/itsm"
)

// Sentinel errors. Every error this package returns is an [*itsm.Error]
// (Pkg "change") that names what was checked, quotes the offending input,
// lists the valid values when the input names one of a fixed set, and
// wraps one of these, so errors.Is classifies it. Errors of another
// package (priority, calendar) that caused one are wrapped too.
var (
	// ErrType: an unknown change type name or an invalid [Type] value.
	ErrType = errors.New("change: invalid change type")
	// ErrLevel: an unknown risk level name or an invalid [Level] value.
	ErrLevel = errors.New("change: invalid risk level")
	// ErrModel: an invalid risk model configuration (questions, rules,
	// bands, multipliers, a matrix's risk scale, a model kind or mode).
	ErrModel = errors.New("change: invalid risk model")
	// ErrInput: assessment input a model cannot score (an unanswered
	// question, an unknown answer, a negative count, an unknown matrix
	// label).
	ErrInput = errors.New("change: invalid assessment input")
	// ErrRouting: an approval routing policy that does not cover every
	// change type × risk level exactly once, or a malformed route (an
	// unknown approver, lead days out of range).
	ErrRouting = errors.New("change: invalid approval routing")
	// ErrGraph: an invalid CI graph (empty names, a relation of a CI to
	// itself, cycles, a hierarchy too deep).
	ErrGraph = errors.New("change: invalid CI graph")
	// ErrPlan: a planned change record that [CheckConflicts] rejects (empty
	// ID, an end before the start, an empty CI name, records of one ID that
	// contradict each other), or an unknown conflict kind.
	ErrPlan = errors.New("change: invalid planned change")
	// ErrSchedule: invalid scheduling input (a window that ends before it
	// starts or lies outside the calendars' range, an empty blackout, slot
	// search arguments, schedule rules that cannot be built or encoded).
	ErrSchedule = errors.New("change: invalid schedule input")
	// ErrLifecycle: an unknown state, an invalid lifecycle model, or a
	// state change the lifecycle does not allow.
	ErrLifecycle = errors.New("change: invalid lifecycle")
	// ErrNoSlot: no free slot exists before the search bound.
	ErrNoSlot = errors.New("change: no free slot")
)

// errf returns the package's error: context where, the offending input
// (quoted when rendered), and msg saying what is wrong, wrapping sentinel.
func errf(sentinel error, where, input, msg string) error {
	return &itsm.Error{Pkg: "change", Context: where, Input: input, Err: fmt.Errorf("%w: %s", sentinel, msg)}
}

// errValid is errf for an input that names one of valid.
func errValid(sentinel error, where, input, msg string, valid []string) error {
	return &itsm.Error{Pkg: "change", Context: where, Input: input, Valid: valid, Err: fmt.Errorf("%w: %s", sentinel, msg)}
}

// errCause is errf for an error of another package: both the sentinel and
// cause are wrapped, so errors.Is and errors.As see each.
func errCause(sentinel error, where, input string, cause error) error {
	return &itsm.Error{Pkg: "change", Context: where, Input: input, Err: fmt.Errorf("%w: %w", sentinel, cause)}
}

// nilTarget is the error of decoding into a nil pointer.
func nilTarget(sentinel error, typ string, b []byte) error {
	in := string(b)
	if len(in) > 64 {
		in = in[:64] + "…"
	}
	return errf(sentinel, "decode", in, "into a nil *"+typ)
}
