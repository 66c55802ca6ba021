package sla

import (
	"fmt"
	"strings"
	"time"

	"github.com/itsmkit/itsm/internal/strictjson"
)

// Strict JSON decoding. Every configuration and input type of the package
// (PolicySpec, Rule, TargetSpec, Conditions, Condition, Escalation, Goal,
// CreditSchedule and its parts, AvailabilityTarget, Ticket, Event) rejects
// unknown object keys and trailing data even under plain json.Unmarshal: a
// misspelt "pasue" or "escalatons" would otherwise decode as "no pause" or
// "no escalation" and the SLA would be silently wrong. The error quotes the
// unknown key. Nested types are strict by themselves, because encoding/json
// hands them their raw bytes and a decoder's DisallowUnknownFields does not
// reach into a type with its own UnmarshalJSON.

// unmarshalStrict decodes b strictly into a new T and stores it in *dst on
// success (null leaves *dst unchanged). Errors of this package from nested
// values pass through as they are; others (syntax, type, unknown field)
// are wrapped in an [*Error] with context what and the sentinel.
func unmarshalStrict[T any](b []byte, dst *T, what string, sentinel error) error {
	if err := strictjson.DecodeInto(b, dst); err != nil {
		return jsonError(what, sentinel, err)
	}
	return nil
}

func jsonError(what string, sentinel error, err error) error {
	if strings.HasPrefix(err.Error(), "sla: ") {
		return err // already says what is wrong and wraps its sentinel
	}
	return &Error{Context: what + " JSON", Err: fmt.Errorf("%w: %w", sentinel, err)}
}

// UnmarshalJSON decodes the spec strictly (unknown keys are an error); it
// does not validate: [NewPolicy] does.
func (s *PolicySpec) UnmarshalJSON(b []byte) error {
	type plain PolicySpec
	return unmarshalStrict(b, (*plain)(s), "policy", ErrPolicy)
}

// UnmarshalJSON decodes the rule strictly (unknown keys are an error).
func (r *Rule) UnmarshalJSON(b []byte) error {
	type plain Rule
	return unmarshalStrict(b, (*plain)(r), "rule", ErrPolicy)
}

// UnmarshalJSON decodes the spec strictly (unknown keys are an error); it
// does not validate: [NewTarget] and [NewPolicy] do.
func (t *TargetSpec) UnmarshalJSON(b []byte) error {
	type plain TargetSpec
	return unmarshalStrict(b, (*plain)(t), "target", ErrPolicy)
}

// UnmarshalJSON decodes the conditions strictly (unknown keys are an
// error: a misspelt "pasue" must not mean "never paused").
func (c *Conditions) UnmarshalJSON(b []byte) error {
	type plain Conditions
	return unmarshalStrict(b, (*plain)(c), "conditions", ErrConditions)
}

// UnmarshalJSON decodes the condition strictly (unknown keys are an error).
func (c *Condition) UnmarshalJSON(b []byte) error {
	type plain Condition
	return unmarshalStrict(b, (*plain)(c), "condition", ErrConditions)
}

// UnmarshalJSON decodes the level strictly (unknown keys are an error).
func (e *Escalation) UnmarshalJSON(b []byte) error {
	type plain Escalation
	return unmarshalStrict(b, (*plain)(e), "escalation", ErrPolicy)
}

// UnmarshalJSON decodes the level and its instant strictly. It exists
// because EscalationAt embeds [Escalation], whose UnmarshalJSON would
// otherwise be promoted and reject "at".
func (e *EscalationAt) UnmarshalJSON(b []byte) error {
	var v struct {
		Name   string    `json:"name"`
		Offset Duration  `json:"offset"`
		At     time.Time `json:"at"`
	}
	if err := unmarshalStrict(b, &v, "escalation", ErrPolicy); err != nil || strictjson.IsNull(b) {
		return err
	}
	*e = EscalationAt{Escalation: Escalation{Name: v.Name, Offset: v.Offset}, At: v.At}
	return nil
}

// UnmarshalJSON decodes the rule strictly (unknown keys are an error).
func (r *Rounding) UnmarshalJSON(b []byte) error {
	type plain Rounding
	return unmarshalStrict(b, (*plain)(r), "rounding", ErrRounding)
}

// UnmarshalJSON decodes the tier strictly (unknown keys are an error).
func (t *CreditTier) UnmarshalJSON(b []byte) error {
	type plain CreditTier
	return unmarshalStrict(b, (*plain)(t), "credit tier", ErrCredit)
}

// UnmarshalJSON decodes the penalty strictly (unknown keys are an error).
func (p *BreachPenalty) UnmarshalJSON(b []byte) error {
	type plain BreachPenalty
	return unmarshalStrict(b, (*plain)(p), "breach penalty", ErrCredit)
}

// UnmarshalJSON decodes the target strictly (unknown keys are an error); it
// does not validate: [AvailabilityTarget.Validate] and
// [EvaluateAvailability] do.
func (a *AvailabilityTarget) UnmarshalJSON(b []byte) error {
	type plain AvailabilityTarget
	return unmarshalStrict(b, (*plain)(a), "availability target", ErrAvailability)
}

// UnmarshalJSON decodes the event strictly (unknown keys are an error); the
// timeline is checked when it is evaluated.
func (e *Event) UnmarshalJSON(b []byte) error {
	type plain Event
	return unmarshalStrict(b, (*plain)(e), "event", ErrEvent)
}

// UnmarshalJSON decodes the ticket strictly (unknown keys are an error).
func (t *Ticket) UnmarshalJSON(b []byte) error {
	type plain Ticket
	return unmarshalStrict(b, (*plain)(t), "ticket", ErrEvent)
}
