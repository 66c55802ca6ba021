package change

import (
	"strconv"
	"strings"
	"time"

	"github.com/itsmkit/itsm/internal/enum"
)

// Planned is a planned change for conflict detection: its CIs, assignee and
// time. Start and End are the half-open interval [Start, End) of
// [itsm.Interval] when Start < End. On top of itsm.Interval's generic
// meaning (an empty interval contains nothing), this package gives
// Start == End a meaning of its own: an instant t, a change that starts and
// ends at the same time (951 of the 2,632 changes in Rabobank's real change
// log do), which conflicts with every window that contains t and with
// another instant at t (see [CheckConflicts]).
type Planned struct {
	ID       string    `json:"id"`
	CIs      []string  `json:"cis,omitempty"`
	Assignee string    `json:"assignee,omitempty"` // empty: no assignee conflicts
	Start    time.Time `json:"start"`
	End      time.Time `json:"end"`
}

// ConflictKind says why two overlapping changes conflict. Its text form
// (JSON, [ConflictKind.String]) is shown beside each constant.
type ConflictKind uint8

// Conflict kinds, in their canonical order.
const (
	SameCI       ConflictKind = iota + 1 // "same_ci": both change the same CI
	RelatedCI                            // "related_ci": one changes an ancestor of a CI the other changes
	SameAssignee                         // "same_assignee": one person is booked twice
)

var conflictKinds = enum.New[ConflictKind]("change", "conflict kind", ErrPlan,
	SameCI, "same_ci", RelatedCI, "related_ci", SameAssignee, "same_assignee")

// String returns the text form ("same_ci", "related_ci", "same_assignee"),
// or "conflict_kind(N)" for an invalid value.
func (k ConflictKind) String() string { return enumString(conflictKinds, "conflict_kind", k) }

// MarshalText implements encoding.TextMarshaler; an invalid kind is an
// error wrapping [ErrPlan].
func (k ConflictKind) MarshalText() ([]byte, error) { return conflictKinds.Marshal(k) }

// UnmarshalText implements encoding.TextUnmarshaler: exactly one of the
// text forms, else an error wrapping [ErrPlan] that lists them.
func (k *ConflictKind) UnmarshalText(b []byte) error {
	return unmarshalEnum(conflictKinds, ErrPlan, "ConflictKind", k, b)
}

// CIPair is one pair of CIs behind a CI conflict: A is a CI of the
// conflict's change A, B one of its change B. For [SameCI] they are equal
// (the shared CI); for [RelatedCI] one is an ancestor of the other.
type CIPair struct {
	A string `json:"a"`
	B string `json:"b"`
}

// Conflict is one reason why changes A and B (A < B by ID) cannot both run
// as planned. Each pair of changes has at most one Conflict of each kind:
//
//   - SameCI: CIs lists every CI both change (CIPair.A == CIPair.B), sorted;
//     CIA == CIB is the first of them.
//   - RelatedCI: CIs lists every pair (CI of A, CI of B) of distinct CIs one
//     of which is an ancestor of the other (see [Graph.IsAncestor] to tell
//     which), sorted; CIA, CIB is the first pair.
//   - SameAssignee: Assignee is booked in both; CIs is empty.
//
// [Start, End) is the time both windows share; Start == End when either
// change is an instant (see [CheckConflicts]). Two changes that conflict for
// several reasons have one Conflict per kind.
type Conflict struct {
	A        string       `json:"a"`
	B        string       `json:"b"`
	Kind     ConflictKind `json:"kind"`
	CIA      string       `json:"ci_a,omitempty"`
	CIB      string       `json:"ci_b,omitempty"`
	CIs      []CIPair     `json:"cis,omitempty"`
	Assignee string       `json:"assignee,omitempty"`
	Start    time.Time    `json:"start"`
	End      time.Time    `json:"end"`
}

// String renders the conflict, e.g.
// `CHG1 × CHG2 same_ci "db01", "db02" [2026-11-23T22:00:00Z, 2026-11-23T23:00:00Z)`,
// `CHG1 × CHG3 related_ci "db01"~"rack1" [2026-11-23T22:00:00Z, 2026-11-23T22:30:00Z)`;
// a shared instant renders as the closed "[t, t]".
func (c Conflict) String() string {
	var b strings.Builder
	b.WriteString(c.A + " × " + c.B + " " + c.Kind.String())
	switch c.Kind {
	case SameCI, RelatedCI:
		pairs := c.CIs
		if len(pairs) == 0 { // a Conflict built by hand
			pairs = []CIPair{{c.CIA, c.CIB}}
		}
		for i, p := range pairs {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString(" " + strconv.Quote(p.A))
			if c.Kind == RelatedCI {
				b.WriteString("~" + strconv.Quote(p.B))
			}
		}
	case SameAssignee:
		b.WriteString(" " + strconv.Quote(c.Assignee))
	}
	closing := ")"
	if c.Start.Equal(c.End) {
		closing = "]"
	}
	b.WriteString(" [" + c.Start.Format(time.RFC3339Nano) + ", " + c.End.Format(time.RFC3339Nano) + closing)
	return b.String()
}
