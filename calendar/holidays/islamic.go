package holidays

import (
	"github.com/rickb777/date/v2"
)

// Islamic holidays begin with the sighting of the new crescent, which each
// country's authority announces days or hours before; a calendar cannot
// compute them. Announced dates are kept as data per country, with their
// source; other years are estimated with the tabular (arithmetical) Islamic
// calendar and marked Estimated, so a user can tell an announcement from a
// forecast. The estimate is usually within a day of the announced date,
// sometimes two.
//
// The tabular calendar: months of 30 and 29 days alternating, the 12th of
// 30 days in the 11 leap years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29 of
// each 30-year cycle, counted from the civil epoch 16 July 622 (Julian) —
// E. M. Reingold and N. Dershowitz, Calendrical Calculations (3rd ed.,
// 2008), ch. 6.

// srcTabularIslamic is the Source of an estimated Islamic holiday.
const srcTabularIslamic = "estimate: tabular Islamic calendar"

// islamicEpoch is 1 Muharram 1 AH (16 July 622 Julian) as a date.Date.
var islamicEpoch = date.Date(1948440 - 1721426) // Julian day numbers

// islamicDate returns the Gregorian date of day d of month m of Hijri year
// y in the tabular calendar.
func islamicDate(y, m, d int) date.Date {
	days := d + (59*(m-1)+1)/2 + (y-1)*354 + floorDiv(3+11*y, 30) - 1
	return islamicEpoch + date.Date(days)
}

// islamicYearNear returns the Hijri year that begins closest before d.
func islamicYearNear(d date.Date) int {
	y := floorDiv(int(d-islamicEpoch)*30+10646, 10631)
	for islamicDate(y+1, 1, 1) <= d {
		y++
	}
	for islamicDate(y, 1, 1) > d {
		y--
	}
	return y
}

// announced is the first days of an Islamic holiday as announced in some
// years, keyed by Hijri year, with their source.
type announced struct {
	first map[int]date.Date
	src   string
}

// announcedDates builds an announced table for the holiday on month m, day
// d from first days (ISO dates); each is filed under the Hijri year whose
// tabular date lies within three days of it. A date that matches no year is
// a data bug: it panics, which every test catches.
//
//go:noinline
func announcedDates(m, d int, src string, isoDates ...string) announced {
	a := announced{first: map[int]date.Date{}, src: src}
	for _, s := range isoDates {
		got := date.MustParseISO(s)
		y := islamicYearNear(got)
		found := false
		for _, hy := range []int{y - 1, y, y + 1} {
			if diff := int(got - islamicDate(hy, m, d)); diff >= -3 && diff <= 3 {
				a.first[hy] = got
				found = true
				break
			}
		}
		if !found {
			panic("holidays: announced Islamic date " + s + " far from its tabular date")
		}
	}
	return a
}

// islamicRule is an Islamic holiday on day d of month m (off days after
// its first day, for the second and later days of an Eid): the announced
// date where known, otherwise the tabular estimate. It may fall twice in a
// Gregorian year.
//
//go:noinline
func islamicRule(id, name, nameEN string, m, d, off int, ann announced) *rule {
	r := newRule(id, name, nameEN, nil)
	r.dates = func(y int, out []dated) []dated {
		h0 := islamicYearNear(civilDate(y, 1, 1))
		for hy := h0; hy <= h0+2; hy++ {
			dd := dated{est: true, src: srcTabularIslamic}
			if a, ok := ann.first[hy]; ok {
				dd = dated{d: a, src: ann.src}
			} else {
				dd.d = islamicDate(hy, m, d)
			}
			dd.d += date.Date(off)
			if yearOf(dd.d) == y {
				out = append(out, dd)
			}
		}
		return out
	}
	return r
}
