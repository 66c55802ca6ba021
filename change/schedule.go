package change

import (
	"encoding/json"
	"fmt"
	"strconv"
	"time"

	"github.com/itsmkit/itsm"
	"github.com/itsmkit/itsm/calendar"
)

// Blackout is a named frozen interval [Start, End): a planned window may
// not overlap it, and an instant change may not lie in it. It must not be
// empty. Its JSON is {"name": …, "start": …, "end": …}.
type Blackout struct {
	Name string `json:"name,omitempty"`
	itsm.Interval
}

// String renders the blackout as its quoted name and interval, e.g.
// `"year-end" [2026-12-19T00:00:00+01:00, 2027-01-04T00:00:00+01:00)`.
func (b Blackout) String() string { return strconv.Quote(b.Name) + " " + b.Interval.String() }

// Schedule rule names, as reported in [Violation.Rule].
const (
	RuleMaintenanceWindow = "maintenance_window" // the window leaves the maintenance window
	RuleServiceHours      = "service_hours"      // the window touches the CI's service hours
	RuleFreeze            = "freeze"             // the window touches a freeze period
	RuleBlackout          = "blackout"           // the window touches a listed blackout
	RuleLeadTime          = "lead_time"          // the window starts too soon after now
)

// ScheduleRules are the calendars and blackouts a planned window is
// checked against. Every field is optional; a nil field is not checked.
// The JSON form holds each calendar as its calendar.Spec:
// {"maintenance": {…}, "service_hours": {…}, "freeze": {…},
// "blackouts": [{"name": …, "start": …, "end": …}], "working_days": {…}}.
type ScheduleRules struct {
	// Maintenance: the whole window must lie in its open time.
	Maintenance *calendar.Calendar `json:"maintenance,omitempty"`
	// ServiceHours: the window must not touch its open time (changes run
	// outside the CI's service hours).
	ServiceHours *calendar.Calendar `json:"service_hours,omitempty"`
	// Freeze: its open time is frozen; the window must not touch it.
	Freeze *calendar.Calendar `json:"freeze,omitempty"`
	// Blackouts are named frozen intervals; the window must not overlap any.
	Blackouts []Blackout `json:"blackouts,omitempty"`
	// WorkingDays counts notice (lead time) in working days: a change
	// needing n days may start no earlier than WorkingDays.AddDays(now, n)
	// (same time of day on the n-th working day after now's; a now outside
	// open time first moves to the next opening — see calendar's AddDays).
	// Required when notice is needed.
	WorkingDays *calendar.Calendar `json:"working_days,omitempty"`
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

// CheckSchedule checks the planned window w of a change that needs notice
// working days of notice (its [Decision].LeadDays) against r, at instant
// now (when the change is requested). It returns every violation in rule
// order: maintenance window, service hours, freeze, blackouts (in their
// order), lead time. An empty result means the window is acceptable. Lead
// time: notice n > 0 requires w.Start ≥ r.WorkingDays.AddDays(now, n); 0
// requires no notice. notice must be in [0, 2600].
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
func CheckSchedule(w itsm.Interval, notice int, r ScheduleRules, now time.Time) ([]Violation, error) {
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
				itsm.Interval{Start: calendar.RangeStart(), End: calendar.RangeEnd()}.String())
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
		if err := checkBlackout(i, b); err != nil {
			return nil, err
		}
		switch {
		case instant:
			if !w.Start.Before(b.Start) && w.Start.Before(b.End) {
				out = append(out, Violation{Rule: RuleBlackout, Name: b.Name, Start: w.Start, End: w.End,
					Detail: fmt.Sprintf("the instant %s lies in blackout %s", at, b)})
			}
		case w.Overlaps(b.Interval):
			s, e := laterOf(w.Start, b.Start), earlierOf(w.End, b.End)
			out = append(out, Violation{Rule: RuleBlackout, Name: b.Name, Start: s, End: e,
				Detail: fmt.Sprintf("the window overlaps blackout %s during %s", b, itsm.Interval{Start: s, End: e})})
		}
	}
	earliest, err := noticeEnd(notice, r, now)
	if err != nil {
		return nil, err
	}
	if notice > 0 && w.Start.Before(earliest) {
		out = append(out, Violation{Rule: RuleLeadTime, Start: w.Start, End: earliest,
			Detail: fmt.Sprintf("needs %d working days' notice: requested %s, earliest start %s",
				notice, now.Format(time.RFC3339), earliest.Format(time.RFC3339))})
	}
	return out, nil
}

// noticeEnd returns the earliest start a change requested at now may have
// with notice working days' notice (now itself for 0).
func noticeEnd(notice int, r ScheduleRules, now time.Time) (time.Time, error) {
	switch {
	case notice < 0 || notice > maxLeadDays:
		return time.Time{}, errf(ErrSchedule, "notice", strconv.Itoa(notice), "must be in [0, 2600] working days")
	case notice == 0:
		return now, nil
	case r.WorkingDays == nil:
		return time.Time{}, errf(ErrSchedule, "notice", strconv.Itoa(notice), "needs schedule rules with a WorkingDays calendar to count working days")
	}
	earliest, err := r.WorkingDays.AddDays(now, notice)
	if err != nil {
		return time.Time{}, errCause(ErrSchedule, "notice from", now.Format(time.RFC3339), err)
	}
	return earliest, nil
}

// checkBlackout reports a blackout that is empty or ends before it starts.
func checkBlackout(i int, b Blackout) error {
	if !b.Start.Before(b.End) {
		return errf(ErrSchedule, fmt.Sprintf("blackout %d", i+1), b.String(), "is empty or ends before it starts (want Start < End)")
	}
	return nil
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
func firstGap(c *calendar.Calendar, w itsm.Interval) itsm.Interval {
	cur := w.Start
	for sp := range c.Spans(w.Start, w.End) {
		if sp.Start.After(cur) {
			return itsm.Interval{Start: cur, End: sp.Start}
		}
		cur = laterOf(cur, sp.End)
	}
	return itsm.Interval{Start: cur, End: w.End}
}

// firstSpan returns the first open span of c within w (w must have one).
func firstSpan(c *calendar.Calendar, w itsm.Interval) itsm.Interval {
	for sp := range c.Spans(w.Start, w.End) {
		return sp
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
	Maintenance  *calendar.Spec `json:"maintenance,omitempty"`
	ServiceHours *calendar.Spec `json:"service_hours,omitempty"`
	Freeze       *calendar.Spec `json:"freeze,omitempty"`
	Blackouts    []Blackout     `json:"blackouts,omitempty"`
	WorkingDays  *calendar.Spec `json:"working_days,omitempty"`
}

// MarshalJSON encodes the rules with each calendar as its calendar.Spec
// (compositions included). A calendar without a Spec cannot be encoded:
// an error, never a silent drop.
func (r ScheduleRules) MarshalJSON() ([]byte, error) {
	var w scheduleRulesJSON
	for _, c := range []struct {
		name string
		c    *calendar.Calendar
		dst  **calendar.Spec
	}{{"maintenance", r.Maintenance, &w.Maintenance}, {"service_hours", r.ServiceHours, &w.ServiceHours},
		{"freeze", r.Freeze, &w.Freeze}, {"working_days", r.WorkingDays, &w.WorkingDays}} {
		if c.c == nil {
			continue
		}
		s, ok := c.c.Spec()
		if !ok {
			return nil, errf(ErrSchedule, "schedule rules "+c.name, "", "is a composed calendar without a Spec; it cannot be encoded")
		}
		*c.dst = &s
	}
	w.Blackouts = r.Blackouts
	return json.Marshal(w)
}

// UnmarshalJSON decodes the rules, building each calendar with
// calendar.New and validating the blackouts. The member "lead_times" of
// before v1 is an error: notice is part of the routing policy
// ([Route].LeadDays).
func (r *ScheduleRules) UnmarshalJSON(data []byte) error {
	if r == nil {
		return nilTarget(ErrSchedule, "ScheduleRules", data)
	}
	var w scheduleRulesJSON
	if err := decodeStrict(ErrSchedule, "schedule rules", data, &w); err != nil {
		if e := renamedKey(ErrSchedule, "schedule rules", data, "lead_times", `moved to the routing policy: "lead_days" of each route`); e != nil {
			return e
		}
		return err
	}
	var nr ScheduleRules
	for _, c := range []struct {
		name string
		s    *calendar.Spec
		dst  **calendar.Calendar
	}{{"maintenance", w.Maintenance, &nr.Maintenance}, {"service_hours", w.ServiceHours, &nr.ServiceHours},
		{"freeze", w.Freeze, &nr.Freeze}, {"working_days", w.WorkingDays, &nr.WorkingDays}} {
		if c.s == nil {
			continue
		}
		cal, err := calendar.New(*c.s)
		if err != nil {
			return errCause(ErrSchedule, "schedule rules "+c.name, "", err)
		}
		*c.dst = cal
	}
	for i, b := range w.Blackouts {
		if err := checkBlackout(i, b); err != nil {
			return err
		}
	}
	nr.Blackouts = w.Blackouts
	*r = nr
	return nil
}
