package calendar

import (
	"slices"
	"time"

	"github.com/itsmkit/itsm"
	"github.com/itsmkit/itsm/calendar/holidays"
	"github.com/rickb777/date/v2"
)

// refCal is a slow, obviously-correct model of a base calendar, written
// independently of the engine: civil rules evaluated by linear scans, civil
// times resolved to instants by minute stepping, no buckets, no prefix sums.
type refCal struct {
	spec Spec
	loc  *time.Location
}

func newRef(spec Spec) refCal {
	loc, err := time.LoadLocation(spec.Zone)
	if err != nil {
		panic(err)
	}
	return refCal{spec, loc}
}

// hours returns the civil spans (start, end minutes, end may exceed 1440) of d.
func (r refCal) hours(d date.Date) [][2]int {
	var base [][2]int
	day := r.spec.Week[d.Weekday()]
	if len(day) == 0 && r.extraWorking(d) {
		// an extra working day: the hours of the first working weekday
		for _, wd := range []time.Weekday{time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday, time.Saturday, time.Sunday} {
			if len(r.spec.Week[wd]) > 0 {
				day = r.spec.Week[wd]
				break
			}
		}
	}
	for _, h := range day {
		s, e := int(h.Start), int(h.End)
		if e <= s {
			e += 1440
		}
		base = append(base, [2]int{s, e})
	}
	for _, o := range r.spec.Overrides {
		if o.Date != d {
			continue
		}
		switch {
		case o.Closed:
			return nil
		case o.ClosedFrom != 0:
			cf := o.ClosedFrom
			var out [][2]int
			for _, x := range base {
				if x[0] < int(cf) {
					out = append(out, [2]int{x[0], min(x[1], int(cf))})
				}
			}
			return out
		default:
			var out [][2]int
			for _, h := range o.Hours {
				s, e := int(h.Start), int(h.End)
				if e <= s {
					e += 1440
				}
				out = append(out, [2]int{s, e})
			}
			return out
		}
	}
	return r.closed(d, r.holidayHours(d, base))
}

// extraWorking reports whether a holiday source lists d as an extra
// working day.
func (r refCal) extraWorking(d date.Date) bool {
	lists := func(src any) bool {
		w, ok := src.(interface{ WorkingDates(int) []date.Date })
		return ok && slices.Contains(w.WorkingDates(d.Year()), d)
	}
	for _, src := range r.spec.Sources {
		if lists(src) {
			return true
		}
	}
	for _, h := range r.spec.Holidays {
		set, err := holidays.ForRegion(h.Region, h.Categories...)
		if err != nil {
			panic(err)
		}
		if lists(set) {
			return true
		}
	}
	return false
}

// holidayHours applies the holidays of d to its weekly spans base.
func (r refCal) holidayHours(d date.Date, base [][2]int) [][2]int {
	if slices.Contains(r.spec.HolidayDates, d) {
		return nil
	}
	for _, src := range r.spec.Sources {
		if slices.Contains(src.HolidayDates(d.Year()), d) {
			return nil
		}
	}
	// region holidays: whole day, or closed from a time of day; the
	// earliest closure wins
	closeAt := -1
	for _, h := range r.spec.Holidays {
		set, err := holidays.ForRegion(h.Region, h.Categories...)
		if err != nil {
			panic(err)
		}
		if !set.IsHoliday(d) {
			continue
		}
		cf := int(h.ClosedFrom) // 0: the whole day
		if closeAt < 0 || cf < closeAt {
			closeAt = cf
		}
	}
	if closeAt >= 0 {
		var out [][2]int
		for _, x := range base {
			if x[0] < closeAt {
				out = append(out, [2]int{x[0], min(x[1], closeAt)})
			}
		}
		return out
	}
	return base
}

// closed removes the time of the recurring closures of d from its spans hs,
// minute by minute.
func (r refCal) closed(d date.Date, hs [][2]int) [][2]int {
	for _, c := range r.spec.Closures {
		if !slices.ContainsFunc(c.On, func(x DateRule) bool { return refMatches(x, d) }) {
			continue
		}
		var out [][2]int
		for _, h := range hs {
			start := -1
			for m := h[0]; m <= h[1]; m++ {
				shut := m == h[1]
				if !shut {
					if len(c.Hours) > 0 {
						for _, x := range c.Hours {
							s, e := int(x.Start), int(x.End)
							if e <= s {
								e += 1440
							}
							shut = shut || (m >= s && m < e)
						}
					} else {
						shut = m >= int(c.From)
					}
				}
				switch {
				case !shut && start < 0:
					start = m
				case shut && start >= 0:
					out = append(out, [2]int{start, m})
					start = -1
				}
			}
		}
		hs = out
	}
	return hs
}

// refMatches decides a DateRule by counting days, independently of its
// Matches: the n-th weekday by walking the month, before/after by walking
// from the anchor date.
func refMatches(x DateRule, d date.Date) bool {
	y, m, day := d.Date()
	switch x.kind {
	case ruleFixed:
		return m == x.month && day == int(x.day)
	case ruleEaster:
		for yy := y - 1; yy <= y+1; yy++ {
			if holidays.Easter(yy)+date.Date(x.n) == d {
				return true
			}
		}
	case ruleWeekly:
		return d.Weekday() == x.wd
	case ruleNth:
		if d.Weekday() != x.wd || (x.month != 0 && m != x.month) {
			return false
		}
		var same []date.Date // the month's days with that weekday
		for dd := date.New(y, m, 1); dd.Month() == m; dd++ {
			if dd.Weekday() == x.wd {
				same = append(same, dd)
			}
		}
		if x.n < 0 {
			return same[len(same)-1] == d
		}
		return int(x.n) <= len(same) && same[x.n-1] == d
	case ruleBefore, ruleAfter:
		for yy := y - 1; yy <= y+1; yy++ {
			if int(x.day) > time.Date(yy, x.month+1, 0, 0, 0, 0, 0, time.UTC).Day() {
				continue
			}
			a := date.New(yy, x.month, int(x.day))
			for {
				if x.kind == ruleBefore {
					a--
				} else {
					a++
				}
				if a.Weekday() == x.wd {
					break
				}
			}
			if a == d {
				return true
			}
		}
	}
	return false
}

// resolve maps the civil time (date d, minute m after its midnight) to the
// first instant whose wall clock reads at least that time, by stepping
// minute by minute, then second by second: the first occurrence of an ambiguous time, the first
// instant after a gap.
func (r refCal) resolve(d date.Date, m int) time.Time {
	y, mo, dd := d.Date()
	w := time.Date(y, mo, dd, 0, 0, 0, 0, time.UTC).Unix() + int64(m)*60
	wall := func(t int64) int64 {
		_, off := time.Unix(t, 0).In(r.loc).Zone()
		return t + int64(off)
	}
	for t := w - 15*3600; ; t += 60 {
		if wall(t) >= w {
			// historic offsets have seconds: refine within the minute
			for u := t - 59; u < t; u++ {
				if wall(u) >= w {
					return time.Unix(u, 0)
				}
			}
			return time.Unix(t, 0)
		}
	}
}

// spans returns the merged open spans intersecting [from, to), clipped.
func (r refCal) spans(from, to time.Time) []itsm.Interval {
	d0 := date.NewAt(from.In(r.loc)) - 2
	d1 := date.NewAt(to.In(r.loc)) + 1
	var all []itsm.Interval
	for d := d0; d <= d1; d++ {
		for _, h := range r.hours(d) {
			s, e := r.resolve(d, h[0]), r.resolve(d, h[1])
			if s.Before(e) {
				all = append(all, itsm.Interval{Start: s, End: e})
			}
		}
	}
	slices.SortFunc(all, func(a, b itsm.Interval) int { return a.Start.Compare(b.Start) })
	var out []itsm.Interval
	for _, s := range all {
		if n := len(out); n > 0 && !s.Start.After(out[n-1].End) {
			if s.End.After(out[n-1].End) {
				out[n-1].End = s.End
			}
			continue
		}
		out = append(out, s)
	}
	var clipped []itsm.Interval
	for _, s := range out {
		if !s.End.After(from) || !s.Start.Before(to) {
			continue
		}
		if s.Start.Before(from) {
			s.Start = from
		}
		if s.End.After(to) {
			s.End = to
		}
		clipped = append(clipped, s)
	}
	return clipped
}

func (r refCal) isOpen(t time.Time) bool {
	for _, s := range r.spans(t.Add(-time.Hour), t.Add(time.Hour)) {
		if !t.Before(s.Start) && t.Before(s.End) {
			return true
		}
	}
	return false
}

func (r refCal) between(a, b time.Time) time.Duration {
	var sum time.Duration
	for _, s := range r.spans(a, b) {
		sum += s.End.Sub(s.Start)
	}
	return sum
}

// add walks the spans forward from t within [t, t+horizon).
func (r refCal) add(t time.Time, d time.Duration, horizon time.Duration) (time.Time, bool) {
	left := d
	for _, s := range r.spans(t, t.Add(horizon)) {
		if l := s.End.Sub(s.Start); l >= left {
			return s.Start.Add(left), true
		} else {
			left -= l
		}
	}
	return time.Time{}, false
}
