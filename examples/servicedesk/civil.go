package main

import (
	"time"

	"github.com/rickb777/date/v2"

	"github.com/itsmkit/itsm/calendar"
)

// Days and their starts are civil dates resolved in the report's zone under
// package calendar's DST policy (calendar.Civil), like the imported
// timestamps: a midnight inside a spring-forward gap (Cuba, 2026-03-08
// 00:00 → 01:00) is the first instant after the gap, an ambiguous one its
// first occurrence. time.Date and date.MidnightIn resolve such a midnight
// to 23:00 the evening before, so a day, week or period started a day
// early.

// midnight returns the start of the civil day year-month-day in loc; days
// and months out of range are normalised as by time.Date (day 32 of March
// is 1 April).
func midnight(year int, month time.Month, day int, loc *time.Location) time.Time {
	return calendar.Civil(year, month, day, 0, 0, 0, 0, loc)
}

// startOfDay returns the start of t's civil day in t's location.
func startOfDay(t time.Time) time.Time {
	y, m, d := t.Date()
	return midnight(y, m, d, t.Location())
}

// midnightOf returns the start of the date d in loc.
func midnightOf(d date.Date, loc *time.Location) time.Time {
	y, m, dd := d.Date()
	return midnight(y, m, dd, loc)
}

// mondayOf returns the civil date (year, month, day) of the Monday of t's
// week in t's location.
func mondayOf(t time.Time) (int, time.Month, int) {
	y, m, d := t.Date()
	back := (int(t.Weekday()) + 6) % 7 // Monday 0 … Sunday 6
	return y, m, d - back
}
