package holidays

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Assam, GAD holidays (sources beside the rules in in_states_northeast.go):
// the state's own days of 2024 and 2025 as notified, and the estimates
// against the lists of 2013 (Assam Yellow Page), 2021 (Northeast Today, 18
// December 2020) and 2023 (Career Job Portal, the GAD notification):
// never more than a day off.
func TestIndiaAssam(t *testing.T) {
	// 2024: Magh Bihu 15–16 January, Gwthar Bathou San and Netaji's
	// Birthday 23 January, Me-Dam-Me-Phi, Bir Chilaray Divas 24 February,
	// Dol Jatra 25 March, Bohag Bihu 13–15 April, Sati Sadhani Divas (21
	// April; the reproduction's 20th not taken), May Day, Damodardeva's
	// tithi 8 May, Madhabdeva's Janmotsav 24 May, his Tirubhav tithi 23
	// August, Janmashtami 26 August, Sankardeva's Tirubhav tithi 4
	// September, Karam Puja 14 September, Durga Puja 10–12 October,
	// Sankardeva's Janmotsav (with Bijoya Dashomi) 13 October, Kati Bihu
	// 17 October, Bhatri Dwitiya 3 November, Chhath Puja 7 November,
	// Lachit Divas, Asom Divas. 2025 as Sakshi Post gives it, Janmashtami
	// on 14 September.
	checkOwnDates(t, "IN-AS", []yearRef{
		{2024, "01-15 01-16 01-23 01-23 01-31 02-24 03-25 04-13 04-14 04-15 04-21 05-01 05-08 05-24 08-23 08-26 09-04 09-14 10-10 10-11 10-12 10-13 10-17 11-03 11-07 11-24 12-02"},
		{2025, "01-14 01-15 01-23 01-28 01-31 02-12 03-14 04-14 04-15 04-16 04-21 04-28 05-01 06-12 08-25 09-03 09-12 09-14 09-29 09-30 10-01 10-02 10-18 10-23 10-28 11-24 12-02"},
	})
	as, err := ForRegion("IN-AS", allCategories...)
	require.NoError(t, err)
	lists := map[int]map[string]string{
		2013: {"magh-bihu": "01-14", "bir-chilaray-divas": "02-25", "dol-jatra": "03-27", "bohag-bihu": "04-14",
			"damodardeva-tithi": "05-10", "madhabdeva-janmotsav": "05-26", "madhabdeva-tirubhav": "08-25", "janmashtami": "08-28",
			"sankardeva-tirubhav": "09-07", "durga-puja": "10-11", "sankardeva-janmotsav": "10-14", "kati-bihu": "10-18"},
		2021: {"magh-bihu": "01-14", "bir-chilaray-divas": "02-27", "dol-jatra": "03-28", "bohag-bihu": "04-14",
			"damodardeva-tithi": "05-12", "madhabdeva-janmotsav": "05-27", "madhabdeva-tirubhav": "08-27", "janmashtami": "08-30",
			"sankardeva-tirubhav": "09-08", "durga-puja": "10-12", "sankardeva-janmotsav": "10-15", "kati-bihu": "10-18",
			"bhatri-dwitiya": "11-06"},
		2023: {"magh-bihu": "01-15", "bir-chilaray-divas": "02-05", "dol-jatra": "03-07", "bohag-bihu": "04-14",
			"damodardeva-tithi": "04-20", "madhabdeva-janmotsav": "06-05", "sankardeva-tirubhav": "08-18", "karam-puja": "08-27",
			"madhabdeva-tirubhav": "09-04", "janmashtami": "09-06", "sankardeva-janmotsav": "09-25", "kati-bihu": "10-18",
			"durga-puja": "10-21", "bhatri-dwitiya": "11-15"},
	}
	total, exact := 0, 0
	for y, list := range lists {
		got := map[string]Holiday{}
		for _, h := range as.Holidays(y) {
			got[strings.TrimPrefix(h.ID, "in-as.")] = h
		}
		for id, md := range list {
			h, ok := got[id]
			if !assert.True(t, ok, "%s %d missing", id, y) {
				continue
			}
			assert.True(t, h.Estimated, "%s %d", id, y)
			total++
			switch d := int(h.Date - day(fmt.Sprintf("%d-%s", y, md))); {
			case d == 0:
				exact++
			case d < -1 || d > 1:
				t.Errorf("%s %d: estimate %s, listed %d-%s", id, y, h.Date, y, md)
			}
		}
	}
	assert.GreaterOrEqual(t, exact, total-3, "exact estimates: %d of %d", exact, total)
	// Janmashtami in the solar month Bhado: a lunar month after the
	// Central (optional) date in 2025.
	ids := map[string]string{}
	for _, h := range as.Holidays(2025) {
		if h.ID == "in.janmashtami" || h.ID == "in-as.janmashtami" {
			ids[h.ID] = h.Date.String()
		}
	}
	assert.Equal(t, map[string]string{"in.janmashtami": "2025-08-16", "in-as.janmashtami": "2025-09-14"}, ids)
	found := false
	for _, info := range Regions() {
		found = found || (info.Code == "IN-AS" && info.NameEN == "Assam")
	}
	assert.True(t, found, "Regions() lacks IN-AS")
}

// Mizoram, GAD lists of public holidays (sources beside the rules in
// in_states_northeast.go): the state's own days of 2024 (the Government's
// page) and 2021 (India Today) as listed, and of 2014 (holidaystracker's
// reproduction of the GAD memo) and 2017 (mizoram.nic.in) where the lists
// give them.
func TestIndiaMizoram(t *testing.T) {
	// 2024: New Year's Day, New Year Celebration, Missionary Day, State
	// Day, Chapchar Kut 1 March, Holi 25 March, YMA Day, Remna Ni, MHIP
	// Day, Christmas Eve, Christmas Celebration (26 December; the list
	// prints "26.10.2024", a Thursday in December), New Year's Eve. 2021:
	// the same days, Chapchar Kut 5 March, Holi 29 March, the Christmas
	// Celebration on Monday 27 December. 2014: Chapchar Kut 7 March, Holi
	// 17 March (the estimate; the list's day), Christmas Festival 26
	// December.
	checkOwnDates(t, "IN-MZ", []yearRef{
		{2024, "01-01 01-02 01-11 02-20 03-01 03-25 06-15 06-30 07-06 12-24 12-26 12-31"},
		{2021, "01-01 01-02 01-11 02-20 03-05 03-29 06-15 06-30 07-06 12-24 12-27 12-31"},
		{2014, "01-01 01-02 01-11 02-20 03-07 03-17 06-15 06-30 07-06 12-24 12-26 12-31"},
	})
	mz, err := ForRegion("IN-MZ", allCategories...)
	require.NoError(t, err)
	got := map[string]bool{}
	for _, y := range []int{2013, 2017, 2025, 2026} {
		for _, h := range mz.Holidays(y) {
			if strings.HasPrefix(h.ID, "in-mz.") {
				got[fmt.Sprintf("%s %s %v", h.Date, h.ID, h.Estimated)] = true
			}
		}
	}
	for _, k := range []string{
		"2017-03-03 in-mz.chapchar-kut false", "2017-03-13 in-mz.holi true", "2017-12-26 in-mz.christmas-celebration false",
		"2025-03-07 in-mz.chapchar-kut true", "2026-03-06 in-mz.chapchar-kut true", "2026-12-26 in-mz.christmas-celebration false",
	} {
		assert.True(t, got[k], "IN-MZ lacks %s", k)
	}
	for k := range got {
		assert.False(t, strings.HasPrefix(k, "2013"), "IN-MZ before the first list checked: %s", k)
	}
	found := false
	for _, info := range Regions() {
		found = found || (info.Code == "IN-MZ" && info.NameEN == "Mizoram")
	}
	assert.True(t, found, "Regions() lacks IN-MZ")
}
