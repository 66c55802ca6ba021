package change

import (
	"encoding/json"
	"testing"

	"github.com/itsmkit/itsm/priority"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// riskMatrix is a common 3×3 likelihood × impact matrix.
func riskMatrix(t testing.TB) *matrixModel {
	imp, err := priority.NewScale("impact", priority.HighestLast, "Minor", "Significant", "Major")
	require.NoError(t, err)
	lik, err := priority.NewScale("likelihood", priority.HighestLast, "Unlikely", "Possible", "Likely")
	require.NoError(t, err)
	risk, err := priority.NewScale("risk", priority.HighestLast, "Low", "Moderate", "High")
	require.NoError(t, err)
	m, err := priority.NewMatrix(imp, lik, risk, [][]string{
		{"Low", "Low", "Moderate"},   // Minor
		{"Low", "Moderate", "High"},  // Significant
		{"Moderate", "High", "High"}, // Major
	})
	require.NoError(t, err)
	mm, err := newMatrixModel("3x3", m)
	require.NoError(t, err)
	return mm
}

func TestMatrixModel(t *testing.T) {
	mm := riskMatrix(t)
	assert.True(t, mm.monotone())
	for _, c := range []struct {
		imp, lik string
		want     Level
	}{
		{"Minor", "Unlikely", Low}, {"Minor", "Likely", Moderate}, {"Significant", "Possible", Moderate},
		{"Major", "Possible", High}, {"3", "1", Moderate}, {"major", "likely", High},
	} {
		r, err := mm.Assess(Input{Impact: c.imp, Likelihood: c.lik})
		require.NoError(t, err)
		assert.Equal(t, c.want, r.Level, c)
		assert.Contains(t, r.Decided, "cell impact")
	}
	_, err := mm.Assess(Input{Impact: "Huge", Likelihood: "Likely"})
	require.ErrorIs(t, err, ErrInput)
	_, err = mm.Assess(Input{Impact: "Major"})
	require.ErrorIs(t, err, ErrInput)

	b, err := json.Marshal(mm)
	require.NoError(t, err)
	back, err := DecodeModel(b)
	require.NoError(t, err)
	b2, err := json.Marshal(back)
	require.NoError(t, err)
	assert.JSONEq(t, string(b), string(b2))

	// A priority-style output scale is not a risk scale.
	_, err = newMatrixModel("p", priority.ServiceNow())
	require.ErrorIs(t, err, ErrModel)
	// A risk scale whose severity order disagrees with risk order.
	imp, _ := priority.NewScale("i", priority.HighestLast, "a", "b")
	bad, _ := priority.NewScale("r", priority.HighestFirst, "Low", "High") // Low would be most severe
	m, err := priority.NewMatrix(imp, imp, bad, [][]string{{"Low", "Low"}, {"Low", "High"}})
	require.NoError(t, err)
	_, err = newMatrixModel("bad", m)
	require.ErrorIs(t, err, ErrModel)
	_, err = newMatrixModel("nil", nil)
	require.ErrorIs(t, err, ErrModel)
}

func TestMatrixModelErrorsKeepCause(t *testing.T) {
	_, err := riskMatrix(t).Assess(Input{Impact: "Huge", Likelihood: "Likely"})
	require.ErrorIs(t, err, ErrInput)
	require.ErrorIs(t, err, priority.ErrUnknownLevel)
}
