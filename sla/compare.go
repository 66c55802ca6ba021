package sla

import (
	"iter"
	"maps"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/itsmkit/itsm"
)

// What-if replay: because a clock is a pure replay of a ticket's timeline,
// the effect of a policy change can be measured before it is made, on the
// tickets of a past period.

// Difference is one ticket whose clock in one slot comes out differently
// under two policies (see [Compare]): its verdict (met, breached,
// cancelled, running, paused), its deadline or its breach instant changed
// in some cycle, or the number of its cycles did.
type Difference struct {
	Index  int64  `json:"index"`            // position of the ticket in the sequence (0-based)
	Ticket string `json:"ticket,omitempty"` // the ticket's ID
	Slot   string `json:"slot,omitempty"`   // the clock slot
	// Before and After are the slot's current (last) cycle under each
	// policy; a zero Cycle when the slot has no clock under it.
	Before Cycle `json:"before,omitzero"`
	After  Cycle `json:"after,omitzero"`
	// Change says what changed, cycle by cycle: `cycle 1: met → breached;
	// breach at none → 2026-03-02T13:00:00Z`, and for a cycle still active
	// `deadline 2026-03-02T15:00:00Z → 2026-03-02T13:00:00Z`.
	Change string `json:"change,omitempty"`
	// Reason says why: how the definitions that measured the cycle differ
	// (`target "P1 resolution": goal 4h business → 2h business`), or the
	// policy-wide setting that differs.
	Reason string `json:"reason,omitempty"`
	// Rejected is set, and nothing else but Index and Ticket, when the
	// ticket does not evaluate under one of the policies (a broken
	// timeline, a state one of them does not list); its error names the
	// policy ("before", "after").
	Rejected *itsm.RecordError `json:"rejected,omitempty"`
}

// String renders the difference on one line: `ticket "INC1" "SLA
// resolution": cycle 1: met → breached; … (target …: goal 4h business →
// 2h business)`.
func (d Difference) String() string {
	if d.Rejected != nil {
		return d.Rejected.Error()
	}
	var b strings.Builder
	if d.Ticket != "" {
		b.WriteString("ticket " + quote(d.Ticket) + " ")
	}
	b.WriteString(quote(d.Slot) + ": " + d.Change)
	if d.Reason != "" {
		b.WriteString(" (" + d.Reason + ")")
	}
	return b.String()
}

// Comparison is the summary of [Compare]: how many tickets were replayed,
// how many changed, and the attainment of every target over the period
// under each policy.
type Comparison struct {
	Period   itsm.Interval    `json:"period"`   // the period, closed: every ticket is evaluated at its end
	Tickets  int64            `json:"tickets"`  // tickets replayed
	Changed  int64            `json:"changed"`  // tickets with at least one Difference
	Rejected int64            `json:"rejected"` // tickets that did not evaluate under one of the policies (not counted below)
	Before   AttainmentReport `json:"before"`   // attainment under the first policy
	After    AttainmentReport `json:"after"`    // attainment under the second policy
}

// String summarises the comparison: the tickets, and per target the
// attainment before and after, e.g. `1000 tickets, 12 changed; "P1
// resolution" 95/100 → 90/100`.
func (c Comparison) String() string {
	var b strings.Builder
	b.WriteString(strconv.FormatInt(c.Tickets, 10) + " tickets, " + strconv.FormatInt(c.Changed, 10) + " changed")
	if c.Rejected > 0 {
		b.WriteString(", " + strconv.FormatInt(c.Rejected, 10) + " rejected")
	}
	type key struct{ slot, target string }
	after := map[key]AttainmentGroup{}
	for _, g := range c.After.Targets {
		after[key{g.Slot, g.Target}] = g
	}
	seen := map[key]bool{}
	for _, g := range c.Before.Targets {
		k := key{g.Slot, g.Target}
		seen[k] = true
		a, ok := after[k]
		b.WriteString("; " + quote(g.Target) + " " + g.Attainment().String() + " → ")
		if ok {
			b.WriteString(a.Attainment().String())
		} else {
			b.WriteString("none")
		}
	}
	for _, g := range c.After.Targets {
		if !seen[key{g.Slot, g.Target}] {
			b.WriteString("; " + quote(g.Target) + " none → " + g.Attainment().String())
		}
	}
	return b.String()
}

// Compare replays every ticket under two policies (or two versions of one,
// see [Policy.Version]) as of the end of a closed period, calls each with
// every ticket whose clock in some slot comes out differently — verdict,
// deadline or breach instant, with the reason — and returns the
// attainment of every target over the period under each policy.
//
// It streams: tickets are read one at a time and not kept (the sequence
// may reuse a ticket's memory for the next one), each is called as the
// differences are found (return false to stop early; nil to collect only
// the summary), and the summary's memory is bounded by the number of
// targets and priorities, so a million tickets take the memory of one.
// A ticket that does not evaluate under one of the policies is passed to
// each as a Difference with Rejected set and counted in
// Comparison.Rejected; the others are compared. A nil policy or an invalid
// period is an error wrapping [ErrConfig].
func Compare(before, after *Policy, tickets iter.Seq[Ticket], period itsm.Interval, each func(Difference) bool) (Comparison, error) {
	if before == nil || after == nil {
		return Comparison{}, errNilPolicy("compare")
	}
	if err := period.Validate(); err != nil {
		return Comparison{}, errorf("compare period", period.String(), because(ErrConfig, err))
	}
	if tickets == nil {
		tickets = func(func(Ticket) bool) {}
	}
	out := Comparison{Period: period}
	accB, accA := newAttainAcc(period), newAttainAcc(period)
	var bs, as []Status
	var idx int64
	reasons := reasonCache{}
	for tk := range tickets {
		i := idx
		idx++
		out.Tickets++
		vb, va := before.versionFor(tk.Events, period.End), after.versionFor(tk.Events, period.End)
		evB, errB := normalize(tk.Events, vb.spec.States, vb.spec.Priorities)
		evA, errA := evB, errB
		if !slices.Equal(vb.spec.States, va.spec.States) || !slices.Equal(vb.spec.Priorities, va.spec.Priorities) {
			evA, errA = normalize(tk.Events, va.spec.States, va.spec.Priorities)
		}
		if errB == nil {
			bs, errB = vb.evaluateNorm(tk, evB, period.End, bs[:0])
		}
		if errA == nil {
			as, errA = va.evaluateNorm(tk, evA, period.End, as[:0])
		}
		if errB != nil || errA != nil {
			out.Rejected++
			err := errB
			ctx := "before"
			if err == nil {
				err, ctx = errA, "after"
			}
			if each != nil && !each(Difference{Index: i, Ticket: tk.ID,
				Rejected: &itsm.RecordError{Index: int(i), Kind: "ticket", ID: tk.ID, Err: wrapCtx("compare: "+ctx, err)}}) {
				break
			}
			continue
		}
		for k := range bs {
			_ = accB.add(&bs[k]) // evaluated at the period's end: never unknown
		}
		for k := range as {
			_ = accA.add(&as[k])
		}
		changed, stop := false, false
		diff := func(b, a *Status, slot string) {
			if stop {
				return
			}
			d, ok := compareSlot(b, a)
			if !ok {
				return
			}
			changed = true
			if each == nil {
				return
			}
			d.Index, d.Ticket, d.Slot = i, tk.ID, slot
			d.Reason = reasons.of(vb, va, &d)
			stop = !each(d)
		}
		for k := range bs {
			diff(&bs[k], findStatus(as, bs[k].Slot), bs[k].Slot)
		}
		for k := range as {
			if findStatus(bs, as[k].Slot) == nil {
				diff(nil, &as[k], as[k].Slot)
			}
		}
		if changed {
			out.Changed++
		}
		if stop {
			break
		}
	}
	out.Before, out.After = accB.report(), accA.report()
	return out, nil
}

func findStatus(sts []Status, slot string) *Status {
	for i := range sts {
		if sts[i].Slot == slot {
			return &sts[i]
		}
	}
	return nil
}

// cycleAt returns the k-th cycle of st (nil: none): the history, then the
// current cycle if it started.
func cycleAt(st *Status, k int) *Cycle {
	if st == nil {
		return nil
	}
	if k < len(st.History) {
		return &st.History[k]
	}
	if k == len(st.History) && st.Stage != NotStarted {
		return &st.Cycle
	}
	return nil
}

func cycleCount(st *Status) int {
	if st == nil {
		return 0
	}
	n := len(st.History)
	if st.Stage != NotStarted {
		n++
	}
	return n
}

// verdict is the cycle's outcome as a comparison sees it.
func verdict(c *Cycle) string {
	if c == nil {
		return "no clock"
	}
	if c.Breached && c.Stage != Breached {
		return c.Stage.String() + " (breached)"
	}
	return c.Stage.String()
}

// compareSlot compares the cycles of one slot (nil: no clock) and reports
// whether a verdict, deadline, breach instant or the number of cycles
// differs; the Difference has Before, After and Change set.
func compareSlot(b, a *Status) (Difference, bool) {
	nb, na := cycleCount(b), cycleCount(a)
	var parts []string
	for k := range max(nb, na) {
		cb, ca := cycleAt(b, k), cycleAt(a, k)
		if cb != nil && ca != nil && cb.Stage == ca.Stage && cb.Breached == ca.Breached &&
			cb.BreachAt.Equal(ca.BreachAt) && cb.Deadline.Equal(ca.Deadline) {
			continue
		}
		var p []string
		if vb, va := verdict(cb), verdict(ca); vb != va {
			p = append(p, vb+" → "+va)
		}
		if cb != nil && ca != nil {
			if !cb.BreachAt.Equal(ca.BreachAt) {
				p = append(p, "breach at "+instant(cb.BreachAt)+" → "+instant(ca.BreachAt))
			}
			if (cb.active() || ca.active()) && !cb.Deadline.Equal(ca.Deadline) {
				// (An ended cycle's deadline is its breach instant.)
				p = append(p, "deadline "+instant(cb.Deadline)+" → "+instant(ca.Deadline))
			}
		}
		parts = append(parts, "cycle "+strconv.Itoa(k+1)+": "+strings.Join(p, "; "))
	}
	if len(parts) == 0 {
		return Difference{}, false
	}
	d := Difference{Change: strings.Join(parts, "; ")}
	if nb != na {
		d.Change = "cycles " + strconv.Itoa(nb) + " → " + strconv.Itoa(na) + "; " + d.Change
	}
	if c := cycleAt(b, nb-1); c != nil {
		d.Before = *c
	}
	if c := cycleAt(a, na-1); c != nil {
		d.After = *c
	}
	return d, true
}

func instant(t time.Time) string {
	if t.IsZero() {
		return "none"
	}
	return t.Format(time.RFC3339)
}

// reasonCache remembers the reason per pair of versions and targets: the
// pairs are few, the differences many.
type reasonCache map[[4]any]string

func (rc reasonCache) of(bp, ap *Policy, d *Difference) string {
	k := [4]any{bp, ap, d.Before.target, d.After.target}
	if r, ok := rc[k]; ok {
		return r
	}
	r := reason(bp, ap, d)
	rc[k] = r
	return r
}

// reason says how the definitions behind a difference differ: the targets
// that measured the last cycles, else a policy-wide setting (the versions
// bp and ap measured the ticket).
func reason(bp, ap *Policy, d *Difference) string {
	tb, ta := d.Before.target, d.After.target
	switch {
	case tb == nil && ta == nil:
	case tb == nil:
		return "no target before; " + quote(ta.spec.Name) + " (" + ta.spec.Goal.String() + ") after"
	case ta == nil:
		return quote(tb.spec.Name) + " (" + tb.spec.Goal.String() + ") before; no target after"
	default:
		if r := targetDiff(tb, ta); r != "" {
			return r
		}
	}
	var p []string
	if !bp.spec.EffectiveFrom.Equal(ap.spec.EffectiveFrom) {
		p = append(p, "version from "+instant(bp.spec.EffectiveFrom)+" → "+instant(ap.spec.EffectiveFrom))
	}
	if bp.spec.PriorityChange != ap.spec.PriorityChange {
		p = append(p, "priority change "+bp.spec.PriorityChange.String()+" → "+ap.spec.PriorityChange.String())
	}
	if !maps.Equal(bp.spec.GroupSchedules, ap.spec.GroupSchedules) {
		p = append(p, "group schedules changed")
	}
	for _, n := range slices.Sorted(maps.Keys(bp.cals)) {
		if c, ok := ap.cals[n]; ok {
			sb, _ := bp.cals[n].Spec()
			sa, _ := c.Spec()
			if !reflect.DeepEqual(sb, sa) {
				p = append(p, "calendar "+quote(n)+" changed")
			}
		}
	}
	if len(p) == 0 {
		return "the rules, conditions or schedules of the policies differ"
	}
	return strings.Join(p, "; ")
}

// targetDiff describes how two targets' definitions differ ("" if they
// agree on everything that decides a clock).
func targetDiff(b, a *Target) string {
	var p []string
	if b.spec.Goal.String() != a.spec.Goal.String() {
		p = append(p, "goal "+b.spec.Goal.String()+" → "+a.spec.Goal.String())
	}
	if b.names[0] != a.names[0] {
		p = append(p, "schedule "+quote(b.names[0])+" → "+quote(a.names[0]))
	}
	if b.spec.FollowGroup != a.spec.FollowGroup {
		p = append(p, "follow_group "+strconv.FormatBool(b.spec.FollowGroup)+" → "+strconv.FormatBool(a.spec.FollowGroup))
	}
	if !reflect.DeepEqual(b.cond, a.cond) {
		p = append(p, "clock conditions changed")
	}
	name := "target " + quote(b.spec.Name)
	if b.spec.Name != a.spec.Name {
		name += " → " + quote(a.spec.Name)
	} else if len(p) == 0 {
		return ""
	}
	if len(p) == 0 {
		return name
	}
	return name + ": " + strings.Join(p, "; ")
}
