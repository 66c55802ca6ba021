package importer

import (
	"fmt"
	"time"

	"github.com/itsmkit/itsm/priority"
	"github.com/itsmkit/itsm/sla"
)

// Replay is an incident's event log replayed up to an instant: the
// priority decision, state, team and the figures recomputed from the
// events, and the timeline in package sla's form (sla.Event), ready for
// sla.Policy.Evaluate.
//
// Counts here are recomputed from the events. Where the source system
// records its own figure (ServiceNow's reopen_count, reassignment_count,
// resolved_at), Incident.Source has it; a report shows the source's figure
// and the recomputed one beside it where they differ.
type Replay struct {
	Impact, Urgency priority.Level // as of the instant; zero when the export gives a priority only
	// Given is the priority the export gave instead of impact and urgency
	// (Jira's Priority, mapped), zero otherwise.
	Given     priority.Level
	Prio      priority.Result // computed and effective priority
	Overrides []priority.Override
	State     string // canonical state
	Team      string // assignment group holding the ticket (sla.Event.Group and, for older policies, Assignee)
	// Ack is the first move out of New (the first response); zero when
	// the log has none. An export without history (Jira) has none: the
	// response is unknown, not instant.
	Ack           time.Time
	FirstResolved time.Time // first entry into Resolved (or Closed without a resolution)
	Resolved      time.Time // the current resolution, zero when open again or never resolved
	Closed        time.Time
	Cancelled     bool
	Reopens       int // times the ticket left Resolved/Closed for an open state
	Reassignments int // assignments to a different team than the one holding it
	CSAT, NPS     int // 0 / -1: no answer
	Timeline      []sla.Event
}

// OverrideKinds maps the reason of a priority override in the data ("VIP
// caller") to the kind of override; reasons not listed are Manual.
type OverrideKinds map[string]priority.OverrideKind

func (k OverrideKinds) override(reason string, lvl priority.Level) priority.Override {
	kind, ok := k[reason]
	if !ok {
		kind = priority.Manual
	}
	o := priority.Override{Kind: kind, Level: lvl, Note: reason}
	if kind == priority.Manual {
		o.Actor = "agent"
	}
	return o
}

// Replay replays the incident's events up to now (events after it are
// ignored) with the priority matrix m. It fails on data the readers let
// through but package priority rejects (labels of another matrix), and
// when the incident was opened after now.
func (inc *Incident) Replay(m *priority.Matrix, kinds OverrideKinds, now time.Time) (*Replay, error) {
	if inc == nil || m == nil {
		return nil, fmt.Errorf("importer: Replay needs an incident and a matrix")
	}
	t := &Replay{NPS: -1}
	var err error
	prioAt := func() (priority.Result, error) {
		if t.Impact.Scale() == nil {
			return priority.Apply(t.Given, t.Overrides...)
		}
		return priority.Evaluate(m, t.Impact, t.Urgency, t.Overrides...)
	}
	prev := ""
	for i, e := range inc.Events {
		if e.At.After(now) {
			break
		}
		switch e.Kind {
		case EvOpen:
			if i != 0 {
				return nil, fmt.Errorf("line %d: second open event", e.Line)
			}
			t.State, t.Team = e.State, e.Team
			if e.Impact == "" && e.Urgency == "" && e.Priority != "" {
				// No impact and urgency in the export: the priority it
				// gives (Jira's, mapped) is the computed one.
				if t.Given, err = m.Priority().Parse(e.Priority); err != nil {
					return nil, err
				}
				if t.Prio, err = priority.Apply(t.Given); err != nil {
					return nil, err
				}
			} else {
				if t.Impact, err = m.Impact().Parse(e.Impact); err != nil {
					return nil, err
				}
				if t.Urgency, err = m.Urgency().Parse(e.Urgency); err != nil {
					return nil, err
				}
				if t.Prio, err = prioAt(); err != nil {
					return nil, err
				}
			}
			t.Timeline = append(t.Timeline, sla.Event{At: e.At, Kind: sla.Created, State: e.State,
				Priority: t.Prio.Effective().String(), Assignee: e.Team, Group: e.Team})
		case EvState:
			prev, t.State = t.State, e.State
			kind := sla.StateChanged
			switch {
			case e.State == StResolved:
				kind = sla.Resolved
				if t.FirstResolved.IsZero() {
					t.FirstResolved = e.At
				}
				t.Resolved = e.At
			case e.State == StClosed:
				kind = sla.Closed
				if t.Resolved.IsZero() || prev != StResolved && prev != StClosed {
					t.Resolved = e.At // closed without a resolution: closed counts
					if t.FirstResolved.IsZero() {
						t.FirstResolved = e.At
					}
				}
				t.Closed = e.At
			case e.State == StCancelled:
				t.Cancelled = true
			case prev == StResolved || prev == StClosed:
				kind = sla.Reopened
				t.Reopens++
				t.Resolved, t.Closed = time.Time{}, time.Time{}
			}
			if t.Ack.IsZero() && e.State != StNew {
				// The first move out of New is the response to the user.
				t.Ack = e.At
				if kind == sla.StateChanged {
					kind = sla.Responded
				} else {
					t.Timeline = append(t.Timeline, sla.Event{At: e.At, Kind: sla.Responded})
				}
			}
			t.Timeline = append(t.Timeline, sla.Event{At: e.At, Kind: kind, State: e.State})
		case EvAssign:
			if e.Team != t.Team {
				t.Reassignments++
			}
			t.Team = e.Team
			t.Timeline = append(t.Timeline, sla.Event{At: e.At, Kind: sla.Assigned, Assignee: e.Team, Group: e.Team})
		case EvImpact, EvPriority:
			if e.Kind == EvImpact {
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
				t.Overrides = append(t.Overrides, kinds.override(e.Reason, lvl))
			}
			before := t.Prio.Effective()
			if t.Prio, err = prioAt(); err != nil {
				return nil, err
			}
			if !t.Prio.Effective().Equal(before) {
				t.Timeline = append(t.Timeline, sla.Event{At: e.At, Kind: sla.PriorityChanged, Priority: t.Prio.Effective().String()})
			}
		case EvSurvey:
			t.CSAT, t.NPS = e.CSAT, e.NPS
		}
	}
	if len(t.Timeline) == 0 {
		return nil, fmt.Errorf("opened after now")
	}
	return t, nil
}
