package main

import (
	"fmt"
	"time"

	"github.com/itsmkit/itsm/kpi"
)

// month is one calendar month of the period in the report's zone.
type month struct {
	name       string
	start, end time.Time
}

func (a *analysis) months() []month {
	var ms []month
	for s := a.From; s.Before(a.To); {
		e := time.Date(s.Year(), s.Month()+1, 1, 0, 0, 0, 0, a.Loc)
		if e.After(a.To) {
			e = a.To
		}
		ms = append(ms, month{s.Format("2006-01"), s, e})
		s = e
	}
	return ms
}

// serviceIntervals returns a service's outages and maintenance as intervals.
func (a *analysis) serviceIntervals(service string) (outages, maint []kpi.Interval, err error) {
	for _, o := range a.data.Outages {
		if o.Service != service {
			continue
		}
		iv, err := kpi.NewInterval(o.Start, o.End)
		if err != nil {
			return nil, nil, fmt.Errorf("line %d: %w", o.Line, err)
		}
		if o.Kind == "maintenance" {
			maint = append(maint, iv)
		} else {
			outages = append(outages, iv)
		}
	}
	return outages, maint, nil
}

func (a *analysis) availabilitySection() (*Section, error) {
	if len(a.data.Outages) == 0 && len(a.Cfg.Services) == 0 {
		return nil, nil
	}
	s := &Section{ID: "availability", Title: "Availability per service (maintenance excluded)"}
	t := &Table{ID: "availability", Columns: []Column{{"service", "Service", false, false}, {"month", "Month", false, false}, {"hours", "Service hours", false, false},
		{"scheduled", "Scheduled", true, false}, {"maintenance", "Maint. excl.", true, false}, {"down", "Down", true, false}, {"failures", "Failures", true, false},
		{"availability", "Availability", true, false}, {"target", "Target", true, false}, {"met", "Met", false, false}}}
	ch := &Chart{Title: "Availability in the period (marker: agreed target)", Min: 98, Max: 100}
	for _, svc := range a.Cfg.Services {
		out, maint, err := a.serviceIntervals(svc.Name)
		if err != nil {
			return nil, fmt.Errorf("service %s: %w", svc.Name, err)
		}
		hours := a.Calendars[svc.Hours]
		for _, m := range a.months() {
			period, err := kpi.NewInterval(m.start, m.end)
			if err != nil {
				return nil, err
			}
			av, err := kpi.ComputeAvailability(period, out, maint, hours)
			if err != nil {
				return nil, fmt.Errorf("service %s %s: %w", svc.Name, m.name, err)
			}
			r := av.Ratio()
			met := none()
			if c, ok := r.CmpPercent(svc.Availability); ok {
				met = Cell{map[bool]string{true: "yes", false: "NO"}[c >= 0], c >= 0}
			}
			t.Add(txt(svc.Name), txt(m.name), txt(svc.Hours), hrs(av.Scheduled), hrs(av.Maintenance), hrs(av.Down), num(int64(av.Failures)),
				pct(r, 3), Cell{svc.Availability.String() + " %", jsonNum(svc.Availability.String())}, met)
		}
		period, err := kpi.NewInterval(a.From, a.To)
		if err != nil {
			return nil, err
		}
		av, err := kpi.ComputeAvailability(period, out, maint, hours)
		if err != nil {
			return nil, err
		}
		if p, ok := av.Ratio().Percent(3); ok {
			c, _ := av.Ratio().CmpPercent(svc.Availability)
			v, _ := p.Float64()
			ch.Bars = append(ch.Bars, Bar{Label: svc.Name, Value: v, Text: p.StringFixed(3) + " %", Target: svc.Availability.InexactFloat64(), HasTarget: true, Bad: c < 0})
		}
	}
	s.Intro = []string{"Per month, within each service's agreed hours; recorded downtime inside a maintenance window is excluded from both the scheduled time and the downtime. The target is compared exactly, not on the rounded figure."}
	s.Tables = []*Table{t}
	s.Charts = []*Chart{ch}
	return s, nil
}
