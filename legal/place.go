package legal

import (
	"fmt"
	"time"

	"github.com/itsmkit/itsm/calendar/holidays"
	"github.com/rickb777/date/v2"
)

// Holidays reports the public holidays of a place. A [*holidays.Set] from
// package calendar/holidays satisfies it.
type Holidays interface {
	IsHoliday(d date.Date) bool
}

// Place is where a period runs: the time zone whose civil days are counted
// and the public holidays that, with Saturdays and Sundays, are not working
// days there — the Member State "in which action is to be taken"
// (Regulation 1182/71 Art. 2(1)), the place of performance of BGB § 193, the
// Member State of the reporting entity (Delegated Regulation (EU) 2025/301
// Art. 5(4)).
//
// The zero Place counts days in UTC and knows no holidays, so only
// Saturdays and Sundays are not working days.
type Place struct {
	Zone     *time.Location // nil means UTC
	Holidays Holidays       // nil means none
}

// PlaceFor returns the place of a holiday region of package
// calendar/holidays ("DE-NW": Germany, Nordrhein-Westfalen, with the
// nationwide holidays) and an IANA time zone ("Europe/Berlin"), with the
// region's public holidays. Errors wrap [ErrPlace] and quote the input.
func PlaceFor(region, zone string) (Place, error) {
	set, err := holidays.ForRegion(region)
	if err != nil {
		e := errorf("place region", region, fmt.Errorf("%w: %w", ErrPlace, err))
		for _, r := range holidays.Regions() {
			e.Valid = append(e.Valid, r.Code)
		}
		return Place{}, e
	}
	if zone == "" || zone == "Local" {
		return Place{}, errorf("place", zone, fmt.Errorf("%w: want an IANA time zone such as \"Europe/Berlin\"", ErrPlace))
	}
	loc, err := time.LoadLocation(zone)
	if err != nil {
		return Place{}, errorf("place", zone, fmt.Errorf("%w: unknown time zone", ErrPlace))
	}
	return Place{Zone: loc, Holidays: set}, nil
}

func (p Place) zone() *time.Location {
	if p.Zone == nil {
		return time.UTC
	}
	return p.Zone
}

// holiday reports whether d is a public holiday of the place. A nil
// *holidays.Set in the interface answers false, as the zero Set does.
func (p Place) holiday(d date.Date) bool {
	return p.Holidays != nil && p.Holidays.IsHoliday(d)
}

// working reports whether d is a working day: neither Saturday, Sunday nor
// a public holiday (Regulation 1182/71 Art. 2(2)).
func (p Place) working(d date.Date) bool {
	wd := d.Weekday()
	return wd != time.Saturday && wd != time.Sunday && !p.holiday(d)
}

// why says why d is not a working day ("a Sunday", "a public holiday").
func (p Place) why(d date.Date) string {
	switch {
	case p.holiday(d) && (d.Weekday() == time.Saturday || d.Weekday() == time.Sunday):
		return "a " + d.Weekday().String() + " and a public holiday"
	case p.holiday(d):
		return "a public holiday"
	}
	return "a " + d.Weekday().String()
}

// maxSearch bounds the search for a working day: a holiday source that
// declares every day a holiday must not make a computation loop.
const maxSearch = 366

// nextWorking returns the first working day after d.
func (p Place) nextWorking(d date.Date) (date.Date, error) {
	for i := 1; i <= maxSearch; i++ {
		if n := d + date.Date(i); p.working(n) {
			return n, nil
		}
	}
	return 0, errorf("next working day", d.String(), ErrNoWorkingDay)
}
