package sla_test

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/itsmkit/itsm/sla"
)

// A policy checked before go-live: one finding of every code, each with
// its severity, where it is and why.
func ExamplePolicy_Lint() {
	var spec sla.PolicySpec
	err := json.Unmarshal([]byte(`{
  "name": "go-live candidate",
  "priority_change": "keep",
  "states": ["New", "In Progress", "Awaiting User", "Resolved", "Closed"],
  "priorities": ["P1", "P2", "P3", "P4"],
  "calendars": {
    "office":   {"zone": "Europe/Berlin", "week": "Mon-Fri 08:00-17:00"},
    "saturday": {"zone": "Europe/Berlin", "week": "Sat 09:00-13:00"}},
  "conditions": {
    "resolution": {"pause": ["Awaiting User", "Resolved"],
                   "resume": {"states": ["Awaiting User"]},
                   "stop": {"events": ["resolve", "close"], "states": ["Resolved"]}}},
  "rules": [
    {"name": "major", "priorities": ["P1", "P2"], "targets": [
      {"name": "P1 resolution", "metric": "resolution", "goal": {"business": "4h"}, "schedule": "office",
       "thresholds": [75, 50, 100],
       "escalations": [{"name": "manager", "offset": "-5h"}, {"name": "director", "offset": "2h"}],
       "underpinned_by": ["vendor fix"]},
      {"name": "vendor fix", "kind": "uc", "metric": "resolution", "goal": {"business": "8h"}, "schedule": "office"}]},
    {"name": "P2 only", "priorities": ["P2"], "targets": [
      {"name": "P2 resolution", "metric": "resolution", "goal": {"business": "8h"}, "schedule": "office"}]},
    {"name": "minor", "priorities": ["P3", "P5"], "targets": [
      {"name": "P3 response", "metric": "response", "goal": {"business": "3000h"}, "schedule": "saturday",
       "conditions": {"start": {"states": ["Triage"]}}}]}
  ]
}`), &spec)
	if err != nil {
		panic(err)
	}
	p, err := sla.NewPolicy(spec, nil)
	if err != nil {
		panic(err)
	}
	findings, err := p.Lint(time.Date(2026, 1, 5, 0, 0, 0, 0, time.UTC))
	if err != nil {
		panic(err)
	}
	for _, f := range findings {
		fmt.Println(f)
	}
	b, _ := json.Marshal(findings[0])
	fmt.Println(string(b))
	// Output:
	// error pause_and_stop: conditions for "resolution": state "Resolved" both pauses and stops the clock: the stop wins, the pause never applies
	// error pause_never_resumed: conditions for "resolution": the resume condition matches only the states "Awaiting User", each a pause state or unknown to the policy: a clock paused in "Awaiting User", "Resolved" never runs again until it stops
	// warning shadowed_rule: rule "P2 only": earlier rules match each of its priorities first ("P2" by "major"): it is never selected
	// warning unknown_priority: rule "minor": priority "P5" is not one of the policy's priorities "P1", "P2", "P3", "P4": the rule never selects it
	// warning priority_not_selected: priorities: no rule selects priority "P4": its tickets have no clock
	// warning thresholds_out_of_order: rule "major" target "P1 resolution": the warning thresholds 75%, 50%, 100% are not strictly ascending: they apply sorted and without repeats
	// warning escalation_before_start: rule "major" target "P1 resolution": escalation "manager" fires 5h before a deadline only 4h after the start: it fires when the cycle starts, or before
	// info escalation_after_deadline: rule "major" target "P1 resolution": escalation "director" fires 2h after the deadline: it can report the breach, not prevent it
	// error unreachable_start: rule "minor" target "P3 response": the start condition matches only the states "Triage", each unknown to the policy or a stop or cancel state that keeps a clock from attaching: the clock never starts
	// warning unknown_state: rule "minor" target "P3 response": the conditions name states the policy does not list (start "Triage"), which never match: "New", "In Progress", "Awaiting User", "Resolved", "Closed"
	// error goal_exceeds_year: rule "minor" target "P3 response": the goal 3000h business is longer than the 208h open on schedule "saturday" in the year from 2026-01-05: the deadline lies more than a year ahead
	// error ola_exceeds_sla: rule "major" target "P1 resolution": UC "vendor fix" cannot fit inside SLA "P1 resolution": from 2026-01-05T00:00:00Z it ends 4h of the SLA's counted time after its deadline
	// warning calendar_mostly_closed: calendar "saturday": open on 52 of the 365 days from 2026-01-05: goals on it wait for open time most days
	// {"code":"pause_and_stop","severity":"error","where":"conditions for \"resolution\"","reason":"state \"Resolved\" both pauses and stops the clock: the stop wins, the pause never applies"}
}
