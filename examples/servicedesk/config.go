package main

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/rickb777/date/v2"
	"github.com/shopspring/decimal"

	"github.com/itsmkit/itsm"
	"github.com/itsmkit/itsm/calendar"
	"github.com/itsmkit/itsm/priority"
	"github.com/itsmkit/itsm/sla"
)

// demoConfig is the configuration of the embedded demo data set. It applies
// only when the report runs on the demo data with no -config.
//
//go:embed config.json
var demoConfig []byte

// defaultsConfig holds the documented defaults that a user's -config is
// merged over, and the whole configuration of a user's export given without
// -config: nothing of the demo's company, zone, calendars, services or
// penalties.
//
//go:embed defaults.json
var defaultsConfig []byte

// Config is everything the report needs besides the data: plain JSON, with
// the library's own JSON forms where it has them (calendar specs, SLA
// targets, durations as "4h"). A user's file is merged over the defaults
// (defaults.json): keys it leaves out keep their default, an object is
// merged key by key, a list replaces the default's.
type Config struct {
	// Company names the report's owner in the title ("" = none).
	Company string `json:"company,omitempty"`
	// Zone is the zone the report is shown in and in which timestamps
	// without an offset are read (unless -tz). Default UTC.
	Zone string `json:"zone"`
	// Now is the report's "now"; default: the last event of the data.
	Now *time.Time `json:"now,omitempty"`
	// Period is the reporting period [From, To) in Zone; default: the day
	// of the first opening to the day after now.
	Period *Period `json:"period,omitempty"`
	// Calendars by name; targets and services refer to them. "24x7" is
	// predefined (calendar.AlwaysOpen).
	Calendars map[string]calendar.Spec `json:"calendars,omitempty"`
	// BusinessHours names the calendar on which the KPIs count business
	// time ("" = none: the KPIs show wall-clock time only).
	BusinessHours string       `json:"business_hours,omitempty"`
	Matrix        MatrixConfig `json:"matrix"`
	// SLA is the SLA policy; without one the report has no SLA clocks
	// (and says so) but still counts, times and reconciles nothing.
	SLA      *SLAConfig      `json:"sla,omitempty"`
	Services []ServiceConfig `json:"services,omitempty"`
	// CreditSchedules are service credit (penalty) schedules by name, in
	// package sla's JSON form: tiers by availability, per-breach penalties,
	// an overall cap, the rounding of money.
	CreditSchedules map[string]sla.CreditSchedule `json:"credit_schedules,omitempty"`
	// Currency labels money amounts (ISO 4217 code).
	Currency string `json:"currency"`
	// Changes configures the change section; without it, changes are
	// assessed with package change's default rules and routing.
	Changes *ChangeConfig `json:"changes,omitempty"`
	// AttainmentGoal is the share of tickets, in percent, that must meet
	// each target over the period.
	AttainmentGoal decimal.Decimal `json:"attainment_goal"`
	// FirstContact defines first contact resolution.
	FirstContact FirstContactConfig `json:"first_contact"`
	// Import sets how much bad input the run tolerates and how Jira
	// priorities map onto the matrix.
	Import ImportConfig `json:"import"`
}

// Period is a reporting period of whole days [From, To).
type Period struct {
	From date.Date `json:"from"`
	To   date.Date `json:"to"`
}

// FirstContactConfig defines first contact resolution: a ticket that came
// in through one of Channels (compared case-insensitively: ServiceNow
// writes "Phone") and was resolved within Within of its opening, with no
// hand-off to another team and no reopening.
type FirstContactConfig struct {
	Channels []string      `json:"channels"`
	Within   itsm.Duration `json:"within"`
}

// ImportConfig governs reading the exports.
type ImportConfig struct {
	// MaxRejectedPercent is the share of rejected rows (per file) above
	// which the run fails (exit status 1, reasons on stderr). Default 5.
	MaxRejectedPercent decimal.Decimal `json:"max_rejected_percent"`
	// JiraPriorities maps Jira's Priority field ("Highest") onto a label
	// of the matrix's priority scale, used when an issue has no Impact and
	// Urgency fields (most Jira exports). Names are compared
	// case-insensitively; a Priority that is a label of the scale itself
	// needs no entry.
	JiraPriorities map[string]string `json:"jira_priorities,omitempty"`
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

// LoadConfig reads the configuration. With demo set and no file it is the
// demo's (config.json); otherwise the documented defaults (defaults.json)
// with file, if given, merged over them. The second result names where
// the configuration came from.
func LoadConfig(file string, demo bool) (*Config, string, error) {
	if file == "" && demo {
		c, err := decodeConfig(&Config{}, demoConfig, "embedded config.json")
		return c, "the demo's configuration", err
	}
	c, err := decodeConfig(&Config{}, defaultsConfig, "embedded defaults.json")
	if err != nil || file == "" {
		return c, "the defaults", err
	}
	b, err := os.ReadFile(file)
	if err != nil {
		return nil, "", err
	}
	// Maps are merged key by key by encoding/json; the defaults' lists are
	// replaced, and the policy is replaced whole.
	c.SLA = nil
	c, err = decodeConfig(c, b, file)
	return c, file + " over the defaults", err
}

func decodeConfig(c *Config, raw []byte, name string) (*Config, error) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(c); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if dec.More() {
		return nil, fmt.Errorf("%s: data after the configuration object", name)
	}
	return c, nil
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
	// Channels are FirstContact.Channels in lower case.
	Channels []string
	// Lang is the report's language: "en" or "de".
	Lang string
	// Demo is set when the report runs on the embedded demo data.
	Demo bool
	// ConfigSource says where the configuration came from.
	ConfigSource string
}

// Resolve builds calendars, matrix and policy; errors name the part of the
// configuration at fault.
func (c *Config) Resolve() (*World, error) {
	w := &World{Cfg: c, Calendars: map[string]*calendar.Calendar{"24x7": calendar.AlwaysOpen()}, Services: map[string]ServiceConfig{}}
	var err error
	if w.Loc, err = time.LoadLocation(c.Zone); err != nil || c.Zone == "" || c.Zone == "Local" {
		// time.LoadLocation reads "" as UTC and "Local" as the machine's zone.
		return nil, fmt.Errorf("config: zone %q: not an IANA time zone", c.Zone)
	}
	if c.Now != nil {
		w.Now = c.Now.In(w.Loc)
	}
	if c.Period != nil {
		w.From, w.To = midnightOf(c.Period.From, w.Loc), midnightOf(c.Period.To, w.Loc)
		if !w.From.Before(w.To) {
			return nil, fmt.Errorf("config: period [%s, %s) is empty", c.Period.From, c.Period.To)
		}
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
	if c.BusinessHours != "" {
		if _, ok := w.Calendars[c.BusinessHours]; !ok {
			return nil, fmt.Errorf("config: business_hours: unknown calendar %q (calendars: %s)", c.BusinessHours, strings.Join(slices.Sorted(maps.Keys(w.Calendars)), ", "))
		}
	}
	if c.SLA != nil {
		if w.Policy, err = c.SLA.build(w); err != nil {
			return nil, err
		}
	}
	for _, ch := range c.FirstContact.Channels {
		w.Channels = append(w.Channels, strings.ToLower(strings.TrimSpace(ch)))
	}
	if c.FirstContact.Within <= 0 {
		return nil, fmt.Errorf("config: first_contact.within %s: want a positive duration", c.FirstContact.Within)
	}
	if c.Import.MaxRejectedPercent.IsNegative() || c.Import.MaxRejectedPercent.GreaterThan(decimal.NewFromInt(100)) {
		return nil, fmt.Errorf("config: import.max_rejected_percent %s: want 0 to 100", c.Import.MaxRejectedPercent)
	}
	if c.Currency == "" {
		return nil, fmt.Errorf("config: currency is empty")
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
	if c.Changes == nil {
		c.Changes = &ChangeConfig{}
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
