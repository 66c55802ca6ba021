package holidays

import "testing"

// Vietnam: 2024 and 2025 as the Government announced them (Tết 8–14
// February 2024 and 25 January–2 February 2025, the weekdays of which are
// listed; National Day 2–3 September 2024, 1–2 September 2025); 2007 as the
// 1994 Labour Code gives it with Vietnam's own lunar calendar (Tết on 17
// February, a day before China's) — the first year of the Hùng Kings'
// Commemoration.
func TestVietnam(t *testing.T) {
	checkDates(t, "VN", []yearRef{
		{2007, "01-01 02-16 02-17 02-18 02-19 02-20 02-21 04-26 04-30 05-01 09-02 09-03"},
		{2024, "01-01 02-08 02-09 02-12 02-13 02-14 04-18 04-30 05-01 09-02 09-03"},
		{2025, "01-01 01-27 01-28 01-29 01-30 01-31 04-07 04-30 05-01 09-01 09-02"},
	})
}
