package priority

import (
	"fmt"
	"slices"
)

// Result is a priority decision: the computed priority, the effective one,
// and the overrides that separate them. Its fields are unexported so that
// the effective priority can differ from the computed one only through a
// recorded override: a Result is made by [Apply] or [Evaluate] only. The
// zero Result is empty (both levels zero).
type Result struct {
	computed, effective Level
	applied             []Applied
	exp                 Explanation
}

// Computed returns the priority the model produced.
func (r Result) Computed() Level { return r.computed }

// Effective returns the priority after overrides: the one to work by.
func (r Result) Effective() Level { return r.effective }

// Overridden reports whether the effective priority differs from the
// computed one (then [Result.Applied] says why).
func (r Result) Overridden() bool { return !r.effective.Equal(r.computed) }

// Applied returns every override in the order applied (floors, then manual
// overrides), including those that changed nothing (a fresh slice).
func (r Result) Applied() []Applied { return slices.Clone(r.applied) }

// Reason returns the last override that changed the priority; false if none
// did.
func (r Result) Reason() (Applied, bool) {
	for k := len(r.applied) - 1; k >= 0; k-- {
		if r.applied[k].Changed() {
			return r.applied[k], true
		}
	}
	return Applied{}, false
}

// Explain returns how the result was produced: the cell or weights and band,
// the derivation of impact if any, and the overrides.
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

// Apply applies overrides to a computed priority. Floors ([VIPFloor],
// [MajorIncident]) apply first, in the given order, each raising the
// priority to at least its level; then [Manual] overrides, in the given
// order, each setting it exactly (the last one wins). Every override is
// resolved against computed's scale ([Override.Resolve]) and recorded,
// changed or not.
func Apply(computed Level, overrides ...Override) (Result, error) {
	if !computed.IsValid() {
		return Result{}, fmt.Errorf("%w: zero computed level", ErrInvalidOverride)
	}
	r := Result{computed: computed, effective: computed, exp: Explanation{Cell: Cell{Priority: computed}}}
	resolved := make([]Override, 0, len(overrides))
	for _, o := range overrides {
		ro, err := o.Resolve(computed.s)
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
				r.effective = r.effective.Max(o.Level)
			}
			r.applied = append(r.applied, Applied{Override: o, Before: before, After: r.effective})
		}
	}
	return r, nil
}

// Evaluate computes the priority of impact × urgency with m and applies the
// overrides (see [Apply]). The result explains itself ([Result.Explain]).
func Evaluate(m Model, impact, urgency Level, overrides ...Override) (Result, error) {
	if m == nil {
		return Result{}, ErrInvalidMatrix
	}
	e, err := m.Explain(impact, urgency)
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

// EvaluateFacts derives impact from facts with rules (whose scale must be
// m's impact scale), then evaluates as [Evaluate]. The explanation includes
// the derivation.
func EvaluateFacts(m Model, rules *Rules, facts Facts, urgency Level, overrides ...Override) (Result, error) {
	if m == nil {
		return Result{}, ErrInvalidMatrix
	}
	if rules == nil || !sameScale(m.Impact(), rules.Scale()) {
		return Result{}, fmt.Errorf("%w: rules derive scale %q, model's impact scale is %q", ErrScaleMismatch, rules.Scale().Name(), m.Impact().Name())
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
