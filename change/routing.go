package change

import (
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// Approver is a kind of approval a change may require.
type Approver uint8

// Approvers, in the order a decision lists them.
const (
	PeerReview    Approver = iota + 1 // a technical peer reviews the plan
	ChangeManager                     // the change manager authorises
	CAB                               // the change advisory board authorises
	ECAB                              // the emergency CAB authorises
	BusinessOwner                     // the owner of the affected service signs off
)

var approverNames = [...]string{"", "peer-review", "change-manager", "cab", "ecab", "business-owner"}

// Valid reports whether a is a known approver.
func (a Approver) Valid() bool { return a >= PeerReview && a <= BusinessOwner }

// String returns "peer-review", "change-manager", "cab", "ecab" or "business-owner".
func (a Approver) String() string {
	if a.Valid() {
		return approverNames[a]
	}
	return "Approver(" + strconv.Itoa(int(a)) + ")"
}

// ParseApprover parses an approver name case-insensitively.
func ParseApprover(s string) (Approver, error) {
	i := slices.Index(approverNames[1:], strings.ToLower(strings.TrimSpace(s)))
	if i < 0 {
		return 0, errf(ErrApprover, "approver", s, "is not an approver ("+strings.Join(approverNames[1:], ", ")+")")
	}
	return Approver(i + 1), nil
}

// MarshalText implements encoding.TextMarshaler.
func (a Approver) MarshalText() ([]byte, error) {
	if !a.Valid() {
		return nil, errf(ErrApprover, "approver", a.String(), "is not an approver")
	}
	return []byte(approverNames[a]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (a *Approver) UnmarshalText(b []byte) error {
	v, err := ParseApprover(string(b))
	if err != nil {
		return err
	}
	*a = v
	return nil
}

// Route is one line of a routing policy: changes of Type with a risk level
// in [From, To] need Approvers (none for a pre-approved standard change).
type Route struct {
	Type      Type       `json:"type"`
	From      Level      `json:"from"`
	To        Level      `json:"to"` // inclusive
	Approvers []Approver `json:"approvers"`
	// PostReview asks for a post-implementation review (emergency changes
	// are authorised first and reviewed afterwards).
	PostReview bool   `json:"post_review,omitzero"`
	Reason     string `json:"reason,omitempty"`
}

// Routing is a validated approval policy: every change type × risk level is
// covered by exactly one [Route]. Construct it with [NewRouting]; the zero
// value routes nothing (Route returns an error).
type Routing struct {
	routes []Route
	table  [Emergency + 1][MaxLevel + 1]int16 // route index + 1
}

// Decision is who must approve a change and why.
type Decision struct {
	Type       Type       `json:"type"`
	Level      Level      `json:"level"`
	Approvers  []Approver `json:"approvers"` // empty: pre-approved
	PostReview bool       `json:"post_review,omitzero"`
	Route      int        `json:"route"` // 1-based index of the deciding route
	Reason     string     `json:"reason"`
}

// PreApproved reports whether no approval is needed.
func (d Decision) PreApproved() bool { return len(d.Approvers) == 0 }

// String renders the decision, e.g.
// "normal/high: change-manager, cab (route 3: …)".
func (d Decision) String() string {
	who := "pre-approved"
	if len(d.Approvers) > 0 {
		names := make([]string, len(d.Approvers))
		for i, a := range d.Approvers {
			names[i] = a.String()
		}
		who = strings.Join(names, ", ")
	}
	s := fmt.Sprintf("%s/%s: %s", d.Type, d.Level, who)
	if d.PostReview {
		s += " + post-implementation review"
	}
	s += fmt.Sprintf(" (route %d", d.Route)
	if d.Reason != "" {
		s += ": " + d.Reason
	}
	return s + ")"
}

// NewRouting validates routes: valid types, levels and approvers, From ≤ To,
// no approver listed twice in a route, and every type × level covered by
// exactly one route (a gap or an overlap is an error naming the cell).
func NewRouting(routes []Route) (*Routing, error) {
	r := &Routing{routes: make([]Route, len(routes))}
	for i, ro := range routes {
		where := fmt.Sprintf("routing route %d", i+1)
		if !ro.Type.Valid() {
			return nil, errf(ErrRouting, where, ro.Type.String(), "is not a change type")
		}
		if !ro.From.Valid() || !ro.To.Valid() || ro.From > ro.To {
			return nil, errf(ErrRouting, where, ro.From.String()+".."+ro.To.String(), "is not a level range (low … critical, from ≤ to)")
		}
		for j, a := range ro.Approvers {
			if !a.Valid() {
				return nil, errf(ErrRouting, where, a.String(), "is not an approver")
			}
			if slices.Contains(ro.Approvers[:j], a) {
				return nil, errf(ErrRouting, where, a.String(), "is listed twice")
			}
		}
		for l := ro.From; l <= ro.To; l++ {
			if prev := r.table[ro.Type][l]; prev != 0 {
				return nil, errf(ErrRouting, where, ro.Type.String()+"/"+l.String(), fmt.Sprintf("is already covered by route %d", prev))
			}
			r.table[ro.Type][l] = int16(i + 1)
		}
		ro.Approvers = slices.Clone(ro.Approvers)
		r.routes[i] = ro
	}
	for _, t := range AllTypes() {
		for l := MinLevel; l <= MaxLevel; l++ {
			if r.table[t][l] == 0 {
				return nil, errf(ErrRouting, "routing", t.String()+"/"+l.String(), "is not covered by any route")
			}
		}
	}
	return r, nil
}

// Routes returns a copy of the policy's routes.
func (r *Routing) Routes() []Route {
	if r == nil {
		r = new(Routing) // a nil Routing behaves as the zero value
	}
	out := slices.Clone(r.routes)
	for i := range out {
		out[i].Approvers = slices.Clone(out[i].Approvers)
	}
	return out
}

// Route returns who must approve a change of type t assessed at level l.
func (r *Routing) Route(t Type, l Level) (Decision, error) {
	if r == nil {
		r = new(Routing) // a nil Routing behaves as the zero value
	}
	if !t.Valid() {
		return Decision{}, errf(ErrType, "routing", t.String(), "is not a change type")
	}
	if err := checkLevel("routing", l); err != nil {
		return Decision{}, err
	}
	i := r.table[t][l]
	if i == 0 {
		return Decision{}, errf(ErrRouting, "routing", "", "is the zero Routing; use NewRouting")
	}
	ro := r.routes[i-1]
	return Decision{Type: t, Level: l, Approvers: slices.Clone(ro.Approvers), PostReview: ro.PostReview, Route: int(i), Reason: ro.Reason}, nil
}

// MarshalJSON encodes the routes as a JSON array.
func (r *Routing) MarshalJSON() ([]byte, error) {
	if r == nil {
		r = new(Routing) // a nil Routing behaves as the zero value
	}
	if r.table[Normal][Low] == 0 {
		return nil, errf(ErrRouting, "routing", "", "zero Routing cannot be encoded")
	}
	return json.Marshal(r.routes)
}

// UnmarshalJSON decodes and validates (see [NewRouting]).
func (r *Routing) UnmarshalJSON(data []byte) error {
	var routes []Route
	if err := unmarshalStrict(data, &routes); err != nil {
		return err
	}
	nr, err := NewRouting(routes)
	if err != nil {
		return err
	}
	*r = *nr
	return nil
}

// DefaultRouting returns a conventional ITIL policy:
//
//	standard  low–moderate       pre-approved (change model)
//	standard  high–critical      change manager (is it still standard?)
//	normal    low                peer review
//	normal    moderate           peer review, change manager
//	normal    high               change manager, CAB
//	normal    very-high–critical change manager, CAB, business owner
//	emergency low–moderate       change manager, post-implementation review
//	emergency high–very-high     ECAB, post-implementation review
//	emergency critical           ECAB, business owner, post-implementation review
func DefaultRouting() *Routing {
	r, err := NewRouting([]Route{
		{Type: Standard, From: Low, To: Moderate, Reason: "standard change: pre-approved by its change model, no CAB"},
		{Type: Standard, From: High, To: Critical, Approvers: []Approver{ChangeManager}, Reason: "risk above what a standard change model pre-approves"},
		{Type: Normal, From: Low, To: Low, Approvers: []Approver{PeerReview}, Reason: "low-risk normal change: peer review suffices"},
		{Type: Normal, From: Moderate, To: Moderate, Approvers: []Approver{PeerReview, ChangeManager}, Reason: "moderate risk: change manager authorises"},
		{Type: Normal, From: High, To: High, Approvers: []Approver{ChangeManager, CAB}, Reason: "high risk: CAB authorises"},
		{Type: Normal, From: VeryHigh, To: Critical, Approvers: []Approver{ChangeManager, CAB, BusinessOwner}, Reason: "very high risk: CAB and the business owner authorise"},
		{Type: Emergency, From: Low, To: Moderate, Approvers: []Approver{ChangeManager}, PostReview: true, Reason: "emergency: change manager authorises, reviewed afterwards"},
		{Type: Emergency, From: High, To: VeryHigh, Approvers: []Approver{ECAB}, PostReview: true, Reason: "emergency: ECAB authorises, reviewed afterwards"},
		{Type: Emergency, From: Critical, To: Critical, Approvers: []Approver{ECAB, BusinessOwner}, PostReview: true, Reason: "critical emergency: ECAB and business owner, reviewed afterwards"},
	})
	if err != nil {
		panic(err) // constant data; covered by tests
	}
	return r
}
