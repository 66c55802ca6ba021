package sla_test

import (
	"encoding/json"
	"fmt"
	"slices"
	"time"

	"github.com/itsmkit/itsm"
	"github.com/itsmkit/itsm/sla"
)

// versionedPolicy cuts the P1 resolution goal from 4 h to 2 h on 1 April
// 2026.
func versionedPolicy() *sla.Policy {
	var spec sla.PolicySpec
	err := json.Unmarshal([]byte(`{
	  "priority_change": "keep",
	  "rules": [{"priorities": ["P1"], "targets": [
	    {"name": "P1 resolution", "metric": "resolution", "goal": {"business": "4h"}, "attainment": "90"}]}],
	  "versions": [{
	    "effective_from": "2026-04-01T00:00:00Z",
	    "priority_change": "keep",
	    "rules": [{"priorities": ["P1"], "targets": [
	      {"name": "P1 resolution", "metric": "resolution", "goal": {"business": "2h"}, "attainment": "90"}]}]}]
	}`), &spec)
	if err != nil {
		panic(err)
	}
	p, err := sla.NewPolicy(spec, nil)
	if err != nil {
		panic(err)
	}
	return p
}

// resolvedAfter is a P1 ticket created at c and resolved d later.
func resolvedAfter(id string, c time.Time, d time.Duration) sla.Ticket {
	return sla.Ticket{ID: id, Events: []sla.Event{
		{At: c, Kind: sla.Created, Priority: "P1"},
		{At: c.Add(d), Kind: sla.Resolved},
	}}
}

// A ticket is measured by the version in force when its clock attached:
// the one created on 31 March keeps the 4 h goal.
func ExamplePolicy_Version() {
	p := versionedPolicy()
	april := time.Date(2026, 4, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(p.Version(april.Add(-time.Second)).Targets("P1", nil)[0].Spec().Goal)
	fmt.Println(p.Version(april).Targets("P1", nil)[0].Spec().Goal)
	for _, tk := range []sla.Ticket{
		resolvedAfter("INC-1", april.Add(-6*time.Hour), 3*time.Hour),
		resolvedAfter("INC-2", april.Add(9*time.Hour), 3*time.Hour),
	} {
		sts, _ := p.Evaluate(tk, april.Add(24*time.Hour))
		fmt.Println(sts[0])
	}
	// Output:
	// 4h business
	// 2h business
	// ticket "INC-1" "SLA resolution": "P1 resolution" #1 (P1): met, 3h of 4h, ended 2026-03-31T21:00:00Z
	// ticket "INC-2" "SLA resolution": "P1 resolution" #1 (P1): breached (breached at 2026-04-01T11:00:00Z), 3h of 2h, ended 2026-04-01T12:00:00Z
}

// What would the April goal have done to March? Replay March's tickets
// under both versions: every ticket whose verdict changes, with the
// reason, and the attainment before and after.
func ExampleCompare() {
	p := versionedPolicy()
	march := itsm.Interval{Start: time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC), End: time.Date(2026, 4, 1, 0, 0, 0, 0, time.UTC)}
	tickets := []sla.Ticket{
		resolvedAfter("INC-1", time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC), time.Hour),
		resolvedAfter("INC-2", time.Date(2026, 3, 9, 9, 0, 0, 0, time.UTC), 3*time.Hour),
		resolvedAfter("INC-3", time.Date(2026, 3, 16, 9, 0, 0, 0, time.UTC), 150*time.Minute),
	}
	sum, err := sla.Compare(p.Version(march.Start), p.Version(march.End), slices.Values(tickets), march,
		func(d sla.Difference) bool {
			fmt.Println(d)
			return true
		})
	if err != nil {
		panic(err)
	}
	fmt.Println(sum)
	// Output:
	// ticket "INC-2" "SLA resolution": cycle 1: met → breached; breach at none → 2026-03-09T11:00:00Z (target "P1 resolution": goal 4h business → 2h business)
	// ticket "INC-3" "SLA resolution": cycle 1: met → breached; breach at none → 2026-03-16T11:00:00Z (target "P1 resolution": goal 4h business → 2h business)
	// 3 tickets, 2 changed; "P1 resolution" 3/3 → 1/3
}
