package holidays

import "testing"

// Indonesia: the national holidays of the joint ministerial decrees for
// 2024 and 2025, and the fixed days of 2010 (no Labour Day or Pancasila
// Day yet; the other days estimated then, not compared).
func TestIndonesia(t *testing.T) {
	checkDates(t, "ID", []yearRef{
		{2024, "01-01 02-08 02-10 03-11 03-29 03-31 04-10 04-11 05-01 05-09 05-23 06-01 06-17 07-07 08-17 09-16 12-25"},
		{2025, "01-01 01-27 01-29 03-29 03-31 04-01 04-18 04-20 05-01 05-12 05-29 06-01 06-06 06-27 08-17 09-05 12-25"},
	})
	checkFirmDates(t, "ID", []yearRef{{2010, "01-01 02-14 04-02 05-13 08-17 12-25"}})
}
