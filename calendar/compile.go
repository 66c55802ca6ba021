package calendar

import (
	"cmp"
	"fmt"
	"slices"
	"time"

	"github.com/rickb777/date/v2"
)

// mspan is a civil span in minutes after its day's midnight; e may exceed
// 1440 for overnight spans.
type mspan struct{ s, e int32 }

// dayRule is a compiled override.
type dayRule struct {
	hours      []mspan // set for special hours
	closed     bool
	closedFrom int32 // -1 if none
}

// spans returns the date's spans under the override, given its weekly
// spans.
func (o *dayRule) spans(base []mspan) []mspan {
	switch {
	case o.hours != nil:
		return o.hours
	case o.closed:
		return nil
	}
	return clipSpans(base, o.closedFrom)
}

// dayOverride is a compiled Override.
type dayOverride struct {
	d date.Date
	dayRule
}

// rules is the compiled civil model of a base calendar. Every list is sorted
// by date and immutable.
type rules struct {
	week      [7][]mspan
	overrides []dayOverride // unique dates
	holidays  []date.Date   // explicit holiday dates, unique
	sources   []holidaySrc
	closures  []closureRule
	workHours []mspan // the hours of an extra working day: the first working day of the week, Monday first

	srcBuf [2]holidaySrc // sources, when there are few (saves an allocation)
}

func compileHours(ctx string, hs DayHours) ([]mspan, error) {
	return appendMspans(ctx, make([]mspan, 0, len(hs)), hs)
}

// appendMspans compiles hs into the free capacity of buf (sharing one
// allocation between the days of a week) and returns the day's spans.
func appendMspans(ctx string, buf []mspan, hs DayHours) ([]mspan, error) {
	out := buf[len(buf):len(buf):cap(buf)]
	for _, h := range hs {
		if err := h.validate(ctx); err != nil {
			return nil, err
		}
		s, e := h.minutes()
		out = append(out, mspan{s, e})
	}
	slices.SortFunc(out, func(a, b mspan) int { return int(a.s - b.s) })
	for i := 1; i < len(out); i++ {
		if out[i].s < out[i-1].e {
			return nil, errorf(ctx, fmt.Sprintf("%s and %s", spanText(out[i-1]), spanText(out[i])), ErrOverlap)
		}
	}
	return out, nil
}

func spanText(m mspan) string {
	e := m.e
	if e > 1440 {
		e -= 1440
	}
	return Hours{Clock(m.s), Clock(e)}.String()
}

// spillOverlap reports an overlap between the overnight spill of day a into
// the next day and that next day's spans b.
func spillOverlap(a, b []mspan) (mspan, mspan, bool) {
	for _, x := range a {
		if x.e <= 1440 {
			continue
		}
		for _, y := range b {
			if y.s < x.e-1440 {
				return x, y, true
			}
		}
	}
	return mspan{}, mspan{}, false
}

// closedFromOK reports whether c is a valid ClosedFrom time: a Clock in
// 00:00–24:00 (from 00:01 when zero means unset).
func closedFromOK(c Clock, zeroUnset bool) bool {
	return c >= 0 && c <= Midnight24 && (c != 0 || !zeroUnset)
}

// compile validates a base Spec, compiles its rules into r and returns its
// zone.
func compile(spec *Spec, r *rules) (*time.Location, error) {
	loc, err := loadZone(spec.Zone)
	if err != nil {
		return nil, err
	}
	weekly := 0
	for wd := range 7 {
		weekly += len(spec.Week[wd])
	}
	buf := make([]mspan, 0, weekly)
	for wd := range 7 {
		ms, err := appendMspans(time.Weekday(wd).String(), buf, spec.Week[wd])
		if err != nil {
			return nil, err
		}
		r.week[wd] = ms[:len(ms):len(ms)]
		buf = buf[:len(buf)+len(ms)]
	}
	for wd := range 7 {
		next := (wd + 1) % 7
		if x, y, bad := spillOverlap(r.week[wd], r.week[next]); bad {
			return nil, errorf(time.Weekday(wd).String()+"/"+time.Weekday(next).String(),
				spanText(x)+" and "+spanText(y), ErrOverlap)
		}
	}
	anyExtra := false
	if len(spec.Overrides) > 0 {
		r.overrides = make([]dayOverride, 0, len(spec.Overrides))
	}
	for _, o := range spec.Overrides {
		ctx := "override " + o.Date.String()
		if y := o.Date.Year(); y < MinYear || y > MaxYear {
			return nil, errorf(ctx, o.Date.String(), ErrBadOverride)
		}
		n := 0
		if len(o.Hours) > 0 {
			n++
		}
		if o.Closed {
			n++
		}
		if o.ClosedFrom != 0 {
			n++
		}
		if n != 1 {
			return nil, errorf(ctx, o.Date.String(), fmt.Errorf("%w: set exactly one of hours, closed, closed_from", ErrBadOverride))
		}
		dr := dayRule{closed: o.Closed, closedFrom: -1}
		if o.ClosedFrom != 0 {
			if !closedFromOK(o.ClosedFrom, true) {
				return nil, errorf(ctx+" closed_from", o.ClosedFrom.text(), ErrBadTime)
			}
			dr.closedFrom = int32(o.ClosedFrom)
		}
		if len(o.Hours) > 0 {
			if dr.hours, err = compileHours(ctx, o.Hours); err != nil {
				return nil, err
			}
			anyExtra = true
		}
		r.overrides = append(r.overrides, dayOverride{o.Date, dr})
	}
	if !slices.IsSortedFunc(r.overrides, cmpOverride) {
		slices.SortStableFunc(r.overrides, cmpOverride)
	}
	for i := 1; i < len(r.overrides); i++ {
		if d := r.overrides[i].d; d == r.overrides[i-1].d {
			return nil, errorf("override "+d.String(), d.String(), fmt.Errorf("%w: date given twice", ErrBadOverride))
		}
	}
	// Overnight spill between an override and its neighbours (holidays and
	// closures ignored: they only remove time, so this is the conservative
	// check).
	for _, o := range spec.Overrides {
		if len(o.Hours) == 0 {
			continue
		}
		for _, d := range []date.Date{o.Date - 1, o.Date} {
			if x, y, bad := spillOverlap(r.plain(d), r.plain(d+1)); bad {
				return nil, errorf("override "+o.Date.String(), spanText(x)+" and "+spanText(y), ErrOverlap)
			}
		}
	}
	for _, wd := range weekOrder {
		if len(r.week[wd]) > 0 {
			r.workHours = r.week[wd]
			break
		}
	}
	if r.closures, err = compileClosures(spec.Closures); err != nil {
		return nil, err
	}
	if weekly == 0 && !anyExtra {
		return nil, errorf("week", spec.Week.String(), ErrNeverOpen)
	}
	if !anyExtra && r.weeklyClosuresCloseAll() {
		return nil, errorf("closures", spec.Week.String(), fmt.Errorf("%w: weekly closures remove every weekly span", ErrNeverOpen))
	}
	if len(spec.HolidayDates) > 0 {
		r.holidays = slices.Clone(spec.HolidayDates)
		slices.Sort(r.holidays)
		r.holidays = slices.Compact(r.holidays)
	}
	if n := len(spec.Sources) + len(spec.Holidays); n <= len(r.srcBuf) {
		r.sources = r.srcBuf[:0:n]
	}
	for _, s := range spec.Sources {
		if s == nil {
			return nil, errorf("sources", "nil", ErrHoliday)
		}
		r.sources = append(r.sources, newHolidaySrc(s, -1, "", nil, nil))
	}
	for _, h := range spec.Holidays {
		src, err := resolveHolidayRef(h)
		if err != nil {
			return nil, err
		}
		r.sources = append(r.sources, src)
	}
	return loc, nil
}

func cmpOverride(a, b dayOverride) int { return cmp.Compare(a.d, b.d) }

// weeklyClosuresCloseAll reports whether the closures recurring every week
// leave no weekly span open.
func (r *rules) weeklyClosuresCloseAll() bool {
	for wd := range 7 {
		ms := r.week[wd]
		for i := range r.closures {
			if c := &r.closures[i]; c.weekly(time.Weekday(wd)) {
				ms = c.apply(ms)
			}
		}
		if len(ms) > 0 {
			return false
		}
	}
	return true
}

// override returns the override of date d, if any.
func (r *rules) override(d date.Date) (int, bool) {
	return slices.BinarySearchFunc(r.overrides, d, func(o dayOverride, d date.Date) int { return cmp.Compare(o.d, d) })
}

// plain returns the day's spans from the weekly hours and overrides, ignoring
// holidays and closures.
func (r *rules) plain(d date.Date) []mspan {
	base := r.week[d.Weekday()]
	if i, ok := r.override(d); ok {
		return r.overrides[i].spans(base)
	}
	return base
}

func clipSpans(ms []mspan, from int32) []mspan {
	var out []mspan
	for _, m := range ms {
		if m.s < from {
			out = append(out, mspan{m.s, min(m.e, from)})
		}
	}
	return out
}
