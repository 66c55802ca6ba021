package main

import (
	"cmp"
	"fmt"
	"time"

	"github.com/itsmkit/itsm"
	"github.com/itsmkit/itsm/sla"
)

// reconcileSection compares, ticket by ticket, the source system's own SLA
// verdict (ServiceNow made_sla, Jira's SLA columns) with this report's
// verdict under the configured policy, and for each disagreement shows the
// segment of the library's clock where the two part: where the library's
// clock reached the goal when the source says met, or the first stretch
// the library did not count (paused, out of hours, or after its stop) when
// the source says breached. A policy that mirrors the source system's
// agrees on every ticket; each disagreement points at the condition,
// schedule or goal that differs.
func (a *analysis) reconcileSection() (*Section, error) {
	type key struct{ field, metric string }
	type acc struct {
		compared, agree, running, noClock int
	}
	accs := map[key]*acc{}
	var order []key
	s := &Section{ID: "reconciliation", Title: "Reconciliation with the source system's SLA verdicts"}
	dt := &Table{ID: "reconciliation_disagreements", Title: "Tickets where the verdicts differ", Limit: 20, Expand: true,
		Columns: []Column{{"ticket", "Ticket", false, false}, {"priority", "P", false, false}, {"field", "Source field", false, true},
			{"source", "Source says", false, false}, {"library", "This report", false, false}, {"target", "Target", false, false},
			{"from", "Clocks part from", false, false}, {"to", "To", false, false}, {"stretch", "Stretch", false, false}, {"why", "Where they part", false, false}}}
	seen := false
	for _, t := range a.period {
		if t.Source == nil {
			continue
		}
		for _, v := range t.Source.Verdicts {
			seen = true
			k := key{v.Field, v.Metric}
			x := accs[k]
			if x == nil {
				x = &acc{}
				accs[k] = x
				order = append(order, k)
			}
			if a.Policy == nil {
				x.noClock++
				continue
			}
			st, ok := t.StatusOf(sla.Metric(v.Metric))
			if !ok {
				x.noClock++
				continue
			}
			met, br, _ := outcome(st)
			if !met && !br || !v.Final {
				x.running++ // this clock or the source's has not settled
				continue
			}
			x.compared++
			if met == v.Met {
				x.agree++
				continue
			}
			row, err := a.partAt(t, sla.Metric(v.Metric), v.Met)
			if err != nil {
				return nil, fmt.Errorf("ticket %s: %w", t.ID, err)
			}
			srcSays := map[bool]string{true: "met", false: "breached"}[v.Met]
			libSays := map[bool]string{true: "met", false: "breached"}[met]
			dt.Add(append([]Cell{txt(t.ID), txt(prioLabel(t.Prio.Effective())), txt(v.Field), txt(srcSays + " (" + v.Text + ")"), txt(libSays)}, row...)...)
		}
	}
	if !seen {
		return nil, nil
	}
	sum := &Table{ID: "reconciliation", Columns: []Column{{"field", "Source field", false, false}, {"metric", "Clock", false, false},
		{"compared", "Compared", true, false}, {"agree", "Agree", true, false}, {"disagree", "Disagree", true, false}, {"agreement", "Agreement", true, false},
		{"running", "Not settled", true, false}, {"no_clock", "No clock here", true, false}}}
	for _, k := range order {
		x := accs[k]
		r := ratio(int64(x.agree), int64(x.compared))
		sum.Add(txt(k.field), txt(k.metric), num(int64(x.compared)), num(int64(x.agree)), num(int64(x.compared-x.agree)), pct(r, 1),
			num(int64(x.running)), num(int64(x.noClock)))
		if a.Policy != nil && x.compared > 0 {
			a.key("Agreement with "+k.field, Cell{a.f("%d/%d", x.agree, x.compared), r.String()}, "Reconciliation")
		}
	}
	s.Intro = []string{"The export carries the source system's own SLA verdict. Each ticket's verdict is compared with this report's under the configured policy (met or breached; a clock still running here or in the source when the export was taken, or a ticket the policy gives no such clock, is not compared). " +
		"For a disagreement the last columns show the segment of this report's clock where the two part: where it reached the goal although the source says met (the source paused, stopped earlier or allowed more), or the first stretch it did not count although the source says breached (the source counted pauses, nights or the time after the stop)."}
	if a.Policy == nil {
		s.Intro = append(s.Intro, "No SLA policy is configured, so nothing is compared: configure one under \"sla\" that mirrors the source system's SLA definitions.")
	}
	s.Tables = []*Table{sum}
	if len(dt.Rows) > 0 {
		s.Tables = append(s.Tables, dt)
	}
	return s, nil
}

// partAt finds where this report's clock for metric parts from the source's
// verdict srcMet, as cells: target, from, to, segment kind, explanation.
func (a *analysis) partAt(t *Ticket, metric sla.Metric, srcMet bool) ([]Cell, error) {
	xs, err := a.Explain(t, a.Now)
	if err != nil {
		return nil, err
	}
	var x *sla.Explanation
	for i := range xs {
		if xs[i].Status.Metric == metric {
			x = &xs[i]
		}
	}
	if x == nil {
		return []Cell{none(), none(), none(), none(), txt("no explanation")}, nil
	}
	c := x.Status.Cycle
	for _, h := range x.Status.Cycles() {
		if h.Breached {
			c = h
			break
		}
	}
	var segs []sla.Segment
	for _, sg := range x.Segments {
		if sg.Cycle == c.Number {
			segs = append(segs, sg)
		}
	}
	if !srcMet {
		// The library met the goal: the source counted something it did not.
		for _, sg := range segs {
			if sg.Kind != sla.SegmentCounted {
				return []Cell{txt(c.Target), at(sg.Start), at(sg.End), txt(sg.Kind.String()),
					txt(fmt.Sprintf("not counted here (%s); the source breached, so it probably counted this stretch", sg.Kind))}, nil
			}
		}
		stop := cmp.Or(c.End, c.AsOf)
		return []Cell{txt(c.Target), at(stop), none(), txt("after the stop"),
			txt(fmt.Sprintf("every stretch counted (%s of %s allowed); the source's clock ran on after this stop or allows less", fmtHours(c.Elapsed.Std()), fmtHours(c.Goal.Std())))}, nil
	}
	// The library breached: the stretch of the ticket's state in which its
	// clock used up the goal (the instant itself may be where the next
	// state begins, so the stretch is the one ending at or after it).
	from, to, state := stateAt(t, c.BreachAt)
	return []Cell{txt(c.Target), at(from), at(to), txt(state),
		txt(fmt.Sprintf("the goal (%s) was used up at %s, with the ticket %s since %s; the source says met, so it did not count this stretch (a pause state, out of hours, or stopped before it) or allows more",
			fmtHours(c.Goal.Std()), c.BreachAt.In(a.Loc).Format("Mon 02 Jan 15:04"), state, from.In(a.Loc).Format("Mon 02 Jan 15:04")))}, nil
}

// stateAt returns the stretch [from, to) of the ticket's state that covers
// the time just before instant (to is zero while the state lasts).
func stateAt(t *Ticket, instant time.Time) (from, to time.Time, state string) {
	for _, e := range t.Timeline {
		if e.State == "" {
			continue
		}
		if !e.At.Before(instant) {
			return from, e.At, state
		}
		from, state = e.At, e.State
	}
	return from, time.Time{}, state
}

func ratio(num, den int64) itsm.Ratio { return itsm.Ratio{Num: num, Den: den} }
