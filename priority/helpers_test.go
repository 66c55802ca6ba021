package priority

import (
	"slices"
)

// Test helpers: short forms of what the exported API answers in other
// ways, so the tests keep their assertions.

// facts are the numbers given to Rules.Derive.
type facts = map[string]int64

func (s *Scale) names() []string {
	if s == nil {
		return nil
	}
	return slices.Clone(s.levels)
}

func (s *Scale) bySeverityErr(r int) (Level, error) {
	if r < 0 || r >= s.len() {
		return Level{}, newError(scaleContext(s.Name()), "", ErrUnknownLevel)
	}
	return s.bySeverity(r), nil
}

func (l Level) higher(o Level) bool { return l.sameScale(o) && l.Compare(o) > 0 }
func (l Level) lower(o Level) bool  { return l.sameScale(o) && l.Compare(o) < 0 }

func (m *Matrix) score(impact, urgency Level) (int, error) {
	e, err := m.explain(impact, urgency)
	if err != nil {
		return 0, err
	}
	return e.Weights.Score, nil
}

func (m *Matrix) bandAt(score int) (Band, bool) { return m.add.bandOf(score) }
func (m *Matrix) bandList() []Band              { return slices.Clone(m.add.bands) }
func (m *Matrix) impactWeights() []int          { return slices.Clone(m.add.iw) }
func (m *Matrix) urgencyWeights() []int         { return slices.Clone(m.add.uw) }
func (m *Matrix) scoreRangeOf() (lo, hi int)    { return m.add.scoreRange() }

func (m *Matrix) withWeights(iw, uw []int, bands []Band) (*Matrix, error) {
	if iw == nil {
		iw = m.add.iw
	}
	if uw == nil {
		uw = m.add.uw
	}
	if bands == nil {
		bands = m.add.bands
	}
	return NewAdditive(m.impact, m.urgency, m.priority, iw, uw, bands)
}

func (r Result) overridden() bool     { return !r.effective.Equal(r.computed) }
func (r Result) overrides() []Applied { return slices.Clone(r.applied) }

func (r Result) reason() (Applied, bool) {
	for k := len(r.applied) - 1; k >= 0; k-- {
		if r.applied[k].changed() {
			return r.applied[k], true
		}
	}
	return Applied{}, false
}

// decodeModel decodes a matrix of either kind.
func decodeModel(data []byte) (*Matrix, error) {
	m := new(Matrix)
	if err := m.UnmarshalJSON(data); err != nil {
		return nil, err
	}
	return m, nil
}

// model says what produced the explanation: "matrix", "additive", or ""
// for a priority given to Apply.
func (e Explanation) model() string {
	switch {
	case e.Weights != nil:
		return "additive"
	case e.Cell.Impact.isValid():
		return "matrix"
	}
	return ""
}
