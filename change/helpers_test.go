package change

import (
	"cmp"
	"slices"
	"strings"

	"github.com/itsmkit/itsm"
)

// lead is the notice DefaultRouting asks of a change of type t at risk
// level l (the lead times of the former DefaultLeadTimes).
func lead(t Type, l Level) int {
	d, err := DefaultRouting().Route(t, l)
	if err != nil {
		panic(err)
	}
	return d.LeadDays
}

// conflicts is CheckConflicts with its report's conflicts and error, the
// shape of the former Conflicts.
func conflicts(changes []Planned, g *Graph) ([]Conflict, error) {
	r := CheckConflicts(changes, g)
	return r.Conflicts, r.Err()
}

// compareConflicts is the documented order of CheckConflicts' output: by
// A, B, Kind, CIA, CIB, Assignee.
func compareConflicts(x, y Conflict) int {
	return cmp.Or(
		strings.Compare(x.A, y.A),
		strings.Compare(x.B, y.B),
		cmp.Compare(x.Kind, y.Kind),
		strings.Compare(x.CIA, y.CIA),
		strings.Compare(x.CIB, y.CIB),
		strings.Compare(x.Assignee, y.Assignee),
	)
}

// ancestors returns ci's strict ancestors in g, sorted by name.
func ancestors(g *Graph, ci string) []string {
	id, ok := g.ids[ci]
	if !ok {
		return nil
	}
	out := make([]string, len(g.anc[id]))
	for i, a := range g.anc[id] {
		out[i] = g.names[a]
	}
	return out
}

// related reports whether one of a and b is an ancestor of the other.
func related(g *Graph, a, b string) bool { return g.IsAncestor(a, b) || g.IsAncestor(b, a) }

// cisOf and relationsOf are the graph's CIs and relations (sorted).
func cisOf(g *Graph) []string { return slices.Clone(g.names) }

func relationsOf(g *Graph) []Relation { return slices.Clone(g.rels) }

// occupies reports whether slot w (non-empty) holds time of busy b: they
// overlap, or b is an instant t with w.Start ≤ t < w.End.
func occupies(w, b itsm.Interval) bool {
	if b.Start.Equal(b.End) {
		return w.Contains(b.Start)
	}
	return w.Overlaps(b)
}
