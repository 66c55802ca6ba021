package change_test

import (
	"fmt"
	"time"

	"github.com/itsmkit/itsm"
	"github.com/itsmkit/itsm/calendar"
	"github.com/itsmkit/itsm/change"
)

func mustWeek(zone, week string) *calendar.Calendar {
	w, err := calendar.ParseWeek(week)
	if err != nil {
		panic(err)
	}
	c, err := calendar.New(calendar.Spec{Zone: zone, Week: w})
	if err != nil {
		panic(err)
	}
	return c
}

// A moderate-risk normal change planned across the end of the
// Saturday-night maintenance window and into a year-end blackout (with
// enough notice: 5 working days).
func ExampleCheckSchedule() {
	berlin, _ := time.LoadLocation("Europe/Berlin")
	rules := change.ScheduleRules{
		Maintenance:  mustWeek("Europe/Berlin", "Sat 22:00-06:00"),
		ServiceHours: mustWeek("Europe/Berlin", "Mon-Sat 07:00-19:00"),
		WorkingDays:  mustWeek("Europe/Berlin", "Mon-Fri 08:00-17:00"),
		Blackouts:    []change.Blackout{{Name: "year-end", Interval: itsm.Interval{Start: time.Date(2026, 12, 20, 0, 0, 0, 0, berlin), End: time.Date(2027, 1, 4, 0, 0, 0, 0, berlin)}}},
	}
	w := itsm.Interval{Start: time.Date(2026, 12, 19, 23, 0, 0, 0, berlin), End: time.Date(2026, 12, 20, 8, 0, 0, 0, berlin)}
	d, err := change.DefaultRouting().Route(change.Normal, change.Moderate) // 5 working days' notice
	if err != nil {
		panic(err)
	}
	vs, err := change.CheckSchedule(w, d.LeadDays, rules, time.Date(2026, 11, 2, 9, 0, 0, 0, berlin))
	if err != nil {
		panic(err)
	}
	for _, v := range vs {
		fmt.Println(v)
	}
	// Output:
	// maintenance_window: 2h0m0s of the window lies outside the maintenance window, first [2026-12-20T06:00:00+01:00, 2026-12-20T08:00:00+01:00)
	// blackout: the window overlaps blackout "year-end" [2026-12-20T00:00:00+01:00, 2027-01-04T00:00:00+01:00) during [2026-12-20T00:00:00+01:00, 2026-12-20T08:00:00+01:00)
}

// The earliest 3-hour slot in the maintenance windows that avoids changes
// already booked.
func ExampleNextSlot() {
	berlin, _ := time.LoadLocation("Europe/Berlin")
	windows := mustWeek("Europe/Berlin", "Wed 20:00-23:00; Sat 22:00-06:00")
	booked := []itsm.Interval{{Start: time.Date(2026, 11, 25, 21, 0, 0, 0, berlin), End: time.Date(2026, 11, 25, 22, 0, 0, 0, berlin)},
		{Start: time.Date(2026, 11, 28, 22, 0, 0, 0, berlin), End: time.Date(2026, 11, 29, 0, 30, 0, 0, berlin)},
	}
	from := time.Date(2026, 11, 23, 9, 0, 0, 0, berlin)
	slot, err := change.NextSlot(windows, from, 3*time.Hour, booked, from.AddDate(0, 1, 0))
	if err != nil {
		panic(err)
	}
	fmt.Println(slot)
	_, err = change.NextSlot(windows, from, 12*time.Hour, booked, from.AddDate(0, 1, 0))
	fmt.Println(err)
	// Output:
	// [2026-11-29T00:30:00+01:00, 2026-11-29T03:30:00+01:00)
	// change: next slot: "12h0m0s": no free slot: fits nowhere in the window calendar between 2026-11-23T09:00:00+01:00 and 2026-12-23T09:00:00+01:00
}

// The earliest slot a normal low-risk change may take: two working days'
// notice on the office calendar, inside the Saturday-night window, clear of
// a booked change.
func ExampleNextAllowedSlot() {
	berlin, _ := time.LoadLocation("Europe/Berlin")
	rules := change.ScheduleRules{
		Maintenance: mustWeek("Europe/Berlin", "Sat 22:00-06:00"),
		WorkingDays: mustWeek("Europe/Berlin", "Mon-Fri 08:00-17:00"),
	}
	booked := []itsm.Interval{{Start: time.Date(2026, 11, 28, 22, 0, 0, 0, berlin), End: time.Date(2026, 11, 29, 2, 0, 0, 0, berlin)}}
	now := time.Date(2026, 11, 25, 10, 0, 0, 0, berlin)                // Wednesday: earliest start Friday 10:00
	d, err := change.DefaultRouting().Route(change.Normal, change.Low) // 2 working days' notice
	if err != nil {
		panic(err)
	}
	slot, err := change.NextAllowedSlot(rules, d.LeadDays, now, 3*time.Hour, booked, now.AddDate(0, 1, 0))
	if err != nil {
		panic(err)
	}
	fmt.Println(slot)
	vs, err := change.CheckSchedule(slot, d.LeadDays, rules, now)
	fmt.Println(len(vs), err)
	// Output:
	// [2026-11-29T02:00:00+01:00, 2026-11-29T05:00:00+01:00)
	// 0 <nil>
}
