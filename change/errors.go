package change

import (
	"errors"
	"strconv"
)

// Sentinel errors. Every error returned by this package wraps one of them, so
// callers can test with errors.Is; most are reported through *Error, which
// also quotes the offending input.
var (
	// ErrLevel reports an unknown or out-of-range risk level.
	ErrLevel = errors.New("change: invalid risk level")
	// ErrType reports an unknown change type.
	ErrType = errors.New("change: invalid change type")
	// ErrApprover reports an unknown approver kind.
	ErrApprover = errors.New("change: invalid approver")
	// ErrBands reports thresholds that do not partition the score range
	// (out of order, duplicated, or mapping a higher score to a lower level).
	ErrBands = errors.New("change: invalid bands")
	// ErrModel reports an invalid risk model specification.
	ErrModel = errors.New("change: invalid risk model")
	// ErrInput reports assessment input a model cannot score (an unanswered
	// question, an unknown answer, a negative count).
	ErrInput = errors.New("change: invalid assessment input")
	// ErrRouting reports an approval policy that does not cover every change
	// type × risk level exactly once, or a malformed route.
	ErrRouting = errors.New("change: invalid approval routing")
	// ErrGraph reports an invalid CI graph (empty or duplicate names,
	// relations to unknown CIs, cycles).
	ErrGraph = errors.New("change: invalid CI graph")
	// ErrUnknownCI names a planned change's CI that the graph lacks. It is
	// kept for compatibility: [Conflicts] and [CheckConflicts] no longer
	// return it, as a CI the graph does not know is a finding
	// ([UnknownCI]), not an error.
	ErrUnknownCI = errors.New("change: unknown CI")
	// ErrPlan reports a malformed planned change (empty ID, a window that
	// ends before it starts, an empty CI name, records of one ID that
	// contradict each other).
	ErrPlan = errors.New("change: invalid planned change")
	// ErrSchedule reports invalid scheduling input (lead-time policy,
	// slot search arguments).
	ErrSchedule = errors.New("change: invalid schedule input")
	// ErrLifecycle reports an unknown state, an invalid lifecycle model or
	// a state change the lifecycle does not allow.
	ErrLifecycle = errors.New("change: invalid lifecycle")
	// ErrNoSlot reports that no free slot exists before the search bound.
	ErrNoSlot = errors.New("change: no free slot")
)

// Error is a structured error that names where the problem is, quotes the
// offending input and wraps one of the sentinel errors.
type Error struct {
	Where string // the object at fault, e.g. `questionnaire "cab" question "rollback"`
	Input string // the offending input, quoted in Error
	Msg   string // what is wrong with it
	Err   error  // the sentinel, for errors.Is
	// Cause is the underlying error of another package (priority,
	// calendar), if any; errors.Is and errors.As see it too.
	Cause error
}

// Error implements error: `change: <where>: "<input>" <msg>`.
func (e *Error) Error() string {
	s := "change: "
	if e.Where != "" {
		s += e.Where + ": "
	}
	if e.Input != "" {
		s += strconv.Quote(e.Input) + " "
	}
	return s + e.Msg
}

// Unwrap returns the sentinel and the cause, if any.
func (e *Error) Unwrap() []error {
	if e.Cause != nil {
		return []error{e.Err, e.Cause}
	}
	return []error{e.Err}
}

func errf(sentinel error, where, input, msg string) error {
	return &Error{Where: where, Input: input, Msg: msg, Err: sentinel}
}
