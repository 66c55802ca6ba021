package priority

import (
	"encoding/json"
	"slices"
)

// Result is a priority decision: the computed priority, the effective one,
// and the overrides that separate them. Its fields are unexported so that
// the effective priority can differ from the computed one only through a
// recorded override: a Result is made by [Apply], [Evaluate] or
// [EvaluateFacts] only. The zero Result is empty (both levels zero).
type Result struct {
	computed, effective Level
	applied             []Applied
	exp                 Explanation
}

// Computed returns the priority the model produced.
func (r Result) Computed() Level { return r.computed }

// Effective returns the priority after overrides: the one to work by.
func (r Result) Effective() Level { return r.effective }

// Explain returns how the result was produced: the cell or weights and band,
// the derivation of impact if any, and every override applied, in order
// (the last one whose Before and After differ is the reason for the
// effective priority).
func (r Result) Explain() Explanation {
	e := r.exp
	e.Overrides = slices.Clone(r.applied)
	e.Computed, e.Effective = r.computed, r.effective
	if e.Derivation != nil {
		d := *e.Derivation
		d.Factors = slices.Clone(d.Factors)
		e.Derivation = &d
	}
	return e
}

// String explains the result for people (see [Explanation.String]).
func (r Result) String() string { return r.Explain().String() }

// MarshalJSON encodes the result for logs and audit trails:
//
//	{"computed":"Moderate","effective":"High","overrides":[{"override":{…},"before":…,"after":…}]}
//
// Results are not decoded: recompute them from the model and the stored
// overrides with [Evaluate], which is what keeps computed and effective
// honest. [Result.Explain] gives the full explanation, also as JSON.
func (r Result) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Computed  string    `json:"computed"`
		Effective string    `json:"effective"`
		Overrides []Applied `json:"overrides,omitempty"`
	}{r.computed.Name(), r.effective.Name(), r.applied})
}

// Apply applies overrides to a priority computed elsewhere (use [Evaluate]
// to compute it with a matrix). Floors ([VIPFloor], [MajorIncident]) apply
// first, in the given order, each raising the priority to at least its
// level; then [Manual] overrides, in the given order, each setting it
// exactly (the last one wins). Every override is checked against
// computed's scale (a label decoded from JSON is parsed) and recorded,
// changed or not. Errors wrap [ErrInvalidOverride].
func Apply(computed Level, overrides ...Override) (Result, error) {
	if !computed.isValid() {
		return Result{}, newError("computed level", "", wrapf(ErrInvalidOverride, "zero level"))
	}
	r := Result{computed: computed, effective: computed, exp: Explanation{Cell: Cell{Priority: computed}}}
	resolved := make([]Override, 0, len(overrides))
	for _, o := range overrides {
		ro, err := o.resolve(computed.s)
		if err != nil {
			return Result{}, err
		}
		resolved = append(resolved, ro)
	}
	for _, pass := range []bool{false, true} {
		for _, o := range resolved {
			if (o.Kind == Manual) != pass {
				continue
			}
			before := r.effective
			if o.Kind == Manual {
				r.effective = o.Level
			} else {
				r.effective = r.effective.max(o.Level)
			}
			r.applied = append(r.applied, Applied{Override: o, Before: before, After: r.effective})
		}
	}
	return r, nil
}

// Evaluate computes the priority of impact × urgency with m and applies the
// overrides (see [Apply]). The result explains itself ([Result.Explain]):
// the cell, or for an additive model the weights, score and band.
func Evaluate(m *Matrix, impact, urgency Level, overrides ...Override) (Result, error) {
	e, err := m.explain(impact, urgency)
	if err != nil {
		return Result{}, err
	}
	r, err := Apply(e.Cell.Priority, overrides...)
	if err != nil {
		return Result{}, err
	}
	r.exp = e
	return r, nil
}

// EvaluateFacts derives impact from facts with rules (see [Rules.Derive];
// the rules' scale must be m's impact scale), then evaluates as
// [Evaluate]. The explanation includes the derivation.
func EvaluateFacts(m *Matrix, rules *Rules, facts map[string]int64, urgency Level, overrides ...Override) (Result, error) {
	if !m.valid() {
		return Result{}, nilMatrix()
	}
	if rs := rules.scaleOf(); !sameScale(m.impact, rs) {
		return Result{}, newError("rules", "", wrapf(ErrScaleMismatch, "rules derive scale %q, the matrix's impact scale is %q", rs.Name(), m.impact.Name()))
	}
	d, err := rules.Derive(facts)
	if err != nil {
		return Result{}, err
	}
	r, err := Evaluate(m, d.Level, urgency, overrides...)
	if err != nil {
		return Result{}, err
	}
	r.exp.Derivation = &d
	return r, nil
}
