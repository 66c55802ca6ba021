package priority

import (
	"fmt"
	"strconv"
	"strings"
)

// Model answers the priority question: which priority does impact ×
// urgency get, and why. [*Matrix] and [*Additive] implement it.
type Model interface {
	Impact() *Scale
	Urgency() *Scale
	Priority() *Scale
	// Lookup returns the priority for impact × urgency (O(1), no allocation).
	Lookup(impact, urgency Level) (Level, error)
	// Explain returns the cell, or the weights and band, that produce it.
	Explain(impact, urgency Level) (Explanation, error)
}

var (
	_ Model = (*Matrix)(nil)
	_ Model = (*Additive)(nil)
)

// Weights is the additive part of an [Explanation]: impact weight + urgency
// weight = score, which falls in band.
type Weights struct {
	Impact  int  `json:"impact"`
	Urgency int  `json:"urgency"`
	Score   int  `json:"score"`
	Band    Band `json:"band"`
}

// Explanation says how a priority was produced. It is a report (fields are
// exported for inspection and rendering); the authority on the decision is
// the [Result] it came from.
type Explanation struct {
	// Model is "matrix" or "additive"; empty when [Apply] was used on a
	// priority computed elsewhere.
	Model string `json:"model,omitempty"`
	// Cell is impact × urgency → computed priority (only Priority is set
	// after a bare [Apply]).
	Cell Cell `json:"cell"`
	// Weights is set for an additive model.
	Weights *Weights `json:"weights,omitempty"`
	// Derivation is set when impact was derived from facts.
	Derivation *Derivation `json:"derivation,omitempty"`
	// Overrides lists every override applied, in order.
	Overrides []Applied `json:"overrides,omitempty"`
	// Computed and Effective are the priorities before and after overrides
	// (equal to Cell.Priority when no override changed it).
	Computed  Level `json:"computed,omitzero"`
	Effective Level `json:"effective,omitzero"`
}

// String explains the result for people, one step per line, e.g.
//
//	impact "1 High" derived: "1 High" from users: users = 1200 matched users ≥ 1000 → "1 High"
//	matrix: impact "1 High" × urgency "2 Medium" → "2 High"
//	override vip-floor "1 Critical": "2 High" → "1 Critical"
//	effective "1 Critical" (computed "2 High")
func (e Explanation) String() string {
	var lines []string
	q := strconv.Quote
	if e.Derivation != nil {
		lines = append(lines, "impact "+q(e.Derivation.Level.String())+" derived: "+e.Derivation.String())
	}
	switch {
	case e.Weights != nil:
		w := e.Weights
		lines = append(lines, fmt.Sprintf("additive: impact %s weight %d + urgency %s weight %d = %d in band %s",
			q(e.Cell.Impact.String()), w.Impact, q(e.Cell.Urgency.String()), w.Urgency, w.Score, w.Band))
	case e.Model != "":
		lines = append(lines, e.Model+": "+e.Cell.String())
	}
	computed := e.Computed
	if !computed.IsValid() {
		computed = e.Cell.Priority
	}
	if e.Model == "" {
		lines = append(lines, "computed "+q(computed.String())+" (given)")
	}
	for _, a := range e.Overrides {
		lines = append(lines, "override "+a.String())
	}
	effective := e.Effective
	if !effective.IsValid() {
		effective = computed
	}
	if effective.Equal(computed) {
		lines = append(lines, "priority "+q(effective.String()))
	} else {
		lines = append(lines, "effective "+q(effective.String())+" (computed "+q(computed.String())+")")
	}
	return strings.Join(lines, "\n")
}

// Explain returns the cell that gives impact × urgency its priority.
func (m *Matrix) Explain(impact, urgency Level) (Explanation, error) {
	p, err := m.Lookup(impact, urgency)
	if err != nil {
		return Explanation{}, err
	}
	c := Cell{Impact: Level{s: m.impact, i: impact.i}, Urgency: Level{s: m.urgency, i: urgency.i}, Priority: p}
	return Explanation{Model: "matrix", Cell: c, Computed: p, Effective: p}, nil
}

// Explain returns the weights, score and band that give impact × urgency
// its priority.
func (a *Additive) Explain(impact, urgency Level) (Explanation, error) {
	p, err := a.Lookup(impact, urgency)
	if err != nil {
		return Explanation{}, err
	}
	s, _ := a.Score(impact, urgency)
	b, _ := a.bandOf(s)
	c := Cell{Impact: Level{s: a.impact, i: impact.i}, Urgency: Level{s: a.urgency, i: urgency.i}, Priority: p}
	w := &Weights{Impact: a.iw[impact.i], Urgency: a.uw[urgency.i], Score: s, Band: b}
	return Explanation{Model: "additive", Cell: c, Weights: w, Computed: p, Effective: p}, nil
}
