package sla

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/itsmkit/itsm/internal/strictjson"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Decimal text is bounded before it is parsed: a 2 MB digit string (which
// the decimal package parses in quadratic time, seconds) is refused at
// once, with an error that names the field and quotes only a prefix.
// Regression: Threshold.UnmarshalJSON parsed any length.
func TestDecimalTextBounded(t *testing.T) {
	huge := strings.Repeat("9", 2<<20)
	for _, tc := range []struct {
		name     string
		decode   func() error
		sentinel error
	}{
		{"threshold number", func() error { var th Threshold; return json.Unmarshal([]byte(huge), &th) }, ErrConfig},
		{"threshold string", func() error { var th Threshold; return json.Unmarshal([]byte(`"`+huge+`"`), &th) }, ErrConfig},
		{"threshold exponent", func() error { var th Threshold; return json.Unmarshal([]byte(`1e999999999`), &th) }, ErrConfig},
		{"thresholds of a target", func() error {
			var ts TargetSpec
			return json.Unmarshal([]byte(`{"name":"x","metric":"response","goal":{"business":"1h"},"thresholds":[50,`+huge+`]}`), &ts)
		}, ErrConfig},
		{"credit tier", func() error {
			var s CreditSchedule
			return json.Unmarshal([]byte(`{"tiers":[{"below":"`+huge+`","credit":"10"}]}`), &s)
		}, ErrConfig},
		{"breach penalty", func() error {
			var s CreditSchedule
			return json.Unmarshal([]byte(`{"per_breach":[{"target":"x","amount":`+huge+`}]}`), &s)
		}, ErrConfig},
		{"credit cap", func() error { var s CreditSchedule; return json.Unmarshal([]byte(`{"cap_percent":"`+huge+`"}`), &s) }, ErrConfig},
		{"availability target", func() error {
			var a AvailabilityTarget
			return json.Unmarshal([]byte(`{"name":"x","percent":"`+huge+`"}`), &a)
		}, ErrConfig},
	} {
		var err error
		within(t, 10*time.Second, tc.name, func() { err = tc.decode() })
		require.Error(t, err, tc.name)
		assert.True(t, errors.Is(err, strictjson.ErrDecimalBound), "%s: %v", tc.name, err)
		assert.ErrorIs(t, err, tc.sentinel, tc.name)
		assert.Less(t, len(err.Error()), 400, "%s: the error quotes a prefix only", tc.name)
	}
	// Ordinary values still decode.
	var th Threshold
	require.NoError(t, json.Unmarshal([]byte(`"99.95"`), &th))
	assert.Equal(t, "99.95%", th.String())
}
