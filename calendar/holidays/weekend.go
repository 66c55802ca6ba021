package holidays

import (
	"time"

	"github.com/rickb777/date/v2"
)

// weekend is a region's weekend over time: spans sorted by the date from
// which they are in force, the first one from the beginning.
type weekend []weekendSpan

// weekendSpan is a weekend in force from a date on.
type weekendSpan struct {
	since   date.Date    // first day in force (ignored for the first span)
	days    uint8        // bit 1<<time.Weekday for each weekend day
	restDay time.Weekday // the weekly rest day, which some substitute rules key on
}

func days(wds ...time.Weekday) uint8 {
	var m uint8
	for _, wd := range wds {
		m |= 1 << wd
	}
	return m
}

var (
	// satSun is the weekend of most regions.
	satSun = weekend{{days: days(time.Saturday, time.Sunday), restDay: time.Sunday}}
	// friSat is the weekend of Israel, Egypt, Saudi Arabia (since 29 June
	// 2013), the UAE (until 2021) and some Malaysian states.
	friSat = weekendSpan{days: days(time.Friday, time.Saturday), restDay: time.Friday}
	// satSunSpan is the Saturday–Sunday weekend as a span, for changes.
	satSunSpan = satSun[0]
)

// from returns the span in force from y-m-d on.
func (s weekendSpan) from(y int, m time.Month, d int) weekendSpan {
	s.since = civilDate(y, m, d)
	return s
}

func (w weekend) span(d date.Date) weekendSpan {
	for i := len(w) - 1; i > 0; i-- {
		if d >= w[i].since {
			return w[i]
		}
	}
	return w[0]
}

// has reports whether d is a weekend day.
func (w weekend) has(d date.Date) bool { return w.span(d).days&(1<<d.Weekday()) != 0 }

// rest returns the weekly rest day in force on d.
func (w weekend) rest(d date.Date) time.Weekday { return w.span(d).restDay }
