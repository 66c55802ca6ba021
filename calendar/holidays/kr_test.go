package holidays

import "testing"

// South Korea's public holidays as the Ministry of the Interior and
// Safety lists them (관공서의 공휴일; the Korea Astronomy and Space Science
// Institute's 월력요항 for the lunar days): 1995 (신정 two days, Arbor Day,
// Constitution Day, a local election), 2014 (the first substitute, Chuseok
// on a Sunday), 2017 (Chuseok's eve on National Foundation Day, the
// presidential election), 2023 (the first substitute for the Buddha's
// Birthday), 2025 (the Buddha's Birthday on Children's Day; 1 March on a
// Saturday; the presidential election). Workers' Day is Bank, not listed.
func TestSouthKoreaOfficial(t *testing.T) {
	checkDates(t, "KR", []yearRef{
		{1995, "01-01 01-02 01-30 01-31 02-01 03-01 04-05 05-05 05-07 06-06 06-27 07-17 08-15 09-08 09-09 09-10 10-03 12-25"},
		{2014, "01-01 01-30 01-31 02-01 03-01 05-05 05-06 06-04 06-06 08-15 09-07 09-08 09-09 09-10 10-03 10-09 12-25"},
		{2017, "01-01 01-27 01-28 01-29 01-30 03-01 05-03 05-05 05-09 06-06 08-15 10-02 10-03 10-04 10-05 10-06 10-09 12-25"},
		{2023, "01-01 01-21 01-22 01-23 01-24 03-01 05-05 05-27 05-29 06-06 08-15 09-28 09-29 09-30 10-02 10-03 10-09 12-25"},
		{2025, "01-01 01-27 01-28 01-29 01-30 03-01 03-03 05-05 05-06 06-03 06-06 08-15 10-03 10-05 10-06 10-07 10-08 10-09 12-25"},
	})
	// Korean time: Seollal 2027 is 7 February (China: 6 February); 2027
	// as the rules give it (not yet published)
	checkDates(t, "KR", []yearRef{{2027, "01-01 02-06 02-07 02-08 02-09 03-01 05-05 05-13 06-06 08-15 08-16 09-14 09-15 09-16 10-03 10-04 10-09 10-11 12-25 12-27"}})
}
