package main

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/itsmkit/itsm/priority"
	"github.com/itsmkit/itsm/sla"
)

// SLAConfig is the SLA policy in package sla's own JSON form. Rule
// priorities may be any label of the matrix's priority scale ("1",
// "1 - Critical", "Critical"); they are normalised when the policy is built.
type SLAConfig struct {
	sla.PolicySpec
}

// Policy is the built SLA policy.
type Policy struct {
	*sla.Policy
	Spec sla.PolicySpec // normalised
}

func (c SLAConfig) build(w *World) (*Policy, error) {
	spec := c.PolicySpec
	spec.Rules = slices.Clone(spec.Rules)
	for i, r := range spec.Rules {
		r.Priorities = slices.Clone(r.Priorities)
		for j, p := range r.Priorities {
			l, err := w.Matrix.Priority().Parse(p)
			if err != nil {
				return nil, fmt.Errorf("config: sla rule %q: %w", r.Name, err)
			}
			r.Priorities[j] = l.String()
		}
		spec.Rules[i] = r
	}
	scheds := map[string]sla.Schedule{}
	for name, cal := range w.Calendars {
		scheds[name] = cal
	}
	p, err := sla.NewPolicy(spec, scheds)
	if err != nil {
		return nil, fmt.Errorf("config: sla: %w", err)
	}
	return &Policy{Policy: p, Spec: spec}, nil
}

// Ticket is an incident as seen at the report's "now": what the event log
// says, the priority decision, and the SLA clocks.
type Ticket struct {
	*Incident
	Impact, Urgency priority.Level  // as of now
	Prio            priority.Result // computed and effective priority as of now
	Overrides       []priority.Override
	State           string // as of now
	Team            string // as of now
	Ack             time.Time
	FirstResolved   time.Time
	Resolved        time.Time // last resolution if resolved (or closed) as of now
	Closed          time.Time
	Cancelled       bool
	Reopens         int
	Reassignments   int
	CSAT, NPS       int // 0 / -1: none
	Timeline        []sla.Event
	Status          []sla.Status // one per policy slot with a cycle
}

// Open reports whether the ticket is in the backlog at now.
func (t *Ticket) Open() bool {
	return !t.Cancelled && t.State != StResolved && t.State != StClosed
}

// StatusOf returns the SLA status for a metric ("response", "resolution").
func (t *Ticket) StatusOf(m sla.Metric) (sla.Status, bool) {
	for _, s := range t.Status {
		if s.Metric == m {
			return s, true
		}
	}
	return sla.Status{}, false
}

func (w *World) overrideFor(reason string, lvl priority.Level) priority.Override {
	kind, ok := w.Cfg.Matrix.Overrides[reason]
	if !ok {
		kind = priority.Manual
	}
	o := priority.Override{Kind: kind, Level: lvl, Note: reason}
	if kind == priority.Manual {
		o.Actor = "agent"
	}
	return o
}

// Analyse replays one incident up to now. It fails only on data the readers
// let through but the libraries reject; the caller reports such a ticket.
func (w *World) Analyse(inc *Incident, now time.Time) (*Ticket, error) {
	t := &Ticket{Incident: inc, NPS: -1}
	m := w.Matrix
	var err error
	prioAt := func() (priority.Result, error) {
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
			t.Timeline = append(t.Timeline, sla.Event{At: e.At, Kind: sla.Created, State: e.State,
				Priority: t.Prio.Effective().String(), Assignee: e.Team})
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
			t.Timeline = append(t.Timeline, sla.Event{At: e.At, Kind: sla.Assigned, Assignee: e.Team})
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
				t.Overrides = append(t.Overrides, w.overrideFor(e.Reason, lvl))
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
	attrs := map[string]string{"service": inc.Service}
	if t.Status, err = w.Policy.Evaluate(sla.Ticket{ID: inc.ID, Attrs: attrs, Events: t.Timeline}, now); err != nil {
		return nil, err
	}
	return t, nil
}

// Explain returns the SLA explanation of one ticket (segments, warnings,
// escalations, who held it).
func (w *World) Explain(t *Ticket, now time.Time) ([]sla.Explanation, error) {
	return w.Policy.Explain(sla.Ticket{ID: t.ID, Attrs: map[string]string{"service": t.Service}, Events: t.Timeline}, now)
}

// prioLabel is the short form used in tables: "P1".
func prioLabel(l priority.Level) string {
	if l.Scale() == nil {
		return "?"
	}
	return fmt.Sprintf("P%d", l.Number())
}

func overrideText(t *Ticket) string {
	var parts []string
	for _, a := range t.Prio.Explain().Overrides {
		parts = append(parts, fmt.Sprint(a))
	}
	return strings.Join(parts, "; ")
}
