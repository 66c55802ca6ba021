package calendar

import (
	"math/bits"
	"strconv"
	"time"

	"github.com/rickb777/date/v2"
)

// dayYear is the set of working days of one civil year as a bitset by day
// of year (bit 0 = Jan 1).
type dayYear struct {
	first date.Date // Jan 1
	n     int       // days in the year
	bits  [6]uint64
	count int
	hol   map[date.Date]int32 // holiday closures of the year (see holidaysBetween)
}

func (y *dayYear) has(d date.Date) bool {
	i := int(d - y.first)
	return y.bits[i>>6]&(1<<(i&63)) != 0
}

func (c *Calendar) workYear(yi int) *dayYear {
	if p := c.workdays[yi].Load(); p != nil {
		return p
	}
	y := MinYear + yi
	first, next := date.New(y, time.January, 1), date.New(y+1, time.January, 1)
	dy := &dayYear{first: first, n: int(next - first)}
	hol := c.holidaysBetween(first, next-1)
	dy.hol = hol
	z := zoneResolver{loc: c.Location()}
	for d := first; d < next; d++ {
		h, ok := hol[d]
		if !ok {
			h = -1
		}
		if len(realSpans(&z, d, c.r.day(d, h))) > 0 {
			i := int(d - first)
			dy.bits[i>>6] |= 1 << (i & 63)
			dy.count++
		}
	}
	if c.workdays[yi].CompareAndSwap(nil, dy) {
		return dy
	}
	return c.workdays[yi].Load()
}

// isWorkday reports whether civil date d has open time. For a base calendar
// that is: its own spans (overnight spans included, after overrides and
// holidays) are not empty. For a composed calendar: there is open time in
// [d 00:00, d+1 00:00) in the calendar's location.
func (c *Calendar) isWorkday(d date.Date) bool {
	if y := d.Year(); y < MinYear || y > MaxYear || c == nil {
		return false
	}
	if c.op == opBase {
		if c.r == nil {
			return false
		}
		return c.workYear(d.Year() - MinYear).has(d)
	}
	s, e := c.dayBounds(d)
	return c.Between(s, e) > 0
}

// rangeDays is the number of civil dates in the supported range: no count
// of working days beyond it can be met.
const rangeDays = (rangeEnd - rangeStart) / secPerDay

// nthWorkday returns the n-th working day after d (n > 0) or the -n-th
// before it (n < 0); d itself is not counted.
func (c *Calendar) nthWorkday(d date.Date, n int) (date.Date, bool) {
	// Refuse impossible counts up front: the walks below negate n
	// (-math.MinInt overflows to itself) and count it down one day at a
	// time.
	if n > rangeDays || n < -rangeDays {
		return 0, false
	}
	minD, maxD := date.New(MinYear, time.January, 1), date.New(MaxYear, time.December, 31)
	if c.op == opBase {
		if c.r == nil {
			return 0, false
		}
		return c.nthWorkdayBase(d, n)
	}
	for step := sign(n); n != 0; {
		d += date.Date(step)
		if d < minD || d > maxD {
			return 0, false
		}
		if c.isWorkday(d) {
			n -= step
		}
	}
	return d, true
}

func sign(n int) int {
	if n < 0 {
		return -1
	}
	return 1
}

// nthWorkdayBase skips whole years by their counts and whole 64-day words
// by popcount, so the cost grows with the number of years, not days.
func (c *Calendar) nthWorkdayBase(d date.Date, n int) (date.Date, bool) {
	yi := d.Year() - MinYear
	if yi < 0 || yi >= numYears {
		return 0, false
	}
	if n > 0 {
		// count working days strictly after d in its year
		y := c.workYear(yi)
		from := int(d-y.first) + 1
		for {
			for i := from; i < y.n; {
				w := y.bits[i>>6] >> (i & 63)
				if i&63 == 0 && bits.OnesCount64(w) < n && i+64 <= y.n {
					n -= bits.OnesCount64(w)
					i += 64
					continue
				}
				if w&1 != 0 {
					n--
					if n == 0 {
						return y.first + date.Date(i), true
					}
				}
				i++
			}
			yi++
			if yi >= numYears {
				return 0, false
			}
			y = c.workYear(yi)
			for y.count < n && yi+1 < numYears {
				n -= y.count
				yi++
				y = c.workYear(yi)
			}
			from = 0
		}
	}
	n = -n
	y := c.workYear(yi)
	from := int(d-y.first) - 1
	for {
		for i := from; i >= 0; i-- {
			if y.bits[i>>6]&(1<<(i&63)) != 0 {
				n--
				if n == 0 {
					return y.first + date.Date(i), true
				}
			}
		}
		yi--
		if yi < 0 {
			return 0, false
		}
		y = c.workYear(yi)
		for y.count < n && yi > 0 {
			n -= y.count
			yi--
			y = c.workYear(yi)
		}
		from = y.n - 1
	}
}

// dayBounds returns the instants of d 00:00 and d+1 00:00 in the calendar's
// location (DST policy applied).
func (c *Calendar) dayBounds(d date.Date) (time.Time, time.Time) {
	z := zoneResolver{loc: c.Location()}
	w := int64(d-date.ZeroOffset) * secPerDay
	return time.Unix(z.resolve(w), 0).In(c.Location()), time.Unix(z.resolve(w+secPerDay), 0).In(c.Location())
}

// realSpans drops the spans of d that are empty in real time (they lie
// entirely in a DST gap). It returns ms itself when nothing is dropped.
func realSpans(z *zoneResolver, d date.Date, ms []mspan) []mspan {
	w := int64(d-date.ZeroOffset) * secPerDay
	for i, m := range ms {
		if z.resolve(w+int64(m.s)*60) < z.resolve(w+int64(m.e)*60) {
			continue
		}
		out := append([]mspan(nil), ms[:i]...)
		for _, m := range ms[i+1:] {
			if z.resolve(w+int64(m.s)*60) < z.resolve(w+int64(m.e)*60) {
				out = append(out, m)
			}
		}
		return out
	}
	return ms
}

// daySpans returns the civil spans owned by d that have real open time
// (base calendars only).
func (c *Calendar) daySpans(d date.Date) []mspan {
	if c.op == opBase {
		if c.r == nil {
			return nil
		}
		h := int32(-1)
		if y := d.Year(); y >= MinYear && y <= MaxYear {
			if v, ok := c.workYear(y - MinYear).hol[d]; ok {
				h = v
			}
		}
		z := zoneResolver{loc: c.Location()}
		return realSpans(&z, d, c.r.day(d, h))
	}
	return nil
}

// anchor finds the working day that owns open instant t and t's civil offset
// from that day's midnight (beyond 24h inside an overnight span).
func (c *Calendar) anchor(t time.Time) (date.Date, time.Duration) {
	lt := t.In(c.Location())
	dc := date.NewAt(lt)
	off := time.Duration(lt.Hour())*time.Hour + time.Duration(lt.Minute())*time.Minute +
		time.Duration(lt.Second())*time.Second + time.Duration(lt.Nanosecond())
	if c.op == opBase {
		// owned by the previous date if inside its overnight span (checked
		// in real time, so DST overlaps cannot mislead the wall clock)
		for _, s := range c.daySpans(dc - 1) {
			if s.e <= 1440 {
				continue
			}
			st, en := c.civil(dc-1, time.Duration(s.s)*time.Minute), c.civil(dc-1, time.Duration(s.e)*time.Minute)
			if !t.Before(st) && t.Before(en) {
				return dc - 1, off + 24*time.Hour
			}
		}
		// owned by the next date if a fall-back overlap crosses midnight:
		// St John's moved its clocks at 00:01 until 2011, so the repeated
		// 23:01 NST lies after the next date's 00:00 NDT, inside that date's
		// span. Such overlaps are at most a few hours, hence the guard.
		if off >= 20*time.Hour {
			for _, s := range c.daySpans(dc + 1) {
				st, en := c.civil(dc+1, time.Duration(s.s)*time.Minute), c.civil(dc+1, time.Duration(s.e)*time.Minute)
				if !t.Before(st) && t.Before(en) {
					return dc + 1, off - 24*time.Hour
				}
			}
		}
	}
	return dc, off
}

// civil converts (date, civil offset) to an instant under the DST policy.
// A civil time inside a spring-forward gap maps to the first instant after
// the gap, fractions of a second included (02:30:00.5 → 03:00:00, not
// 03:00:00.5).
func (c *Calendar) civil(d date.Date, off time.Duration) time.Time {
	z := zoneResolver{loc: c.Location()}
	return z.instant(int64(d-date.ZeroOffset)*secPerDay+int64(off/time.Second), int64(off%time.Second))
}

// AddDays returns the instant n working days after t at the same time of
// day (n < 0: before). A working day is a civil date in the calendar's
// location with open time; for a base calendar, a date whose own spans
// (after overrides and holidays; an overnight span belongs to the date it
// starts on) contain real open time (a span swallowed by a DST gap does
// not count).
//
// The rules, in order:
//  1. If t is not open, it first moves to NextOpen(t): a ticket logged on
//     Saturday counts from Monday's opening.
//  2. Its working day D0 is the date owning the span that contains it, and
//     its time of day is the civil offset from D0's midnight (so 02:00 inside
//     Monday's 22:00-06:00 span is "Monday, 26:00").
//  3. The target day D is the n-th working day after D0, D0 not counted
//     (for n < 0 the -n-th working day before D0). Rule 1 applies for
//     n < 0 too: AddDays(Saturday 10:00, -1) is Friday at Monday's opening
//     time.
//  4. The result is D at that time of day if that instant is open; otherwise
//     the latest closing time of D before it (D's hours end earlier), or else
//     D's first opening (D's hours start later). The result always lies on D.
//
// Days are civil dates, never 24-hour steps, so DST days keep the time of
// day. AddDays(t, 0) is NextOpen(t). For composed calendars a working day is
// a civil date in the location of the first operand with any open time in
// it, and days are walked one by one.
func (c *Calendar) AddDays(t time.Time, n int) (time.Time, error) {
	if c == nil {
		return time.Time{}, nilCalendar("add days", strconv.Itoa(n))
	}
	o, err := c.NextOpen(t)
	if err != nil {
		return time.Time{}, err
	}
	if n == 0 {
		return o, nil
	}
	d0, off := c.anchor(o)
	d, ok := c.nthWorkday(d0, n)
	if !ok {
		return time.Time{}, errorf("add days", strconv.Itoa(n), ErrOutOfRange)
	}
	return c.onDay(d, off), nil
}

// onDay places civil offset off on working day d (rule 4 of AddDays).
func (c *Calendar) onDay(d date.Date, off time.Duration) time.Time {
	spans := c.daySpans(d)
	if c.op != opBase {
		s, e := c.dayBounds(d)
		r := c.civil(d, off)
		if c.IsOpen(r) && !r.Before(s) && r.Before(e) {
			return r
		}
		var last, first time.Time
		for sp := range c.Spans(s, e) {
			if first.IsZero() {
				first = sp.Start
			}
			if !sp.End.After(r) {
				last = sp.End
			}
		}
		if !last.IsZero() {
			return last
		}
		return first
	}
	m := off
	var lastEnd = time.Duration(-1)
	for _, s := range spans {
		ss, ee := time.Duration(s.s)*time.Minute, time.Duration(s.e)*time.Minute
		if m >= ss && m < ee {
			r := c.civil(d, m)
			if c.IsOpen(r) {
				return r
			}
			// Inside the span civilly but not in real time: a spring-forward
			// gap swallowed the span's tail, so r is its real close. That is
			// the latest close before the time of day, never the day's first
			// opening (St John's 1995-04-01 00:30-00:15 with the gap at 00:01).
			return c.civil(d, ee)
		}
		if ee <= m {
			lastEnd = ee
		}
	}
	if lastEnd >= 0 {
		return c.civil(d, lastEnd)
	}
	if len(spans) == 0 { // defensive: d is a working day, so unreachable
		return c.civil(d, m)
	}
	return c.civil(d, time.Duration(spans[0].s)*time.Minute)
}

// EndOfDay returns the closing time of the n-th working day after t's
// working day (n = 0: the close of t's own working day; n < 0: before). As
// in AddDays, a closed t first moves to NextOpen(t), so EndOfDay(Saturday, 0)
// is Monday's close. The close of a day is the end of its last span (for an
// overnight span, on the next civil date). On a composed calendar, whose
// spans belong to no date, it is the end of the last open time within the
// civil date: midnight when the calendar is open across it.
func (c *Calendar) EndOfDay(t time.Time, n int) (time.Time, error) {
	if c == nil {
		return time.Time{}, nilCalendar("end of day", strconv.Itoa(n))
	}
	o, err := c.NextOpen(t)
	if err != nil {
		return time.Time{}, err
	}
	d, _ := c.anchor(o)
	if n != 0 {
		var ok bool
		if d, ok = c.nthWorkday(d, n); !ok {
			return time.Time{}, errorf("end of day", strconv.Itoa(n), ErrOutOfRange)
		}
	}
	if c.op != opBase {
		s, e := c.dayBounds(d)
		var last time.Time
		for sp := range c.Spans(s, e) {
			last = sp.End
		}
		return last, nil
	}
	spans := c.daySpans(d)
	if len(spans) == 0 { // defensive: d is a working day, so unreachable
		return c.NextClose(o)
	}
	return c.civil(d, time.Duration(spans[len(spans)-1].e)*time.Minute), nil
}

// IsWorkingDay reports whether civil date d is a working day of the
// calendar: a date whose own spans (after overrides and holidays) have open
// time, the unit of [Calendar.AddDays]. For a composed calendar: a date with
// open time in the first operand's zone. Dates outside the supported range
// are not working days.
func (c *Calendar) IsWorkingDay(d date.Date) bool { return c.isWorkday(d) }
