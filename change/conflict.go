package change

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Planned is a planned change for conflict detection: its CIs, assignee and
// window [Start, End). A window is half-open when Start < End; Start == End
// is an instant, a change that starts and ends at the same time (a real
// record in change logs, see [Conflicts]).
type Planned struct {
	ID       string    `json:"id"`
	CIs      []string  `json:"cis,omitempty"`
	Assignee string    `json:"assignee,omitempty"` // empty: no assignee conflicts
	Start    time.Time `json:"start"`
	End      time.Time `json:"end"`
}

// ConflictKind says why two overlapping changes conflict.
type ConflictKind uint8

// Conflict kinds, in their canonical order.
const (
	SameCI       ConflictKind = iota + 1 // both change the same CI
	RelatedCI                            // one changes an ancestor of a CI the other changes
	SameAssignee                         // one person is booked twice
)

var conflictKindNames = [...]string{"", "same-ci", "related-ci", "same-assignee"}

// String returns "same-ci", "related-ci" or "same-assignee".
func (k ConflictKind) String() string {
	if k >= SameCI && k <= SameAssignee {
		return conflictKindNames[k]
	}
	return "ConflictKind(" + strconv.Itoa(int(k)) + ")"
}

// MarshalText implements encoding.TextMarshaler.
func (k ConflictKind) MarshalText() ([]byte, error) {
	if k < SameCI || k > SameAssignee {
		return nil, errf(ErrPlan, "conflict kind", k.String(), "is unknown")
	}
	return []byte(conflictKindNames[k]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *ConflictKind) UnmarshalText(b []byte) error {
	i := slices.Index(conflictKindNames[1:], string(b))
	if i < 0 {
		return errf(ErrPlan, "conflict kind", string(b), "is unknown (same-ci, related-ci, same-assignee)")
	}
	*k = ConflictKind(i + 1)
	return nil
}

// Conflict is one reason why changes A and B (A < B by ID) cannot both run
// as planned. SameCI: CIA == CIB is the shared CI. RelatedCI: CIA (of A) and
// CIB (of B) are distinct and one is an ancestor of the other (see
// [Graph.IsAncestor] to tell which). SameAssignee: Assignee is booked in both.
// [Start, End) is the time both changes share; Start == End when either
// change is an instant (see [Conflicts]). Two changes may conflict for
// several reasons and on several CIs; each is its own Conflict.
type Conflict struct {
	A        string       `json:"a"`
	B        string       `json:"b"`
	Kind     ConflictKind `json:"kind"`
	CIA      string       `json:"ci_a,omitempty"`
	CIB      string       `json:"ci_b,omitempty"`
	Assignee string       `json:"assignee,omitempty"`
	Start    time.Time    `json:"start"`
	End      time.Time    `json:"end"`
}

// String renders the conflict, e.g.
// `CHG1 × CHG2 same-ci "db01" [2026-11-23T22:00:00Z, 2026-11-23T23:00:00Z)`;
// a shared instant renders as the closed "[t, t]".
func (c Conflict) String() string {
	s := c.A + " × " + c.B + " " + c.Kind.String()
	switch c.Kind {
	case SameCI:
		s += " " + strconv.Quote(c.CIA)
	case RelatedCI:
		s += " " + strconv.Quote(c.CIA) + "~" + strconv.Quote(c.CIB)
	case SameAssignee:
		s += " " + strconv.Quote(c.Assignee)
	}
	closing := ")"
	if c.Start.Equal(c.End) {
		closing = "]"
	}
	return s + " [" + c.Start.Format(time.RFC3339Nano) + ", " + c.End.Format(time.RFC3339Nano) + closing
}

// CompareConflicts is the canonical order of [Conflicts]' output: by A, B,
// Kind, CIA, CIB, Assignee.
func CompareConflicts(x, y Conflict) int {
	return cmp.Or(
		strings.Compare(x.A, y.A),
		strings.Compare(x.B, y.B),
		cmp.Compare(x.Kind, y.Kind),
		strings.Compare(x.CIA, y.CIA),
		strings.Compare(x.CIB, y.CIB),
		strings.Compare(x.Assignee, y.Assignee),
	)
}

// instant is a time.Time's wall-clock reading as a totally ordered pair:
// seconds since year 1 (time.Time's own count) and nanoseconds. It is
// cheaper to compare in the sweep than time.Time, and ordered exactly as
// time.Time.Before orders wall-clock readings for every representable time,
// which Unix() is not: time.Unix(math.MaxInt64, 0) lies before year 1 (its
// count of seconds since year 1 wraps around), yet its Unix() is the
// largest. Monotonic clock readings are ignored.
type instant struct {
	sec  int64
	nsec int32
}

// unixToInternal is the number of seconds from year 1 to 1970, time.Time's
// own offset; t.Unix() + unixToInternal, wrapping as int64 arithmetic
// does, is exactly time.Time's internal count of seconds since year 1.
const unixToInternal int64 = (1969*365 + 1969/4 - 1969/100 + 1969/400) * 86400

func mkInstant(t time.Time) instant {
	return instant{t.Unix() + unixToInternal, int32(t.Nanosecond())}
}

func (a instant) before(b instant) bool {
	return a.sec < b.sec || (a.sec == b.sec && a.nsec < b.nsec)
}

// under is an active change registered at an ancestor of one of its CIs.
type under struct {
	change int32
	ci     int32 // the change's own CI (a descendant of the list's CI)
}

// Conflicts returns every conflict among changes: pairs whose times
// overlap and that share a CI, touch related CIs in g (ancestor/descendant,
// direct or transitive; g may be nil for none), or share an assignee.
//
// A change with Start < End occupies the half-open window [Start, End): a
// change ending at 22:00 and one starting at 22:00 do not overlap. A change
// with Start == End is an instant and occupies exactly that instant t: it
// overlaps a window [s, e) when s ≤ t < e (so an instant at a window's
// start conflicts with it, one at its end does not, as the window does not
// contain its end), and another instant at the same t. Two changes overlap
// when the times they occupy intersect; the Conflict's [Start, End) is
// their intersection, Start == End when either is an instant. Instants are
// compared by wall clock (monotonic readings are ignored), at nanosecond
// precision, for every representable time.
//
// The result is sorted by [CompareConflicts], so it does not depend on the
// order of changes or of their CIs; duplicate CIs in one change count once.
// Errors: an empty or duplicate ID, an empty CI name, a window that ends
// before it starts ([ErrPlan]), and, when g is not nil, a CI the
// graph does not know ([ErrUnknownCI]) — a typo must not hide a conflict.
//
// It is a sweep over changes sorted by start with per-CI and per-assignee
// lists of active changes (expired ones dropped lazily, each once):
// O(n log n + Σ|ancestors of each change's CIs| + k log k) for k conflicts,
// not O(n²).
func Conflicts(changes []Planned, g *Graph) ([]Conflict, error) {
	n := len(changes)
	ids := make(map[string]struct{}, n)
	local := map[string]int32{} // CI ids when g is nil
	var localNames []string
	asg := map[string]int32{}
	var asgNames []string
	cis := make([][]int32, n) // views into flat
	flat := make([]int32, 0, n+n/2)
	who := make([]int32, n)
	start := make([]instant, n)
	end := make([]instant, n)
	for i, c := range changes {
		if c.ID == "" {
			return nil, errf(ErrPlan, "planned change "+strconv.Itoa(i+1), "", "has an empty ID")
		}
		if _, dup := ids[c.ID]; dup {
			return nil, errf(ErrPlan, "planned change", c.ID, "is a duplicate ID")
		}
		ids[c.ID] = struct{}{}
		if mkInstant(c.End).before(mkInstant(c.Start)) {
			return nil, errf(ErrPlan, "planned change "+strconv.Quote(c.ID), c.Start.Format(time.RFC3339Nano)+"/"+c.End.Format(time.RFC3339Nano), "window ends before it starts (want Start ≤ End; Start == End is an instant)")
		}
		start[i], end[i] = mkInstant(c.Start), mkInstant(c.End)
		first := len(flat)
		for _, name := range c.CIs {
			if name == "" {
				return nil, errf(ErrPlan, "planned change "+strconv.Quote(c.ID), "", "names an empty CI")
			}
			var id int32
			if g != nil {
				var ok bool
				if id, ok = g.ids[name]; !ok {
					return nil, errf(ErrUnknownCI, "planned change "+strconv.Quote(c.ID), name, "is not in the CI graph")
				}
			} else {
				var ok bool
				if id, ok = local[name]; !ok {
					id = int32(len(localNames))
					local[name] = id
					localNames = append(localNames, name)
				}
			}
			flat = append(flat, id)
		}
		cs := flat[first:]
		slices.Sort(cs)
		cs = slices.Compact(cs)
		flat = flat[:first+len(cs)]
		cis[i] = slices.Clip(cs)
		who[i] = -1
		if c.Assignee != "" {
			a, ok := asg[c.Assignee]
			if !ok {
				a = int32(len(asgNames))
				asg[c.Assignee] = a
				asgNames = append(asgNames, c.Assignee)
			}
			who[i] = a
		}
	}
	nci := len(localNames)
	name := func(id int32) string { return localNames[id] }
	var anc func(id int32) []int32
	if g != nil {
		nci = len(g.names)
		name = func(id int32) string { return g.names[id] }
		anc = func(id int32) []int32 { return g.anc[id] }
	} else {
		anc = func(int32) []int32 { return nil }
	}

	order := make([]int32, n)
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(a, b int32) int {
		switch {
		case start[a].before(start[b]):
			return -1
		case start[b].before(start[a]):
			return 1
		}
		return cmp.Compare(a, b)
	})

	atCI := make([][]int32, nci)    // active changes on exactly this CI
	belowCI := make([][]under, nci) // active changes on strict descendants
	byAsg := make([][]int32, len(asgNames))
	var out []Conflict
	emit := func(c, d int32, kind ConflictKind, ciC, ciD int32) {
		a, b := c, d
		ciA, ciB := ciC, ciD
		if changes[d].ID < changes[c].ID {
			a, b, ciA, ciB = d, c, ciD, ciC
		}
		// The shared interval starts at the later start (c's) and ends at
		// the earlier end; on a tie the instant is taken from A, so the
		// result (time.Location included) does not depend on input order.
		cf := Conflict{A: changes[a].ID, B: changes[b].ID, Kind: kind,
			Start: changes[c].Start, End: changes[c].End}
		if !start[d].before(start[c]) {
			cf.Start = changes[a].Start
		}
		switch {
		case end[d].before(end[c]):
			cf.End = changes[d].End
		case !end[c].before(end[d]):
			cf.End = changes[a].End
		}
		if kind == SameAssignee {
			cf.Assignee = changes[c].Assignee
		} else {
			cf.CIA, cf.CIB = name(ciA), name(ciB)
		}
		out = append(out, cf)
	}
	// alive reports whether change d, which starts at or before s, still
	// occupies s: s is before its end, or d is an instant at s. Once false,
	// it stays false for every later s, so expired changes can be dropped.
	alive := func(d int32, s instant) bool {
		return s.before(end[d]) || (s == end[d] && start[d] == end[d])
	}
	// live drops changes that no longer occupy s, keeping order.
	live := func(list []int32, s instant) []int32 {
		k := 0
		for _, d := range list {
			if alive(d, s) {
				list[k] = d
				k++
			}
		}
		return list[:k]
	}
	for _, c := range order {
		// Every active change started at or before s; the times of two
		// changes intersect iff the later-starting one's start lies in the
		// other's time, as both are intervals (or instants) that contain
		// their start.
		s := start[c]
		for _, x := range cis[c] {
			atCI[x] = live(atCI[x], s)
			for _, d := range atCI[x] {
				emit(c, d, SameCI, x, x)
			}
			for _, a := range anc(x) {
				atCI[a] = live(atCI[a], s)
				for _, d := range atCI[a] {
					emit(c, d, RelatedCI, x, a)
				}
			}
			k := 0
			bl := belowCI[x]
			for _, u := range bl {
				if alive(u.change, s) {
					bl[k] = u
					k++
					emit(c, u.change, RelatedCI, x, u.ci)
				}
			}
			belowCI[x] = bl[:k]
		}
		if a := who[c]; a >= 0 {
			byAsg[a] = live(byAsg[a], s)
			for _, d := range byAsg[a] {
				emit(c, d, SameAssignee, -1, -1)
			}
			byAsg[a] = append(byAsg[a], c)
		}
		for _, x := range cis[c] {
			atCI[x] = append(atCI[x], c)
			for _, a := range anc(x) {
				belowCI[a] = append(belowCI[a], under{c, x})
			}
		}
	}
	slices.SortFunc(out, CompareConflicts)
	return out, nil
}
