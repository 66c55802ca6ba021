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

// checkBlackout reports a blackout that is empty or ends before it starts.
func checkBlackout(i int, b Blackout) error {
	if !b.Start.Before(b.End) {
		return errf(ErrSchedule, fmt.Sprintf("blackout %d", i+1), b.String(), "is empty or ends before it starts (want Start < End)")
	}
	return nil
}

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
