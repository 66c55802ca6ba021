package priority

import (
	"fmt"
	"strconv"
	"strings"
)

// Weights is the additive part of an [Explanation]: impact weight + urgency
// weight = score, which falls in band (see [NewAdditive]).
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
	// Cell is impact × urgency → computed priority; only Priority is set
	// when [Apply] was used on a priority computed elsewhere.
	Cell Cell `json:"cell"`
	// Weights is set for an additive model (see [NewAdditive]).
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
//	override vip_floor "1 Critical": "2 High" → "1 Critical"
//	effective "1 Critical" (computed "2 High")
func (e Explanation) String() string {
	var lines []string
	q := strconv.Quote
	if e.Derivation != nil {
		lines = append(lines, "impact "+q(e.Derivation.Level.String())+" derived: "+e.Derivation.String())
	}
	given := !e.Cell.Impact.isValid()
	switch {
	case e.Weights != nil:
		w := e.Weights
		lines = append(lines, fmt.Sprintf("additive: impact %s weight %d + urgency %s weight %d = %d in band %s",
			q(e.Cell.Impact.String()), w.Impact, q(e.Cell.Urgency.String()), w.Urgency, w.Score, w.Band))
	case !given:
		lines = append(lines, "matrix: "+e.Cell.String())
	}
	computed := e.Computed
	if !computed.isValid() {
		computed = e.Cell.Priority
	}
	if given {
		lines = append(lines, "computed "+q(computed.String())+" (given)")
	}
	for _, a := range e.Overrides {
		lines = append(lines, "override "+a.String())
	}
	effective := e.Effective
	if !effective.isValid() {
		effective = computed
	}
	if effective.Equal(computed) {
		lines = append(lines, "priority "+q(effective.String()))
	} else {
		lines = append(lines, "effective "+q(effective.String())+" (computed "+q(computed.String())+")")
	}
	return strings.Join(lines, "\n")
}

// explain returns the cell, and for an additive model the weights, score
// and band, that give impact × urgency its priority.
func (m *Matrix) explain(impact, urgency Level) (Explanation, error) {
	p, err := m.Lookup(impact, urgency)
	if err != nil {
		return Explanation{}, err
	}
	c := Cell{Impact: Level{s: m.impact, i: impact.i}, Urgency: Level{s: m.urgency, i: urgency.i}, Priority: p}
	e := Explanation{Cell: c, Computed: p, Effective: p}
	if a := m.add; a != nil {
		s := a.iw[impact.i] + a.uw[urgency.i]
		b, _ := a.bandOf(s)
		e.Weights = &Weights{Impact: a.iw[impact.i], Urgency: a.uw[urgency.i], Score: s, Band: b}
	}
	return e, nil
}
