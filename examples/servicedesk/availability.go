package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/shopspring/decimal"

	"github.com/itsmkit/itsm"
	"github.com/itsmkit/itsm/sla"
)

// month is one calendar month of the period in the report's zone.
type month struct {
	name       string
	start, end time.Time
}

func (a *analysis) months() []month {
	var ms []month
	for s := a.From; s.Before(a.To); {
		e := midnight(s.Year(), s.Month()+1, 1, a.Loc)
		if e.After(a.To) {
			e = a.To
		}
		ms = append(ms, month{s.Format("2006-01"), s, e})
		s = e
	}
	return ms
}

// serviceIntervals returns a service's outages and maintenance as intervals.
func (a *analysis) serviceIntervals(service string) (outages, maint []itsm.Interval, err error) {
	for _, o := range a.data.Outages {
		if o.Service != service {
			continue
		}
		iv, err := itsm.NewInterval(o.Start, o.End)
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

// p1Breaches counts, per service and month, the resolution breaches of
// tickets by the name of the target breached and the month of the breach.
func (a *analysis) breachCounts() map[string]map[string]map[string]int64 {
	out := map[string]map[string]map[string]int64{}
	for _, t := range a.all {
		st, ok := t.StatusOf(sla.Resolution)
		if !ok {
			continue
		}
		for _, c := range st.Cycles() {
			if !c.Breached || c.BreachAt.Before(a.From) || !c.BreachAt.Before(a.To) {
				continue
			}
			m := c.BreachAt.In(a.Loc).Format("2006-01")
			if out[t.Service] == nil {
				out[t.Service] = map[string]map[string]int64{}
			}
			if out[t.Service][m] == nil {
				out[t.Service][m] = map[string]int64{}
			}
			out[t.Service][m][c.Target]++
			break // one breach per ticket: a reopened cycle that breaches again is the same failure
		}
	}
	return out
}

func (a *analysis) availabilitySection() (*Section, error) {
	if len(a.data.Outages) == 0 && len(a.Cfg.Services) == 0 {
		return nil, nil
	}
	cur := a.Cfg.Currency
	s := &Section{ID: "availability", Title: "Availability per service and service credits"}
	t := &Table{ID: "availability", Columns: []Column{{"service", "Service", false, false}, {"month", "Month", false, false}, {"hours", "Hours", false, false},
		{"scheduled", "Scheduled", true, false}, {"maintenance", "Maint. excl.", true, false}, {"down", "Down", true, false}, {"failures", "Failures", true, true},
		{"availability", "Availability", true, false}, {"target", "Target", true, false}, {"allowed", "Allowed down", true, true}, {"met", "Met", false, false},
		{"credit", "Credit " + cur, true, false}, {"credit_reason", "Credit for", false, false}}}
	ch := &Chart{Title: "Availability in the period (marker: agreed target)", Min: 98, Max: 100}
	breaches := a.breachCounts()
	total := decimal.Zero
	var misses []string
	for _, svc := range a.Cfg.Services {
		out, maint, err := a.serviceIntervals(svc.Name)
		if err != nil {
			return nil, fmt.Errorf("service %s: %w", svc.Name, err)
		}
		hours := a.Calendars[svc.Hours]
		target := sla.AvailabilityTarget{Name: svc.Name, Percent: svc.Availability, Hours: svc.Hours}
		sched, hasCredits := a.Cfg.CreditSchedules[svc.Credits]
		for _, m := range a.months() {
			period, err := itsm.NewInterval(m.start, m.end)
			if err != nil {
				return nil, err
			}
			res, err := sla.EvaluateAvailability(target, period, out, maint, hours)
			if err != nil {
				return nil, fmt.Errorf("service %s %s: %w", svc.Name, m.name, err)
			}
			av := res.Availability
			met := Cell{map[bool]string{true: "yes", false: "NO"}[res.Met], res.Met}
			credit, reason := none(), txt("")
			if hasCredits {
				cr, err := sched.Compute(svc.MonthlyFee, av.Ratio(), breaches[svc.Name][m.name])
				if err != nil {
					return nil, fmt.Errorf("service %s %s: credit: %w", svc.Name, m.name, err)
				}
				credit = decCell(cr.Total, 2)
				var rs []string
				for _, l := range cr.Lines {
					rs = append(rs, l.Reason)
				}
				if cr.Capped {
					rs = append(rs, "capped")
				}
				reason = txt(strings.Join(rs, "; "))
				total = total.Add(cr.Total)
			}
			if !res.Met {
				misses = append(misses, svc.Name+" "+m.name)
			}
			t.Add(txt(svc.Name), txt(m.name), txt(svc.Hours), hrs(av.Scheduled.Std()), hrs(av.Maintenance.Std()), hrs(av.Down.Std()), num(int64(av.Failures)),
				pct(av.Ratio(), 3), Cell{svc.Availability.String() + " %", jsonNum(svc.Availability.String())}, hrs(res.Allowed.Std()), met, credit, reason)
		}
		period, err := itsm.NewInterval(a.From, a.To)
		if err != nil {
			return nil, err
		}
		res, err := sla.EvaluateAvailability(target, period, out, maint, hours)
		if err != nil {
			return nil, err
		}
		if p, ok := res.Availability.Ratio().Percent(3); ok {
			v, _ := p.Float64()
			ch.Bars = append(ch.Bars, Bar{Label: svc.Name, Value: v, Text: p.StringFixed(3) + " %", Target: svc.Availability.InexactFloat64(), HasTarget: true, Bad: !res.Met})
		}
	}
	s.Intro = []string{"Per month, within each service's agreed hours; recorded downtime inside a maintenance window is excluded from both the scheduled time and the downtime. Met is decided exactly, not on the rounded figure. Credits follow each service's tiered schedule (a share of the monthly fee) plus penalties per P1 resolution breach, capped."}
	s.Notes = []string{fmt.Sprintf("Service credits owed for the period: %s %s.", total.StringFixed(2), cur)}
	if len(misses) == 0 {
		misses = []string{"none"}
	}
	a.key("Availability targets missed", txt(strings.Join(misses, ", ")), "Availability")
	a.key("Service credits owed", Cell{total.StringFixed(2) + " " + cur, jsonNum(total.StringFixed(2))}, "Availability")
	s.Tables = []*Table{t}
	s.Charts = []*Chart{ch}
	return s, nil
}
