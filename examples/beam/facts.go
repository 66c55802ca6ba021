package main

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/itsmkit/itsm/kpi"
	"github.com/itsmkit/itsm/sla"
)

// Outcomes of an SLA target on one ticket.
const (
	outNone     = iota // no cycle decided or running (cancelled, or no such target)
	outMet             // decided, met
	outBreached        // decided, breached (also when resolved after the breach)
	outPending         // running (or paused), not breached yet
)

// Fact is what one ticket adds to one cell, in the month it was opened
// (Opened): the outcome of one SLA target (Response or Resolution), or the
// ticket's measures and survey answer (Timed); or else its presence in a
// month's backlog.
type Fact struct {
	Opened               bool
	Response, Resolution int64 // outNone, outMet, …
	Timed                bool  // not cancelled: the measures and the survey count
	MTTABusiness         int64 // ns; with MTTAOpen, elapsed so far (censored)
	MTTAWall             int64
	MTTAOpen             bool
	MTTRBusiness         int64
	MTTRWall             int64
	MTTROpen             bool
	CSAT                 int64 // 1–5, 0: no answer
	NPS                  int64 // 0–10, −1: no answer

	BacklogAt     int64 // Unix ns: the instant of the month's backlog
	BacklogOpened int64 // Unix ns: when the ticket was opened
}

// cellKey is the key of a cell: month, priority and group, tab-separated.
func cellKey(month, prio, group string) string { return month + "\t" + prio + "\t" + group }

// splitKey returns the parts of a cellKey.
func splitKey(k string) (month, prio, group string) {
	month, rest, _ := strings.Cut(k, "\t")
	prio, group, _ = strings.Cut(rest, "\t")
	return month, prio, group
}

// TicketStats counts what happened to one ticket's rows.
type TicketStats struct {
	Rejected  []Event // rows left out: a second open event, events before the opening
	NotOpened bool    // no open event: every row is left out
	Future    bool    // opened after now: not counted
}

// Facts replays one ticket's events and returns the facts it contributes,
// by cell key. A ticket the library cannot replay (a label the priority
// matrix does not know) is an error naming it.
func (w *World) Facts(id string, events []Event, emit func(key string, f Fact)) (TicketStats, error) {
	var st TicketStats
	evs, rejected, err := order(events)
	st.Rejected = rejected
	if err != nil {
		st.NotOpened = true
		return st, nil
	}
	last, err := w.replayAt(evs, w.Now)
	if errors.Is(err, errNotYetOpen) {
		st.Future = true
		return st, nil
	}
	if err != nil {
		return st, fmt.Errorf("ticket %s: %w", id, err)
	}
	statuses, err := w.Policy.Evaluate(sla.Ticket{ID: id, Attrs: map[string]string{"service": last.Service}, Events: last.Timeline}, w.Now)
	if err != nil {
		return st, fmt.Errorf("ticket %s: %w", id, err)
	}
	month, group := w.monthOf(last.Opened), last.Team
	// Attainment counts under the priority whose target applied (the
	// priority of the slot's cycle), like the report's per-target table.
	for _, s := range statuses {
		f := Fact{Opened: true, NPS: -1}
		switch s.Metric {
		case sla.Response:
			f.Response = outcome(s)
		case sla.Resolution:
			f.Resolution = outcome(s)
		default:
			continue
		}
		prio := s.Priority
		if l, err := w.Matrix.Priority().Parse(s.Priority); err == nil {
			prio = prioLabel(l)
		}
		emit(cellKey(month, prio, group), f)
	}
	f := Fact{Opened: true, Timed: !last.Cancelled, NPS: -1}
	if f.Timed {
		var d [2]time.Duration
		for k, sched := range []kpi.Schedule{w.Desk, nil} {
			if d[k], f.MTTAOpen, err = observe(sched, last.Opened, last.Ack, w.Now); err != nil {
				return st, fmt.Errorf("ticket %s: MTTA: %w", id, err)
			}
		}
		f.MTTABusiness, f.MTTAWall = int64(d[0]), int64(d[1])
		for k, sched := range []kpi.Schedule{w.Desk, nil} {
			if d[k], f.MTTROpen, err = observe(sched, last.Opened, last.FirstResolved, w.Now); err != nil {
				return st, fmt.Errorf("ticket %s: MTTR: %w", id, err)
			}
		}
		f.MTTRBusiness, f.MTTRWall = int64(d[0]), int64(d[1])
		f.CSAT, f.NPS = int64(last.CSAT), int64(last.NPS)
	}
	emit(cellKey(month, prioLabel(last.Prio.Effective()), group), f)

	// The backlog at the end of every month from the opening to now (and
	// the month before, for a ticket opened on the first instant of a
	// month: it is in the backlog at that instant).
	opened := last.Opened.In(w.Loc)
	for y, m := opened.Year(), opened.Month()-1; ; m++ {
		month := time.Date(y, m, 1, 0, 0, 0, 0, w.Loc).Format("2006-01")
		end, err := w.monthEnd(month)
		if err != nil {
			return st, err
		}
		if !last.Opened.After(end) {
			r, err := w.replayAt(evs, end)
			if err != nil {
				return st, fmt.Errorf("ticket %s at %s: %w", id, end.Format(time.RFC3339), err)
			}
			if !r.Cancelled && r.Resolved.IsZero() {
				emit(cellKey(month, prioLabel(r.Prio.Effective()), r.Team), Fact{BacklogAt: end.UnixNano(), BacklogOpened: r.Opened.UnixNano()})
			}
		}
		if !end.Before(w.Now) {
			return st, nil
		}
	}
}

// outcome classifies the cycles of one slot as examples/servicedesk's
// attainment table does: breached if any cycle breached, met, pending
// while running or paused; cancelled cycles do not count.
func outcome(st sla.Status) int64 {
	for _, c := range st.Cycles() {
		if c.Breached {
			return outBreached
		}
	}
	switch st.Stage {
	case sla.Met:
		return outMet
	case sla.Running, sla.Paused:
		return outPending
	}
	return outNone
}

// observe measures start → end as of asOf on sched (nil: wall clock) with
// kpi.TimeTo.Observe: the duration, and whether the item is still open
// (censored: end zero or after asOf).
func observe(sched kpi.Schedule, start, end, asOf time.Time) (time.Duration, bool, error) {
	var t kpi.TimeTo
	if err := t.Observe(sched, start, end, asOf); err != nil {
		return 0, false, err
	}
	if d, ok := t.Completed.Min(); ok {
		return d, false, nil
	}
	d, _ := t.Censored.Min()
	return d, true, nil
}
