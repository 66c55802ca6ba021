package change

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLeadTimePolicy(t *testing.T) {
	p := DefaultLeadTimes()
	for _, c := range []struct {
		t    Type
		l    Level
		days int
	}{{Standard, Critical, 0}, {Normal, Low, 2}, {Normal, Moderate, 5}, {Normal, High, 10}, {Normal, Critical, 10}, {Emergency, High, 0}} {
		d, _, err := p.Days(c.t, c.l)
		require.NoError(t, err)
		assert.Equal(t, c.days, d)
	}
	b, err := json.Marshal(p)
	require.NoError(t, err)
	var back LeadTimePolicy
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, p.Rules(), back.Rules())
	_, err = NewLeadTimePolicy(p.Rules()[1:])
	require.ErrorIs(t, err, ErrSchedule)
	_, err = NewLeadTimePolicy(append(p.Rules(), LeadTime{Type: Normal, From: Low, To: Low, Days: 1}))
	require.ErrorIs(t, err, ErrSchedule)
	_, err = NewLeadTimePolicy([]LeadTime{{Type: Normal, From: Low, To: Low, Days: -1}})
	require.ErrorIs(t, err, ErrSchedule)
	var zero LeadTimePolicy
	_, _, err = zero.Days(Normal, Low)
	require.ErrorIs(t, err, ErrSchedule)
}
