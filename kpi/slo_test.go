package kpi

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/itsmkit/itsm"
)

func TestSLOJSON(t *testing.T) {
	for _, js := range []string{
		`{"name":"api","target":"99.9","window":"rolling","length":"720h"}`,
		`{"name":"api","target":"99.5","window":"calendar_month","zone":"Europe/Berlin"}`,
		`{"target":"95","window":"calendar_month"}`,
	} {
		var s SLO
		require.NoError(t, json.Unmarshal([]byte(js), &s), js)
		b, err := json.Marshal(s)
		require.NoError(t, err)
		assert.JSONEq(t, js, string(b))
	}
	var s SLO
	require.NoError(t, json.Unmarshal([]byte(`{"target":"99.9","window":"rolling","length":"720h"}`), &s))
	assert.Equal(t, itsm.Duration(days30), s.Length)
	for _, bad := range []string{
		`{"target":"100","window":"rolling","length":"720h"}`,
		`{"target":"0","window":"rolling","length":"720h"}`,
		`{"target":"-5","window":"rolling","length":"720h"}`,
		`{"target":"99","window":"rolling"}`,
		`{"target":"99","window":"rolling","length":"-1h"}`,
		`{"target":"99","window":"rolling","length":"1h","zone":"UTC"}`,
		`{"target":"99","window":"calendar_month","length":"1h"}`,
		`{"target":"99","window":"calendar_month","zone":"Mars/Olympus"}`,
		`{"target":"99","window":"weekly"}`,
		`{"target":"x","window":"rolling","length":"1h"}`,
	} {
		var s SLO
		assert.Error(t, json.Unmarshal([]byte(bad), &s), bad)
	}
}

func TestSLOWindowAt(t *testing.T) {
	ber, err := time.LoadLocation("Europe/Berlin")
	require.NoError(t, err)
	s := SLO{Target: dec("99.5"), Window: CalendarMonth, Zone: "Europe/Berlin"}
	// 2026-03-31 23:30 UTC is already April 1st in Berlin (CEST, +2).
	w, err := s.WindowAt(time.Date(2026, 3, 31, 23, 30, 0, 0, time.UTC))
	require.NoError(t, err)
	assert.True(t, w.Start.Equal(time.Date(2026, 4, 1, 0, 0, 0, 0, ber)))
	assert.True(t, w.End.Equal(time.Date(2026, 5, 1, 0, 0, 0, 0, ber)))
	assert.Equal(t, 30*day, w.Duration())
	// March 2026 in Berlin has 31 days minus the DST hour.
	w, _ = s.WindowAt(time.Date(2026, 3, 15, 0, 0, 0, 0, ber))
	assert.Equal(t, 31*day-time.Hour, w.Duration())
	r := SLO{Target: dec("99.9"), Window: Rolling, Length: itsm.Duration(days30)}
	now := time.Date(2026, 3, 15, 12, 0, 0, 0, time.UTC)
	w, _ = r.WindowAt(now)
	assert.Equal(t, itsm.Interval{Start: now.Add(-days30), End: now}, w)
	_, err = SLO{}.WindowAt(now)
	assert.ErrorIs(t, err, ErrInvalidConfig)
}

func TestErrorBudget(t *testing.T) {
	s := SLO{Target: dec("99.9"), Window: Rolling, Length: itsm.Duration(days30)}
	tb, err := s.Budget(int64(10*time.Minute), int64(days30)) // time-based: nanoseconds
	require.NoError(t, err)
	assert.Equal(t, 43*time.Minute+12*time.Second, time.Duration(tb.Allowed.IntPart()))
	rem := time.Duration(tb.Remaining.IntPart())
	assert.Equal(t, 33*time.Minute+12*time.Second, rem)

	b, err := s.Budget(250, 1_000_000)
	require.NoError(t, err)
	assert.Equal(t, "1000", b.Allowed.String())
	assert.Equal(t, "750", b.Remaining.String())
	p, _ := b.ConsumedPercent(2)
	assert.Equal(t, "25", p.String())
	assert.Equal(t, "0.25", b.BurnRate.String())
	assert.False(t, b.Exhausted)

	b, _ = s.Budget(1001, 1_000_000)
	assert.True(t, b.Exhausted)
	assert.Equal(t, "-1", b.Remaining.String())
	b, _ = s.Budget(1000, 1_000_000)
	assert.False(t, b.Exhausted, "spending exactly the budget is not exhausted")

	b, _ = s.Budget(1, 3000) // error ratio 1/3000 over allowed 1/1000 → 1/3
	assert.Equal(t, "0.333333333333333333", b.BurnRate.String(), "rounded half to even at itsm.RatePlaces")
	cp, _ := b.ConsumedPercent(2)
	assert.Equal(t, "33.33", cp.String())
	b, _ = s.Budget(0, 0)
	assert.True(t, b.BurnRate.IsZero(), "no data")
	_, ok := b.ConsumedPercent(2)
	assert.False(t, ok)
	_, err = s.Budget(2, 1)
	assert.ErrorIs(t, err, ErrOutOfRange)
	_, err = SLO{Target: dec("100"), Length: itsm.Duration(day)}.Budget(0, 1)
	assert.ErrorIs(t, err, ErrInvalidConfig)
}

func TestDefaultAlertPolicy(t *testing.T) {
	p := DefaultAlertPolicy()
	require.NoError(t, p.validate())
	assert.Equal(t, "14.4", p.Alerts[0].BurnRate.String())
	for k, want := range []struct {
		long, short time.Duration
		budget      int64
		burn        string
		sev         Severity
	}{{time.Hour, 5 * time.Minute, 2, "14.4", SeverityPage}, {6 * time.Hour, 30 * time.Minute, 5, "6", SeverityPage}, {3 * day, 6 * time.Hour, 10, "1", SeverityTicket}} {
		a, err := NewBurnRateAlert(want.sev, days30, want.long, want.short, decimal.NewFromInt(want.budget))
		require.NoError(t, err)
		assert.Equal(t, want.burn, a.BurnRate.String())
		assert.True(t, a.BurnRate.Equal(p.Alerts[k].BurnRate))
		assert.Equal(t, p.Alerts[k].Severity, a.Severity)
	}
	_, err := NewBurnRateAlert(SeverityPage, days30, 7*time.Hour, time.Hour, decimal.NewFromInt(1)) // 720/700 does not terminate
	assert.ErrorIs(t, err, ErrInvalidConfig)

	b, err := json.Marshal(p)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"long_window":"1h","short_window":"5m","burn_rate":"14.4"`)
	assert.Contains(t, string(b), `"severity":"ticket","long_window":"72h"`)
	var back AlertPolicy
	require.NoError(t, json.Unmarshal(b, &back))
	b2, _ := json.Marshal(back)
	assert.Equal(t, string(b), string(b2))

	var derived AlertPolicy
	require.NoError(t, json.Unmarshal([]byte(`{"period":"720h","alerts":[{"severity":"page","long_window":"1h","short_window":"5m","burn_rate":"14.4"}]}`), &derived))
	assert.Equal(t, "2", derived.Alerts[0].BudgetPercent.String())

	for _, bad := range []string{
		`{"period":"720h","alerts":[]}`,
		`{"period":"0s","alerts":[{"severity":"page","long_window":"1h","short_window":"5m","burn_rate":"14.4"}]}`,
		`{"period":"720h","alerts":[{"severity":"page","long_window":"1h","short_window":"1h","burn_rate":"14.4"}]}`,
		`{"period":"720h","alerts":[{"severity":"page","long_window":"1h","short_window":"5m","burn_rate":"0"}]}`,
		`{"period":"720h","alerts":[{"severity":"page","long_window":"1h","short_window":"5m","burn_rate":"14.4","budget_percent":"3"}]}`,
		`{"period":"720h","alerts":[{"severity":"email","long_window":"1h","short_window":"5m","burn_rate":"14.4"}]}`,
		`{"period":"1h","alerts":[{"severity":"page","long_window":"2h","short_window":"5m","burn_rate":"14.4"}]}`,
	} {
		var ap AlertPolicy
		assert.Error(t, json.Unmarshal([]byte(bad), &ap), bad)
	}
}

func TestEvaluateAlerts(t *testing.T) {
	s := SLO{Target: dec("99.9"), Window: Rolling, Length: itsm.Duration(days30)}
	p := DefaultAlertPolicy()
	obs := func(w1h, w5m, w6h, w30m, w3d Counts) map[time.Duration]Counts { // 6h is long for row 2, short for row 3
		return map[time.Duration]Counts{time.Hour: w1h, 5 * time.Minute: w5m, 6 * time.Hour: w6h, 30 * time.Minute: w30m, 3 * day: w3d}
	}
	// 1.5 % errors everywhere: burn 15 > 14.4, > 6, > 1 → all fire.
	e := Counts{15, 1000}
	res, err := s.EvaluateAlerts(p, obs(e, e, e, e, e))
	require.NoError(t, err)
	require.Len(t, res, 3)
	for _, r := range res {
		assert.True(t, r.Fires)
		assert.Equal(t, "15", r.LongBurn.String())
		assert.Equal(t, e, r.Long)
	}
	// Exactly 14.4 (1.44 % errors) does not exceed 14.4.
	x := Counts{144, 10000}
	res, _ = s.EvaluateAlerts(p, obs(x, x, x, x, x))
	assert.False(t, res[0].Fires)
	assert.True(t, res[1].Fires)
	// Long window burning but the short window has recovered: no page.
	res, _ = s.EvaluateAlerts(p, obs(e, Counts{0, 1000}, e, Counts{1, 1000}, e))
	assert.False(t, res[0].Fires)
	assert.False(t, res[1].Fires)
	assert.True(t, res[2].Fires) // the 6h window (shared by rows 2 and 3) is still at 15
	// A short spike without long-window burn: no page.
	res, _ = s.EvaluateAlerts(p, obs(Counts{1, 1000}, e, Counts{1, 1000}, e, Counts{0, 1000}))
	for _, r := range res {
		assert.False(t, r.Fires)
	}
	// No traffic: no burn rate, no alert.
	z := Counts{}
	res, _ = s.EvaluateAlerts(p, obs(z, z, z, z, z))
	assert.True(t, res[0].LongBurn.IsZero() && res[0].Long.Total == 0, "no data")
	assert.False(t, res[0].Fires)

	_, err = s.EvaluateAlerts(p, map[time.Duration]Counts{time.Hour: e})
	assert.ErrorIs(t, err, ErrOutOfRange)
	_, err = s.EvaluateAlerts(p, obs(Counts{2, 1}, e, e, e, e))
	assert.ErrorIs(t, err, ErrOutOfRange)
	_, err = s.EvaluateAlerts(AlertPolicy{}, obs(e, e, e, e, e))
	assert.ErrorIs(t, err, ErrInvalidConfig)
}

func TestCountsOver(t *testing.T) {
	now := at(60)
	bs := []CountBucket{{iv(0, 30), Counts{1, 10}}, {iv(30, 55), Counts{2, 20}}, {iv(55, 60), Counts{3, 30}}, {iv(60, 65), Counts{9, 9}}}
	c, err := CountsOver(bs, now, 5*time.Minute)
	require.NoError(t, err)
	assert.Equal(t, Counts{3, 30}, c)
	c, _ = CountsOver(bs, now, time.Hour)
	assert.Equal(t, Counts{6, 60}, c)
	_, err = CountsOver(bs, now, 10*time.Minute)
	assert.ErrorIs(t, err, ErrOutOfRange)
	_, err = CountsOver([]CountBucket{{iv(5, 0), Counts{}}}, now, time.Hour)
	assert.ErrorIs(t, err, itsm.ErrInterval)

	// against a reference on minute buckets
	rapid.Check(t, func(t *rapid.T) {
		n := rapid.IntRange(0, 50).Draw(t, "n")
		var bs []CountBucket
		var ref []Counts
		for k := range n {
			tot := rapid.Int64Range(0, 100).Draw(t, "tot")
			c := Counts{rapid.Int64Range(0, tot).Draw(t, "bad"), tot}
			bs = append(bs, CountBucket{iv(k, k+1), c})
			ref = append(ref, c)
		}
		end := rapid.IntRange(0, 60).Draw(t, "now")
		w := rapid.IntRange(0, 60).Draw(t, "w")
		got, err := CountsOver(bs, at(end), time.Duration(w)*time.Minute)
		if err != nil {
			t.Fatal(err)
		}
		var want Counts
		for k := max(0, end-w); k < min(end, n); k++ {
			want.Bad += ref[k].Bad
			want.Total += ref[k].Total
		}
		if got != want {
			t.Fatalf("got %v want %v", got, want)
		}
	})
}
