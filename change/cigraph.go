package change

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
)

// Relation says that Parent contains or hosts Child (a cluster and its
// nodes, a server and its application): a change to either may disturb the
// other.
type Relation struct {
	Parent string `json:"parent"`
	Child  string `json:"child"`
}

// Graph is a validated, acyclic graph of configuration items (CIs) with
// parent/child relations; a CI may have several parents. Two CIs are
// related when one is a (direct or transitive) ancestor of the other: a
// change to a rack conflicts with a change to a VM on a server in it.
// Siblings and cousins are not related. Construct a Graph with [NewGraph];
// it is immutable and safe for concurrent use. The nil *Graph has no
// relations and accepts every CI name; a zero Graph (not built by NewGraph)
// has no CIs, so every planned CI is unknown to it. Its JSON is
// {"cis": [names], "relations": [{"parent": …, "child": …}]}.
type Graph struct {
	names []string         // id → name, sorted
	ids   map[string]int32 // name → id
	rels  []Relation       // deduplicated, sorted
	anc   [][]int32        // id → strict ancestors, sorted
}

// maxAncestorPairs bounds Σ|ancestors| over all CIs (64 MiB of ancestor
// lists): far above any real CMDB, far below an out-of-memory crash.
const maxAncestorPairs = 1 << 24

// NewGraph returns the graph over cis and the CIs named by relations (so
// cis may be nil when every CI has a relation). CI names must be
// non-empty; a relation from a CI to itself or relations forming a cycle
// are errors (the error quotes the cycle). Duplicate names and relations
// are merged. Building the graph costs O(V + E + Σ|ancestors|); a graph
// with more than 16,777,216 (CI, ancestor) pairs in all (say, a chain of
// 5,800 CIs) is an error.
func NewGraph(cis []string, relations []Relation) (*Graph, error) {
	set := make(map[string]struct{}, len(cis)+2*len(relations))
	for _, c := range cis {
		if c == "" {
			return nil, errf(ErrGraph, "CI graph", "", "CI name is empty")
		}
		set[c] = struct{}{}
	}
	for _, r := range relations {
		if r.Parent == "" || r.Child == "" {
			return nil, errf(ErrGraph, "CI graph relation", r.Parent+" → "+r.Child, "names an empty CI")
		}
		if r.Parent == r.Child {
			return nil, errf(ErrGraph, "CI graph relation", r.Parent+" → "+r.Child, "relates a CI to itself")
		}
		set[r.Parent], set[r.Child] = struct{}{}, struct{}{}
	}
	g := &Graph{names: make([]string, 0, len(set)), ids: make(map[string]int32, len(set))}
	for n := range set {
		g.names = append(g.names, n)
	}
	slices.Sort(g.names)
	for i, n := range g.names {
		g.ids[n] = int32(i)
	}
	rels := slices.Clone(relations)
	slices.SortFunc(rels, func(a, b Relation) int {
		if c := strings.Compare(a.Parent, b.Parent); c != 0 {
			return c
		}
		return strings.Compare(a.Child, b.Child)
	})
	g.rels = slices.Compact(rels)

	n := len(g.names)
	parents := make([][]int32, n)
	children := make([][]int32, n)
	indeg := make([]int, n)
	for _, r := range g.rels {
		p, c := g.ids[r.Parent], g.ids[r.Child]
		parents[c] = append(parents[c], p)
		children[p] = append(children[p], c)
		indeg[c]++
	}
	// Kahn's algorithm: a topological order, parents before children.
	order := make([]int32, 0, n)
	for i := range n {
		if indeg[i] == 0 {
			order = append(order, int32(i))
		}
	}
	for k := 0; k < len(order); k++ {
		for _, c := range children[order[k]] {
			if indeg[c]--; indeg[c] == 0 {
				order = append(order, c)
			}
		}
	}
	if len(order) < n {
		return nil, errf(ErrGraph, "CI graph", g.cycle(parents, indeg), "is a cycle of parent/child relations")
	}
	g.anc = make([][]int32, n)
	total := 0
	for _, v := range order {
		var a []int32
		for _, p := range parents[v] {
			a = append(a, p)
			a = append(a, g.anc[p]...)
		}
		slices.Sort(a)
		g.anc[v] = slices.Clip(slices.Compact(a))
		// Ancestor lists are materialised for the sweep; a pathological
		// graph (a chain thousands of CIs deep) would need gigabytes, so it
		// is an error rather than an out-of-memory crash.
		if total += len(g.anc[v]); total > maxAncestorPairs {
			return nil, errf(ErrGraph, "CI graph", g.names[v], fmt.Sprintf("has more than %d (CI, ancestor) pairs in all; the hierarchy is too deep", maxAncestorPairs))
		}
	}
	return g, nil
}

// cycle finds a cycle among the nodes Kahn's algorithm left over (indeg >
// 0) by walking to a left-over parent until a node repeats, and renders it
// "a → b → a" (parent → child).
func (g *Graph) cycle(parents [][]int32, indeg []int) string {
	start := int32(slices.IndexFunc(indeg, func(d int) bool { return d > 0 }))
	seen := map[int32]int{}
	var path []int32
	for v := start; ; {
		if i, ok := seen[v]; ok {
			path = path[i:]
			break
		}
		seen[v] = len(path)
		path = append(path, v)
		for _, p := range parents[v] {
			if indeg[p] > 0 {
				v = p
				break
			}
		}
	}
	// path walks child → parent; print parent → child, starting at the
	// smallest name so the message is deterministic, and close the loop.
	slices.Reverse(path)
	m := slices.Index(path, slices.Min(path))
	path = append(path[m:], path[:m]...)
	var b strings.Builder
	for _, v := range path {
		b.WriteString(g.names[v])
		b.WriteString(" → ")
	}
	b.WriteString(g.names[path[0]])
	return b.String()
}

// IsAncestor reports whether a is a strict ancestor of b.
func (g *Graph) IsAncestor(a, b string) bool {
	if g == nil {
		return false
	}
	ia, ok1 := g.ids[a]
	ib, ok2 := g.ids[b]
	if !ok1 || !ok2 {
		return false
	}
	_, found := slices.BinarySearch(g.anc[ib], ia)
	return found
}

type graphJSON struct {
	CIs       []string   `json:"cis"`
	Relations []Relation `json:"relations"`
}

// MarshalJSON encodes {"cis":[…],"relations":[{"parent":…,"child":…}]}
// with the CIs sorted and the relations deduplicated and sorted by parent
// then child. A nil *Graph (no relations, every CI known) encodes as null,
// which decodes back to a nil *Graph field.
func (g *Graph) MarshalJSON() ([]byte, error) {
	if g == nil {
		return []byte("null"), nil
	}
	w := graphJSON{CIs: slices.Clone(g.names), Relations: slices.Clone(g.rels)}
	if w.CIs == nil {
		w.CIs = []string{}
	}
	if w.Relations == nil {
		w.Relations = []Relation{}
	}
	return json.Marshal(w)
}

// UnmarshalJSON decodes and validates (see [NewGraph]).
func (g *Graph) UnmarshalJSON(data []byte) error {
	if g == nil {
		return nilTarget(ErrGraph, "Graph", data)
	}
	var w graphJSON
	if err := decodeStrict(ErrGraph, "CI graph", data, &w); err != nil {
		return err
	}
	ng, err := NewGraph(w.CIs, w.Relations)
	if err != nil {
		return err
	}
	*g = *ng
	return nil
}
