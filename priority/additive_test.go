package priority

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestBMCPublishedCells(t *testing.T) {
	a := BMC()
	// shared/reference/priority-presets.md, all 16 cells: impact × urgency → (priority, sum).
	want := map[[2]string]struct {
		prio  string
		score int
	}{
		{"Extensive", "Critical"}: {"Critical", 29}, {"Extensive", "High"}: {"Critical", 24}, {"Extensive", "Medium"}: {"High", 19}, {"Extensive", "Low"}: {"Low", 9},
		{"Significant", "Critical"}: {"Critical", 25}, {"Significant", "High"}: {"High", 20}, {"Significant", "Medium"}: {"Medium", 15}, {"Significant", "Low"}: {"Low", 5},
		{"Moderate", "Critical"}: {"High", 23}, {"Moderate", "High"}: {"High", 18}, {"Moderate", "Medium"}: {"Medium", 13}, {"Moderate", "Low"}: {"Low", 3},
		{"Minor", "Critical"}: {"High", 20}, {"Minor", "High"}: {"Medium", 15}, {"Minor", "Medium"}: {"Medium", 10}, {"Minor", "Low"}: {"Low", 0},
	}
	require.Len(t, want, 16)
	for k, w := range want {
		i, err := a.Impact().Parse(k[0])
		require.NoError(t, err)
		u, err := a.Urgency().Parse(k[1])
		require.NoError(t, err)
		p, err := a.Lookup(i, u)
		require.NoError(t, err)
		assert.Equal(t, w.prio, p.Name(), "%v", k)
		s, err := a.score(i, u)
		require.NoError(t, err)
		assert.Equal(t, w.score, s, "%v", k)
		b, ok := a.bandAt(s)
		require.True(t, ok)
		assert.Equal(t, w.prio, b.Priority.Name())
	}
	lo, hi := a.scoreRangeOf()
	assert.Equal(t, 0, lo)
	assert.Equal(t, 29, hi)
	assert.Empty(t, a.Validate())
	// Published thresholds: Low ≤ 9, Medium 10–15, High 18–23, Critical ≥ 24.
	for s := lo; s <= hi; s++ {
		b, ok := a.bandAt(s)
		require.True(t, ok, "score %d", s)
		switch {
		case s <= 9:
			assert.Equal(t, "Low", b.Priority.Name(), "score %d", s)
		case s <= 15:
			assert.Equal(t, "Medium", b.Priority.Name(), "score %d", s)
		case s >= 18 && s <= 23:
			assert.Equal(t, "High", b.Priority.Name(), "score %d", s)
		case s >= 24:
			assert.Equal(t, "Critical", b.Priority.Name(), "score %d", s)
		}
	}
}

func TestAdditiveBandErrors(t *testing.T) {
	a := BMC()
	pri := a.Priority()
	b := func(name string, from, to int) Band {
		l, ok := pri.byName(name)
		require.True(t, ok)
		return Band{Priority: l, From: from, To: to}
	}
	tests := []struct {
		name  string
		bands []Band
		is    error
		msg   string
	}{
		{"gap", []Band{b("Low", 0, 10), b("Medium", 10, 16), b("High", 18, 24), b("Critical", 24, 30)}, errBandGap,
			`priority: band [18, 24) → "2 High": gap between bands: scores [16, 18) have no band; previous band [10, 16) → "3 Medium"`},
		{"overlap", []Band{b("Low", 0, 10), b("Medium", 10, 19), b("High", 18, 24), b("Critical", 24, 30)}, errBandOverlap,
			`priority: band [18, 24) → "2 High": overlapping bands with band [10, 19) → "3 Medium"`},
		{"top uncovered", []Band{b("Low", 0, 10), b("Medium", 10, 18), b("High", 18, 24), b("Critical", 24, 29)}, errBandGap,
			`priority: band [24, 29) → "1 Critical": gap between bands: ends at or below the highest reachable score: score 29 has no band`},
		{"bottom uncovered", []Band{b("Low", 1, 10), b("Medium", 10, 18), b("High", 18, 24), b("Critical", 24, 30)}, errBandGap,
			`priority: band [1, 10) → "4 Low": gap between bands: starts above the lowest reachable score: score 0 has no band`},
		{"empty band", []Band{b("Low", 0, 10), b("Medium", 10, 10), b("High", 10, 24), b("Critical", 24, 30)}, errInvalidBand,
			`priority: band [10, 10) → "3 Medium": invalid band: empty (From ≥ To)`},
		{"foreign level", []Band{{Priority: ServiceNow().Priority().highest(), From: 0, To: 30}}, ErrScaleMismatch, ""},
		{"none", nil, errBandGap, `priority: gap between bands: no bands: score 0 has no band`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := NewAdditive(a.Impact(), a.Urgency(), pri, a.impactWeights(), a.urgencyWeights(), tc.bands)
			require.Error(t, err)
			assert.ErrorIs(t, err, tc.is)
			if tc.msg != "" {
				assert.Equal(t, tc.msg, err.Error())
			}
		})
	}
	_, err := NewAdditive(a.Impact(), a.Urgency(), pri, []int{1, 2}, a.urgencyWeights(), a.bandList())
	assert.ErrorIs(t, err, errInvalidWeights)
	_, err = NewAdditive(a.Impact(), a.Urgency(), pri, []int{1, 2, 3, 2e9}, a.urgencyWeights(), a.bandList())
	assert.ErrorIs(t, err, errInvalidWeights)
}

func TestAdditiveNonMonotoneWeights(t *testing.T) {
	a := BMC()
	// Giving Minor a bigger weight than Moderate breaks monotonicity.
	b, err := a.withWeights([]int{9, 5, 3, 6}, nil, nil)
	require.NoError(t, err)
	fs := b.Validate()
	require.NotEmpty(t, fs)
	for _, f := range fs {
		assert.Equal(t, "3 Moderate", f.Cell.Impact.String())
		assert.Equal(t, "4 Minor", f.Other.Impact.String())
	}
	assert.False(t, a.Equal(b))
	assert.True(t, a.Equal(BMC()))
}

func TestAdditiveLookupAllocs(t *testing.T) {
	a := BMC()
	i, u := a.Impact().highest(), a.Urgency().lowest()
	allocs := testing.AllocsPerRun(1000, func() { _, _ = a.Lookup(i, u) })
	assert.Equal(t, 0.0, allocs)
}
