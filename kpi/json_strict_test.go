package kpi

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/itsmkit/itsm"
)

// Every configuration root and input type rejects a misspelt key under
// plain json.Unmarshal, at any depth, with an error naming the key and
// wrapping ErrInvalidConfig. Regression: unknown keys were silently
// ignored, so a misspelt "windw" or "satisfiedFrm" decoded as a default.
// (BurnRateAlert, Band, DeployRate and Scale are strict inside the root
// that holds them; itsm.Interval belongs to package itsm.)
func TestJSONUnknownKeys(t *testing.T) {
	cases := []struct {
		name string
		into func() any
		json string
		key  string
	}{
		{"SLO", func() any { return new(SLO) }, `{"target":"99.9","window":"rolling","length":"720h","windw":"x"}`, "windw"},
		{"AlertPolicy", func() any { return new(AlertPolicy) }, `{"period":"720h","alerts":[],"alerst":[]}`, "alerst"},
		{"AlertPolicy.Alerts (nested)", func() any { return new(AlertPolicy) },
			`{"period":"720h","alerts":[{"severity":"page","long_window":"1h","short_windw":"5m","burn_rate":"14.4"}]}`, "short_windw"},
		{"AlertPolicy.Alerts (nested, unknown)", func() any { return new(AlertPolicy) },
			`{"period":"720h","alerts":[{"severity":"page","long_window":"1h","short_window":"5m","burn_rate":"14.4","burnrat":"1"}]}`, "burnrat"},
		{"BandTable", func() any { return new(BandTable) }, `{"source":"x","band":[]}`, "band"},
		{"BandTable.Bands (nested)", func() any { return new(BandTable) }, `{"source":"x","bands":[{"name":"low","recover_under":"1h"}]}`, "recover_under"},
		{"BandTable.Bands (nested, misspelt)", func() any { return new(BandTable) }, `{"source":"x","bands":[{"name":"elite","lead_time_unde":"24h"},{"name":"low"}]}`, "lead_time_unde"},
		{"Band.MinDeployments (nested)", func() any { return new(BandTable) }, `{"bands":[{"name":"a","min_deployments":{"count":1,"pre":"24h"}},{"name":"b"}]}`, "pre"},
		{"CSATConfig", func() any { return new(CSATConfig) }, `{"scale":{"min":1,"max":5},"satisfiedFrm":4}`, "satisfiedFrm"},
		{"CSATConfig.Scale (nested)", func() any { return new(CSATConfig) }, `{"scale":{"min":1,"mx":5},"satisfied_from":4}`, "mx"},
		{"CountBucket", func() any { return new(CountBucket) }, `{"start":"2026-01-01T00:00:00Z","end":"2026-01-01T00:01:00Z","bad":1,"totl":5}`, "totl"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := json.Unmarshal([]byte(c.json), c.into())
			require.Error(t, err)
			require.Contains(t, err.Error(), `"`+c.key+`"`, "the error names the unknown key")
			require.ErrorIs(t, err, ErrInvalidConfig)
		})
	}
}

// Embedding types keep decoding: CountBucket gets its Interval and Counts
// back after a round trip.
func TestJSONCountBucketRoundTrip(t *testing.T) {
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	in := []CountBucket{{itsm.Interval{Start: t0, End: t0.Add(time.Minute)}, Counts{Bad: 2, Total: 7}}}
	b, err := json.Marshal(in)
	require.NoError(t, err)
	var out []CountBucket
	require.NoError(t, json.Unmarshal(b, &out))
	require.Len(t, out, 1)
	require.True(t, out[0].Start.Equal(in[0].Start) && out[0].End.Equal(in[0].End))
	require.Equal(t, in[0].Counts, out[0].Counts)
}

// Called directly, UnmarshalJSON rejects trailing data; null leaves the
// value unchanged.
func TestJSONTrailingDataAndNull(t *testing.T) {
	var s SLO
	require.Error(t, s.UnmarshalJSON([]byte(`{"target":"99.9","window":"rolling","length":"720h"} {}`)))
	var sc CSATConfig
	require.Error(t, sc.UnmarshalJSON([]byte(`{"scale":{"min":1,"max":5},"satisfied_from":4}x`)))
	c := DefaultCSAT()
	require.NoError(t, c.UnmarshalJSON([]byte("null")))
	require.Equal(t, DefaultCSAT(), c)
}

// Regression (issue 12): a repeated key, or the same key in another case
// (encoding/json matches keys case-insensitively), kept only the last
// value. Now it is an error naming the key and where it is; a 2 MB number
// is refused before the decimal parser sees it.
func TestJSONDuplicateKeysAndHugeNumbers(t *testing.T) {
	var ap AlertPolicy
	err := json.Unmarshal([]byte(`{"period":"720h","alerts":[{"severity":"page","long_window":"1h","short_window":"5m","burn_rate":"14.4","Burn_Rate":"1"}]}`), &ap)
	require.ErrorIs(t, err, ErrInvalidConfig)
	require.Contains(t, err.Error(), `duplicate key "Burn_Rate" in the object at $.alerts[0]`)
	var s SLO
	err = json.Unmarshal([]byte(`{"target":"99.9","window":"rolling","length":"720h","target":"90"}`), &s)
	require.ErrorIs(t, err, ErrInvalidConfig)
	require.Contains(t, err.Error(), `duplicate key "target"`)
	err = json.Unmarshal([]byte(`{"target":"99.`+strings.Repeat("9", 2<<20)+`","window":"rolling","length":"720h"}`), &s)
	require.ErrorIs(t, err, ErrOutOfRange)
	require.Less(t, len(err.Error()), 300, "the error quotes a prefix, not 2 MB")
}
