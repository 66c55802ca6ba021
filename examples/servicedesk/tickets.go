package main

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/itsmkit/itsm/examples/servicedesk/importer"
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
	*importer.Incident
	*importer.Replay
	Status []sla.Status // one per policy slot with a cycle
	now    time.Time
}

// sourceFields reports whether the export carries the source system's own
// resolution instant and counters (ServiceNow).
func (t *Ticket) sourceFields() bool { return t.Source != nil && t.Source.HasCounts }

// ResolvedAt is the resolution the report counts: the source system's own
// (ServiceNow resolved_at, the last resolution) where the export has the
// field, else the first resolution in the events; zero if unresolved at now.
func (t *Ticket) ResolvedAt() time.Time {
	if t.sourceFields() {
		if t.Source.Resolved.After(t.now) {
			return time.Time{}
		}
		return t.Source.Resolved
	}
	return t.FirstResolved
}

// ReopenCount is how often the ticket was reopened: the source system's
// counter where the export has it (ServiceNow reopen_count), else the
// reopenings in the events.
func (t *Ticket) ReopenCount() int {
	if t.sourceFields() {
		return t.Source.ReopenCount
	}
	return t.Reopens
}

// ReassignmentCount is how often the ticket was handed on: the source
// system's counter where the export has it (ServiceNow
// reassignment_count), else the changes of team in the events.
func (t *Ticket) ReassignmentCount() int {
	if t.sourceFields() {
		return t.Source.ReassignmentCount
	}
	return t.Reassignments
}

// Open reports whether the ticket is in the backlog at now.
func (t *Ticket) Open() bool {
	return !t.Cancelled && t.State != importer.StResolved && t.State != importer.StClosed
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

// Analyse replays one incident up to now and evaluates its SLA clocks. It
// fails only on data the readers let through but the libraries reject; the
// caller reports such a ticket.
func (w *World) Analyse(inc *importer.Incident, now time.Time) (*Ticket, error) {
	r, err := inc.Replay(w.Matrix, w.Cfg.Matrix.Overrides, now)
	if err != nil {
		return nil, err
	}
	t := &Ticket{Incident: inc, Replay: r, now: now}
	if w.Policy == nil {
		return t, nil // no SLA configured: no clocks
	}
	attrs := map[string]string{"service": inc.Service}
	if t.Status, err = w.Policy.Evaluate(sla.Ticket{ID: inc.ID, Attrs: attrs, Events: t.Timeline}, now); err != nil {
		return nil, err
	}
	if inc.NoHistory {
		// Without history there is no first response: the response clock
		// has no data, it did not run until now.
		t.Status = slices.DeleteFunc(t.Status, func(s sla.Status) bool { return s.Metric == sla.Response })
	}
	return t, nil
}

// Explain returns the SLA explanation of one ticket (segments, warnings,
// escalations, who held it).
func (w *World) Explain(t *Ticket, now time.Time) ([]sla.Explanation, error) {
	if w.Policy == nil {
		return nil, nil
	}
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
