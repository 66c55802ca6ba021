package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/shopspring/decimal"

	"github.com/itsmkit/itsm"
	"github.com/itsmkit/itsm/kpi"
	"github.com/itsmkit/itsm/sla"
)

// How much room is left in the period in progress (issue 15): the
// report's period if now lies in it, else the month containing now. Per
// SLA target, the breaches it can still take before the attainment goal
// is missed; per service, the downtime left before its availability
// target and before each service-credit tier; and for the services agreed
// around the clock, how long the month's error budget lasts at the burn
// rate so far.

// periodInProgress is the report's period if now lies inside it, else the
// calendar month containing now, in the report's zone.
func (a *analysis) periodInProgress() itsm.Interval {
	if a.From.Before(a.Now) && a.Now.Before(a.To) {
		return itsm.Interval{Start: a.From, End: a.To}
	}
	y, m, _ := a.Now.Date()
	return itsm.Interval{Start: midnight(y, m, 1, a.Loc), End: midnight(y, m+1, 1, a.Loc)}
}

// roomLeftSection shows the room left in the period in progress (see
// above). Build lists it after the availability section.
func (a *analysis) roomLeftSection() (*Section, error) {
	month := a.periodInProgress()
	if !a.Now.After(month.Start) {
		return nil, nil
	}
	sec := &Section{ID: "room_left", Title: a.f("Room left: %s – %s", a.date(month.Start), a.date(month.End.Add(-time.Nanosecond)))}
	sec.Intro = append(sec.Intro, a.f("The period in progress so far (%s to now): what it can still take before a goal is missed. Exact: counts and nanoseconds against the agreed percentages.", a.date(month.Start)))

	// Attainment: cycles decided from the month's start to now.
	if a.Policy != nil && !a.Cfg.AttainmentGoal.IsZero() {
		var sts []sla.Status
		for _, t := range a.all {
			sts = append(sts, t.Status...)
		}
		rep, err := sla.ComputeAttainment(itsm.Interval{Start: month.Start, End: a.Now}, sts)
		if err != nil {
			return nil, err
		}
		t := &Table{ID: "room_attainment", Title: a.f("SLA targets: breaches left before the %s %% goal", a.Cfg.AttainmentGoal), Columns: []Column{
			{"target", "Target", false, false}, {"met", "Met", true, false}, {"breached", "Breached", true, false},
			{"open", "Open", true, false}, {"attainment", "Attainment", true, false}, {"goal", "Goal", true, false},
			{"breaches_left", "Breaches left", true, false},
		}}
		var missed []string
		for _, g := range rep.Targets {
			if g.Kind != sla.SLA {
				continue
			}
			goal := g.Goal
			if goal.IsZero() {
				goal = a.Cfg.AttainmentGoal
			}
			left, err := g.BreachesLeft(goal)
			if err != nil {
				return nil, fmt.Errorf("target %s: %w", g.Target, err)
			}
			leftCell := num(left)
			if left < 0 {
				leftCell = Cell{a.f("missed (%d too many)", -left), left}
				missed = append(missed, g.Target)
			}
			t.Add(txt(g.Target), num(g.Met), num(g.Breached+g.OpenBreached), num(g.Open), pct(g.Attainment(), 1),
				Cell{goal.String() + " %", jsonNum(goal.String())}, leftCell)
		}
		sec.Tables = append(sec.Tables, t)
		if len(missed) > 0 {
			a.key("Attainment goals already missed this month", txt(strings.Join(missed, ", ")), sec.ID)
		}
	}

	// Availability: the whole month with the outages so far (the hours
	// still ahead count as up).
	av := &Table{ID: "room_availability", Title: "Services: downtime left", Columns: []Column{
		{"service", "Service", false, false}, {"hours", "Hours", false, false}, {"target", "Target", true, false},
		{"down", "Down so far", true, false}, {"left", "Left before target", true, false},
		{"tiers", "Left before each credit tier", false, false},
	}}
	slo := &Table{ID: "room_error_budget", Title: "Around-the-clock services as SLOs: error budget at the burn rate so far", Columns: []Column{
		{"service", "Service", false, false}, {"slo", "SLO", true, false}, {"budget", "Budget this month", true, false},
		{"spent", "Spent", true, false}, {"lasts", "Lasts at this rate", false, false},
	}}
	for _, svc := range a.Cfg.Services {
		out, maint, err := a.serviceIntervals(svc.Name)
		if err != nil {
			return nil, fmt.Errorf("service %s: %w", svc.Name, err)
		}
		res, err := sla.EvaluateAvailability(sla.AvailabilityTarget{Name: svc.Name, Percent: svc.Availability, Hours: svc.Hours},
			month, sofar(out, a.Now), maint, a.Calendars[svc.Hours])
		if err != nil {
			return nil, fmt.Errorf("service %s: %w", svc.Name, err)
		}
		left, err := res.DowntimeLeft(svc.Availability)
		if err != nil {
			return nil, fmt.Errorf("service %s: %w", svc.Name, err)
		}
		var tiers []string
		if cs, ok := a.Cfg.CreditSchedules[svc.Credits]; ok {
			for _, tier := range cs.Tiers {
				l, err := res.DowntimeLeft(tier.Below)
				if err != nil {
					return nil, fmt.Errorf("service %s: tier %s: %w", svc.Name, tier.Below, err)
				}
				tiers = append(tiers, a.f("below %s %% (%s %% credit): %s", tier.Below, tier.Credit, fmtHours(l.Std())))
			}
		}
		av.Add(txt(svc.Name), txt(svc.Hours), Cell{svc.Availability.String() + " %", jsonNum(svc.Availability.String())},
			hrs(res.Availability.Down.Std()), hrs(left.Std()), txt(strings.Join(tiers, "; ")))

		if !alwaysOpen(a.Calendars[svc.Hours]) || !svc.Availability.LessThan(hundredPercent) {
			continue
		}
		// A time-based SLO over the calendar month containing now:
		// downtime of the month so far against the time so far
		// (maintenance excluded).
		y, m, _ := a.Now.Date()
		cal := itsm.Interval{Start: midnight(y, m, 1, a.Loc), End: midnight(y, m+1, 1, a.Loc)}
		soFar, err := kpi.ComputeAvailability(itsm.Interval{Start: cal.Start, End: a.Now}, sofar(out, a.Now), maint, nil)
		if err != nil {
			return nil, fmt.Errorf("service %s: %w", svc.Name, err)
		}
		o := kpi.SLO{Name: svc.Name, Target: svc.Availability, Window: kpi.CalendarMonth, Zone: a.Loc.String()}
		b, err := o.Budget(int64(soFar.Down), int64(soFar.Scheduled))
		if err != nil {
			return nil, fmt.Errorf("service %s: %w", svc.Name, err)
		}
		lasts, ok, err := sla.ErrorBudgetLeft(o, a.Now, int64(soFar.Down), int64(soFar.Scheduled))
		if err != nil {
			return nil, fmt.Errorf("service %s: %w", svc.Name, err)
		}
		budget, _ := kpi.AllowedDowntime(svc.Availability, cal.Duration())
		spent := none()
		if p, ok := b.ConsumedPercent(1); ok {
			// Of the budget earned so far.
			spent = Cell{p.String() + " %", jsonNum(p.String())}
		}
		lastsCell := txt(a.tr("not burning"))
		switch {
		case ok && lasts == 0:
			lastsCell = Cell{a.tr("spent"), durationText(time.Duration(0).String())}
		case ok:
			lastsCell = Cell{a.f("%s (until %s)", fmtHours(lasts), a.stamp(a.Now.Add(lasts))), durationText(lasts.String())}
		case soFar.Down > 0:
			lastsCell = Cell{a.tr("beyond the month's end"), durationText(lasts.String())}
		}
		slo.Add(txt(svc.Name), Cell{svc.Availability.String() + " %", jsonNum(svc.Availability.String())}, hrs(budget), spent, lastsCell)
	}
	if len(av.Rows) > 0 {
		sec.Tables = append(sec.Tables, av)
	}
	if len(slo.Rows) > 0 {
		sec.Tables = append(sec.Tables, slo)
		sec.Notes = append(sec.Notes, a.tr("An SLO's budget is the downtime its target allows over the whole month; it lasts as long as the rest of it takes at the rate of downtime so far (package sla's ErrorBudgetLeft)."))
	}
	return sec, nil
}

var hundredPercent = decimal.NewFromInt(100)

// sofar clips outages to those known at now: an outage still running is
// counted up to now.
func sofar(out []itsm.Interval, now time.Time) []itsm.Interval {
	var r []itsm.Interval
	for _, o := range out {
		if !o.Start.Before(now) {
			continue
		}
		if o.End.After(now) {
			o.End = now
		}
		r = append(r, o)
	}
	return r
}
