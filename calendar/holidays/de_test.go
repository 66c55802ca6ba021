package holidays

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Expected lists are written from the Länder laws and the ministries'
// published calendars (Easter dates from the published table), not from the code.
func TestGermanyTables(t *testing.T) {
	cases := []struct {
		region string
		year   int
		cats   []Category
		want   string
	}{
		{"DE-NW", 2024, nil, `
			2024-01-01 de.neujahr
			2024-03-29 de.karfreitag
			2024-04-01 de.ostermontag
			2024-05-01 de.tag-der-arbeit
			2024-05-09 de.christi-himmelfahrt
			2024-05-20 de.pfingstmontag
			2024-05-30 de.fronleichnam
			2024-10-03 de.tag-der-deutschen-einheit
			2024-11-01 de.allerheiligen
			2024-12-25 de.weihnachtstag-1
			2024-12-26 de.weihnachtstag-2`},
		{"DE-BY", 2025, nil, `
			2025-01-01 de.neujahr
			2025-01-06 de.heilige-drei-koenige
			2025-04-18 de.karfreitag
			2025-04-21 de.ostermontag
			2025-05-01 de.tag-der-arbeit
			2025-05-29 de.christi-himmelfahrt
			2025-06-09 de.pfingstmontag
			2025-06-19 de.fronleichnam
			2025-10-03 de.tag-der-deutschen-einheit
			2025-11-01 de.allerheiligen
			2025-12-25 de.weihnachtstag-1
			2025-12-26 de.weihnachtstag-2`},
		{"DE-BY", 2025, []Category{Public, Optional, HalfDay}, `
			2025-01-01 de.neujahr
			2025-01-06 de.heilige-drei-koenige
			2025-04-18 de.karfreitag
			2025-04-21 de.ostermontag
			2025-05-01 de.tag-der-arbeit
			2025-05-29 de.christi-himmelfahrt
			2025-06-09 de.pfingstmontag
			2025-06-19 de.fronleichnam
			2025-08-15 de.mariae-himmelfahrt
			2025-10-03 de.tag-der-deutschen-einheit
			2025-11-01 de.allerheiligen
			2025-12-24 de.heiligabend
			2025-12-25 de.weihnachtstag-1
			2025-12-26 de.weihnachtstag-2
			2025-12-31 de.silvester`},
		{"DE-BY-AUGSBURG", 2025, nil, `
			2025-01-01 de.neujahr
			2025-01-06 de.heilige-drei-koenige
			2025-04-18 de.karfreitag
			2025-04-21 de.ostermontag
			2025-05-01 de.tag-der-arbeit
			2025-05-29 de.christi-himmelfahrt
			2025-06-09 de.pfingstmontag
			2025-06-19 de.fronleichnam
			2025-08-08 de.augsburger-friedensfest
			2025-08-15 de.mariae-himmelfahrt
			2025-10-03 de.tag-der-deutschen-einheit
			2025-11-01 de.allerheiligen
			2025-12-25 de.weihnachtstag-1
			2025-12-26 de.weihnachtstag-2`},
		{"DE-BE", 2018, nil, `
			2018-01-01 de.neujahr
			2018-03-30 de.karfreitag
			2018-04-02 de.ostermontag
			2018-05-01 de.tag-der-arbeit
			2018-05-10 de.christi-himmelfahrt
			2018-05-21 de.pfingstmontag
			2018-10-03 de.tag-der-deutschen-einheit
			2018-12-25 de.weihnachtstag-1
			2018-12-26 de.weihnachtstag-2`},
		{"DE-BE", 2019, nil, `
			2019-01-01 de.neujahr
			2019-03-08 de.frauentag
			2019-04-19 de.karfreitag
			2019-04-22 de.ostermontag
			2019-05-01 de.tag-der-arbeit
			2019-05-30 de.christi-himmelfahrt
			2019-06-10 de.pfingstmontag
			2019-10-03 de.tag-der-deutschen-einheit
			2019-12-25 de.weihnachtstag-1
			2019-12-26 de.weihnachtstag-2`},
		{"DE-BE", 2020, nil, `
			2020-01-01 de.neujahr
			2020-03-08 de.frauentag
			2020-04-10 de.karfreitag
			2020-04-13 de.ostermontag
			2020-05-01 de.tag-der-arbeit
			2020-05-08 de.tag-der-befreiung
			2020-05-21 de.christi-himmelfahrt
			2020-06-01 de.pfingstmontag
			2020-10-03 de.tag-der-deutschen-einheit
			2020-12-25 de.weihnachtstag-1
			2020-12-26 de.weihnachtstag-2`},
		{"DE-BE", 2025, nil, `
			2025-01-01 de.neujahr
			2025-03-08 de.frauentag
			2025-04-18 de.karfreitag
			2025-04-21 de.ostermontag
			2025-05-01 de.tag-der-arbeit
			2025-05-08 de.tag-der-befreiung
			2025-05-29 de.christi-himmelfahrt
			2025-06-09 de.pfingstmontag
			2025-10-03 de.tag-der-deutschen-einheit
			2025-12-25 de.weihnachtstag-1
			2025-12-26 de.weihnachtstag-2`},
		// Once, on Saturday 17 June 2028: the 75th anniversary of the
		// uprising of 17 June 1953 (BerlFTG as amended, GVBl. 2024 S. 460).
		{"DE-BE", 2028, nil, `
			2028-01-01 de.neujahr
			2028-03-08 de.frauentag
			2028-04-14 de.karfreitag
			2028-04-17 de.ostermontag
			2028-05-01 de.tag-der-arbeit
			2028-05-25 de.christi-himmelfahrt
			2028-06-05 de.pfingstmontag
			2028-06-17 de.jahrestag-17-juni-1953
			2028-10-03 de.tag-der-deutschen-einheit
			2028-12-25 de.weihnachtstag-1
			2028-12-26 de.weihnachtstag-2`},
		{"DE-SN", 1995, nil, `
			1995-01-01 de.neujahr
			1995-04-14 de.karfreitag
			1995-04-17 de.ostermontag
			1995-05-01 de.tag-der-arbeit
			1995-05-25 de.christi-himmelfahrt
			1995-06-05 de.pfingstmontag
			1995-10-03 de.tag-der-deutschen-einheit
			1995-10-31 de.reformationstag
			1995-11-22 de.buss-und-bettag
			1995-12-25 de.weihnachtstag-1
			1995-12-26 de.weihnachtstag-2`},
		{"DE-SN", 2025, []Category{Optional}, `
			2025-06-19 de.fronleichnam`},
		{"DE-HH", 2017, nil, `
			2017-01-01 de.neujahr
			2017-04-14 de.karfreitag
			2017-04-17 de.ostermontag
			2017-05-01 de.tag-der-arbeit
			2017-05-25 de.christi-himmelfahrt
			2017-06-05 de.pfingstmontag
			2017-10-03 de.tag-der-deutschen-einheit
			2017-10-31 de.reformationstag
			2017-12-25 de.weihnachtstag-1
			2017-12-26 de.weihnachtstag-2`},
		{"DE-HH", 2018, nil, `
			2018-01-01 de.neujahr
			2018-03-30 de.karfreitag
			2018-04-02 de.ostermontag
			2018-05-01 de.tag-der-arbeit
			2018-05-10 de.christi-himmelfahrt
			2018-05-21 de.pfingstmontag
			2018-10-03 de.tag-der-deutschen-einheit
			2018-10-31 de.reformationstag
			2018-12-25 de.weihnachtstag-1
			2018-12-26 de.weihnachtstag-2`},
		{"DE-HH", 2016, nil, `
			2016-01-01 de.neujahr
			2016-03-25 de.karfreitag
			2016-03-28 de.ostermontag
			2016-05-01 de.tag-der-arbeit
			2016-05-05 de.christi-himmelfahrt
			2016-05-16 de.pfingstmontag
			2016-10-03 de.tag-der-deutschen-einheit
			2016-12-25 de.weihnachtstag-1
			2016-12-26 de.weihnachtstag-2`},
		{"DE-MV", 2022, nil, `
			2022-01-01 de.neujahr
			2022-04-15 de.karfreitag
			2022-04-18 de.ostermontag
			2022-05-01 de.tag-der-arbeit
			2022-05-26 de.christi-himmelfahrt
			2022-06-06 de.pfingstmontag
			2022-10-03 de.tag-der-deutschen-einheit
			2022-10-31 de.reformationstag
			2022-12-25 de.weihnachtstag-1
			2022-12-26 de.weihnachtstag-2`},
		{"DE-MV", 2023, nil, `
			2023-01-01 de.neujahr
			2023-03-08 de.frauentag
			2023-04-07 de.karfreitag
			2023-04-10 de.ostermontag
			2023-05-01 de.tag-der-arbeit
			2023-05-18 de.christi-himmelfahrt
			2023-05-29 de.pfingstmontag
			2023-10-03 de.tag-der-deutschen-einheit
			2023-10-31 de.reformationstag
			2023-12-25 de.weihnachtstag-1
			2023-12-26 de.weihnachtstag-2`},
		{"DE-TH", 2018, nil, `
			2018-01-01 de.neujahr
			2018-03-30 de.karfreitag
			2018-04-02 de.ostermontag
			2018-05-01 de.tag-der-arbeit
			2018-05-10 de.christi-himmelfahrt
			2018-05-21 de.pfingstmontag
			2018-10-03 de.tag-der-deutschen-einheit
			2018-10-31 de.reformationstag
			2018-12-25 de.weihnachtstag-1
			2018-12-26 de.weihnachtstag-2`},
		{"DE-TH", 2019, nil, `
			2019-01-01 de.neujahr
			2019-04-19 de.karfreitag
			2019-04-22 de.ostermontag
			2019-05-01 de.tag-der-arbeit
			2019-05-30 de.christi-himmelfahrt
			2019-06-10 de.pfingstmontag
			2019-09-20 de.weltkindertag
			2019-10-03 de.tag-der-deutschen-einheit
			2019-10-31 de.reformationstag
			2019-12-25 de.weihnachtstag-1
			2019-12-26 de.weihnachtstag-2`},
		{"DE-BB", 2024, nil, `
			2024-01-01 de.neujahr
			2024-03-29 de.karfreitag
			2024-03-31 de.ostersonntag
			2024-04-01 de.ostermontag
			2024-05-01 de.tag-der-arbeit
			2024-05-09 de.christi-himmelfahrt
			2024-05-19 de.pfingstsonntag
			2024-05-20 de.pfingstmontag
			2024-10-03 de.tag-der-deutschen-einheit
			2024-10-31 de.reformationstag
			2024-12-25 de.weihnachtstag-1
			2024-12-26 de.weihnachtstag-2`},
		// Whole country 2017: Reformationstag everywhere, once.
		{"DE", 2017, nil, `
			2017-01-01 de.neujahr
			2017-04-14 de.karfreitag
			2017-04-17 de.ostermontag
			2017-05-01 de.tag-der-arbeit
			2017-05-25 de.christi-himmelfahrt
			2017-06-05 de.pfingstmontag
			2017-10-03 de.tag-der-deutschen-einheit
			2017-10-31 de.reformationstag
			2017-12-25 de.weihnachtstag-1
			2017-12-26 de.weihnachtstag-2`},
		// 1994: last nationwide Buß- und Bettag (23 Nov 1994 was a Wednesday, so the 16th).
		{"DE-NW", 1994, nil, `
			1994-01-01 de.neujahr
			1994-04-01 de.karfreitag
			1994-04-04 de.ostermontag
			1994-05-01 de.tag-der-arbeit
			1994-05-12 de.christi-himmelfahrt
			1994-05-23 de.pfingstmontag
			1994-06-02 de.fronleichnam
			1994-10-03 de.tag-der-deutschen-einheit
			1994-11-01 de.allerheiligen
			1994-11-16 de.buss-und-bettag
			1994-12-25 de.weihnachtstag-1
			1994-12-26 de.weihnachtstag-2`},
		{"DE-SL", 2026, nil, `
			2026-01-01 de.neujahr
			2026-04-03 de.karfreitag
			2026-04-06 de.ostermontag
			2026-05-01 de.tag-der-arbeit
			2026-05-14 de.christi-himmelfahrt
			2026-05-25 de.pfingstmontag
			2026-06-04 de.fronleichnam
			2026-08-15 de.mariae-himmelfahrt
			2026-10-03 de.tag-der-deutschen-einheit
			2026-11-01 de.allerheiligen
			2026-12-25 de.weihnachtstag-1
			2026-12-26 de.weihnachtstag-2`},
		{"DE-ST", 2026, nil, `
			2026-01-01 de.neujahr
			2026-01-06 de.heilige-drei-koenige
			2026-04-03 de.karfreitag
			2026-04-06 de.ostermontag
			2026-05-01 de.tag-der-arbeit
			2026-05-14 de.christi-himmelfahrt
			2026-05-25 de.pfingstmontag
			2026-10-03 de.tag-der-deutschen-einheit
			2026-10-31 de.reformationstag
			2026-12-25 de.weihnachtstag-1
			2026-12-26 de.weihnachtstag-2`},
	}
	for _, c := range cases {
		expectYear(t, c.region, c.year, c.cats, c.want)
	}
}

// Buß- und Bettag is the Wednesday before 23 November: always 16–22 November.
func TestBussUndBettag(t *testing.T) {
	sn, err := ForRegion("DE-SN")
	require.NoError(t, err)
	want := map[int]string{1995: "1995-11-22", 2017: "2017-11-22", 2018: "2018-11-21", 2021: "2021-11-17", 2022: "2022-11-16", 2023: "2023-11-22", 2024: "2024-11-20", 2025: "2025-11-19"}
	for y, d := range want {
		h, ok := sn.Lookup(day(d))
		require.True(t, ok, d)
		assert.Equal(t, "de.buss-und-bettag", h.ID)
		assert.Equal(t, "Buß- und Bettag", h.Name)
		_ = y
	}
	for y := 1995; y <= 2060; y++ {
		n := 0
		for _, h := range sn.Holidays(y) {
			if h.ID == "de.buss-und-bettag" {
				n++
				assert.Equal(t, 3, int(h.Date.Weekday()))
				assert.GreaterOrEqual(t, h.Date, day(itoa4(y)+"-11-16"))
				assert.LessOrEqual(t, h.Date, day(itoa4(y)+"-11-22"))
			}
		}
		assert.Equal(t, 1, n, "year %d", y)
	}
	by, err := ForRegion("DE-BY")
	require.NoError(t, err)
	assert.False(t, by.IsHoliday(day("1995-11-22")), "abolished outside Sachsen from 1995")
	assert.True(t, by.IsHoliday(day("1994-11-16")))
}

// The history the peers get wrong, year by year 1995–2060.
func TestGermanyHistory(t *testing.T) {
	has := func(region, d string) bool {
		s, err := ForRegion(region)
		require.NoError(t, err)
		return s.IsHoliday(day(d))
	}
	for y := 1995; y <= 2060; y++ {
		ys := itoa4(y)
		for _, r := range []string{"DE-HB", "DE-HH", "DE-NI", "DE-SH"} {
			assert.Equal(t, y >= 2018 || y == 2017, has(r, ys+"-10-31"), "Reformationstag %s %d", r, y)
		}
		for _, r := range []string{"DE-BB", "DE-MV", "DE-SN", "DE-ST", "DE-TH"} {
			assert.True(t, has(r, ys+"-10-31"), "Reformationstag %s %d", r, y)
		}
		for _, r := range []string{"DE-BW", "DE-BY", "DE-BE", "DE-HE", "DE-NW", "DE-RP", "DE-SL"} {
			assert.Equal(t, y == 2017, has(r, ys+"-10-31"), "Reformationstag %s %d", r, y)
		}
		assert.Equal(t, y >= 2019, has("DE-BE", ys+"-03-08"), "Frauentag BE %d", y)
		assert.Equal(t, y >= 2023, has("DE-MV", ys+"-03-08"), "Frauentag MV %d", y)
		assert.Equal(t, y >= 2019, has("DE-TH", ys+"-09-20"), "Weltkindertag TH %d", y)
		befreiung := false
		be, _ := ForRegion("DE-BE")
		for _, h := range be.Holidays(y) {
			befreiung = befreiung || h.ID == "de.tag-der-befreiung"
		}
		assert.Equal(t, y == 2020 || y == 2025, befreiung, "Tag der Befreiung %d", y)
		assert.False(t, has("DE-BY", ys+"-08-15"), "Mariä Himmelfahrt is not Public in all of Bavaria")
		assert.True(t, has("DE-SL", ys+"-08-15"))
		assert.True(t, has("DE", ys+"-10-03"))
	}
}

func itoa4(y int) string {
	b := []byte("0000")
	for i := 3; i >= 0; i-- {
		b[i] = byte('0' + y%10)
		y /= 10
	}
	return string(b)
}

// The remaining Länder, 2025 (Easter 20 April).
func TestGermanyRemainingLaender2025(t *testing.T) {
	common := func(extra ...string) string {
		days := []string{
			"2025-01-01 de.neujahr",
			"2025-04-18 de.karfreitag",
			"2025-04-21 de.ostermontag",
			"2025-05-01 de.tag-der-arbeit",
			"2025-05-29 de.christi-himmelfahrt",
			"2025-06-09 de.pfingstmontag",
			"2025-10-03 de.tag-der-deutschen-einheit",
			"2025-12-25 de.weihnachtstag-1",
			"2025-12-26 de.weihnachtstag-2",
		}
		days = append(days, extra...)
		slices.Sort(days)
		return strings.Join(days, "\n")
	}
	expectYear(t, "DE-BW", 2025, nil, common("2025-01-06 de.heilige-drei-koenige", "2025-06-19 de.fronleichnam", "2025-11-01 de.allerheiligen"))
	expectYear(t, "DE-HE", 2025, nil, common("2025-06-19 de.fronleichnam"))
	expectYear(t, "DE-RP", 2025, nil, common("2025-06-19 de.fronleichnam", "2025-11-01 de.allerheiligen"))
	for _, r := range []string{"DE-HB", "DE-NI", "DE-SH", "DE-HH"} {
		expectYear(t, r, 2025, nil, common("2025-10-31 de.reformationstag"))
	}
	expectYear(t, "DE", 2025, nil, common())
	expectYear(t, "DE", 2025, []Category{HalfDay}, `
		2025-12-24 de.heiligabend
		2025-12-31 de.silvester`)
}
