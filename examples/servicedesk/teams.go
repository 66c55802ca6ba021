package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
	"time"

	"github.com/rickb777/date/v2"

	"github.com/itsmkit/itsm"
	"github.com/itsmkit/itsm/calendar"
	"github.com/itsmkit/itsm/sla"
)

// Clocks that follow the team (issue 15). The demo company runs its first
// level, the service desk, in Dortmund; of the second level, Workplace and
// Network sit in Dortmund too, while SAP Basis is run by the offshore
// partner's team in Bangalore, on Bangalore's hours and holidays. The
// vendor is an external provider under an underpinning contract.

// teamDesk is one support team: its level and city, the calendar its
// clock counts on, and the OLA (or UC) it promises: counted time on that
// calendar while it holds a ticket.
type teamDesk struct {
	Team, Level, City string
	Calendar          string // a calendar of the configuration, or of teamCalendars
	Kind              sla.Kind
	Goal              time.Duration
}

// demoTeams are the teams of the demo data.
var demoTeams = []teamDesk{
	{Team: "Service Desk", Level: "1st level", City: "Dortmund", Calendar: "desk", Kind: sla.OLA, Goal: 4 * time.Hour},
	{Team: "Workplace", Level: "2nd level", City: "Dortmund", Calendar: "desk", Kind: sla.OLA, Goal: 24 * time.Hour},
	{Team: "Network", Level: "2nd level", City: "Dortmund", Calendar: "desk", Kind: sla.OLA, Goal: 24 * time.Hour},
	{Team: "SAP Basis", Level: "2nd level", City: "Bangalore", Calendar: "bangalore", Kind: sla.OLA, Goal: 24 * time.Hour},
	{Team: "Vendor", Level: "3rd level", City: "external", Calendar: "shift", Kind: sla.UC, Goal: 40 * time.Hour},
}

// teamCalendars are the calendars of the teams that the report's
// configuration lacks: the Bangalore office, Mon–Fri 09:30–18:30 India
// Standard Time, closed on the partner's office holidays of the period
// (Good Friday 3 April, Ambedkar Jayanti 14 April, May Day 1 May 2026).
func teamCalendars() (map[string]*calendar.Calendar, error) {
	w, err := calendar.ParseWeek("Mon-Fri 09:30-18:30")
	if err != nil {
		return nil, err
	}
	c, err := calendar.New(calendar.Spec{Zone: "Asia/Kolkata", Week: w, HolidayDates: []date.Date{
		date.New(2026, time.April, 3), date.New(2026, time.April, 14), date.New(2026, time.May, 1)}})
	if err != nil {
		return nil, err
	}
	return map[string]*calendar.Calendar{"bangalore": c}, nil
}

// teamSetup is what the team sections share: the schedules by name, the
// teams' schedules by group, and the ticket timelines with the team
// holding a ticket as the assignment group of its events.
type teamSetup struct {
	teams  []teamDesk
	scheds map[string]sla.Schedule
	groups map[string]string
}

func (a *analysis) teamSetup(teams []teamDesk) (*teamSetup, error) {
	extra, err := teamCalendars()
	if err != nil {
		return nil, err
	}
	s := &teamSetup{teams: teams, scheds: map[string]sla.Schedule{}, groups: map[string]string{}}
	for name, c := range a.Calendars {
		s.scheds[name] = c
	}
	for name, c := range extra {
		if _, ok := s.scheds[name]; !ok {
			s.scheds[name] = c
		}
	}
	for _, t := range teams {
		if _, ok := s.scheds[t.Calendar]; !ok {
			return nil, fmt.Errorf("team %s: no calendar %q", t.Team, t.Calendar)
		}
		s.groups[t.Team] = t.Calendar
	}
	return s, nil
}

// withGroups returns the timeline with the team holding the ticket (the
// importer's Assignee of created and assigned events) as its assignment
// group, which is what the clocks that follow the team read.
func withGroups(events []sla.Event) []sla.Event {
	out := slices.Clone(events)
	for i, e := range out {
		if (e.Kind == sla.Created || e.Kind == sla.Assigned) && e.Group == "" {
			out[i].Group = e.Assignee
		}
	}
	return out
}

// slaTicket is the ticket as package sla reads it, with groups.
func slaTicket(t *Ticket) sla.Ticket {
	return sla.Ticket{ID: t.ID, Attrs: map[string]string{"service": t.Service}, Events: withGroups(t.Timeline)}
}

// olaPolicy is a policy with one OLA (or UC) per team: it starts when the
// team gets a ticket and counts, on the team's calendar, only while the
// team holds it (paused in the SLA's pause states too), until the ticket
// is resolved.
func (s *teamSetup) olaPolicy(res sla.Conditions) (*sla.Policy, error) {
	var targets []sla.TargetSpec
	for _, t := range s.teams {
		c := sla.Conditions{Start: sla.Condition{Groups: []string{t.Team}}, HeldBy: []string{t.Team},
			Pause: res.Pause, Cancel: res.Cancel, Reopen: res.Reopen}
		targets = append(targets, sla.TargetSpec{Name: t.Team + " " + strings.ToUpper(t.Kind.String()), Slot: "team " + t.Team,
			Kind: t.Kind, Metric: sla.Resolution, Goal: sla.Business(t.Goal), Schedule: t.Calendar, Conditions: &c})
	}
	return sla.NewPolicy(sla.PolicySpec{Name: "team OLAs", GroupSchedules: s.groups,
		Rules: []sla.Rule{{Name: "every ticket", Targets: targets}}}, s.scheds)
}

// followingPolicy is the report's policy with its business-hours SLA
// targets following the team: each stretch counted on the calendar of
// the team holding the ticket (24×7 targets stay 24×7).
func (s *teamSetup) followingPolicy(spec sla.PolicySpec) (*sla.Policy, error) {
	spec.Versions = nil
	spec.GroupSchedules = s.groups
	spec.Rules = slices.Clone(spec.Rules)
	for i, r := range spec.Rules {
		r.Targets = slices.Clone(r.Targets)
		for j, t := range r.Targets {
			if t.Kind == sla.SLA {
				if c, ok := s.scheds[t.Schedule]; ok && !alwaysOpen(c) {
					r.Targets[j].FollowGroup = true
				}
			}
		}
		spec.Rules[i] = r
	}
	return sla.NewPolicy(spec, s.scheds)
}

// alwaysOpen reports whether a schedule counts every hour of a week.
func alwaysOpen(c sla.Schedule) bool {
	t := time.Date(2026, time.January, 5, 0, 0, 0, 0, time.UTC)
	return c.Between(t, t.AddDate(0, 0, 7)) == 7*24*time.Hour
}

// teamsSection shows the clocks per team: each team's OLA over the
// period (met, breached, attainment, still open at now) on the team's own
// calendar, and what the period's SLA attainment would have been had the
// business-hours SLAs followed the team (each stretch on the holder's
// hours and holidays), with the tickets whose verdict changes. It needs
// the team map of the demo data: for other data it is left out (nil).
func (a *analysis) teamsSection() (*Section, error) {
	if !a.Demo || a.Policy == nil {
		return nil, nil
	}
	s, err := a.teamSetup(demoTeams)
	if err != nil {
		return nil, err
	}
	ola, err := s.olaPolicy(a.Policy.Spec.Conditions[sla.Resolution])
	if err != nil {
		return nil, err
	}
	period, err := itsm.NewInterval(a.From, a.To)
	if err != nil {
		return nil, err
	}
	var sts []sla.Status
	open := map[string][2]int64{} // per target: open now, of which breached
	for _, t := range a.all {
		got, err := ola.Evaluate(slaTicket(t), a.Now)
		if err != nil {
			return nil, fmt.Errorf("ticket %s: team clocks: %w", t.ID, err)
		}
		sts = append(sts, got...)
		for _, st := range got {
			if st.End.IsZero() && (st.Stage == sla.Running || st.Stage == sla.Paused || st.Stage == sla.Breached) {
				o := open[st.Target]
				o[0]++
				if st.Breached {
					o[1]++
				}
				open[st.Target] = o
			}
		}
	}
	rep, err := sla.ComputeAttainment(period, sts)
	if err != nil {
		return nil, err
	}
	byTarget := map[string]sla.AttainmentGroup{}
	for _, g := range rep.Targets {
		byTarget[g.Target] = g
	}
	t := &Table{ID: "team_clocks", Columns: []Column{
		{"level", "Level", false, false}, {"team", "Team", false, false}, {"city", "City", false, false},
		{"calendar", "Calendar", false, false}, {"kind", "Kind", false, false}, {"goal", "Goal", true, false},
		{"met", "Met", true, false}, {"breached", "Breached", true, false}, {"attainment", "Attainment", true, false},
		{"open_now", "Open now", true, false}, {"open_breached", "Open, breached", true, false},
	}}
	for _, tm := range s.teams {
		name := tm.Team + " " + strings.ToUpper(tm.Kind.String())
		g := byTarget[name]
		o := open[name]
		t.Add(txt(tm.Level), txt(tm.Team), txt(tm.City), txt(tm.Calendar), txt(strings.ToUpper(tm.Kind.String())), hrs(tm.Goal),
			num(g.Met), num(g.Breached), pct(g.Attainment(), 1), num(o[0]), num(o[1]))
	}
	sec := &Section{ID: "teams", Title: "Clocks per team", Tables: []*Table{t}}
	sec.Intro = append(sec.Intro, a.f("Each team's clock starts when it gets a ticket and counts on its own calendar only while it holds it (paused in the SLA's pause states), until the ticket is resolved; cycles decided in the period, and clocks open at now."))

	// The same tickets with the business-hours SLAs following the team.
	follow, err := s.followingPolicy(a.Policy.Spec)
	if err != nil {
		return nil, err
	}
	changed := &Table{ID: "follow_team_changes", Title: "Tickets whose SLA verdict changes when the clock follows the team", Limit: 10,
		Columns: []Column{{"ticket", "Ticket", false, false}, {"slot", "Clock", false, false}, {"change", "Change", false, false}, {"reason", "Why", false, true}}}
	var inPeriod iter.Seq[sla.Ticket] = func(yield func(sla.Ticket) bool) {
		for _, t := range a.period {
			if !yield(slaTicket(t)) {
				return
			}
		}
	}
	cmp, err := sla.Compare(a.Policy.Policy, follow, inPeriod, period, func(d sla.Difference) bool {
		if d.Rejected != nil {
			changed.Add(txt(d.Ticket), none(), txt(d.Rejected.Error()), none())
			return true
		}
		changed.Add(txt(d.Ticket), txt(d.Slot), txt(d.Change), txt(d.Reason))
		return true
	})
	if err != nil {
		return nil, err
	}
	att := &Table{ID: "follow_team_attainment", Title: "SLA attainment in the period: one calendar, or the team's", Columns: []Column{
		{"target", "Target", false, false}, {"as_configured", "As configured", true, false}, {"following_team", "Following the team", true, false},
	}}
	after := map[string]sla.AttainmentGroup{}
	for _, g := range cmp.After.Targets {
		after[g.Target] = g
	}
	for _, g := range cmp.Before.Targets {
		if g.Kind != sla.SLA {
			continue
		}
		att.Add(txt(g.Target), pct(g.Attainment(), 1), pct(after[g.Target].Attainment(), 1))
	}
	sec.Tables = append(sec.Tables, att, changed)
	sec.Notes = append(sec.Notes, a.f("%d of %d tickets of the period change when the business-hours SLAs follow the team (24×7 SLAs stay 24×7).", cmp.Changed, cmp.Tickets))
	return sec, nil
}
