package change

import (
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// Route is one line of a routing policy: changes of Type with a risk level
// in [From, To] need Approvers (none for a pre-approved standard change)
// and LeadDays working days of notice (lead time).
type Route struct {
	Type      Type       `json:"type"`
	From      Level      `json:"from"`
	To        Level      `json:"to"` // inclusive
	Approvers []Approver `json:"approvers"`
	// PostReview asks for a post-implementation review (emergency changes
	// are authorised first and reviewed afterwards).
	PostReview bool `json:"post_review,omitzero"`
	// LeadDays is the notice the change needs: it may start no earlier
	// than LeadDays working days after it is requested (0: no notice; at
	// most 2600, about ten years). [CheckSchedule] and [NextAllowedSlot]
	// take it.
	LeadDays int    `json:"lead_days,omitzero"`
	Reason   string `json:"reason,omitempty"`
}

// Routing is a validated change policy: for every change type × risk level
// exactly one [Route] says who must approve and how much notice is needed.
// Construct it with [NewRouting]; a nil or zero Routing routes nothing
// (Route returns an error). Its JSON is the array of its routes.
type Routing struct {
	routes []Route
	table  [Emergency + 1][Critical + 1]int16 // route index + 1
}

// Decision is what a change of one type and risk level needs: who must
// approve it, whether it is reviewed afterwards, how many working days of
// notice, and why.
type Decision struct {
	Type       Type       `json:"type"`
	Level      Level      `json:"level"`
	Approvers  []Approver `json:"approvers"` // empty: pre-approved
	PostReview bool       `json:"post_review,omitzero"`
	LeadDays   int        `json:"lead_days"`
	Route      int        `json:"route"` // 1-based index of the deciding route
	Reason     string     `json:"reason"`
}

// String renders the decision, e.g.
// "normal/high: change_manager, cab; 10 working days' notice (route 5: …)".
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
	switch d.LeadDays {
	case 0:
	case 1:
		s += "; 1 working day's notice"
	default:
		s += "; " + strconv.Itoa(d.LeadDays) + " working days' notice"
	}
	s += fmt.Sprintf(" (route %d", d.Route)
	if d.Reason != "" {
		s += ": " + d.Reason
	}
	return s + ")"
}

// maxLeadDays bounds a lead time (about ten years of working days).
const maxLeadDays = 2600

// NewRouting validates routes: valid types, levels and approvers, From ≤ To,
// no approver listed twice in a route, LeadDays in [0, 2600], and every
// type × level covered by exactly one route (a gap or an overlap is an
// error naming the cell).
func NewRouting(routes []Route) (*Routing, error) {
	r := &Routing{routes: make([]Route, len(routes))}
	for i, ro := range routes {
		where := fmt.Sprintf("routing route %d", i+1)
		if !ro.Type.valid() {
			return nil, errValid(ErrRouting, where+" type", ro.Type.String(), "is not a change type", types.Valid())
		}
		if !ro.From.valid() || !ro.To.valid() || ro.From > ro.To {
			return nil, errf(ErrRouting, where, ro.From.String()+".."+ro.To.String(), "is not a level range (low … critical, from ≤ to)")
		}
		for j, a := range ro.Approvers {
			if _, ok := approvers.Name(a); !ok {
				return nil, errValid(ErrRouting, where+" approver", a.String(), "is not an approver", approvers.Valid())
			}
			if slices.Contains(ro.Approvers[:j], a) {
				return nil, errf(ErrRouting, where+" approver", a.String(), "is listed twice")
			}
		}
		if ro.LeadDays < 0 || ro.LeadDays > maxLeadDays {
			return nil, errf(ErrRouting, where+" lead_days", strconv.Itoa(ro.LeadDays), "must be in [0, 2600]")
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
	for _, t := range allTypes {
		for l := Low; l <= Critical; l++ {
			if r.table[t][l] == 0 {
				return nil, errf(ErrRouting, "routing", t.String()+"/"+l.String(), "is not covered by any route")
			}
		}
	}
	return r, nil
}

// Route returns what a change of type t assessed at level l needs.
func (r *Routing) Route(t Type, l Level) (Decision, error) {
	if !t.valid() {
		return Decision{}, errValid(ErrType, "routing", t.String(), "is not a change type", types.Valid())
	}
	if err := checkLevel("routing", l); err != nil {
		return Decision{}, err
	}
	if r == nil || r.table[t][l] == 0 {
		return Decision{}, errf(ErrRouting, "routing", "", "is not built by NewRouting")
	}
	i := r.table[t][l]
	ro := r.routes[i-1]
	return Decision{Type: t, Level: l, Approvers: slices.Clone(ro.Approvers), PostReview: ro.PostReview,
		LeadDays: ro.LeadDays, Route: int(i), Reason: ro.Reason}, nil
}

// MarshalJSON encodes the routes as a JSON array. A nil or zero Routing is
// an error (it has no routes to write).
func (r *Routing) MarshalJSON() ([]byte, error) {
	if r == nil || r.table[Normal][Low] == 0 {
		return nil, errf(ErrRouting, "routing", "", "is not built by NewRouting; nothing to encode")
	}
	return json.Marshal(r.routes)
}

// UnmarshalJSON decodes and validates (see [NewRouting]).
func (r *Routing) UnmarshalJSON(data []byte) error {
	if r == nil {
		return nilTarget(ErrRouting, "Routing", data)
	}
	var routes []Route
	if err := decodeStrict(ErrRouting, "routing", data, &routes); err != nil {
		return err
	}
	nr, err := NewRouting(routes)
	if err != nil {
		return err
	}
	*r = *nr
	return nil
}

// DefaultRouting returns a conventional ITIL policy, with notice in
// working days:
//
//	standard  low–moderate       pre-approved (change model)                 no notice
//	standard  high–critical      change manager (is it still standard?)      no notice
//	normal    low                peer review                                 2 days
//	normal    moderate           peer review, change manager                 5 days
//	normal    high               change manager, CAB                         10 days
//	normal    very_high–critical change manager, CAB, business owner         10 days
//	emergency low–moderate       change manager, post-implementation review  no notice
//	emergency high–very_high     ECAB, post-implementation review            no notice
//	emergency critical           ECAB, business owner, post-implementation review
func DefaultRouting() *Routing {
	r, err := NewRouting([]Route{
		{Type: Standard, From: Low, To: Moderate, Reason: "standard change: pre-approved by its change model, no CAB"},
		{Type: Standard, From: High, To: Critical, Approvers: []Approver{ChangeManager}, Reason: "risk above what a standard change model pre-approves"},
		{Type: Normal, From: Low, To: Low, Approvers: []Approver{PeerReview}, LeadDays: 2, Reason: "low-risk normal change: peer review suffices"},
		{Type: Normal, From: Moderate, To: Moderate, Approvers: []Approver{PeerReview, ChangeManager}, LeadDays: 5, Reason: "moderate risk: change manager authorises"},
		{Type: Normal, From: High, To: High, Approvers: []Approver{ChangeManager, CAB}, LeadDays: 10, Reason: "high risk: CAB authorises"},
		{Type: Normal, From: VeryHigh, To: Critical, Approvers: []Approver{ChangeManager, CAB, BusinessOwner}, LeadDays: 10, Reason: "very high risk: CAB and the business owner authorise"},
		{Type: Emergency, From: Low, To: Moderate, Approvers: []Approver{ChangeManager}, PostReview: true, Reason: "emergency: change manager authorises, reviewed afterwards"},
		{Type: Emergency, From: High, To: VeryHigh, Approvers: []Approver{ECAB}, PostReview: true, Reason: "emergency: ECAB authorises, reviewed afterwards"},
		{Type: Emergency, From: Critical, To: Critical, Approvers: []Approver{ECAB, BusinessOwner}, PostReview: true, Reason: "critical emergency: ECAB and business owner, reviewed afterwards"},
	})
	if err != nil {
		panic(err) // constant data; covered by tests
	}
	return r
}
