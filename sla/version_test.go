package sla

import (
	"encoding/json"
	"slices"
	"testing"
	"time"

	"github.com/itsmkit/itsm"
	"github.com/itsmkit/itsm/internal/jsonconv"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"
)

// versionedJSON is a policy whose P1 resolution goal is cut from 4 h to
// 2 h on 1 April 2026.
const versionedJSON = `{
  "name": "service desk",
  "priority_change": "keep",
  "rules": [{"priorities": ["P1"], "targets": [
    {"name": "P1 resolution", "metric": "resolution", "goal": {"business": "4h"}}]}],
  "versions": [{
    "name": "service desk, April 2026",
    "effective_from": "2026-04-01T00:00:00Z",
    "priority_change": "keep",
    "rules": [{"priorities": ["P1"], "targets": [
      {"name": "P1 resolution", "metric": "resolution", "goal": {"business": "2h"}}]}]}]
}`

func versioned(t testing.TB, current bool) *Policy {
	t.Helper()
	var spec PolicySpec
	require.NoError(t, json.Unmarshal([]byte(versionedJSON), &spec))
	spec.CurrentVersion = current
	p, err := NewPolicy(spec, nil)
	require.NoError(t, err)
	return p
}

var april = time.Date(2026, time.April, 1, 0, 0, 0, 0, time.UTC)

// p1 is a P1 ticket created at c and resolved three hours later.
func p1(id string, c time.Time) Ticket {
	return Ticket{ID: id, Events: []Event{
		{At: c, Kind: Created, Priority: "P1", State: "New"},
		{At: c.Add(3 * time.Hour), Kind: Resolved, State: "Resolved"},
	}}
}

// A ticket is measured by the version in force when its clock attached,
// at its creation; with CurrentVersion by the version in force at the
// evaluation instant.
func TestPolicyVersionAtCreation(t *testing.T) {
	before := p1("A", april.Add(-4*time.Hour)) // 31 March 20:00, resolved 23:00
	after := p1("B", april.Add(9*time.Hour))
	now := april.Add(48 * time.Hour)
	for _, tc := range []struct {
		current bool
		tk      Ticket
		want    Stage
	}{
		{false, before, Met},
		{false, after, Breached},
		{true, before, Breached}, // the 2 h goal applies to it too
		{true, after, Breached},
	} {
		sts, err := versioned(t, tc.current).Evaluate(tc.tk, now)
		require.NoError(t, err)
		require.Len(t, sts, 1)
		require.Equal(t, tc.want, sts[0].Stage, "ticket %s, current %v", tc.tk.ID, tc.current)
	}
	// Evaluated before the change, CurrentVersion means the first version.
	sts, err := versioned(t, true).Evaluate(before, april.Add(-time.Minute))
	require.NoError(t, err)
	require.Equal(t, Met, sts[0].Stage)

	// Version picks the version in force at an instant.
	p := versioned(t, false)
	require.Equal(t, 4*time.Hour, p.Version(april.Add(-1)).Targets("P1", nil)[0].spec.Goal.d)
	require.Equal(t, 2*time.Hour, p.Version(april).Targets("P1", nil)[0].spec.Goal.d)
	require.Equal(t, 4*time.Hour, p.Targets("P1", nil)[0].spec.Goal.d, "Targets: the first version")
	require.Nil(t, (*Policy)(nil).Version(april))
}

// Versions round-trip through JSON, and are checked: ascending instants,
// none zero, no nested versions, current_version only on the first.
func TestPolicyVersionsConfiguration(t *testing.T) {
	p := versioned(t, false)
	b, err := json.Marshal(p)
	require.NoError(t, err)
	var spec PolicySpec
	require.NoError(t, json.Unmarshal(b, &spec))
	require.Len(t, spec.Versions, 1)
	q, err := NewPolicy(spec, nil)
	require.NoError(t, err)
	require.Equal(t, p.Spec(), q.Spec())

	bad := func(f func(*PolicySpec)) error {
		var s PolicySpec
		require.NoError(t, json.Unmarshal([]byte(versionedJSON), &s))
		f(&s)
		_, err := NewPolicy(s, nil)
		return err
	}
	for name, f := range map[string]func(*PolicySpec){
		"zero instant": func(s *PolicySpec) { s.Versions[0].EffectiveFrom = time.Time{} },
		"not after the first": func(s *PolicySpec) {
			s.EffectiveFrom = april.Add(time.Hour)
		},
		"descending": func(s *PolicySpec) {
			v := s.Versions[0]
			v.EffectiveFrom = april.Add(-time.Hour)
			s.Versions = append(s.Versions, v)
		},
		"nested":               func(s *PolicySpec) { s.Versions[0].Versions = []PolicySpec{s.Versions[0]} },
		"current in a version": func(s *PolicySpec) { s.Versions[0].CurrentVersion = true },
		"invalid version":      func(s *PolicySpec) { s.Versions[0].Rules = nil },
	} {
		err := bad(f)
		require.ErrorIs(t, err, ErrConfig, name)
	}
	err = bad(func(s *PolicySpec) { s.Versions[0].Rules = nil })
	require.ErrorContains(t, err, "policy version 2026-04-01T00:00:00Z")
}

// Compare of the two versions: both tickets are met under the 4 h goal
// and breached under the 2 h goal, with the reason.
func TestCompareVersions(t *testing.T) {
	p := versioned(t, false)
	tickets := []Ticket{p1("A", april.Add(-4*time.Hour)), p1("B", april.Add(9*time.Hour)),
		{ID: "C", Events: []Event{{At: april, Kind: Created, Priority: "P1"}, {At: april.Add(time.Hour), Kind: Resolved}}},
		{ID: "D", Events: []Event{{At: april.AddDate(0, 1, 0).Add(-time.Hour), Kind: Created, Priority: "P1"}}}} // running at the end
	period := itsm.Interval{Start: time.Date(2026, time.March, 1, 0, 0, 0, 0, time.UTC), End: time.Date(2026, time.May, 1, 0, 0, 0, 0, time.UTC)}
	var diffs []Difference
	sum, err := Compare(p.Version(period.Start), p.Version(period.End), slices.Values(tickets), period, func(d Difference) bool {
		diffs = append(diffs, d)
		return true
	})
	require.NoError(t, err)
	require.Equal(t, int64(4), sum.Tickets)
	require.Equal(t, int64(3), sum.Changed)
	require.Len(t, diffs, 3)
	require.Equal(t, "cycle 1: deadline 2026-05-01T03:00:00Z → 2026-05-01T01:00:00Z", diffs[2].Change)
	require.Equal(t, "A", diffs[0].Ticket)
	require.Equal(t, "cycle 1: met → breached; breach at none → 2026-03-31T22:00:00Z", diffs[0].Change)
	require.Equal(t, `target "P1 resolution": goal 4h business → 2h business`, diffs[0].Reason)
	require.Equal(t, Met, diffs[0].Before.Stage)
	require.Equal(t, Breached, diffs[0].After.Stage)
	require.Equal(t, itsm.Ratio{Num: 3, Den: 3}, sum.Before.Targets[0].Attainment())
	require.Equal(t, itsm.Ratio{Num: 1, Den: 3}, sum.After.Targets[0].Attainment())
	require.Equal(t, `4 tickets, 3 changed; "P1 resolution" 3/3 → 1/3`, sum.String())
	for _, v := range []any{sum, diffs} {
		b, err := json.Marshal(v)
		require.NoError(t, err)
		require.Empty(t, jsonconv.CheckJSON(b), "%s", b)
	}
	require.Equal(t, `ticket "A" "SLA resolution": cycle 1: met → breached; breach at none → 2026-03-31T22:00:00Z (target "P1 resolution": goal 4h business → 2h business)`, diffs[0].String())

	// The versioned policy measures A by the first version, B by the
	// second: against the first version only B changes.
	diffs = nil
	sum, err = Compare(p.Version(period.Start), p, slices.Values(tickets), period, func(d Difference) bool {
		diffs = append(diffs, d)
		return false // stop at the first
	})
	require.NoError(t, err)
	require.Len(t, diffs, 1)
	require.Equal(t, "B", diffs[0].Ticket)
	require.Equal(t, `target "P1 resolution": goal 4h business → 2h business`, diffs[0].Reason)

	// A ticket that does not evaluate is passed on and counted; the rest
	// is compared.
	broken := Ticket{ID: "X", Events: []Event{{At: april, Kind: Resolved}}}
	diffs = nil
	sum, err = Compare(p, p, slices.Values([]Ticket{broken, tickets[0]}), period, func(d Difference) bool {
		diffs = append(diffs, d)
		return true
	})
	require.NoError(t, err)
	require.Equal(t, int64(1), sum.Rejected)
	require.Len(t, diffs, 1)
	require.NotNil(t, diffs[0].Rejected)
	require.ErrorIs(t, diffs[0].Rejected, ErrEvent)
	require.Equal(t, "X", diffs[0].Rejected.ID)
	require.Equal(t, int64(1), sum.Before.Targets[0].Met)

	_, err = Compare(nil, p, nil, period, nil)
	require.ErrorIs(t, err, ErrConfig)
	_, err = Compare(p, p, nil, itsm.Interval{Start: period.End, End: period.Start}, nil)
	require.ErrorIs(t, err, ErrConfig)
}

// Compare of a policy with itself finds nothing, and its attainment is
// ComputeAttainment's over the statuses evaluated at the period's end.
func TestCompareSelfAndAttainment(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		goal, cond := drawTeamGoal(t), drawTeamConditions(t)
		p := teamGoalPolicy(t, goal, cond, rapid.Bool().Draw(t, "follow"), "berlin", nil)
		n := rapid.IntRange(0, 8).Draw(t, "tickets")
		var tks []Ticket
		var sts []Status
		period := itsm.Interval{Start: teamMinute(3 * 24 * 60), End: teamMinute(20 * 24 * 60)}
		for i := range n {
			evs, _ := drawTeamTimeline(t, teamGroups)
			tk := Ticket{ID: strconvI(i), Events: teamTimeline(evs)}
			tks = append(tks, tk)
			s, err := p.Evaluate(tk, period.End)
			require.NoError(t, err)
			sts = append(sts, s...)
		}
		sum, err := Compare(p, p, slices.Values(tks), period, func(d Difference) bool {
			t.Fatalf("difference with itself: %v", d)
			return false
		})
		require.NoError(t, err)
		require.Equal(t, int64(n), sum.Tickets)
		want, err := ComputeAttainment(period, sts)
		require.NoError(t, err)
		require.Equal(t, want, sum.Before)
		require.Equal(t, want, sum.After)
	})
}

func strconvI(i int) string { return string(rune('A' + i)) }
