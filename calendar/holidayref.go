package calendar

import (
	"fmt"

	"github.com/itsmkit/itsm/calendar/holidays"
)

// resolveHolidayRef turns a HolidayRef into a holiday set from package
// calendar/holidays and its closure time (-1: the whole day).
func resolveHolidayRef(h HolidayRef) (HolidaySource, int32, error) {
	cats := make([]holidays.Category, 0, len(h.Categories))
	for _, s := range h.Categories {
		c, err := holidays.ParseCategory(s)
		if err != nil {
			return nil, 0, errorf("holidays "+h.Region, s, fmt.Errorf("%w: %w", ErrHoliday, err))
		}
		cats = append(cats, c)
	}
	set, err := holidays.ForRegion(h.Region, cats...)
	if err != nil {
		return nil, 0, errorf("holidays", h.Region, fmt.Errorf("%w: %w", ErrHoliday, err))
	}
	cf := int32(-1)
	if h.ClosedFrom != "" {
		if cf, err = parseClosedFrom("holidays "+h.Region+" closed_from", h.ClosedFrom); err != nil {
			return nil, 0, err
		}
	}
	return set, cf, nil
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
