package kpi

import (
	"encoding/json"
	"math"
	"testing"

	"github.com/stretchr/testify/require"
)

// Regression: Max − Min overflowed for extreme bounds, so a scale spanning
// the whole int range passed the 1000-point limit.
func TestScaleSpanOverflow(t *testing.T) {
	require.ErrorIs(t, Scale{math.MinInt, math.MaxInt}.validate(), ErrInvalidConfig)
	require.ErrorIs(t, Scale{math.MinInt, 0}.validate(), ErrInvalidConfig)
	require.ErrorIs(t, Scale{-1, math.MaxInt}.validate(), ErrInvalidConfig)
	require.NoError(t, Scale{-500, 500}.validate())
	require.ErrorIs(t, Scale{-500, 501}.validate(), ErrInvalidConfig)
	var cfg CSATConfig
	require.Error(t, json.Unmarshal([]byte(`{"scale":{"min":-9223372036854775808,"max":9223372036854775807},"satisfied_from":0}`), &cfg))
	_, err := NewCSAT(CSATConfig{Scale: Scale{math.MinInt, math.MaxInt}})
	require.ErrorIs(t, err, ErrInvalidConfig)
}
