package sla

import (
	"cmp"
	"fmt"
	"slices"
	"time"

	"github.com/itsmkit/itsm"
	"github.com/shopspring/decimal"
)

// AttainmentGroup counts the cycles of one target at one priority in a
// reporting period.
//
// A cycle that ended inside the period counts as Met or Breached (a
// cancelled cycle that had breached counts as Breached, any other
// cancelled cycle as Cancelled). A cycle that started before the period's
// end and had not ended by then is open at period end: OpenBreached if it
// had breached before the period's end, else Open. Cycles that ended before
// the period or started after it are not counted.
type AttainmentGroup struct {
	Slot     string `json:"slot"`     // clock slot (see TargetSpec.Slot)
	Target   string `json:"target"`   // target name
	Kind     Kind   `json:"kind"`     // SLA, OLA or UC
	Priority string `json:"priority"` // priority of the cycle ("" in per-target totals)
	// Goal is the target's attainment goal in percent
	// (TargetSpec.Attainment; zero: none).
	Goal         decimal.Decimal `json:"goal,omitzero"`
	Met          int64           `json:"met"`           // ended in the period, met
	Breached     int64           `json:"breached"`      // ended in the period, breached (also a cancelled cycle that had breached)
	Cancelled    int64           `json:"cancelled"`     // ended in the period, cancelled without a breach
	Open         int64           `json:"open"`          // still open at the period's end, not breached by then
	OpenBreached int64           `json:"open_breached"` // still open at the period's end, breached before it
}

// Attainment returns Met / (Met + Breached) of the cycles decided in the
// period; cycles still open are reported separately, not counted.
func (g AttainmentGroup) Attainment() itsm.Ratio {
	return itsm.Ratio{Num: g.Met, Den: g.Met + g.Breached}
}

func (g *AttainmentGroup) add(o AttainmentGroup) {
	g.Met += o.Met
	g.Breached += o.Breached
	g.Cancelled += o.Cancelled
	g.Open += o.Open
	g.OpenBreached += o.OpenBreached
}

// AttainmentReport is the compliance of many evaluated tickets over a
// half-open reporting period.
type AttainmentReport struct {
	Period itsm.Interval `json:"period"` // the half-open reporting period
	// Groups, one per target and priority, sorted by slot, target, priority.
	Groups []AttainmentGroup `json:"groups"`
	// Targets, the same counts per target over all priorities.
	Targets []AttainmentGroup `json:"targets"`
	// Rejected lists the statuses that could not be counted (none of
	// their cycles is), by index and ticket, the error naming the slot and
	// cycle; the counts above cover the others.
	Rejected []itsm.RecordError `json:"rejected,omitempty"`
}

// ComputeAttainment classifies every cycle of every status (current and
// history) for the period [period.Start, period.End). Statuses must have
// been evaluated at or after the period's end (AsOf ≥ End) for cycles still
// active in them; otherwise their state at the period's end is unknown: such
// a status is not counted and is listed in the report's Rejected (its
// error wraps [ErrConfig], naming the slot and cycle and quoting the instant
// it was evaluated at), while every other status is counted. The error is
// for an invalid period only (it wraps itsm.ErrInterval).
func ComputeAttainment(period itsm.Interval, statuses []Status) (AttainmentReport, error) {
	if err := period.Validate(); err != nil {
		return AttainmentReport{}, err
	}
	acc := newAttainAcc(period)
	for si, st := range statuses {
		if err := acc.add(&statuses[si]); err != nil {
			acc.rep.Rejected = append(acc.rep.Rejected, itsm.RecordError{Index: si, Kind: "ticket", ID: st.Ticket, Err: err})
		}
	}
	return acc.report(), nil
}

// attainAcc counts cycles into an attainment report one status at a time,
// in memory bounded by the number of groups (targets × priorities).
type attainAcc struct {
	rep AttainmentReport
	idx map[attainKey]int
}

type attainKey struct{ slot, target, prio string }

func newAttainAcc(period itsm.Interval) *attainAcc {
	return &attainAcc{rep: AttainmentReport{Period: period}, idx: map[attainKey]int{}}
}

// add counts the cycles of st; a status whose state at the period's end is
// unknown is not counted and returned as an error.
func (a *attainAcc) add(st *Status) error {
	period := a.rep.Period
	cur := st.Stage != NotStarted
	if c, bad := unknownAtEnd(period, st.History); bad {
		return unknownErr(st, c)
	}
	if cur && unknownCycle(period, &st.Cycle) {
		return unknownErr(st, st.Cycle)
	}
	for i := range st.History {
		a.addCycle(st.Slot, &st.History[i])
	}
	if cur {
		a.addCycle(st.Slot, &st.Cycle)
	}
	return nil
}

func unknownErr(st *Status, c Cycle) error {
	return errorf(fmt.Sprintf("attainment: slot %q cycle %d (target %q) as of", st.Slot, c.Number, c.Target), c.AsOf.Format(time.RFC3339),
		detail(ErrConfig, "evaluated before the period's end"))
}

func (a *attainAcc) addCycle(slot string, c *Cycle) {
	period := a.rep.Period
	var g AttainmentGroup
	switch {
	case !c.Start.Before(period.End):
		return
	case !c.End.IsZero() && c.End.Before(period.End):
		if c.End.Before(period.Start) {
			return
		}
		switch {
		case c.Stage == Met:
			g.Met = 1
		case c.Stage == Breached || c.Breached:
			g.Breached = 1
		default:
			g.Cancelled = 1
		}
	default: // open at the period's end
		if c.Breached && c.BreachAt.Before(period.End) {
			g.OpenBreached = 1
		} else {
			g.Open = 1
		}
	}
	i, ok := a.find(slot, c)
	if !ok {
		k := attainKey{slot, c.Target, c.Priority}
		i = len(a.rep.Groups)
		a.idx[k] = i
		ng := AttainmentGroup{Slot: slot, Target: c.Target, Kind: c.Kind, Priority: c.Priority}
		if c.target != nil {
			ng.Goal = c.target.spec.Attainment
		}
		a.rep.Groups = append(a.rep.Groups, ng)
	}
	a.rep.Groups[i].add(g)
}

// report sorts the groups and sums them per target.
func (a *attainAcc) report() AttainmentReport {
	rep := a.rep
	rep.Groups = slices.Clone(rep.Groups)
	slices.SortFunc(rep.Groups, func(a, b AttainmentGroup) int {
		return cmp.Or(cmp.Compare(a.Slot, b.Slot), cmp.Compare(a.Target, b.Target), cmp.Compare(a.Priority, b.Priority))
	})
	for _, g := range rep.Groups {
		n := len(rep.Targets)
		if n > 0 && rep.Targets[n-1].Slot == g.Slot && rep.Targets[n-1].Target == g.Target {
			rep.Targets[n-1].add(g)
			continue
		}
		t := g
		t.Priority = ""
		rep.Targets = append(rep.Targets, t)
	}
	return rep
}

// unknownAtEnd returns a cycle that is in scope, still active and was
// evaluated before the period's end: its state at the end is unknown.
func unknownAtEnd(period itsm.Interval, cycles []Cycle) (Cycle, bool) {
	for i := range cycles {
		if unknownCycle(period, &cycles[i]) {
			return cycles[i], true
		}
	}
	return Cycle{}, false
}

func unknownCycle(period itsm.Interval, c *Cycle) bool {
	return c.Start.Before(period.End) && c.End.IsZero() && c.AsOf.Before(period.End)
}

// find returns the index of the group of the cycle: by a scan while the
// groups are few (the usual case: targets × priorities), by the map after.
func (a *attainAcc) find(slot string, c *Cycle) (int, bool) {
	if len(a.rep.Groups) <= 32 {
		for i := range a.rep.Groups {
			g := &a.rep.Groups[i]
			if g.Target == c.Target && g.Priority == c.Priority && g.Slot == slot {
				return i, true
			}
		}
		return 0, false
	}
	i, ok := a.idx[attainKey{slot, c.Target, c.Priority}]
	return i, ok
}
