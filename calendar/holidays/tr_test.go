package holidays

import "testing"

// Türkiye: the public holidays of Law No. 2429 with the Diyanet's dates:
// 2016 (before 15 July became a holiday), 2024; the eves are half days.
func TestTurkey(t *testing.T) {
	checkDates(t, "TR", []yearRef{
		{2016, "01-01 04-23 05-01 05-19 07-05 07-06 07-07 08-30 09-12 09-13 09-14 09-15 10-29"},
		{2024, "01-01 04-10 04-11 04-12 04-23 05-01 05-19 06-16 06-17 06-18 06-19 07-15 08-30 10-29"},
	})
	checkDates(t, "TR", []yearRef{{2024, "04-09 06-15 10-28"}}, HalfDay)
}
