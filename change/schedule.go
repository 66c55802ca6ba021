package change

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/itsmkit/itsm/calendar"
)

// Window is a named half-open interval [Start, End): a planned change
// window, a blackout, a busy period or a found slot.
type Window struct {
	Name  string    `json:"name,omitempty"`
	Start time.Time `json:"start"`
	End   time.Time `json:"end"`
}

// Duration returns End - Start, saturated to the time.Duration range
// (about ±292 years) as time.Time.Sub saturates, never wrapped around.
func (w Window) Duration() time.Duration { return w.End.Sub(w.Start) }

// Overlaps reports whether w and o share time (back-to-back windows do not).
func (w Window) Overlaps(o Window) bool { return w.Start.Before(o.End) && o.Start.Before(w.End) }

func (w Window) valid() bool { return w.Start.Before(w.End) }

// String renders the window as "[start, end)" in RFC 3339.
func (w Window) String() string {
	return "[" + w.Start.Format(time.RFC3339) + ", " + w.End.Format(time.RFC3339) + ")"
}

// WorkingDays counts lead time: AddDays(t, n) is the instant n working
// days after t. *calendar.Calendar satisfies it (same time of day on the
// n-th working day after t's working day; a t outside open time first
// moves to the next opening — see calendar's AddDays).
type WorkingDays interface {
	AddDays(t time.Time, n int) (time.Time, error)
}

var _ WorkingDays = (*calendar.Calendar)(nil)

// Schedule rule names, as reported in [Violation.Rule].
const (
	RuleMaintenanceWindow = "maintenance-window" // the window leaves the maintenance window
	RuleServiceHours      = "service-hours"      // the window touches the CI's service hours
	RuleFreeze            = "freeze"             // the window touches a freeze period
	RuleBlackout          = "blackout"           // the window touches a listed blackout
	RuleLeadTime          = "lead-time"          // the window starts too soon after now
)

// ScheduleRules are the calendars and policies a planned window is checked
// against. Every field is optional; a nil field is not checked.
type ScheduleRules struct {
	// Maintenance: the whole window must lie in its open time.
	Maintenance *calendar.Calendar
	// ServiceHours: the window must not touch its open time (changes run
	// outside the CI's service hours).
	ServiceHours *calendar.Calendar
	// Freeze: its open time is frozen; the window must not touch it.
	Freeze *calendar.Calendar
	// Blackouts are named frozen intervals; the window must not overlap any.
	Blackouts []Window
	// LeadTimes says how many working days of notice a change needs,
	// counted on WorkingDays (required when LeadTimes is set).
	LeadTimes   *LeadTimePolicy
	WorkingDays WorkingDays
}

// Violation is one broken scheduling rule: the rule, the offending part of
// the window (for lead time: from the planned start to the earliest allowed
// start) and a readable detail.
type Violation struct {
	Rule   string    `json:"rule"`
	Name   string    `json:"name,omitempty"` // the blackout's name
	Start  time.Time `json:"start"`
	End    time.Time `json:"end"`
	Detail string    `json:"detail"`
}

// String returns "rule: detail".
func (v Violation) String() string {
	return v.Rule + ": " + v.Detail
}

// CheckSchedule checks the planned window w of a change of type t at risk
// level l against r, at instant now (when the change is requested). It
// returns every violation in rule order: maintenance window, service hours,
// freeze, blackouts (in their order), lead time. An empty result means the
// window is acceptable. Lead time: a rule of d > 0 days requires
// w.Start ≥ WorkingDays.AddDays(now, d); 0 days requires no notice.
// With any calendar set, a window outside calendar.RangeStart() …
// calendar.RangeEnd() is an error wrapping [ErrSchedule], as is a window
// that ends before it starts.
//
// A window with Start == End is an instant t, a change that starts and
// ends at the same time (as in [CheckConflicts]). It lies inside the
// maintenance window when the maintenance calendar is open at t (s ≤ t < e
// for one of its spans [s, e)), touches service hours or a freeze when
// that calendar is open at t, and lies in a blackout [s, e) when
// s ≤ t < e; its lead time is measured to t. The offending part of an
// instant's violation is [t, t] (Start == End == t), except for lead time,
// which runs from t to the earliest allowed start.
func CheckSchedule(w Window, t Type, l Level, r ScheduleRules, now time.Time) ([]Violation, error) {
	if w.End.Before(w.Start) {
		return nil, errf(ErrSchedule, "window", w.String(), "ends before it starts (want Start ≤ End; Start == End is an instant)")
	}
	instant := w.Start.Equal(w.End)
	if r.Maintenance != nil || r.ServiceHours != nil || r.Freeze != nil {
		// Calendars have no open time outside their range, so a freeze or
		// service-hours check there would pass vacuously. An instant must
		// lie in [RangeStart, RangeEnd), a window within it.
		out := w.Start.Before(calendar.RangeStart()) || w.End.After(calendar.RangeEnd()) || (instant && !w.Start.Before(calendar.RangeEnd()))
		if out {
			return nil, errf(ErrSchedule, "window", w.String(), "lies outside the calendars' supported range "+
				Window{Start: calendar.RangeStart(), End: calendar.RangeEnd()}.String())
		}
	}
	at := w.Start.Format(time.RFC3339Nano)
	var out []Violation
	if c := r.Maintenance; c != nil {
		switch {
		case instant:
			if !c.IsOpen(w.Start) {
				out = append(out, Violation{Rule: RuleMaintenanceWindow, Start: w.Start, End: w.End,
					Detail: fmt.Sprintf("the instant %s lies outside the maintenance window", at)})
			}
		default:
			// Inside the calendars' range (290 years) w.Duration() does not
			// saturate, so open time and its complement are exact.
			if open := c.Between(w.Start, w.End); open != w.Duration() {
				gap := firstGap(c, w)
				out = append(out, Violation{Rule: RuleMaintenanceWindow, Start: gap.Start, End: gap.End,
					Detail: fmt.Sprintf("%v of the window lies outside the maintenance window, first %s", w.Duration()-open, gap)})
			}
		}
	}
	for _, x := range []struct {
		rule string
		c    *calendar.Calendar
		what string
	}{{RuleServiceHours, r.ServiceHours, "service hours"}, {RuleFreeze, r.Freeze, "a freeze"}} {
		if x.c == nil {
			continue
		}
		if instant {
			if x.c.IsOpen(w.Start) {
				out = append(out, Violation{Rule: x.rule, Start: w.Start, End: w.End,
					Detail: fmt.Sprintf("the instant %s lies in %s", at, x.what)})
			}
			continue
		}
		if in := x.c.Between(w.Start, w.End); in > 0 {
			first := firstSpan(x.c, w)
			out = append(out, Violation{Rule: x.rule, Start: first.Start, End: first.End,
				Detail: fmt.Sprintf("%v of the window lies in %s, first %s", in, x.what, first)})
		}
	}
	for i, b := range r.Blackouts {
		if !b.valid() {
			return nil, errf(ErrSchedule, fmt.Sprintf("blackout %d", i+1), b.String(), "is empty or inverted")
		}
		switch {
		case instant:
			if !w.Start.Before(b.Start) && w.Start.Before(b.End) {
				out = append(out, Violation{Rule: RuleBlackout, Name: b.Name, Start: w.Start, End: w.End,
					Detail: fmt.Sprintf("the instant %s lies in blackout %q %s", at, b.Name, b)})
			}
		case w.Overlaps(b):
			s, e := laterOf(w.Start, b.Start), earlierOf(w.End, b.End)
			out = append(out, Violation{Rule: RuleBlackout, Name: b.Name, Start: s, End: e,
				Detail: fmt.Sprintf("the window overlaps blackout %q %s during %s", b.Name, b, Window{Start: s, End: e})})
		}
	}
	if r.LeadTimes != nil {
		days, rule, err := r.LeadTimes.Days(t, l)
		if err != nil {
			return nil, err
		}
		if days > 0 {
			if r.WorkingDays == nil {
				return nil, errf(ErrSchedule, "schedule rules", "", "have LeadTimes but no WorkingDays calendar to count them")
			}
			earliest, err := r.WorkingDays.AddDays(now, days)
			if err != nil {
				return nil, &Error{Where: "lead time", Input: now.Format(time.RFC3339), Msg: err.Error(), Err: ErrSchedule, Cause: err}
			}
			if w.Start.Before(earliest) {
				out = append(out, Violation{Rule: RuleLeadTime, Start: w.Start, End: earliest,
					Detail: fmt.Sprintf("%s/%s needs %d working days' notice (lead-time rule %d): requested %s, earliest start %s",
						t, l, days, rule, now.Format(time.RFC3339), earliest.Format(time.RFC3339))})
			}
		}
	}
	return out, nil
}

// ApplyViolations sets the risk facts that schedule violations imply:
// InFreeze for a freeze or blackout, InsufficientLeadTime for lead time.
func ApplyViolations(f *Facts, vs []Violation) {
	for _, v := range vs {
		switch v.Rule {
		case RuleFreeze, RuleBlackout:
			f.InFreeze = true
		case RuleLeadTime:
			f.InsufficientLeadTime = true
		}
	}
}

// firstGap returns the first part of w outside c's open time (w must have one).
func firstGap(c *calendar.Calendar, w Window) Window {
	cur := w.Start
	for sp := range c.Spans(w.Start, w.End) {
		if sp.Start.After(cur) {
			return Window{Start: cur, End: sp.Start}
		}
		cur = laterOf(cur, sp.End)
	}
	return Window{Start: cur, End: w.End}
}

// firstSpan returns the first open span of c within w (w must have one).
func firstSpan(c *calendar.Calendar, w Window) Window {
	for sp := range c.Spans(w.Start, w.End) {
		return Window{Start: sp.Start, End: sp.End}
	}
	return w
}

// inRange clips [from, to) to the calendars' supported range, outside which
// they have no open time, so that calendar.Spans is never asked about
// instants at the edges of time.Time (from time.Unix(math.MaxInt64, 0),
// the earliest of all, it yielded no open time before 2189).
func inRange(from, to time.Time) (time.Time, time.Time) {
	return laterOf(from, calendar.RangeStart()), earlierOf(to, calendar.RangeEnd())
}

func laterOf(a, b time.Time) time.Time {
	if a.Before(b) {
		return b
	}
	return a
}

func earlierOf(a, b time.Time) time.Time {
	if b.Before(a) {
		return b
	}
	return a
}

type scheduleRulesJSON struct {
	Maintenance  *calendar.Spec  `json:"maintenance,omitempty"`
	ServiceHours *calendar.Spec  `json:"service_hours,omitempty"`
	Freeze       *calendar.Spec  `json:"freeze,omitempty"`
	Blackouts    []Window        `json:"blackouts,omitempty"`
	LeadTimes    *LeadTimePolicy `json:"lead_times,omitempty"`
	WorkingDays  *calendar.Spec  `json:"working_days,omitempty"`
}

// MarshalJSON encodes the rules with each calendar as its calendar.Spec
// (compositions included). A calendar without a Spec and a WorkingDays
// other than *calendar.Calendar cannot be encoded: an error, never a
// silent drop.
func (r ScheduleRules) MarshalJSON() ([]byte, error) {
	var w scheduleRulesJSON
	spec := func(name string, c *calendar.Calendar) (*calendar.Spec, error) {
		if c == nil {
			return nil, nil
		}
		s, ok := c.Spec()
		if !ok {
			return nil, errf(ErrSchedule, "schedule rules "+name, "", "is a composed calendar without a Spec; it cannot be encoded")
		}
		return &s, nil
	}
	var err error
	if w.Maintenance, err = spec("maintenance", r.Maintenance); err != nil {
		return nil, err
	}
	if w.ServiceHours, err = spec("service_hours", r.ServiceHours); err != nil {
		return nil, err
	}
	if w.Freeze, err = spec("freeze", r.Freeze); err != nil {
		return nil, err
	}
	if r.WorkingDays != nil {
		c, ok := r.WorkingDays.(*calendar.Calendar)
		if !ok {
			return nil, errf(ErrSchedule, "schedule rules working_days", fmt.Sprintf("%T", r.WorkingDays), "is not a *calendar.Calendar; it cannot be encoded")
		}
		if w.WorkingDays, err = spec("working_days", c); err != nil {
			return nil, err
		}
	}
	w.Blackouts, w.LeadTimes = r.Blackouts, r.LeadTimes
	return json.Marshal(w)
}

// UnmarshalJSON decodes the rules, building each calendar with
// calendar.New and validating blackouts and the lead-time policy.
func (r *ScheduleRules) UnmarshalJSON(data []byte) error {
	var w scheduleRulesJSON
	if err := unmarshalStrict(data, &w); err != nil {
		return err
	}
	build := func(name string, s *calendar.Spec) (*calendar.Calendar, error) {
		if s == nil {
			return nil, nil
		}
		c, err := calendar.New(*s)
		if err != nil {
			return nil, &Error{Where: "schedule rules " + name, Msg: err.Error(), Err: ErrSchedule, Cause: err}
		}
		return c, nil
	}
	var nr ScheduleRules
	var err error
	if nr.Maintenance, err = build("maintenance", w.Maintenance); err != nil {
		return err
	}
	if nr.ServiceHours, err = build("service_hours", w.ServiceHours); err != nil {
		return err
	}
	if nr.Freeze, err = build("freeze", w.Freeze); err != nil {
		return err
	}
	wd, err := build("working_days", w.WorkingDays)
	if err != nil {
		return err
	}
	if wd != nil {
		nr.WorkingDays = wd
	}
	for i, b := range w.Blackouts {
		if !b.valid() {
			return errf(ErrSchedule, fmt.Sprintf("blackout %d", i+1), b.String(), "is empty or inverted")
		}
	}
	nr.Blackouts, nr.LeadTimes = w.Blackouts, w.LeadTimes
	*r = nr
	return nil
}
