package calendar

import (
	"fmt"
	"math"

	"github.com/itsmkit/itsm"
	"github.com/itsmkit/itsm/calendar/holidays"
	"github.com/rickb777/date/v2"
)

// HolidaySource supplies holiday dates, e.g. a *holidays.Set from package
// calendar/holidays. HolidayDates returns the holidays of one year, sorted,
// unique, all inside that year. A source must be safe for concurrent use.
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

// resolveHolidayRef turns a HolidayRef into a holiday set from package
// calendar/holidays and its closure time (-1: the whole day).
func resolveHolidayRef(h HolidayRef) (HolidaySource, int32, error) {
	for _, c := range h.Categories {
		if !c.Valid() {
			return nil, 0, categoryError("holidays "+h.Region, c.String())
		}
	}
	set, err := holidays.ForRegion(h.Region, h.Categories...)
	if err != nil {
		return nil, 0, errorf("holidays", h.Region, fmt.Errorf("%w: %w", ErrHoliday, err))
	}
	if !closedFromOK(h.ClosedFrom, false) {
		return nil, 0, errorf("holidays "+h.Region+" closed_from", h.ClosedFrom.text(), ErrBadTime)
	}
	return set, int32(h.ClosedFrom), nil
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

// holidaySrc is a source with its closure time (-1: whole day).
type holidaySrc struct {
	src        HolidaySource
	closedFrom int32
}
