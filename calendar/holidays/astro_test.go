package holidays

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/rickb777/date/v2"
)

// hkoTable holds, for 1995–2060, the Gregorian dates (MMDD) of lunar dates
// as published by the Hong Kong Observatory in its Gregorian–Lunar Calendar
// Conversion Table (1901–2100), https://www.hko.gov.hk/en/gts/time/conversion.htm,
// as tabulated in python-holidays (holidays/calendars/chinese.py, whose
// *_DATES tables are taken from it). The Observatory reckons in Hong Kong
// time, UTC+8, as China's GB/T 33661-2017 does.
var hkoTable = map[string]struct {
	month, day int
	rows       []string
}{
	"Lunar New Year (1/1)": {1, 1, []string{
		"0131 0219 0207 0128 0216 0205 0124 0212 0201 0122",
		"0209 0129 0218 0207 0126 0214 0203 0123 0210 0131",
		"0219 0208 0128 0216 0205 0125 0212 0201 0122 0210",
		"0129 0217 0206 0126 0213 0203 0123 0211 0131 0219",
		"0208 0128 0215 0204 0124 0212 0201 0122 0210 0130",
		"0217 0206 0126 0214 0202 0123 0211 0201 0219 0208",
		"0128 0215 0204 0124 0212 0202",
	}},
	"Hung Kings (3/10)": {3, 10, []string{
		"0409 0427 0416 0406 0425 0414 0403 0422 0411 0428",
		"0418 0407 0426 0415 0405 0423 0412 0331 0419 0409",
		"0428 0416 0406 0425 0414 0402 0421 0410 0429 0418",
		"0407 0426 0416 0404 0423 0412 0401 0419 0409 0428",
		"0417 0406 0425 0414 0403 0420 0410 0429 0419 0407",
		"0426 0415 0404 0422 0411 0401 0420 0409 0428 0417",
		"0406 0424 0413 0402 0421 0410",
	}},
	"Buddha's Birthday (4/8)": {4, 8, []string{
		"0507 0524 0514 0503 0522 0511 0430 0519 0508 0526",
		"0515 0505 0524 0512 0502 0521 0510 0428 0517 0506",
		"0525 0514 0503 0522 0512 0430 0519 0508 0526 0515",
		"0505 0524 0513 0502 0520 0509 0528 0516 0506 0525",
		"0515 0503 0522 0511 0430 0518 0507 0526 0516 0505",
		"0524 0513 0502 0520 0509 0528 0517 0506 0525 0515",
		"0504 0522 0511 0430 0519 0507",
	}},
	"Dragon Boat (5/5)": {5, 5, []string{
		"0602 0620 0609 0530 0618 0606 0625 0615 0604 0622",
		"0611 0531 0619 0608 0528 0616 0606 0623 0612 0602",
		"0620 0609 0530 0618 0607 0625 0614 0603 0622 0610",
		"0531 0619 0609 0528 0616 0605 0624 0612 0601 0620",
		"0610 0530 0618 0607 0527 0614 0603 0622 0611 0531",
		"0619 0608 0529 0615 0604 0623 0613 0601 0620 0610",
		"0530 0617 0606 0625 0614 0603",
	}},
	"Mid-Autumn (8/15)": {8, 15, []string{
		"0909 0927 0916 1005 0924 0912 1001 0921 0911 0928",
		"0918 1006 0925 0914 1003 0922 0912 0930 0919 0908",
		"0927 0915 1004 0924 0913 1001 0921 0910 0929 0917",
		"1006 0925 0915 1003 0922 0912 1001 0919 0908 0927",
		"0916 1004 0924 0913 1002 0920 0910 0928 0917 1005",
		"0925 0915 1004 0922 0911 0930 0919 0907 0926 0916",
		"1005 0924 0913 1002 0921 0909",
	}},
	"Double Ninth (9/9)": {9, 9, []string{
		"1101 1020 1010 1028 1017 1006 1025 1014 1004 1022",
		"1011 1030 1019 1007 1026 1016 1005 1023 1013 1002",
		"1021 1009 1028 1017 1007 1025 1014 1004 1023 1011",
		"1029 1018 1008 1026 1016 1005 1024 1012 1001 1020",
		"1009 1027 1017 1007 1026 1014 1003 1022 1011 1029",
		"1018 1008 1027 1016 1005 1024 1013 1030 1020 1009",
		"1028 1017 1007 1025 1014 1002",
	}},
}

// Where Korea's (UTC+9) or Vietnam's (UTC+7) calendar differs from China's
// in 1995–2060: python-holidays, chinese.py, KOREAN_CALENDAR_* (from the
// Korea Astronomy and Space Science Institute's lunar calendar) and
// VIETNAMESE_CALENDAR_* tables.
var lunarZoneDiffs = []struct {
	z          lunarZone
	month, day int
	year       int
	want       string
}{
	{zoneUTC9, 1, 1, 1997, "1997-02-08"},
	{zoneUTC9, 1, 1, 2027, "2027-02-07"},
	{zoneUTC9, 1, 1, 2028, "2028-01-27"},
	{zoneUTC9, 4, 8, 2001, "2001-05-01"},
	{zoneUTC9, 4, 8, 2012, "2012-05-28"},
	{zoneUTC9, 4, 8, 2023, "2023-05-27"},
	{zoneUTC9, 8, 15, 2040, "2040-09-21"},
	{zoneUTC7, 1, 1, 2007, "2007-02-17"},
	{zoneUTC7, 1, 1, 2030, "2030-02-02"},
	{zoneUTC7, 1, 1, 2053, "2053-02-18"},
	{zoneUTC7, 3, 10, 2009, "2009-04-04"},
	{zoneUTC7, 3, 10, 2037, "2037-04-24"},
	{zoneUTC7, 3, 10, 2038, "2038-04-13"},
}

// The astronomical lunisolar calendar (and the tables generated from it)
// gives the Observatory's dates for every year 1995–2060, and Korea's and
// Vietnam's where they differ.
func TestLunarDatesMatchHKO(t *testing.T) {
	for name, tab := range hkoTable {
		y := 1995
		for _, row := range tab.rows {
			for _, md := range strings.Fields(row) {
				want := fmt.Sprintf("%d-%s-%s", y, md[:2], md[2:])
				for _, compute := range []bool{false, true} {
					var got date.Date
					if compute {
						got = computedLunarDate(y, tab.month, tab.day, zoneUTC8)
					} else {
						got = lunarDate(y, tab.month, tab.day, zoneUTC8)
					}
					if got.String() != want {
						t.Errorf("%s %d (computed %v): %s, HKO %s", name, y, compute, got, want)
					}
				}
				y++
			}
		}
		if y != 2061 {
			t.Errorf("%s: table ends in %d", name, y-1)
		}
	}
	for _, c := range lunarZoneDiffs {
		if got := lunarDate(c.year, c.month, c.day, c.z); got.String() != c.want {
			t.Errorf("UTC+%v %d/%d %d: %s, want %s", c.z.hours(), c.month, c.day, c.year, got, c.want)
		}
		if got := lunarDate(c.year, c.month, c.day, zoneUTC8); got.String() == c.want {
			t.Errorf("UTC+8 %d/%d %d: %s, the same as UTC+%v", c.month, c.day, c.year, got, c.z.hours())
		}
	}
}

// computedLunarDate is lunarDate without the tables.
func computedLunarDate(y, month, day int, z lunarZone) date.Date {
	ly := computeLunarYear(y, z)
	d := ly.newYear
	idx := month - 1
	if ly.leapOf != 0 && month > ly.leapOf {
		idx++
	}
	for i := range idx {
		d += 29
		if ly.long&(1<<i) != 0 {
			d++
		}
	}
	return d + date.Date(day-1)
}

var _ = time.January

// Japan's Vernal and Autumnal Equinox Days, 1995–2050: the day of the
// equinox in Japan time as declared each February by the National
// Astronomical Observatory of Japan (暦要項) and listed by the Cabinet
// Office (内閣府「国民の祝日」, syukujitsu.csv, through 2027), and for
// 2028–2050 as computed in advance (holiday_jp, holidays.yml). Day of
// March, then day of September, from 1995.
var jpEquinoxes = [2]string{
	"21 20 20 21 21 20 20 21 21 20 20 21 21 20 20 21 21 20 20 21 21 20 20 21 21 20 20 21 21 20 20 20 21 20 20 20 21 20 20 20 21 20 20 20 21 20 20 20 21 20 20 20 21 20 20 20",
	"23 23 23 23 23 23 23 23 23 23 23 23 23 23 23 23 23 22 23 23 23 22 23 23 23 22 23 23 23 22 23 23 23 22 23 23 23 22 23 23 23 22 23 23 23 22 23 23 23 22 22 23 23 22 22 23",
}

// The equinox days computed astronomically (and the tables generated from
// the computation) agree with the published ones, 1995–2050, and with the
// approximation the Japan Coast Guard and NAOJ publish for 1980–2099
// (day = ⌊20.8431 + 0.242194 (Y − 1980) − ⌊(Y − 1980)/4⌋⌋ in March,
// 23.2488 instead of 20.8431 in September) for 2051–2060.
func TestJapanEquinoxes(t *testing.T) {
	for i, lon := range []int{0, 180} {
		month := []time.Month{time.March, time.September}[i]
		for j, f := range strings.Fields(jpEquinoxes[i]) {
			y := 1995 + j
			want := fmt.Sprintf("%d-%02d-%s", y, int(month), f)
			if got := solarTermDate(y, lon, zoneUTC9); got.String() != want {
				t.Errorf("%d°: %s, published %s", lon, got, want)
			}
			if got := solarTermDay(y, float64(lon), 9); got.String() != want {
				t.Errorf("%d° computed: %s, published %s", lon, got, want)
			}
		}
		base := []float64{20.8431, 23.2488}[i]
		for y := 2051; y <= 2060; y++ {
			day := int(base+0.242194*float64(y-1980)) - (y-1980)/4
			if got := solarTermDate(y, lon, zoneUTC9); got != civilDate(y, month, day) {
				t.Errorf("%d° %d: %s, the approximation gives %d", lon, y, got, day)
			}
		}
	}
}
