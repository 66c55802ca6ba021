package main

import (
	"cmp"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/itsmkit/itsm"
	"github.com/itsmkit/itsm/change"
	"github.com/itsmkit/itsm/examples/servicedesk/importer"
)

// ChangeConfig configures the change board section. Models and policies use
// package change's own JSON forms; omitted parts use the package defaults.
type ChangeConfig struct {
	// Questionnaire is a risk model (any kind package change decodes,
	// usually a questionnaire); its answers are derived from the change
	// rows (see changeAnswers).
	Questionnaire json.RawMessage `json:"questionnaire,omitempty"`
	// Rules is a rule-set model over risk facts; omitted: change.DefaultRules.
	Rules json.RawMessage `json:"rules,omitempty"`
	// Routing says who approves and how many working days of notice a
	// change needs; omitted means change.DefaultRouting.
	Routing *change.Routing `json:"routing,omitempty"`
	// WorkingDays names the calendar notice is counted on; default the
	// business_hours calendar, or 24x7.
	WorkingDays string `json:"working_days"`
	// CriticalServices are services whose changes count as critical.
	CriticalServices []string `json:"critical_services,omitempty"`
	// Blackouts are frozen periods (change freeze).
	Blackouts []change.Blackout `json:"blackouts,omitempty"`
	// CIs is the configuration-item graph used for related-CI conflicts.
	CIs *change.Graph `json:"cis,omitempty"`

	model change.Model
}

func (c *ChangeConfig) resolve(w *World) error {
	var models []change.Model
	if len(c.Questionnaire) > 0 {
		q, err := change.DecodeModel(c.Questionnaire)
		if err != nil {
			return fmt.Errorf("config: changes.questionnaire: %w", err)
		}
		models = append(models, q)
	}
	rules := change.Model(change.DefaultRules())
	if len(c.Rules) > 0 {
		r, err := change.DecodeModel(c.Rules)
		if err != nil {
			return fmt.Errorf("config: changes.rules: %w", err)
		}
		rules = r
	}
	models = append(models, rules)
	m, err := change.NewHighest("risk", models...)
	if err != nil {
		return fmt.Errorf("config: changes: %w", err)
	}
	c.model = m
	if c.Routing == nil {
		c.Routing = change.DefaultRouting()
	}
	if c.WorkingDays == "" {
		// Notice is counted on the business hours, or on every day.
		c.WorkingDays = cmp.Or(w.Cfg.BusinessHours, "24x7")
	}
	if _, ok := w.Calendars[c.WorkingDays]; !ok {
		return fmt.Errorf("config: changes.working_days: unknown calendar %q", c.WorkingDays)
	}
	return nil
}

// changeAnswers maps a change row onto the questionnaire's answers.
func changeAnswers(c importer.Change) map[string]string {
	users := "few"
	switch {
	case c.Users >= 500:
		users = "many"
	case c.Users >= 50:
		users = "some"
	}
	yn := func(b bool) string {
		if b {
			return "yes"
		}
		return "no"
	}
	return map[string]string{"users": users, "downtime": yn(c.Downtime), "rollback": yn(c.Rollback), "tested": yn(c.Tested)}
}

// assessedChange is one change with its assessment.
type assessedChange struct {
	importer.Change
	typ        change.Type
	risk       change.Result
	decision   change.Decision
	violations []change.Violation
	// scheduleErr says why the schedule could not be checked (the risk is
	// then assessed without schedule facts); assessErr why the change could
	// not be assessed at all.
	scheduleErr, assessErr error
}

func (a *analysis) assessChange(c importer.Change) (assessedChange, error) {
	cc := a.Cfg.Changes
	x := assessedChange{Change: c}
	var err error
	if err = x.typ.UnmarshalText([]byte(c.Type)); err != nil {
		return x, err
	}
	rules := change.ScheduleRules{Blackouts: cc.Blackouts, WorkingDays: a.Calendars[cc.WorkingDays]}
	if svc, ok := a.Services[c.Service]; ok && svc.Maintenance != "" && x.typ != change.Emergency {
		// Emergency changes cannot wait for the window; they are reviewed afterwards.
		rules.Maintenance = a.Calendars[svc.Maintenance]
	}
	in := change.Input{Type: x.typ, Answers: changeAnswers(c), Facts: change.Facts{
		NoRollbackPlan:  !c.Rollback,
		NoTestEvidence:  !c.Tested,
		CriticalService: slices.Contains(cc.CriticalServices, c.Service),
		OutageRequired:  c.Downtime,
		CIsAffected:     max(1, len(c.CIs)),
	}}
	requested := c.Requested
	if requested.IsZero() {
		requested = a.Now
	}
	win := itsm.Interval{Start: c.Start, End: c.End}
	// Risk and schedule depend on each other: a freeze or short notice
	// raises the risk, and a higher risk needs more notice. Assess, check,
	// reassess with the violations as facts, and check again if the level
	// moved (levels only rise, so this settles in a few rounds).
	level := change.None
	for range 4 {
		if x.risk, err = cc.model.Assess(in); err != nil {
			return x, err
		}
		if x.risk.Level == level {
			break
		}
		level = x.risk.Level
		// The routing policy says how much notice this level needs.
		var d change.Decision
		if d, err = cc.Routing.Route(x.typ, level); err == nil {
			x.violations, err = change.CheckSchedule(win, d.LeadDays, rules, requested)
		}
		if err != nil {
			// Not fatal: the change is still listed, assessed and checked
			// for conflicts; the report says why its schedule is not.
			x.violations, x.scheduleErr = nil, err
			if x.risk, err = cc.model.Assess(in); err != nil {
				return x, err
			}
			break
		}
		change.ApplyViolations(&in.Facts, x.violations)
	}
	if x.decision, err = cc.Routing.Route(x.typ, x.risk.Level); err != nil {
		return x, err
	}
	return x, nil
}

// inWeek reports whether change c occupies time in [day, weekEnd): a
// window [Start, End) that overlaps it, or a zero-length change whose
// instant lies in it.
func inWeek(c importer.Change, day, weekEnd time.Time) bool {
	if c.Start.Equal(c.End) {
		return !c.Start.Before(day) && c.Start.Before(weekEnd)
	}
	return c.Start.Before(weekEnd) && day.Before(c.End)
}

func (a *analysis) changeSection() (*Section, error) {
	if len(a.data.Changes) == 0 {
		return nil, nil
	}
	y, m, d := mondayOf(a.Now.In(a.Loc))
	day, weekEnd := midnight(y, m, d, a.Loc), midnight(y, m, d+7, a.Loc)
	s := &Section{ID: "changes", Title: a.f("Changes planned for the week %s – %s", a.day(day), a.day(midnight(y, m, d+6, a.Loc)))}
	t := &Table{ID: "changes", NarrowOrder: []string{"window", "risk", "approvers", "schedule", "title"}, Columns: []Column{{"change", "Change", false, false}, {"type", "Type", false, false}, {"title", "Title", false, false}, {"ci", "CIs", false, false},
		{"window", "Window", false, false}, {"risk", "Risk", false, false}, {"score", "Score", true, false}, {"decided_by", "Decided by", false, true},
		{"approvers", "Approval", false, false}, {"schedule", "Schedule check", false, false}}}
	var planned []change.Planned
	var week []assessedChange
	var findings []string // per change: what could not be checked, and why
	for _, c := range a.data.Changes {
		if !inWeek(c, day, weekEnd) {
			continue
		}
		x, err := a.assessChange(c)
		if err != nil {
			// One change the libraries cannot assess is listed as such; the
			// others are still assessed and every one is checked for conflicts.
			findings = append(findings, fmt.Sprintf("%s (line %d): not assessed: %v", c.ID, c.Line, err))
			x = assessedChange{Change: c, typ: x.typ, assessErr: err}
		} else if x.scheduleErr != nil {
			findings = append(findings, fmt.Sprintf("%s (line %d): schedule not checked: %v", c.ID, c.Line, x.scheduleErr))
		}
		week = append(week, x)
		planned = append(planned, change.Planned{ID: c.ID, CIs: c.CIs, Assignee: c.Assignee, Start: c.Start, End: c.End})
	}
	slices.SortStableFunc(week, func(x, y assessedChange) int { return cmp.Or(x.Start.Compare(y.Start), cmp.Compare(x.ID, y.ID)) })
	var vt []string
	for _, x := range week {
		var approvers []string
		for _, ap := range x.decision.Approvers {
			approvers = append(approvers, ap.String())
		}
		appr := strings.Join(approvers, ", ")
		if len(x.decision.Approvers) == 0 {
			appr = "pre-approved"
		}
		if x.decision.PostReview {
			appr += " + post-review"
		}
		check := "ok"
		if x.scheduleErr != nil {
			check = "not checked"
		}
		if len(x.violations) > 0 {
			var rs []string
			for _, v := range x.violations {
				rs = append(rs, v.Rule)
				vt = append(vt, fmt.Sprintf("%s: %s", x.ID, v.Detail))
			}
			check = strings.Join(rs, ", ")
		}
		risk := txt(x.risk.Level.String())
		if x.assessErr != nil {
			risk, appr, check = none(), "–", "not assessed"
		}
		// The combinator's parts: show the questionnaire's exact score and
		// the part (and its band or rule) that set the level.
		score, decided := none(), x.risk.Decided
		for _, p := range x.risk.Parts {
			if p.Den > 0 {
				score = Cell{fmt.Sprintf("%d/%d", p.Num, p.Den), p.Score.String()}
				if p.Den == 1 {
					score.Text = fmt.Sprint(p.Num)
				}
			}
		}
		for _, p := range x.risk.Parts {
			if p.Level == x.risk.Level {
				decided = p.Decided
				break
			}
		}
		t.Add(txt(x.ID), txt(x.typ.String()), txt(x.Title), txt(strings.Join(x.CIs, ", ")), window(x.Start, x.End), risk, score,
			txt(decided), txt(appr), txt(check))
	}
	ct := &Table{ID: "change_conflicts", Title: "Conflicts", Columns: []Column{{"a", "Change", false, false}, {"b", "With", false, false}, {"kind", "Kind", false, false},
		{"detail", "On", false, false}, {"from", "From", false, false}, {"to", "To", false, false}}}
	// A CI missing from the graph is a finding, not an error: the change is
	// still checked for conflicts with other changes on the same CI, and
	// relates to no other CI.
	rep := change.CheckConflicts(planned, a.Cfg.Changes.CIs)
	lines := map[string]int{}
	for _, x := range week {
		lines[x.ID] = x.Line
	}
	for _, u := range rep.UnknownCIs {
		findings = append(findings, fmt.Sprintf("%s (line %d): CI %q is not in the CI graph: checked for conflicts on the same CI, related to none", u.Change, lines[u.Change], u.CI))
	}
	for _, e := range rep.Rejected {
		// The import admits no record CheckConflicts refuses; should one
		// slip through, the others are still checked and the reason shown.
		findings = append(findings, fmt.Sprintf("conflicts not checked for %s: %v", e.ID, e))
	}
	conflicts := rep.Conflicts
	for _, c := range conflicts {
		on := c.Assignee
		if c.Kind != change.SameAssignee {
			on = c.CIA
			if c.CIB != c.CIA {
				on += " / " + c.CIB
			}
		}
		ct.Add(txt(c.A), txt(c.B), txt(c.Kind.String()), txt(on), at(c.Start), at(c.End))
	}
	cab, viol := 0, 0
	for _, x := range week {
		if slices.Contains(x.decision.Approvers, change.CAB) || slices.Contains(x.decision.Approvers, change.ECAB) {
			cab++
		}
		if len(x.violations) > 0 {
			viol++
		}
	}
	a.key("Changes next week", txt(a.f("%d: %d for the CAB/ECAB, %d break a schedule rule, %d conflicts", len(week), cab, viol, len(conflicts))), "Changes")
	s.Intro = []string{a.f("%d changes, %d conflicts. Risk is the highest of the questionnaire and the rule set (schedule violations feed back as risk facts); approval by the routing policy; schedule checked against the service's maintenance window, blackouts and lead time (working days on the calendar %q, counted from the request).", len(week), len(conflicts), a.Cfg.Changes.WorkingDays)}
	if len(findings) > 0 {
		s.Intro = append(s.Intro, a.f("%d findings below: what could not be checked, and why.", len(findings)))
	}
	s.Tables = []*Table{t, ct}
	s.Notes = append(vt, findings...)
	return s, nil
}

// windowText is a window's value in JSON and CSV: "start/end" in RFC 3339
// (ISO 8601's interval form).
type windowText string

// window shows [start, end) compactly: "Sat 11 Jul 22:00–01:00", and a
// zero-length change as "Tue 07 Jul 10:15 (instant)".
func window(start, end time.Time) Cell {
	if start.Equal(end) {
		return Cell{start.Format("Mon 02 Jan 15:04") + " (instant)", windowText(start.Format(time.RFC3339) + "/" + end.Format(time.RFC3339))}
	}
	layout := "15:04"
	if end.Sub(start) >= 24*time.Hour {
		layout = "Mon 02 Jan 15:04"
	}
	return Cell{start.Format("Mon 02 Jan 15:04") + "–" + end.Format(layout), windowText(start.Format(time.RFC3339) + "/" + end.Format(time.RFC3339))}
}
