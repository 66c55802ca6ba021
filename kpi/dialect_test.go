package kpi

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/itsmkit/itsm"
	"github.com/itsmkit/itsm/internal/apitest"
	"github.com/itsmkit/itsm/internal/jsonconv"
	"github.com/itsmkit/itsm/internal/strictjson"
)

// The module's one dialect (issue 13): snake_case JSON keys with explicit
// tags on every configuration, input and result type, no time.Duration,
// *big.Rat or float in them, and no method that panics on a nil receiver.
// Regression: kpi mixed camelCase ("longWindow", "satisfiedFrom") with
// untagged results, CountBucket wrote "start" next to "Bad", and burn rates
// were *big.Rat (nil for no data).
func TestDialect(t *testing.T) {
	roots := []any{
		// configuration
		SLO{}, AlertPolicy{}, BurnRateAlert{}, BandTable{}, Band{}, DeployRate{}, CSATConfig{}, Scale{},
		// input records
		Ticket{}, TicketOutcome{}, Deployment{}, Failure{}, CountBucket{}, Counts{},
		// results and accumulators
		Availability{}, DORAReport{}, Classification{}, ErrorBudget{}, AlertResult{}, AgeBucket{},
		Flow{}, DeskRates{}, Attainment{}, CSAT{}, NPS{}, TimeTo{}, Sample{}, DurationStats{},
		// the JSON forms of the accumulators with unexported state (issue 18)
		statsJSON{}, sampleJSON{}, sketchJSON{}, backlogJSON{}, csatJSON{},
	}
	if p := jsonconv.CheckTypes(roots...); len(p) > 0 {
		t.Errorf("types break the JSON convention:\n%s", strings.Join(p, "\n"))
	}

	// The JSON of the docs and Examples decodes and uses the convention.
	docs := map[string]any{
		`{"name": "api", "target": "99.9", "window": "rolling", "length": "720h"}`:                 new(SLO),
		`{"name": "api", "target": "99.5", "window": "calendar_month", "zone": "Europe/Berlin"}`:   new(SLO),
		`{"scale": {"min": 1, "max": 5}, "satisfied_from": 4}`:                                     new(CSATConfig),
		`{"start": "2026-01-01T00:00:00Z", "end": "2026-01-01T00:01:00Z", "bad": 1, "total": 100}`: new(CountBucket),
		`{"period": "720h",
		  "alerts": [{"severity": "page", "long_window": "1h", "short_window": "5m",
		              "burn_rate": "14.4", "budget_percent": "2"}]}`: new(AlertPolicy),
		`{"source": "…",
		  "bands": [{"name": "elite", "min_deployments": {"count": 1, "per": "24h"},
		             "lead_time_under": "24h", "max_change_failure_percent": "5",
		             "recovery_under": "1h"},
		            {"name": "low"}]}`: new(BandTable),
	}
	for doc, into := range docs {
		if p := jsonconv.CheckJSON([]byte(doc)); len(p) > 0 {
			t.Errorf("%s:\n%s", doc, strings.Join(p, "\n"))
		}
		require.NoError(t, json.Unmarshal([]byte(doc), into), doc)
	}

	// Marshalled results use it too, with readable durations.
	start := t0
	h := func(n int) time.Time { return start.Add(time.Duration(n) * time.Hour) }
	av, err := ComputeAvailability(iv(0, 30*1440), []itsm.Interval{iv(60, 90), iv(80, 100), iv(5, 4)}, nil, officeHours())
	require.Error(t, err) // one rejected outage, listed in av.Rejected
	dora, err := ComputeDORA(itsm.Interval{Start: start, End: h(7 * 24)},
		[]Deployment{{ID: "r1", At: h(10), CommittedAt: []time.Time{h(6)}}},
		[]Failure{{DeploymentID: "r1", Start: h(11), Restored: h(12)}, {DeploymentID: "r1", Start: h(13)}})
	require.NoError(t, err)
	cls, err := DefaultBands().Classify(dora)
	require.NoError(t, err)
	slo := SLO{Target: dec("99.9"), Window: Rolling, Length: itsm.Duration(days30)}
	bud, err := slo.Budget(250, 1_000_000)
	require.NoError(t, err)
	alerts, err := slo.EvaluateAlerts(DefaultAlertPolicy(), map[time.Duration]Counts{
		time.Hour: {20, 1000}, 5 * time.Minute: {20, 1000}, 6 * time.Hour: {20, 1000}, 30 * time.Minute: {}, 3 * day: {0, 1000}})
	require.NoError(t, err)
	b, err := NewBacklog(at(600), []time.Duration{time.Hour}, nil, Wall)
	require.NoError(t, err)
	require.NoError(t, b.Add(Ticket{Opened: at(0)}))
	csat, err := NewCSAT(DefaultCSAT())
	require.NoError(t, err)
	require.NoError(t, csat.Add(5))
	results := []any{av, dora, cls, bud, alerts, b.Distribution(), csat, DefaultBands(), DefaultAlertPolicy(), DefaultCSAT(), slo,
		Flow{Period: iv(0, 60), In: 2, Out: 1}, DeskRates{Tickets: 1}, Attainment{Met: 1, Total: 2}, NPS{Promoters: 1}}
	for _, r := range results {
		out, err := json.Marshal(r)
		require.NoError(t, err)
		if p := jsonconv.CheckJSON(out); len(p) > 0 {
			t.Errorf("%T %s:\n%s", r, out, strings.Join(p, "\n"))
		}
		assert.NotContains(t, string(out), "000000000,", "%T: a duration as nanoseconds: %s", r, out)
	}
	out, _ := json.Marshal(av)
	assert.Contains(t, string(out), `"scheduled":"160h","up":"160h","down":"0s"`)
	assert.Contains(t, string(out), `"rejected":[{"index":2,"kind":"outage","id":"","error":`)
	out, _ = json.Marshal(dora.LeadTime)
	assert.JSONEq(t, `{"stats":{"count":1,"sum":"14400000000000","min":"4h","max":"4h","mean":"4h"},"median":"4h","values":["4h"]}`, string(out))
	out, _ = json.Marshal(dora.Recovery)
	assert.JSONEq(t, `{"measure":"mttr_recover","clock":"wall",
		"completed":{"count":1,"sum":"3600000000000","min":"1h","max":"1h","mean":"1h"},
		"censored":{"count":1,"sum":"558000000000000","min":"155h","max":"155h","mean":"155h"}}`, string(out))
}

// Old camelCase and kebab-case spellings are refused with an error that
// names the snake_case key (or lists the valid values), never aliased.
func TestDialectOldSpellingsRefused(t *testing.T) {
	for _, c := range []struct {
		into func() any
		json string
		want string // in the error
	}{
		{func() any { return new(AlertPolicy) }, `{"period":"720h","alerts":[{"severity":"page","longWindow":"1h","short_window":"5m","burn_rate":"14.4"}]}`, `"long_window"`},
		{func() any { return new(AlertPolicy) }, `{"period":"720h","alerts":[{"severity":"page","long_window":"1h","short_window":"5m","burnRate":"14.4"}]}`, `"burn_rate"`},
		{func() any { return new(AlertPolicy) }, `{"period":"720h","alerts":[{"severity":"page","long_window":"1h","short_window":"5m","burn_rate":"14.4","budgetPercent":"2"}]}`, `"budget_percent"`},
		{func() any { return new(BandTable) }, `{"bands":[{"name":"a","leadTimeUnder":"1h"},{"name":"b"}]}`, `"lead_time_under"`},
		{func() any { return new(BandTable) }, `{"bands":[{"name":"a","minDeployments":{"count":1,"per":"1h"}},{"name":"b"}]}`, `"min_deployments"`},
		{func() any { return new(BandTable) }, `{"bands":[{"name":"a","maxChangeFailurePercent":"5"},{"name":"b"}]}`, `"max_change_failure_percent"`},
		{func() any { return new(BandTable) }, `{"bands":[{"name":"a","recoveryUnder":"1h"},{"name":"b"}]}`, `"recovery_under"`},
		{func() any { return new(CSATConfig) }, `{"scale":{"min":1,"max":5},"satisfiedFrom":4}`, `"satisfied_from"`},
		{func() any { return new(CountBucket) }, `{"start":"2026-01-01T00:00:00Z","end":"2026-01-01T00:01:00Z","Bad":1,"total":5}`, `"bad"`},
		{func() any { return new(CountBucket) }, `{"start":"2026-01-01T00:00:00Z","end":"2026-01-01T00:01:00Z","bad":1,"Total":5}`, `"total"`},
		{func() any { return new(SLO) }, `{"target":"99.5","window":"calendar-month"}`, "calendar_month"},
		{func() any { return new(SLO) }, `{"target":"99.9","window":"rolling","length":"30d"}`, "write hours (24h)"},
	} {
		err := json.Unmarshal([]byte(c.json), c.into())
		require.Error(t, err, c.json)
		assert.ErrorIs(t, err, ErrInvalidConfig, c.json)
		assert.ErrorContains(t, err, c.want, c.json)
		var e *itsm.Error
		assert.True(t, errors.As(err, &e) && e.Pkg == "kpi", "%s: %v is not a kpi *itsm.Error", c.json, err)
	}
	// the generic unknown-key error of strictjson, wrapped
	err := json.Unmarshal([]byte(`{"scale":{"min":1,"max":5},"satisfiedFrom":4}`), new(CSATConfig))
	assert.ErrorIs(t, err, strictjson.ErrUnknownKey)
	// enumerations: one text form each, the old ones refused listing the valid ones
	for _, c := range []struct {
		u    interface{ UnmarshalText([]byte) error }
		old  string
		want string
	}{
		{new(Measure), "mttr-resolve", "mttr_resolve"},
		{new(WindowKind), "calendar-month", "calendar_month"},
		{new(Severity), "Page", "page, ticket"},
		{new(Clock), "Wall", "wall, business"},
	} {
		err := c.u.UnmarshalText([]byte(c.old))
		assert.ErrorIs(t, err, ErrInvalidConfig)
		assert.ErrorContains(t, err, c.want)
		var e *itsm.Error
		require.ErrorAs(t, err, &e)
		assert.NotEmpty(t, e.Valid, "%T lists the valid values", c.u)
	}
}

// Every exported enumeration has one text form, shown by String and used by
// MarshalText and UnmarshalText, for every declared value; an undeclared
// value prints as kind(N) and does not marshal.
func TestDialectEnums(t *testing.T) {
	check := func(v interface {
		String() string
		MarshalText() ([]byte, error)
	}, back interface{ UnmarshalText([]byte) error }) {
		b, err := v.MarshalText()
		require.NoError(t, err, "%T %v", v, v)
		assert.Equal(t, v.String(), string(b))
		assert.True(t, jsonconv.ValidKey(string(b)), "%q is not lower snake_case", b)
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, v, reflect.ValueOf(back).Elem().Interface())
	}
	for m := MeasureUnspecified; m <= MTTF; m++ {
		check(m, new(Measure))
	}
	for _, c := range []Clock{Wall, Business} {
		check(c, new(Clock))
	}
	for _, s := range []Severity{SeverityPage, SeverityTicket} {
		check(s, new(Severity))
	}
	for _, k := range []WindowKind{Rolling, CalendarMonth} {
		check(k, new(WindowKind))
	}
	for _, m := range []PercentileMethod{NearestRank, Linear} {
		assert.True(t, jsonconv.ValidKey(m.String()))
	}
	assert.Equal(t, "severity(9)", Severity(9).String())
	_, err := Severity(9).MarshalText()
	assert.ErrorIs(t, err, ErrInvalidConfig)
	// an undeclared value in a configuration built in code lists the valid ones
	p := DefaultAlertPolicy()
	p.Alerts[0].Severity = 9
	_, err = SLO{Target: dec("99.9"), Window: Rolling, Length: p.Period}.EvaluateAlerts(p, nil)
	var e *itsm.Error
	require.ErrorAs(t, err, &e)
	assert.Equal(t, []string{"page", "ticket"}, e.Valid)
	assert.ErrorIs(t, err, ErrInvalidConfig)
}

// The module's nil-receiver rule: a method on a nil pointer returns an
// error or its documented zero answer; it never panics.
func TestDialectNilReceivers(t *testing.T) {
	ptrs := []any{(*Backlog)(nil), (*Sample)(nil), (*Sketch)(nil), (*TimeTo)(nil), (*DurationStats)(nil),
		(*Flow)(nil), (*DeskRates)(nil), (*Attainment)(nil), (*CSAT)(nil), (*NPS)(nil),
		(*SLO)(nil), (*AlertPolicy)(nil), (*BandTable)(nil), (*CSATConfig)(nil), (*CountBucket)(nil),
		(*Measure)(nil), (*Clock)(nil), (*Severity)(nil), (*WindowKind)(nil)}
	if p := apitest.NilPanics(ptrs...); len(p) > 0 {
		t.Errorf("methods panic on a nil receiver:\n%s", strings.Join(p, "\n"))
	}
	// With valid input, so that only the nil receiver can fail.
	for in, u := range map[string]interface{ UnmarshalJSON([]byte) error }{
		`{"target":"99.9","window":"rolling","length":"1h"}`:                                                         (*SLO)(nil),
		`{"period":"720h","alerts":[{"severity":"page","long_window":"1h","short_window":"5m","burn_rate":"14.4"}]}`: (*AlertPolicy)(nil),
		`{"bands":[{"name":"all"}]}`:                                                      (*BandTable)(nil),
		`{"scale":{"min":1,"max":5},"satisfied_from":4}`:                                  (*CSATConfig)(nil),
		`{"start":"2026-01-01T00:00:00Z","end":"2026-01-01T00:01:00Z","bad":1,"total":5}`: (*CountBucket)(nil),
	} {
		assert.ErrorIs(t, u.UnmarshalJSON([]byte(in)), ErrInvalidConfig, "%T", u)
	}
	for in, u := range map[string]interface{ UnmarshalText([]byte) error }{
		"mtta": (*Measure)(nil), "wall": (*Clock)(nil), "page": (*Severity)(nil), "rolling": (*WindowKind)(nil),
	} {
		assert.ErrorIs(t, u.UnmarshalText([]byte(in)), ErrInvalidConfig, "%T", u)
	}
	var b *Backlog
	assert.ErrorIs(t, b.Add(Ticket{}), ErrInvalidConfig)
	assert.Equal(t, int64(0), b.Ages().Count())
	var s *Sample
	assert.ErrorIs(t, s.Add(time.Second), ErrInvalidConfig)
	assert.Equal(t, int64(0), s.AtLeast().Stats().Count())
}
