package holidays

import "testing"

// Kenya and Nigeria: the days fixed by their Acts, with the substitutes
// the Acts give (the Islamic days are estimates, not compared): Kenya
// 2005 (Moi Day; Christmas on a Sunday taken after Boxing Day) and 2024
// (Mashujaa Day on a Sunday); Nigeria 2015 (Democracy Day on 29 May;
// Boxing Day on a Saturday taken on Monday) and 2024 (on 12 June).
func TestKenyaNigeria(t *testing.T) {
	checkFirmDates(t, "KE", []yearRef{
		{2005, "01-01 03-25 03-28 05-01 05-02 06-01 10-10 10-20 12-12 12-25 12-26 12-27"},
		{2024, "01-01 03-29 04-01 05-01 06-01 10-20 10-21 12-12 12-25 12-26"},
	})
	checkFirmDates(t, "NG", []yearRef{
		{2015, "01-01 04-03 04-06 05-01 05-29 10-01 12-25 12-26 12-28"},
		{2024, "01-01 03-29 04-01 05-01 06-12 10-01 12-25 12-26"},
	})
}
