package change

import "github.com/itsmkit/itsm/internal/enum"

// Approver is a kind of approval a change may require. Its text form
// (JSON, [Approver.String]) is shown beside each constant.
type Approver uint8

// Approvers, in the order a decision lists them.
const (
	PeerReview    Approver = iota + 1 // "peer_review": a technical peer reviews the plan
	ChangeManager                     // "change_manager": the change manager authorises
	CAB                               // "cab": the change advisory board authorises
	ECAB                              // "ecab": the emergency CAB authorises
	BusinessOwner                     // "business_owner": the owner of the affected service signs off
)

var approvers = enum.New[Approver]("change", "approver", ErrRouting,
	PeerReview, "peer_review", ChangeManager, "change_manager", CAB, "cab", ECAB, "ecab", BusinessOwner, "business_owner")

// String returns the text form ("peer_review", "change_manager", "cab",
// "ecab", "business_owner"), or "approver(N)" for an invalid value.
func (a Approver) String() string { return enumString(approvers, "approver", a) }

// MarshalText implements encoding.TextMarshaler; an invalid approver is an
// error wrapping [ErrRouting].
func (a Approver) MarshalText() ([]byte, error) { return approvers.Marshal(a) }

// UnmarshalText implements encoding.TextUnmarshaler: exactly one of the
// text forms, else an error wrapping [ErrRouting] that lists them.
func (a *Approver) UnmarshalText(b []byte) error {
	return unmarshalEnum(approvers, ErrRouting, "Approver", a, b)
}
