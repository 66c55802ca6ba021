package priority

import (
	"strconv"

	"github.com/itsmkit/itsm/internal/enum"
)

// FindingKind classifies a [Finding] and selects the checks of
// [Matrix.Validate]. Its text form (String, JSON) is the lower snake_case
// name beside each constant.
type FindingKind uint8

const (
	// NonMonotone ("non_monotone"): Cell's priority is lower than that of
	// Other, although Other's impact and urgency are both at most as high
	// as Cell's. As a check: monotonicity, the default.
	NonMonotone FindingKind = iota + 1
	// Asymmetric ("asymmetric"): Cell and Other are mirror images (impact
	// and urgency swapped by severity rank) with different priorities; Cell
	// is the one whose impact is the less severe, and each pair is reported
	// once. As a check: symmetry (GLPI and Znuny publish symmetric
	// matrices), meaningful only when impact and urgency have the same
	// number of levels; cells are paired by severity rank, so the scales'
	// directions need not agree.
	Asymmetric
	// SymmetryNotApplicable ("symmetry_not_applicable"): the symmetry check
	// was asked for a matrix whose impact and urgency scales differ in
	// length. Cell and Other are zero. As a check it means the same as
	// Asymmetric.
	SymmetryNotApplicable
)

var findingKindNames = enum.New[FindingKind]("priority", "finding kind", ErrInvalidJSON,
	NonMonotone, "non_monotone",
	Asymmetric, "asymmetric",
	SymmetryNotApplicable, "symmetry_not_applicable")

// String returns the text form, e.g. "non_monotone".
func (k FindingKind) String() string { return enumText(findingKindNames, "FindingKind", k) }

// MarshalText returns the text form; an undeclared kind is an error.
func (k FindingKind) MarshalText() ([]byte, error) { return findingKindNames.Marshal(k) }

// UnmarshalText parses the text form exactly; any other spelling is an
// error that lists the valid ones.
func (k *FindingKind) UnmarshalText(b []byte) error {
	v, err := findingKindNames.Parse(string(b))
	if err != nil {
		return err
	}
	if k == nil {
		return newError("finding kind", string(b), wrapf(ErrInvalidJSON, "decode into a nil *FindingKind"))
	}
	*k = v
	return nil
}

// Finding is one problem [Matrix.Validate] found.
type Finding struct {
	Kind FindingKind `json:"kind"`
	// Cell is the offending cell: for NonMonotone the cell whose priority is
	// too low.
	Cell Cell `json:"cell,omitzero"`
	// Other is the evidence: for NonMonotone the cell with the highest
	// priority among those with lower-or-equal impact and urgency (the
	// nearest such cell on ties); for Asymmetric the mirrored cell.
	Other Cell `json:"other,omitzero"`
}

// String explains the finding in a sentence.
func (f Finding) String() string {
	q := strconv.Quote
	switch f.Kind {
	case NonMonotone:
		why := "impact and urgency are higher"
		switch {
		case f.Cell.Impact.Equal(f.Other.Impact):
			why = "urgency is higher"
		case f.Cell.Urgency.Equal(f.Other.Urgency):
			why = "impact is higher"
		}
		return "non-monotone: " + f.Cell.String() + " is lower than " + f.Other.String() + " although " + why
	case Asymmetric:
		return "asymmetric: " + f.Cell.String() + " but mirrored " + f.Other.String()
	case SymmetryNotApplicable:
		return "symmetry not applicable: impact and urgency scales differ in length"
	}
	return f.Kind.String() + ": " + q(f.Cell.String()) + " " + q(f.Other.String())
}

// Validate checks the matrix and returns every finding, in row order of the
// offending cell (impact number, then urgency number). kinds select the
// checks: [NonMonotone] (monotonicity, the default when none is given) and
// [Asymmetric] (symmetry). A nil result means no findings; a nil or zero
// matrix has none. An additive model is checked as its tabulated cells: a
// cell is non-monotone when lower weights for more severe levels, or bands
// whose priority falls as the score rises, lower a priority.
//
// Monotonicity respects each scale's direction: a cell is reported when
// some cell with impact and urgency each at most as severe has a more
// severe priority. Every such cell is reported, not only where two
// neighbours disagree, and Other names the strongest counterexample.
func (m *Matrix) Validate(kinds ...FindingKind) []Finding {
	if !m.valid() {
		return nil
	}
	monotone, symmetry := len(kinds) == 0, false
	for _, k := range kinds {
		switch k {
		case NonMonotone:
			monotone = true
		case Asymmetric, SymmetryNotApplicable:
			symmetry = true
		}
	}
	var out []Finding
	if monotone {
		out = append(out, m.nonMonotone()...)
	}
	if symmetry {
		out = append(out, m.asymmetric()...)
	}
	return out
}

// idx converts a severity rank to an index in number order.
func idx(s *Scale, sev int) int {
	if s.dir == HighestFirst {
		return len(s.levels) - 1 - sev
	}
	return sev
}

// prioSev returns the priority severity at impact/urgency severity ranks.
func (m *Matrix) prioSev(a, b int) int {
	return m.cellAt(idx(m.impact, a), idx(m.urgency, b)).Priority.Severity()
}

func (m *Matrix) nonMonotone() []Finding {
	ni, nu := m.impact.len(), m.urgency.len()
	// best[a*nu+b] is the cell with the highest priority in the region of
	// severity ranks [0,a]×[0,b], ties broken towards the larger a+b, then
	// the larger a: a dynamic program over the dominated region.
	type pos struct{ a, b, p int }
	better := func(x, y pos) bool {
		if x.p != y.p {
			return x.p > y.p
		}
		if x.a+x.b != y.a+y.b {
			return x.a+x.b > y.a+y.b
		}
		return x.a > y.a
	}
	best := make([]pos, ni*nu)
	bad := make([]pos, ni*nu) // witness per cell, p = -1 if monotone
	for a := range ni {
		for b := range nu {
			self := pos{a, b, m.prioSev(a, b)}
			w := pos{p: -1}
			if a > 0 && better(best[(a-1)*nu+b], w) {
				w = best[(a-1)*nu+b]
			}
			if b > 0 && better(best[a*nu+b-1], w) {
				w = best[a*nu+b-1]
			}
			bad[a*nu+b] = pos{p: -1}
			if w.p > self.p {
				bad[a*nu+b] = w
			}
			best[a*nu+b] = self
			if better(w, self) {
				best[a*nu+b] = w
			}
		}
	}
	var out []Finding
	for i := range ni {
		a := m.impact.sevOf(i)
		for u := range nu {
			b := m.urgency.sevOf(u)
			if w := bad[a*nu+b]; w.p >= 0 {
				out = append(out, Finding{
					Kind:  NonMonotone,
					Cell:  m.cellAt(i, u),
					Other: m.cellAt(idx(m.impact, w.a), idx(m.urgency, w.b)),
				})
			}
		}
	}
	return out
}

func (s *Scale) sevOf(i int) int {
	if s.dir == HighestFirst {
		return len(s.levels) - 1 - i
	}
	return i
}

func (m *Matrix) asymmetric() []Finding {
	n := m.impact.len()
	if n != m.urgency.len() {
		return []Finding{{Kind: SymmetryNotApplicable}}
	}
	var out []Finding
	for i := range n {
		a := m.impact.sevOf(i)
		for u := range n {
			b := m.urgency.sevOf(u)
			if a >= b {
				continue // each unordered pair once, off the diagonal
			}
			mi, mu := idx(m.impact, b), idx(m.urgency, a)
			c, o := m.cellAt(i, u), m.cellAt(mi, mu)
			if c.Priority.i != o.Priority.i {
				out = append(out, Finding{Kind: Asymmetric, Cell: c, Other: o})
			}
		}
	}
	return out
}
