package change

import (
	"fmt"
	"time"

	"github.com/itsmkit/itsm"
	"github.com/itsmkit/itsm/calendar"
)

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
