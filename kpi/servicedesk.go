package kpi

import (
	"fmt"
	"math"
	"strconv"
)

// TicketOutcome is what the service-desk rates need to know about one
// ticket. The definitions of first contact resolution and first time fix are
// deliberately distinct:
//
//   - First contact resolution (FCR) is about contacts: the ticket was
//     resolved during the requester's first contact (call, chat, walk-up),
//     by the person taking it, with no follow-up contact, no escalation and
//     no reopening.
//   - First time fix (FTF) is about fix attempts: the first fix applied
//     (often a field visit or a change) worked — at most one fix attempt and
//     no reopening — however many contacts, hand-offs or days it took.
//
// A ticket resolved on first contact is usually also a first time fix; a
// ticket escalated to second line and fixed there on the first try is a first
// time fix but not an FCR.
type TicketOutcome struct {
	Resolved bool // resolved (or closed as resolved) in the period
	// AtFirstContact: resolved during the first contact, without a further
	// contact from the requester. Requires Resolved.
	AtFirstContact bool
	// FixAttempts is the number of fix attempts (visits, applied fixes) made
	// before the fix held; 0 for a ticket resolved without a fix (e.g. advice).
	FixAttempts int
	Reopened    bool // reopened at least once after being resolved
	Escalated   bool // escalated to a higher support tier or to management
	// Reassignments counts hand-offs between assignment groups (0 = stayed
	// with the first group).
	Reassignments int
}

// DeskRates accumulates [TicketOutcome] values. It is a commutative monoid
// (zero value empty, Add does not allocate, Merge = batch).
type DeskRates struct {
	Tickets       int64 // all tickets added
	Resolved      int64 // tickets resolved (denominator of FCR, FTF, reopen rate)
	FirstContact  int64 // resolved at first contact, not escalated, not reopened
	FirstTimeFix  int64 // resolved with ≤ 1 fix attempt, not reopened
	Reopened      int64 // resolved tickets reopened at least once
	Escalated     int64 // tickets escalated at least once
	Reassigned    int64 // tickets with ≥ 1 reassignment
	Reassignments int64 // total hand-offs
}

// Add records one ticket. Inconsistent input (AtFirstContact without
// Resolved, negative FixAttempts or Reassignments, Reopened without Resolved)
// is an error wrapping [ErrOutOfRange], a count beyond int64 one wrapping
// [ErrOverflow]; either way the ticket is not recorded.
func (r *DeskRates) Add(t TicketOutcome) error {
	switch {
	case t.AtFirstContact && !t.Resolved:
		return &ValueError{What: "ticket", Value: "at first contact but not resolved", Err: ErrOutOfRange}
	case t.Reopened && !t.Resolved:
		return &ValueError{What: "ticket", Value: "reopened but not resolved", Err: ErrOutOfRange}
	case t.FixAttempts < 0:
		return &ValueError{What: "fix attempts", Value: strconv.Itoa(t.FixAttempts), Err: ErrOutOfRange}
	case t.Reassignments < 0:
		return &ValueError{What: "reassignments", Value: strconv.Itoa(t.Reassignments), Err: ErrOutOfRange}
	}
	var d DeskRates // what this ticket adds
	d.Tickets = 1
	d.Reassignments = int64(t.Reassignments)
	if t.Reassignments > 0 {
		d.Reassigned = 1
	}
	if t.Escalated {
		d.Escalated = 1
	}
	if t.Resolved {
		d.Resolved = 1
		switch {
		case t.Reopened:
			d.Reopened = 1
		default:
			if t.AtFirstContact && !t.Escalated {
				d.FirstContact = 1
			}
			if t.FixAttempts <= 1 {
				d.FirstTimeFix = 1
			}
		}
	}
	n := *r
	ok := true
	for _, f := range [...]struct {
		dst *int64
		add int64
	}{
		{&n.Tickets, d.Tickets}, {&n.Resolved, d.Resolved}, {&n.FirstContact, d.FirstContact},
		{&n.FirstTimeFix, d.FirstTimeFix}, {&n.Reopened, d.Reopened}, {&n.Escalated, d.Escalated},
		{&n.Reassigned, d.Reassigned}, {&n.Reassignments, d.Reassignments},
	} {
		var fits bool
		*f.dst, fits = addInt64(*f.dst, f.add)
		ok = ok && fits
	}
	if !ok {
		return fmt.Errorf("%w: desk counts beyond int64 adding a ticket with %d reassignments", ErrOverflow, t.Reassignments)
	}
	*r = n
	return nil
}

// Merge adds o into r. Counts saturate at the int64 range instead of
// wrapping around.
func (r *DeskRates) Merge(o DeskRates) {
	r.Tickets = satAdd(r.Tickets, o.Tickets)
	r.Resolved = satAdd(r.Resolved, o.Resolved)
	r.FirstContact = satAdd(r.FirstContact, o.FirstContact)
	r.FirstTimeFix = satAdd(r.FirstTimeFix, o.FirstTimeFix)
	r.Reopened = satAdd(r.Reopened, o.Reopened)
	r.Escalated = satAdd(r.Escalated, o.Escalated)
	r.Reassigned = satAdd(r.Reassigned, o.Reassigned)
	r.Reassignments = satAdd(r.Reassignments, o.Reassignments)
}

// FCR is first contact resolution: FirstContact / Resolved.
func (r DeskRates) FCR() Ratio { return Ratio{r.FirstContact, r.Resolved} }

// FTF is first time fix: FirstTimeFix / Resolved.
func (r DeskRates) FTF() Ratio { return Ratio{r.FirstTimeFix, r.Resolved} }

// ReopenRate is Reopened / Resolved.
func (r DeskRates) ReopenRate() Ratio { return Ratio{r.Reopened, r.Resolved} }

// EscalationRate is Escalated / Tickets.
func (r DeskRates) EscalationRate() Ratio { return Ratio{r.Escalated, r.Tickets} }

// ReassignmentRate is the share of tickets reassigned at least once: Reassigned / Tickets.
func (r DeskRates) ReassignmentRate() Ratio { return Ratio{r.Reassigned, r.Tickets} }

// ReassignmentsPerTicket is the mean number of hand-offs: Reassignments / Tickets.
func (r DeskRates) ReassignmentsPerTicket() Ratio { return Ratio{r.Reassignments, r.Tickets} }

// Attainment counts SLA targets met out of targets measured (e.g. from sla
// results or plain counts). It is a commutative monoid.
type Attainment struct {
	Met   int64 // targets met
	Total int64 // targets measured
}

// Add records one measured target. The counts saturate at math.MaxInt64
// instead of wrapping around.
func (a *Attainment) Add(met bool) {
	if a.Total == math.MaxInt64 {
		return // saturated: adding would make Met exceed Total or wrap
	}
	a.Total++
	if met {
		a.Met = satAdd(a.Met, 1)
	}
}

// Merge adds o into a. The counts saturate at the int64 range instead of
// wrapping around.
func (a *Attainment) Merge(o Attainment) {
	a.Met = satAdd(a.Met, o.Met)
	a.Total = satAdd(a.Total, o.Total)
}

// NewAttainment builds an attainment from plain counts; met must be in [0, total].
func NewAttainment(met, total int64) (Attainment, error) {
	if total < 0 || met < 0 || met > total {
		return Attainment{}, &ValueError{What: "attainment", Value: fmt.Sprintf("%d/%d", met, total), Err: ErrOutOfRange}
	}
	return Attainment{met, total}, nil
}

// Ratio returns Met / Total (no data when Total == 0).
func (a Attainment) Ratio() Ratio { return Ratio{a.Met, a.Total} }

// Breached returns Total − Met, saturated at the int64 range.
func (a Attainment) Breached() int64 { return satSub(a.Total, a.Met) }
