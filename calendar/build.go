package calendar

import (
	"github.com/rickb777/date/v2"
)

// build computes bucket k (a UTC year) from the calendar's rules or operands.
func (c *Calendar) build(k int) *bucket {
	switch c.op {
	case opUnion, opIntersect, opMinus:
		return c.buildComposed(k)
	}
	if c.r == nil {
		return bucketFrom(k, nil)
	}
	return c.buildBase(k)
}

// buildBase generates the civil spans of every date whose spans can reach
// into the UTC year (zone offsets and overnight spans reach at most ~2 days),
// resolves them to instants under the DST policy, and clips them.
func (c *Calendar) buildBase(k int) *bucket {
	start, end := yearStart(MinYear+k), yearStart(MinYear+k+1)
	firstDay := start/secPerDay - 3
	lastDay := end/secPerDay + 2
	// holiday closures for the dates concerned
	hol := c.holidaysBetween(date.Date(firstDay+date.ZeroOffset), date.Date(lastDay+date.ZeroOffset))
	z := zoneResolver{loc: c.Location()}
	raw := make([][2]int64, 0, 300)
	for day := firstDay; day <= lastDay; day++ {
		d := date.Date(day + date.ZeroOffset)
		h, ok := hol[d]
		if !ok {
			h = -1
		}
		for _, m := range c.r.day(d, h) {
			wall := day * secPerDay
			s := z.resolve(wall + int64(m.s)*60)
			e := z.resolve(wall + int64(m.e)*60)
			if s < e && e > start && s < end {
				raw = append(raw, [2]int64{s, e})
			}
		}
	}
	return newBucket(k, raw)
}

// holidaysBetween returns the holiday closures for dates in [from, to]:
// 0 closes the whole day, m > 0 closes from minute m.
func (c *Calendar) holidaysBetween(from, to date.Date) map[date.Date]int32 {
	out := map[date.Date]int32{}
	merge := func(d date.Date, cf int32) {
		if d < from || d > to {
			return
		}
		if old, ok := out[d]; !ok || cf < old {
			out[d] = cf
		}
	}
	for d, cf := range c.r.holidays {
		if d >= from && d <= to {
			merge(d, cf)
		}
	}
	for _, s := range c.r.sources {
		cf := max(s.closedFrom, 0)
		for y := from.Year(); y <= to.Year(); y++ {
			for _, d := range s.src.HolidayDates(y) {
				merge(d, cf)
			}
		}
	}
	return out
}
