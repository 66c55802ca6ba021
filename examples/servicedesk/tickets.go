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
	t := &Ticket{Incident: inc, Replay: r}
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
