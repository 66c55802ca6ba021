package sla

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/itsmkit/itsm"
	"github.com/stretchr/testify/require"
)

// Every configuration and input type rejects a misspelt key under plain
// json.Unmarshal, with an error naming the key. Regression: "pasue" in a
// policy decoded as "no pause" and "escalatons" as "no escalation", so the
// SLA was silently wrong.
func TestJSONUnknownKeys(t *testing.T) {
	cases := []struct {
		name     string
		into     func() any
		json     string
		key      string
		sentinel error
	}{
		{"PolicySpec", func() any { return new(PolicySpec) }, `{"name":"p","ruels":[]}`, "ruels", ErrConfig},
		{"PolicySpec.Conditions (nested)", func() any { return new(PolicySpec) },
			`{"conditions":{"resolution":{"pasue":["Awaiting Vendor"]}},"rules":[]}`, "pasue", ErrConfig},
		{"Rule (nested)", func() any { return new(PolicySpec) }, `{"rules":[{"name":"r","priority":["P1"],"targets":[]}]}`, "priority", ErrConfig},
		{"Rule.Targets (nested)", func() any { return new(PolicySpec) },
			`{"rules":[{"targets":[{"name":"t","metric":"resolution","goal":{"business":"4h"},"escalatons":[]}]}]}`, "escalatons", ErrConfig},
		{"TargetSpec", func() any { return new(TargetSpec) }, `{"name":"t","metric":"resolution","goal":{"business":"4h"},"escalatons":[{"name":"m","offset":"-1h"}]}`, "escalatons", ErrConfig},
		{"TargetSpec.Conditions (nested)", func() any { return new(TargetSpec) },
			`{"name":"t","metric":"resolution","goal":{"business":"4h"},"conditions":{"pasue":["Awaiting Vendor"]}}`, "pasue", ErrConfig},
		{"Condition (nested)", func() any { return new(TargetSpec) }, `{"name":"t","conditions":{"stop":{"event":["resolve"]}}}`, "event", ErrConfig},
		{"Conditions.Stop (nested)", func() any { return new(PolicySpec) }, `{"conditions":{"resolution":{"stop":{"stats":["Resolved"]}}}}`, "stats", ErrConfig},
		{"Escalation (nested)", func() any { return new(TargetSpec) }, `{"name":"t","escalations":[{"name":"m","ofset":"-1h"}]}`, "ofset", ErrConfig},
		{"Goal", func() any { return new(Goal) }, `{"bussiness":"4h"}`, "bussiness", ErrConfig},
		{"Goal with a second key", func() any { return new(Goal) }, `{"business":"4h","workingDay":1}`, "workingDay", ErrConfig},
		{"CreditSchedule", func() any { return new(CreditSchedule) }, `{"tiers":[],"capPercnt":"10"}`, "capPercnt", ErrConfig},
		{"CreditSchedule.Tiers (nested)", func() any { return new(CreditSchedule) }, `{"tiers":[{"below":"99.9","credt":"10"}]}`, "credt", ErrConfig},
		{"BreachPenalty (nested)", func() any { return new(CreditSchedule) }, `{"per_breach":[{"target":"t","amount":"5","capp":"9"}]}`, "capp", ErrConfig},
		{"Rounding (nested)", func() any { return new(CreditSchedule) }, `{"rounding":{"places":2,"mod":"half_even"}}`, "mod", ErrConfig},
		{"CreditSchedule.Rounding (nested)", func() any { return new(CreditSchedule) }, `{"rounding":{"place":2}}`, "place", ErrConfig},
		{"AvailabilityTarget", func() any { return new(AvailabilityTarget) }, `{"name":"a","percent":"99.9","hour":"office"}`, "hour", ErrConfig},
		{"Event", func() any { return new(Event) }, `{"at":"2026-01-01T00:00:00Z","kind":"created","prio":"P1"}`, "prio", ErrEvent},
		{"Ticket", func() any { return new(Ticket) }, `{"id":"1","attributes":{},"events":[]}`, "attributes", ErrEvent},
		{"Ticket.Events (nested)", func() any { return new(Ticket) }, `{"events":[{"at":"2026-01-01T00:00:00Z","kind":"created","sate":"New"}]}`, "sate", ErrEvent},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := json.Unmarshal([]byte(c.json), c.into())
			require.Error(t, err)
			require.Contains(t, err.Error(), `"`+c.key+`"`, "the error names the unknown key")
			require.ErrorIs(t, err, c.sentinel)
			var e *itsm.Error
			require.True(t, errors.As(err, &e), "structured error: %v", err)
		})
	}
}

// The same documents without the misspelling decode, so the rejections
// above are about the key and nothing else.
func TestJSONKnownKeysAccepted(t *testing.T) {
	for _, c := range []struct {
		into func() any
		json string
	}{
		{func() any { return new(PolicySpec) }, `{"conditions":{"resolution":{"pause":["Awaiting Vendor"]}},"rules":[]}`},
		{func() any { return new(PolicySpec) }, `{"rules":[{"targets":[{"name":"t","metric":"resolution","goal":{"business":"4h"},"escalations":[]}]}]}`},
		{func() any { return new(TargetSpec) }, `{"conditions":{"pause":["Awaiting Vendor"],"stop":{"states":["Resolved"]}}}`},
		{func() any { return new(EscalationAt) }, `{"name":"m","offset":"-1h","at":"2026-01-01T00:00:00Z"}`},
		{func() any { return new(CreditSchedule) }, `{"tiers":[{"below":"99.9","credit":"10"}],"rounding":{"places":2}}`},
		{func() any { return new(AvailabilityTarget) }, `{"name":"a","percent":"99.9","hours":"office"}`},
		{func() any { return new(Ticket) }, `{"events":[{"at":"2026-01-01T00:00:00Z","kind":"created","state":"New"}]}`},
	} {
		require.NoError(t, json.Unmarshal([]byte(c.json), c.into()), c.json)
	}
	var e EscalationAt
	require.NoError(t, json.Unmarshal([]byte(`{"name":"m","offset":"-1h","at":"2026-01-01T00:00:00Z"}`), &e))
	require.Equal(t, "m", e.Name)
	require.Equal(t, itsm.Duration(-time.Hour), e.Offset)
	require.Equal(t, 2026, e.At.Year())
}

// Called directly, UnmarshalJSON rejects trailing data; null leaves the
// value unchanged.
func TestJSONTrailingDataAndNull(t *testing.T) {
	var p PolicySpec
	require.Error(t, p.UnmarshalJSON([]byte(`{"rules":[]} {"rules":[]}`)))
	var ts TargetSpec
	require.Error(t, ts.UnmarshalJSON([]byte(`{"conditions":{"pause":["x"]}}x`)))
	var g Goal
	require.Error(t, g.UnmarshalJSON([]byte(`{"business":"4h"}{}`)))
	ts = TargetSpec{Conditions: &Conditions{Pause: []string{"kept"}}}
	require.NoError(t, ts.UnmarshalJSON([]byte(` null `)))
	require.Equal(t, []string{"kept"}, ts.Conditions.Pause)
}
