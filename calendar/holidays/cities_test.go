package holidays

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// The city of Zürich: Sechseläuten (Zünfte Zürich's published dates: 11
// April 2011 and 8 April 2019 a week early, 28 April 2014, 25 April 2022
// and 28 April 2025 a week late, 15 April 2024) and Knabenschiessen
// Mondays (11 September 2023, 16 September 2024, 15 September 2025), as
// afternoons off; the canton has neither.
func TestZurichCity(t *testing.T) {
	city, err := ForRegion("CH-ZH-ZURICH", HalfDay)
	require.NoError(t, err)
	canton, err := ForRegion("CH-ZH", HalfDay)
	require.NoError(t, err)
	for _, d := range []string{"2011-04-11", "2014-04-28", "2019-04-08", "2022-04-25", "2024-04-15", "2025-04-28", "2023-09-11", "2024-09-16", "2025-09-15"} {
		require.True(t, city.IsHoliday(day(d)), d)
		require.False(t, canton.IsHoliday(day(d)), d)
	}
	pub, err := ForRegion("CH-ZH-ZURICH")
	require.NoError(t, err)
	require.False(t, pub.IsHoliday(day("2024-04-15")), "a half day is not a Public holiday")
	require.True(t, pub.IsHoliday(day("2024-12-26")), "the city includes the canton")
}

// French overseas departments: the abolition of slavery (décret 83-1003)
// beside the national days.
func TestFrenchOverseas(t *testing.T) {
	for region, d := range map[string]string{"FR-971": "2024-05-27", "FR-972": "2024-05-22", "FR-973": "2024-06-10", "FR-974": "2024-12-20", "FR-976": "2024-04-27"} {
		s, err := ForRegion(region)
		require.NoError(t, err)
		h, ok := s.Lookup(day(d))
		require.True(t, ok, region)
		require.Equal(t, "fr.abolition-de-l-esclavage", h.ID, region)
		require.True(t, s.IsHoliday(day("2024-07-14")), region)
		require.False(t, s.IsHoliday(day("2024-03-29")), "%s: Good Friday is Alsace-Moselle's", region)
	}
	fr, err := ForRegion("FR")
	require.NoError(t, err)
	require.False(t, fr.IsHoliday(day("2024-05-27")))
	yt, err := ForRegion("FR-976")
	require.NoError(t, err)
	require.False(t, yt.IsHoliday(day("2010-04-27")))
}

// Italian cities' patron saints (the municipalities' calendars) and South
// Tyrol's Whit Monday.
func TestItalianCities(t *testing.T) {
	for region, d := range map[string]string{
		"IT-RM-ROMA": "2024-06-29", "IT-MI-MILANO": "2024-12-07", "IT-TO-TORINO": "2024-06-24",
		"IT-NA-NAPOLI": "2024-09-19", "IT-FI-FIRENZE": "2024-06-24", "IT-BO-BOLOGNA": "2024-10-04",
		"IT-VE-VENEZIA": "2024-04-25", "IT-GE-GENOVA": "2024-06-24", "IT-PA-PALERMO": "2024-07-15",
		"IT-BA-BARI": "2024-12-06", "IT-TS-TRIESTE": "2024-11-03",
	} {
		s, err := ForRegion(region)
		require.NoError(t, err)
		require.True(t, s.IsHoliday(day(d)), region)
		prov, err := ForRegion(region[:5])
		require.NoError(t, err)
		if region != "IT-VE-VENEZIA" { // 25 April is Liberation Day everywhere
			require.False(t, prov.IsHoliday(day(d)), "%s: the province has no patron day", region)
		}
	}
	bz, err := ForRegion("IT-BZ")
	require.NoError(t, err)
	require.True(t, bz.IsHoliday(day("2024-05-20")))
	it, err := ForRegion("IT")
	require.NoError(t, err)
	require.False(t, it.IsHoliday(day("2024-05-20")))
}
