package sla

import (
	"encoding/json"
	"slices"
	"strings"
	"time"

	"github.com/shopspring/decimal"
)

// TargetSpec is the JSON-able definition of a [Target]; the schedule is a
// name resolved by [NewPolicy], or given directly to [NewTarget].
type TargetSpec struct {
	Name string `json:"name"` // unique within its rule
	// Slot identifies the clock this target drives across priority changes
	// (default "<KIND> <metric>", e.g. "SLA resolution": targets with the
	// same kind and metric in different rules share a slot, so a P3
	// resolution SLA is replaced by the P1 resolution SLA when the priority
	// changes). A rule may hold several targets of the same kind and
	// metric only if all but one set a distinct Slot.
	Slot   string `json:"slot,omitempty"`
	Kind   Kind   `json:"kind"`   // SLA, OLA or UC
	Metric Metric `json:"metric"` // what is measured
	Goal   Goal   `json:"goal"`   // the goal with its unit
	// Schedule names the schedule, resolved by [NewPolicy]; "" and "24x7"
	// mean calendar.AlwaysOpen() unless the policy defines that name.
	Schedule string `json:"schedule,omitempty"`
	// Thresholds are warning levels in percent; nil means 50, 75 and 100,
	// an empty non-nil list means none.
	Thresholds  []Threshold  `json:"thresholds,omitempty"`
	Escalations []Escalation `json:"escalations,omitempty"` // escalation levels relative to the deadline
	// Conditions override the policy's (or the metric's default) clock
	// conditions for this target.
	Conditions *Conditions `json:"conditions,omitempty"`
	// UnderpinnedBy names the OLA/UC targets (in the same policy rule) that
	// support this target; see [Policy.CheckUnderpinning].
	UnderpinnedBy []string `json:"underpinned_by,omitempty"`
	// FollowGroup makes the clock follow the team: each stretch of the
	// ticket's life is counted on the schedule of the assignment group
	// holding it then (PolicySpec.GroupSchedules, matched on Event.Group),
	// and on Schedule while a group without one, or none, holds it.
	// Deadlines, warnings and escalations are projected on the current
	// holder's schedule. Only a policy knows the groups' schedules:
	// [NewTarget] refuses it.
	FollowGroup bool `json:"follow_group,omitempty"`
	// Attainment is the target's attainment goal: the percentage of its
	// cycles decided in a reporting period that must be met ("95"), in
	// (0, 100]; zero: none. Attainment reports carry it
	// (AttainmentGroup.Goal) and say how many more breaches a period in
	// progress can take before it is missed ([AttainmentGroup.BreachesLeft]).
	Attainment decimal.Decimal `json:"attainment,omitzero"`
}

// slot returns the slot the spec drives (see TargetSpec.Slot).
func (s TargetSpec) slot() string {
	if s.Slot != "" {
		return s.Slot
	}
	return s.Kind.label() + " " + string(s.Metric)
}

func (s TargetSpec) clone() TargetSpec {
	s.Thresholds = slices.Clone(s.Thresholds)
	s.Escalations = slices.Clone(s.Escalations)
	s.UnderpinnedBy = slices.Clone(s.UnderpinnedBy)
	if s.Conditions != nil {
		s.Conditions = ptr(s.Conditions.clone())
	}
	return s
}

// Target is a validated target bound to its schedule. It is immutable and
// safe for concurrent use. Build it with [NewTarget] or through [NewPolicy].
type Target struct {
	spec       TargetSpec
	sched      Schedule
	thresholds []Threshold // resolved: sorted, distinct
	cond       Conditions  // resolved
	slot       string
	// scheds are the schedules the clock counts on: scheds[0] is sched,
	// the others those of the assignment groups (FollowGroup), found by
	// group in groupIdx; names are their names for explanations.
	scheds   []Schedule
	names    []string
	groupIdx map[string]int
	// aware: the clock depends on the assignment (it follows the group,
	// or a condition matches groups or assignees), so an assignment is
	// never a quiet event for it.
	aware bool
	// end and start summarise the Cancel, Stop and Reset conditions, and
	// the Start condition, for the engine's quiet path (see quickMatch).
	end, start quick
}

// quick summarises conditions for a fast "can e match?" test: the event
// kinds they match, and whether they match states or assignments at all.
type quick struct {
	kinds          uint32
	states, assign bool
}

func quickOf(cs ...*Condition) quick {
	var q quick
	for _, c := range cs {
		for _, k := range c.Events {
			q.kinds |= 1 << k
		}
		q.states = q.states || len(c.States) > 0
		q.assign = q.assign || c.assignments()
	}
	return q
}

// mayMatch reports whether one of the summarised conditions may match e
// (false: none does; true: one matches by kind, or a full test is due).
func (q *quick) mayMatch(e *Event) (byKind, maybe bool) {
	if q.kinds&(1<<e.Kind) != 0 {
		return true, true
	}
	return false, (e.State != "" && q.states) || (q.assign && (e.Kind == Assigned || e.Kind == Created))
}

// groupScheds are a policy's schedules per assignment group, resolved.
type groupScheds struct {
	idx    map[string]int // group → index into scheds
	scheds []Schedule
	names  []string
}

// NewTarget validates spec and binds it to sched (nil means
// calendar.AlwaysOpen(), 24×7). Conditions come from spec.Conditions, else
// the metric's defaults (see [Conditions]). Errors wrap [ErrConfig],
// name the target and quote the input.
//
// A target that follows the team (TargetSpec.FollowGroup) needs the
// groups' schedules of a policy: built here it is an error wrapping
// [ErrConfig].
func NewTarget(spec TargetSpec, sched Schedule) (*Target, error) {
	if spec.FollowGroup {
		return nil, errorf("target "+quote(spec.Name)+": follow_group", "true",
			detail(ErrConfig, "a target that follows the team needs the policy's group_schedules (build it with NewPolicy)"))
	}
	return newTarget(spec, sched, spec.Schedule, nil, nil)
}

func newTarget(spec TargetSpec, sched Schedule, schedName string, fallback *Conditions, groups *groupScheds) (*Target, error) {
	ctx := "target " + quote(spec.Name)
	if sched == nil {
		sched = defaultSchedule()
	}
	if err := spec.Metric.validate(); err != nil {
		return nil, wrapCtx(ctx, err)
	}
	if err := enumCheck(kindNames, "kind", ErrConfig, spec.Kind); err != nil {
		return nil, wrapCtx(ctx, err)
	}
	if err := spec.Goal.validate(); err != nil {
		return nil, wrapCtx(ctx, err)
	}
	if err := checkExp(ErrConfig, ctx+": attainment", spec.Attainment); err != nil {
		return nil, err
	}
	if spec.Attainment.IsNegative() || spec.Attainment.GreaterThan(decimal.NewFromInt(100)) {
		return nil, errorf(ctx+": attainment", spec.Attainment.String(), detail(ErrConfig, "an attainment goal is a percentage in (0, 100], or zero for none"))
	}
	t := &Target{spec: spec.clone(), sched: sched, slot: spec.slot(), scheds: []Schedule{sched}, names: []string{schedName}}
	if spec.FollowGroup && groups != nil {
		t.scheds = append(t.scheds, groups.scheds...)
		t.names = append(t.names, groups.names...)
		t.groupIdx = groups.idx
	}
	if spec.Goal.needsDays() {
		for i, s := range t.scheds {
			if _, ok := s.(DaySchedule); !ok {
				c := ctx
				if i > 0 {
					c += ": schedule " + quote(t.names[i])
				}
				return nil, errorf(c, spec.Goal.String(), errNoDays)
			}
		}
	}
	if spec.Thresholds == nil {
		t.thresholds = defaultThresholds()
	} else {
		t.thresholds = slices.Clone(spec.Thresholds)
	}
	for _, th := range t.thresholds {
		if th.den == 0 {
			return nil, errorf(ctx+": threshold", "zero value", detail(ErrConfig, "build thresholds with NewThreshold"))
		}
	}
	// Sorted by percentage so warning instants come out in order; duplicates dropped.
	slices.SortFunc(t.thresholds, func(a, b Threshold) int { return a.p.Cmp(b.p) })
	t.thresholds = slices.CompactFunc(t.thresholds, func(a, b Threshold) bool { return a.p.Equal(b.p) })
	for _, e := range spec.Escalations {
		if strings.TrimSpace(e.Name) == "" {
			return nil, errorf(ctx+": escalation", e.Offset.String(), detail(ErrConfig, "an escalation level needs a name"))
		}
	}
	var c *Conditions
	switch {
	case spec.Conditions != nil:
		c = spec.Conditions
	case fallback != nil:
		c = fallback
	}
	rc, err := resolveConditions(spec.Metric, c)
	if err != nil {
		return nil, wrapCtx(ctx, err)
	}
	t.cond = rc
	t.aware = t.groupIdx != nil || rc.assignments()
	t.end = quickOf(&t.cond.Cancel, &t.cond.Stop, &t.cond.Reset)
	t.start = quickOf(&t.cond.Start)
	return t, nil
}

// schedFor returns the index into t.scheds of the schedule a stretch held
// by group counts on: the group's if the target follows the team and the
// group has one, else the target's own (0).
func (t *Target) schedFor(group string) int {
	if t.groupIdx == nil {
		return 0
	}
	if i, ok := t.groupIdx[group]; ok {
		return i + 1
	}
	return 0
}

func ptr[T any](v T) *T { return &v }

// Name returns the target's name ("" for a nil *Target).
func (t *Target) Name() string {
	if t == nil {
		return ""
	}
	return t.spec.Name
}

// Slot returns the slot the target drives (see TargetSpec.Slot; "" for a
// nil *Target).
func (t *Target) Slot() string {
	if t == nil {
		return ""
	}
	return t.slot
}

// Spec returns the target's definition (a copy; the zero TargetSpec for a
// nil *Target).
func (t *Target) Spec() TargetSpec {
	if t == nil {
		return TargetSpec{}
	}
	return t.spec.clone()
}

// MarshalJSON writes the target's spec; the schedule appears by name. A
// nil *Target is an error.
func (t *Target) MarshalJSON() ([]byte, error) {
	if t == nil {
		return nil, nilTarget("marshal")
	}
	return json.Marshal(t.spec)
}

// goalSpan returns the counted time the goal allows for a cycle starting at
// start, held by group then, and the goal's own instant (see Goal.span):
// a clock that follows the team converts its goal on the schedule of the
// group holding the ticket at the cycle's start.
func (t *Target) goalSpan(start time.Time, group string) (time.Duration, time.Time, error) {
	return t.spec.Goal.span(t.scheds[t.schedFor(group)], start)
}
