package main

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/itsmkit/itsm/priority"
	"github.com/itsmkit/itsm/sla"
)

// replay is a ticket's event log replayed up to an instant (the replay of
// examples/servicedesk): the priority decision, state, team, the instants
// the measures need, and the timeline in package sla's form.
type replay struct {
	Opened          time.Time
	Service         string
	Impact, Urgency priority.Level
	Prio            priority.Result
	Overrides       []priority.Override
	State, Team     string
	Ack             time.Time // first move out of New (the first response)
	FirstResolved   time.Time // first entry into Resolved (or Closed without a resolution)
	Resolved        time.Time // the current resolution; zero when open (again)
	Cancelled       bool
	CSAT, NPS       int // 0 / −1: no answer
	Timeline        []sla.Event
}

// errNotYetOpen is the error of a replay before the ticket was opened.
var errNotYetOpen = errors.New("opened after the instant")

// order sorts a ticket's events: the open event first, then by time, file
// and line. It returns the events to replay and those left out: open
// events after the first, and events before the opening.
func order(evs []Event) (kept, rejected []Event, err error) {
	evs = slices.Clone(evs)
	slices.SortStableFunc(evs, func(a, b Event) int {
		if (a.Kind == evOpen) != (b.Kind == evOpen) {
			if a.Kind == evOpen {
				return -1
			}
			return 1
		}
		if a.Kind == evOpen { // several opens: the first read counts (file, line)
			return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line))
		}
		return cmp.Or(cmp.Compare(a.At, b.At), cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line))
	})
	if len(evs) == 0 || evs[0].Kind != evOpen {
		return nil, evs, errors.New("no open event")
	}
	kept = evs[:1]
	for _, e := range evs[1:] {
		if e.Kind == evOpen || e.At < evs[0].At {
			rejected = append(rejected, e)
			continue
		}
		kept = append(kept, e)
	}
	return kept, rejected, nil
}

// replayAt replays ordered events up to now (events after it are
// ignored). It fails on labels the priority matrix does not know, and with
// errNotYetOpen when the ticket was opened after now.
func (w *World) replayAt(evs []Event, now time.Time) (*replay, error) {
	m := w.Matrix
	t := &replay{NPS: -1}
	var err error
	prioAt := func() (priority.Result, error) {
		return priority.Evaluate(m, t.Impact, t.Urgency, t.Overrides...)
	}
	prev := ""
	for _, e := range evs {
		at := e.Time()
		if at.After(now) {
			break
		}
		switch e.Kind {
		case evOpen:
			t.Opened, t.Service = at, e.Service
			if t.Impact, err = m.Impact().Parse(e.Impact); err != nil {
				return nil, err
			}
			if t.Urgency, err = m.Urgency().Parse(e.Urgency); err != nil {
				return nil, err
			}
			t.State, t.Team = e.State, e.Team
			if t.Prio, err = prioAt(); err != nil {
				return nil, err
			}
			t.Timeline = append(t.Timeline, sla.Event{At: at, Kind: sla.Created, State: e.State,
				Priority: t.Prio.Effective().String(), Assignee: e.Team})
		case evState:
			prev, t.State = t.State, e.State
			kind := sla.StateChanged
			switch {
			case e.State == stResolved:
				kind = sla.Resolved
				if t.FirstResolved.IsZero() {
					t.FirstResolved = at
				}
				t.Resolved = at
			case e.State == stClosed:
				kind = sla.Closed
				if t.Resolved.IsZero() || prev != stResolved && prev != stClosed {
					t.Resolved = at // closed without a resolution: closed counts
					if t.FirstResolved.IsZero() {
						t.FirstResolved = at
					}
				}
			case e.State == stCancelled:
				t.Cancelled = true
			case prev == stResolved || prev == stClosed:
				kind = sla.Reopened
				t.Resolved = time.Time{}
			}
			if t.Ack.IsZero() && e.State != stNew {
				t.Ack = at // the first move out of New is the response to the user
				if kind == sla.StateChanged {
					kind = sla.Responded
				} else {
					t.Timeline = append(t.Timeline, sla.Event{At: at, Kind: sla.Responded})
				}
			}
			t.Timeline = append(t.Timeline, sla.Event{At: at, Kind: kind, State: e.State})
		case evAssign:
			t.Team = e.Team
			t.Timeline = append(t.Timeline, sla.Event{At: at, Kind: sla.Assigned, Assignee: e.Team})
		case evImpact, evPriority:
			if e.Kind == evImpact {
				if t.Impact, err = m.Impact().Parse(e.Impact); err != nil {
					return nil, err
				}
				if t.Urgency, err = m.Urgency().Parse(e.Urgency); err != nil {
					return nil, err
				}
			} else if e.Priority == "" {
				t.Overrides = nil
			} else {
				lvl, err := m.Priority().Parse(e.Priority)
				if err != nil {
					return nil, err
				}
				t.Overrides = append(t.Overrides, w.override(e.Reason, lvl))
			}
			before := t.Prio.Effective()
			if t.Prio, err = prioAt(); err != nil {
				return nil, err
			}
			if !t.Prio.Effective().Equal(before) {
				t.Timeline = append(t.Timeline, sla.Event{At: at, Kind: sla.PriorityChanged, Priority: t.Prio.Effective().String()})
			}
		case evSurvey:
			t.CSAT, t.NPS = int(e.CSAT), int(e.NPS)
		}
	}
	if len(t.Timeline) == 0 {
		return nil, errNotYetOpen
	}
	return t, nil
}

// override classifies a priority override by its reason: the kinds the
// configuration lists, Manual for the others.
func (w *World) override(reason string, lvl priority.Level) priority.Override {
	kind, ok := w.Overrides[reason]
	if !ok {
		kind = priority.Manual
	}
	o := priority.Override{Kind: kind, Level: lvl, Note: reason}
	if kind == priority.Manual {
		o.Actor = "agent"
	}
	return o
}

// prioLabel is the short form of a priority level: "P1".
func prioLabel(l priority.Level) string {
	if l.Scale() == nil {
		return "P?"
	}
	return fmt.Sprintf("P%d", l.Number())
}
