package legal

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/itsmkit/itsm"
	"github.com/rickb777/date/v2"
)

func mustPlace(t testing.TB, region, zone string) Place {
	t.Helper()
	p, err := PlaceFor(region, zone)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func mustPeriod(t testing.TB, s string) Period {
	t.Helper()
	p, err := ParsePeriod(s)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// endOf returns the first instant after the civil day y-m-d in loc: where a
// period "ends with the expiry of" that day.
func endOf(y int, m time.Month, d int, loc *time.Location) time.Time {
	return time.Date(y, m, d+1, 0, 0, 0, 0, loc)
}

func TestEndWorkedExamples(t *testing.T) {
	berlin, _ := time.LoadLocation("Europe/Berlin")
	amsterdam, _ := time.LoadLocation("Europe/Amsterdam")
	nw := mustPlace(t, "DE-NW", "Europe/Berlin")
	de := mustPlace(t, "DE", "Europe/Berlin")
	nl := mustPlace(t, "NL", "Europe/Amsterdam")
	at := func(y int, m time.Month, d, h, min int, loc *time.Location) time.Time {
		return time.Date(y, m, d, h, min, 0, 0, loc)
	}
	tests := []struct {
		name   string
		source string
		start  time.Time
		period string
		rules  Rules
		place  Place
		want   time.Time
		unext  time.Time // zero: same as want
	}{
		// Dr. C. Kotz, "Wie berechnet man eine Monatsfrist?",
		// https://www.ra-kotz.de/monatsfrist.htm, examples 1 to 4.
		{"BGB month", "Kotz ex. 1: event 04.04.2001, end 04.05.2001", at(2001, 4, 4, 10, 0, berlin), "1 month", BGB, nw, endOf(2001, 5, 4, berlin), time.Time{}},
		{"BGB § 188(3)", "Kotz ex. 2: event 31.01.2001, end 28.02.2001", at(2001, 1, 31, 10, 0, berlin), "1 month", BGB, nw, endOf(2001, 2, 28, berlin), time.Time{}},
		{"BGB 28 Feb", "Kotz ex. 2: event 28.02.2001, end 28.03.2001 (BGH NJW 84, 1358)", at(2001, 2, 28, 10, 0, berlin), "1 month", BGB, nw, endOf(2001, 3, 28, berlin), time.Time{}},
		{"BGB § 193 Saturday", "Kotz ex. 3: event 05.04.2001, 05.05.2001 is a Saturday, end Monday 07.05.2001", at(2001, 4, 5, 10, 0, berlin), "1 month", BGB, nw, endOf(2001, 5, 7, berlin), endOf(2001, 5, 5, berlin)},
		// FU Berlin, netjura BGB AT, Fristberechnung, Beispielsfall 1677:
		// 17 January 2005, one month and a half: end 4 March 2005 24:00
		// (in a leap year 3 March).
		{"BGB § 189(2)", "FU Berlin 1677: 17.01.2005 + 1.5 months = 04.03.2005", at(2005, 1, 17, 10, 0, berlin), "1.5 months", BGB, nw, endOf(2005, 3, 4, berlin), time.Time{}},
		{"BGB § 189(2) leap", "FU Berlin 1677: leap year, 03.03.", at(2004, 1, 17, 10, 0, berlin), "1.5 months", BGB, nw, endOf(2004, 3, 3, berlin), time.Time{}},
		// entdeckejura.de/?p=4986: offer received 4.4., one month: end 4.5.
		// 24:00; a Saturday 4.5. gives 6.5.
		{"BGB § 193 entdeckejura", "entdeckejura: 4.4. + 1 month, 4.5.2024 a Saturday: 6.5.", at(2024, 4, 4, 9, 0, berlin), "1 month", BGB, nw, endOf(2024, 5, 6, berlin), endOf(2024, 5, 4, berlin)},
		// Prütting/Wegen/Weinreich § 193 Rn 1: § 193 is not applied to
		// periods in hours; § 187 Rn 1: hours run by natural computation.
		{"BGB hours", "PWW § 187 Rn 1, § 193 Rn 1: 48 hours from Fri 10:30 end Sun 10:30", at(2026, 5, 8, 10, 30, berlin), "48 hours", BGB, nw, at(2026, 5, 10, 10, 30, berlin), time.Time{}},
		// CJEU C-171/03 Toeters and Verberk, 11 November 2004: a period of
		// three weeks ends on the same weekday as the day of the event
		// (Art. 3(2)(c)); calves slaughtered on 12, 13 and 16 March 1998
		// and on 27 and 28 January 1998.
		{"EU weeks Toeters 12 March", "C-171/03: Thu 12.3.1998 + 3 weeks = Thu 2.4.1998", at(1998, 3, 12, 8, 0, amsterdam), "3 weeks", EU1182, nl, endOf(1998, 4, 2, amsterdam), time.Time{}},
		{"EU weeks Toeters 13 March", "C-171/03: Fri 13.3.1998 + 3 weeks = Fri 3.4.1998", at(1998, 3, 13, 8, 0, amsterdam), "3 weeks", EU1182, nl, endOf(1998, 4, 3, amsterdam), time.Time{}},
		{"EU weeks Toeters 16 March", "C-171/03: Mon 16.3.1998 + 3 weeks = Mon 6.4.1998", at(1998, 3, 16, 8, 0, amsterdam), "3 weeks", EU1182, nl, endOf(1998, 4, 6, amsterdam), time.Time{}},
		{"EU weeks Verberk 27 January", "C-171/03: Tue 27.1.1998 + 3 weeks = Tue 17.2.1998", at(1998, 1, 27, 8, 0, amsterdam), "3 weeks", EU1182, nl, endOf(1998, 2, 17, amsterdam), time.Time{}},
		{"EU weeks Verberk 28 January", "C-171/03: Wed 28.1.1998 + 3 weeks = Wed 18.2.1998", at(1998, 1, 28, 8, 0, amsterdam), "3 weeks", EU1182, nl, endOf(1998, 2, 18, amsterdam), time.Time{}},
		// mkm.legal, "72 Stunden sind 72 Stunden – oder doch länger?":
		// aware 22.12.2020 12:17, the period starts at 13:00 (Art. 3(1)) and
		// ends 25.12.2020 13:00, a public holiday, without extension.
		{"EU hours GDPR", "mkm.legal: 22.12.2020 12:17 + 72 hours = 25.12.2020 13:00", at(2020, 12, 22, 12, 17, berlin), "72 hours", EU1182, de, at(2020, 12, 25, 13, 0, berlin), time.Time{}},
		{"EU hours 12:59", "mkm.legal: also from 12:59", at(2020, 12, 22, 12, 59, berlin), "72 hours", EU1182, de, at(2020, 12, 25, 13, 0, berlin), time.Time{}},
		// datenschutz-prinz.de, Fristberechnung bei Datenschutzvorfällen:
		// aware Friday 15:00, end Monday 15:00 (counting the hours from the
		// instant, as the exact rule set does).
		{"exact hours", "datenschutz-prinz: Fri 15:00 + 72 hours = Mon 15:00", at(2026, 5, 8, 15, 0, berlin), "72 hours", Exact, de, at(2026, 5, 11, 15, 0, berlin), time.Time{}},
		// Worked from the text of Regulation 1182/71 Art. 3(2)(b), 3(4) and
		// 3(5): two days from Friday 8 May 2026 are Saturday and Sunday;
		// 3(4) moves the end to Monday 11 May, and 3(5) requires two working
		// days, so the period ends with Tuesday 12 May.
		{"EU Art. 3(4), 3(5)", "1182/71 Art. 3(4), (5), worked from the text", at(2026, 5, 8, 11, 0, berlin), "2 days", EU1182, de, endOf(2026, 5, 12, berlin), endOf(2026, 5, 10, berlin)},
		// Art. 3(4) with a public holiday: 10 days from 15 May 2026 end on
		// Monday 25 May 2026, Whit Monday; the following working day is
		// Tuesday 26 May.
		{"EU Art. 3(4) holiday", "1182/71 Art. 3(4), worked from the text", at(2026, 5, 15, 11, 0, berlin), "10 days", EU1182, de, endOf(2026, 5, 26, berlin), endOf(2026, 5, 25, berlin)},
		// Art. 3(3): working days skip Saturdays, Sundays and holidays:
		// 3 working days from Thursday 30 April 2026: Mon 4 May? No: Friday
		// 1 May is a holiday, so Mon 4, Tue 5, Wed 6 May.
		{"EU working days", "1182/71 Art. 2(2), 3(3), worked from the text", at(2026, 4, 30, 11, 0, berlin), "3 working_days", EU1182, de, endOf(2026, 5, 6, berlin), time.Time{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := End(tc.start, mustPeriod(t, tc.period), tc.rules, tc.place)
			if err != nil {
				t.Fatalf("%s: %v", tc.source, err)
			}
			if !d.End.Equal(tc.want) {
				t.Errorf("%s: End = %v, want %v\n%s", tc.source, d.End, tc.want, d.Explain())
			}
			unext := tc.unext
			if unext.IsZero() {
				unext = tc.want
			}
			if !d.Unextended.Equal(unext) {
				t.Errorf("%s: Unextended = %v, want %v\n%s", tc.source, d.Unextended, unext, d.Explain())
			}
			checkChain(t, d)
		})
	}
}

// tb is what testing.T and rapid.T share.
type tb interface {
	Helper()
	Errorf(format string, args ...any)
	Fatalf(format string, args ...any)
}

// checkChain checks that the steps of d add up: a chain from Start to End.
func checkChain(t tb, d Deadline) {
	t.Helper()
	if len(d.Steps) == 0 {
		t.Fatalf("no steps for %v", d)
	}
	if !d.Steps[0].From.Equal(d.Start) {
		t.Errorf("first step starts at %v, not at Start %v", d.Steps[0].From, d.Start)
	}
	for i := 1; i < len(d.Steps); i++ {
		if !d.Steps[i].From.Equal(d.Steps[i-1].To) {
			t.Errorf("step %d starts at %v, step %d ended at %v", i, d.Steps[i].From, i-1, d.Steps[i-1].To)
		}
	}
	if last := d.Steps[len(d.Steps)-1]; !last.To.Equal(d.End) {
		t.Errorf("last step ends at %v, not at End %v", last.To, d.End)
	}
	var sum time.Duration
	for _, s := range d.Steps {
		if s.To.Before(s.From) {
			t.Errorf("step %q goes backwards", s)
		}
		sum += s.To.Sub(s.From)
	}
	if sum != d.End.Sub(d.Start) {
		t.Errorf("steps add up to %v, End − Start is %v", sum, d.End.Sub(d.Start))
	}
}

func TestEndFromDayWorkedExamples(t *testing.T) {
	berlin, _ := time.LoadLocation("Europe/Berlin")
	nw := mustPlace(t, "DE-NW", "Europe/Berlin")
	tests := []struct {
		name, source string
		first        date.Date
		period       string
		rules        Rules
		want         time.Time
	}{
		// entdeckejura.de/?p=4986: "Beginn der Zinspflicht für einen Monat
		// am 4.4.": § 187(2), end 3.5. 24:00 (§ 188(2), second case).
		{"§ 187(2)", "entdeckejura: 4.4.2023 + 1 month = 3.5.2023", date.New(2023, 4, 4), "1 month", BGB, endOf(2023, 5, 3, berlin)},
		// § 188(2) second case at a month's end: from 1 March, 31 March.
		{"§ 188(2) 1 March", "§ 188(2), worked from the text", date.New(2023, 3, 1), "1 month", BGB, endOf(2023, 3, 31, berlin)},
		// § 188(3) after § 187(2): from 31 January 2023, 28 February.
		{"§ 188(3)", "§ 188(2), (3), worked from the text", date.New(2023, 1, 31), "1 month", BGB, endOf(2023, 2, 28, berlin)},
		// Haufe, Verjährung, Rz. 267: where 31.12. is a Saturday, an action
		// filed on Monday 2.1. is in time (§ 193). Three years from 1
		// January 2020 end with Saturday 31 December 2022.
		{"§ 193 year end", "Haufe Rz. 267: 31.12.2022 a Saturday, end Monday 2.1.2023", date.New(2020, 1, 1), "3 years", BGB, endOf(2023, 1, 2, berlin)},
		// BGB § 190: an extension of one month of a period that ended on
		// 4 May 2001 runs from the end of that day, to 4 June 2001, Whit
		// Monday, so § 193 gives Tuesday 5 June.
		{"§ 190", "§ 190, § 193, worked from the text", date.New(2001, 5, 5), "1 month", BGB, endOf(2001, 6, 5, berlin)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := EndFromDay(tc.first, mustPeriod(t, tc.period), tc.rules, nw)
			if err != nil {
				t.Fatalf("%s: %v", tc.source, err)
			}
			if !d.End.Equal(tc.want) {
				t.Errorf("%s: End = %v, want %v\n%s", tc.source, d.End, tc.want, d.Explain())
			}
			checkChain(t, d)
		})
	}
}

func TestEndErrors(t *testing.T) {
	nw := mustPlace(t, "DE-NW", "Europe/Berlin")
	at := time.Date(2026, 5, 4, 10, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		p    Period
		r    Rules
		at   time.Time
		want error
	}{
		{"zero period", Period{}, BGB, at, ErrPeriod},
		{"bad unit", Period{N: 1, Unit: 9}, BGB, at, ErrPeriod},
		{"half week", Period{N: 1, Unit: Weeks, Half: true}, BGB, at, ErrPeriod},
		{"too long", Period{N: 201, Unit: Years}, BGB, at, ErrPeriod},
		{"bad rules", Period{N: 1, Unit: Days}, 7, at, ErrRules},
		{"bgb working days", Period{N: 1, Unit: WorkingDays}, BGB, at, ErrRules},
		{"year 1500", Period{N: 1, Unit: Days}, EU1182, time.Date(1500, 1, 1, 0, 0, 0, 0, time.UTC), ErrRange},
		{"year 9800", Period{N: 1, Unit: Days}, EU1182, time.Date(9800, 1, 1, 0, 0, 0, 0, time.UTC), ErrRange},
	}
	for _, tc := range tests {
		_, err := End(tc.at, tc.p, tc.r, nw)
		var e *itsm.Error
		if !errors.Is(err, tc.want) || !errors.As(err, &e) || e.Pkg != "legal" {
			t.Errorf("%s: %v, want a legal *itsm.Error wrapping %v", tc.name, err, tc.want)
		}
	}
	_, err := End(at, Period{N: 1, Unit: Days}, 7, nw)
	if !strings.Contains(err.Error(), "valid: exact, eu_1182_71, bgb") {
		t.Errorf("%v does not list the rule sets", err)
	}
}

// A holiday source that makes every day a holiday must not make End loop.
type everyDay struct{}

func (everyDay) IsHoliday(date.Date) bool { return true }

func TestNoWorkingDay(t *testing.T) {
	_, err := End(time.Date(2026, 5, 4, 10, 0, 0, 0, time.UTC), Period{N: 1, Unit: Days}, BGB, Place{Holidays: everyDay{}})
	if !errors.Is(err, ErrNoWorkingDay) {
		t.Errorf("End with no working days: %v, want ErrNoWorkingDay", err)
	}
}

// Exact counting must not let a later start end earlier. Clamping a month
// to its last day at the same time of day did: 30 January 23:00 gave 28
// February 23:00 and 31 January 01:00 gave 28 February 01:00. Keeping the
// time of day for working days did too: Friday 23:00 gave Monday 23:00 and
// Saturday 01:00 gave Monday 01:00.
func TestExactMonotoneRegression(t *testing.T) {
	de := mustPlace(t, "DE", "Europe/Berlin")
	for _, tc := range []struct {
		p     string
		a, b  time.Time
		wantB time.Time
	}{
		{"1 month", bt(2026, 1, 30, 23, 0), bt(2026, 1, 31, 1, 0), bt(2026, 3, 1, 0, 0)},
		{"1 working_day", bt(2026, 5, 8, 23, 0), bt(2026, 5, 9, 1, 0), bt(2026, 5, 12, 0, 0)},
	} {
		da, err := End(tc.a, mustPeriod(t, tc.p), Exact, de)
		if err != nil {
			t.Fatal(err)
		}
		db, err := End(tc.b, mustPeriod(t, tc.p), Exact, de)
		if err != nil {
			t.Fatal(err)
		}
		if db.End.Before(da.End) || !db.End.Equal(tc.wantB) {
			t.Errorf("%s: from %v ends %v, from %v ends %v (want %v)\n%s", tc.p, tc.a, da.End, tc.b, db.End, tc.wantB, db.Explain())
		}
		checkChain(t, db)
	}
}
