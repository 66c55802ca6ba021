package sla_test

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/itsmkit/itsm/sla"
)

// A ticket handed from the first level in Berlin to the second level in
// New York: the SLA follows the team, so the hour in Berlin counts on
// Berlin's hours and the rest on New York's, and the second level's OLA
// runs only while it holds the ticket.
func ExamplePolicy_Explain_followTheTeam() {
	var spec sla.PolicySpec
	err := json.Unmarshal([]byte(`{
	  "priority_change": "keep",
	  "calendars": {
	    "berlin":  {"zone": "Europe/Berlin",    "week": "Mon-Fri 08:00-17:00"},
	    "newyork": {"zone": "America/New_York", "week": "Mon-Fri 09:00-18:00"}},
	  "group_schedules": {"L1 Berlin": "berlin", "L2 New York": "newyork"},
	  "rules": [{"targets": [
	    {"name": "P2 resolution", "metric": "resolution", "goal": {"business": "8h"},
	     "schedule": "berlin", "follow_group": true},
	    {"name": "L2 resolution", "kind": "ola", "metric": "resolution", "goal": {"business": "6h"},
	     "schedule": "newyork",
	     "conditions": {"start": {"groups": ["L2 New York"]}, "held_by": ["L2 New York"]}}]}]
	}`), &spec)
	if err != nil {
		panic(err)
	}
	p, err := sla.NewPolicy(spec, nil)
	if err != nil {
		panic(err)
	}
	berlin, _ := time.LoadLocation("Europe/Berlin")
	created := time.Date(2026, 3, 2, 15, 0, 0, 0, berlin) // Monday
	tk := sla.Ticket{ID: "INC-7", Events: []sla.Event{
		{At: created, Kind: sla.Created, Group: "L1 Berlin"},
		{At: created.Add(time.Hour), Kind: sla.Assigned, Group: "L2 New York"}, // 10:00 in New York
	}}
	xs, err := p.Explain(tk, created.Add(5*time.Hour))
	if err != nil {
		panic(err)
	}
	for _, x := range xs {
		fmt.Println(x.Status)
		for _, s := range x.Segments {
			fmt.Println("  ", s)
		}
	}
	// Output:
	// ticket "INC-7" "SLA resolution": "P2 resolution" #1: running, 5h of 8h, deadline 2026-03-02T23:00:00+01:00
	//    cycle 1 counted [2026-03-02T15:00:00+01:00, 2026-03-02T16:00:00+01:00) 1h group "L1 Berlin" on "berlin"
	//    cycle 1 counted [2026-03-02T16:00:00+01:00, 2026-03-02T20:00:00+01:00) 4h group "L2 New York" on "newyork"
	// ticket "INC-7" "OLA resolution": "L2 resolution" #1: running, 4h of 6h, deadline 2026-03-02T22:00:00+01:00
	//    cycle 1 counted [2026-03-02T16:00:00+01:00, 2026-03-02T20:00:00+01:00) 4h group "L2 New York"
}
