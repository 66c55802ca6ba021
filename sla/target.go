package sla

import (
	"encoding/json"
	"fmt"
	"math"
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/itsmkit/itsm/internal/strictjson"
	"github.com/shopspring/decimal"
)

// Metric names what a target measures. The built-in metrics have default
// clock conditions (see [DefaultConditions]); any other non-empty name is a
// custom metric and needs explicit start and stop conditions.
type Metric string

// Built-in metrics.
const (
	Response   Metric = "response"   // time to first response
	Resolution Metric = "resolution" // time to resolve
	NextUpdate Metric = "update"     // time from one agent update to the next
)

func (m Metric) validate() error {
	if strings.TrimSpace(string(m)) == "" || strings.TrimSpace(string(m)) != string(m) {
		return errorf("metric", string(m), ErrMetric)
	}
	return nil
}

// Kind says who promises a target: an SLA with the customer, an OLA with an
// internal team, or a UC (underpinning contract) with an external provider.
// The zero value is SLA.
type Kind uint8

// Kinds.
const (
	SLA Kind = iota
	OLA
	UC
)

var kindNames = [...]string{"SLA", "OLA", "UC"}

// String returns "SLA", "OLA" or "UC".
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", k)
}

// MarshalText returns the name.
func (k Kind) MarshalText() ([]byte, error) {
	if int(k) >= len(kindNames) {
		return nil, errorf("kind", k.String(), ErrKind)
	}
	return []byte(kindNames[k]), nil
}

// UnmarshalText parses "SLA", "OLA" or "UC" (case-insensitive).
func (k *Kind) UnmarshalText(b []byte) error {
	for i, n := range kindNames {
		if strings.EqualFold(n, string(b)) {
			*k = Kind(i)
			return nil
		}
	}
	return errorf("kind", string(b), ErrKind)
}

// GoalUnit is the unit of a [Goal]; the library never guesses what "a day" means.
type GoalUnit uint8

// Goal units.
const (
	// UnitBusiness: a duration of counted time on the target's schedule
	// ("4h" on Mon–Fri 08–17 is four business hours; a ServiceNow "day" is 24
	// of them).
	UnitBusiness GoalUnit = iota + 1
	// UnitWorkingDays: N working days later at the same time of day
	// ([DaySchedule.AddDays]).
	UnitWorkingDays
	// UnitEndOfDay: the close of the N-th working day after the start's day
	// ([DaySchedule.EndOfDay]; N = 0 is the end of the same working day).
	UnitEndOfDay
	// UnitDue: a fixed due instant (a change's planned end, a promised date).
	UnitDue
)

// Goal is how long a target allows, in an explicit unit. The zero value is
// invalid. A goal other than [UnitBusiness] is converted into counted time
// when a cycle starts: the goal of a cycle starting at s is
// Between(s, deadline(s)), so pauses extend every kind of goal by the counted
// time they cover (a pause over a weekend on Mon–Fri hours moves nothing).
//
// JSON: exactly one of {"business": "4h"}, {"workingDays": 3},
// {"endOfDay": 1}, {"due": "2026-05-04T17:00:00+02:00"}.
type Goal struct {
	Unit     GoalUnit      // which of the fields below applies
	Duration time.Duration // UnitBusiness: > 0
	Days     int           // UnitWorkingDays: ≥ 1; UnitEndOfDay: ≥ 0
	Due      time.Time     // UnitDue: non-zero
}

// Business returns a goal of d counted time.
func Business(d time.Duration) Goal { return Goal{Unit: UnitBusiness, Duration: d} }

// WorkingDays returns a goal of n working days at the same time of day.
func WorkingDays(n int) Goal { return Goal{Unit: UnitWorkingDays, Days: n} }

// EndOfWorkingDay returns a goal of the close of the n-th working day.
func EndOfWorkingDay(n int) Goal { return Goal{Unit: UnitEndOfDay, Days: n} }

// DueAt returns a goal of a fixed due instant.
func DueAt(t time.Time) Goal { return Goal{Unit: UnitDue, Due: t} }

// String describes the goal: "4h business", "3 working days", "end of working day +1", "due 2026-…".
func (g Goal) String() string {
	switch g.Unit {
	case UnitBusiness:
		return formatDuration(g.Duration) + " business"
	case UnitWorkingDays:
		return fmt.Sprintf("%d working days", g.Days)
	case UnitEndOfDay:
		return fmt.Sprintf("end of working day +%d", g.Days)
	case UnitDue:
		return "due " + g.Due.Format(time.RFC3339Nano)
	}
	return "invalid goal"
}

// Validate reports whether the goal is well formed.
func (g Goal) Validate() error {
	switch g.Unit {
	case UnitBusiness:
		if g.Duration <= 0 {
			return errorf("goal", g.String(), ErrGoal)
		}
	case UnitWorkingDays:
		if g.Days < 1 || g.Days > 100000 {
			return errorf("goal", g.String(), ErrGoal)
		}
	case UnitEndOfDay:
		if g.Days < 0 || g.Days > 100000 {
			return errorf("goal", g.String(), ErrGoal)
		}
	case UnitDue:
		if g.Due.IsZero() {
			return errorf("goal", "due", ErrGoal)
		}
	default:
		return errorf("goal", fmt.Sprintf("unit %d", g.Unit), ErrGoal)
	}
	return nil
}

type goalJSON struct {
	Business    *Duration  `json:"business,omitempty"`
	WorkingDays *int       `json:"workingDays,omitempty"`
	EndOfDay    *int       `json:"endOfDay,omitempty"`
	Due         *time.Time `json:"due,omitempty"`
}

// MarshalJSON writes the one-key form.
func (g Goal) MarshalJSON() ([]byte, error) {
	if err := g.Validate(); err != nil {
		return nil, err
	}
	var j goalJSON
	switch g.Unit {
	case UnitBusiness:
		d := Duration(g.Duration)
		j.Business = &d
	case UnitWorkingDays:
		j.WorkingDays = &g.Days
	case UnitEndOfDay:
		j.EndOfDay = &g.Days
	case UnitDue:
		j.Due = &g.Due
	}
	return json.Marshal(j)
}

// UnmarshalJSON reads the one-key form strictly (any other key is an
// error) and validates it.
func (g *Goal) UnmarshalJSON(b []byte) error {
	if strictjson.IsNull(b) {
		return nil
	}
	var j goalJSON
	if err := strictjson.Decode(b, &j); err != nil {
		if strings.HasPrefix(err.Error(), "sla: ") {
			return err
		}
		return errorf("goal", string(b), fmt.Errorf("%w: %w", ErrGoal, err))
	}
	var v Goal
	n := 0
	if j.Business != nil {
		v, n = Business(time.Duration(*j.Business)), n+1
	}
	if j.WorkingDays != nil {
		v, n = WorkingDays(*j.WorkingDays), n+1
	}
	if j.EndOfDay != nil {
		v, n = EndOfWorkingDay(*j.EndOfDay), n+1
	}
	if j.Due != nil {
		v, n = DueAt(*j.Due), n+1
	}
	if n != 1 {
		return errorf("goal", string(b), ErrGoal)
	}
	if err := v.Validate(); err != nil {
		return err
	}
	*g = v
	return nil
}

// counted returns the counted time the goal allows for a cycle starting at
// start.
func (g Goal) counted(s Schedule, start time.Time) (time.Duration, error) {
	d, _, err := g.span(s, start)
	return d, err
}

// span returns the counted time the goal allows for a cycle starting at
// start and, for goals given as an instant (working days, end of day, due),
// that instant (zero for business durations).
func (g Goal) span(s Schedule, start time.Time) (time.Duration, time.Time, error) {
	var end time.Time
	var err error
	switch g.Unit {
	case UnitBusiness:
		return g.Duration, time.Time{}, nil
	case UnitWorkingDays, UnitEndOfDay:
		ds, ok := s.(DaySchedule)
		if !ok {
			return 0, time.Time{}, errorf("goal", g.String(), ErrWorkingDays)
		}
		if g.Unit == UnitWorkingDays {
			end, err = ds.AddDays(start, g.Days)
		} else {
			end, err = ds.EndOfDay(start, g.Days)
		}
		if err != nil {
			return 0, time.Time{}, &Error{Context: "goal " + g.String(), Input: start.Format(time.RFC3339), Err: scheduleFailure(err)}
		}
	case UnitDue:
		end = g.Due
	default:
		return 0, time.Time{}, errorf("goal", g.String(), ErrGoal)
	}
	if !end.After(start) {
		return 0, end, nil
	}
	d := s.Between(start, end)
	if d == math.MaxInt64 {
		// Saturated (the wall clock's b − a): the goal's instant is
		// farther away than a time.Duration counts.
		return 0, end, errorf("goal "+g.String(), start.Format(time.RFC3339Nano),
			fmt.Errorf("%w: the goal's instant lies farther from the cycle's start than a duration can count (about 292 years)", ErrGoal))
	}
	return d, end, nil
}

// Threshold is a warning level in percent of the goal (50, 75, 100, 150 …),
// any value in (0, ∞) with at most 18 significant digits. Its JSON form is a
// number. The instant a threshold is reached is computed exactly: the first
// instant at which counted elapsed time ≥ ⌈goal × p / 100⌉ nanoseconds. A
// threshold of 100 % or more is reached like the breach: at the first
// running instant with that elapsed time, settled (for a goal given as an
// instant — working days, end of day, due) onto the goal's own instant when
// only closed time lies between; so the 100 % warning is the deadline, and
// no threshold above 100 % comes before it.
type Threshold struct {
	p        decimal.Decimal
	num, den uint64 // p/100 = num/den
}

// DefaultThresholds are 50 %, 75 % and 100 %.
func DefaultThresholds() []Threshold {
	return []Threshold{mustThreshold(50), mustThreshold(75), mustThreshold(100)}
}

func mustThreshold(p int64) Threshold {
	t, err := NewThreshold(decimal.NewFromInt(p))
	if err != nil {
		panic(err) // unreachable: constants
	}
	return t
}

// NewThreshold validates p (percent) and returns the threshold.
func NewThreshold(p decimal.Decimal) (Threshold, error) {
	if p.Sign() <= 0 {
		return Threshold{}, errorf("threshold", decString(p), ErrThreshold)
	}
	c := p.Coefficient()
	e := p.Exponent()
	if !c.IsUint64() || e < -18 || e > 18 {
		return Threshold{}, errorf("threshold", decString(p), ErrThreshold)
	}
	num, den := c.Uint64(), uint64(100)
	for ; e > 0; e-- {
		hi, lo := bits.Mul64(num, 10)
		if hi != 0 {
			return Threshold{}, errorf("threshold", decString(p), ErrThreshold)
		}
		num = lo
	}
	for ; e < 0; e++ {
		hi, lo := bits.Mul64(den, 10)
		if hi != 0 {
			return Threshold{}, errorf("threshold", decString(p), ErrThreshold)
		}
		den = lo
	}
	return Threshold{p: p, num: num, den: den}, nil
}

// atLeast100 reports whether the threshold is 100 % or more: such a
// threshold is reached no earlier than the deadline, so for a goal given as
// an instant its instant settles onto the goal's own instant as the
// deadline does.
func (t Threshold) atLeast100() bool { return t.num >= t.den }

// Percent returns the threshold in percent.
func (t Threshold) Percent() decimal.Decimal { return t.p }

// String returns the percentage, e.g. "75%".
func (t Threshold) String() string { return t.p.String() + "%" }

// Of returns ⌈goal × p / 100⌉, the counted elapsed time at which the
// threshold is reached; ok is false if that exceeds the range of Duration
// (the threshold is never reached).
func (t Threshold) Of(goal time.Duration) (time.Duration, bool) {
	if t.den == 0 || goal < 0 {
		return 0, false
	}
	hi, lo := bits.Mul64(uint64(goal), t.num)
	if hi >= t.den {
		return 0, false
	}
	q, r := bits.Div64(hi, lo, t.den)
	if r != 0 {
		q++
	}
	if q > uint64(1<<63-1) {
		return 0, false
	}
	return time.Duration(q), true
}

// MarshalJSON writes the percentage as a JSON number.
func (t Threshold) MarshalJSON() ([]byte, error) { return []byte(t.p.String()), nil }

// UnmarshalJSON reads a number (or a numeric string) and validates it.
// Text longer than [strictjson.MaxDecimalLen] characters or with an
// exponent beyond ±[strictjson.MaxDecimalExponent] is refused before it is
// parsed (the error wraps ErrThreshold and strictjson.ErrDecimalBound and
// quotes a prefix), so a 2 MB digit string costs no quadratic parse.
func (t *Threshold) UnmarshalJSON(b []byte) error {
	s := strings.Trim(strings.TrimSpace(string(b)), `"`)
	p, err := strictjson.ParseDecimal(s)
	if err != nil {
		return &Error{Context: "threshold", Err: fmt.Errorf("%w: %w", ErrThreshold, err)}
	}
	v, err := NewThreshold(p)
	if err != nil {
		return err
	}
	*t = v
	return nil
}

// Escalation is a level fired at a counted-time offset from a cycle's
// deadline on the target's schedule: Offset −1h is one business hour before
// the deadline (Friday 16:30 for a Monday 08:30 deadline on Mon–Fri 08–17,
// never midnight), +2h two business hours after it.
type Escalation struct {
	Name   string   `json:"name"`   // level name, e.g. "duty manager"; required
	Offset Duration `json:"offset"` // counted-time offset from the deadline: negative before, positive after
}

// TargetSpec is the JSON-able definition of a [Target]; the schedule is a
// name resolved by [NewPolicy] or given directly to [NewTarget].
type TargetSpec struct {
	Name string `json:"name"` // unique within its rule
	// Slot identifies the clock this target drives across priority changes
	// (default "<kind> <metric>"; see [SlotOf]).
	Slot     string `json:"slot,omitempty"`
	Kind     Kind   `json:"kind"`               // SLA, OLA or UC
	Metric   Metric `json:"metric"`             // what is measured
	Goal     Goal   `json:"goal"`               // the goal with its unit
	Schedule string `json:"schedule,omitempty"` // name; "" or "24x7" → WallClock
	// Thresholds are warning levels in percent; nil means [DefaultThresholds],
	// an empty non-nil list means none.
	Thresholds  []Threshold  `json:"thresholds,omitempty"`
	Escalations []Escalation `json:"escalations,omitempty"` // escalation levels relative to the deadline
	// Conditions override the policy's (or the metric's default) clock
	// conditions for this target.
	Conditions *Conditions `json:"conditions,omitempty"`
	// UnderpinnedBy names the OLA/UC targets (in the same policy rule) that
	// support this target; see [Policy.CheckUnderpinning].
	UnderpinnedBy []string `json:"underpinnedBy,omitempty"`
}

// Target is a validated target bound to its schedule. It is immutable and
// safe for concurrent use. Build it with [NewTarget] or through [NewPolicy].
type Target struct {
	spec       TargetSpec
	sched      Schedule
	thresholds []Threshold
	cond       Conditions // resolved
	slot       string
}

// NewTarget validates spec and binds it to sched (nil means [WallClock]).
// Conditions come from spec.Conditions, else the metric's defaults
// ([DefaultConditions]).
func NewTarget(spec TargetSpec, sched Schedule) (*Target, error) {
	return newTarget(spec, sched, nil)
}

func newTarget(spec TargetSpec, sched Schedule, fallback *Conditions) (*Target, error) {
	ctx := fmt.Sprintf("target %q", spec.Name)
	if sched == nil {
		sched = WallClock{}
	}
	if err := spec.Metric.validate(); err != nil {
		return nil, wrapCtx(ctx, err)
	}
	if int(spec.Kind) >= len(kindNames) {
		return nil, errorf(ctx, spec.Kind.String(), ErrKind)
	}
	if err := spec.Goal.Validate(); err != nil {
		return nil, wrapCtx(ctx, err)
	}
	if spec.Goal.Unit == UnitWorkingDays || spec.Goal.Unit == UnitEndOfDay {
		if _, ok := sched.(DaySchedule); !ok {
			return nil, errorf(ctx, spec.Goal.String(), ErrWorkingDays)
		}
	}
	t := &Target{spec: spec, sched: sched, slot: SlotOf(spec)}
	t.spec.Thresholds = slices.Clone(spec.Thresholds)
	t.spec.Escalations = slices.Clone(spec.Escalations)
	t.spec.UnderpinnedBy = slices.Clone(spec.UnderpinnedBy)
	if spec.Thresholds == nil {
		t.thresholds = DefaultThresholds()
	} else {
		t.thresholds = slices.Clone(spec.Thresholds)
	}
	for _, th := range t.thresholds {
		if th.den == 0 {
			return nil, errorf(ctx, th.p.String(), ErrThreshold)
		}
	}
	// Sorted by percentage so warning instants come out in order; duplicates dropped.
	slices.SortFunc(t.thresholds, func(a, b Threshold) int { return a.p.Cmp(b.p) })
	t.thresholds = slices.CompactFunc(t.thresholds, func(a, b Threshold) bool { return a.p.Equal(b.p) })
	for _, e := range spec.Escalations {
		if strings.TrimSpace(e.Name) == "" {
			return nil, errorf(ctx, "escalation "+e.Offset.String(), ErrPolicy)
		}
	}
	var c *Conditions
	switch {
	case spec.Conditions != nil:
		c = spec.Conditions
		t.spec.Conditions = ptr(spec.Conditions.clone())
	case fallback != nil:
		c = fallback
	}
	rc, err := resolveConditions(spec.Metric, c)
	if err != nil {
		return nil, wrapCtx(ctx, err)
	}
	t.cond = rc
	return t, nil
}

func ptr[T any](v T) *T { return &v }

func wrapCtx(ctx string, err error) error {
	if e, ok := err.(*Error); ok {
		c := *e
		if c.Context == "" {
			c.Context = ctx
		} else {
			c.Context = ctx + ": " + c.Context
		}
		return &c
	}
	return &Error{Context: ctx, Err: err}
}

// Name returns the target's name.
func (t *Target) Name() string { return t.spec.Name }

// Slot returns the slot the target drives (see [SlotOf]).
func (t *Target) Slot() string { return t.slot }

// Kind returns SLA, OLA or UC.
func (t *Target) Kind() Kind { return t.spec.Kind }

// Metric returns what the target measures.
func (t *Target) Metric() Metric { return t.spec.Metric }

// Goal returns the goal.
func (t *Target) Goal() Goal { return t.spec.Goal }

// Schedule returns the schedule the target's clock runs on.
func (t *Target) Schedule() Schedule { return t.sched }

// Thresholds returns the warning thresholds, ascending (a copy).
func (t *Target) Thresholds() []Threshold { return slices.Clone(t.thresholds) }

// Conditions returns the resolved clock conditions (a copy).
func (t *Target) Conditions() Conditions { return t.cond.clone() }

// Spec returns the target's definition (a copy).
func (t *Target) Spec() TargetSpec {
	s := t.spec
	s.Thresholds = slices.Clone(s.Thresholds)
	s.Escalations = slices.Clone(s.Escalations)
	s.UnderpinnedBy = slices.Clone(s.UnderpinnedBy)
	if s.Conditions != nil {
		s.Conditions = ptr(s.Conditions.clone())
	}
	return s
}

// MarshalJSON writes the target's spec; the schedule appears by name.
func (t *Target) MarshalJSON() ([]byte, error) { return json.Marshal(t.spec) }

// GoalFrom returns the counted time the goal allows for a cycle starting at start.
func (t *Target) GoalFrom(start time.Time) (time.Duration, error) {
	return t.spec.Goal.counted(t.sched, start)
}

// goalSpan is GoalFrom with the goal's own instant (see [Goal.span]).
func (t *Target) goalSpan(start time.Time) (time.Duration, time.Time, error) {
	return t.spec.Goal.span(t.sched, start)
}

// decString formats d for an error message without expanding an absurd
// exponent (1e-1000000000 would print a billion zeros).
func decString(d decimal.Decimal) string {
	if e := d.Exponent(); e < -40 || e > 40 {
		return d.Coefficient().String() + "e" + strconv.Itoa(int(e))
	}
	return d.String()
}
