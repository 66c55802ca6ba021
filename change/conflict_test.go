package change

import (
	"cmp"
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/itsmkit/itsm"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"
)

var t0 = time.Date(2026, 11, 23, 20, 0, 0, 0, time.UTC)

func at(h int) time.Time { return t0.Add(time.Duration(h) * time.Hour) }

func testGraph(t testing.TB) *Graph {
	// dc1 ⊃ rack1 ⊃ {srv1, srv2}; srv1 ⊃ vm1; app1 runs on vm1 and srv2 (two parents).
	g, err := NewGraph([]string{"lonely"}, []Relation{
		{"dc1", "rack1"}, {"rack1", "srv1"}, {"rack1", "srv2"}, {"srv1", "vm1"},
		{"vm1", "app1"}, {"srv2", "app1"}, {"rack1", "srv1"},
	})
	require.NoError(t, err)
	return g
}

func TestGraph(t *testing.T) {
	g := testGraph(t)
	assert.Equal(t, []string{"app1", "dc1", "lonely", "rack1", "srv1", "srv2", "vm1"}, cisOf(g))
	assert.Len(t, relationsOf(g), 6) // duplicate merged
	assert.Equal(t, []string{"dc1", "rack1", "srv1", "srv2", "vm1"}, ancestors(g, "app1"))
	assert.True(t, g.IsAncestor("dc1", "app1"))
	assert.False(t, g.IsAncestor("app1", "dc1"))
	assert.True(t, related(g, "app1", "dc1"))
	assert.False(t, related(g, "srv1", "srv2")) // siblings
	assert.False(t, related(g, "srv1", "srv1"))
	assert.False(t, related(g, "srv1", "nope"))

	_, err := NewGraph(nil, []Relation{{"a", "b"}, {"b", "c"}, {"c", "a"}, {"x", "a"}})
	require.ErrorIs(t, err, ErrGraph)
	assert.Contains(t, err.Error(), "is a cycle")
	assert.Contains(t, err.Error(), "a → b → c → a")
	_, err = NewGraph(nil, []Relation{{"a", "a"}})
	require.ErrorIs(t, err, ErrGraph)
	_, err = NewGraph([]string{""}, nil)
	require.ErrorIs(t, err, ErrGraph)
	_, err = NewGraph(nil, []Relation{{"", "a"}})
	require.ErrorIs(t, err, ErrGraph)

	b, err := json.Marshal(g)
	require.NoError(t, err)
	var back Graph
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, cisOf(g), cisOf(&back))
	assert.Equal(t, relationsOf(g), relationsOf(&back))
	require.Error(t, json.Unmarshal([]byte(`{"relations":[{"parent":"a","child":"b"},{"parent":"b","child":"a"}]}`), &back))
}

func TestConflictsTable(t *testing.T) {
	g := testGraph(t)
	changes := []Planned{
		{ID: "C1", CIs: []string{"srv1"}, Assignee: "ann", Start: at(0), End: at(2)},
		{ID: "C2", CIs: []string{"srv1", "srv1"}, Assignee: "bob", Start: at(1), End: at(3)}, // same CI as C1
		{ID: "C3", CIs: []string{"srv1"}, Assignee: "cat", Start: at(3), End: at(4)},         // back-to-back with C2: none
		{ID: "C4", CIs: []string{"dc1"}, Assignee: "ann", Start: at(1), End: at(5)},          // ancestor of all; ann twice with C1
		{ID: "C5", CIs: []string{"srv2"}, Start: at(0), End: at(10)},                         // sibling of srv1: only related to dc1 / app1
		{ID: "C6", CIs: []string{"app1"}, Start: at(9), End: at(11)},                         // child of srv2
		{ID: "C7", CIs: []string{"lonely"}, Assignee: "bob", Start: at(2), End: at(3)},       // bob twice with C2
	}
	got, err := conflicts(changes, g)
	require.NoError(t, err)
	var lines []string
	for _, c := range got {
		lines = append(lines, fmt.Sprintf("%s %s %s %s %s %s %s", c.A, c.B, c.Kind, c.CIA, c.CIB, c.Assignee,
			c.Start.Sub(t0).String()+"–"+c.End.Sub(t0).String()))
	}
	assert.Equal(t, []string{
		"C1 C2 same_ci srv1 srv1  1h0m0s–2h0m0s",
		"C1 C4 related_ci srv1 dc1  1h0m0s–2h0m0s",
		"C1 C4 same_assignee   ann 1h0m0s–2h0m0s",
		"C2 C4 related_ci srv1 dc1  1h0m0s–3h0m0s",
		"C2 C7 same_assignee   bob 2h0m0s–3h0m0s",
		"C3 C4 related_ci srv1 dc1  3h0m0s–4h0m0s",
		"C4 C5 related_ci dc1 srv2  1h0m0s–5h0m0s",
		"C5 C6 related_ci srv2 app1  9h0m0s–10h0m0s",
	}, lines)
	assert.Equal(t, `C1 × C2 same_ci "srv1" [2026-11-23T21:00:00Z, 2026-11-23T22:00:00Z)`, got[0].String())

	// Without a graph only same CI and same assignee remain.
	got, err = conflicts(changes, nil)
	require.NoError(t, err)
	assert.Len(t, got, 3)

	// Bad records: see TestCheckConflictsBadRecords.
	for _, bad := range [][]Planned{
		{{ID: "", Start: at(0), End: at(1)}},
		{{ID: "a", Start: at(0), End: at(1)}, {ID: "a", Start: at(0), End: at(2)}},
		{{ID: "a", Start: at(2), End: at(1)}},
		{{ID: "a", CIs: []string{""}, Start: at(0), End: at(1)}},
	} {
		_, err := conflicts(bad, g)
		require.ErrorIs(t, err, ErrPlan)
	}
	got, err = conflicts(nil, g)
	require.NoError(t, err)
	assert.Empty(t, got)
}

// checkConflictsReference is the obviously correct O(n²) model of
// CheckConflicts, written from its documentation: records checked alone,
// then against every other record with the same ID; every pair of kept
// changes, every CI pair, relatedness by walking parents from scratch,
// overlap by cases (window/window, instant/window, instant/instant).
// graphCIs nil means no graph.
func checkConflictsReference(changes []Planned, graphCIs []string, rels []Relation) ConflictReport {
	var rep ConflictReport
	inGraph := map[string]bool{}
	for _, c := range graphCIs {
		inGraph[c] = true
	}
	for _, r := range rels {
		inGraph[r.Parent], inGraph[r.Child] = true, true
	}
	parents := map[string][]string{}
	for _, r := range rels {
		parents[r.Child] = append(parents[r.Child], r.Parent)
	}
	isAnc := func(a, b string) bool { // a strict ancestor of b
		seen := map[string]bool{}
		stack := slices.Clone(parents[b])
		for len(stack) > 0 {
			v := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if v == a {
				return true
			}
			if !seen[v] {
				seen[v] = true
				stack = append(stack, parents[v]...)
			}
		}
		return false
	}
	alone := func(p Planned) bool {
		return p.ID != "" && !p.End.Before(p.Start) && !slices.Contains(p.CIs, "")
	}
	agree := func(p, q Planned) bool {
		return p.Start.Equal(q.Start) && p.End.Equal(q.End) && p.Assignee == q.Assignee
	}
	kept := make([]bool, len(changes))
	for i, p := range changes {
		kept[i] = alone(p)
		for _, q := range changes {
			if kept[i] && alone(q) && q.ID == p.ID && !agree(p, q) {
				kept[i] = false
			}
		}
		if !kept[i] {
			rep.Rejected = append(rep.Rejected, itsm.RecordError{Index: i, ID: p.ID})
		}
	}
	// Merge kept records by ID: times and assignee of the first, CIs united.
	var merged []Planned
	at := map[string]int{}
	for i, p := range changes {
		if !kept[i] {
			continue
		}
		for _, ci := range p.CIs {
			if graphCIs != nil && !inGraph[ci] && !slices.Contains(rep.UnknownCIs, UnknownCI{i, p.ID, ci}) {
				rep.UnknownCIs = append(rep.UnknownCIs, UnknownCI{i, p.ID, ci})
			}
		}
		if k, ok := at[p.ID]; ok {
			merged[k].CIs = append(slices.Clone(merged[k].CIs), p.CIs...)
			continue
		}
		at[p.ID] = len(merged)
		merged = append(merged, p)
	}
	slices.SortFunc(rep.UnknownCIs, func(a, b UnknownCI) int { return cmp.Or(cmp.Compare(a.Index, b.Index), strings.Compare(a.CI, b.CI)) })
	overlap := func(x, y Planned) bool {
		xi, yi := x.Start.Equal(x.End), y.Start.Equal(y.End)
		switch {
		case xi && yi:
			return x.Start.Equal(y.Start)
		case xi:
			return !x.Start.Before(y.Start) && x.Start.Before(y.End)
		case yi:
			return !y.Start.Before(x.Start) && y.Start.Before(x.End)
		}
		return x.Start.Before(y.End) && y.Start.Before(x.End)
	}
	for _, ci := range merged {
		for _, cj := range merged {
			if ci.ID >= cj.ID || !overlap(ci, cj) {
				continue
			}
			s, e := ci.Start, ci.End
			if cj.Start.After(s) {
				s = cj.Start
			}
			if cj.End.Before(e) {
				e = cj.End
			}
			var same, related []CIPair
			xs, ys := slices.Compact(slices.Sorted(slices.Values(ci.CIs))), slices.Compact(slices.Sorted(slices.Values(cj.CIs)))
			for _, x := range xs {
				for _, y := range ys {
					switch {
					case x == y:
						same = append(same, CIPair{x, y})
					case isAnc(x, y) || isAnc(y, x):
						related = append(related, CIPair{x, y})
					}
				}
			}
			if len(same) > 0 {
				rep.Conflicts = append(rep.Conflicts, Conflict{A: ci.ID, B: cj.ID, Kind: SameCI, CIA: same[0].A, CIB: same[0].B, CIs: same, Start: s, End: e})
			}
			if len(related) > 0 {
				rep.Conflicts = append(rep.Conflicts, Conflict{A: ci.ID, B: cj.ID, Kind: RelatedCI, CIA: related[0].A, CIB: related[0].B, CIs: related, Start: s, End: e})
			}
			if ci.Assignee != "" && ci.Assignee == cj.Assignee {
				rep.Conflicts = append(rep.Conflicts, Conflict{A: ci.ID, B: cj.ID, Kind: SameAssignee, Assignee: ci.Assignee, Start: s, End: e})
			}
		}
	}
	slices.SortFunc(rep.Conflicts, compareConflicts)
	return rep
}

// requireSameReport compares a report with the reference's: conflicts
// field by field (instants by Equal), unknown CIs exactly, rejected records
// by index and ID, each error wrapping ErrPlan and naming its record.
func requireSameReport(t require.TestingT, want, got ConflictReport) {
	require.Equal(t, len(want.Conflicts), len(got.Conflicts), "conflicts\nwant %v\ngot  %v", want.Conflicts, got.Conflicts)
	for i, w := range want.Conflicts {
		g := got.Conflicts[i]
		require.True(t, w.A == g.A && w.B == g.B && w.Kind == g.Kind && w.CIA == g.CIA && w.CIB == g.CIB &&
			slices.Equal(w.CIs, g.CIs) && w.Assignee == g.Assignee && w.Start.Equal(g.Start) && w.End.Equal(g.End),
			"conflict %d\nwant %v\ngot  %v", i, w, g)
	}
	require.Equal(t, want.UnknownCIs, got.UnknownCIs)
	require.Equal(t, len(want.Rejected), len(got.Rejected), "rejected\nwant %v\ngot  %v", want.Rejected, got.Rejected)
	for i, w := range want.Rejected {
		g := got.Rejected[i]
		require.Equal(t, w.Index, g.Index)
		require.Equal(t, w.ID, g.ID)
		require.ErrorIs(t, g, ErrPlan)
		require.Contains(t, g.Error(), fmt.Sprintf("record %d ", g.Index))
	}
}

type conflictCase struct {
	changes []Planned
	rels    []Relation
	cis     []string
}

// extremes are instants at the edges of what time.Time represents, in
// wall-clock order: time.Unix(math.MaxInt64, 0) is the earliest (its
// seconds since year 1 wrap around), time.Unix(math.MinInt64, 0) one
// second later, then year 1, year 9999 and the latest representable time.
var extremes = []time.Time{
	time.Unix(math.MaxInt64, 0),
	time.Unix(math.MinInt64, 0),
	{},
	time.Date(9999, 12, 31, 23, 59, 59, 999999999, time.UTC),
	time.Unix(math.MaxInt64-unixToInternal, 999999999),
}

// genConflictCase draws a batch with windows and instants (a quarter of
// durations are 0), extreme instants, duplicate IDs that agree (rows of
// one change × CI) or contradict, bad records, CIs outside the graph and
// CI graphs with transitive and multiple parents.
func genConflictCase() *rapid.Generator[conflictCase] {
	zones := []*time.Location{time.UTC, time.FixedZone("X", 5*3600)}
	for _, z := range []string{"America/New_York", "Europe/Berlin"} {
		if l, err := time.LoadLocation(z); err == nil {
			zones = append(zones, l)
		}
	}
	return rapid.Custom(func(t *rapid.T) conflictCase {
		nci := rapid.IntRange(1, 8).Draw(t, "nci")
		cis := make([]string, nci)
		// Names in a random order, so that name order and topological order
		// (edges go from lower to higher index) differ.
		for i := range cis {
			cis[i] = fmt.Sprintf("ci%d", i)
		}
		cis = rapid.Permutation(cis).Draw(t, "order")
		var rels []Relation
		// edges only from lower to higher index: acyclic by construction.
		for i := range nci {
			for j := i + 1; j < nci; j++ {
				if rapid.IntRange(0, 3).Draw(t, "edge") == 0 {
					rels = append(rels, Relation{cis[i], cis[j]})
				}
			}
		}
		// CIs a change may name: the graph's and two it does not know.
		names := append(slices.Clone(cis), "zz0", "zz1")
		point := func(label string) time.Time {
			if rapid.IntRange(0, 15).Draw(t, label+"-extreme") == 0 {
				return rapid.SampledFrom(extremes).Draw(t, label)
			}
			return t0.Add(time.Duration(rapid.IntRange(0, 40).Draw(t, label)) * 15 * time.Minute)
		}
		n := rapid.IntRange(0, 25).Draw(t, "n")
		changes := make([]Planned, 0, n)
		for i := range n {
			var p Planned
			if len(changes) > 0 && rapid.IntRange(0, 4).Draw(t, "dup") == 0 {
				// Another row of an earlier change (same values, other
				// CIs), or one that contradicts it.
				p = changes[rapid.IntRange(0, len(changes)-1).Draw(t, "of")]
				switch rapid.IntRange(0, 5).Draw(t, "contradict") {
				case 0:
					p.End = p.End.Add(time.Minute)
				case 1:
					p.Assignee += "x"
				}
			} else {
				p.ID = fmt.Sprintf("CHG%03d", rapid.IntRange(0, 999).Draw(t, "id")*100+i)
				s := point("start")
				var e time.Time
				switch rapid.IntRange(0, 3).Draw(t, "shape") {
				case 0: // an instant
					e = s
				case 1: // any two points, in order
					e = point("end")
					if e.Before(s) {
						s, e = e, s
					}
				default:
					e = s.Add(time.Duration(rapid.IntRange(1, 10).Draw(t, "dur")) * 15 * time.Minute)
				}
				// The same instants in random zones: the output must not
				// depend on input order, even in its time.Location.
				p.Start = s.In(zones[rapid.IntRange(0, len(zones)-1).Draw(t, "zs")])
				p.End = e.In(zones[rapid.IntRange(0, len(zones)-1).Draw(t, "ze")])
				p.Assignee = []string{"", "ann", "bob", "cat"}[rapid.IntRange(0, 3).Draw(t, "who")]
			}
			p.CIs = nil
			for range rapid.IntRange(0, 3).Draw(t, "k") {
				p.CIs = append(p.CIs, names[rapid.IntRange(0, len(names)-1).Draw(t, "ci")])
			}
			switch rapid.IntRange(0, 30).Draw(t, "bad") {
			case 0:
				p.ID = ""
			case 1:
				p.Start, p.End = p.End.Add(time.Nanosecond), p.Start
			case 2:
				p.CIs = append(p.CIs, "")
			}
			changes = append(changes, p)
		}
		return conflictCase{changes: changes, rels: rels, cis: cis}
	})
}

func TestConflictsAgreeWithReference(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := genConflictCase().Draw(t, "case")
		g, err := NewGraph(c.cis, c.rels)
		require.NoError(t, err)
		requireSameReport(t, checkConflictsReference(c.changes, c.cis, c.rels), CheckConflicts(c.changes, g))
		// Without a graph: no CI is unknown, none related.
		requireSameReport(t, checkConflictsReference(c.changes, nil, nil), CheckConflicts(c.changes, nil))
		// Conflicts is the same data with one error.
		rep := CheckConflicts(c.changes, g)
		got, err := conflicts(c.changes, g)
		require.Equal(t, rep.Conflicts, got)
		require.Equal(t, len(rep.Rejected) > 0, err != nil)
		for _, r := range rep.Rejected {
			var re itsm.RecordError
			require.ErrorAs(t, err, &re)
			require.Contains(t, err.Error(), r.Error())
		}
	})
}

func TestConflictsOrderIndependentAndSymmetric(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := genConflictCase().Draw(t, "case")
		g, err := NewGraph(c.cis, c.rels)
		require.NoError(t, err)
		rep := CheckConflicts(c.changes, g)
		got := rep.Conflicts
		idx := make([]int, len(c.changes))
		for i := range idx {
			idx[i] = i
		}
		idx = rapid.Permutation(idx).Draw(t, "perm")
		perm := make([]Planned, len(idx))
		for k, i := range idx {
			perm[k] = c.changes[i]
			perm[k].CIs = slices.Clone(perm[k].CIs)
			slices.Reverse(perm[k].CIs)
		}
		rep2 := CheckConflicts(perm, g)
		require.Equal(t, got, rep2.Conflicts)
		// Findings and rejections name input positions: the same records.
		unknown := func(r ConflictReport, pos func(int) int) []UnknownCI {
			var out []UnknownCI
			for _, u := range r.UnknownCIs {
				u.Index = pos(u.Index)
				out = append(out, u)
			}
			slices.SortFunc(out, func(a, b UnknownCI) int { return cmp.Or(cmp.Compare(a.Index, b.Index), strings.Compare(a.CI, b.CI)) })
			return out
		}
		same := func(i int) int { return i }
		orig := func(k int) int { return idx[k] }
		require.Equal(t, unknown(rep, same), unknown(rep2, orig))
		rejected := func(r ConflictReport, pos func(int) int) []int {
			var out []int
			for _, e := range r.Rejected {
				out = append(out, pos(e.Index))
			}
			slices.Sort(out)
			return out
		}
		require.Equal(t, rejected(rep, same), rejected(rep2, orig))
		// Each conflict is reported once per kind, A < B, on a time both
		// changes occupy.
		byID := map[string]Planned{} // each kept change's first record
		for i, p := range c.changes {
			if _, ok := byID[p.ID]; !ok && !slices.ContainsFunc(rep.Rejected, func(e itsm.RecordError) bool { return e.Index == i }) {
				byID[p.ID] = p
			}
		}
		for i, cf := range got {
			require.Less(t, cf.A, cf.B)
			if i > 0 {
				require.Negative(t, compareConflicts(got[i-1], cf))
			}
			a, b := byID[cf.A], byID[cf.B]
			require.False(t, cf.End.Before(cf.Start))
			if cf.Start.Equal(cf.End) {
				require.True(t, a.Start.Equal(a.End) || b.Start.Equal(b.End), "an empty shared time needs an instant: %v", cf)
			}
			require.False(t, cf.Start.Before(a.Start) || cf.Start.Before(b.Start) || cf.End.After(a.End) || cf.End.After(b.End))
		}
		// Symmetry: renaming two changes into each other's IDs mirrors
		// their conflicts (A/B and the CI pairs swap where the order
		// flips); nothing else changes.
		if len(c.changes) >= 2 && c.changes[0].ID != "" && c.changes[1].ID != "" {
			sw := slices.Clone(c.changes)
			x, y := sw[0].ID, sw[1].ID
			rename := func(id string) string {
				switch id {
				case x:
					return y
				case y:
					return x
				}
				return id
			}
			for i := range sw {
				sw[i].ID = rename(sw[i].ID)
			}
			var want []Conflict
			for _, cf := range got {
				cf.A, cf.B = rename(cf.A), rename(cf.B)
				if cf.B < cf.A {
					cf.A, cf.B = cf.B, cf.A
					cf.CIs = slices.Clone(cf.CIs)
					for k, p := range cf.CIs {
						cf.CIs[k] = CIPair{p.B, p.A}
					}
					slices.SortFunc(cf.CIs, func(p, q CIPair) int { return cmp.Or(strings.Compare(p.A, q.A), strings.Compare(p.B, q.B)) })
					if len(cf.CIs) > 0 {
						cf.CIA, cf.CIB = cf.CIs[0].A, cf.CIs[0].B
					}
				}
				want = append(want, cf)
			}
			slices.SortFunc(want, compareConflicts)
			// Same instants; the zone of a tie follows A, which the
			// renaming may change.
			requireSameReport(t, ConflictReport{Conflicts: want}, ConflictReport{Conflicts: CheckConflicts(sw, g).Conflicts})
		}
	})
}

// bench100k builds 100 000 changes over a year on a forest of 100 sites ×
// 10 clusters × 10 hosts and 2 000 assignees; cached so that -benchtime=1x
// pays the setup once.
var bench100k = sync.OnceValues(func() ([]Planned, *Graph) {
	r := rand.New(rand.NewPCG(1, 2))
	var rels []Relation
	var hosts, clusters []string
	for s := range 100 {
		site := fmt.Sprintf("site%03d", s)
		for c := range 10 {
			cl := fmt.Sprintf("%s/cl%d", site, c)
			clusters = append(clusters, cl)
			rels = append(rels, Relation{site, cl})
			for h := range 10 {
				host := fmt.Sprintf("%s/h%d", cl, h)
				hosts = append(hosts, host)
				rels = append(rels, Relation{cl, host})
			}
		}
	}
	g, err := NewGraph(nil, rels)
	if err != nil {
		panic(err)
	}
	year := int64(365 * 24 * 60)
	changes := make([]Planned, 100_000)
	for i := range changes {
		s := r.Int64N(year)
		d := 30 + r.Int64N(210)
		cis := []string{hosts[r.IntN(len(hosts))]}
		if r.IntN(10) == 0 {
			cis = append(cis, clusters[r.IntN(len(clusters))])
		}
		changes[i] = Planned{
			ID: fmt.Sprintf("CHG%07d", i), CIs: cis,
			Assignee: fmt.Sprintf("eng%04d", r.IntN(2000)),
			Start:    t0.Add(time.Duration(s) * time.Minute),
			End:      t0.Add(time.Duration(s+d) * time.Minute),
		}
	}
	return changes, g
})

func BenchmarkConflicts100k(b *testing.B) {
	changes, g := bench100k()
	b.ReportAllocs()
	var k int
	for b.Loop() {
		out, err := conflicts(changes, g)
		if err != nil {
			b.Fatal(err)
		}
		k = len(out)
	}
	b.ReportMetric(float64(k), "conflicts")
}

// Regression: the same instants in different zones gave a Conflict whose
// Start/End location depended on the input order.
func TestConflictsZonesOrderIndependent(t *testing.T) {
	ny, err := time.LoadLocation("America/New_York")
	require.NoError(t, err)
	s := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)
	e := s.Add(2 * time.Hour)
	a := Planned{ID: "A", CIs: []string{"x"}, Assignee: "kim", Start: s, End: e}
	b := Planned{ID: "B", CIs: []string{"x"}, Assignee: "kim", Start: s.In(ny), End: e.In(ny)}
	c1, err := conflicts([]Planned{a, b}, nil)
	require.NoError(t, err)
	c2, err := conflicts([]Planned{b, a}, nil)
	require.NoError(t, err)
	require.Len(t, c1, 2)
	require.Equal(t, c1, c2)
	require.Equal(t, time.UTC, c1[0].Start.Location()) // A's instants on a tie
	require.Equal(t, time.UTC, c1[0].End.Location())
}

// A pathologically deep hierarchy is an error, not gigabytes of ancestor
// lists (a 20,000-deep chain used to take 800 MB; 100,000 would crash).
func TestGraphTooDeep(t *testing.T) {
	chain := func(n int) []Relation {
		rels := make([]Relation, 0, n)
		for i := 1; i < n; i++ {
			rels = append(rels, Relation{Parent: "c" + strconv.Itoa(i-1), Child: "c" + strconv.Itoa(i)})
		}
		return rels
	}
	_, err := NewGraph(nil, chain(6000))
	require.ErrorIs(t, err, ErrGraph)
	assert.Contains(t, err.Error(), "too deep")
	g, err := NewGraph(nil, chain(1000))
	require.NoError(t, err)
	assert.Len(t, ancestors(g, "c999"), 999)
}
