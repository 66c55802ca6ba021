package main

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/rickb777/date/v2"
	"github.com/shopspring/decimal"

	"github.com/itsmkit/itsm/calendar"
	"github.com/itsmkit/itsm/priority"
	"github.com/itsmkit/itsm/sla"
)

// defaultConfig is the configuration of the embedded data set; -print-config
// prints it, -config replaces it.
//
//go:embed config.json
var defaultConfig []byte

// Config is everything the report needs besides the data: plain JSON, with
// the library's own JSON forms where it has them (calendar specs, SLA
// targets, durations as "4h").
type Config struct {
	Company string `json:"company"`
	// Zone is the zone the report is shown in and in which timestamps
	// without an offset are read (unless -tz).
	Zone string `json:"zone"`
	// Now is the report's "now" (the embedded data's Monday morning).
	Now time.Time `json:"now"`
	// Period is the reporting period [From, To) in Zone.
	Period struct {
		From date.Date `json:"from"`
		To   date.Date `json:"to"`
	} `json:"period"`
	// Calendars by name; targets and services refer to them. "24x7" is
	// predefined (calendar.AlwaysOpen).
	Calendars map[string]calendar.Spec `json:"calendars"`
	Matrix    MatrixConfig             `json:"matrix"`
	SLA       SLAConfig                `json:"sla"`
	Services  []ServiceConfig          `json:"services"`
	// CreditSchedules are service credit (penalty) schedules by name, in
	// package sla's JSON form: tiers by availability, per-breach penalties,
	// an overall cap, the rounding of money.
	CreditSchedules map[string]sla.CreditSchedule `json:"credit_schedules,omitempty"`
	// Currency labels money amounts.
	Currency string       `json:"currency"`
	Changes  ChangeConfig `json:"changes"`
	// AttainmentGoal is the share of tickets, in percent, that must meet
	// each target over the period.
	AttainmentGoal decimal.Decimal `json:"attainment_goal"`
}

// MatrixConfig selects a priority matrix: a vendor preset, changed cell by
// cell, and says how override reasons found in the data are classified.
type MatrixConfig struct {
	Preset string `json:"preset,omitempty"` // servicenow (= itil), glpi, znuny, itop
	// Custom is a whole matrix in package priority's JSON form (its own
	// impact, urgency and priority scales), used instead of a preset, e.g.
	// for the 4 × 4 impact and urgency fields of a Jira Service Management
	// project.
	Custom *priority.Matrix `json:"custom,omitempty"`
	Cells  []struct {
		Impact   string `json:"impact"`
		Urgency  string `json:"urgency"`
		Priority string `json:"priority"`
	} `json:"cells,omitempty"`
	// Overrides maps an override reason of the data ("VIP caller") to a
	// priority override kind: vip_floor, major_incident or manual (the
	// default for reasons not listed).
	Overrides map[string]priority.OverrideKind `json:"overrides,omitempty"`
}

// ServiceConfig is one service in the catalogue.
type ServiceConfig struct {
	Name string `json:"name"`
	// Hours names the calendar of the agreed service time.
	Hours string `json:"hours"`
	// Availability is the agreed availability in percent per month.
	Availability decimal.Decimal `json:"availability"`
	// MonthlyFee is what the customer pays per month, in EUR; service
	// credits are a share of it.
	MonthlyFee decimal.Decimal `json:"monthly_fee"`
	// Maintenance names the calendar of the service's maintenance windows
	// for changes ("" = none agreed).
	Maintenance string `json:"maintenance,omitempty"`
	// Credits names the service credit schedule (Config.CreditSchedules)
	// that applies to the service ("" = none).
	Credits string `json:"credits,omitempty"`
}

// LoadConfig reads the configuration from file ("" = the embedded default).
func LoadConfig(file string) (*Config, []byte, error) {
	raw := defaultConfig
	if file != "" {
		b, err := os.ReadFile(file)
		if err != nil {
			return nil, nil, err
		}
		raw = b
	}
	var c Config
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&c); err != nil {
		name := file
		if name == "" {
			name = "embedded config.json"
		}
		return nil, nil, fmt.Errorf("%s: %w", name, err)
	}
	return &c, raw, nil
}

// World is the configuration resolved into library values.
type World struct {
	Cfg       *Config
	Loc       *time.Location
	Now       time.Time
	From, To  time.Time
	Calendars map[string]*calendar.Calendar
	Matrix    *priority.Matrix
	Policy    *Policy
	Services  map[string]ServiceConfig
}

// Resolve builds calendars, matrix and policy; errors name the part of the
// configuration at fault.
func (c *Config) Resolve() (*World, error) {
	w := &World{Cfg: c, Calendars: map[string]*calendar.Calendar{"24x7": calendar.AlwaysOpen()}, Services: map[string]ServiceConfig{}}
	var err error
	if w.Loc, err = time.LoadLocation(c.Zone); err != nil || c.Zone == "" || c.Zone == "Local" {
		return nil, fmt.Errorf("config: zone %q: not an IANA time zone", c.Zone)
	}
	w.Now = c.Now.In(w.Loc)
	w.From, w.To = midnightOf(c.Period.From, w.Loc), midnightOf(c.Period.To, w.Loc)
	if !w.From.Before(w.To) {
		return nil, fmt.Errorf("config: period [%s, %s) is empty", c.Period.From, c.Period.To)
	}
	for name, spec := range c.Calendars {
		cal, err := calendar.New(spec)
		if err != nil {
			return nil, fmt.Errorf("config: calendar %q: %w", name, err)
		}
		w.Calendars[name] = cal
	}
	if w.Matrix, err = c.Matrix.build(); err != nil {
		return nil, err
	}
	if w.Policy, err = c.SLA.build(w); err != nil {
		return nil, err
	}
	for _, s := range c.Services {
		if s.Name == "" {
			return nil, fmt.Errorf("config: a service has no name")
		}
		if _, ok := w.Calendars[s.Hours]; !ok {
			return nil, fmt.Errorf("config: service %q: unknown calendar %q", s.Name, s.Hours)
		}
		if s.Maintenance != "" {
			if _, ok := w.Calendars[s.Maintenance]; !ok {
				return nil, fmt.Errorf("config: service %q: unknown maintenance calendar %q", s.Name, s.Maintenance)
			}
		}
		if _, ok := c.CreditSchedules[s.Credits]; s.Credits != "" && !ok {
			return nil, fmt.Errorf("config: service %q: unknown credit schedule %q", s.Name, s.Credits)
		}
		if s.Availability.LessThanOrEqual(decimal.Zero) || s.Availability.GreaterThan(decimal.NewFromInt(100)) {
			return nil, fmt.Errorf("config: service %q: availability %s%% is not in (0, 100]", s.Name, s.Availability)
		}
		w.Services[s.Name] = s
	}
	if err := c.Changes.resolve(w); err != nil {
		return nil, err
	}
	return w, nil
}

func (m MatrixConfig) build() (*priority.Matrix, error) {
	var mx *priority.Matrix
	if m.Custom != nil {
		if m.Preset != "" {
			return nil, fmt.Errorf("config: matrix: give a preset or a custom matrix, not both")
		}
		mx = m.Custom
	}
	switch strings.ToLower(m.Preset) {
	case "":
		if mx == nil {
			mx = priority.ServiceNow()
		}
	case "servicenow", "itil":
		mx = priority.ServiceNow()
	case "glpi":
		mx = priority.GLPI()
	case "znuny":
		mx = priority.Znuny()
	case "itop":
		mx = priority.ITop()
	default:
		return nil, fmt.Errorf("config: matrix preset %q: want servicenow, itil, glpi, znuny or itop", m.Preset)
	}
	for _, c := range m.Cells {
		i, err := mx.Impact().Parse(c.Impact)
		if err != nil {
			return nil, fmt.Errorf("config: matrix cell: %w", err)
		}
		u, err := mx.Urgency().Parse(c.Urgency)
		if err != nil {
			return nil, fmt.Errorf("config: matrix cell: %w", err)
		}
		p, err := mx.Priority().Parse(c.Priority)
		if err != nil {
			return nil, fmt.Errorf("config: matrix cell: %w", err)
		}
		if mx, err = mx.With(i, u, p); err != nil {
			return nil, fmt.Errorf("config: matrix cell: %w", err)
		}
	}
	return mx, nil
}
