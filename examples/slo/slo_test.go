package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite testdata/golden.*")

func scenario(t *testing.T) *Scenario {
	var s Scenario
	require.NoError(t, json.Unmarshal(embeddedScenario, &s))
	return &s
}

// Budget and burn rates recomputed by plain summation with big.Rat.
func TestAgainstPlainSums(t *testing.T) {
	s := scenario(t)
	now := s.Now
	buckets, err := s.Buckets(now.Add(-34*24*time.Hour), now)
	require.NoError(t, err)
	r, err := Evaluate(s, buckets, now, 4*24*time.Hour, time.Hour)
	require.NoError(t, err)

	sum := func(w time.Duration) (bad, total int64) {
		for _, b := range buckets {
			if !b.Start.Before(now.Add(-w)) && !b.End.After(now) {
				bad += b.Bad
				total += b.Total
			}
		}
		return
	}
	bad, total := sum(30 * 24 * time.Hour)
	assert.Equal(t, total, r.Counts.Total)
	assert.Equal(t, bad, r.Counts.Bad)
	allowed := new(big.Rat).SetFrac64(total, 1000) // 0.1 % of the requests
	assert.Equal(t, allowed.FloatString(2), r.Budget.Allowed.StringFixed(2))
	assert.Equal(t, bad > 0 && new(big.Rat).SetInt64(bad).Cmp(allowed) > 0, r.Budget.Exhausted)

	burn := func(w time.Duration) *big.Rat {
		b, tot := sum(w)
		if tot == 0 {
			return nil
		}
		// (bad/total) / 0.001
		return new(big.Rat).SetFrac64(b*1000, tot)
	}
	thresholds := []string{"14.4", "6", "1"}
	for i, a := range r.Alerts {
		long, short := burn(time.Duration(a.Alert.LongWindow)), burn(time.Duration(a.Alert.ShortWindow))
		require.NotNil(t, long)
		// the decision is exact on the counts; the burn rates are rounded at 18 places
		assert.Equal(t, long.FloatString(18), a.LongBurn.StringFixed(18), "row %d long burn", i)
		assert.Equal(t, short.FloatString(18), a.ShortBurn.StringFixed(18), "row %d short burn", i)
		th, _ := new(big.Rat).SetString(thresholds[i])
		assert.Equal(t, long.Cmp(th) > 0 && short.Cmp(th) > 0, a.Fires, "row %d", i)
		assert.True(t, a.Fires, "the scenario's now has every alert firing (row %d)", i)
	}
	// The failover loop started at 07:35: 25 minutes at 4 % errors.
	assert.Equal(t, "2026-07-06T08:00:00+02:00", r.Firings[0].From.Format(time.RFC3339))
}

func TestBucketsLoseNoErrors(t *testing.T) {
	s := scenario(t)
	start := time.Date(2026, 6, 12, 14, 0, 0, 0, time.FixedZone("CEST", 2*3600))
	buckets, err := s.Buckets(start, start.Add(70*time.Minute))
	require.NoError(t, err)
	var bad, total int64
	for _, b := range buckets {
		bad += b.Bad
		total += b.Total
	}
	// 70 minutes of the payment outage at 6 % errors: within one request of exact.
	assert.InDelta(t, float64(total)*0.06, float64(bad), 1)
}

func TestReadBuckets(t *testing.T) {
	good := "start,end,bad,total\n2026-07-06T07:55:00Z,2026-07-06T08:00:00Z,3,1000\n"
	b, err := ReadBuckets(strings.NewReader(good))
	require.NoError(t, err)
	require.Len(t, b, 1)
	assert.EqualValues(t, 3, b[0].Bad)
	_, err = ReadBuckets(strings.NewReader(good + "2026-07-06T08:00:00Z,2026-07-06T08:05:00Z,9,5\n"))
	assert.ErrorContains(t, err, "line 3")
	_, err = ReadBuckets(strings.NewReader("a,b\n"))
	assert.ErrorContains(t, err, "line 1")
}

func TestGolden(t *testing.T) {
	for _, f := range []string{"text", "json"} {
		var b bytes.Buffer
		require.NoError(t, Run(Options{Format: f}, &b))
		p := filepath.Join("testdata", "golden."+f)
		if *update {
			require.NoError(t, os.MkdirAll("testdata", 0o755))
			require.NoError(t, os.WriteFile(p, b.Bytes(), 0o644))
			continue
		}
		want, err := os.ReadFile(p)
		require.NoError(t, err)
		assert.Equal(t, string(want), b.String())
	}
}
