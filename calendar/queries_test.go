package calendar

import (
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/itsmkit/itsm"
	"github.com/itsmkit/itsm/calendar/holidays"
	"github.com/rickb777/date/v2"
	"pgregory.net/rapid"
)

// PrevClose is the end of the last open time at or before t, by the
// reference model: the end of the last span of [t - 2 weeks, t), clipped at
// t.
func TestPrevCloseMatchesReference(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		w := genWindow(t)
		spec := genSpec(t, w)
		c, err := New(spec)
		if err != nil {
			t.Fatal(err)
		}
		ref := newRef(spec)
		x := drawInstant(t, w, "t")
		spans := ref.spans(x.Add(-14*24*time.Hour), x)
		got, err := c.PrevClose(x)
		if len(spans) == 0 {
			if err == nil && x.Sub(got) < 14*24*time.Hour {
				t.Fatalf("PrevClose(%v) = %v, but the reference has no open time in the two weeks before", x, got)
			}
			return
		}
		if want := spans[len(spans)-1].End; err != nil || !got.Equal(want) {
			t.Fatalf("PrevClose(%v) = %v, %v; want %v", x, got, err, want)
		}
	})
}

// PrevClose(t) is Add(Add(t, -1ns), 1ns), the workaround it replaces, and
// the mirror image of NextOpen: Between(PrevClose(t), t) is 0 and the
// instant before it is open.
func TestPrevCloseLaws(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		w := genWindow(t)
		c, err := New(genSpec(t, w))
		if err != nil {
			t.Fatal(err)
		}
		x := drawInstant(t, w, "t")
		p, err := c.PrevClose(x)
		back, err2 := c.Add(x, -1)
		if (err == nil) != (err2 == nil) {
			t.Fatalf("PrevClose(%v): %v, Add(t, -1ns): %v", x, err, err2)
		}
		if err != nil {
			if !errors.Is(err, ErrOutOfRange) {
				t.Fatal(err)
			}
			return
		}
		fwd, err := c.Add(back, 1)
		if err != nil || !fwd.Equal(p) {
			t.Fatalf("PrevClose(%v) = %v, Add(Add(t, -1ns), 1ns) = %v, %v", x, p, fwd, err)
		}
		if p.After(x) || c.Between(p, x) != 0 || !c.IsOpen(p.Add(-1)) {
			t.Fatalf("PrevClose(%v) = %v is not the end of the last open time", x, p)
		}
	})
}

// WorkingDays counts the reference model's working days in [from, to), and
// is antisymmetric.
func TestWorkingDaysMatchesReference(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		w := genWindow(t)
		spec := genSpec(t, w)
		c, err := New(spec)
		if err != nil {
			t.Fatal(err)
		}
		ref := newRef(spec)
		loc := mustLoad(w.zone)
		d0, d1 := date.NewAt(w.from.In(loc))-2, date.NewAt(w.to.In(loc))+2
		from := d0 + date.Date(rapid.IntRange(0, int(d1-d0)).Draw(t, "from"))
		to := d0 + date.Date(rapid.IntRange(0, int(d1-d0)).Draw(t, "to"))
		want := 0
		for d := from; d < to; d++ {
			if refWorkday(ref, d) {
				want++
			}
		}
		for d := to; d < from; d++ {
			if refWorkday(ref, d) {
				want--
			}
		}
		if got := c.WorkingDays(from, to); got != want {
			t.Fatalf("WorkingDays(%v, %v) = %d, want %d", from, to, got, want)
		}
		if got := c.WorkingDays(to, from); got != -want {
			t.Fatalf("WorkingDays(%v, %v) = %d, want %d", to, from, got, -want)
		}
	})
}

// WorkingDays agrees with IsWorkingDay over whole years and the range ends
// (the popcount path), on a base and a composed calendar.
func TestWorkingDaysLong(t *testing.T) {
	c := mustNew(t, Spec{Zone: "Europe/Berlin", Week: mustWeek(t, "Mon-Fri 08:00-17:00"), Holidays: []HolidayRef{{Region: "DE-NW"}}})
	ny := mustNew(t, Spec{Zone: "America/New_York", Week: mustWeek(t, "Sat 20:00-21:00")})
	u, err := Union(c, ny)
	if err != nil {
		t.Fatal(err)
	}
	for _, cal := range []*Calendar{c, u} {
		for _, r := range [][2]date.Date{
			{date.New(2024, 3, 5), date.New(2027, 10, 1)},
			{date.New(1899, 12, 1), date.New(1901, 1, 3)},
			{date.New(2189, 12, 1), date.New(2190, 2, 1)},
		} {
			want := 0
			for d := r[0]; d < r[1]; d++ {
				if cal.IsWorkingDay(d) {
					want++
				}
			}
			if got := cal.WorkingDays(r[0], r[1]); got != want {
				t.Errorf("WorkingDays(%v, %v) = %d, want %d", r[0], r[1], got, want)
			}
		}
	}
	if n := (*Calendar)(nil).WorkingDays(date.New(2026, 1, 1), date.New(2027, 1, 1)); n != 0 {
		t.Errorf("nil WorkingDays = %d", n)
	}
}

// Why agrees with the reference model and names a cause that is really
// one, by the model of the spec without it:
//   - open exactly when the model is open;
//   - outside hours: the weekly hours alone do not cover t;
//   - holiday: without holidays and closures (overrides kept) t is open;
//   - closure: without closures (holidays kept) t is open;
//   - override: the reported date has that override.
func TestWhyMatchesRules(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		w := genWindow(t)
		spec := genSpec(t, w)
		c, err := New(spec)
		if err != nil {
			t.Fatal(err)
		}
		x := drawInstant(t, w, "t")
		r := c.Why(x)
		if (r.Kind == ReasonOpen) != newRef(spec).isOpen(x) {
			t.Fatalf("Why(%v) = %v, reference open %v", x, r, newRef(spec).isOpen(x))
		}
		// the reference model of the spec without some of its rules
		without := func(f func(*Spec)) refCal {
			s := cloneSpec(spec)
			f(&s)
			return newRef(s)
		}
		noHolidays := func(s *Spec) { // extra working days stay
			s.HolidayDates, s.Holidays = nil, nil // the generated regions have no working days
			var keep []HolidaySource
			for _, src := range s.Sources {
				if w, ok := src.(workingDates); ok {
					keep = append(keep, workingDates{work: w.work})
				}
			}
			s.Sources = keep
		}
		noClosures := func(s *Spec) { s.Closures = nil }
		switch r.Kind {
		case ReasonOutsideHours:
			if without(func(s *Spec) { s.Overrides = nil; noHolidays(s); noClosures(s) }).isOpen(x) {
				t.Fatalf("Why(%v) = %v, but the weekly hours cover it", x, r)
			}
		case ReasonHoliday:
			if !without(func(s *Spec) { noHolidays(s); noClosures(s) }).isOpen(x) {
				t.Fatalf("Why(%v) = %v, but it is closed without holidays", x, r)
			}
		case ReasonClosure:
			if !without(noClosures).isOpen(x) {
				t.Fatalf("Why(%v) = %v, but it is closed without closures", x, r)
			}
		case ReasonOverride:
			if r.Override.Date != r.Date || !slices.ContainsFunc(spec.Overrides, func(o Override) bool { return o.Date == r.Date }) {
				t.Fatalf("Why(%v) = %v names no override of the spec", x, r)
			}
		}
		if b, err := json.Marshal(r); err != nil {
			t.Fatalf("%v: %v", r, err)
		} else if r.String() == "" || len(b) == 0 {
			t.Fatal("empty reason")
		}
	})
}

func TestWhy(t *testing.T) {
	be := mustLoad("Europe/Berlin")
	spec := Spec{Zone: "Europe/Berlin", Week: mustWeek(t, "Mon-Fri 08:00-17:00; Mon-Fri 22:00-06:00"),
		Holidays:     []HolidayRef{{Region: "DE-NW"}, {Region: "DE", Categories: []holidays.Category{holidays.HalfDay}, ClosedFrom: ClockOf(14, 0)}},
		HolidayDates: []date.Date{date.New(2026, 7, 1)},
		Overrides:    []Override{{Date: date.New(2026, 12, 19), Hours: DayHours{{ClockOf(9, 0), ClockOf(13, 0)}}}},
		Closures:     []Closure{{Name: "all-hands", On: []DateRule{mustRule(t, "wed")}, Hours: DayHours{{ClockOf(10, 0), ClockOf(12, 0)}}}},
	}
	c := mustNew(t, spec)
	cases := []struct {
		at     time.Time
		kind   ReasonKind
		day    date.Date
		detail string
	}{
		{at(be, 2026, 6, 3, 9, 0), ReasonOpen, date.New(2026, 6, 3), ""},
		{at(be, 2026, 6, 3, 3, 0), ReasonOpen, date.New(2026, 6, 2), ""},                          // Tuesday night's span
		{at(be, 2026, 6, 4, 10, 0), ReasonHoliday, date.New(2026, 6, 4), "de.fronleichnam DE-NW"}, // Fronleichnam (NRW)
		{at(be, 2026, 6, 5, 3, 0), ReasonHoliday, date.New(2026, 6, 4), "de.fronleichnam DE-NW"},  // its night span, on Friday
		{at(be, 2026, 12, 24, 15, 0), ReasonHoliday, date.New(2026, 12, 24), "de.heiligabend DE"}, // Heiligabend from 14:00
		{at(be, 2026, 7, 1, 9, 0), ReasonHoliday, date.New(2026, 7, 1), ""},                       // an explicit holiday date
		{at(be, 2026, 6, 3, 11, 0), ReasonClosure, date.New(2026, 6, 3), "all-hands"},
		{at(be, 2026, 6, 3, 18, 0), ReasonOutsideHours, date.New(2026, 6, 3), ""},
		{at(be, 2026, 6, 6, 12, 0), ReasonOutsideHours, date.New(2026, 6, 6), ""},
		{at(be, 2026, 12, 19, 14, 0), ReasonOverride, date.New(2026, 12, 19), ""}, // a worked Saturday, 09:00-13:00
		{time.Date(1800, 1, 1, 0, 0, 0, 0, time.UTC), ReasonOutOfRange, 0, ""},
	}
	for _, tc := range cases {
		r := c.Why(tc.at)
		if r.Kind != tc.kind || r.Date != tc.day {
			t.Errorf("Why(%v) = %v, want %v on %v", tc.at, r, tc.kind, tc.day)
		}
		detail := strings.TrimSpace(r.Holiday.ID + " " + r.Region + r.Closure.Name)
		if detail != tc.detail {
			t.Errorf("Why(%v) = %v: detail %q, want %q", tc.at, r, detail, tc.detail)
		}
	}
	// compositions explain each operand
	ny := mustNew(t, Spec{Zone: "America/New_York", Week: mustWeek(t, "Sat 10:00-12:00")})
	u, err := Union(c, ny)
	if err != nil {
		t.Fatal(err)
	}
	r := u.Why(at(be, 2026, 6, 4, 10, 0))
	if r.Kind != ReasonComposition || len(r.Parts) != 2 || r.Parts[0].Kind != ReasonHoliday || r.Parts[1].Kind != ReasonOutsideHours {
		t.Errorf("union Why = %v", r)
	}
	if r := (*Calendar)(nil).Why(at(be, 2026, 6, 3, 9, 0)); r.Kind != ReasonOutsideHours {
		t.Errorf("nil Why = %v", r)
	}
	var k ReasonKind
	if err := k.UnmarshalText([]byte("holiday")); err != nil || k != ReasonHoliday {
		t.Errorf("UnmarshalText: %v %v", k, err)
	}
	var e *itsm.Error
	if err := k.UnmarshalText([]byte("Holiday")); !errors.As(err, &e) || len(e.Valid) != 7 {
		t.Errorf("UnmarshalText(Holiday) = %v, want an error listing the 7 kinds", err)
	}
}

func mustRule(t testing.TB, s string) DateRule {
	t.Helper()
	r, err := ParseDateRule(s)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// The examples of the issue, with dates from the calendars of 2026–2028.
func TestDateRules(t *testing.T) {
	cases := []struct {
		rule  string
		canon string
		dates []string // the rule's dates in 2026–2028
		count int      // or their number
	}{
		{"easter-48", "easter-48", []string{"2026-02-16", "2027-02-08", "2028-02-28"}, 0}, // Rosenmontag
		{"Easter", "easter", []string{"2026-04-05", "2027-03-28", "2028-04-16"}, 0},
		{"easter+1", "easter+1", []string{"2026-04-06", "2027-03-29", "2028-04-17"}, 0},
		{"12-24", "12-24", []string{"2026-12-24", "2027-12-24", "2028-12-24"}, 0},
		{"02-29", "02-29", []string{"2028-02-29"}, 0},
		{"last FRI", "last fri", nil, 36},
		{"1st mon", "1st mon", nil, 36},
		{"5th thursday", "5th thu", nil, 13}, // months with five Thursdays
		{"4th thu of nov", "4th thu of nov", []string{"2026-11-26", "2027-11-25", "2028-11-23"}, 0},
		{"last mon of May", "last mon of may", []string{"2026-05-25", "2027-05-31", "2028-05-29"}, 0},
		{"wed before 11-23", "wed before 11-23", []string{"2026-11-18", "2027-11-17", "2028-11-22"}, 0}, // Buß- und Bettag
		{"thu after 11-21", "thu after 11-21", []string{"2026-11-26", "2027-11-25", "2028-11-23"}, 0},
		{"wednesday", "wed", nil, 156},
	}
	for _, tc := range cases {
		r, err := ParseDateRule(tc.rule)
		if err != nil {
			t.Errorf("%q: %v", tc.rule, err)
			continue
		}
		if r.String() != tc.canon {
			t.Errorf("%q: String %q, want %q", tc.rule, r, tc.canon)
		}
		var got []string
		from, to := date.New(2026, 1, 1), date.New(2028, 12, 31)
		for d := from; d <= to; d++ {
			if r.Matches(d) != refMatches(r, d) {
				t.Errorf("%q: Matches(%v) = %v, reference disagrees", tc.rule, d, r.Matches(d))
			}
			if r.Matches(d) {
				got = append(got, d.String())
			}
		}
		listed := r.appendDates(nil, from, to)
		if len(listed) != len(got) {
			t.Errorf("%q: appendDates lists %d dates, Matches %d", tc.rule, len(listed), len(got))
		}
		if tc.dates != nil && !slices.Equal(got, tc.dates) {
			t.Errorf("%q: dates %v, want %v", tc.rule, got, tc.dates)
		}
		if tc.dates == nil && len(got) != tc.count {
			t.Errorf("%q: %d dates, want %d", tc.rule, len(got), tc.count)
		}
	}
	for _, bad := range []string{"", "13-01", "04-31", "2-3", "easter-", "easter+367", "easter*2", "6th mon", "last", "last fri of", "last fri in nov",
		"fri before", "fri before 02-30", "noday", "wed sometime 11-23", "1st fri of 13"} {
		_, err := ParseDateRule(bad)
		var e *itsm.Error
		if !errors.Is(err, ErrBadClosure) || !errors.As(err, &e) || e.Input != bad || len(e.Valid) == 0 {
			t.Errorf("ParseDateRule(%q) = %v, want an error quoting it and listing the forms", bad, err)
		}
	}
}

func TestClosuresValidation(t *testing.T) {
	week := mustWeek(t, "Mon-Fri 08:00-17:00")
	rule := mustRule(t, "12-24")
	for name, tc := range map[string]struct {
		c    []Closure
		want error
	}{
		"no rule":       {[]Closure{{Name: "x"}}, ErrBadClosure},
		"zero rule":     {[]Closure{{On: []DateRule{{}}}}, ErrBadClosure},
		"from and hrs":  {[]Closure{{On: []DateRule{rule}, From: ClockOf(12, 0), Hours: DayHours{{ClockOf(9, 0), ClockOf(10, 0)}}}}, ErrBadClosure},
		"bad from":      {[]Closure{{On: []DateRule{rule}, From: 1500}}, ErrBadTime},
		"empty span":    {[]Closure{{On: []DateRule{rule}, Hours: DayHours{{ClockOf(9, 0), ClockOf(9, 0)}}}}, ErrEmptySpan},
		"overlap":       {[]Closure{{On: []DateRule{rule}, Hours: DayHours{{ClockOf(9, 0), ClockOf(11, 0)}, {ClockOf(10, 0), ClockOf(12, 0)}}}}, ErrOverlap},
		"too many":      {slices.Repeat([]Closure{{On: []DateRule{rule}}}, maxClosures+1), ErrBadClosure},
		"weekly closes": {[]Closure{{On: []DateRule{mustRule(t, "mon"), mustRule(t, "tue"), mustRule(t, "wed"), mustRule(t, "thu"), mustRule(t, "fri")}}}, ErrNeverOpen},
	} {
		_, err := New(Spec{Week: week, Closures: tc.c})
		if !errors.Is(err, tc.want) {
			t.Errorf("%s: %v, want %v", name, err, tc.want)
		}
	}
	// a weekly closure of part of the hours leaves the calendar open
	if _, err := New(Spec{Week: week, Closures: []Closure{{On: []DateRule{mustRule(t, "mon")}, From: ClockOf(12, 0)}}}); err != nil {
		t.Error(err)
	}
}

func TestClosuresJSON(t *testing.T) {
	doc := `{"week":"Mon-Fri 08:00-17:00","closures":[{"name":"Rosenmontag","on":["easter-48"],"from":"12:00"},` +
		`{"on":["12-24","12-31"],"from":"12:00"},{"name":"all-hands","on":["wed"],"hours":"10:00-12:00"},{"on":["last fri of dec"]}]}`
	s, err := ParseSpec([]byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	c, err := New(s)
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(c)
	if err != nil || string(b) != doc {
		t.Errorf("round trip:\n%s, %v\nwant\n%s", b, err, doc)
	}
	for in, want := range map[string]string{
		`{"week":"Mon 08:00-17:00","closures":[{"on":["easter-1000"]}]}`:           `"easter-1000"`,
		`{"week":"Mon 08:00-17:00","closures":[{"on":"12-24"}]}`:                   `closures`,
		`{"week":"Mon 08:00-17:00","closures":[{"on":["12-24"],"From":"12:00"}]}`:  `From`,
		`{"week":"Mon 08:00-17:00","closures":[{"on":["12-24"],"from":"25:00"}]}`:  `25:00`,
		`{"week":"Mon 08:00-17:00","closures":[{"on":["12-24"],"hours":"10-12"}]}`: `10-12`,
	} {
		_, err := ParseSpec([]byte(in))
		var e *itsm.Error
		if !errors.As(err, &e) || !strings.Contains(err.Error(), want) {
			t.Errorf("ParseSpec(%s) = %v, want a calendar error quoting %s", in, err, want)
		}
	}
}
