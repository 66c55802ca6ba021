package kpi

import (
	"fmt"
	"math"
	"strconv"

	"github.com/itsmkit/itsm"
	"github.com/itsmkit/itsm/internal/xmath"
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
	Resolved bool `json:"resolved"` // resolved (or closed as resolved) in the period
	// AtFirstContact: resolved during the first contact, without a further
	// contact from the requester. Requires Resolved.
	AtFirstContact bool `json:"at_first_contact"`
	// FixAttempts is the number of fix attempts (visits, applied fixes) made
	// before the fix held; 0 for a ticket resolved without a fix (e.g. advice).
	FixAttempts int  `json:"fix_attempts"`
	Reopened    bool `json:"reopened"`  // reopened at least once after being resolved
	Escalated   bool `json:"escalated"` // escalated to a higher support tier or to management
	// Reassignments counts hand-offs between assignment groups (0 = stayed
	// with the first group).
	Reassignments int `json:"reassignments"`
}

// DeskRates accumulates [TicketOutcome] values. It is a commutative monoid
// (zero value empty, Add does not allocate, Merge = batch). The mean number
// of hand-offs per ticket is Reassignments / Tickets.
type DeskRates struct {
	Tickets       int64 `json:"tickets"`        // all tickets added
	Resolved      int64 `json:"resolved"`       // tickets resolved (denominator of FCR, FTF, reopen rate)
	FirstContact  int64 `json:"first_contact"`  // resolved at first contact, not escalated, not reopened
	FirstTimeFix  int64 `json:"first_time_fix"` // resolved with ≤ 1 fix attempt, not reopened
	Reopened      int64 `json:"reopened"`       // resolved tickets reopened at least once
	Escalated     int64 `json:"escalated"`      // tickets escalated at least once
	Reassigned    int64 `json:"reassigned"`     // tickets with ≥ 1 reassignment
	Reassignments int64 `json:"reassignments"`  // total hand-offs
}

// Add records one ticket. Inconsistent input (AtFirstContact without
// Resolved, negative FixAttempts or Reassignments, Reopened without Resolved)
// is an error wrapping [ErrOutOfRange], a count beyond int64 one wrapping
// [itsm.ErrOverflow]; either way the ticket is not recorded. A nil r is an
// error.
func (r *DeskRates) Add(t TicketOutcome) error {
	switch {
	case r == nil:
		return errorf("desk rates", "", because(ErrInvalidConfig, "nil *DeskRates"))
	case t.AtFirstContact && !t.Resolved:
		return errorf("ticket outcome", "at_first_contact", because(ErrOutOfRange, "at first contact but not resolved"))
	case t.Reopened && !t.Resolved:
		return errorf("ticket outcome", "reopened", because(ErrOutOfRange, "reopened but not resolved"))
	case t.FixAttempts < 0:
		return errorf("fix attempts", strconv.Itoa(t.FixAttempts), because(ErrOutOfRange, "negative"))
	case t.Reassignments < 0:
		return errorf("reassignments", strconv.Itoa(t.Reassignments), because(ErrOutOfRange, "negative"))
	}
	// What this ticket adds: 1 or 0 to each count, Reassignments to the
	// hand-offs. A count that would pass math.MaxInt64 fails the whole
	// Add, leaving r unchanged.
	var resolved, reopened, firstContact, firstTimeFix, escalated, reassigned int64
	if t.Resolved {
		resolved = 1
		if t.Reopened {
			reopened = 1
		} else {
			if t.AtFirstContact && !t.Escalated {
				firstContact = 1
			}
			if t.FixAttempts <= 1 {
				firstTimeFix = 1
			}
		}
	}
	if t.Escalated {
		escalated = 1
	}
	if t.Reassignments > 0 {
		reassigned = 1
	}
	n := DeskRates{Tickets: r.Tickets + 1, Resolved: r.Resolved + resolved, FirstContact: r.FirstContact + firstContact,
		FirstTimeFix: r.FirstTimeFix + firstTimeFix, Reopened: r.Reopened + reopened, Escalated: r.Escalated + escalated,
		Reassigned: r.Reassigned + reassigned}
	// A count grown by 1 overflows exactly when it wrapped to MinInt64.
	wrapped := n.Tickets == math.MinInt64 || (resolved == 1 && n.Resolved == math.MinInt64) ||
		(firstContact == 1 && n.FirstContact == math.MinInt64) || (firstTimeFix == 1 && n.FirstTimeFix == math.MinInt64) ||
		(reopened == 1 && n.Reopened == math.MinInt64) || (escalated == 1 && n.Escalated == math.MinInt64) ||
		(reassigned == 1 && n.Reassigned == math.MinInt64)
	var fits bool
	n.Reassignments, fits = xmath.AddInt64(r.Reassignments, int64(t.Reassignments))
	if wrapped || !fits {
		return overflowError("desk rates", fmt.Sprintf("adding a ticket with %d reassignments", t.Reassignments))
	}
	*r = n
	return nil
}

// Merge adds o into r (a nil r is left alone). Counts saturate at the
// int64 range instead of wrapping around.
func (r *DeskRates) Merge(o DeskRates) {
	if r == nil {
		return
	}
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
func (r DeskRates) FCR() itsm.Ratio { return itsm.Ratio{Num: r.FirstContact, Den: r.Resolved} }

// FTF is first time fix: FirstTimeFix / Resolved.
func (r DeskRates) FTF() itsm.Ratio { return itsm.Ratio{Num: r.FirstTimeFix, Den: r.Resolved} }

// ReopenRate is Reopened / Resolved.
func (r DeskRates) ReopenRate() itsm.Ratio { return itsm.Ratio{Num: r.Reopened, Den: r.Resolved} }

// EscalationRate is Escalated / Tickets.
func (r DeskRates) EscalationRate() itsm.Ratio { return itsm.Ratio{Num: r.Escalated, Den: r.Tickets} }

// ReassignmentRate is the share of tickets reassigned at least once: Reassigned / Tickets.
func (r DeskRates) ReassignmentRate() itsm.Ratio {
	return itsm.Ratio{Num: r.Reassigned, Den: r.Tickets}
}
