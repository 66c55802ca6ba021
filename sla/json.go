package sla

import (
	"errors"

	"github.com/itsmkit/itsm"
	"github.com/itsmkit/itsm/internal/strictjson"
)

// Strict JSON decoding. The documents of the package — PolicySpec,
// TargetSpec, Goal, Threshold, CreditSchedule, AvailabilityTarget, Ticket
// and Event — reject unknown object keys, duplicate keys, keys in the wrong
// case and trailing data even under plain json.Unmarshal, and so do the
// parts nested in them (rules, conditions, escalations, credit tiers,
// penalties, rounding): a misspelt "pasue" or "escalatons" would otherwise
// decode as "no pause" or "no escalation" and the SLA would be silently
// wrong. The error quotes the key; a key renamed before v1 ("priorityChange",
// "underpinnedBy", "workingDays") is refused with its snake_case spelling
// ("priority_change"), never read as an alias.

// unmarshalStrict decodes b strictly into a new T and stores it in *dst on
// success (null leaves *dst unchanged). Errors of this package from nested
// values pass through as they are; others (syntax, type, unknown key) are
// wrapped in an [*itsm.Error] with context what and the sentinel.
func unmarshalStrict[T any](b []byte, dst *T, what string, sentinel error) error {
	if dst == nil && !strictjson.IsNull(b) {
		return errorf(what+" JSON", "", detail(sentinel, "decoding into a nil pointer"))
	}
	if err := strictjson.DecodeInto(b, dst); err != nil {
		return jsonError(what, sentinel, err)
	}
	return nil
}

// jsonError wraps a decoding error; an error of this package (from a nested
// goal, threshold or enum) already says what is wrong and passes through.
func jsonError(what string, sentinel error, err error) error {
	var e *itsm.Error
	if errors.As(err, &e) && e.Pkg == "sla" {
		return err
	}
	return errorf(what+" JSON", "", because(sentinel, err))
}

// UnmarshalJSON decodes the spec strictly (see the package documentation);
// it does not validate: [NewPolicy] does. Errors wrap [ErrConfig].
func (s *PolicySpec) UnmarshalJSON(b []byte) error {
	type plain PolicySpec
	return unmarshalStrict(b, (*plain)(s), "policy", ErrConfig)
}

// UnmarshalJSON decodes the spec strictly (see the package documentation);
// it does not validate: [NewTarget] and [NewPolicy] do. Errors wrap
// [ErrConfig].
func (t *TargetSpec) UnmarshalJSON(b []byte) error {
	type plain TargetSpec
	return unmarshalStrict(b, (*plain)(t), "target", ErrConfig)
}

// UnmarshalJSON decodes the event strictly (an unknown key is an error
// wrapping [ErrEvent]); the timeline is checked when it is evaluated.
func (e *Event) UnmarshalJSON(b []byte) error {
	type plain Event
	return unmarshalStrict(b, (*plain)(e), "event", ErrEvent)
}

// UnmarshalJSON decodes the ticket strictly (an unknown key is an error
// wrapping [ErrEvent]).
func (t *Ticket) UnmarshalJSON(b []byte) error {
	type plain Ticket
	return unmarshalStrict(b, (*plain)(t), "ticket", ErrEvent)
}
