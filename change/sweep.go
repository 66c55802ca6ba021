package change

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/itsmkit/itsm"
)

// CheckConflicts returns every conflict among changes: pairs whose times
// overlap and that share a CI, touch related CIs in g (ancestor/descendant,
// direct or transitive; g may be nil for none), or share an assignee. One
// bad record never discards the rest: it is reported in Rejected and every
// other record is checked.
//
// Times. A change with Start < End occupies the half-open window
// [Start, End): a change ending at 22:00 and one starting at 22:00 do not
// overlap. A change with Start == End is an instant and occupies exactly
// that instant t: it overlaps a window [s, e) when s ≤ t < e (so an instant
// at a window's start conflicts with it, one at its end does not, as the
// window does not contain its end), and another instant at the same t. Two
// changes overlap when the times they occupy intersect; the Conflict's
// [Start, End) is their intersection, Start == End when either is an
// instant. Instants are compared by wall clock (monotonic readings are
// ignored), at nanosecond precision, for every representable time.
//
// Records. A record is rejected (in Rejected, an [itsm.RecordError] with its
// index and ID, wrapping [ErrPlan]) when its ID is empty, its End is before its Start, or it names
// an empty CI. Records that share an ID are one change touching the union of
// their CIs (change logs are often exported one row per change × CI), when
// their Start, End (by instant) and Assignee agree; if any of them disagree,
// every record with that ID is rejected, since it is unknowable which is
// right. A merged change reports its times as its first record's (the
// instants do not depend on input order; their time.Location may). A CI the
// graph does not know (when g is not nil) is not an error: it is an
// [UnknownCI] finding, the change still conflicts with every other change on
// the same CI, and the CI is related to none. With a nil g every CI is
// known and none is related.
//
// Output. Each pair of changes has at most one Conflict per kind, naming
// every CI (pair) behind it (see [Conflict]); conflicts are sorted by
// A, B, Kind, then the first CI pair or assignee, unknown CIs by index then
// CI, rejected records by
// index. The conflicts do not depend on the order of changes or of their
// CIs (findings and rejections name the same records, at their input
// positions); duplicate CIs count once.
//
// It is a sweep over changes sorted by start with per-CI and per-assignee
// lists of active changes (expired ones dropped lazily, each once):
// O(n log n + Σ|ancestors of each change's CIs| + k log k) for k raw
// conflicts (CI pairs), not O(n²).
//
// To stop at the first problem, use the report's Err, which joins the
// rejected records' errors.
func CheckConflicts(changes []Planned, g *Graph) ConflictReport {
	var rep ConflictReport
	n := len(changes)

	// Records: validate each alone, then merge those that share an ID.
	reject := func(i int, err error) {
		rep.Rejected = append(rep.Rejected, itsm.RecordError{Index: i, Kind: "change", ID: changes[i].ID, Err: err})
	}
	byID := make(map[string]int32, n) // ID → merged change
	first := make([]int32, 0, n)      // merged change → its first record
	differ := map[int32]int32{}       // merged change → first record disagreeing with its first (rare)
	// next chains the records of a merged change: first, then the others
	// (each inserted right after first, so no last record is kept). The
	// chain's order does not matter: CIs and findings are sorted. It is
	// allocated at the first repeated ID.
	var next []int32
	after := func(i int32) int32 {
		if next == nil {
			return -1
		}
		return next[i]
	}
	for i := range changes {
		c := &changes[i]
		if err := checkPlanned(c); err != nil {
			reject(i, err)
			continue
		}
		m, dup := byID[c.ID]
		if !dup {
			byID[c.ID] = int32(len(first))
			first = append(first, int32(i))
			continue
		}
		if next == nil {
			next = make([]int32, n)
			for k := range next {
				next[k] = -1
			}
		}
		f := first[m]
		next[i], next[f] = next[f], int32(i)
		if _, seen := differ[m]; !seen && !samePlan(&changes[f], c) {
			differ[m] = int32(i)
		}
	}
	for m, d := range differ {
		f := first[m]
		for i := f; i >= 0; i = after(i) {
			// Name a record of the change that disagrees with i: its first
			// record, or (when i agrees with the first) the first that
			// does not.
			j := f
			if samePlan(&changes[f], &changes[i]) {
				j = d
			}
			reject(int(i), contradiction(int(j), &changes[i], &changes[j]))
		}
	}
	if len(rep.Rejected) > 0 {
		slices.SortFunc(rep.Rejected, func(a, b itsm.RecordError) int { return cmp.Compare(a.Index, b.Index) })
	}

	// Merged changes, in order of first appearance, without the
	// contradicted ones: their IDs, times, assignees and CIs.
	type chg struct {
		rec  int32 // first record
		cis  []int32
		who  int32
		s, e instant
	}
	cs := make([]chg, 0, len(first))
	known := 0 // CI ids below known are the graph's; the rest are local
	if g != nil {
		known = len(g.names)
	}
	local := map[string]int32{} // CI ids of names the graph lacks (all, for a nil graph)
	var localNames []string
	asg := map[string]int32{}
	var asgNames []string
	flat := make([]int32, 0, n+n/2)
	for m, f := range first {
		if _, bad := differ[int32(m)]; bad {
			continue
		}
		c := &changes[f]
		begin := len(flat)
		for i := f; i >= 0; i = after(i) {
			for _, name := range changes[i].CIs {
				var id int32
				var ok bool
				if g != nil {
					id, ok = g.ids[name]
				}
				if !ok {
					if id, ok = local[name]; !ok {
						id = int32(known + len(localNames))
						local[name] = id
						localNames = append(localNames, name)
					}
					if g != nil {
						rep.UnknownCIs = append(rep.UnknownCIs, UnknownCI{Index: int(i), Change: c.ID, CI: name})
					}
				}
				flat = append(flat, id)
			}
		}
		ids := flat[begin:]
		slices.Sort(ids)
		ids = slices.Compact(ids)
		flat = flat[:begin+len(ids)]
		who := int32(-1)
		if c.Assignee != "" {
			a, ok := asg[c.Assignee]
			if !ok {
				a = int32(len(asgNames))
				asg[c.Assignee] = a
				asgNames = append(asgNames, c.Assignee)
			}
			who = a
		}
		cs = append(cs, chg{rec: f, cis: slices.Clip(ids), who: who, s: mkInstant(c.Start), e: mkInstant(c.End)})
	}
	if len(rep.UnknownCIs) > 0 {
		slices.SortFunc(rep.UnknownCIs, func(a, b UnknownCI) int {
			return cmp.Or(cmp.Compare(a.Index, b.Index), strings.Compare(a.CI, b.CI))
		})
		rep.UnknownCIs = slices.Compact(rep.UnknownCIs)
	}

	name := func(id int32) string {
		if int(id) < known {
			return g.names[id]
		}
		return localNames[int(id)-known]
	}
	anc := func(id int32) []int32 {
		if int(id) < known {
			return g.anc[id]
		}
		return nil
	}
	id := func(c int32) string { return changes[cs[c].rec].ID }

	order := make([]int32, len(cs))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(a, b int32) int {
		switch {
		case cs[a].s.before(cs[b].s):
			return -1
		case cs[b].s.before(cs[a].s):
			return 1
		}
		return cmp.Compare(a, b)
	})

	nci := known + len(localNames)
	atCI := make([][]int32, nci)    // active changes on exactly this CI
	belowCI := make([][]under, nci) // active changes on strict descendants
	byAsg := make([][]int32, len(asgNames))
	var hits []hit
	emit := func(c, d int32, kind ConflictKind, ciC, ciD int32) {
		if id(d) < id(c) {
			c, d, ciC, ciD = d, c, ciD, ciC
		}
		hits = append(hits, hit{c, d, kind, ciC, ciD})
	}
	// alive reports whether change d, which starts at or before s, still
	// occupies s: s is before its end, or d is an instant at s. Once false,
	// it stays false for every later s, so expired changes can be dropped.
	alive := func(d int32, s instant) bool {
		return s.before(cs[d].e) || (s == cs[d].e && cs[d].s == cs[d].e)
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
		s := cs[c].s
		for _, x := range cs[c].cis {
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
		if a := cs[c].who; a >= 0 {
			byAsg[a] = live(byAsg[a], s)
			for _, d := range byAsg[a] {
				emit(c, d, SameAssignee, -1, -1)
			}
			byAsg[a] = append(byAsg[a], c)
		}
		for _, x := range cs[c].cis {
			atCI[x] = append(atCI[x], c)
			for _, a := range anc(x) {
				belowCI[a] = append(belowCI[a], under{c, x})
			}
		}
	}

	// One Conflict per pair and kind, naming every CI pair behind it.
	slices.SortFunc(hits, func(x, y hit) int {
		if x.a != y.a {
			if c := strings.Compare(id(x.a), id(y.a)); c != 0 {
				return c
			}
		}
		if x.b != y.b {
			if c := strings.Compare(id(x.b), id(y.b)); c != 0 {
				return c
			}
		}
		if x.kind != y.kind {
			return cmp.Compare(x.kind, y.kind)
		}
		if x.ciA == y.ciA && x.ciB == y.ciB {
			return 0
		}
		return cmp.Or(strings.Compare(name(x.ciA), name(y.ciA)), strings.Compare(name(x.ciB), name(y.ciB)))
	})
	hits = slices.Compact(hits)
	for i := 0; i < len(hits); {
		h := hits[i]
		j := i + 1
		for j < len(hits) && hits[j].a == h.a && hits[j].b == h.b && hits[j].kind == h.kind {
			j++
		}
		a, b := &changes[cs[h.a].rec], &changes[cs[h.b].rec]
		cf := Conflict{A: a.ID, B: b.ID, Kind: h.kind}
		// The shared time starts at the later start and ends at the
		// earlier end; on a tie the instant is taken from A, so the result
		// (time.Location included) does not depend on input order.
		cf.Start, cf.End = a.Start, a.End
		if cs[h.a].s.before(cs[h.b].s) {
			cf.Start = b.Start
		}
		if cs[h.b].e.before(cs[h.a].e) {
			cf.End = b.End
		}
		if h.kind == SameAssignee {
			cf.Assignee = a.Assignee
		} else {
			cf.CIs = make([]CIPair, j-i)
			for k, x := range hits[i:j] {
				cf.CIs[k] = CIPair{name(x.ciA), name(x.ciB)}
			}
			cf.CIA, cf.CIB = cf.CIs[0].A, cf.CIs[0].B
		}
		rep.Conflicts = append(rep.Conflicts, cf)
		i = j
	}
	return rep
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

// hit is one raw conflict found by the sweep: changes a and b (a's ID <
// b's), on CIs ciA and ciB (-1 for SameAssignee).
type hit struct {
	a, b     int32
	kind     ConflictKind
	ciA, ciB int32
}

// checkPlanned validates one record alone (the RecordError around its
// error names it).
func checkPlanned(c *Planned) error {
	if c.ID == "" {
		return errf(ErrPlan, "id", "", "is empty")
	}
	if mkInstant(c.End).before(mkInstant(c.Start)) {
		return errf(ErrPlan, "window", windowText(c), "ends before it starts (want Start ≤ End; Start == End is an instant)")
	}
	for k, name := range c.CIs {
		if name == "" {
			return errf(ErrPlan, "CI "+strconv.Itoa(k+1)+" of "+strconv.Itoa(len(c.CIs)), "", "is empty")
		}
	}
	return nil
}

// samePlan reports whether two records of one change agree on its times
// (as instants) and assignee.
func samePlan(a, b *Planned) bool {
	return mkInstant(a.Start) == mkInstant(b.Start) && mkInstant(a.End) == mkInstant(b.End) && a.Assignee == b.Assignee
}

// contradiction is the error of record a, whose change's record j (b) says
// otherwise.
func contradiction(j int, a, b *Planned) error {
	what := "window " + windowText(a) + " differs from its " + windowText(b)
	if mkInstant(a.Start) == mkInstant(b.Start) && mkInstant(a.End) == mkInstant(b.End) {
		what = "assignee " + strconv.Quote(a.Assignee) + " differs from its " + strconv.Quote(b.Assignee)
	}
	return errf(ErrPlan, "", "", "has the same ID as record "+strconv.Itoa(j)+" but its "+what+"; every record of the change is rejected")
}

func windowText(c *Planned) string {
	return c.Start.Format(time.RFC3339Nano) + "/" + c.End.Format(time.RFC3339Nano)
}
