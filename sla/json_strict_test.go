package sla

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

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
		{"PolicySpec", func() any { return new(PolicySpec) }, `{"name":"p","ruels":[]}`, "ruels", ErrPolicy},
		{"PolicySpec.Conditions (nested)", func() any { return new(PolicySpec) },
			`{"conditions":{"resolution":{"pasue":["Awaiting Vendor"]}},"rules":[]}`, "pasue", ErrConditions},
		{"Rule", func() any { return new(Rule) }, `{"name":"r","priority":["P1"],"targets":[]}`, "priority", ErrPolicy},
		{"Rule.Targets (nested)", func() any { return new(Rule) },
			`{"targets":[{"name":"t","metric":"resolution","goal":{"business":"4h"},"escalatons":[]}]}`, "escalatons", ErrPolicy},
		{"TargetSpec", func() any { return new(TargetSpec) }, `{"name":"t","metric":"resolution","goal":{"business":"4h"},"escalatons":[{"name":"m","offset":"-1h"}]}`, "escalatons", ErrPolicy},
		{"TargetSpec.Conditions (nested)", func() any { return new(TargetSpec) },
			`{"name":"t","metric":"resolution","goal":{"business":"4h"},"conditions":{"pasue":["Awaiting Vendor"]}}`, "pasue", ErrConditions},
		{"Conditions", func() any { return new(Conditions) }, `{"pasue":["Awaiting Vendor"]}`, "pasue", ErrConditions},
		{"Condition", func() any { return new(Condition) }, `{"event":["resolve"]}`, "event", ErrConditions},
		{"Conditions.Stop (nested)", func() any { return new(Conditions) }, `{"stop":{"stats":["Resolved"]}}`, "stats", ErrConditions},
		{"Escalation", func() any { return new(Escalation) }, `{"name":"m","ofset":"-1h"}`, "ofset", ErrPolicy},
		{"EscalationAt", func() any { return new(EscalationAt) }, `{"name":"m","offset":"-1h","at":"2026-01-01T00:00:00Z","when":1}`, "when", ErrPolicy},
		{"Goal", func() any { return new(Goal) }, `{"bussiness":"4h"}`, "bussiness", ErrGoal},
		{"Goal with a second key", func() any { return new(Goal) }, `{"business":"4h","workingDay":1}`, "workingDay", ErrGoal},
		{"CreditSchedule", func() any { return new(CreditSchedule) }, `{"tiers":[],"capPercnt":"10"}`, "capPercnt", ErrCredit},
		{"CreditTier", func() any { return new(CreditTier) }, `{"below":"99.9","credt":"10"}`, "credt", ErrCredit},
		{"CreditSchedule.Tiers (nested)", func() any { return new(CreditSchedule) }, `{"tiers":[{"below":"99.9","credt":"10"}]}`, "credt", ErrCredit},
		{"BreachPenalty", func() any { return new(BreachPenalty) }, `{"target":"t","amount":"5","capp":"9"}`, "capp", ErrCredit},
		{"Rounding", func() any { return new(Rounding) }, `{"places":2,"mod":"half-even"}`, "mod", ErrRounding},
		{"CreditSchedule.Rounding (nested)", func() any { return new(CreditSchedule) }, `{"rounding":{"place":2}}`, "place", ErrRounding},
		{"AvailabilityTarget", func() any { return new(AvailabilityTarget) }, `{"name":"a","percent":"99.9","hour":"office"}`, "hour", ErrAvailability},
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
			var e *Error
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
		{func() any { return new(Rule) }, `{"targets":[{"name":"t","metric":"resolution","goal":{"business":"4h"},"escalations":[]}]}`},
		{func() any { return new(Conditions) }, `{"pause":["Awaiting Vendor"],"stop":{"states":["Resolved"]}}`},
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
	require.Equal(t, Duration(-time.Hour), e.Offset)
	require.Equal(t, 2026, e.At.Year())
}

// Called directly, UnmarshalJSON rejects trailing data; null leaves the
// value unchanged.
func TestJSONTrailingDataAndNull(t *testing.T) {
	var p PolicySpec
	require.Error(t, p.UnmarshalJSON([]byte(`{"rules":[]} {"rules":[]}`)))
	var c Conditions
	require.Error(t, c.UnmarshalJSON([]byte(`{"pause":["x"]}x`)))
	var g Goal
	require.Error(t, g.UnmarshalJSON([]byte(`{"business":"4h"}{}`)))
	c = Conditions{Pause: []string{"kept"}}
	require.NoError(t, c.UnmarshalJSON([]byte(` null `)))
	require.Equal(t, []string{"kept"}, c.Pause)
}
