package holidays_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/itsmkit/itsm/calendar/holidays"
	"github.com/rickb777/date/v2"
)

func ExampleForRegion() {
	nw, err := holidays.ForRegion("DE-NW")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(nw.IsHoliday(date.New(2024, time.November, 1)))

	_, err = holidays.ForRegion("DE-XX")
	fmt.Println(err)
	// Output:
	// true
	// holidays: region: "DE-XX": unknown region (valid: DE, DE-BB, DE-BE, DE-BW, DE-BY, DE-BY-AUGSBURG, DE-HB, DE-HE, DE-HH, DE-MV, DE-NI, DE-NW, DE-RP, DE-SH, DE-SL, DE-SN, DE-ST, DE-TH)
}

func ExampleSet_Holidays() {
	be, _ := holidays.ForRegion("DE-BE")
	for _, h := range be.Holidays(2025) {
		fmt.Println(h.Date, h.Name)
	}
	// Output:
	// 2025-01-01 Neujahr
	// 2025-03-08 Internationaler Frauentag
	// 2025-04-18 Karfreitag
	// 2025-04-21 Ostermontag
	// 2025-05-01 Tag der Arbeit
	// 2025-05-08 Tag der Befreiung
	// 2025-05-29 Christi Himmelfahrt
	// 2025-06-09 Pfingstmontag
	// 2025-10-03 Tag der Deutschen Einheit
	// 2025-12-25 1. Weihnachtstag
	// 2025-12-26 2. Weihnachtstag
}

// Substitute days carry the ID of the holiday they replace and Observed.
func ExampleSet_Holidays_substitute() {
	eng, _ := holidays.ForRegion("GB-ENG")
	for _, h := range eng.Holidays(2021) {
		if h.Date.Month() == time.December {
			fmt.Println(h.Date, h.Date.Weekday(), h.NameEN, h.Observed)
		}
	}
	// Output:
	// 2021-12-25 Saturday Christmas Day false
	// 2021-12-26 Sunday Boxing Day false
	// 2021-12-27 Monday Christmas Day (substitute day) true
	// 2021-12-28 Tuesday Boxing Day (substitute day) true
}

// Categories other than Public must be asked for.
func ExampleSet_IsHoliday() {
	by, _ := holidays.ForRegion("DE-BY")
	withOptional, _ := holidays.ForRegion("DE-BY", holidays.Public, holidays.Optional, holidays.HalfDay)
	assumption := date.New(2025, time.August, 15)
	fmt.Println(by.IsHoliday(assumption), withOptional.IsHoliday(assumption))
	h, _ := withOptional.Lookup(date.New(2025, time.December, 24))
	fmt.Println(h.Name, h.Category)
	// Output:
	// false true
	// Heiligabend halfday
}

func ExampleRegions() {
	for _, r := range holidays.Regions() {
		if strings.HasPrefix(r.Code, "GB") {
			fmt.Println(r.Code, r.Name)
		}
	}
	// Output:
	// GB United Kingdom (days common to all four nations)
	// GB-ENG England
	// GB-NIR Northern Ireland
	// GB-SCT Scotland
	// GB-WLS Cymru
}

func ExampleWriteICal() {
	de, _ := holidays.ForRegion("DE")
	var hs []holidays.Holiday
	for _, h := range de.Holidays(2024) {
		if h.Date.Month() == time.October {
			hs = append(hs, h)
		}
	}
	stamp := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	var b strings.Builder
	if err := holidays.WriteICal(&b, hs, stamp); err != nil {
		fmt.Println(err)
	}
	// Lines end in CRLF as RFC 5545 requires; shown here with LF.
	fmt.Print(strings.ReplaceAll(b.String(), "\r\n", "\n"))
	// Output:
	// BEGIN:VCALENDAR
	// VERSION:2.0
	// PRODID:-//itsmkit//calendar/holidays//EN
	// CALSCALE:GREGORIAN
	// BEGIN:VEVENT
	// UID:de.tag-der-deutschen-einheit/20241003@itsmkit
	// DTSTAMP:20240101T000000Z
	// DTSTART;VALUE=DATE:20241003
	// DTEND;VALUE=DATE:20241004
	// SUMMARY:Tag der Deutschen Einheit
	// TRANSP:TRANSPARENT
	// X-ITSMKIT-ID:de.tag-der-deutschen-einheit
	// X-ITSMKIT-NAME-EN:German Unity Day
	// X-ITSMKIT-CATEGORY:public
	// END:VEVENT
	// END:VCALENDAR
}

// A holiday feed received as .ics becomes a set usable as a calendar's
// holiday source.
func ExampleReadICal() {
	feed := `BEGIN:VCALENDAR
VERSION:2.0
BEGIN:VEVENT
UID:company-day-2025@example.com
DTSTART;VALUE=DATE:20250613
SUMMARY:Company day
END:VEVENT
END:VCALENDAR
`
	hs, err := holidays.ReadICal(strings.NewReader(feed))
	if err != nil {
		fmt.Println(err)
		return
	}
	set, _ := holidays.NewSet(hs)
	fmt.Println(set.HolidayDates(2025))

	_, err = holidays.ReadICal(strings.NewReader("BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:x\nDTSTART:20250613T090000Z\nSUMMARY:Meeting\nEND:VEVENT\nEND:VCALENDAR\n"))
	fmt.Println(err)
	// Output:
	// [2025-06-13]
	// holidays: iCalendar line 4: DTSTART "20250613T090000Z" is not a DATE (want YYYYMMDD; timed events are not supported)
}

// A feed of yearly rules without end (as calendar servers publish holiday
// calendars) becomes a set that expands each rule for the year asked about.
func ExampleReadICalSet() {
	feed := "BEGIN:VCALENDAR\r\n" +
		"BEGIN:VEVENT\r\n" +
		"UID:thanksgiving@example.com\r\n" +
		"DTSTART;VALUE=DATE:20201126\r\n" +
		"RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=4TH\r\n" +
		"SUMMARY:Thanksgiving\r\n" +
		"END:VEVENT\r\n" +
		"BEGIN:VEVENT\r\n" +
		"UID:memorial@example.com\r\n" +
		"DTSTART;VALUE=DATE:20200525\r\n" +
		"RRULE:FREQ=YEARLY;BYMONTH=5;BYDAY=-1MO\r\n" +
		"SUMMARY:Memorial Day\r\n" +
		"END:VEVENT\r\n" +
		"END:VCALENDAR\r\n"
	set, err := holidays.ReadICalSet(strings.NewReader(feed))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(set.HolidayDates(2031))

	_, err = holidays.ReadICalSet(strings.NewReader(strings.Replace(feed, "FREQ=YEARLY", "FREQ=MONTHLY", 1)))
	fmt.Println(err)
	// Output:
	// [2031-05-26 2031-11-27]
	// holidays: iCalendar line 5: RRULE "FREQ=MONTHLY;BYMONTH=11;BYDAY=4TH": FREQ=MONTHLY is not supported; supported: FREQ=YEARLY with INTERVAL, COUNT or UNTIL, BYMONTH, BYMONTHDAY, BYDAY (e.g. MO, 1MO, -1MO) and WKST
}

// China's State Council moves weekend rest days next to its holidays: the
// weekdays taken off are Observed days of the holiday, the weekend days
// worked instead are WorkingDates, on which a business calendar opens.
func ExampleSet_WorkingDates() {
	cn, _ := holidays.ForRegion("CN")
	for _, h := range cn.Holidays(2024) {
		if h.Date.Month() == time.February {
			fmt.Println(h)
		}
	}
	fmt.Println(cn.WorkingDates(2024)[:2])
	// Output:
	// 2024-02-10 春节 (Spring Festival; public)
	// 2024-02-11 春节 (Spring Festival; public)
	// 2024-02-12 春节 (Spring Festival; public)
	// 2024-02-13 春节（调休） (Spring Festival (in lieu); public; observed)
	// 2024-02-14 春节（调休） (Spring Festival (in lieu); public; observed)
	// 2024-02-15 春节（调休） (Spring Festival (in lieu); public; observed)
	// 2024-02-16 春节（调休） (Spring Festival (in lieu); public; observed)
	// [2024-02-04 2024-02-18]
}

// Israel's weekend is Friday and Saturday.
func ExampleSet_IsWeekend() {
	il, _ := holidays.ForRegion("IL")
	for _, d := range []date.Date{date.New(2025, time.May, 2), date.New(2025, time.May, 4)} {
		fmt.Println(d, d.Weekday(), il.IsWeekend(d))
	}
	// Output:
	// 2025-05-02 Friday true
	// 2025-05-04 Sunday false
}

// A date a government has not announced yet is a forecast: Estimated, with
// the method in Source.
func ExampleHoliday_estimated() {
	sg, _ := holidays.ForRegion("SG")
	for _, y := range []int{2026, 2030} {
		for _, h := range sg.Holidays(y) {
			if h.ID == "sg.hari-raya-puasa" {
				fmt.Println(h.Date, h.Estimated, h.Source)
			}
		}
	}
	// Output:
	// 2026-03-21 false Ministry of Manpower, Singapore
	// 2030-02-05 true estimate: tabular Islamic calendar
}
