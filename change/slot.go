package change

import (
	"fmt"
	"slices"
	"time"

	"github.com/itsmkit/itsm"
	"github.com/itsmkit/itsm/calendar"
)

// NextSlot returns the earliest window [s, s+length) with s ≥ after that
// lies entirely in open time of window (a maintenance-window calendar;
// contiguous open time across midnight counts as one stretch) and overlaps
// none of busy (other changes, blackouts; in any order, may overlap each
// other). A busy window with Start == End is an instant t (an instant
// change, see [CheckConflicts]): a slot [a, b) may not contain it, that is
// a ≤ t < b, so the earliest slot after t starts at t + 1ns. The search stops at until: a slot must end by then, else the
// error wraps [ErrNoSlot] — a calendar that is never open cannot hang it.
// length must be positive and until after after. Calendars have open time
// only in calendar.RangeStart() … calendar.RangeEnd(), so the search is
// clipped to that range; a length beyond it (up to math.MaxInt64) fits
// nowhere, an error, never a wrapped-around slot.
func NextSlot(window *calendar.Calendar, after time.Time, length time.Duration, busy []itsm.Interval, until time.Time) (itsm.Interval, error) {
	switch {
	case window == nil:
		return itsm.Interval{}, errf(ErrSchedule, "next slot", "", "needs a window calendar (calendar.AlwaysOpen() for any time)")
	case length <= 0:
		return itsm.Interval{}, errf(ErrSchedule, "next slot", length.String(), "length must be positive")
	case !after.Before(until):
		return itsm.Interval{}, errf(ErrSchedule, "next slot", after.Format(time.RFC3339)+" … "+until.Format(time.RFC3339), "search range is empty")
	}
	bs := make([]itsm.Interval, 0, len(busy))
	for i, b := range busy {
		switch {
		case b.End.Before(b.Start):
			return itsm.Interval{}, errf(ErrSchedule, fmt.Sprintf("busy window %d", i+1), b.String(), "ends before it starts (want Start ≤ End; Start == End is an instant)")
		case b.Start.Equal(b.End):
			// An instant t blocks exactly the slots [a, a+length) with
			// a ≤ t < a+length: those that overlap [t, t+1ns), the
			// instants from t up to the next one. Slots lie in the
			// calendars' range, so an instant past its end blocks none
			// (and t+1ns cannot overflow).
			if !b.Start.Before(calendar.RangeEnd()) {
				continue
			}
			b.End = b.Start.Add(time.Nanosecond)
		}
		bs = append(bs, b)
	}
	slices.SortFunc(bs, func(a, b itsm.Interval) int { return a.Start.Compare(b.Start) })
	// Merge overlapping busy windows so one pass suffices.
	merged := bs[:0]
	for _, b := range bs {
		if n := len(merged); n > 0 && !b.Start.After(merged[n-1].End) {
			merged[n-1].End = laterOf(merged[n-1].End, b.End)
			continue
		}
		merged = append(merged, b)
	}
	j := 0 // first busy window that may still matter
	for sp := range window.Spans(inRange(after, until)) {
		cand := sp.Start
		for !sp.End.Before(cand.Add(length)) { // cand+length ≤ span end
			for j < len(merged) && !merged[j].End.After(cand) {
				j++
			}
			if j < len(merged) && merged[j].Start.Before(cand.Add(length)) {
				cand = laterOf(cand, merged[j].End) // blocked: try after it
				continue
			}
			return itsm.Interval{Start: cand, End: cand.Add(length)}, nil
		}
	}
	msg := fmt.Sprintf("fits nowhere in the window calendar between %s and %s", after.Format(time.RFC3339), until.Format(time.RFC3339))
	if end := calendar.RangeEnd(); until.After(end) {
		// Calendars hold no open time past their range: say so rather than
		// let "fits nowhere" suggest the whole span was searched.
		msg += " (calendars end at " + end.Format(time.RFC3339) + ")"
	}
	return itsm.Interval{}, errf(ErrNoSlot, "next slot", length.String(), msg)
}

// NextAllowedSlot returns the earliest window of the given length that
// [CheckSchedule] accepts for a change needing notice working days of
// notice (its [Decision].LeadDays), requested at now: inside r.Maintenance
// (any time if nil), clear of r.ServiceHours, r.Freeze and r.Blackouts, no
// earlier than the notice allows (and not before now), and overlapping none
// of busy (instants included, as in [NextSlot]). The search ends at until
// ([ErrNoSlot] beyond it).
func NextAllowedSlot(r ScheduleRules, notice int, now time.Time, length time.Duration, busy []itsm.Interval, until time.Time) (itsm.Interval, error) {
	after, err := noticeEnd(notice, r, now)
	if err != nil {
		return itsm.Interval{}, err
	}
	after = laterOf(after, now)
	if !after.Before(until) {
		return itsm.Interval{}, errf(ErrNoSlot, "next allowed slot", length.String(),
			fmt.Sprintf("cannot start before %s, at or after the search bound %s", after.Format(time.RFC3339), until.Format(time.RFC3339)))
	}
	avoid := slices.Clone(busy)
	for i, b := range r.Blackouts {
		if err := checkBlackout(i, b); err != nil {
			return itsm.Interval{}, err
		}
		avoid = append(avoid, b.Interval)
	}
	for _, c := range []*calendar.Calendar{r.ServiceHours, r.Freeze} {
		if c == nil {
			continue
		}
		for sp := range c.Spans(inRange(after, until)) {
			avoid = append(avoid, sp)
		}
	}
	win := r.Maintenance
	if win == nil {
		win = calendar.AlwaysOpen()
	}
	return NextSlot(win, after, length, avoid, until)
}
