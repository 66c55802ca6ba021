package holidays

import "testing"

// The Philippines: the regular holidays of 2024 and 2025 as proclaimed
// (Proclamations 368 of 2023 and 727 of 2024 with the Eid proclamations)
// and of 2005, before National Heroes Day moved to the last Monday of
// August and before Eid'l Adha (Eid'l Fitr estimated then, not compared);
// the statutory special non-working days of 2024 as Bank.
func TestPhilippines(t *testing.T) {
	checkDates(t, "PH", []yearRef{
		{2024, "01-01 03-28 03-29 04-09 04-10 05-01 06-12 06-17 08-26 11-30 12-25 12-30"},
		{2025, "01-01 04-01 04-09 04-17 04-18 05-01 06-06 06-12 08-25 11-30 12-25 12-30"},
	})
	checkFirmDates(t, "PH", []yearRef{{2005, "01-01 03-24 03-25 04-09 05-01 06-12 08-31 11-30 12-25 12-30"}})
	checkDates(t, "PH", []yearRef{{2024, "02-10 03-30 08-21 11-01 12-08 12-31"}}, Bank)
}
