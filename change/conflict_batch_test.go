package change

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/itsmkit/itsm"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func conflictLines(cs []Conflict) []string {
	var out []string
	for _, c := range cs {
		out = append(out, c.String())
	}
	return out
}

// A change touches several CIs: a pair of changes is reported once per
// kind, naming every shared CI (and every related CI pair), also when the
// change arrives as one row per change × CI (as Rabobank's BPI Challenge
// 2014 change log is exported).
func TestConflictsSeveralCIs(t *testing.T) {
	g, err := NewGraph(nil, []Relation{{"rack", "db"}, {"rack", "app"}, {"dc", "rack"}})
	require.NoError(t, err)
	w := "[2026-11-23T21:00:00Z, 2026-11-23T22:00:00Z)"
	for _, tc := range []struct {
		name string
		in   []Planned
	}{
		{"CI lists", []Planned{
			{ID: "A", CIs: []string{"web", "db", "app", "db"}, Start: at(1), End: at(3)},
			{ID: "B", CIs: []string{"app", "db"}, Start: at(0), End: at(2)},
			{ID: "C", CIs: []string{"rack"}, Start: at(1), End: at(2)},
		}},
		{"one row per change × CI", []Planned{
			{ID: "A", CIs: []string{"web"}, Start: at(1), End: at(3)},
			{ID: "B", CIs: []string{"app"}, Start: at(0), End: at(2)},
			{ID: "A", CIs: []string{"db"}, Start: at(1).In(time.FixedZone("X", 3600)), End: at(3)}, // same instant, other zone
			{ID: "C", CIs: []string{"rack"}, Start: at(1), End: at(2)},
			{ID: "B", CIs: []string{"db"}, Start: at(0), End: at(2)},
			{ID: "A", CIs: []string{"app"}, Start: at(1), End: at(3)},
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rep := CheckConflicts(tc.in, g)
			require.Empty(t, rep.Rejected)
			assert.Equal(t, []UnknownCI{{Index: 0, Change: "A", CI: "web"}}, rep.UnknownCIs)
			assert.Equal(t, []string{
				`A × B same_ci "app", "db" ` + w,
				`A × C related_ci "app"~"rack", "db"~"rack" ` + w,
				`B × C related_ci "app"~"rack", "db"~"rack" ` + w,
			}, conflictLines(rep.Conflicts))
			c := rep.Conflicts[0]
			assert.Equal(t, []CIPair{{"app", "app"}, {"db", "db"}}, c.CIs)
			assert.Equal(t, "app", c.CIA)
			assert.Equal(t, "app", c.CIB)
			b, err := json.Marshal(c)
			require.NoError(t, err)
			assert.JSONEq(t, `{"a":"A","b":"B","kind":"same_ci","ci_a":"app","ci_b":"app",
				"cis":[{"a":"app","b":"app"},{"a":"db","b":"db"}],
				"start":"2026-11-23T21:00:00Z","end":"2026-11-23T22:00:00Z"}`, string(b))
		})
	}
}

// A CI the graph does not know is a finding, not an error: the run goes
// on, changes on that CI still conflict with each other, and it is related
// to no CI.
func TestCheckConflictsUnknownCI(t *testing.T) {
	g := testGraph(t)
	in := []Planned{
		{ID: "A", CIs: []string{"srv9", "srv1"}, Start: at(0), End: at(2)},
		{ID: "B", CIs: []string{"srv9"}, Start: at(1), End: at(3)},
		{ID: "C", CIs: []string{"dc1"}, Start: at(1), End: at(3)},
		{ID: "D", CIs: []string{"nope", "srv9", "nope"}, Start: at(5), End: at(6)},
	}
	rep := CheckConflicts(in, g)
	assert.Empty(t, rep.Rejected)
	assert.NoError(t, rep.Err())
	assert.Equal(t, []UnknownCI{{0, "A", "srv9"}, {1, "B", "srv9"}, {3, "D", "nope"}, {3, "D", "srv9"}}, rep.UnknownCIs)
	assert.Equal(t, `record 3 (change "D"): CI "nope" is not in the CI graph`, rep.UnknownCIs[2].String())
	assert.Equal(t, []string{
		`A × B same_ci "srv9" [2026-11-23T21:00:00Z, 2026-11-23T22:00:00Z)`,
		`A × C related_ci "srv1"~"dc1" [2026-11-23T21:00:00Z, 2026-11-23T22:00:00Z)`,
	}, conflictLines(rep.Conflicts))
	got, err := conflicts(in, g)
	require.NoError(t, err, "an unknown CI used to abort the run with ErrUnknownCI")
	assert.Equal(t, rep.Conflicts, got)

	// The zero Graph knows no CI; a nil Graph knows every CI.
	rep = CheckConflicts(in[:2], &Graph{})
	assert.Len(t, rep.UnknownCIs, 3)
	assert.Len(t, rep.Conflicts, 1)
	assert.Empty(t, CheckConflicts(in, nil).UnknownCIs)
}

// One bad record is reported by index and ID; every other record is still
// checked, and Conflicts' single error is derived from the same records.
func TestCheckConflictsBadRecords(t *testing.T) {
	in := []Planned{
		{ID: "OK1", CIs: []string{"db"}, Assignee: "ann", Start: at(0), End: at(4)},
		{ID: "", CIs: []string{"db"}, Start: at(0), End: at(4)},            // empty ID
		{ID: "INV", CIs: []string{"db"}, Start: at(3), End: at(2)},         // ends before it starts
		{ID: "EMPTYCI", CIs: []string{"db", ""}, Start: at(0), End: at(4)}, // an empty CI name
		{ID: "D", CIs: []string{"db"}, Start: at(1), End: at(2)},           // D's windows contradict …
		{ID: "M", CIs: []string{"web"}, Assignee: "ann", Start: at(1), End: at(2)},
		{ID: "D", CIs: []string{"app"}, Start: at(1), End: at(3)},                 // … so both D rows go
		{ID: "M", CIs: []string{"db"}, Assignee: "ann", Start: at(1), End: at(2)}, // M's rows agree: one change
		{ID: "P", CIs: []string{"db"}, Assignee: "bob", Start: at(1), End: at(2)}, // P's assignees contradict
		{ID: "P", CIs: []string{"db"}, Assignee: "cat", Start: at(1), End: at(2)},
		{ID: "INV", CIs: []string{"db"}, Start: at(3), End: at(3)}, // the other INV row is fine alone
	}
	rep := CheckConflicts(in, nil)
	type rej struct {
		Index int
		ID    string
		Msg   string
	}
	var got []rej
	for _, e := range rep.Rejected {
		require.ErrorIs(t, e, ErrPlan)
		got = append(got, rej{e.Index, e.ID, e.Error()})
	}
	assert.Equal(t, []rej{
		{1, "", `record 1 (change): change: id: invalid planned change: is empty`},
		{2, "INV", `record 2 (change "INV"): change: window: "2026-11-23T23:00:00Z/2026-11-23T22:00:00Z": invalid planned change: ends before it starts (want Start ≤ End; Start == End is an instant)`},
		{3, "EMPTYCI", `record 3 (change "EMPTYCI"): change: CI 2 of 2: invalid planned change: is empty`},
		{4, "D", `record 4 (change "D"): change: invalid planned change: has the same ID as record 6 but its window 2026-11-23T21:00:00Z/2026-11-23T22:00:00Z differs from its 2026-11-23T21:00:00Z/2026-11-23T23:00:00Z; every record of the change is rejected`},
		{6, "D", `record 6 (change "D"): change: invalid planned change: has the same ID as record 4 but its window 2026-11-23T21:00:00Z/2026-11-23T23:00:00Z differs from its 2026-11-23T21:00:00Z/2026-11-23T22:00:00Z; every record of the change is rejected`},
		{8, "P", `record 8 (change "P"): change: invalid planned change: has the same ID as record 9 but its assignee "bob" differs from its "cat"; every record of the change is rejected`},
		{9, "P", `record 9 (change "P"): change: invalid planned change: has the same ID as record 8 but its assignee "cat" differs from its "bob"; every record of the change is rejected`},
	}, got)
	assert.Equal(t, []string{
		`INV × OK1 same_ci "db" [2026-11-23T23:00:00Z, 2026-11-23T23:00:00Z]`,
		`M × OK1 same_ci "db" [2026-11-23T21:00:00Z, 2026-11-23T22:00:00Z)`,
		`M × OK1 same_assignee "ann" [2026-11-23T21:00:00Z, 2026-11-23T22:00:00Z)`,
	}, conflictLines(rep.Conflicts))

	// Conflicts: the same conflicts and one error joining the records'.
	cs, err := conflicts(in, nil)
	assert.Equal(t, rep.Conflicts, cs)
	require.ErrorIs(t, err, ErrPlan)
	var re itsm.RecordError
	require.True(t, errors.As(err, &re))
	assert.Equal(t, 1, re.Index)
	for _, e := range rep.Rejected {
		assert.Contains(t, err.Error(), e.Error())
	}
	assert.Equal(t, rep.Err().Error(), err.Error())

	b, err := json.Marshal(rep.Rejected[0])
	require.NoError(t, err)
	assert.JSONEq(t, `{"index":1,"kind":"change","id":"","error":"change: id: invalid planned change: is empty"}`, string(b))

	// A batch of nothing but bad records is no conflicts and every record
	// reported, not an early return at the first.
	rep = CheckConflicts(in[1:4], nil)
	assert.Empty(t, rep.Conflicts)
	assert.Len(t, rep.Rejected, 3)
}

// Adversarial batches stay linear: one ID repeated 100,000 times (agreeing
// or each contradicting the first) must not walk the group per record.
func TestCheckConflictsManyDuplicatesLinear(t *testing.T) {
	n := 100_000
	agree := make([]Planned, n)
	clash := make([]Planned, n)
	for i := range n {
		agree[i] = Planned{ID: "X", CIs: []string{"db"}, Start: at(0), End: at(1)}
		clash[i] = Planned{ID: "X", CIs: []string{"db"}, Start: at(0), End: at(1).Add(time.Duration(i))}
	}
	within(t, 10*time.Second, "100k duplicate IDs", func() error {
		rep := CheckConflicts(agree, nil)
		if len(rep.Rejected) != 0 || len(rep.Conflicts) != 0 {
			return errors.New("agreeing rows are one change")
		}
		rep = CheckConflicts(clash, nil)
		if len(rep.Rejected) != n {
			return errors.New("contradicting rows are all rejected")
		}
		return nil
	})
}
