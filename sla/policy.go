package sla

import (
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/itsmkit/itsm/calendar"
)

// PriorityChangeMode says what happens to a running clock when the ticket's
// priority changes and with it the selected target.
type PriorityChangeMode uint8

// Priority-change modes. The zero value is KeepElapsed.
const (
	// KeepElapsed keeps the cycle and its elapsed time and switches the goal
	// (and, from now on, the schedule) to the new target — Jira's behaviour.
	// The new goal is computed from the cycle's start; if the elapsed time
	// already exceeds it, the breach is incurred at the change (running or
	// paused). From the change the cycle follows the new target's
	// conditions as they hold then: paused if the new target's clock,
	// replayed over the cycle, would be paused (or waiting for its Resume
	// condition), ended at the change if its stop or cancel condition
	// already held. A target that appears for a slot without a clock
	// attaches as under Restart.
	KeepElapsed PriorityChangeMode = iota
	// Retroactive cancels the cycle and attaches the new target with its
	// start set retroactively to the cancelled cycle's start (the ticket's
	// creation for the first cycle) — ServiceNow's "retroactive start" with
	// retroactive pause: the new target is replayed over the history with
	// all its conditions on its own schedule, so accrued pause time carries
	// over, and a stop that already happened ends it then: a P1 response
	// target appearing at 10:00 on a ticket created at 09:00 and answered
	// at 09:10 is met in 10 minutes, not breached. The replay may yield
	// several cycles (a resolve and reopen in between).
	Retroactive
	// Restart cancels the cycle and starts the new target at the change with
	// zero elapsed time, in the state the new target's conditions give at
	// the change (paused if it would be paused); if its stop or cancel
	// condition already held (the response was given before a response
	// target appeared), no new clock attaches, as in ServiceNow, where an
	// SLA attaches only if its start condition matches and neither its stop
	// nor its cancel condition does.
	Restart
)

var pcNames = [...]string{"keep", "retroactive", "restart"}

// String returns "keep", "retroactive" or "restart".
func (m PriorityChangeMode) String() string {
	if int(m) < len(pcNames) {
		return pcNames[m]
	}
	return fmt.Sprintf("PriorityChangeMode(%d)", m)
}

// MarshalText returns the name.
func (m PriorityChangeMode) MarshalText() ([]byte, error) {
	if int(m) >= len(pcNames) {
		return nil, errorf("priority change mode", m.String(), ErrMode)
	}
	return []byte(m.String()), nil
}

// UnmarshalText parses the name.
func (m *PriorityChangeMode) UnmarshalText(b []byte) error {
	i := slices.Index(pcNames[:], string(b))
	if i < 0 {
		return errorf("priority change mode", string(b), ErrMode)
	}
	*m = PriorityChangeMode(i)
	return nil
}

// Rule selects a set of targets for tickets it matches: priority in
// Priorities (empty: any) and every Where attribute equal to the ticket's.
type Rule struct {
	Name       string            `json:"name,omitempty"`       // for reports and errors
	Priorities []string          `json:"priorities,omitempty"` // matching priorities; empty: any
	Where      map[string]string `json:"where,omitempty"`      // attributes that must equal the ticket's
	Targets    []TargetSpec      `json:"targets"`              // targets for matching tickets
}

func (r Rule) matches(prio string, attrs map[string]string) bool {
	if len(r.Priorities) > 0 && !containsStr(r.Priorities, prio) {
		return false
	}
	for k, v := range r.Where {
		if attrs[k] != v {
			return false
		}
	}
	return true
}

// PolicySpec is the JSON-able definition of a [Policy]. Schedules are
// referenced by name and resolved by [NewPolicy].
type PolicySpec struct {
	Name string `json:"name,omitempty"` // free text
	// PriorityChange is what a priority change does to running clocks.
	PriorityChange PriorityChangeMode `json:"priorityChange"`
	// States, if not empty, lists every state a ticket may be in; an event
	// with another state is an error ([ErrUnknownState]). Empty: any state.
	States []string `json:"states,omitempty"`
	// Conditions are the default clock conditions per metric for targets
	// without their own (else [DefaultConditions]).
	Conditions map[Metric]Conditions `json:"conditions,omitempty"`
	// Calendars are business calendars embedded in the policy, for a
	// self-contained configuration: a target's schedule name is looked up in
	// the caller's map first, then here.
	Calendars map[string]calendar.Spec `json:"calendars,omitempty"`
	// Rules are tried in order; the first that matches the ticket's current
	// priority and attributes gives its targets (no fall-through: a metric
	// missing from the matching rule has no target).
	Rules []Rule `json:"rules"`
}

// Policy is a validated [PolicySpec] with its schedules resolved. It is
// immutable and safe for concurrent use.
type Policy struct {
	spec  PolicySpec
	cals  map[string]*calendar.Calendar
	rules [][]*Target // per rule, per target
	slots []string    // slot names, in order of first appearance
}

// SlotOf returns the slot a target spec drives: its clock across priority
// changes. Targets with the same kind and metric in different rules share a
// slot, so a P3 resolution SLA is replaced by the P1 resolution SLA when the
// priority changes: "<kind> <metric>", e.g. "SLA resolution". A rule may hold
// several targets of the same kind and metric only if all but one set a
// distinct Slot.
func SlotOf(t TargetSpec) string {
	if t.Slot != "" {
		return t.Slot
	}
	return t.Kind.String() + " " + string(t.Metric)
}

// NewPolicy validates spec and resolves every target's schedule name: first
// in schedules (the caller's map, may be nil), then among the calendars
// embedded in spec.Calendars (built with calendar.New); the name "" or
// [WallClockName] resolves to [WallClock] unless one of them defines it.
// Errors name the rule and target and quote the input.
func NewPolicy(spec PolicySpec, schedules map[string]Schedule) (*Policy, error) {
	p := &Policy{spec: clonePolicySpec(spec)}
	if int(spec.PriorityChange) >= len(pcNames) {
		return nil, errorf("policy", spec.PriorityChange.String(), ErrMode)
	}
	for _, s := range spec.States {
		if strings.TrimSpace(s) == "" {
			return nil, errorf("policy states", s, ErrPolicy)
		}
	}
	for m, c := range spec.Conditions {
		if _, err := resolveConditions(m, &c); err != nil {
			return nil, wrapCtx("policy conditions for "+string(m), err)
		}
	}
	cals, err := buildCalendars(spec.Calendars)
	if err != nil {
		return nil, err
	}
	p.cals = cals
	p.spec.Calendars = calendarSpecs(cals)
	if len(spec.Rules) == 0 {
		return nil, errorf("policy", spec.Name, fmt.Errorf("%w: no rules", ErrPolicy))
	}
	for ri, r := range spec.Rules {
		rctx := fmt.Sprintf("rule %d", ri)
		if r.Name != "" {
			rctx = fmt.Sprintf("rule %q", r.Name)
		}
		var ts []*Target
		seenSlot := map[string]bool{}
		seenName := map[string]bool{}
		for _, ts0 := range r.Targets {
			sched, err := resolveSchedule(ts0.Schedule, schedules, cals)
			if err != nil {
				return nil, wrapCtx(rctx+fmt.Sprintf(": target %q", ts0.Name), err)
			}
			var fb *Conditions
			if c, ok := spec.Conditions[ts0.Metric]; ok {
				fb = &c
			}
			t, err := newTarget(ts0, sched, fb)
			if err != nil {
				return nil, wrapCtx(rctx, err)
			}
			slot := SlotOf(ts0)
			if seenSlot[slot] {
				return nil, errorf(rctx, slot, fmt.Errorf("%w: two targets drive the same slot", ErrPolicy))
			}
			if strings.TrimSpace(ts0.Name) == "" || seenName[ts0.Name] {
				return nil, errorf(rctx, ts0.Name, fmt.Errorf("%w: target names must be unique and non-empty", ErrPolicy))
			}
			seenSlot[slot], seenName[ts0.Name] = true, true
			if !slices.Contains(p.slots, slot) {
				p.slots = append(p.slots, slot)
			}
			ts = append(ts, t)
		}
		for _, t := range ts {
			for _, u := range t.spec.UnderpinnedBy {
				i := slices.IndexFunc(ts, func(x *Target) bool { return x.spec.Name == u })
				if i < 0 || ts[i].spec.Kind == SLA || ts[i] == t {
					return nil, errorf(rctx+fmt.Sprintf(": target %q underpinned by", t.spec.Name), u,
						fmt.Errorf("%w: must name an OLA or UC target of the same rule", ErrPolicy))
				}
			}
		}
		p.rules = append(p.rules, ts)
	}
	return p, nil
}

func resolveSchedule(name string, schedules map[string]Schedule, cals map[string]*calendar.Calendar) (Schedule, error) {
	if s, ok := schedules[name]; ok && s != nil {
		return s, nil
	}
	if c, ok := cals[name]; ok {
		return c, nil
	}
	if name == "" || name == WallClockName {
		return WallClock{}, nil
	}
	return nil, errorf("schedule", name, ErrSchedule)
}

func clonePolicySpec(s PolicySpec) PolicySpec {
	c := s
	c.States = slices.Clone(s.States)
	if s.Conditions != nil {
		c.Conditions = make(map[Metric]Conditions, len(s.Conditions))
		for k, v := range s.Conditions {
			c.Conditions[k] = v.clone()
		}
	}
	c.Rules = make([]Rule, len(s.Rules))
	for i, r := range s.Rules {
		c.Rules[i] = Rule{Name: r.Name, Priorities: slices.Clone(r.Priorities), Where: maps.Clone(r.Where), Targets: make([]TargetSpec, len(r.Targets))}
		for j, t := range r.Targets {
			c.Rules[i].Targets[j] = cloneTargetSpec(t)
		}
	}
	return c
}

func cloneTargetSpec(t TargetSpec) TargetSpec {
	t.Thresholds = slices.Clone(t.Thresholds)
	t.Escalations = slices.Clone(t.Escalations)
	t.UnderpinnedBy = slices.Clone(t.UnderpinnedBy)
	if t.Conditions != nil {
		t.Conditions = ptr(t.Conditions.clone())
	}
	return t
}

// Spec returns the policy's definition (a deep copy).
func (p *Policy) Spec() PolicySpec {
	s := clonePolicySpec(p.spec)
	s.Calendars = calendarSpecs(p.cals)
	return s
}

// MarshalJSON writes the policy's spec.
func (p *Policy) MarshalJSON() ([]byte, error) { return json.Marshal(p.Spec()) }

// PriorityChange returns the policy's priority-change mode.
func (p *Policy) PriorityChange() PriorityChangeMode { return p.spec.PriorityChange }

// Slots returns the slot names of the policy in order of first appearance.
func (p *Policy) Slots() []string { return slices.Clone(p.slots) }

// Targets returns the targets selected for a ticket with the given priority
// and attributes (nil if no rule matches).
func (p *Policy) Targets(priority string, attrs map[string]string) []*Target {
	i := p.ruleFor(priority, attrs)
	if i < 0 {
		return nil
	}
	return slices.Clone(p.rules[i])
}

func (p *Policy) ruleFor(prio string, attrs map[string]string) int {
	for i := range p.spec.Rules {
		if p.spec.Rules[i].matches(prio, attrs) {
			return i
		}
	}
	return -1
}

func (p *Policy) selectTarget(slot string, prio string, attrs map[string]string) *Target {
	i := p.ruleFor(prio, attrs)
	if i < 0 {
		return nil
	}
	for _, t := range p.rules[i] {
		if t.slot == slot {
			return t
		}
	}
	return nil
}

// Evaluate replays the ticket through every slot of the policy and returns
// one [Status] per slot that has a cycle (in the order of [Policy.Slots]),
// each carrying the ticket's ID.
// See [Evaluate] for the replay rules; here the selected target follows the
// ticket's priority and attributes, and a priority change applies the
// policy's [PriorityChangeMode].
func (p *Policy) Evaluate(tk Ticket, now time.Time) ([]Status, error) {
	ev, err := normalize(tk.Events, p.spec.States)
	if err != nil {
		return nil, err
	}
	out := make([]Status, 0, len(p.slots))
	for _, slot := range p.slots {
		en := engine{ev: ev, now: now, pol: p, attrs: tk.Attrs, slot: slot}
		en.run()
		st := en.status()
		if en.err != nil {
			return nil, en.err
		}
		st.Ticket = tk.ID
		if st.Stage != NotStarted || len(st.History) > 0 {
			out = append(out, st)
		}
	}
	return out, nil
}

// Explain is [Policy.Evaluate] with an [Explanation] per slot.
func (p *Policy) Explain(tk Ticket, now time.Time) ([]Explanation, error) {
	ev, err := normalize(tk.Events, p.spec.States)
	if err != nil {
		return nil, err
	}
	var out []Explanation
	for _, slot := range p.slots {
		en := engine{ev: ev, now: now, pol: p, attrs: tk.Attrs, slot: slot, rec: &recorder{}}
		x, err := en.explain()
		if err != nil {
			return nil, err
		}
		x.Status.Ticket = tk.ID
		if x.Status.Stage != NotStarted || len(x.Status.History) > 0 {
			out = append(out, x)
		}
	}
	return out, nil
}

// NextChange evaluates every ticket at now and returns the earliest instant
// after now at which any of their statuses changes without a new event (a
// warning threshold, a breach, an escalation); see [NextChange]. ok is
// false if nothing is due. A service keeps one timer at this instant and
// calls again when it fires or when a ticket gets a new event. The first
// ticket that fails to evaluate fails the call; [Policy.NextChanges]
// computes the timer over the others and names each bad ticket.
func (p *Policy) NextChange(tickets []Ticket, now time.Time) (next time.Time, ok bool, err error) {
	for i := range tickets {
		t, has, err := p.nextChangeOf(&tickets[i], now)
		if err != nil {
			if tickets[i].ID != "" {
				return time.Time{}, false, wrapCtx(fmt.Sprintf("ticket %q", tickets[i].ID), err)
			}
			return time.Time{}, false, err
		}
		if has && (!ok || t.Before(next)) {
			next, ok = t, true
		}
	}
	return next, ok, nil
}

// NextChanges is [Policy.NextChange] for a batch in which one bad ticket (a
// broken timeline, a deadline outside its calendar's range) must not hide
// the timers of the others: next and ok are computed over the tickets that
// evaluate, and rejected lists each ticket that does not, with its index,
// ID and error.
func (p *Policy) NextChanges(tickets []Ticket, now time.Time) (next time.Time, ok bool, rejected []RecordError) {
	for i := range tickets {
		t, has, err := p.nextChangeOf(&tickets[i], now)
		if err != nil {
			rejected = append(rejected, RecordError{Index: i, Record: ticketRecord(tickets[i].ID), Err: err})
			continue
		}
		if has && (!ok || t.Before(next)) {
			next, ok = t, true
		}
	}
	return next, ok, rejected
}

func (p *Policy) nextChangeOf(tk *Ticket, now time.Time) (time.Time, bool, error) {
	sts, err := p.Evaluate(*tk, now)
	if err != nil {
		return time.Time{}, false, err
	}
	return NextChange(sts)
}
