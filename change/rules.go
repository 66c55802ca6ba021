package change

import (
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// Condition holds when the named fact's value is at least AtLeast (a boolean
// fact is 1 when true). Conditions are upward closed by design — there is no
// negation — so adding a risk factor can only make more rules match.
type Condition struct {
	Fact    string `json:"fact"`
	AtLeast int    `json:"at_least,omitzero"` // 0 in JSON means 1
}

// Rule assigns Level when all its conditions hold. A rule without
// conditions always matches (a catch-all).
type Rule struct {
	ID     string      `json:"id"`
	When   []Condition `json:"when,omitempty"`
	Level  Level       `json:"level"`
	Reason string      `json:"reason,omitempty"`
}

// RuleSetSpec configures a [RuleSet].
type RuleSetSpec struct {
	Name  string `json:"name,omitempty"`
	Rules []Rule `json:"rules"`
	// Default applies when no rule matches; None leaves the change
	// unassessed (useful inside [NewFirstMatch]).
	Default Level `json:"default,omitzero"`
}

// RuleSet is an ordered list of rules over [Facts] and the change [Type];
// the first rule whose conditions all hold decides ("no rollback plan and
// critical service → high"). Construct it with [NewRuleSet].
type RuleSet struct {
	spec RuleSetSpec
	ok   bool
}

// NewRuleSet validates spec: non-empty unique rule IDs, known fact names,
// AtLeast ≥ 1 (0 is normalised to 1), valid levels, a valid or None
// default, and no rule after a catch-all (it could never match).
func NewRuleSet(spec RuleSetSpec) (*RuleSet, error) {
	where := modelLabel(KindRules, spec.Name)
	if spec.Default != None {
		if err := checkLevel(where+" default", spec.Default); err != nil {
			return nil, err
		}
	}
	rules := make([]Rule, len(spec.Rules))
	ids := make(map[string]bool, len(spec.Rules))
	for i, r := range spec.Rules {
		if r.ID == "" {
			return nil, errf(ErrModel, where, "", fmt.Sprintf("rule %d has an empty ID", i+1))
		}
		rw := where + " rule " + strconv.Quote(r.ID)
		if ids[r.ID] {
			return nil, errf(ErrModel, where, r.ID, "is a duplicate rule ID")
		}
		ids[r.ID] = true
		if err := checkLevel(rw, r.Level); err != nil {
			return nil, err
		}
		if i > 0 && len(rules[i-1].When) == 0 {
			return nil, errf(ErrModel, rw, "", fmt.Sprintf("can never match: rule %q before it matches everything", rules[i-1].ID))
		}
		r.When = slices.Clone(r.When)
		for j := range r.When {
			c := &r.When[j]
			if !isFact(c.Fact) {
				return nil, errf(ErrModel, rw, c.Fact, "is not a fact ("+strings.Join(FactNames(), ", ")+")")
			}
			if c.AtLeast == 0 {
				c.AtLeast = 1
			}
			if c.AtLeast < 0 {
				return nil, errf(ErrModel, rw+" fact "+strconv.Quote(c.Fact), strconv.Itoa(c.AtLeast), "at_least must be positive")
			}
		}
		rules[i] = r
	}
	spec.Rules = rules
	return &RuleSet{spec: spec, ok: true}, nil
}

// Name returns the configured name.
func (r *RuleSet) Name() string {
	if r == nil {
		r = new(RuleSet) // a nil RuleSet behaves as the zero value
	}
	return r.spec.Name
}

// Spec returns a copy of the configuration.
func (r *RuleSet) Spec() RuleSetSpec {
	if r == nil {
		r = new(RuleSet) // a nil RuleSet behaves as the zero value
	}
	s := r.spec
	s.Rules = slices.Clone(s.Rules)
	for i := range s.Rules {
		s.Rules[i].When = slices.Clone(s.Rules[i].When)
	}
	return s
}

// Monotone reports whether adding risk factors can never lower this rule
// set's level: true when rule levels never increase along the order and the
// default is no higher than any rule. (Conditions are upward closed, so more
// facts can only move the first match earlier.)
func (r *RuleSet) Monotone() bool {
	if r == nil {
		r = new(RuleSet) // a nil RuleSet behaves as the zero value
	}
	for i, ru := range r.spec.Rules {
		if i > 0 && ru.Level > r.spec.Rules[i-1].Level {
			return false
		}
		if ru.Level < r.spec.Default {
			return false
		}
	}
	return true
}

// Assess returns the level of the first matching rule, explaining the facts
// it tested; with no match, the default (or None). Negative counts are an
// input error.
func (r *RuleSet) Assess(in Input) (Result, error) {
	if r == nil {
		r = new(RuleSet) // a nil RuleSet behaves as the zero value
	}
	where := modelLabel(KindRules, r.spec.Name)
	if !r.ok {
		return Result{}, errf(ErrModel, where, "", "is the zero RuleSet; use NewRuleSet")
	}
	if in.Facts.FailedSimilar < 0 || in.Facts.CIsAffected < 0 {
		return Result{}, errf(ErrInput, where, fmt.Sprint(min(in.Facts.FailedSimilar, in.Facts.CIsAffected)), "fact counts must not be negative")
	}
	res := Result{Model: where}
	for _, ru := range r.spec.Rules {
		if r.matches(&in, ru) {
			res.Level = ru.Level
			res.Decided = "rule " + strconv.Quote(ru.ID)
			if ru.Reason != "" {
				res.Decided += ": " + ru.Reason
			}
			for _, c := range ru.When {
				v, _ := in.fact(c.Fact)
				res.Contributions = append(res.Contributions, Contribution{Factor: c.Fact, Value: strconv.Itoa(v) + " ≥ " + strconv.Itoa(c.AtLeast)})
			}
			return res, nil
		}
	}
	res.Level = r.spec.Default
	if r.spec.Default == None {
		res.Decided = "no rule matched"
	} else {
		res.Decided = "no rule matched: default " + r.spec.Default.String()
	}
	return res, nil
}

func (r *RuleSet) matches(in *Input, ru Rule) bool {
	for _, c := range ru.When {
		if v, _ := in.fact(c.Fact); v < c.AtLeast {
			return false
		}
	}
	return true
}

type ruleSetJSON struct {
	Kind string `json:"kind"`
	RuleSetSpec
}

// MarshalJSON encodes the spec with "kind":"rules".
func (r *RuleSet) MarshalJSON() ([]byte, error) {
	if r == nil {
		r = new(RuleSet) // a nil RuleSet behaves as the zero value
	}
	if !r.ok {
		return nil, errf(ErrModel, KindRules, "", "zero RuleSet cannot be encoded")
	}
	s := r.spec
	if s.Rules == nil {
		s.Rules = []Rule{}
	}
	return json.Marshal(ruleSetJSON{Kind: KindRules, RuleSetSpec: s})
}

// UnmarshalJSON decodes and validates (see [NewRuleSet]).
func (r *RuleSet) UnmarshalJSON(data []byte) error {
	var w ruleSetJSON
	if err := unmarshalStrict(data, &w); err != nil {
		return err
	}
	if w.Kind != KindRules && w.Kind != "" {
		return errf(ErrModel, KindRules, w.Kind, "is the wrong kind")
	}
	nr, err := NewRuleSet(w.RuleSetSpec)
	if err != nil {
		return err
	}
	*r = *nr
	return nil
}

// DefaultRules returns a rule set over the usual risk factors, highest risk
// first, so it is [RuleSet.Monotone]:
//
//	no-rollback-plan ∧ critical-service              → critical
//	failed-similar ≥ 2                               → very-high
//	no-rollback-plan ∧ outage-required               → very-high
//	critical-service ∧ outage-required               → high
//	in-freeze                                        → high
//	emergency                                        → high
//	no-test-evidence                                 → moderate
//	insufficient-lead-time                           → moderate
//	failed-similar ≥ 1                               → moderate
//	otherwise                                        → low
func DefaultRules() *RuleSet {
	c := func(f string) Condition { return Condition{Fact: f, AtLeast: 1} }
	r, err := NewRuleSet(RuleSetSpec{Name: "default", Default: Low, Rules: []Rule{
		{ID: "no-rollback-critical", When: []Condition{c(FactNoRollbackPlan), c(FactCriticalService)}, Level: Critical, Reason: "a critical service is changed without a way back"},
		{ID: "repeated-failures", When: []Condition{{Fact: FactFailedSimilar, AtLeast: 2}}, Level: VeryHigh, Reason: "similar changes failed repeatedly"},
		{ID: "no-rollback-outage", When: []Condition{c(FactNoRollbackPlan), c(FactOutageRequired)}, Level: VeryHigh, Reason: "an outage without a rollback plan"},
		{ID: "critical-outage", When: []Condition{c(FactCriticalService), c(FactOutageRequired)}, Level: High, Reason: "a critical service goes down"},
		{ID: "freeze", When: []Condition{c(FactInFreeze)}, Level: High, Reason: "planned inside a change freeze"},
		{ID: "emergency", When: []Condition{c(FactEmergency)}, Level: High, Reason: "emergency changes skip normal assessment"},
		{ID: "untested", When: []Condition{c(FactNoTestEvidence)}, Level: Moderate, Reason: "no test evidence"},
		{ID: "short-notice", When: []Condition{c(FactInsufficientLeadTime)}, Level: Moderate, Reason: "less notice than the lead-time policy asks"},
		{ID: "failed-before", When: []Condition{c(FactFailedSimilar)}, Level: Moderate, Reason: "a similar change failed recently"},
	}})
	if err != nil {
		panic(err) // constant data; covered by tests
	}
	return r
}
