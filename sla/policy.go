package sla

import (
	"cmp"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/itsmkit/itsm"
	"github.com/itsmkit/itsm/calendar"
)

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
	PriorityChange PriorityChangeMode `json:"priority_change"`
	// States, if not empty, lists every state a ticket may be in; an event
	// with another state is an error wrapping [ErrEvent]. Empty: any state.
	States []string `json:"states,omitempty"`
	// Priorities, if not empty, lists every priority a ticket may have; an
	// event with another priority is an error wrapping [ErrEvent], and
	// [Policy.Lint] reports a listed priority that no rule selects. Empty:
	// any priority.
	Priorities []string `json:"priorities,omitempty"`
	// Conditions are the default clock conditions per metric for targets
	// without their own (else the metric's defaults, see [Conditions]).
	Conditions map[Metric]Conditions `json:"conditions,omitempty"`
	// Calendars are business calendars embedded in the policy, for a
	// self-contained configuration: a target's schedule name is looked up in
	// the caller's map first, then here.
	Calendars map[string]calendar.Spec `json:"calendars,omitempty"`
	// GroupSchedules names the schedule of each assignment group
	// (Event.Group → a schedule name, resolved like a target's): a target
	// that follows the team (TargetSpec.FollowGroup) counts each stretch on
	// the schedule of the group holding the ticket, with that group's zone
	// and holidays; a group not listed, and no group, count on the
	// target's own Schedule, the default.
	GroupSchedules map[string]string `json:"group_schedules,omitempty"`
	// Rules are tried in order; the first that matches the ticket's current
	// priority and attributes gives its targets (no fall-through: a metric
	// missing from the matching rule has no target).
	Rules []Rule `json:"rules"`

	// EffectiveFrom is the instant this version of the policy takes effect
	// (zero: the first version, in effect from the beginning).
	EffectiveFrom time.Time `json:"effective_from,omitzero"`
	// Versions are the later versions of the policy, each a complete
	// policy with its EffectiveFrom, strictly ascending and after this
	// one's (a version without calendars uses this one's). A ticket is
	// measured by the version in force when its clocks attached: at its
	// creation (see [Policy.Version]).
	Versions []PolicySpec `json:"versions,omitempty"`
	// CurrentVersion measures every ticket by the version in force at the
	// evaluation instant instead: a changed definition then applies to
	// tickets created before it too (what-if, or a correction).
	CurrentVersion bool `json:"current_version,omitempty"`
}

// Policy is a validated [PolicySpec] with its schedules resolved. It is
// immutable and safe for concurrent use.
type Policy struct {
	spec  PolicySpec
	cals  map[string]*calendar.Calendar
	rules [][]*Target // per rule, per target
	slots []string    // slot names, in order of first appearance
	// versions are the later versions (spec.Versions, built), ascending;
	// inherited marks a version that uses the first version's calendars.
	versions  []*Policy
	inherited bool
}

// NewPolicy validates spec and resolves every target's schedule name: first
// in schedules (the caller's map, may be nil), then among the calendars
// embedded in spec.Calendars (built with calendar.New); the name "" or
// "24x7" resolves to calendar.AlwaysOpen() unless one of them defines it.
// Errors wrap [ErrConfig], name the rule and target and quote the input.
// Later versions (spec.Versions) are built the same way; an error in one
// names its effective-from instant.
func NewPolicy(spec PolicySpec, schedules map[string]Schedule) (*Policy, error) {
	vs := spec.Versions
	spec.Versions = nil
	p, err := newPolicy(spec, schedules)
	if err != nil {
		return nil, err
	}
	if p.versions, err = buildVersions(spec, vs, schedules); err != nil {
		return nil, err
	}
	return p, nil
}

// newPolicy builds one version of a policy.
func newPolicy(spec PolicySpec, schedules map[string]Schedule) (*Policy, error) {
	p := &Policy{spec: clonePolicySpec(spec)}
	if err := enumCheck(pcNames, "priority change mode", ErrConfig, spec.PriorityChange); err != nil {
		return nil, wrapCtx("policy", err)
	}
	for _, s := range spec.States {
		if strings.TrimSpace(s) == "" {
			return nil, errorf("policy states", s, detail(ErrConfig, "a state is a non-empty name"))
		}
	}
	for _, s := range spec.Priorities {
		if strings.TrimSpace(s) == "" {
			return nil, errorf("policy priorities", s, detail(ErrConfig, "a priority is a non-empty name"))
		}
	}
	for _, m := range slices.Sorted(maps.Keys(spec.Conditions)) {
		c := spec.Conditions[m]
		if _, err := resolveConditions(m, &c); err != nil {
			return nil, wrapCtx("policy conditions for "+quote(string(m)), err)
		}
	}
	cals, err := buildCalendars(spec.Calendars)
	if err != nil {
		return nil, err
	}
	p.cals = cals
	p.spec.Calendars = calendarSpecs(cals)
	if len(spec.Rules) == 0 {
		return nil, errorf("policy", spec.Name, detail(ErrConfig, "no rules"))
	}
	groups, err := resolveGroups(spec.GroupSchedules, schedules, cals)
	if err != nil {
		return nil, err
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
				return nil, wrapCtx(rctx+": target "+quote(ts0.Name), err)
			}
			if ts0.FollowGroup && groups == nil {
				return nil, errorf(rctx+": target "+quote(ts0.Name)+": follow_group", "true",
					detail(ErrConfig, "the policy names no group_schedules"))
			}
			var fb *Conditions
			if c, ok := spec.Conditions[ts0.Metric]; ok {
				fb = &c
			}
			t, err := newTarget(ts0, sched, cmp.Or(ts0.Schedule, alwaysOpenName), fb, groups)
			if err != nil {
				return nil, wrapCtx(rctx, err)
			}
			slot := t.slot
			if seenSlot[slot] {
				return nil, errorf(rctx, slot, detail(ErrConfig, "two targets drive the same slot"))
			}
			if strings.TrimSpace(ts0.Name) == "" || seenName[ts0.Name] {
				return nil, errorf(rctx, ts0.Name, detail(ErrConfig, "target names must be unique and non-empty"))
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
					return nil, errorf(rctx+": target "+quote(t.spec.Name)+" underpinned by", u,
						detail(ErrConfig, "must name an OLA or UC target of the same rule"))
				}
			}
		}
		p.rules = append(p.rules, ts)
	}
	return p, nil
}

// resolveGroups resolves the schedules of the assignment groups (nil when
// the policy names none). Groups naming the same schedule share it.
func resolveGroups(gs map[string]string, schedules map[string]Schedule, cals map[string]*calendar.Calendar) (*groupScheds, error) {
	if len(gs) == 0 {
		return nil, nil
	}
	g := &groupScheds{idx: make(map[string]int, len(gs))}
	byName := map[string]int{}
	for _, group := range slices.Sorted(maps.Keys(gs)) {
		if strings.TrimSpace(group) == "" {
			return nil, errorf("group_schedules", group, detail(ErrConfig, "a group is a non-empty name"))
		}
		name := gs[group]
		i, ok := byName[name]
		if !ok {
			s, err := resolveSchedule(name, schedules, cals)
			if err != nil {
				return nil, wrapCtx("group_schedules: group "+quote(group), err)
			}
			i = len(g.scheds)
			byName[name] = i
			g.scheds = append(g.scheds, s)
			g.names = append(g.names, cmp.Or(name, alwaysOpenName))
		}
		g.idx[group] = i
	}
	return g, nil
}

func resolveSchedule(name string, schedules map[string]Schedule, cals map[string]*calendar.Calendar) (Schedule, error) {
	if s, ok := schedules[name]; ok && s != nil {
		return s, nil
	}
	if c, ok := cals[name]; ok {
		return c, nil
	}
	if name == "" || name == alwaysOpenName {
		return defaultSchedule(), nil
	}
	e := errorf("schedule", name, detail(ErrConfig, "unknown schedule"))
	e.Valid = append(slices.Sorted(maps.Keys(schedules)), slices.Sorted(maps.Keys(cals))...)
	e.Valid = append(e.Valid, alwaysOpenName)
	return nil, e
}

func clonePolicySpec(s PolicySpec) PolicySpec {
	c := s
	c.States = slices.Clone(s.States)
	c.Priorities = slices.Clone(s.Priorities)
	c.GroupSchedules = maps.Clone(s.GroupSchedules)
	c.Calendars = maps.Clone(s.Calendars)
	if s.Versions != nil {
		c.Versions = make([]PolicySpec, len(s.Versions))
		for i, v := range s.Versions {
			c.Versions[i] = clonePolicySpec(v)
		}
	}
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
			c.Rules[i].Targets[j] = t.clone()
		}
	}
	return c
}

// Spec returns the policy's definition (a deep copy; the zero PolicySpec
// for a nil *Policy).
func (p *Policy) Spec() PolicySpec {
	if p == nil {
		return PolicySpec{}
	}
	s := clonePolicySpec(p.spec)
	s.Calendars = calendarSpecs(p.cals)
	for _, v := range p.versions {
		vs := v.Spec()
		if v.inherited {
			vs.Calendars = nil
		}
		s.Versions = append(s.Versions, vs)
	}
	return s
}

// MarshalJSON writes the policy's spec; a nil *Policy is an error.
func (p *Policy) MarshalJSON() ([]byte, error) {
	if p == nil {
		return nil, errNilPolicy("marshal")
	}
	return json.Marshal(p.Spec())
}

// Targets returns the targets selected for a ticket with the given priority
// and attributes (nil if no rule matches, or for a nil *Policy), by the
// policy's first version (Version(t).Targets for the version in force at
// t).
func (p *Policy) Targets(priority string, attrs map[string]string) []*Target {
	if p == nil {
		return nil
	}
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
// one [Status] per slot that has a cycle (in the order the slots first
// appear in the rules), each carrying the ticket's ID. See [Evaluate] for
// the replay rules; here the selected target follows the ticket's priority
// and attributes, and a priority change applies the policy's
// [PriorityChangeMode]. A policy with versions measures the ticket by the
// version in force at its creation (or at now, with
// PolicySpec.CurrentVersion; see [Policy.Version]).
func (p *Policy) Evaluate(tk Ticket, now time.Time) ([]Status, error) {
	if p == nil {
		return nil, errNilPolicy("evaluate")
	}
	return p.evaluate(tk, now, nil)
}

// evaluate is Evaluate appending to out (a buffer the caller reuses).
func (p *Policy) evaluate(tk Ticket, now time.Time, out []Status) ([]Status, error) {
	p = p.versionFor(tk.Events, now)
	ev, err := normalize(tk.Events, p.spec.States, p.spec.Priorities)
	if err != nil {
		return nil, err
	}
	return p.evaluateNorm(tk, ev, now, out)
}

// evaluateNorm evaluates the ticket with its timeline normalized for p (a
// single version) as ev, appending to out.
func (p *Policy) evaluateNorm(tk Ticket, ev []Event, now time.Time, out []Status) ([]Status, error) {
	if out == nil {
		out = make([]Status, 0, len(p.slots))
	}
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
	if p == nil {
		return nil, errNilPolicy("explain")
	}
	p = p.versionFor(tk.Events, now)
	ev, err := normalize(tk.Events, p.spec.States, p.spec.Priorities)
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
// warning threshold, a breach, an escalation; see [Cycle.NextChange]). ok is
// false if nothing is due. A service keeps one timer at this instant and
// calls again when it fires or when a ticket gets a new event.
//
// One bad ticket (a broken timeline, a deadline outside its calendar's
// range) does not hide the timers of the others: next and ok are computed
// over the tickets that evaluate, and rejected lists each ticket that does
// not, with its index, ID and error.
func (p *Policy) NextChange(tickets []Ticket, now time.Time) (next time.Time, ok bool, rejected []itsm.RecordError) {
	for i := range tickets {
		t, has, err := p.nextChangeOf(&tickets[i], now)
		if err != nil {
			rejected = append(rejected, itsm.RecordError{Index: i, Kind: "ticket", ID: tickets[i].ID, Err: err})
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
	return nextChange(sts)
}

// nextChange is the earliest NextChange of the statuses.
func nextChange(statuses []Status) (next time.Time, ok bool, err error) {
	for i := range statuses {
		t, has, e := statuses[i].NextChange()
		if e != nil {
			return time.Time{}, false, e
		}
		if has && (!ok || t.Before(next)) {
			next, ok = t, true
		}
	}
	return next, ok, nil
}

func errNilPolicy(what string) error { return errorf(what, "nil policy", ErrConfig) }
