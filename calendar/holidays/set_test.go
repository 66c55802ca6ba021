package holidays

import (
	"encoding/json"
	"errors"
	"math"
	"slices"
	"sync"
	"testing"

	"github.com/itsmkit/itsm"
	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"
)

var allCategories = []Category{Public, Optional, Bank, HalfDay}

func TestCategoryText(t *testing.T) {
	for _, c := range allCategories {
		b, err := c.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, c.String(), string(b))
		var back Category
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, c, back)
	}
	for _, bad := range []string{"", "Public", "half-day", "bank ", "x"} {
		_, err := ParseCategory(bad)
		require.ErrorIs(t, err, ErrCategory, bad)
		var ce *itsm.Error
		require.ErrorAs(t, err, &ce)
		assert.Equal(t, bad, ce.Input)
		assert.Equal(t, []string{"public", "optional", "bank", "halfday"}, ce.Valid)
	}
	_, err := Category(0).MarshalText()
	require.ErrorIs(t, err, ErrCategory)
	assert.Equal(t, "category(9)", Category(9).String())
	_, err = ParseCategory("x")
	assert.EqualError(t, err, `holidays: category: "x": unknown category (valid: public, optional, bank, halfday)`)
}

func TestForRegionErrors(t *testing.T) {
	_, err := ForRegion("DE-XX")
	require.ErrorIs(t, err, ErrUnknownRegion)
	assert.ErrorContains(t, err, `holidays: region: "DE-XX": unknown region (valid: DE, DE-BB, DE-BE, DE-BW, `)
	_, err = ForRegion("")
	require.ErrorIs(t, err, ErrUnknownRegion)
	_, err = ForRegion("DE", Category(0))
	require.ErrorIs(t, err, ErrCategory)
	_, err = ForRegion("DE", Public, Category(7))
	require.ErrorIs(t, err, ErrCategory)
	s, err := ForRegion("de-nw")
	require.NoError(t, err, "codes are case-insensitive")
	assert.True(t, s.IsHoliday(day("2024-11-01")))
}

func TestZeroSetAndRange(t *testing.T) {
	var s Set
	assert.Empty(t, s.Holidays(2024))
	assert.False(t, s.IsHoliday(day("2024-01-01")))
	_, ok := s.Lookup(day("2024-01-01"))
	assert.False(t, ok)
	de, err := ForRegion("DE")
	require.NoError(t, err)
	assert.Nil(t, de.Holidays(MinYear-1))
	assert.Nil(t, de.HolidayDates(MaxYear+1))
	assert.False(t, de.IsHoliday(date.New(MaxYear+1, 1, 1)))
	assert.NotEmpty(t, de.Holidays(MinYear))
	assert.NotEmpty(t, de.Holidays(MaxYear))
	assert.True(t, de.IsHoliday(date.New(3000, 12, 25)), "years outside the cache array work too")
	assert.True(t, de.IsHoliday(date.New(1700, 12, 25)))
	for _, d := range []date.Date{math.MaxInt64, math.MinInt64, math.MaxInt64 - 719468, date.Max(), date.Min()} {
		assert.False(t, de.IsHoliday(d), "%d", int64(d))
		_, ok := de.Lookup(d)
		assert.False(t, ok)
	}
}

func TestHolidaysSliceIsCallers(t *testing.T) {
	s, err := ForRegion("DE-NW")
	require.NoError(t, err)
	a := s.Holidays(2024)
	a[0].Name = "changed"
	a = append(a[:0], Holiday{})
	_ = a
	assert.Equal(t, "Neujahr", s.Holidays(2024)[0].Name)
	ds := s.HolidayDates(2024)
	ds[0] = 0
	assert.Equal(t, day("2024-01-01"), s.HolidayDates(2024)[0])
}

func TestHolidayJSON(t *testing.T) {
	s, err := ForRegion("DE-NW")
	require.NoError(t, err)
	h, ok := s.Lookup(day("2024-10-03"))
	require.True(t, ok)
	b, err := json.Marshal(h)
	require.NoError(t, err)
	assert.JSONEq(t, `{"id":"de.tag-der-deutschen-einheit","date":"2024-10-03","name":"Tag der Deutschen Einheit","name_en":"German Unity Day","category":"public"}`, string(b))
	var back Holiday
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, h, back)
}

func TestIsHolidayZeroAllocs(t *testing.T) {
	s, err := ForRegion("DE-NW")
	require.NoError(t, err)
	d := day("2024-10-03")
	require.True(t, s.IsHoliday(d))
	n := testing.AllocsPerRun(1000, func() {
		if !s.IsHoliday(d) || s.IsHoliday(d+1) {
			panic("wrong")
		}
	})
	assert.Zero(t, n)
	n = testing.AllocsPerRun(1000, func() { _, _ = s.Lookup(d) })
	assert.Zero(t, n)
}

func TestConcurrentUse(t *testing.T) {
	s, err := ForRegion("GB-ENG")
	if errors.Is(err, ErrUnknownRegion) {
		s, err = ForRegion("DE-NW")
	}
	require.NoError(t, err)
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for y := 2000; y < 2040; y++ {
				d := date.New(y+g%3, 12, 25)
				assert.True(t, s.IsHoliday(d))
				_ = s.Holidays(y)
			}
		}()
	}
	wg.Wait()
}

// regionCodes draws a known region.
func regionCodes() *rapid.Generator[string] {
	var codes []string
	for _, r := range Regions() {
		codes = append(codes, r.Code)
	}
	return rapid.SampledFrom(codes)
}

func TestPropertiesAllRegions(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		code := regionCodes().Draw(t, "region")
		y := rapid.IntRange(1995, 2060).Draw(t, "year")
		all, err := ForRegion(code, allCategories...)
		require.NoError(t, err)
		hs := all.Holidays(y)
		require.NotEmpty(t, hs)
		full := map[date.Date]bool{}
		for _, h := range hs {
			if h.Category == Public || h.Category == Bank {
				full[h.Date] = true
			}
		}
		for i, h := range hs {
			// Every holiday falls in its year and is well-formed.
			require.Equal(t, y, h.Date.Year(), h.ID)
			require.True(t, h.Category.Valid())
			require.NotEmpty(t, h.ID)
			require.NotEmpty(t, h.Name)
			require.NotEmpty(t, h.NameEN)
			// Sorted and unique by (date, ID).
			if i > 0 {
				p := hs[i-1]
				require.True(t, p.Date < h.Date || (p.Date == h.Date && p.ID < h.ID), "%v then %v", p, h)
			}
			if h.Observed {
				// Never on a weekend (the region's), never on another full holiday.
				require.False(t, all.IsWeekend(h.Date), "%v", h)
				n := 0
				for _, o := range hs {
					if o.Date == h.Date && (o.Category == Public || o.Category == Bank) {
						n++
					}
				}
				require.Equal(t, 1, n, "substitute %v shares its date", h)
			}
		}
		// IsHoliday and Lookup agree with Holidays, day by day.
		pub, err := ForRegion(code)
		require.NoError(t, err)
		ph := pub.Holidays(y)
		dates := pub.HolidayDates(y)
		require.True(t, slices.IsSorted(dates))
		require.Equal(t, len(dates), len(slices.Compact(slices.Clone(dates))))
		for d := date.New(y, 1, 1); d.Year() == y; d++ {
			in := slices.ContainsFunc(ph, func(h Holiday) bool { return h.Date == d })
			require.Equal(t, in, pub.IsHoliday(d), "%s %s", code, d)
			_, found := slices.BinarySearch(dates, d)
			require.Equal(t, in, found)
			h, ok := pub.Lookup(d)
			require.Equal(t, in, ok)
			if ok {
				require.Equal(t, d, h.Date)
				require.Equal(t, Public, h.Category)
			}
		}
		// A region includes its country's nationwide holidays. A substitute
		// day may land elsewhere in a region with more holidays (Scotland
		// 1995: 2 January takes Monday, so New Year's substitute is the 3rd),
		// so for those only the existence of a substitute is required.
		country := code[:2]
		cs, err := ForRegion(country, allCategories...)
		require.NoError(t, err)
		for _, h := range cs.Holidays(y) {
			if !h.Observed {
				require.True(t, holdsNationwide(hs, h), "%s %d lacks nationwide %v", code, y, h)
				continue
			}
			// (not where the region has another weekend: Johor 2014–2024)
			sameWeekend := true
			for d := h.Date - 7; d <= h.Date; d++ {
				sameWeekend = sameWeekend && all.IsWeekend(d) == cs.IsWeekend(d)
			}
			require.True(t, !sameWeekend || slices.ContainsFunc(hs, func(o Holiday) bool {
				return o.Observed && o.ID == h.ID && o.Date >= h.Date && o.Date-h.Date < 7
			}), "%s %d lacks a substitute for %v", code, y, h)
		}
		// Category filtering partitions the full set.
		n := 0
		for _, c := range allCategories {
			s, err := ForRegion(code, c)
			require.NoError(t, err)
			for _, h := range s.Holidays(y) {
				require.Equal(t, c, h.Category)
				n++
			}
		}
		require.Equal(t, len(hs), n)
	})
}

func TestRegionsSorted(t *testing.T) {
	rs := Regions()
	require.NotEmpty(t, rs)
	require.True(t, slices.IsSortedFunc(rs, func(a, b RegionInfo) int {
		if a.Code < b.Code {
			return -1
		}
		if a.Code > b.Code {
			return 1
		}
		return 0
	}))
	for i, r := range rs {
		if i > 0 {
			require.NotEqual(t, rs[i-1].Code, r.Code)
		}
		require.NotEmpty(t, r.Name)
		require.NotEmpty(t, r.NameEN)
		_, err := ForRegion(r.Code)
		require.NoError(t, err)
	}
	var codes []string
	for _, r := range rs {
		codes = append(codes, r.Code)
	}
	for _, c := range []string{"DE", "DE-BW", "DE-BY", "DE-BE", "DE-BB", "DE-HB", "DE-HH", "DE-HE", "DE-MV", "DE-NI", "DE-NW", "DE-RP", "DE-SL", "DE-SN", "DE-ST", "DE-SH", "DE-TH", "DE-BY-AUGSBURG"} {
		assert.Contains(t, codes, c)
	}
}

// Every region and every year 1995–2060: the structural laws, exhaustively.
func TestAllRegionYears(t *testing.T) {
	for _, r := range Regions() {
		all, err := ForRegion(r.Code, allCategories...)
		require.NoError(t, err)
		pub, err := ForRegion(r.Code)
		require.NoError(t, err)
		for y := 1995; y <= 2060; y++ {
			hs := all.Holidays(y)
			require.NotEmpty(t, hs, "%s %d", r.Code, y)
			full := map[date.Date]int{}
			for _, h := range hs {
				if h.Category == Public || h.Category == Bank {
					full[h.Date]++
				}
			}
			for i, h := range hs {
				require.Equal(t, y, h.Date.Year(), "%s %v", r.Code, h)
				if i > 0 {
					p := hs[i-1]
					require.True(t, p.Date < h.Date || (p.Date == h.Date && p.ID < h.ID), "%s: %v then %v", r.Code, p, h)
				}
				if h.Observed {
					require.False(t, all.IsWeekend(h.Date), "%s %v", r.Code, h)
					require.Equal(t, 1, full[h.Date], "%s: substitute %v shares its date", r.Code, h)
				}
			}
			dates := pub.HolidayDates(y)
			i := 0
			for d := date.New(y, 1, 1); d.Year() == y; d++ {
				in := i < len(dates) && dates[i] == d
				if in {
					i++
				}
				require.Equal(t, in, pub.IsHoliday(d), "%s %s", r.Code, d)
			}
			require.Equal(t, len(dates), i, "%s %d: HolidayDates sorted, unique, in year", r.Code, y)
			// Extra working days: in the year, sorted, unique, on the
			// region's weekend, never a full-day (Public or Bank) holiday.
			work := all.WorkingDates(y)
			require.True(t, slices.IsSorted(work), "%s %d", r.Code, y)
			for i, d := range work {
				require.Equal(t, y, d.Year(), "%s %s", r.Code, d)
				require.True(t, all.IsWeekend(d), "%s: working day %s is not a weekend day", r.Code, d)
				require.Zero(t, full[d], "%s: working day %s is a holiday", r.Code, d)
				require.True(t, i == 0 || work[i-1] < d, "%s %d", r.Code, y)
			}
		}
	}
}

// holdsNationwide reports whether a region's holidays hs include the
// nationwide holiday h. A state may keep a moon-sighted nationwide festival
// on its own day (India: Karnataka's and Rajasthan's Idu'l Zuha 2026, see
// in_states.go): then the same holiday, by ID, within three days.
func holdsNationwide(hs []Holiday, h Holiday) bool {
	return slices.Contains(hs, h) || slices.ContainsFunc(hs, func(o Holiday) bool {
		return o.ID == h.ID && !o.Observed && o.Date != h.Date && o.Date-h.Date <= 3 && h.Date-o.Date <= 3
	})
}

// Every subdivision holds its country's nationwide holidays in the years
// whose data is newest (announced lists, states' own days), for every
// region, not only the ones TestPropertiesAllRegions happens to draw.
func TestNationwideInEverySubdivisionRecentYears(t *testing.T) {
	for _, ri := range Regions() {
		if len(ri.Code) <= 2 {
			continue
		}
		rs, err := ForRegion(ri.Code, allCategories...)
		require.NoError(t, err)
		cs, err := ForRegion(ri.Code[:2], allCategories...)
		require.NoError(t, err)
		for y := 2024; y <= 2027; y++ {
			hs := rs.Holidays(y)
			for _, h := range cs.Holidays(y) {
				if !h.Observed && !holdsNationwide(hs, h) {
					t.Errorf("%s %d lacks nationwide %v", ri.Code, y, h)
				}
			}
		}
	}
}
