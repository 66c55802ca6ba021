package sla

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/itsmkit/itsm/calendar"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A self-contained configuration embeds its calendars.
func TestPolicyEmbeddedCalendar(t *testing.T) {
	const config = `{
	  "priority_change": "keep",
	  "calendars": {"office": {"zone": "Europe/Berlin", "week": "Mon-Fri 08:00-17:00", "holidays": [{"region": "DE-NW"}]}},
	  "rules": [{"targets": [{"name": "resolution", "metric": "resolution", "goal": {"working_days": 1}, "schedule": "office"}]}]
	}`
	var spec PolicySpec
	require.NoError(t, json.Unmarshal([]byte(config), &spec))
	p, err := NewPolicy(spec, nil)
	require.NoError(t, err)
	// Created Thursday 24 Dec 2026 10:00: Christmas (Fri, Sat) and the
	// weekend are closed, so one working day later is Monday 28 Dec 10:00.
	c := at(2026, time.December, 24, 10, 0)
	sts, err := p.Evaluate(Ticket{Events: []Event{ev(c, Created)}}, c)
	require.NoError(t, err)
	require.Len(t, sts, 1)
	assert.True(t, sts[0].Deadline.Equal(at(2026, time.December, 28, 10, 0)), sts[0].Deadline)

	b, err := json.Marshal(p)
	require.NoError(t, err)
	var spec2 PolicySpec
	require.NoError(t, json.Unmarshal(b, &spec2))
	p2, err := NewPolicy(spec2, nil)
	require.NoError(t, err)
	b2, err := json.Marshal(p2)
	require.NoError(t, err)
	assert.JSONEq(t, string(b), string(b2))

	// A caller's schedule of the same name wins; a broken calendar is an error.
	p3, err := NewPolicy(spec, map[string]Schedule{"office": calendar.AlwaysOpen()})
	require.NoError(t, err)
	sts, err = p3.Evaluate(Ticket{Events: []Event{ev(c, Created)}}, c)
	require.NoError(t, err)
	assert.True(t, sts[0].Deadline.Equal(c.AddDate(0, 0, 1)))
	var bad PolicySpec
	require.NoError(t, json.Unmarshal([]byte(`{"calendars": {"x": {"zone": "Mars/Base"}}, "rules": [{"targets": [{"name": "r", "metric": "resolution", "goal": {"business": "1h"}, "schedule": "x"}]}]}`), &bad))
	_, err = NewPolicy(bad, nil)
	assert.ErrorIs(t, err, ErrConfig)
	assert.Contains(t, err.Error(), `"x"`)
}

// The configuration shown in the package documentation is valid.
func TestDocConfiguration(t *testing.T) {
	const doc = `{
	  "priority_change": "retroactive",
	  "calendars": {"office": {"zone": "Europe/Berlin", "week": "Mon-Fri 08:00-17:00",
	                           "holidays": [{"region": "DE-NW"}]}},
	  "conditions": {"resolution": {"pause": ["Awaiting User Info", "Awaiting Vendor"]}},
	  "rules": [
	    {"priorities": ["P1"], "targets": [
	      {"name": "P1 response", "metric": "response", "goal": {"business": "15m"}, "schedule": "24x7"},
	      {"name": "P1 resolution", "metric": "resolution", "goal": {"business": "4h"}, "schedule": "24x7",
	       "thresholds": [50, 75, 100, 150], "escalations": [{"name": "duty manager", "offset": "-1h"}]}]},
	    {"priorities": ["P3"], "targets": [
	      {"name": "P3 resolution", "metric": "resolution", "goal": {"working_days": 3}, "schedule": "office"}]}
	  ]
	}`
	var spec PolicySpec
	require.NoError(t, json.Unmarshal([]byte(doc), &spec))
	p, err := NewPolicy(spec, nil)
	require.NoError(t, err)
	assert.Equal(t, []string{"SLA response", "SLA resolution"}, p.slots)
	assert.Len(t, p.Targets("P1", nil)[1].thresholds, 4)
}
