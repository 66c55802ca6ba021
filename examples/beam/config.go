package main

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/itsmkit/itsm/calendar"
	"github.com/itsmkit/itsm/kpi"
	"github.com/itsmkit/itsm/priority"
	"github.com/itsmkit/itsm/sla"
)

// Config is the part of examples/servicedesk's config.json the pipeline
// uses (its other keys are ignored): the zone, the report's "now", the
// calendars, the priority matrix and the SLA policy, in the library's own
// JSON forms. The pipeline ships it to the workers as text and each worker
// builds its World once.
type Config struct {
	Zone      string                   `json:"zone"`
	Now       time.Time                `json:"now"`
	Calendars map[string]calendar.Spec `json:"calendars"`
	Matrix    struct {
		Preset string           `json:"preset"`
		Custom *priority.Matrix `json:"custom"`
		Cells  []struct {
			Impact   string `json:"impact"`
			Urgency  string `json:"urgency"`
			Priority string `json:"priority"`
		} `json:"cells"`
		Overrides map[string]priority.OverrideKind `json:"overrides"`
	} `json:"matrix"`
	SLA sla.PolicySpec `json:"sla"`
}

// World is the configuration resolved into library values.
type World struct {
	Loc       *time.Location
	Now       time.Time
	Desk      kpi.Schedule // business time of MTTA and MTTR: the "desk" calendar (nil: wall clock)
	Matrix    *priority.Matrix
	Overrides map[string]priority.OverrideKind
	Policy    *sla.Policy
}

// NewWorld parses and resolves a configuration; errors name the part at
// fault.
func NewWorld(raw []byte) (*World, error) {
	var c Config
	if err := json.Unmarshal(raw, &c); err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	w := &World{Overrides: c.Matrix.Overrides}
	var err error
	if c.Zone == "" || c.Zone == "Local" {
		return nil, fmt.Errorf("config: zone %q: not an IANA time zone", c.Zone)
	}
	if w.Loc, err = time.LoadLocation(c.Zone); err != nil {
		return nil, fmt.Errorf("config: zone %q: %w", c.Zone, err)
	}
	if c.Now.IsZero() {
		return nil, fmt.Errorf("config: now is missing")
	}
	w.Now = c.Now.In(w.Loc)
	scheds := map[string]sla.Schedule{"24x7": calendar.AlwaysOpen()}
	for name, spec := range c.Calendars {
		cal, err := calendar.New(spec)
		if err != nil {
			return nil, fmt.Errorf("config: calendar %q: %w", name, err)
		}
		scheds[name] = cal
		if name == "desk" {
			w.Desk = cal
		}
	}
	if w.Matrix, err = matrix(c); err != nil {
		return nil, err
	}
	// Rule priorities may be any label of the priority scale ("1",
	// "1 Critical"); the replay names levels by String.
	spec := c.SLA
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
	if w.Policy, err = sla.NewPolicy(spec, scheds); err != nil {
		return nil, fmt.Errorf("config: sla: %w", err)
	}
	return w, nil
}

// matrix builds the priority matrix: a preset (or a custom matrix) changed
// cell by cell.
func matrix(c Config) (*priority.Matrix, error) {
	mx := c.Matrix.Custom
	switch p := strings.ToLower(c.Matrix.Preset); {
	case mx != nil && p != "":
		return nil, fmt.Errorf("config: matrix: give a preset or a custom matrix, not both")
	case mx != nil:
	case p == "" || p == "servicenow" || p == "itil":
		mx = priority.ServiceNow()
	case p == "glpi":
		mx = priority.GLPI()
	case p == "znuny":
		mx = priority.Znuny()
	case p == "itop":
		mx = priority.ITop()
	default:
		return nil, fmt.Errorf("config: matrix preset %q: want servicenow, itil, glpi, znuny or itop", c.Matrix.Preset)
	}
	for _, cell := range c.Matrix.Cells {
		i, err := mx.Impact().Parse(cell.Impact)
		if err != nil {
			return nil, fmt.Errorf("config: matrix cell: %w", err)
		}
		u, err := mx.Urgency().Parse(cell.Urgency)
		if err != nil {
			return nil, fmt.Errorf("config: matrix cell: %w", err)
		}
		p, err := mx.Priority().Parse(cell.Priority)
		if err != nil {
			return nil, fmt.Errorf("config: matrix cell: %w", err)
		}
		if mx, err = mx.With(i, u, p); err != nil {
			return nil, fmt.Errorf("config: matrix cell: %w", err)
		}
	}
	return mx, nil
}

// monthOf returns the month of t in the world's zone, "2026-04".
func (w *World) monthOf(t time.Time) string { return t.In(w.Loc).Format("2006-01") }

// monthEnd returns the instant the backlog of month m ("2026-04") is
// counted at: the start of the next month in the world's zone, or now if
// that is earlier.
func (w *World) monthEnd(m string) (time.Time, error) {
	start, err := time.ParseInLocation("2006-01", m, w.Loc)
	if err != nil {
		return time.Time{}, err
	}
	end := calendar.Civil(start.Year(), start.Month()+1, 1, 0, 0, 0, 0, w.Loc)
	if end.After(w.Now) {
		end = w.Now
	}
	return end, nil
}
