package calendar

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/itsmkit/itsm"
	"github.com/itsmkit/itsm/calendar/holidays"
	"github.com/rickb777/date/v2"
)

// HolidaySource supplies holiday dates, e.g. a *holidays.Set from package
// calendar/holidays. HolidayDates returns the holidays of one year, sorted,
// unique, all inside that year. A source must be safe for concurrent use.
//
// A source that also has a method WorkingDates(year int) []date.Date, as
// *holidays.Set has, lists extra working days: weekend days on which the law
// moves work, such as the Saturdays and Sundays China makes working days
// around its holidays. On such a date, when the week gives it no hours, the
// calendar opens with the hours of the first working day of the week
// (Monday first), like an extra-working-day [Override]; holidays and
// closures still apply, and an Override for the date wins.
type HolidaySource interface {
	HolidayDates(year int) []date.Date
}

// HolidayRef names a rule-based holiday set of package calendar/holidays.
//
// JSON: {"region": "DE", "categories": ["halfday"], "closed_from": "12:00"}.
type HolidayRef struct {
	// Region is an ISO 3166 code such as "DE" or "DE-NW".
	Region string `json:"region"`
	// Categories are the holiday categories to include (in JSON their text
	// form: "public", "optional", "bank", "halfday"); none means public
	// holidays only.
	Categories []holidays.Category `json:"categories,omitempty"`
	// ClosedFrom makes these holidays partial closures from that time of
	// day; the zero value 00:00 closes the whole day.
	ClosedFrom Clock `json:"closed_from,omitzero"`
}

// resolveHolidayRef turns a HolidayRef into a holiday source of package
// calendar/holidays with its closure time (-1: the whole day). The set and
// its yearly dates are shared by every calendar naming the same region and
// categories (see regionTable).
func resolveHolidayRef(h HolidayRef) (holidaySrc, error) {
	for _, c := range h.Categories {
		if !c.Valid() {
			return holidaySrc{}, categoryError("holidays "+h.Region, c.String())
		}
	}
	t, err := regionTable(h.Region, h.Categories)
	if err != nil {
		return holidaySrc{}, errorf("holidays", h.Region, fmt.Errorf("%w: %w", ErrHoliday, err))
	}
	if !closedFromOK(h.ClosedFrom, false) {
		return holidaySrc{}, errorf("holidays "+h.Region+" closed_from", h.ClosedFrom.text(), ErrBadTime)
	}
	cf := int32(h.ClosedFrom)
	if cf == 0 {
		cf = -1
	}
	return newHolidaySrc(t.set, cf, h.Region, &t.dates, &t.work), nil
}

// categoryError reports an unknown holiday category, listing the valid
// ones.
func categoryError(ctx, input string) error {
	return &itsm.Error{Pkg: "calendar", Context: ctx + " categories", Input: input, Valid: categoryNames(),
		Err: fmt.Errorf("%w: %w", ErrHoliday, holidays.ErrCategory)}
}

// categoryNames lists the text forms of the holiday categories.
func categoryNames() []string {
	var out []string
	for c := range holidays.Category(math.MaxUint8) {
		if c.Valid() {
			out = append(out, c.String())
		}
	}
	return out
}

// ForRegion is a shortcut for a calendar with weekly hours in the compact
// text form and the public holidays of a region from package
// calendar/holidays, e.g. ForRegion("DE-NW", "Europe/Berlin",
// "Mon-Fri 08:00-17:00").
func ForRegion(region, zone, week string) (*Calendar, error) {
	w, err := ParseWeek(week)
	if err != nil {
		return nil, err
	}
	return New(Spec{Zone: zone, Week: w, Holidays: []HolidayRef{{Region: region}}})
}

// holidaySrc is a holiday source of a calendar.
type holidaySrc struct {
	src        HolidaySource
	closedFrom int32      // -1: the whole day
	region     string     // the HolidayRef's region; "" for Spec.Sources
	dates      *yearDates // src's holiday dates by year, cached
	work       *yearDates // src's extra working days by year, cached; nil if it has none
}

// workingDater is a HolidaySource that also lists extra working days, like
// *holidays.Set (China's working weekends).
type workingDater interface {
	WorkingDates(year int) []date.Date
}

// newHolidaySrc returns the source src with caches for its dates: the
// shared ones given (whose fetch functions are set), or its own.
func newHolidaySrc(src HolidaySource, closedFrom int32, region string, dates, work *yearDates) holidaySrc {
	s := holidaySrc{src: src, closedFrom: closedFrom, region: region, dates: dates, work: work}
	if s.dates == nil {
		s.dates = &yearDates{fetch: src.HolidayDates}
	}
	if wd, ok := src.(workingDater); ok && s.work == nil {
		s.work = &yearDates{fetch: wd.WorkingDates}
	}
	return s
}

// yearDates caches a source's dates (holidays, or extra working days) per
// year of the supported range: sorted, unique, inside the year, and the
// cache's own copy.
type yearDates struct {
	fetch func(year int) []date.Date
	years lazyYears[[]date.Date]
}

// get returns the dates of year y.
func (t *yearDates) get(y int) []date.Date {
	if t == nil {
		return nil
	}
	k := y - MinYear
	if k < 0 || k >= numYears {
		return normalizeDates(t.fetch(y), y)
	}
	if p := t.years.load(k); p != nil {
		return *p
	}
	ds := normalizeDates(t.fetch(y), y)
	p, _, _ := t.years.store(k, &ds)
	return *p
}

// normalizeDates returns a sorted, unique copy of ds without the dates
// outside year y (the HolidaySource contract asks for that already; a
// source breaking it must not corrupt the tables).
func normalizeDates(ds []date.Date, y int) []date.Date {
	ds = slices.Clone(ds)
	if !slices.IsSorted(ds) {
		slices.Sort(ds)
	}
	ds = slices.Compact(ds)
	return slices.DeleteFunc(ds, func(d date.Date) bool { return d.Year() != y })
}

// regionTables holds the holiday sets of package calendar/holidays by
// region and categories, with their dates by year, shared by every
// calendar of the process: a region's rules are expanded once per year,
// however many calendars name it. The number of entries is bounded
// (there are only so many regions and category sets); beyond the bound a
// set is built for its calendar alone.
var (
	regionTables     sync.Map // regionKey → *regionTableEntry
	regionTableCount atomic.Int32
)

const maxRegionTables = 1024

// regionTableEntry is a shared holiday set with its dates by year.
type regionTableEntry struct {
	set         *holidays.Set
	dates, work yearDates
}

// regionTable returns the shared holiday set of region in the given
// (valid) categories.
func regionTable(region string, cats []holidays.Category) (*regionTableEntry, error) {
	var mask uint16
	for _, c := range cats {
		mask |= 1 << c
	}
	if mask == 0 {
		mask = 1 << holidays.Public
	}
	key := strings.ToUpper(region) + "/" + strconv.Itoa(int(mask))
	if v, ok := regionTables.Load(key); ok {
		return v.(*regionTableEntry), nil
	}
	set, err := holidays.ForRegion(region, cats...)
	if err != nil {
		return nil, err
	}
	t := &regionTableEntry{set: set}
	t.dates.fetch, t.work.fetch = set.HolidayDates, set.WorkingDates
	if regionTableCount.Load() < maxRegionTables {
		if v, loaded := regionTables.LoadOrStore(key, t); loaded {
			return v.(*regionTableEntry), nil
		}
		regionTableCount.Add(1)
	}
	return t, nil
}
