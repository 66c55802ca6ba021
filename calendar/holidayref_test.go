package calendar

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/itsmkit/itsm"
	"github.com/itsmkit/itsm/calendar/holidays"
	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestForRegionNRW(t *testing.T) {
	be := mustLoad("Europe/Berlin")
	c, err := ForRegion("DE-NW", "Europe/Berlin", "Mon-Fri 08:00-17:00")
	require.NoError(t, err)
	assert.False(t, c.IsOpen(at(be, 2026, 6, 4, 10, 0)), "Fronleichnam is a holiday in NRW")
	assert.True(t, c.IsOpen(at(be, 2026, 6, 5, 10, 0)))
	assert.True(t, c.IsOpen(at(be, 2026, 10, 30, 10, 0)))
	// Easter: Thursday 16:30 + 8h skips Good Friday and Easter Monday
	due, err := c.Add(at(be, 2026, 4, 2, 16, 30), 8*time.Hour)
	require.NoError(t, err)
	assert.True(t, due.Equal(at(be, 2026, 4, 7, 15, 30)), due)
	// Reformationstag 2017 was a nationwide one-off holiday (a Tuesday)
	assert.False(t, c.IsOpen(at(be, 2017, 10, 31, 10, 0)))
	assert.True(t, c.IsOpen(at(be, 2018, 10, 31, 10, 0)))
	// working days skip holidays too
	next, err := c.AddDays(at(be, 2026, 4, 2, 10, 0), 1)
	require.NoError(t, err)
	assert.True(t, next.Equal(at(be, 2026, 4, 7, 10, 0)), next)

	// Saxony has Reformationstag and Buß- und Bettag, NRW neither
	sn, err := ForRegion("DE-SN", "Europe/Berlin", "Mon-Fri 08:00-17:00")
	require.NoError(t, err)
	assert.False(t, sn.IsOpen(at(be, 2026, 11, 18, 10, 0)))
	assert.True(t, c.IsOpen(at(be, 2026, 11, 18, 10, 0)))
}

func TestHolidayRefPartialAndOvernight(t *testing.T) {
	be := mustLoad("Europe/Berlin")
	spec := Spec{
		Zone: "Europe/Berlin",
		Week: mustWeek(t, "Mon-Fri 08:00-17:00,22:00-02:00"),
		Holidays: []HolidayRef{
			{Region: "DE-NW"},
			{Region: "DE", Categories: []holidays.Category{holidays.HalfDay}, ClosedFrom: ClockOf(12, 0)},
		},
	}
	c := mustNew(t, spec)
	day := func(m time.Month, d int) time.Duration {
		return c.Between(at(be, 2026, m, d, 0, 0), at(be, 2026, m, d+1, 0, 0))
	}
	// Heiligabend (Thu 24 Dec 2026) closes from 12:00, night shift included;
	// Wednesday's night shift spills into it and stays.
	assert.Equal(t, 2*time.Hour+4*time.Hour, day(12, 24))
	// 25 Dec: closed, and no spill from the 24th's (closed) night shift
	assert.Equal(t, time.Duration(0), day(12, 25))
	// Fronleichnam (Thu 4 June): Wednesday's night shift belongs to
	// Wednesday and still runs 00:00-02:00; Thursday's own spans are closed
	assert.Equal(t, 2*time.Hour, day(6, 4))
	assert.Equal(t, 2*time.Hour+9*time.Hour+2*time.Hour, day(6, 3)) // Tuesday's spill, day, own night

	// JSON round trip keeps the references
	b, err := json.Marshal(spec)
	require.NoError(t, err)
	var back Spec
	require.NoError(t, json.Unmarshal(b, &back))
	c2 := mustNew(t, back)
	assert.Equal(t, c.Between(at(be, 2026, 1, 1, 0, 0), at(be, 2027, 1, 1, 0, 0)), c2.Between(at(be, 2026, 1, 1, 0, 0), at(be, 2027, 1, 1, 0, 0)))
}

func TestHolidayRefErrors(t *testing.T) {
	w := mustWeek(t, "Mon-Fri 08:00-17:00")
	_, err := New(Spec{Week: w, Holidays: []HolidayRef{{Region: "XX-YY"}}})
	assert.ErrorIs(t, err, ErrHoliday)
	assert.ErrorIs(t, err, holidays.ErrUnknownRegion)
	assert.Contains(t, err.Error(), `"XX-YY"`)
	// categories and times of day are typed; their text forms are
	// checked when JSON is decoded, invalid values by New
	_, err = ParseSpec([]byte(`{"week":"Mon-Fri 08:00-17:00","holidays":[{"region":"DE","categories":["pubic"]}]}`))
	assert.ErrorIs(t, err, ErrHoliday)
	assert.ErrorIs(t, err, holidays.ErrCategory)
	assert.Contains(t, err.Error(), `"pubic"`)
	var e *itsm.Error
	require.ErrorAs(t, err, &e)
	assert.Equal(t, []string{holidays.Public.String(), holidays.Optional.String(), holidays.Bank.String(), holidays.HalfDay.String()}, e.Valid, "the valid categories are listed")
	_, err = New(Spec{Week: w, Holidays: []HolidayRef{{Region: "DE", Categories: []holidays.Category{99}}}})
	assert.ErrorIs(t, err, ErrHoliday)
	assert.Contains(t, err.Error(), `(99)"`)
	_, err = ParseSpec([]byte(`{"week":"Mon-Fri 08:00-17:00","holidays":[{"region":"DE","closed_from":"noon"}]}`))
	assert.ErrorIs(t, err, ErrBadTime)
	assert.Contains(t, err.Error(), `"noon"`)
	_, err = New(Spec{Week: w, Holidays: []HolidayRef{{Region: "DE", ClosedFrom: ClockOf(25, 0)}}})
	assert.ErrorIs(t, err, ErrBadTime)
	_, err = ForRegion("DE-NW", "Europe/Berlin", "Mon-Fri 8-17")
	assert.ErrorIs(t, err, ErrBadTime)
	_, err = ForRegion("DE-NW", "Europe/Berlim", "Mon-Fri 08:00-17:00")
	assert.ErrorIs(t, err, ErrUnknownZone)
}

// any HolidaySource plugs in
type fixedDates map[int][]string

func (f fixedDates) HolidayDates(y int) []dateDate {
	var out []dateDate
	for _, s := range f[y] {
		out = append(out, mustDate(s))
	}
	return out
}

func TestHolidaySource(t *testing.T) {
	be := mustLoad("Europe/Berlin")
	src := fixedDates{2026: {"2026-07-01"}}
	c := mustNew(t, Spec{Zone: "Europe/Berlin", Week: mustWeek(t, "Mon-Fri 08:00-17:00"), Sources: []HolidaySource{src}})
	assert.False(t, c.IsOpen(at(be, 2026, 7, 1, 10, 0)))
	assert.True(t, c.IsOpen(at(be, 2026, 7, 2, 10, 0)))
}

func TestRegionWholeRange(t *testing.T) {
	c, err := ForRegion("DE-NW", "Europe/Berlin", "Mon-Fri 08:00-17:00")
	require.NoError(t, err)
	total := c.Between(time.Date(1800, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(3000, 1, 1, 0, 0, 0, 0, time.UTC))
	// 290 years of about 250 nine-hour days
	assert.Greater(t, total, 290*240*9*time.Hour)
	assert.Less(t, total, 290*262*9*time.Hour)
	r, err := c.Add(RangeStart(), total)
	require.NoError(t, err)
	assert.Equal(t, total, c.Between(RangeStart(), r))
	_, err = c.Add(RangeStart(), total+time.Nanosecond)
	assert.ErrorIs(t, err, ErrOutOfRange)
}

// A holiday source's extra working days are worked with the hours of the
// week's first working day: China's working Sunday 4 January 2026 after the
// New Year holidays of 1–3 January (State Council notice on the 2026
// holidays, 国办发明电〔2025〕7号), from the CN set of package
// calendar/holidays.
func TestExtraWorkingDays(t *testing.T) {
	sh := mustLoad("Asia/Shanghai")
	c := mustNew(t, Spec{Zone: "Asia/Shanghai", Week: mustWeek(t, "Mon-Fri 09:00-12:00,13:00-18:00"), Holidays: []HolidayRef{{Region: "CN"}}})
	sun := date.New(2026, 1, 4)
	if !c.IsWorkingDay(sun) || c.IsWorkingDay(date.New(2026, 1, 11)) {
		t.Errorf("IsWorkingDay: 4 Jan %v, 11 Jan %v", c.IsWorkingDay(sun), c.IsWorkingDay(date.New(2026, 1, 11)))
	}
	if got := c.Between(at(sh, 2026, 1, 4, 0, 0), at(sh, 2026, 1, 5, 0, 0)); got != 8*time.Hour {
		t.Errorf("open on 4 Jan: %v, want 8h", got)
	}
	// New Year's Day (Thu) to the next working day: the Sunday
	r, err := c.AddDays(at(sh, 2025, 12, 31, 10, 0), 1)
	if err != nil || !r.Equal(at(sh, 2026, 1, 4, 10, 0)) {
		t.Errorf("AddDays = %v, %v; want Sunday 4 Jan 10:00", r, err)
	}
	if n := c.WorkingDays(date.New(2026, 1, 1), date.New(2026, 1, 8)); n != 4 { // 4, 5, 6, 7 Jan
		t.Errorf("WorkingDays = %d, want 4", n)
	}
	if w := c.Why(at(sh, 2026, 1, 4, 12, 30)); w.Kind != ReasonOutsideHours {
		t.Errorf("Why(lunch on the working Sunday) = %v", w)
	}
	if w := c.Why(at(sh, 2026, 1, 4, 10, 0)); w.Kind != ReasonOpen || w.Date != sun {
		t.Errorf("Why(working Sunday) = %v", w)
	}

	// A user source: an override wins, a closure applies, and a weekday
	// with its own hours keeps them.
	src := workingDates{fixedDates{}, fixedDates{2026: {"2026-07-04", "2026-07-11", "2026-07-18"}}}
	u := mustNew(t, Spec{Zone: "Asia/Shanghai", Week: mustWeek(t, "Mon-Fri 09:00-17:00; Sat 10:00-12:00"), Sources: []HolidaySource{src},
		Overrides: []Override{{Date: date.New(2026, 7, 11), Closed: true}},
		Closures:  []Closure{{On: []DateRule{mustRule(t, "07-18")}, From: ClockOf(11, 0)}}})
	for d, want := range map[int]time.Duration{4: 2 * time.Hour, 11: 0, 18: time.Hour, 25: 2 * time.Hour} {
		if got := u.Between(at(sh, 2026, 7, d, 0, 0), at(sh, 2026, 7, d+1, 0, 0)); got != want {
			t.Errorf("July %d: %v, want %v", d, got, want)
		}
	}
	v := mustNew(t, Spec{Zone: "Asia/Shanghai", Week: mustWeek(t, "Tue-Fri 09:00-17:00"), Sources: []HolidaySource{src}})
	if got := v.Between(at(sh, 2026, 7, 4, 0, 0), at(sh, 2026, 7, 5, 0, 0)); got != 8*time.Hour {
		t.Errorf("working Saturday of a Tue–Fri week: %v, want Tuesday's 8h", got)
	}
}

// A region's holiday set is built once per region and categories for the
// process, whatever the spelling of the code, and its dates once per year.
func TestRegionTablesShared(t *testing.T) {
	a, err := regionTable("de-by", nil)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := regionTable("DE-BY", []holidays.Category{holidays.Public})
	if a != b {
		t.Error("DE-BY built twice")
	}
	if c, _ := regionTable("DE-BY", []holidays.Category{holidays.HalfDay}); c == a {
		t.Error("other categories share the public set")
	}
	d1, d2 := a.dates.get(2026), a.dates.get(2026)
	if len(d1) == 0 || &d1[0] != &d2[0] {
		t.Error("a year's dates computed twice")
	}
	if _, err := regionTable("XX-YY", nil); err == nil {
		t.Error("unknown region accepted")
	}
}
