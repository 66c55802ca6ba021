package holidays

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"
)

func readFixture(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name)
	require.NoError(t, err)
	return string(b)
}

// testdata/feed-recurring.ics is a feed as calendar servers publish it
// (RFC 5545 §3.1, §3.6.1, §3.8.5.3): a UTF-8 byte order mark, CRLF line
// ends, a folded line, a VTIMEZONE, VALUE=DATE and TZID midnight starts, a
// VALARM, yearly rules without end, with COUNT, with UNTIL as a DATE and as
// a UTC DATE-TIME, INTERVAL, ordinal BYDAY (4TH, -1MO), and a cancelled
// event.
func TestReadICalSetRecurringFeed(t *testing.T) {
	feed := readFixture(t, "feed-recurring.ics")
	require.True(t, strings.HasPrefix(feed, "\ufeffBEGIN:VCALENDAR\r\n"))

	s, err := ReadICalSet(strings.NewReader(feed), allCategories...)
	require.NoError(t, err)
	want := map[int][]string{
		2019: {},
		2020: {"2020-01-01 neujahr@example.com", "2020-05-25 memorial@example.com", "2020-10-03 einheit@example.com",
			"2020-11-26 thanksgiving@example.com", "2020-12-25 weihnachten@example.com", "2020-12-26 weihnachten@example.com"},
		2021: {"2021-01-01 neujahr@example.com", "2021-10-03 einheit@example.com", "2021-11-25 thanksgiving@example.com",
			"2021-12-25 weihnachten@example.com", "2021-12-26 weihnachten@example.com"},
		2022: {"2022-01-01 neujahr@example.com", "2022-05-30 memorial@example.com", "2022-10-03 einheit@example.com",
			"2022-11-24 thanksgiving@example.com", "2022-12-25 weihnachten@example.com", "2022-12-26 weihnachten@example.com"},
		2023: {"2023-01-01 neujahr@example.com", "2023-10-03 einheit@example.com", "2023-11-23 thanksgiving@example.com",
			"2023-12-25 weihnachten@example.com", "2023-12-26 weihnachten@example.com"},
		// COUNT=5: 2020 to 2024; UNTIL=20231231 ended Thanksgiving.
		2024: {"2024-01-01 neujahr@example.com", "2024-05-27 memorial@example.com", "2024-10-03 einheit@example.com",
			"2024-12-25 weihnachten@example.com", "2024-12-26 weihnachten@example.com"},
		// The cancelled Betriebsausflug (6 June) is no holiday.
		2025: {"2025-01-01 neujahr@example.com", "2025-05-02 brueckentag@example.com", "2025-10-03 einheit@example.com"},
		// UNTIL=20260601T000000Z still includes 25 May 2026.
		2026: {"2026-01-01 neujahr@example.com", "2026-05-25 memorial@example.com", "2026-10-03 einheit@example.com"},
		2028: {"2028-01-01 neujahr@example.com", "2028-10-03 einheit@example.com"},
		9999: {"9999-01-01 neujahr@example.com", "9999-10-03 einheit@example.com"},
	}
	for y, w := range want {
		assert.Equal(t, w, listing(s.Holidays(y)), "%d", y)
	}
	h, ok := s.Lookup(day("2021-12-26"))
	require.True(t, ok)
	assert.Equal(t, "Weihnachten", h.Name)
	h, ok = s.Lookup(day("2025-05-02"))
	require.True(t, ok)
	assert.Equal(t, "Brückentag", h.Name)

	// Only Public by default: the Thanksgiving rule is Optional.
	pub, err := ReadICalSet(strings.NewReader(feed))
	require.NoError(t, err)
	assert.False(t, pub.IsHoliday(day("2021-11-25")))
	assert.True(t, pub.IsHoliday(day("2021-10-03")))

	// ReadICal returns a finite list and says what to use instead.
	_, err = ReadICal(strings.NewReader(feed))
	assert.Equal(t, 30, icalLine(t, err))
	assert.Contains(t, err.Error(), `RRULE "FREQ=YEARLY" repeats without end`)
	assert.Contains(t, err.Error(), "ReadICalSet")
}

// testdata/feed-bounded.ics: rules that end (COUNT, UNTIL), EXDATE, RDATE
// on two lines, an overridden instance (RECURRENCE-ID, RFC 5545 §3.8.4.4)
// and a cancelled one. ReadICal and ReadICalSet agree on it.
func TestReadICalBoundedFeed(t *testing.T) {
	feed := readFixture(t, "feed-bounded.ics")
	hs, err := ReadICal(strings.NewReader(feed))
	require.NoError(t, err)
	assert.Equal(t, []string{
		"2024-02-05 first-monday@example.com",
		"2024-06-28 inventory@example.com",
		"2024-08-05 first-monday@example.com",
		"2024-12-24 christmas@example.com",
		"2024-12-25 christmas@example.com",
		"2024-12-26 christmas@example.com",
		// 2025-02-03 cancelled by its override; 2025-12-24 by EXDATE.
		"2025-06-27 inventory@example.com",
		"2025-08-04 first-monday@example.com",
		"2026-06-26 inventory@example.com",
		// The 2026 instance replaced by its override, 23 to 27 December.
		"2026-12-23 christmas@example.com",
		"2026-12-24 christmas@example.com",
		"2026-12-25 christmas@example.com",
		"2026-12-26 christmas@example.com",
		"2026-12-27 christmas@example.com",
		"2027-06-25 inventory@example.com",
	}, listing(hs))
	assert.Equal(t, "Christmas closure (long)", hs[9].Name)
	assert.Equal(t, "Christmas closure", hs[3].Name)

	s, err := ReadICalSet(strings.NewReader(feed))
	require.NoError(t, err)
	var all []Holiday
	for y := 2020; y <= 2030; y++ {
		all = append(all, s.Holidays(y)...)
	}
	assert.Equal(t, hs, all)

	// What was read writes and reads back.
	var b strings.Builder
	require.NoError(t, WriteICal(&b, hs, stamp))
	back, err := ReadICal(strings.NewReader(b.String()))
	require.NoError(t, err)
	assert.Equal(t, hs, back)
}

func TestReadICalRRuleErrors(t *testing.T) {
	ev := func(lines ...string) string {
		return "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:a\nDTSTART;VALUE=DATE:20240101\nSUMMARY:x\n" + strings.Join(lines, "\n") + "\nEND:VEVENT\nEND:VCALENDAR\n"
	}
	const supported = "supported: FREQ=YEARLY with INTERVAL, COUNT or UNTIL, BYMONTH, BYMONTHDAY, BYDAY (e.g. MO, 1MO, -1MO) and WKST"
	cases := []struct {
		in   string
		line int
		msg  string
	}{
		{ev("RRULE:FREQ=MONTHLY;COUNT=3"), 6, `RRULE "FREQ=MONTHLY;COUNT=3": FREQ=MONTHLY is not supported; ` + supported},
		{ev("RRULE:FREQ=WEEKLY"), 6, "FREQ=WEEKLY is not supported"},
		{ev("RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=TH;BYSETPOS=4"), 6, "part BYSETPOS is not supported; " + supported},
		{ev("RRULE:FREQ=YEARLY;BYWEEKNO=20"), 6, "part BYWEEKNO is not supported"},
		{ev("RRULE:FREQ=YEARLY;BYYEARDAY=100"), 6, "part BYYEARDAY is not supported"},
		{ev("RRULE:FREQ=YEARLY;BYEASTER=0"), 6, "part BYEASTER is not supported"},
		{ev("RRULE:COUNT=2"), 6, "no FREQ"},
		{ev("RRULE:FREQ=YEARLY;COUNT=2;UNTIL=20300101"), 6, "COUNT and UNTIL together"},
		{ev("RRULE:FREQ=YEARLY;COUNT=2;COUNT=3"), 6, "part COUNT appears twice"},
		{ev("RRULE:FREQ=YEARLY;COUNT=0"), 6, `COUNT=0: "0" is not a number from 1 to 999999999`},
		{ev("RRULE:FREQ=YEARLY;INTERVAL=0"), 6, "INTERVAL=0"},
		{ev("RRULE:FREQ=YEARLY;BYMONTH=13"), 6, "BYMONTH=13"},
		{ev("RRULE:FREQ=YEARLY;BYMONTHDAY=0"), 6, "BYMONTHDAY=0"},
		{ev("RRULE:FREQ=YEARLY;BYMONTHDAY=--1"), 6, "BYMONTHDAY=--1"},
		{ev("RRULE:FREQ=YEARLY;BYDAY=0MO"), 6, `"0MO": ordinal`},
		{ev("RRULE:FREQ=YEARLY;BYDAY=54MO"), 6, "54MO"},
		{ev("RRULE:FREQ=YEARLY;BYDAY=MX"), 6, `"MX" is not a weekday`},
		{ev("RRULE:FREQ=YEARLY;UNTIL=2030"), 6, `"2030" is not a DATE or DATE-TIME`},
		{ev("RRULE:FREQ=YEARLY;WKST=XX"), 6, "WKST=XX"},
		{ev("RRULE:FREQ=YEARLY;FOO"), 6, `part "FOO" is not NAME=VALUE`},
		{ev("RRULE:FREQ=YEARLY;COUNT=2", "RRULE:FREQ=YEARLY;COUNT=3"), 7, "duplicate RRULE"},
		{ev("EXRULE:FREQ=YEARLY"), 6, "EXRULE is not supported"},
		{ev("RDATE;VALUE=PERIOD:20240101T000000Z/P1D"), 6, "RDATE has VALUE=PERIOD"},
		{ev("RDATE:20240101T120000"), 6, `RDATE "20240101T120000" is a time of day; only all-day events`},
		{ev("EXDATE:20240101,2024"), 6, `EXDATE "2024" is not a DATE`},
		{ev("RECURRENCE-ID;RANGE=THISANDFUTURE;VALUE=DATE:20240101"), 6, "RANGE=THISANDFUTURE is not supported"},
		{ev("RECURRENCE-ID;VALUE=DATE:20240101", "RRULE:FREQ=YEARLY;COUNT=2"), 7, "RRULE in an event with RECURRENCE-ID"},
		{ev("RDATE;VALUE=DATE:99991231", "DURATION:P2D"), 6, "RDATE: an instance ends after year 9999"},
		{"BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:a\nDTSTART;TZID=Europe/Berlin:20240101T000000\nSUMMARY:x\nEND:VEVENT\nEND:VCALENDAR\n", 4, "a date-time without DTEND or DURATION"},
		{"BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:a\nDTSTART;TZID=Europe/Berlin:20240101T090000\nDTEND;TZID=Europe/Berlin:20240101T170000\nSUMMARY:x\nEND:VEVENT\nEND:VCALENDAR\n", 4, "is a time of day; only all-day events"},
		{"BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:a\nDTSTART:20240101T000000Z\nDTEND:20240102T000000Z\nSUMMARY:x\nEND:VEVENT\nEND:VCALENDAR\n", 4, "is not a DATE"},
	}
	for _, c := range cases {
		for _, read := range []func(string) error{
			func(in string) error { _, err := ReadICal(strings.NewReader(in)); return err },
			func(in string) error { _, err := ReadICalSet(strings.NewReader(in)); return err },
		} {
			err := read(c.in)
			require.Error(t, err, c.in)
			assert.Equal(t, c.line, icalLine(t, err), "%q: %v", c.in, err)
			assert.Contains(t, err.Error(), c.msg, c.in)
		}
	}
}

// The bound on what recurring events may yield in one year: a year of
// ReadICalSet costs at most MaxICalYearHolidays holidays, however many
// rules there are.
func TestReadICalSetYearBound(t *testing.T) {
	var b strings.Builder
	b.WriteString("BEGIN:VCALENDAR\r\n")
	for i := range 100 { // every day of the year, 100 times
		fmt.Fprintf(&b, "BEGIN:VEVENT\r\nUID:e%d\r\nDTSTART;VALUE=DATE:20240101\r\nRRULE:FREQ=YEARLY;BYDAY=MO,TU,WE,TH,FR,SA,SU\r\nSUMMARY:x\r\nEND:VEVENT\r\n", i)
	}
	b.WriteString("END:VCALENDAR\r\n")
	_, err := ReadICalSet(strings.NewReader(b.String()))
	assert.Contains(t, err.Error(), fmt.Sprintf("more than %d holidays in one year", MaxICalYearHolidays))
	assert.Equal(t, 1+6*(MaxICalYearHolidays/366)+4, icalLine(t, err), "the RRULE of the first event over the bound")
}

// A day of a set read from a feed is still a bit test.
func TestReadICalSetIsHolidayZeroAllocs(t *testing.T) {
	s, err := ReadICalSet(strings.NewReader(readFixture(t, "feed-recurring.ics")))
	require.NoError(t, err)
	d := day("2031-10-03")
	require.True(t, s.IsHoliday(d))
	assert.Zero(t, testing.AllocsPerRun(100, func() { s.IsHoliday(d) }))
}

// ruleSpec is a random yearly rule for the model below.
type ruleSpec struct {
	start          date.Date
	days, interval int
	count          int
	until          date.Date
	months         []int
	monthDays      []int
	byDays         []byDay
	rdates         []date.Date
	exdates        []date.Date
}

func (r ruleSpec) ics() string {
	var parts []string
	parts = append(parts, "FREQ=YEARLY")
	if r.interval != 1 {
		parts = append(parts, fmt.Sprintf("INTERVAL=%d", r.interval))
	}
	if r.count != 0 {
		parts = append(parts, fmt.Sprintf("COUNT=%d", r.count))
	}
	if r.until != 0 {
		parts = append(parts, "UNTIL="+icalDate(r.until))
	}
	join := func(name string, n int, f func(i int) string) {
		if n > 0 {
			var vs []string
			for i := range n {
				vs = append(vs, f(i))
			}
			parts = append(parts, name+"="+strings.Join(vs, ","))
		}
	}
	join("BYMONTH", len(r.months), func(i int) string { return fmt.Sprint(r.months[i]) })
	join("BYMONTHDAY", len(r.monthDays), func(i int) string { return fmt.Sprint(r.monthDays[i]) })
	codes := []string{"SU", "MO", "TU", "WE", "TH", "FR", "SA"}
	join("BYDAY", len(r.byDays), func(i int) string {
		if r.byDays[i].n == 0 {
			return codes[r.byDays[i].wd]
		}
		return fmt.Sprint(r.byDays[i].n) + codes[r.byDays[i].wd]
	})
	var b strings.Builder
	b.WriteString("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:r\r\nSUMMARY:r\r\n")
	fmt.Fprintf(&b, "DTSTART;VALUE=DATE:%s\r\nDURATION:P%dD\r\nRRULE:%s\r\n", icalDate(r.start), r.days, strings.Join(parts, ";"))
	for _, d := range r.rdates {
		fmt.Fprintf(&b, "RDATE;VALUE=DATE:%s\r\n", icalDate(d))
	}
	for _, d := range r.exdates {
		fmt.Fprintf(&b, "EXDATE;VALUE=DATE:%s\r\n", icalDate(d))
	}
	b.WriteString("END:VEVENT\r\nEND:VCALENDAR\r\n")
	return b.String()
}

// modelMatches is RFC 5545 §3.3.10 for FREQ=YEARLY, stated per day and
// counted by stepping through the calendar: no table, no arithmetic on
// weekdays.
func (r ruleSpec) modelMatches(d date.Date) bool {
	if (d.Year()-r.start.Year())%r.interval != 0 {
		return false
	}
	months, monthDays := r.months, r.monthDays
	if len(monthDays) == 0 && len(r.byDays) == 0 {
		monthDays = []int{r.start.Day()}
		if len(months) == 0 {
			months = []int{int(r.start.Month())}
		}
	}
	if len(months) > 0 && !slices.Contains(months, int(d.Month())) {
		return false
	}
	if len(monthDays) > 0 {
		mlen := 0
		for e := date.New(d.Year(), d.Month(), 1); e.Month() == d.Month(); e++ {
			mlen++
		}
		if !slices.Contains(monthDays, d.Day()) && !slices.Contains(monthDays, d.Day()-mlen-1) {
			return false
		}
	}
	if len(r.byDays) > 0 {
		inScope := func(e date.Date) bool {
			if len(r.months) > 0 {
				return e.Year() == d.Year() && e.Month() == d.Month()
			}
			return e.Year() == d.Year()
		}
		nth, fromEnd := 0, 0
		for e := d; inScope(e); e -= 7 {
			nth++
		}
		for e := d; inScope(e); e += 7 {
			fromEnd++
		}
		ok := false
		for _, bd := range r.byDays {
			if bd.wd == d.Weekday() && (bd.n == 0 || bd.n == nth || bd.n == -fromEnd) {
				ok = true
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// modelDates is the recurrence set (RFC 5545 §3.8.5.3) by brute force: DTSTART,
// then every matching day after it up to COUNT or UNTIL or the horizon,
// plus RDATE, less EXDATE, each start spread over the event's days.
func (r ruleSpec) modelDates(horizon date.Date) map[date.Date]bool {
	starts := []date.Date{r.start}
	for d := r.start + 1; d <= horizon; d++ {
		if r.count != 0 && len(starts) == r.count {
			break
		}
		if r.until != 0 && d > r.until {
			break
		}
		if r.modelMatches(d) {
			starts = append(starts, d)
		}
	}
	starts = append(starts, r.rdates...)
	out := map[date.Date]bool{}
	for _, s := range starts {
		if slices.Contains(r.exdates, s) {
			continue
		}
		for k := range r.days {
			out[s+date.Date(k)] = true
		}
	}
	return out
}

func TestRRuleAgainstModel(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		start := date.New(rapid.IntRange(1999, 2030).Draw(t, "y"), 1, 1) + date.Date(rapid.IntRange(0, 365).Draw(t, "yd"))
		r := ruleSpec{start: start, days: rapid.IntRange(1, 3).Draw(t, "days"), interval: rapid.SampledFrom([]int{1, 1, 2, 3, 5}).Draw(t, "interval")}
		switch rapid.IntRange(0, 2).Draw(t, "end") {
		case 1:
			r.count = rapid.IntRange(1, 40).Draw(t, "count")
		case 2:
			r.until = start + date.Date(rapid.IntRange(-10, 4000).Draw(t, "until"))
		}
		r.months = rapid.SliceOfNDistinct(rapid.IntRange(1, 12), 0, 3, rapid.ID).Draw(t, "months")
		r.monthDays = rapid.SliceOfNDistinct(rapid.OneOf(rapid.IntRange(1, 31), rapid.IntRange(-31, -1)), 0, 3, rapid.ID).Draw(t, "monthDays")
		maxOrd := 5
		if len(r.months) == 0 {
			maxOrd = 53
		}
		r.byDays = rapid.SliceOfN(rapid.Custom(func(t *rapid.T) byDay {
			bd := byDay{wd: time.Weekday(rapid.IntRange(0, 6).Draw(t, "wd"))}
			if rapid.Bool().Draw(t, "ord") {
				bd.n = rapid.IntRange(1, maxOrd).Draw(t, "n")
				if rapid.Bool().Draw(t, "neg") {
					bd.n = -bd.n
				}
			}
			return bd
		}), 0, 3).Draw(t, "byDays")
		near := rapid.Custom(func(t *rapid.T) date.Date { return start + date.Date(rapid.IntRange(0, 3000).Draw(t, "off")) })
		r.rdates = rapid.SliceOfN(near, 0, 2).Draw(t, "rdates")
		r.exdates = rapid.SliceOfN(near, 0, 3).Draw(t, "exdates")

		in := r.ics()
		s, err := ReadICalSet(strings.NewReader(in), allCategories...)
		require.NoError(t, err, in)
		horizon := date.New(start.Year()+12, 12, 31)
		model := r.modelDates(horizon + 3)
		for y := start.Year() - 1; y <= start.Year()+12; y++ {
			var want []date.Date
			for d := date.New(y, 1, 1); d.Year() == y; d++ {
				if model[d] {
					want = append(want, d)
				}
			}
			got := s.HolidayDates(y)
			if len(want) == 0 {
				want = nil
			}
			if len(got) == 0 {
				got = nil
			}
			require.Equal(t, want, got, "year %d\n%s", y, in)
		}
		// A rule that ends reads the same as a list.
		if r.count != 0 || r.until != 0 {
			hs, err := ReadICal(strings.NewReader(in))
			require.NoError(t, err, in)
			for _, h := range hs {
				if h.Date <= horizon {
					require.True(t, model[h.Date], "ReadICal %s\n%s", h.Date, in)
				}
			}
			n := 0
			for d := range model {
				if d <= horizon {
					n++
				}
			}
			m := 0
			for _, h := range hs {
				if h.Date <= horizon {
					m++
				}
			}
			require.Equal(t, n, m, in)
		}
	})
}

func TestYearType(t *testing.T) {
	for y := MinYear; y <= MaxYear; y++ {
		want := int(date.New(y, time.January, 1).Weekday())
		if date.New(y, time.December, 31).YearDay() == 366 {
			want += 7
		}
		if got := yearType(y); got != want {
			t.Fatalf("yearType(%d) = %d, want %d", y, got, want)
		}
	}
}

// rareRules never fall on a day (30 February) or fall only rarely, with
// UNTIL or COUNT reaching far: 10,000 such events (1.3 MB) took 7 s
// (ReadICal) and 22 s (ReadICalSet) when every year up to 9999 was visited.
// Their cost is measured by BenchmarkReadICalRareRules (performance is
// measured with benchmarks, not timed tests); this test checks the answers.
var rareRules = []string{
	"FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30;UNTIL=99991231",
	"FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30;COUNT=999999999",
	"FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO;COUNT=999999999",
	"FREQ=YEARLY;INTERVAL=4;BYMONTH=2;BYMONTHDAY=29;UNTIL=99991231",
}

func rareFeed(rule string, events int) string {
	var b strings.Builder
	b.WriteString("BEGIN:VCALENDAR\n")
	for i := range events {
		fmt.Fprintf(&b, "BEGIN:VEVENT\nUID:e%d\nDTSTART;VALUE=DATE:15830101\nRRULE:%s\nSUMMARY:x\nEND:VEVENT\n", i, rule)
	}
	b.WriteString("END:VCALENDAR\n")
	return b.String()
}

func TestReadICalRareRules(t *testing.T) {
	for _, rule := range rareRules {
		s, err := ReadICalSet(strings.NewReader(rareFeed(rule, 3)))
		require.NoError(t, err, rule)
		// 2028-02-29 is a Tuesday, so no rule falls in 2028 (the INTERVAL=4
		// rule from 1583 only visits years 1583 + 4k, none of them leap years).
		assert.Empty(t, s.HolidayDates(2028), rule)
		// 2044-02-29 is a Monday: the BYDAY=MO leap-day rule falls then.
		want := 0
		if strings.Contains(rule, "BYDAY=MO") {
			want = 1
		}
		assert.Len(t, s.HolidayDates(2044), want, rule)
	}
}

func BenchmarkReadICalRareRules(b *testing.B) {
	for _, rule := range rareRules {
		in := rareFeed(rule, 10000)
		b.Run(rule, func(b *testing.B) {
			for b.Loop() {
				_, _ = ReadICal(strings.NewReader(in))
				s, err := ReadICalSet(strings.NewReader(in))
				if err == nil {
					s.HolidayDates(2028)
				}
			}
		})
	}
}

// Years of a feed's set are expanded concurrently (go test -race).
func TestReadICalSetConcurrentUse(t *testing.T) {
	s, err := ReadICalSet(strings.NewReader(readFixture(t, "feed-recurring.ics")), allCategories...)
	require.NoError(t, err)
	ref, err := ReadICalSet(strings.NewReader(readFixture(t, "feed-recurring.ics")), allCategories...)
	require.NoError(t, err)
	done := make(chan struct{})
	for g := range 4 {
		go func() {
			defer func() { done <- struct{}{} }()
			for y := 2018 + g; y < 2040; y++ {
				s.IsHoliday(date.New(y, time.October, 3))
				s.HolidayDates(y)
			}
		}()
	}
	for range 4 {
		<-done
	}
	for y := 2018; y < 2040; y++ {
		assert.Equal(t, ref.Holidays(y), s.Holidays(y), "%d", y)
	}
}
