package sla

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/itsmkit/itsm"
	"github.com/itsmkit/itsm/internal/enum"
)

// Severity is how serious a [Finding] of [Policy.Lint] is. Its text form
// (JSON) is "error", "warning" or "info", as beside each constant.
type Severity uint8

const (
	// SeverityError: the policy does not do what it says — a clock that
	// can never start or never resume, a goal it can never meet, an OLA
	// that cannot fit in its SLA.
	SeverityError Severity = iota + 1 // "error"
	// SeverityWarning: probably a mistake — a rule that is never
	// selected, thresholds out of order, a calendar closed most days.
	SeverityWarning // "warning"
	// SeverityInfo: worth knowing — an escalation that fires only after
	// the breach.
	SeverityInfo // "info"
)

var severityNames = enum.New[Severity]("sla", "severity", ErrConfig,
	SeverityError, "error", SeverityWarning, "warning", SeverityInfo, "info")

// String returns the text form: "error", "warning" or "info".
func (s Severity) String() string { return enumString(severityNames, "severity", s) }

// MarshalText returns the text form; an undeclared value is an error.
func (s Severity) MarshalText() ([]byte, error) {
	return enumMarshal(severityNames, "severity", ErrConfig, s)
}

// UnmarshalText parses the text form; any other text is an error wrapping
// [ErrConfig] that lists the valid values.
func (s *Severity) UnmarshalText(b []byte) error {
	return enumUnmarshal(severityNames, "severity", ErrConfig, s, b)
}

// Finding is one result of [Policy.Lint]: a stable code, a severity, where
// (the version, rule and target, or the conditions of a metric) and why.
type Finding struct {
	Code     string   `json:"code"`     // stable identifier, see Policy.Lint
	Severity Severity `json:"severity"` // error, warning or info
	// Version is the effective-from instant of the policy version the
	// finding is in (zero: the first version).
	Version time.Time `json:"version,omitzero"`
	Rule    string    `json:"rule,omitempty"`   // rule name, or "rule N" (0-based); "" for policy-wide findings
	Target  string    `json:"target,omitempty"` // target name; "" for rule- and policy-wide findings
	// Where names the part of the configuration for findings outside a
	// rule: `conditions for "resolution"`, `calendar "office"`.
	Where  string `json:"where,omitempty"`
	Reason string `json:"reason"` // what is wrong, with the values involved
}

// String renders the finding on one line:
// `error pause_and_stop: rule "P1" target "P1 resolution": state "Resolved" both pauses and stops the clock …`.
func (f Finding) String() string {
	var b strings.Builder
	b.WriteString(f.Severity.String() + " " + f.Code + ": ")
	var where []string
	if !f.Version.IsZero() {
		where = append(where, "version "+f.Version.Format(time.RFC3339))
	}
	if f.Rule != "" {
		where = append(where, "rule "+quote(f.Rule))
	}
	if f.Target != "" {
		where = append(where, "target "+quote(f.Target))
	}
	if f.Where != "" {
		where = append(where, f.Where)
	}
	if len(where) > 0 {
		b.WriteString(strings.Join(where, " ") + ": ")
	}
	b.WriteString(f.Reason)
	return b.String()
}

// lintYears is how far the checks that walk calendars look from the
// lint's instant: a year, the span of holidays and of most contracts.
const lintYears = 1

// Lint checks the policy before it goes live and returns its findings, per
// version in the order of the checks: the policy's conditions, its rules
// and priorities, each rule's targets, the underpinning, the calendars. It
// reads the policy and the
// schedules it names from the instant from on (a year ahead for calendar
// checks, four weeks sampled every 30 minutes for the underpinning check),
// and reports, by stable code:
//
//   - "unreachable_start" (error): a start condition that can never
//     fire — it matches no event kind and no assignment, and every state
//     it names is unknown to the policy or ends the clock at once (a stop
//     or cancel state, which keeps a clock from attaching).
//   - "pause_and_stop" (error): a state that both pauses the clock and
//     stops or cancels it (the stop wins; the pause is dead).
//   - "pause_never_resumed" (error): a Resume condition that can never
//     fire after a pause — it matches no event kind and no assignment,
//     and every state it names is itself a pause state (entering it keeps
//     the clock paused) or unknown; a paused clock then runs only after a
//     stop.
//   - "unknown_state" (warning): a condition names a state the policy's
//     States list lacks (so it never matches).
//   - "unknown_priority" (warning): a rule names a priority the policy's
//     Priorities list lacks.
//   - "priority_not_selected" (warning): a priority of the Priorities list
//     that no rule selects: its tickets get no clock.
//   - "shadowed_rule" (warning): a rule, or one of its priorities, that an
//     earlier rule always matches first (rules are tried in order, the
//     first match wins).
//   - "goal_exceeds_year" (error): a goal longer than the open time of the
//     target's schedule (each group's, for a clock that follows the team)
//     in the year from from: the deadline lies more than a year ahead.
//   - "thresholds_out_of_order" (warning): warning thresholds not in
//     strictly ascending order (they are applied sorted and deduplicated,
//     which may not be what was meant).
//   - "escalation_before_start" (warning): an escalation whose offset
//     before the deadline is at least the whole goal: it fires when the
//     cycle starts, or before.
//   - "escalation_after_deadline" (info): an escalation that fires after
//     the deadline: it can report the breach, not prevent it.
//   - "ola_exceeds_sla" (error): an OLA or UC whose goal cannot fit inside
//     the SLA it underpins, from some start in the window
//     ([Policy.CheckUnderpinning] as a static finding).
//   - "calendar_mostly_closed" (warning): a schedule the targets count on
//     that is open on fewer than half of the days of the year from from.
//
// Each finding names its rule and target, or for a metric's conditions
// given at the policy level, where they are; Finding.Version names the
// policy version. The error is for a nil policy, or a schedule whose
// arithmetic fails other than beyond its supported range (which is itself
// reported as a finding).
func (p *Policy) Lint(from time.Time) ([]Finding, error) {
	if p == nil {
		return nil, errNilPolicy("lint")
	}
	var out []Finding
	for _, v := range append([]*Policy{p}, p.versions...) {
		fs, err := v.lint(from)
		if err != nil {
			return nil, err
		}
		for i := range fs {
			if v != p {
				fs[i].Version = v.spec.EffectiveFrom
			}
		}
		out = append(out, fs...)
	}
	return out, nil
}

// linter collects the findings of one policy version.
type linter struct {
	p    *Policy
	from time.Time
	out  []Finding
}

func (l *linter) add(code string, sev Severity, rule, target, where, reason string) {
	l.out = append(l.out, Finding{Code: code, Severity: sev, Rule: rule, Target: target, Where: where, Reason: reason})
}

func (p *Policy) lint(from time.Time) ([]Finding, error) {
	l := &linter{p: p, from: from}
	// Conditions given at the policy level, per metric.
	for _, m := range slices.Sorted(maps.Keys(p.spec.Conditions)) {
		c := p.spec.Conditions[m]
		rc, err := resolveConditions(m, &c)
		if err != nil {
			continue // NewPolicy checked it
		}
		l.conditions("", "", "conditions for "+quote(string(m)), rc)
	}
	l.priorities()
	for ri, targets := range p.rules {
		rule := p.ruleName(ri)
		for _, t := range targets {
			if t.spec.Conditions != nil {
				l.conditions(rule, t.spec.Name, "", t.cond)
			}
			if err := l.target(rule, t); err != nil {
				return nil, err
			}
		}
	}
	if err := l.underpinning(); err != nil {
		return nil, err
	}
	if err := l.calendars(); err != nil {
		return nil, err
	}
	return l.out, nil
}

func (p *Policy) ruleName(ri int) string {
	if n := p.spec.Rules[ri].Name; n != "" {
		return n
	}
	return "rule " + strconv.Itoa(ri)
}

func quoteList(xs []string) string {
	q := make([]string, len(xs))
	for i, x := range xs {
		q[i] = quote(x)
	}
	return strings.Join(q, ", ")
}

// conditions checks one set of resolved conditions.
func (l *linter) conditions(rule, target, where string, c Conditions) {
	known := l.p.spec.States
	unknown := func(s string) bool { return len(known) > 0 && !slices.Contains(known, s) }
	ends := func(s string) bool { return slices.Contains(c.Stop.States, s) || slices.Contains(c.Cancel.States, s) }

	if len(c.Start.Events) == 0 && !c.Start.assignments() && len(c.Start.States) > 0 {
		dead := true
		for _, s := range c.Start.States {
			if !unknown(s) && !ends(s) {
				dead = false
			}
		}
		if dead {
			l.add("unreachable_start", SeverityError, rule, target, where, fmt.Sprintf(
				"the start condition matches only the states %s, each unknown to the policy or a stop or cancel state that keeps a clock from attaching: the clock never starts",
				quoteList(c.Start.States)))
		}
	}
	for _, s := range c.Pause {
		switch {
		case slices.Contains(c.Stop.States, s):
			l.add("pause_and_stop", SeverityError, rule, target, where, fmt.Sprintf("state %q both pauses and stops the clock: the stop wins, the pause never applies", s))
		case slices.Contains(c.Cancel.States, s):
			l.add("pause_and_stop", SeverityError, rule, target, where, fmt.Sprintf("state %q both pauses and cancels the clock: the cancel wins, the pause never applies", s))
		}
	}
	if !c.Resume.isZero() && len(c.Pause) > 0 && len(c.Resume.Events) == 0 && !c.Resume.assignments() {
		dead := true
		for _, s := range c.Resume.States {
			if !unknown(s) && !c.paused(s) {
				dead = false
			}
		}
		if dead {
			l.add("pause_never_resumed", SeverityError, rule, target, where, fmt.Sprintf(
				"the resume condition matches only the states %s, each a pause state or unknown to the policy: a clock paused in %s never runs again until it stops",
				quoteList(c.Resume.States), quoteList(c.Pause)))
		}
	}
	if len(known) > 0 {
		var bad []string
		for _, part := range []struct {
			name   string
			states []string
		}{{"start", c.Start.States}, {"pause", c.Pause}, {"resume", c.Resume.States}, {"stop", c.Stop.States}, {"reset", c.Reset.States}, {"cancel", c.Cancel.States}} {
			for _, s := range part.states {
				if unknown(s) {
					bad = append(bad, part.name+" "+quote(s))
				}
			}
		}
		if len(bad) > 0 {
			l.add("unknown_state", SeverityWarning, rule, target, where, fmt.Sprintf(
				"the conditions name states the policy does not list (%s), which never match: %s", strings.Join(bad, ", "), quoteList(known)))
		}
	}
}

// priorities checks the rules against the policy's priorities and each
// other.
func (l *linter) priorities() {
	p := l.p
	prios := p.spec.Priorities
	for ri, r := range p.spec.Rules {
		rule := p.ruleName(ri)
		if len(prios) > 0 {
			for _, x := range r.Priorities {
				if !slices.Contains(prios, x) {
					l.add("unknown_priority", SeverityWarning, rule, "", "", fmt.Sprintf("priority %q is not one of the policy's priorities %s: the rule never selects it", x, quoteList(prios)))
				}
			}
		}
		// Shadowed: an earlier rule matches first whenever this one does.
		covers := func(i int, prio string) bool {
			e := p.spec.Rules[i]
			if len(e.Priorities) > 0 && (prio == "" || !slices.Contains(e.Priorities, prio)) {
				return false
			}
			for k, v := range e.Where {
				if r.Where[k] != v {
					return false
				}
			}
			return true
		}
		shadow := func(prio string) int {
			for i := range ri {
				if covers(i, prio) {
					return i
				}
			}
			return -1
		}
		ps := r.Priorities
		if len(ps) == 0 {
			if i := shadow(""); i >= 0 {
				l.add("shadowed_rule", SeverityWarning, rule, "", "", fmt.Sprintf("rule %q, before it, matches every ticket this rule matches: it is never selected", p.ruleName(i)))
				continue
			}
			if len(prios) == 0 {
				continue // any priority: one no earlier rule names reaches it
			}
			// A rule for any priority is a fallback: that earlier rules
			// take some priorities first is its purpose; it is shadowed
			// only when they take every priority a ticket can have.
			ps = prios
		}
		var hidden []string
		by := map[string]int{}
		for _, x := range ps {
			if i := shadow(x); i >= 0 {
				hidden = append(hidden, x)
				by[x] = i
			}
		}
		switch {
		case len(hidden) == len(ps):
			var who []string
			for _, x := range hidden {
				who = append(who, quote(x)+" by "+quote(p.ruleName(by[x])))
			}
			l.add("shadowed_rule", SeverityWarning, rule, "", "", fmt.Sprintf("earlier rules match each of its priorities first (%s): it is never selected",
				strings.Join(who, ", ")))
		case len(hidden) > 0 && len(r.Priorities) > 0:
			for _, x := range hidden {
				l.add("shadowed_rule", SeverityWarning, rule, "", "", fmt.Sprintf("priority %q is matched first by rule %q: this rule never selects it", x, p.ruleName(by[x])))
			}
		}
	}
	for _, x := range prios {
		selected := false
		for _, r := range p.spec.Rules {
			if len(r.Priorities) == 0 || slices.Contains(r.Priorities, x) {
				selected = true
				break
			}
		}
		if !selected {
			l.add("priority_not_selected", SeverityWarning, "", "", "priorities", fmt.Sprintf("no rule selects priority %q: its tickets have no clock", x))
		}
	}
}

// target checks one target's goal, thresholds and escalations.
func (l *linter) target(rule string, t *Target) error {
	name := t.spec.Name
	year := l.from.AddDate(lintYears, 0, 0)
	for i, s := range t.scheds {
		group := ""
		if i > 0 {
			for g, k := range t.groupIdx {
				if k+1 == i && (group == "" || g < group) {
					group = g
				}
			}
		}
		dl, err := deadlineFrom(t, l.from, group)
		if err != nil && !beyondRange(err) {
			return err
		}
		if err != nil || dl.After(year) {
			open := itsm.Duration(s.Between(l.from, year))
			l.add("goal_exceeds_year", SeverityError, rule, name, "", fmt.Sprintf(
				"the goal %s is longer than the %s open on schedule %q in the year from %s: the deadline lies more than a year ahead",
				t.spec.Goal, open, t.names[i], l.from.Format(time.DateOnly)))
		}
	}
	ths := t.spec.Thresholds
	for i := 1; i < len(ths); i++ {
		if ths[i].p.Cmp(ths[i-1].p) <= 0 {
			txt := make([]string, len(ths))
			for k, th := range ths {
				txt[k] = th.String()
			}
			l.add("thresholds_out_of_order", SeverityWarning, rule, name, "", fmt.Sprintf(
				"the warning thresholds %s are not strictly ascending: they apply sorted and without repeats", strings.Join(txt, ", ")))
			break
		}
	}
	for _, e := range t.spec.Escalations {
		switch {
		case e.Offset > 0:
			l.add("escalation_after_deadline", SeverityInfo, rule, name, "", fmt.Sprintf(
				"escalation %q fires %s after the deadline: it can report the breach, not prevent it", e.Name, e.Offset))
		case e.Offset < 0 && t.spec.Goal.unit == unitBusiness && -e.Offset.Std() >= t.spec.Goal.d:
			l.add("escalation_before_start", SeverityWarning, rule, name, "", fmt.Sprintf(
				"escalation %q fires %s before a deadline only %s after the start: it fires when the cycle starts, or before", e.Name, -e.Offset, itsm.Duration(t.spec.Goal.d)))
		}
	}
	return nil
}

// underpinning reports the supports that do not fit in their SLA.
func (l *linter) underpinning() error {
	checks, err := l.p.CheckUnderpinning(itsm.Interval{Start: l.from, End: l.from.AddDate(0, 0, 28)}, 30*time.Minute)
	if err != nil {
		if beyondRange(err) {
			return nil
		}
		return err
	}
	for _, c := range checks {
		if c.Fits {
			continue
		}
		reason := fmt.Sprintf("%s %q cannot fit inside SLA %q: from %s it ends %s of the SLA's counted time after its deadline",
			strings.ToUpper(c.Kind.String()), c.Support, c.SLA, c.WorstStart.Format(time.RFC3339), -c.Slack)
		if c.Slack >= 0 {
			reason = fmt.Sprintf("%s %q cannot fit inside SLA %q: it may end up to %s after the SLA's deadline (outside its hours)",
				strings.ToUpper(c.Kind.String()), c.Support, c.SLA, -c.WallSlack)
		}
		l.add("ola_exceeds_sla", SeverityError, c.Rule, c.SLA, "", reason)
	}
	return nil
}

// calendars reports the schedules the targets count on that are closed
// on most days of the year.
func (l *linter) calendars() error {
	seen := map[string]bool{}
	loc := l.from.Location()
	y, m, d := l.from.Date()
	for _, targets := range l.p.rules {
		for _, t := range targets {
			for i, s := range t.scheds {
				name := t.names[i]
				if seen[name] {
					continue
				}
				seen[name] = true
				open, days := 0, 0
				for k := 0; ; k++ {
					a := time.Date(y, m, d+k, 0, 0, 0, 0, loc)
					if !a.Before(l.from.AddDate(lintYears, 0, 0)) {
						break
					}
					days++
					if s.Between(a, time.Date(y, m, d+k+1, 0, 0, 0, 0, loc)) > 0 {
						open++
					}
				}
				if 2*open < days {
					l.add("calendar_mostly_closed", SeverityWarning, "", "", "calendar "+quote(name), fmt.Sprintf(
						"open on %d of the %d days from %s: goals on it wait for open time most days", open, days, l.from.Format(time.DateOnly)))
				}
			}
		}
	}
	return nil
}
