package change

import (
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
)

// Condition holds when the named fact's value is at least AtLeast (a
// boolean fact is 1 when true). Fact is a fact's name: its JSON key in
// [Facts] ("no_rollback_plan", "failed_similar", …) or "emergency".
// Conditions are upward closed by design — there is no negation — so
// adding a risk factor can only make more rules match.
type Condition struct {
	Fact    string `json:"fact"`
	AtLeast int    `json:"at_least,omitzero"` // 0 means 1
}

// Rule assigns Level when all its conditions hold. A rule without
// conditions always matches (a catch-all).
type Rule struct {
	ID     string      `json:"id"`
	When   []Condition `json:"when,omitempty"`
	Level  Level       `json:"level"`
	Reason string      `json:"reason,omitempty"`
}

// RuleSetSpec configures a rule set ([NewRuleSet]). Its JSON, with
// "kind": "rules", is the model's JSON ([DecodeModel]).
type RuleSetSpec struct {
	Name  string `json:"name,omitempty"`
	Rules []Rule `json:"rules"`
	// Default applies when no rule matches; None leaves the change
	// unassessed (useful inside [NewFirstMatch]).
	Default Level `json:"default,omitzero"`
}

// ruleSet is an ordered list of rules over Facts and the change Type.
type ruleSet struct {
	spec RuleSetSpec
	ok   bool
}

// NewRuleSet returns an ordered list of rules over the [Facts] of a change
// and its [Type]: the first rule whose conditions all hold decides ("no
// rollback plan and critical service → high"). It validates spec:
// non-empty unique rule IDs, known fact names, AtLeast ≥ 1 (0 is
// normalised to 1), valid levels, a valid or None default, and no rule
// after a catch-all (it could never match).
func NewRuleSet(spec RuleSetSpec) (Model, error) { return newRuleSet(spec) }

func newRuleSet(spec RuleSetSpec) (*ruleSet, error) {
	where := modelLabel(kindRules, spec.Name)
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
				msg := "is not a fact"
				if snake := renamed(c.Fact, isFact); snake != "" {
					msg += ": renamed " + strconv.Quote(snake)
				}
				return nil, errValid(ErrModel, rw+" fact", c.Fact, msg, factNames())
			}
			if c.AtLeast == 0 {
				c.AtLeast = 1
			}
			if c.AtLeast < 0 {
				return nil, errf(ErrModel, rw+" fact "+strconv.Quote(c.Fact)+" at_least", strconv.Itoa(c.AtLeast), "must be positive")
			}
		}
		rules[i] = r
	}
	spec.Rules = rules
	return &ruleSet{spec: spec, ok: true}, nil
}

// Name returns the configured name.
func (r *ruleSet) Name() string {
	if r == nil {
		return ""
	}
	return r.spec.Name
}

// monotone reports whether rule levels never increase along the order and
// the default is no higher than any rule (see [Monotone]).
func (r *ruleSet) monotone() bool {
	if !r.ok {
		return false
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
func (r *ruleSet) Assess(in Input) (Result, error) {
	if r == nil || !r.ok {
		return Result{}, errf(ErrModel, kindRules, "", "is not a rule set built by NewRuleSet")
	}
	where := modelLabel(kindRules, r.spec.Name)
	for _, c := range []struct {
		name string
		v    int
	}{{factFailedSimilar, in.Facts.FailedSimilar}, {factCIsAffected, in.Facts.CIsAffected}} {
		if c.v < 0 {
			return Result{}, errf(ErrInput, where+" fact "+c.name, strconv.Itoa(c.v), "must not be negative")
		}
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

func (r *ruleSet) matches(in *Input, ru Rule) bool {
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

// MarshalJSON encodes the spec with "kind": "rules".
func (r *ruleSet) MarshalJSON() ([]byte, error) {
	if r == nil || !r.ok {
		return nil, errf(ErrModel, kindRules, "", "is not a rule set built by NewRuleSet")
	}
	s := r.spec
	if s.Rules == nil {
		s.Rules = []Rule{}
	}
	return json.Marshal(ruleSetJSON{Kind: kindRules, RuleSetSpec: s})
}

// decodeRuleSet decodes and validates (see NewRuleSet).
func decodeRuleSet(data []byte) (*ruleSet, error) {
	var w ruleSetJSON
	if err := decodeStrict(ErrModel, kindRules, data, &w); err != nil {
		return nil, err
	}
	return newRuleSet(w.RuleSetSpec)
}

// DefaultRules returns a rule set over the usual risk factors, highest risk
// first, so it is [Monotone]:
//
//	no_rollback_plan ∧ critical_service               → critical
//	failed_similar ≥ 2                                → very_high
//	no_rollback_plan ∧ outage_required                → very_high
//	critical_service ∧ outage_required                → high
//	in_freeze                                         → high
//	emergency                                         → high
//	no_test_evidence                                  → moderate
//	insufficient_lead_time                            → moderate
//	failed_similar ≥ 1                                → moderate
//	otherwise                                         → low
func DefaultRules() Model {
	c := func(f string) Condition { return Condition{Fact: f, AtLeast: 1} }
	r, err := NewRuleSet(RuleSetSpec{Name: "default", Default: Low, Rules: []Rule{
		{ID: "no-rollback-critical", When: []Condition{c(factNoRollbackPlan), c(factCriticalService)}, Level: Critical, Reason: "a critical service is changed without a way back"},
		{ID: "repeated-failures", When: []Condition{{Fact: factFailedSimilar, AtLeast: 2}}, Level: VeryHigh, Reason: "similar changes failed repeatedly"},
		{ID: "no-rollback-outage", When: []Condition{c(factNoRollbackPlan), c(factOutageRequired)}, Level: VeryHigh, Reason: "an outage without a rollback plan"},
		{ID: "critical-outage", When: []Condition{c(factCriticalService), c(factOutageRequired)}, Level: High, Reason: "a critical service goes down"},
		{ID: "freeze", When: []Condition{c(factInFreeze)}, Level: High, Reason: "planned inside a change freeze"},
		{ID: "emergency", When: []Condition{c(factEmergency)}, Level: High, Reason: "emergency changes skip normal assessment"},
		{ID: "untested", When: []Condition{c(factNoTestEvidence)}, Level: Moderate, Reason: "no test evidence"},
		{ID: "short-notice", When: []Condition{c(factInsufficientLeadTime)}, Level: Moderate, Reason: "less notice than the lead-time policy asks"},
		{ID: "failed-before", When: []Condition{c(factFailedSimilar)}, Level: Moderate, Reason: "a similar change failed recently"},
	}})
	if err != nil {
		panic(err) // constant data; covered by tests
	}
	return r
}
