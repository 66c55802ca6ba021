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
}

func (y *dayYear) has(d date.Date) bool {
	i := int(d - y.first)
	return y.bits[i>>6]&(1<<(i&63)) != 0
}

// countRange returns the working days with day-of-year index in [i, j).
func (y *dayYear) countRange(i, j int) int {
	if i == 0 && j == y.n {
		return y.count
	}
	n := 0
	for i < j {
		w := y.bits[i>>6] >> (i & 63)
		take := min(64-i&63, j-i)
		if take < 64 {
			w &= 1<<take - 1
		}
		n += bits.OnesCount64(w)
		i += take
	}
	return n
}

func (e *engine) workYear(yi int) *dayYear {
	if p := e.workdays.load(yi); p != nil {
		return p
	}
	y := MinYear + yi
	first, next := date.New(y, time.January, 1), date.New(y+1, time.January, 1)
	dy := &dayYear{first: first, n: int(next - first)}
	sc := scratchPool.Get().(*scratch)
	exc, dates := e.r.excRange(first, next-1, sc.exc, sc.dates)
	z := zoneResolver{loc: e.loc}
	xi := 0
	for d := first; d < next; d++ {
		ms := e.r.week[d.Weekday()]
		if xi < len(exc) && exc[xi].d == d {
			ms = e.r.spansOf(exc[xi])
			xi++
		}
		if hasRealSpan(&z, d, ms) {
			i := int(d - first)
			dy.bits[i>>6] |= 1 << (i & 63)
			dy.count++
		}
	}
	sc.exc, sc.dates = exc[:0], dates[:0]
	scratchPool.Put(sc)
	p, won, grew := e.workdays.store(yi, dy)
	if won {
		grew += 96
	}
	e.account(grew)
	return p
}

// isWorkday reports whether civil date d has open time. For a base calendar
// that is: its own spans (overnight spans included, after overrides,
// holidays and closures) are not empty in real time. For a composed
// calendar: there is open time in [d 00:00, d+1 00:00) in the calendar's
// location.
func (c *Calendar) isWorkday(d date.Date) bool {
	e := c.eng()
	if y := d.Year(); y < MinYear || y > MaxYear {
		return false
	}
	if e.op == opBase {
		if e.r == nil {
			return false
		}
		return e.workYear(d.Year() - MinYear).has(d)
	}
	s, en := c.dayBounds(d)
	return c.Between(s, en) > 0
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
	if e := c.eng(); e.op == opBase {
		if e.r == nil {
			return 0, false
		}
		return e.nthWorkdayBase(d, n)
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
func (e *engine) nthWorkdayBase(d date.Date, n int) (date.Date, bool) {
	yi := d.Year() - MinYear
	if yi < 0 || yi >= numYears {
		return 0, false
	}
	if n > 0 {
		// count working days strictly after d in its year
		y := e.workYear(yi)
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
			y = e.workYear(yi)
			for y.count < n && yi+1 < numYears {
				n -= y.count
				yi++
				y = e.workYear(yi)
			}
			from = 0
		}
	}
	n = -n
	y := e.workYear(yi)
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
		y = e.workYear(yi)
		for y.count < n && yi > 0 {
			n -= y.count
			yi--
			y = e.workYear(yi)
		}
		from = y.n - 1
	}
}

// dayBounds returns the instants of d 00:00 and d+1 00:00 in the calendar's
// location (DST policy applied).
func (c *Calendar) dayBounds(d date.Date) (time.Time, time.Time) {
	loc := c.Location()
	z := zoneResolver{loc: loc}
	w := int64(d-date.ZeroOffset) * secPerDay
	return time.Unix(z.resolve(w), 0).In(loc), time.Unix(z.resolve(w+secPerDay), 0).In(loc)
}

// hasRealSpan reports whether one of d's spans ms has real open time (is
// not swallowed by a DST gap).
func hasRealSpan(z *zoneResolver, d date.Date, ms []mspan) bool {
	w := int64(d-date.ZeroOffset) * secPerDay
	for _, m := range ms {
		if z.resolve(w+int64(m.s)*60) < z.resolve(w+int64(m.e)*60) {
			return true
		}
	}
	return false
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
	e := c.eng()
	if e.op != opBase || e.r == nil {
		return nil
	}
	z := zoneResolver{loc: e.loc}
	return realSpans(&z, d, e.r.spansOf(e.r.excOn(d)))
}

// anchor finds the working day that owns open instant t and t's civil offset
// from that day's midnight (beyond 24h inside an overnight span).
func (c *Calendar) anchor(t time.Time) (date.Date, time.Duration) {
	lt := t.In(c.Location())
	dc := date.NewAt(lt)
	off := time.Duration(lt.Hour())*time.Hour + time.Duration(lt.Minute())*time.Minute +
		time.Duration(lt.Second())*time.Second + time.Duration(lt.Nanosecond())
	if c.eng().op == opBase {
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
// (after overrides, holidays and closures; an overnight span belongs to the
// date it starts on) contain real open time (a span swallowed by a DST gap
// does not count).
//
// The rules for n > 0, in order:
//  1. If t is not open, it first moves to NextOpen(t): a ticket logged on
//     Saturday counts from Monday's opening.
//  2. Its working day D0 is the date owning the span that contains it, and
//     its time of day is the civil offset from D0's midnight (so 02:00 inside
//     Monday's 22:00-06:00 span is "Monday, 26:00").
//  3. The target day D is the n-th working day after D0, D0 not counted.
//  4. The result is D at that time of day if it lies within one of D's
//     spans (its opening and closing times included); otherwise the latest
//     closing time of D before it (D's hours end earlier), or else D's first
//     opening (D's hours start later). The result always lies on D.
//
// For n < 0 the rules are their mirror image, as in every peer library
// (zendesk/biz, business_time, working_hours, moment-business-time,
// Python businesstime):
//  1. If t is not open, it first moves back to PrevClose(t), the close of
//     the last open time before it: AddDays(Saturday 10:00, -1) steps back
//     from Friday's 17:00 close and is Thursday 17:00.
//  2. D0 is the date owning t (when t is open) or the open time just before
//     the close, and the time of day is that of t or of the close ("Friday,
//     17:00"; 06:00 closing Monday's 22:00-06:00 span is "Monday, 30:00").
//  3. D is the -n-th working day before D0, D0 not counted.
//  4. The result is D at that time of day if it lies within one of D's
//     spans (ends included); otherwise the earliest opening of D after it
//     (D's hours start later), or else D's last close (D's hours end
//     earlier).
//
// Behaviour change: before this release a closed t moved forward to
// NextOpen for n < 0 too, so AddDays(Saturday 10:00, -1) was Friday at
// Monday's opening time (08:00), and the time-of-day fallback of rule 4 was
// that of n > 0.
//
// Days are civil dates, never 24-hour steps, so DST days keep the time of
// day. AddDays(t, 0) is NextOpen(t). For composed calendars a working day is
// a civil date in the location of the first operand with any open time in
// it, and days are walked one by one.
func (c *Calendar) AddDays(t time.Time, n int) (time.Time, error) {
	if c == nil {
		return time.Time{}, nilCalendar("add days", strconv.Itoa(n))
	}
	var d0 date.Date
	var off time.Duration
	if n >= 0 {
		o, err := c.NextOpen(t)
		if err != nil {
			return time.Time{}, err
		}
		if n == 0 {
			return o, nil
		}
		d0, off = c.anchor(o)
	} else if c.IsOpen(t) {
		d0, off = c.anchor(t)
	} else {
		p, err := c.PrevClose(t)
		if err != nil {
			return time.Time{}, err
		}
		// p is a closing time: the day owning the open time just before
		// it, at the civil reading of the close (24:00, not the next day's
		// 00:00).
		d0, off = c.anchor(p.Add(-1))
		off++
	}
	d, ok := c.nthWorkday(d0, n)
	if !ok {
		return time.Time{}, errorf("add days", strconv.Itoa(n), ErrOutOfRange)
	}
	return c.onDay(d, off, n < 0), nil
}

// onDay places civil offset off on working day d (rule 4 of AddDays; back
// selects the mirror image used for n < 0).
func (c *Calendar) onDay(d date.Date, off time.Duration, back bool) time.Time {
	if c.eng().op != opBase {
		s, e := c.dayBounds(d)
		r := c.civil(d, off)
		if !r.Before(s) && !r.After(e) && (c.IsOpen(r) || c.IsOpen(r.Add(-1))) {
			return r
		}
		var before, after, first, last time.Time
		for sp := range c.Spans(s, e) {
			if first.IsZero() {
				first = sp.Start
			}
			last = sp.End
			if !sp.End.After(r) {
				before = sp.End
			}
			if after.IsZero() && !sp.Start.Before(r) {
				after = sp.Start
			}
		}
		switch {
		case !back && !before.IsZero():
			return before
		case !back:
			return first
		case !after.IsZero():
			return after
		}
		return last
	}
	spans := c.daySpans(d)
	if len(spans) == 0 { // defensive: d is a working day, so unreachable
		return c.civil(d, off)
	}
	lastEnd, nextStart := time.Duration(-1), time.Duration(-1)
	for _, s := range spans {
		ss, ee := time.Duration(s.s)*time.Minute, time.Duration(s.e)*time.Minute
		if off >= ss && off < ee {
			r := c.civil(d, off)
			if back || c.IsOpen(r) {
				return r
			}
			// Inside the span civilly but not in real time: a spring-forward
			// gap swallowed the span's tail, so r is its real close. That is
			// the latest close before the time of day, never the day's first
			// opening (St John's 1995-04-01 00:30-00:15 with the gap at 00:01).
			return c.civil(d, ee)
		}
		if off == ee {
			return c.civil(d, ee)
		}
		if ee < off {
			lastEnd = ee
		}
		if ss > off && nextStart < 0 {
			nextStart = ss
		}
	}
	switch {
	case !back && lastEnd >= 0:
		return c.civil(d, lastEnd)
	case !back:
		return c.civil(d, time.Duration(spans[0].s)*time.Minute)
	case nextStart >= 0:
		return c.civil(d, nextStart)
	}
	return c.civil(d, time.Duration(spans[len(spans)-1].e)*time.Minute)
}

// EndOfDay returns the closing time of the n-th working day after t's
// working day (n = 0: the close of t's own working day; n < 0: before). As
// in AddDays, a closed t first moves to NextOpen(t), so EndOfDay(Saturday, 0)
// is Monday's close; unlike AddDays, it does so for n < 0 too
// (EndOfDay(Saturday, -1) is Friday's close: the working day before
// Monday's). The close of a day is the end of its last span (for an
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
	if c.eng().op != opBase {
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
// calendar: a date whose own spans (after overrides, holidays and closures)
// have open time, the unit of [Calendar.AddDays]. For a composed calendar: a
// date with open time in the first operand's zone. Dates outside the
// supported range are not working days.
func (c *Calendar) IsWorkingDay(d date.Date) bool { return c.isWorkday(d) }

// WorkingDays returns the number of working days (see
// [Calendar.IsWorkingDay]) among the dates in [from, to): half-open like
// every interval of the module, so WorkingDays(d, d+1) is 1 for a working
// day d, and negative when to is before from (WorkingDays(to, from) ==
// -WorkingDays(from, to)). Dates outside the supported range count as no
// working days. On a base calendar the cost grows with the number of years
// spanned, not days.
func (c *Calendar) WorkingDays(from, to date.Date) int {
	if to < from {
		return -c.WorkingDays(to, from)
	}
	lo := max(from, date.New(MinYear, time.January, 1))
	hi := min(to, date.New(MaxYear+1, time.January, 1))
	e := c.eng()
	n := 0
	if e.op != opBase {
		for d := lo; d < hi; d++ {
			if c.isWorkday(d) {
				n++
			}
		}
		return n
	}
	if e.r == nil {
		return 0
	}
	for lo < hi {
		y := e.workYear(lo.Year() - MinYear)
		end := min(hi, y.first+date.Date(y.n))
		n += y.countRange(int(lo-y.first), int(end-y.first))
		lo = end
	}
	return n
}
