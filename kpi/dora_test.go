package kpi

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/itsmkit/itsm"
)

func TestComputeDORA(t *testing.T) {
	period := itsm.Interval{Start: t0, End: t0.Add(10 * day)}
	h := func(x int) time.Time { return t0.Add(time.Duration(x) * time.Hour) }
	deps := []Deployment{
		{ID: "old", At: h(-5)}, // before the period: linkable, not counted
		{ID: "d1", At: h(10), CommittedAt: []time.Time{h(8), h(4)}},
		{ID: "d2", At: h(30), CommittedAt: []time.Time{h(29)}},
		{ID: "d3", At: h(50), CommittedAt: []time.Time{h(20)}},
		{ID: "d4", At: h(100)},
		{ID: "late", At: h(240)}, // at period end: outside (half-open)
	}
	fails := []Failure{
		{DeploymentID: "d1", Start: h(11), Restored: h(12)},
		{DeploymentID: "d1", Start: h(13), Restored: h(16)}, // second incident: d1 counts once
		{DeploymentID: "d3", Start: h(60), Restored: h(62)},
		{DeploymentID: "d4", Start: h(230)},                // not restored: censored
		{DeploymentID: "old", Start: h(1), Restored: h(2)}, // deployment outside period
	}
	r, err := ComputeDORA(period, deps, fails)
	require.NoError(t, err)
	assert.Equal(t, int64(4), r.Deployments)
	pd, ok := r.PerDay()
	require.True(t, ok)
	assert.Equal(t, itsm.Ratio{Num: 4, Den: 10}, pd)             // 4 per 10 days
	assert.Equal(t, itsm.Ratio{Num: 3, Den: 4}, r.ChangeFailure) // d1 (twice), d3, d4 (open)
	med, ok := r.LeadTime.Median()                               // lead times 2h, 6h, 1h, 30h → (2+6)/2
	require.True(t, ok)
	assert.Equal(t, 4*time.Hour, med)
	assert.Equal(t, int64(3), r.Recovery.Completed.Count())
	assert.Equal(t, int64(1), r.Recovery.Censored.Count())
	cens, _ := r.Recovery.Censored.Max()
	assert.Equal(t, 10*time.Hour, cens)
	rmed, _ := r.RecoveryTimes.Median()
	assert.Equal(t, 2*time.Hour, rmed)
	assert.Equal(t, MTTRecover, r.Recovery.Measure)

	c, err := DefaultBands().Classify(r)
	require.NoError(t, err)
	// 0.4/day ≥ 1/week → high; lead 4h < 1 day → elite; CFR 75 % → low; recovery 2h < 1 day → high
	assert.Equal(t, Classification{"high", "elite", "low", "high", "low"}, c)
	assert.Contains(t, c.String(), "change failure low")

	_, err = ComputeDORA(period, deps, []Failure{{DeploymentID: "nope", Start: h(1)}})
	assert.ErrorIs(t, err, ErrUnknownDeployment)
	assert.Contains(t, err.Error(), `"nope"`)
	_, err = ComputeDORA(period, []Deployment{{ID: "a", At: h(1)}, {ID: "a", At: h(2)}}, nil)
	assert.ErrorIs(t, err, ErrInvalidConfig)
	_, err = ComputeDORA(period, []Deployment{{At: h(1)}}, nil)
	assert.ErrorIs(t, err, ErrInvalidConfig)
	_, err = ComputeDORA(period, []Deployment{{ID: "a", At: h(1), CommittedAt: []time.Time{h(2)}}}, nil)
	assert.ErrorIs(t, err, itsm.ErrInterval)
	_, err = ComputeDORA(period, deps, []Failure{{DeploymentID: "d1", Start: h(12), Restored: h(11)}})
	assert.ErrorIs(t, err, itsm.ErrInterval)

	_, err = ComputeDORA(period, deps, []Failure{{DeploymentID: "d2", Start: h(29)}})
	assert.ErrorIs(t, err, itsm.ErrInterval, "failure before its deployment")
	assert.ErrorContains(t, err, `"d2"`)
	// restored after the period end: still a completed recovery time
	r2, err := ComputeDORA(period, deps, []Failure{{DeploymentID: "d4", Start: h(239), Restored: h(245)}, {DeploymentID: "d3", Start: h(250)}})
	require.NoError(t, err)
	assert.Equal(t, int64(1), r2.Recovery.Completed.Count())
	m, _ := r2.Recovery.Completed.Mean()
	assert.Equal(t, 6*time.Hour, m)
	cz, _ := r2.Recovery.Censored.Max()
	assert.Equal(t, time.Duration(0), cz, "open failure starting after the period: censored at zero")
	assert.Equal(t, itsm.Ratio{Num: 2, Den: 4}, r2.ChangeFailure)

	empty, err := ComputeDORA(itsm.Interval{Start: t0, End: t0}, nil, nil)
	require.NoError(t, err)
	_, ok = empty.PerDay()
	assert.False(t, ok)
	assert.True(t, empty.ChangeFailure.NoData())
	c, err = DefaultBands().Classify(empty)
	require.NoError(t, err)
	assert.Equal(t, Classification{}, c)
}

func TestClassifyBoundaries(t *testing.T) {
	bands := DefaultBands()
	period := itsm.Interval{Start: t0, End: t0.Add(7 * day)}
	var deps []Deployment
	for k := range 7 { // exactly 1/day → elite (≥)
		deps = append(deps, Deployment{ID: string(rune('a' + k)), At: t0.Add(time.Duration(k) * day), CommittedAt: []time.Time{t0.Add(time.Duration(k)*day - day)}})
	}
	r, err := ComputeDORA(period, deps, []Failure{{DeploymentID: "a", Start: t0, Restored: t0.Add(time.Hour)}})
	require.NoError(t, err)
	c, err := bands.Classify(r)
	require.NoError(t, err)
	assert.Equal(t, "elite", c.DeploymentFrequency)
	assert.Equal(t, "high", c.LeadTime, "exactly one day is not < 1 day")
	assert.Equal(t, "medium", c.ChangeFailureRate, "1/7 = 14.29 % ≤ 15 %")
	assert.Equal(t, "high", c.RecoveryTime, "exactly one hour is not < 1 hour")
	assert.Equal(t, "medium", c.Overall)
}

func TestBandTableJSON(t *testing.T) {
	b, err := json.Marshal(DefaultBands())
	require.NoError(t, err)
	assert.Contains(t, string(b), `"lead_time_under":"24h"`)
	assert.Contains(t, string(b), `"per":"168h"`)
	assert.Contains(t, string(b), `"max_change_failure_percent":"5"`)
	assert.NotContains(t, string(b), "86400000000000")
	var back BandTable
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, DefaultBands().Source, back.Source)
	require.Len(t, back.Bands, 4)
	for k := range back.Bands {
		x, y := back.Bands[k], DefaultBands().Bands[k]
		assert.Equal(t, y.Name, x.Name)
		assert.Equal(t, y.LeadTimeUnder, x.LeadTimeUnder)
		assert.Equal(t, y.RecoveryUnder, x.RecoveryUnder)
		assert.Equal(t, y.MinDeployments, x.MinDeployments)
		if y.MaxChangeFailurePercent != nil {
			assert.True(t, y.MaxChangeFailurePercent.Equal(*x.MaxChangeFailurePercent))
		}
	}
	b2, _ := json.Marshal(back)
	assert.Equal(t, string(b), string(b2))

	for _, bad := range []string{
		`{"bands":[]}`,
		`{"bands":[{"name":"a","lead_time_under":"1h"}]}`,                                                  // last band limited
		`{"bands":[{"name":"a"},{"name":"a"}]}`,                                                            // repeated
		`{"bands":[{"name":"a","lead_time_under":"2h"},{"name":"b","lead_time_under":"1h"},{"name":"c"}]}`, // stricter later
		`{"bands":[{"name":"a","max_change_failure_percent":"101"},{"name":"c"}]}`,
		`{"bands":[{"name":"a","min_deployments":{"count":0,"per":"1h"}},{"name":"c"}]}`,
		`{"bands":[{"name":"a","min_deployments":{"count":1,"per":"1h"}},{"name":"b","min_deployments":{"count":2,"per":"1h"}},{"name":"c"}]}`,
		`{"bands":[{"name":"a","lead_time_under":"soon"},{"name":"c"}]}`,
	} {
		var bt BandTable
		assert.Error(t, json.Unmarshal([]byte(bad), &bt), bad)
	}
	custom := `{"source":"team","bands":[{"name":"good","max_change_failure_percent":"20","recovery_under":"48h"},{"name":"bad"}]}`
	var bt BandTable
	require.NoError(t, json.Unmarshal([]byte(custom), &bt))
	assert.Equal(t, itsm.Duration(48*time.Hour), bt.Bands[0].RecoveryUnder)
	assert.True(t, bt.Bands[0].MaxChangeFailurePercent.Equal(decimal.NewFromInt(20)))
}

// Configuration durations are itsm.Duration text: "30d" was accepted as 30
// × 24 h here and refused by package sla; now days are refused everywhere,
// with itsm.ParseDuration's error, and 30 days is written "720h".
func TestDurationText(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want time.Duration
		out  string
	}{
		{"4h", 4 * time.Hour, "4h"}, {"30m", 30 * time.Minute, "30m"}, {"1h30m", 90 * time.Minute, "1h30m"},
		{"720h", 30 * day, "720h"}, {"180h", 7*day + 12*time.Hour, "180h"}, {"-5m", -5 * time.Minute, "-5m"},
		{"0s", 0, "0s"}, {"1.5s", 1500 * time.Millisecond, "1.5s"}, {"-24h", -day, "-24h"}, {"1h0m10s", time.Hour + 10*time.Second, "1h10s"},
	} {
		got, err := itsm.ParseDuration(tc.in)
		require.NoError(t, err, tc.in)
		assert.Equal(t, itsm.Duration(tc.want), got, tc.in)
		assert.Equal(t, tc.out, got.String())
	}
	for _, bad := range []string{"", "d", "1x", "30d", "7d12h", "1d-1h", "--1h", "xd", "1d+1h", "106752d", "-d1h"} {
		_, err := itsm.ParseDuration(bad)
		assert.ErrorIs(t, err, itsm.ErrDuration, bad)
	}
	var s SLO
	err := json.Unmarshal([]byte(`{"target":"99.9","window":"rolling","length":"30d"}`), &s)
	assert.ErrorIs(t, err, itsm.ErrDuration)
	assert.ErrorIs(t, err, ErrInvalidConfig)
	assert.ErrorContains(t, err, `"30d"`)
	assert.ErrorContains(t, err, "days and weeks are ambiguous; write hours (24h)")
}
