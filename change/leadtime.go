package change

import (
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
)

// LeadTime is one line of a lead-time policy: changes of Type with a risk
// level in [From, To] must be planned Days working days ahead.
type LeadTime struct {
	Type Type  `json:"type"`
	From Level `json:"from"`
	To   Level `json:"to"` // inclusive
	Days int   `json:"days"`
}

// LeadTimePolicy is a validated notice policy: every change type × risk
// level is covered by exactly one [LeadTime]. Construct it with
// [NewLeadTimePolicy]; the zero value covers nothing (Days returns an error).
type LeadTimePolicy struct {
	rules []LeadTime
	table [Emergency + 1][MaxLevel + 1]int16 // rule index + 1
}

// maxLeadDays bounds a lead time (about ten years of working days).
const maxLeadDays = 2600

// NewLeadTimePolicy validates rules: valid types and level ranges, Days in
// [0, 2600], and every type × level covered exactly once.
func NewLeadTimePolicy(rules []LeadTime) (*LeadTimePolicy, error) {
	p := &LeadTimePolicy{rules: slices.Clone(rules)}
	for i, r := range rules {
		where := fmt.Sprintf("lead-time rule %d", i+1)
		if !r.Type.Valid() {
			return nil, errf(ErrSchedule, where, r.Type.String(), "is not a change type")
		}
		if !r.From.Valid() || !r.To.Valid() || r.From > r.To {
			return nil, errf(ErrSchedule, where, r.From.String()+".."+r.To.String(), "is not a level range (low … critical, from ≤ to)")
		}
		if r.Days < 0 || r.Days > maxLeadDays {
			return nil, errf(ErrSchedule, where, strconv.Itoa(r.Days), "days must be in [0, 2600]")
		}
		for l := r.From; l <= r.To; l++ {
			if prev := p.table[r.Type][l]; prev != 0 {
				return nil, errf(ErrSchedule, where, r.Type.String()+"/"+l.String(), fmt.Sprintf("is already covered by rule %d", prev))
			}
			p.table[r.Type][l] = int16(i + 1)
		}
	}
	for _, t := range AllTypes() {
		for l := MinLevel; l <= MaxLevel; l++ {
			if p.table[t][l] == 0 {
				return nil, errf(ErrSchedule, "lead-time policy", t.String()+"/"+l.String(), "is not covered by any rule")
			}
		}
	}
	return p, nil
}

// DefaultLeadTimes returns a common notice policy in working days:
// standard 0; normal low 2, moderate 5, high and above 10; emergency 0.
func DefaultLeadTimes() *LeadTimePolicy {
	p, err := NewLeadTimePolicy([]LeadTime{
		{Type: Standard, From: Low, To: Critical, Days: 0},
		{Type: Normal, From: Low, To: Low, Days: 2},
		{Type: Normal, From: Moderate, To: Moderate, Days: 5},
		{Type: Normal, From: High, To: Critical, Days: 10},
		{Type: Emergency, From: Low, To: Critical, Days: 0},
	})
	if err != nil {
		panic(err) // constant data; covered by tests
	}
	return p
}

// Rules returns a copy of the policy's rules.
func (p *LeadTimePolicy) Rules() []LeadTime {
	if p == nil {
		p = new(LeadTimePolicy) // a nil LeadTimePolicy behaves as the zero value
	}
	return slices.Clone(p.rules)
}

// Days returns the working days of notice a change of type t at level l
// needs, and the 1-based index of the deciding rule.
func (p *LeadTimePolicy) Days(t Type, l Level) (days, rule int, err error) {
	if p == nil {
		p = new(LeadTimePolicy) // a nil LeadTimePolicy behaves as the zero value
	}
	if !t.Valid() {
		return 0, 0, errf(ErrType, "lead-time policy", t.String(), "is not a change type")
	}
	if err := checkLevel("lead-time policy", l); err != nil {
		return 0, 0, err
	}
	i := p.table[t][l]
	if i == 0 {
		return 0, 0, errf(ErrSchedule, "lead-time policy", "", "is the zero LeadTimePolicy; use NewLeadTimePolicy")
	}
	return p.rules[i-1].Days, int(i), nil
}

// MarshalJSON encodes the rules as a JSON array.
func (p *LeadTimePolicy) MarshalJSON() ([]byte, error) {
	if p == nil {
		p = new(LeadTimePolicy) // a nil LeadTimePolicy behaves as the zero value
	}
	if p.table[Normal][Low] == 0 {
		return nil, errf(ErrSchedule, "lead-time policy", "", "zero LeadTimePolicy cannot be encoded")
	}
	return json.Marshal(p.rules)
}

// UnmarshalJSON decodes and validates (see [NewLeadTimePolicy]).
func (p *LeadTimePolicy) UnmarshalJSON(data []byte) error {
	var rules []LeadTime
	if err := unmarshalStrict(data, &rules); err != nil {
		return err
	}
	np, err := NewLeadTimePolicy(rules)
	if err != nil {
		return err
	}
	*p = *np
	return nil
}
