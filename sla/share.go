package sla

import (
	"cmp"
	"slices"
	"strings"

	"github.com/itsmkit/itsm"
)

// Share is the time one assignment (group and assignee: a team, provider
// or person) held a cycle: counted time used up, and paused time (measured
// on the schedule the clock counted on, the group's for a clock that
// follows the team). The counted time of a cycle's shares adds up to its
// elapsed time.
type Share struct {
	Cycle    int           `json:"cycle,omitempty"` // cycle number (0 in a [Usage] total)
	Group    string        `json:"group,omitempty"` // assignment group ("" = none)
	Assignee string        `json:"assignee"`        // team, provider or person ("" = unassigned)
	Counted  itsm.Duration `json:"counted"`         // counted time used up while holding it
	Paused   itsm.Duration `json:"paused"`          // counted time paused while holding it
}

func attribution(segs []Segment) []Share {
	var out []Share
	for _, s := range segs {
		i := slices.IndexFunc(out, func(x Share) bool {
			return x.Cycle == s.Cycle && x.Group == s.Group && x.Assignee == s.Assignee
		})
		if i < 0 {
			out = append(out, Share{Cycle: s.Cycle, Group: s.Group, Assignee: s.Assignee})
			i = len(out) - 1
		}
		switch s.Kind {
		case SegmentCounted:
			out[i].Counted = addDur(out[i].Counted, s.Counted)
		case SegmentPaused:
			out[i].Paused = addDur(out[i].Paused, s.Counted)
		}
	}
	return out
}

// addDur is a + b saturated at the range of a duration.
func addDur(a, b itsm.Duration) itsm.Duration { return itsm.Duration(satAdd(a.Std(), b.Std())) }

// Usage sums the attribution of many explanations per group and assignee:
// who used up how much counted time (and paused time) of the given slot's
// cycles ("" = every slot). Cancelled cycles are left out: a cycle replaced
// by a retroactive target covers the same time as its replacement, and a
// cancelled clock used up nothing that is reported. The result is sorted by
// descending counted time, then group and assignee.
func Usage(xs []Explanation, slot string) []Share {
	var out []Share
	for _, x := range xs {
		if slot != "" && x.Status.Slot != slot {
			continue
		}
		cancelled := func(n int) bool {
			for _, c := range x.Status.History {
				if c.Number == n {
					return c.Stage == Cancelled
				}
			}
			return x.Status.Number == n && x.Status.Stage == Cancelled
		}
		for _, s := range x.Attribution {
			if cancelled(s.Cycle) {
				continue
			}
			i := slices.IndexFunc(out, func(x Share) bool { return x.Group == s.Group && x.Assignee == s.Assignee })
			if i < 0 {
				out = append(out, Share{Group: s.Group, Assignee: s.Assignee})
				i = len(out) - 1
			}
			out[i].Counted = addDur(out[i].Counted, s.Counted)
			out[i].Paused = addDur(out[i].Paused, s.Paused)
		}
	}
	slices.SortStableFunc(out, func(a, b Share) int {
		if a.Counted != b.Counted {
			if a.Counted > b.Counted {
				return -1
			}
			return 1
		}
		return cmp.Or(strings.Compare(a.Group, b.Group), strings.Compare(a.Assignee, b.Assignee))
	})
	return out
}
