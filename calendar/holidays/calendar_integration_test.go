package holidays_test

import (
	"testing"
	"time"

	"github.com/itsmkit/itsm/calendar"
	"github.com/itsmkit/itsm/calendar/holidays"
	"github.com/stretchr/testify/require"
)

// TestCalendarForRegionNRW builds the one-line calendar of the issue and
// checks that it is closed all day on every NRW public holiday of 2026 and
// open on the working days around them.
func TestCalendarForRegionNRW(t *testing.T) {
	c, err := calendar.ForRegion("DE-NW", "Europe/Berlin", "Mon-Fri 08:00-17:00")
	require.NoError(t, err)
	s, err := holidays.ForRegion("DE-NW")
	require.NoError(t, err)
	loc, err := time.LoadLocation("Europe/Berlin")
	require.NoError(t, err)
	hs := s.Holidays(2026)
	require.Len(t, hs, 11)
	for _, h := range hs {
		for m := 0; m < 24*60; m += 15 {
			at := time.Date(h.Date.Year(), h.Date.Month(), h.Date.Day(), 0, m, 0, 0, loc)
			require.False(t, c.IsOpen(at), "%s %s open at %s", h.Date, h.Name, at.Format("15:04"))
		}
	}
	for _, open := range []time.Time{
		time.Date(2026, 1, 2, 8, 0, 0, 0, loc),   // Friday after New Year
		time.Date(2026, 4, 7, 16, 59, 0, 0, loc), // Tuesday after Easter Monday
		time.Date(2026, 6, 5, 9, 0, 0, 0, loc),   // Friday after Fronleichnam
		time.Date(2026, 11, 2, 12, 0, 0, 0, loc), // Monday after Allerheiligen
	} {
		require.True(t, c.IsOpen(open), "%s", open)
	}
	// Gründonnerstag 2 April 2026 16:00 + 2h of business time skips
	// Karfreitag and Ostermontag: Tuesday 7 April 09:00.
	got, err := c.Add(time.Date(2026, 4, 2, 16, 0, 0, 0, loc), 2*time.Hour)
	require.NoError(t, err)
	require.True(t, got.Equal(time.Date(2026, 4, 7, 9, 0, 0, 0, loc)), "%s", got)
}

// Heiligabend and Silvester as half days: the HalfDay category turned into
// closures from 12:00 by the calendar.
func TestCalendarHalfDays(t *testing.T) {
	w, err := calendar.ParseWeek("Mon-Fri 08:00-17:00")
	require.NoError(t, err)
	c, err := calendar.New(calendar.Spec{Zone: "Europe/Berlin", Week: w, Holidays: []calendar.HolidayRef{{Region: "DE-NW"}, {Region: "DE-NW", Categories: []holidays.Category{holidays.HalfDay}, ClosedFrom: calendar.ClockOf(12, 0)}}})
	require.NoError(t, err)
	loc, _ := time.LoadLocation("Europe/Berlin")
	require.True(t, c.IsOpen(time.Date(2026, 12, 24, 11, 59, 0, 0, loc)))
	require.False(t, c.IsOpen(time.Date(2026, 12, 24, 12, 0, 0, 0, loc)))
	require.False(t, c.IsOpen(time.Date(2026, 12, 25, 10, 0, 0, 0, loc)))
	require.True(t, c.IsOpen(time.Date(2026, 12, 31, 11, 0, 0, 0, loc)))
	require.False(t, c.IsOpen(time.Date(2026, 12, 31, 13, 0, 0, 0, loc)))
	require.Equal(t, 4*time.Hour, c.Between(time.Date(2026, 12, 24, 0, 0, 0, 0, loc), time.Date(2026, 12, 25, 0, 0, 0, 0, loc)))
}
