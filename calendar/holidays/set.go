package holidays

import (
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/rickb777/date/v2"
)

// Supported years. Outside [MinYear, MaxYear] a Set holds no holidays: the
// Gregorian computus is meaningless before 1583, and the cap keeps every
// computation far from overflow.
const (
	MinYear = 1583
	MaxYear = 9999
)

// The per-year cache is a fixed array for the years a service desk uses
// (lock-free, allocation-free lookups) and a sync.Map for the rest.
const (
	cacheFirst = 1900
	cacheYears = 300 // 1900–2199
)

// Set is the holidays of one region (or a user-supplied list, see [NewSet],
// or an iCalendar feed with yearly rules, see [ReadICalSet]) restricted to
// a set of categories. It expands a year on first use and caches it in an
// atomic pointer, so reads of a cached year take no lock;
// two goroutines expanding the same year at once compute identical data and
// one result is kept. All methods are safe for concurrent use. The zero Set
// and a nil *Set hold no holidays. A Set must not be copied after first use.
type Set struct {
	reg   *region      // nil for NewSet sets and the zero Set
	list  []Holiday    // NewSet: all holidays, sorted and unique
	rec   []*icalEvent // ReadICalSet: recurring events, expanded per year
	mask  uint8        // category bits (the zero Set: 0, and no holidays)
	cache [cacheYears]atomic.Pointer[yearData]
	far   sync.Map // int → *yearData, years outside the array
}

// yearData is an expanded year: immutable once published.
type yearData struct {
	jan1  date.Date
	bits  [6]uint64 // bit i = Jan 1 + i is a holiday
	hols  []Holiday
	dates []date.Date
	work  []date.Date // extra working days
}

// ForRegion returns the holidays of the region with the given ISO 3166 code
// (case-insensitive; see [Regions]) in the given categories; with no
// categories, only [Public] holidays. A subdivision includes the holidays of
// its country (e.g. "DE-NW" includes everything "DE" has).
func ForRegion(code string, cats ...Category) (*Set, error) {
	reg, ok := registry().byCode[strings.ToUpper(code)]
	if !ok {
		return nil, regionError(code)
	}
	mask, err := categoryMask(cats)
	if err != nil {
		return nil, err
	}
	return &Set{reg: reg, mask: mask}, nil
}

// String describes the set: "DE-NW: public", "DE: public, halfday",
// "3 listed holidays: public" for a [NewSet] set, "iCalendar feed: public"
// for a [ReadICalSet] set, "no holidays" for the zero or a nil Set.
func (s *Set) String() string {
	if s == nil || s.mask == 0 {
		return "no holidays"
	}
	var what string
	switch {
	case s.reg != nil:
		what = s.reg.info.Code
	case len(s.rec) > 0:
		what = "iCalendar feed"
	default:
		what = strconv.Itoa(len(s.list)) + " listed holidays"
	}
	var cats []string
	for _, c := range categories.Values() {
		if s.mask&c.mask() != 0 {
			cats = append(cats, c.String())
		}
	}
	return what + ": " + strings.Join(cats, ", ")
}

// categoryMask is the mask of cats; with none, of Public only.
func categoryMask(cats []Category) (uint8, error) {
	if len(cats) == 0 {
		return Public.mask(), nil
	}
	var m uint8
	for _, c := range cats {
		if !c.Valid() {
			return 0, categoryError(c)
		}
		m |= c.mask()
	}
	return m, nil
}

// year returns the expanded year, computing and publishing it on first use.
func (s *Set) year(y int) *yearData {
	if s == nil || y < MinYear || y > MaxYear {
		return nil
	}
	if i := y - cacheFirst; i >= 0 && i < cacheYears {
		if p := s.cache[i].Load(); p != nil {
			return p
		}
		p := s.compute(y)
		if s.cache[i].CompareAndSwap(nil, p) {
			return p
		}
		return s.cache[i].Load()
	}
	if v, ok := s.far.Load(y); ok {
		return v.(*yearData)
	}
	v, _ := s.far.LoadOrStore(y, s.compute(y))
	return v.(*yearData)
}

func (s *Set) compute(y int) *yearData {
	var all []Holiday
	var work []date.Date
	switch {
	case s.reg != nil:
		all, work = s.reg.expandAll(y)
	default:
		i, _ := slices.BinarySearchFunc(s.list, y, func(h Holiday, y int) int { return h.Date.Year() - y })
		for _, h := range s.list[i:] {
			if h.Date.Year() != y {
				break
			}
			all = append(all, h)
		}
		if len(s.rec) > 0 {
			var scratch []date.Date
			for _, e := range s.rec {
				all, scratch = e.appendYear(y, all, scratch)
			}
			all = sortHolidays(all)
		}
	}
	p := &yearData{jan1: civilDate(y, 1, 1), work: work}
	for _, h := range all {
		if s.mask != 0 && s.mask&h.Category.mask() == 0 {
			continue
		}
		p.hols = append(p.hols, h)
		off := int(h.Date - p.jan1)
		p.bits[off>>6] |= 1 << (off & 63)
		if n := len(p.dates); n == 0 || p.dates[n-1] != h.Date {
			p.dates = append(p.dates, h.Date)
		}
	}
	return p
}

// Holidays returns the holidays of year, sorted by date then ID; a date may
// carry several holidays. The slice is the caller's to keep or modify.
func (s *Set) Holidays(year int) []Holiday {
	if p := s.year(year); p != nil {
		return slices.Clone(p.hols)
	}
	return nil
}

// HolidayDates returns the distinct dates of Holidays(year), sorted. It
// satisfies the calendar package's HolidaySource interface.
func (s *Set) HolidayDates(year int) []date.Date {
	if p := s.year(year); p != nil {
		return slices.Clone(p.dates)
	}
	return nil
}

// IsHoliday reports whether d is a holiday of the set. Once d's year has been
// expanded it is a bit test: O(1), no locks and no allocations for the years
// 1900–2199.
func (s *Set) IsHoliday(d date.Date) bool {
	p := s.year(yearOf(d))
	if p == nil {
		return false
	}
	off := uint64(d - p.jan1)
	if off >= 366 { // only for dates so far out that the year arithmetic wrapped
		return false
	}
	return p.bits[off>>6]&(1<<(off&63)) != 0
}

// WorkingDates returns the extra working days of year, sorted: weekend
// days on which the law moves work, such as the Saturdays and Sundays that
// China's State Council makes working days around its holidays (调休). A
// business calendar should open on them with its regular working hours. A
// holiday is never a working date. The slice is the caller's; sets from
// [NewSet] and [ReadICalSet] have none.
func (s *Set) WorkingDates(year int) []date.Date {
	if p := s.year(year); p != nil {
		return slices.Clone(p.work)
	}
	return nil
}

// IsWeekend reports whether d is a weekend day in the set's region: Saturday
// or Sunday in most regions; Friday and Saturday in Israel, Egypt, Saudi
// Arabia (since 29 June 2013), the United Arab Emirates (until 2021) and
// some Malaysian states. Substitute days never fall on a weekend day. Sets
// from [NewSet] and [ReadICalSet], the zero Set and a nil *Set use Saturday
// and Sunday. It is O(1) and does not allocate.
func (s *Set) IsWeekend(d date.Date) bool {
	if s == nil || s.reg == nil {
		return satSun.has(d)
	}
	return s.reg.weekend.has(d)
}

// Lookup returns the holiday on d; when several holidays share the date, the
// first in (ID, category) order.
func (s *Set) Lookup(d date.Date) (Holiday, bool) {
	p := s.year(yearOf(d))
	if p == nil {
		return Holiday{}, false
	}
	i, ok := slices.BinarySearchFunc(p.hols, d, func(h Holiday, d date.Date) int { return int(h.Date - d) })
	if !ok {
		return Holiday{}, false
	}
	return p.hols[i], true
}
