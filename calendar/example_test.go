package calendar_test

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/itsmkit/itsm/calendar"
	"github.com/rickb777/date/v2"
)

func berlin() *time.Location {
	loc, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		panic(err)
	}
	return loc
}

// office is Mon–Fri 08:00–17:00 in Dortmund with the NRW public holidays.
func office() *calendar.Calendar {
	c, err := calendar.ForRegion("DE-NW", "Europe/Berlin", "Mon-Fri 08:00-17:00")
	if err != nil {
		panic(err)
	}
	return c
}

const layout = "Mon 2006-01-02 15:04 MST"

func ExampleNew() {
	week, err := calendar.ParseWeek("Mon-Fri 08:00-12:00,13:00-17:00; Sat 09:00-13:00")
	if err != nil {
		panic(err)
	}
	c, err := calendar.New(calendar.Spec{
		Zone: "Europe/Berlin",
		Week: week,
		Overrides: []calendar.Override{
			{Date: date.New(2026, 12, 24), ClosedFrom: calendar.ClockOf(12, 0)}, // Heiligabend from noon
			{Date: date.New(2026, 12, 31), Closed: true},
		},
		HolidayDates: []date.Date{date.New(2026, 12, 25), date.New(2026, 12, 26)},
	})
	if err != nil {
		panic(err)
	}
	d := c.Between(time.Date(2026, 12, 21, 0, 0, 0, 0, berlin()), time.Date(2026, 12, 28, 0, 0, 0, 0, berlin()))
	fmt.Println("open in Christmas week:", d)

	_, err = calendar.New(calendar.Spec{Zone: "Europe/Berlin", Week: calendar.Week{time.Monday: {{Start: calendar.ClockOf(9, 0), End: calendar.ClockOf(9, 0)}}}})
	fmt.Println(err)
	// Output:
	// open in Christmas week: 28h0m0s
	// calendar: Monday: "09:00-09:00": span is empty
}

func ExampleForRegion() {
	c := office()
	// a P2 ticket opened on Thursday before Easter at 16:30, 8 business hours
	opened := time.Date(2026, 4, 2, 16, 30, 0, 0, berlin())
	due, _ := c.Add(opened, 8*time.Hour)
	fmt.Println(due.Format(layout)) // Good Friday and Easter Monday are closed
	// Output: Tue 2026-04-07 15:30 CEST
}

func ExampleAlwaysOpen() {
	c := calendar.AlwaysOpen()
	loc := berlin()
	// the day DST starts has 23 hours
	fmt.Println(c.Between(time.Date(2026, 3, 29, 0, 0, 0, 0, loc), time.Date(2026, 3, 30, 0, 0, 0, 0, loc)))
	// Output: 23h0m0s
}

func ExampleCalendar_IsOpen() {
	c := office()
	loc := berlin()
	fmt.Println(c.IsOpen(time.Date(2026, 11, 23, 8, 0, 0, 0, loc)))  // opening: open
	fmt.Println(c.IsOpen(time.Date(2026, 11, 23, 17, 0, 0, 0, loc))) // closing: closed (half-open)
	fmt.Println(c.IsOpen(time.Date(2026, 12, 25, 10, 0, 0, 0, loc))) // Christmas
	// Output:
	// true
	// false
	// false
}

func ExampleCalendar_NextOpen() {
	c := office()
	t, _ := c.NextOpen(time.Date(2026, 12, 24, 18, 0, 0, 0, berlin()))
	fmt.Println(t.Format(layout))
	// Output: Mon 2026-12-28 08:00 CET
}

func ExampleCalendar_NextClose() {
	c := office()
	t, _ := c.NextClose(time.Date(2026, 11, 23, 9, 0, 0, 0, berlin()))
	fmt.Println(t.Format(layout))
	// Output: Mon 2026-11-23 17:00 CET
}

func ExampleCalendar_Add() {
	c := office()
	loc := berlin()
	due, _ := c.Add(time.Date(2026, 11, 23, 8, 0, 0, 0, loc), 9*time.Hour)
	fmt.Println(due.Format(layout)) // the last minute of a day: its close
	warn, _ := c.Add(time.Date(2026, 11, 24, 9, 0, 0, 0, loc), -2*time.Hour)
	fmt.Println(warn.Format(layout)) // backward
	// Output:
	// Mon 2026-11-23 17:00 CET
	// Mon 2026-11-23 16:00 CET
}

func ExampleCalendar_Between() {
	// ServiceNow's example: opened Friday 21:00, now Monday 09:30
	c := office()
	loc := berlin()
	opened := time.Date(2026, 11, 20, 21, 0, 0, 0, loc)
	now := time.Date(2026, 11, 23, 9, 30, 0, 0, loc)
	fmt.Println("business:", c.Between(opened, now))
	fmt.Println("wall:", now.Sub(opened))
	// Output:
	// business: 1h30m0s
	// wall: 60h30m0s
}

func ExampleCalendar_Spans() {
	c := office()
	loc := berlin()
	for s := range c.Spans(time.Date(2026, 12, 23, 12, 0, 0, 0, loc), time.Date(2026, 12, 29, 0, 0, 0, 0, loc)) {
		fmt.Println(s.Start.Format(layout), "–", s.End.Format("15:04"), s.Duration())
	}
	// Output:
	// Wed 2026-12-23 12:00 CET – 17:00 5h0m0s
	// Thu 2026-12-24 08:00 CET – 17:00 9h0m0s
	// Mon 2026-12-28 08:00 CET – 17:00 9h0m0s
}

func ExampleCalendar_AddDays() {
	c := office()
	loc := berlin()
	t, _ := c.AddDays(time.Date(2026, 12, 23, 10, 0, 0, 0, loc), 2) // over Christmas
	fmt.Println(t.Format(layout))
	t, _ = c.AddDays(time.Date(2026, 3, 27, 10, 0, 0, 0, loc), 1) // over the DST change
	fmt.Println(t.Format(layout))
	// Output:
	// Mon 2026-12-28 10:00 CET
	// Mon 2026-03-30 10:00 CEST
}

// A negative count is the mirror image of a positive one: from a closed
// instant it steps back from the previous close, as the peer libraries do.
func ExampleCalendar_AddDays_backward() {
	c := office()
	loc := berlin()
	sat := time.Date(2026, 11, 21, 10, 0, 0, 0, loc)
	t, _ := c.AddDays(sat, -1) // from Friday's 17:00 close, one working day back
	fmt.Println(t.Format(layout))
	t, _ = c.AddDays(sat, 1) // from Monday's 08:00 opening, one working day on
	fmt.Println(t.Format(layout))
	// Output:
	// Thu 2026-11-19 17:00 CET
	// Tue 2026-11-24 08:00 CET
}

func ExampleCalendar_PrevClose() {
	c := office()
	loc := berlin()
	// the last open instant before Easter Monday: Thursday's close
	p, _ := c.PrevClose(time.Date(2026, 4, 6, 10, 0, 0, 0, loc))
	fmt.Println(p.Format(layout))
	// an open instant is its own previous close
	p, _ = c.PrevClose(time.Date(2026, 4, 7, 10, 0, 0, 0, loc))
	fmt.Println(p.Format(layout))
	// Output:
	// Thu 2026-04-02 17:00 CEST
	// Tue 2026-04-07 10:00 CEST
}

func ExampleCalendar_WorkingDays() {
	c := office()
	// working days in December 2026: [1 Dec, 1 Jan): 23 weekdays, one of
	// them Christmas Day
	fmt.Println(c.WorkingDays(date.New(2026, 12, 1), date.New(2027, 1, 1)))
	// half-open: a single working day, and the reverse order
	fmt.Println(c.WorkingDays(date.New(2026, 12, 1), date.New(2026, 12, 2)), c.WorkingDays(date.New(2026, 12, 8), date.New(2026, 12, 1)))
	// Output:
	// 22
	// 1 -5
}

func ExampleCalendar_Why() {
	spec, err := calendar.ParseSpec([]byte(`{"zone": "Europe/Berlin", "week": "Mon-Fri 08:00-17:00",
		"holidays": [{"region": "DE-NW"}],
		"overrides": [{"date": "2026-12-23", "closed_from": "15:00"}],
		"closures": [{"name": "Heiligabend", "on": ["12-24"], "from": "12:00"}]}`))
	if err != nil {
		panic(err)
	}
	c, err := calendar.New(spec)
	if err != nil {
		panic(err)
	}
	loc := berlin()
	for _, t := range []time.Time{
		time.Date(2026, 6, 4, 10, 0, 0, 0, loc),   // Thursday
		time.Date(2026, 6, 6, 10, 0, 0, 0, loc),   // Saturday
		time.Date(2026, 12, 23, 16, 0, 0, 0, loc), // Wednesday
		time.Date(2026, 12, 24, 13, 0, 0, 0, loc), // Thursday
		time.Date(2026, 12, 24, 11, 0, 0, 0, loc),
	} {
		fmt.Println(c.Why(t))
	}
	r := c.Why(time.Date(2026, 6, 4, 10, 0, 0, 0, loc))
	fmt.Println(r.Kind, r.Holiday.ID, r.Region)
	// Output:
	// closed: holiday Fronleichnam (Corpus Christi) from DE-NW on 2026-06-04
	// closed: outside hours on 2026-06-06
	// closed: override closed from 15:00 on 2026-12-23
	// closed: closure "Heiligabend" (12-24 from 12:00) on 2026-12-24
	// open on 2026-12-24
	// holiday de.fronleichnam DE-NW
}

// Recurring closures of the calendar's own: Rosenmontag from noon, the last
// Friday of each month from 14:00, 24 and 31 December from 12:00, and a
// weekly all-hands meeting.
func ExampleClosure() {
	spec, err := calendar.ParseSpec([]byte(`{"zone": "Europe/Berlin", "week": "Mon-Fri 08:00-17:00",
		"closures": [
			{"name": "Rosenmontag", "on": ["easter-48"], "from": "12:00"},
			{"name": "month end", "on": ["last fri"], "from": "14:00"},
			{"on": ["12-24", "12-31"], "from": "12:00"},
			{"name": "all-hands", "on": ["wed"], "hours": "10:00-12:00"}]}`))
	if err != nil {
		panic(err)
	}
	c, err := calendar.New(spec)
	if err != nil {
		panic(err)
	}
	loc := berlin()
	day := func(y int, m time.Month, d int) time.Duration {
		return c.Between(time.Date(y, m, d, 0, 0, 0, 0, loc), time.Date(y, m, d+1, 0, 0, 0, 0, loc))
	}
	fmt.Println("Rosenmontag 2027:", day(2027, 2, 8))
	fmt.Println("last Friday of January 2027:", day(2027, 1, 29))
	fmt.Println("Silvester 2027 (a Friday):", day(2027, 12, 31))
	fmt.Println("a Wednesday:", day(2027, 1, 13))
	b, _ := json.Marshal(spec.Closures[0])
	fmt.Println(string(b))
	// Output:
	// Rosenmontag 2027: 4h0m0s
	// last Friday of January 2027: 6h0m0s
	// Silvester 2027 (a Friday): 4h0m0s
	// a Wednesday: 7h0m0s
	// {"name":"Rosenmontag","on":["easter-48"],"from":"12:00"}
}

func ExampleParseDateRule() {
	for _, s := range []string{"easter-48", "Last FRI", "4th thu of nov", "wed before 11-23"} {
		r, err := calendar.ParseDateRule(s)
		if err != nil {
			panic(err)
		}
		fmt.Println(r, r.Matches(date.New(2026, 2, 16)), r.Matches(date.New(2026, 11, 18)))
	}
	_, err := calendar.ParseDateRule("easter-1000")
	fmt.Println(err)
	// Output:
	// easter-48 true false
	// last fri false false
	// 4th thu of nov false false
	// wed before 11-23 false true
	// calendar: closure rule: "easter-1000": bad closure (valid: MM-DD, easter, easter+N, easter-N, <weekday>, <1st|2nd|3rd|4th|5th|last> <weekday>, <1st|2nd|3rd|4th|5th|last> <weekday> of <month>, <weekday> before MM-DD, <weekday> after MM-DD)
}

func ExampleCalendar_EndOfDay() {
	c := office()
	loc := berlin()
	t, _ := c.EndOfDay(time.Date(2026, 11, 20, 10, 0, 0, 0, loc), 0)
	fmt.Println(t.Format(layout))
	t, _ = c.EndOfDay(time.Date(2026, 11, 20, 10, 0, 0, 0, loc), 1)
	fmt.Println(t.Format(layout))
	// Output:
	// Fri 2026-11-20 17:00 CET
	// Mon 2026-11-23 17:00 CET
}

func ExampleUnion() {
	// follow the sun: Berlin and New York office hours
	emea := office()
	amer, _ := calendar.New(calendar.Spec{Zone: "America/New_York", Week: mustWeek("Mon-Fri 08:00-17:00")})
	both, _ := calendar.Union(emea, amer)
	day := time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)
	for s := range both.Spans(day, day.Add(24*time.Hour)) {
		fmt.Println(s.Start.UTC().Format("15:04"), "-", s.End.UTC().Format("15:04"), "UTC")
	}
	// Output: 07:00 - 22:00 UTC
}

func ExampleIntersect() {
	// changes only inside service hours and the Tuesday maintenance window
	window, _ := calendar.New(calendar.Spec{Zone: "Europe/Berlin", Week: mustWeek("Tue 16:00-20:00")})
	ok, _ := calendar.Intersect(office(), window)
	loc := berlin()
	fmt.Println(ok.Between(time.Date(2026, 11, 23, 0, 0, 0, 0, loc), time.Date(2026, 11, 30, 0, 0, 0, 0, loc)))
	// Output: 1h0m0s
}

func ExampleMinus() {
	// a change freeze in the last two weeks of December
	freeze, _ := calendar.New(calendar.Spec{
		Zone:      "Europe/Berlin",
		Overrides: []calendar.Override{{Date: date.New(2026, 12, 18), Hours: calendar.DayHours{{Start: 0, End: calendar.Midnight24}}}},
	})
	c, _ := calendar.Minus(office(), freeze)
	loc := berlin()
	fmt.Println(c.IsOpen(time.Date(2026, 12, 18, 10, 0, 0, 0, loc)), c.IsOpen(time.Date(2026, 12, 17, 10, 0, 0, 0, loc)))
	// Output: false true
}

func ExampleParseSpec() {
	s, err := calendar.ParseSpec([]byte(`{"zone": "Europe/Berlin", "week": "Mon-Fri 08:00-17:00",
		"holidays": [{"region": "DE-NW"}, {"region": "DE", "categories": ["halfday"], "closed_from": "12:00"}]}`))
	if err != nil {
		panic(err)
	}
	c, _ := calendar.New(s)
	b, _ := json.Marshal(c)
	fmt.Println(string(b))
	_, err = calendar.ParseSpec([]byte(`{"zone": "Europe/Berlin", "weak": "Mon-Fri 08:00-17:00"}`))
	fmt.Println(err != nil)
	// Output:
	// {"zone":"Europe/Berlin","week":"Mon-Fri 08:00-17:00","holidays":[{"region":"DE-NW"},{"region":"DE","categories":["halfday"],"closed_from":"12:00"}]}
	// true
}

func mustWeek(s string) calendar.Week {
	w, err := calendar.ParseWeek(s)
	if err != nil {
		panic(err)
	}
	return w
}

func ExampleParseWeek() {
	w, err := calendar.ParseWeek("mon-fri 08:00-12:00,13:00-17:00; saturday 09:00-13:00")
	if err != nil {
		panic(err)
	}
	fmt.Println(w)
	fmt.Println(w[time.Wednesday])
	_, err = calendar.ParseWeek("Mon-Fri 08:00-25:00")
	fmt.Println(err)
	// Output:
	// Mon-Fri 08:00-12:00,13:00-17:00; Sat 09:00-13:00
	// 08:00-12:00,13:00-17:00
	// calendar: week: "Mon-Fri 08:00-25:00": bad time of day: "08:00-25:00"
}

func ExampleCalendar_IsWorkingDay() {
	c := office()
	for _, d := range []date.Date{date.New(2026, 6, 3), date.New(2026, 6, 4), date.New(2026, 6, 6)} {
		fmt.Println(d.Weekday(), d, c.IsWorkingDay(d))
	}
	// Output:
	// Wednesday 2026-06-03 true
	// Thursday 2026-06-04 false
	// Saturday 2026-06-06 false
}

// The DST policy: open time is real elapsed time, so a night shift across
// the spring-forward night is 7 hours and across the fall-back night 9.
func ExampleCalendar_Between_dst() {
	night, _ := calendar.New(calendar.Spec{Zone: "Europe/Berlin", Week: mustWeek("Mon-Sun 22:00-06:00")})
	loc := berlin()
	for _, day := range []int{28, 29} {
		eve := time.Date(2026, 3, day, 12, 0, 0, 0, loc)
		fmt.Println(eve.Format("Jan 2"), night.Between(eve, eve.Add(24*time.Hour)))
	}
	eve := time.Date(2026, 10, 24, 12, 0, 0, 0, loc)
	fmt.Println(eve.Format("Jan 2"), night.Between(eve, eve.Add(25*time.Hour)))
	// Output:
	// Mar 28 7h0m0s
	// Mar 29 8h0m0s
	// Oct 24 9h0m0s
}

// Civil converts an imported local timestamp to an instant the way the
// calendar places its own times: 02:30 on the spring-forward night does not
// exist in Berlin and maps to the first instant after the gap, 03:00 CEST
// (time.Date says 03:30); 02:30 on the fall-back night happens twice and
// maps to the first, 02:30 CEST.
func ExampleCivil() {
	loc := berlin()
	fmt.Println(calendar.Civil(2026, time.March, 29, 2, 30, 0, 0, loc).Format(layout))
	fmt.Println(time.Date(2026, time.March, 29, 2, 30, 0, 0, loc).Format(layout))
	fmt.Println(calendar.Civil(2026, time.October, 25, 2, 30, 0, 0, loc).Format(layout))
	// Output:
	// Sun 2026-03-29 03:00 CEST
	// Sun 2026-03-29 03:30 CEST
	// Sun 2026-10-25 02:30 CEST
}
