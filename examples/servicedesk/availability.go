package main

import (
	"fmt"
	"math"
	"slices"
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

// monthName shows a month briefly, for chart labels: "Apr 26", "Apr. 26".
func (a *analysis) monthName(t time.Time) string {
	if a.Lang == "de" {
		return []string{"Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sep.", "Okt.", "Nov.", "Dez."}[t.Month()-1] + " " + t.Format("06")
	}
	return t.Format("Jan 06")
}

func (a *analysis) availabilitySection() (*Section, error) {
	if len(a.data.Outages) == 0 && len(a.Cfg.Services) == 0 {
		return nil, nil
	}
	cur := a.Cfg.Currency
	s := &Section{ID: "availability", Title: "Availability per service and service credits"}
	t := &Table{ID: "availability", NarrowOrder: []string{"month", "availability", "target", "met", "down", "credit"}, Columns: []Column{{"service", "Service", false, false}, {"month", "Month", false, false}, {"hours", "Hours", false, false},
		{"scheduled", "Scheduled", true, false}, {"maintenance", "Maint. excl.", true, false}, {"down", "Down", true, false}, {"failures", "Failures", true, true},
		{"availability", "Availability", true, false}, {"target", "Target", true, false}, {"allowed", "Allowed down", true, true}, {"met", "Met", false, false},
		{"credit", "Credit", true, false}, {"credit_reason", "Credit for", false, false}}}
	ch := &Chart{Title: "Availability per service and month (marker: agreed target)", Min: 98, Max: 100}
	breaches := a.breachCounts()
	total := decimal.Zero
	var misses []string
	// Services of the outage log that the configuration lacks are shown
	// too, on 24×7 and without a target: derived from the data, not
	// invented.
	services := slices.Clone(a.Cfg.Services)
	known := map[string]bool{}
	for _, s := range services {
		known[s.Name] = true
	}
	var derived []string
	for _, o := range a.data.Outages {
		if !known[o.Service] {
			known[o.Service] = true
			derived = append(derived, o.Service)
		}
	}
	slices.Sort(derived)
	for _, n := range derived {
		services = append(services, ServiceConfig{Name: n, Hours: "24x7", Availability: decimal.NewFromInt(100)})
	}
	anyCredits, minAv := false, 100.0
	for _, svc := range services {
		noTarget := !slices.ContainsFunc(a.Cfg.Services, func(c ServiceConfig) bool { return c.Name == svc.Name })
		out, maint, err := a.serviceIntervals(svc.Name)
		if err != nil {
			return nil, fmt.Errorf("service %s: %w", svc.Name, err)
		}
		hours := a.Calendars[svc.Hours]
		target := sla.AvailabilityTarget{Name: svc.Name, Percent: svc.Availability, Hours: svc.Hours}
		sched, hasCredits := a.Cfg.CreditSchedules[svc.Credits]
		anyCredits = anyCredits || hasCredits
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
			targetCell, allowed := Cell{svc.Availability.String() + " %", jsonNum(svc.Availability.String())}, hrs(res.Allowed.Std())
			if noTarget {
				met, targetCell, allowed = none(), none(), none()
			}
			credit, reason := none(), txt("")
			if hasCredits {
				cr, err := sched.Compute(svc.MonthlyFee, av.Ratio(), breaches[svc.Name][m.name])
				if err != nil {
					return nil, fmt.Errorf("service %s %s: credit: %w", svc.Name, m.name, err)
				}
				credit = money(cr.Total, cur)
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
			if !res.Met && !noTarget {
				misses = append(misses, svc.Name+" "+m.name)
			}
			if p, ok := av.Ratio().Percent(3); ok {
				v, _ := p.Float64()
				minAv = math.Min(minAv, v)
				ch.Bars = append(ch.Bars, Bar{Label: svc.Name + " · " + a.monthName(m.start), Value: v, Text: p.StringFixed(3) + " %",
					Target: svc.Availability.InexactFloat64(), HasTarget: !noTarget, Bad: !res.Met && !noTarget})
			}
			t.Add(txt(svc.Name), txt(m.name), txt(svc.Hours), hrs(av.Scheduled.Std()), hrs(av.Maintenance.Std()), hrs(av.Down.Std()), num(int64(av.Failures)),
				pct(av.Ratio(), 3), targetCell, allowed, met, credit, reason)
		}
	}
	s.Intro = []string{"Per month, within each service's agreed hours; recorded downtime inside a maintenance window is excluded from both the scheduled time and the downtime. Met is decided exactly, not on the rounded figure."}
	if anyCredits {
		s.Intro = []string{"Per month, within each service's agreed hours; recorded downtime inside a maintenance window is excluded from both the scheduled time and the downtime. Met is decided exactly, not on the rounded figure. Credits follow each service's tiered schedule (a share of the monthly fee) plus penalties per P1 resolution breach, capped."}
	}
	if len(derived) > 0 {
		s.Intro = append(s.Intro, a.f("%s: in the outage log, not in the configuration's services: availability on 24×7, no target.", strings.Join(derived, ", ")))
	}
	// The axis starts below the lowest month, at a round value, and says so.
	ch.Min = math.Min(98, math.Floor(minAv))
	if len(misses) == 0 {
		misses = []string{"none"}
	}
	if len(a.Cfg.Services) > 0 {
		a.key("Availability targets missed", txt(strings.Join(misses, ", ")), "Availability")
	}
	if anyCredits {
		s.Notes = []string{a.f("Service credits owed for the period: %s.", a.moneyText(total, cur))}
		a.key("Service credits owed", money(total, cur), "Availability")
	} else {
		// No penalty schedule configured: no credit columns.
		t.Columns = t.Columns[:len(t.Columns)-2]
		for i := range t.Rows {
			t.Rows[i] = t.Rows[i][:len(t.Rows[i])-2]
		}
	}
	s.Tables = []*Table{t}
	s.Charts = []*Chart{ch}
	return s, nil
}
