package holidays

import (
	"testing"
	"time"
)

// Saudi Arabia: the holidays the Ministry of Human Resources and Social
// Development announced for the private sector: 2019, 2024 (Ramadan of 30
// days: Eid al-Fitr holiday from 30 Ramadan, 9 April), 2025 (Founding Day
// on a Saturday taken on Sunday 23 February).
func TestSaudiArabia(t *testing.T) {
	checkDates(t, "SA", []yearRef{
		{2019, "06-04 06-05 06-06 06-07 08-10 08-11 08-12 08-13 09-23"},
		{2024, "02-22 04-09 04-10 04-11 04-12 06-15 06-16 06-17 06-18 09-23"},
		{2025, "02-22 02-23 03-30 03-31 04-01 04-02 06-05 06-06 06-07 06-08 09-23"},
	})
	s, _ := ForRegion("SA")
	if !s.IsWeekend(civilDate(2012, time.June, 28)) || s.IsWeekend(civilDate(2012, time.June, 30)) || !s.IsWeekend(civilDate(2013, time.June, 29)) {
		t.Error("Saudi weekend: Thursday–Friday until 28 June 2013, then Friday–Saturday")
	}
}

// The United Arab Emirates and Egypt: the fixed days and the announced
// Eids (the other Islamic days are estimates, checked for being marked).
// UAE 2024 (u.ae): New Year, Eid al-Fitr 10–12 April, Arafat and Eid
// al-Adha 15–18 June, Commemoration and National Day 1–3 December. Egypt
// 2024 (Cabinet): Coptic Christmas, 25 January, Eid al-Fitr 10–12 April,
// Sinai, Labour Day, Sham el-Nessim 6 May, Arafat and Eid al-Adha 15–18
// June, 30 June, 23 July, 6 October.
func TestUAEEgypt(t *testing.T) {
	checkFirmDates(t, "AE", []yearRef{
		{2024, "01-01 04-10 04-11 04-12 06-15 06-16 06-17 06-18 12-01 12-02 12-03"},
		{2017, "01-01 11-30 12-02 12-03"},
	})
	checkFirmDates(t, "EG", []yearRef{
		{2024, "01-07 01-25 04-10 04-11 04-12 04-25 05-01 05-06 06-15 06-16 06-17 06-18 06-30 07-23 10-06"},
	})
	ae, _ := ForRegion("AE")
	if !ae.IsWeekend(civilDate(2021, time.December, 31)) || ae.IsWeekend(civilDate(2022, time.January, 7)) || !ae.IsWeekend(civilDate(2022, time.January, 8)) {
		t.Error("UAE weekend: Friday–Saturday until 2021, Saturday–Sunday since 2022")
	}
	for _, h := range ae.Holidays(2024) {
		if (h.ID == "ae.mawlid" || h.ID == "ae.islamic-new-year") && (!h.Estimated || h.Source != srcTabularIslamic) {
			t.Errorf("%v: not marked as an estimate", h)
		}
	}
}
