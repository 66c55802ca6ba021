package priority

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// publishedNonMonotone is the impact 4 × urgency 5 example from one vendor's
// documentation (shared/reference/priority-presets.md).
func publishedNonMonotone(t testing.TB) *Matrix {
	t.Helper()
	imp, err := NewScale("impact", HighestFirst, "Extensive", "Significant", "Moderate", "Minor")
	require.NoError(t, err)
	urg, err := NewScale("urgency", HighestFirst, "Critical", "High", "Medium", "Low", "Lowest")
	require.NoError(t, err)
	pri, err := NewScale("priority", HighestFirst, "Highest", "High", "Medium", "Low", "Lowest")
	require.NoError(t, err)
	m, err := NewMatrix(imp, urg, pri, [][]string{
		{"Highest", "High", "Medium", "Low", "Lowest"},
		{"Highest", "High", "Medium", "Low", "Lowest"},
		{"High", "Medium", "Low", "Low", "Lowest"},
		{"Medium", "Low", "Lowest", "Low", "Lowest"},
	})
	require.NoError(t, err)
	return m
}

func TestValidatePublishedNonMonotone(t *testing.T) {
	m := publishedNonMonotone(t)
	fs := m.Validate()
	require.Len(t, fs, 1)
	f := fs[0]
	assert.Equal(t, NonMonotone, f.Kind)
	assert.Equal(t, "4 Minor", f.Cell.Impact.String())
	assert.Equal(t, "3 Medium", f.Cell.Urgency.String())
	assert.Equal(t, "5 Lowest", f.Cell.Priority.String())
	assert.Equal(t, "4 Minor", f.Other.Impact.String())
	assert.Equal(t, "4 Low", f.Other.Urgency.String())
	assert.Equal(t, "4 Low", f.Other.Priority.String())
	assert.Equal(t, `non-monotone: impact "4 Minor" × urgency "3 Medium" → "5 Lowest" is lower than impact "4 Minor" × urgency "4 Low" → "4 Low" although urgency is higher`, f.String())

	sym := m.Validate(Asymmetric)
	require.Len(t, sym, 1)
	assert.Equal(t, SymmetryNotApplicable, sym[0].Kind)

	// Fixing the cell makes it monotone.
	fixed, err := m.With(f.Cell.Impact, f.Cell.Urgency, f.Other.Priority)
	require.NoError(t, err)
	assert.Empty(t, fixed.Validate())
}

func TestValidateReportsDistantWitness(t *testing.T) {
	// Row [3 1 2] on a HighestLast 1×3 scale: the last cell is fine next to
	// its neighbour but lower than the first.
	one, err := NewScale("impact", HighestLast, "only")
	require.NoError(t, err)
	urg, err := NewScale("urgency", HighestLast, "a", "b", "c")
	require.NoError(t, err)
	pri, err := NewScale("priority", HighestLast, "p1", "p2", "p3")
	require.NoError(t, err)
	m, err := NewMatrix(one, urg, pri, [][]string{{"3", "1", "2"}})
	require.NoError(t, err)
	fs := m.Validate()
	require.Len(t, fs, 2)
	assert.Equal(t, "2 b", fs[0].Cell.Urgency.String())
	assert.Equal(t, "1 a", fs[0].Other.Urgency.String())
	assert.Equal(t, "3 c", fs[1].Cell.Urgency.String())
	assert.Equal(t, "1 a", fs[1].Other.Urgency.String())
}

func TestValidateSymmetry(t *testing.T) {
	m := ServiceNow()
	med := lv(t, m.Impact(), 2)
	uhi := lv(t, m.Urgency(), 1)
	n, err := m.With(med, uhi, lv(t, m.Priority(), 1))
	require.NoError(t, err)
	fs := n.Validate(Asymmetric)
	require.Len(t, fs, 1)
	assert.Equal(t, Asymmetric, fs[0].Kind)
	assert.Equal(t, `asymmetric: impact "2 Medium" × urgency "1 High" → "1 Critical" but mirrored impact "1 High" × urgency "2 Medium" → "2 High"`, fs[0].String())
}

// lv returns level number n of s.
func lv(t testing.TB, s *Scale, n int) Level {
	t.Helper()
	l, err := s.Level(n)
	require.NoError(t, err)
	return l
}
