package holidays

import (
	"slices"
	"testing"
	"time"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/require"
)

// meeusEaster is the anonymous Gregorian computus (Meeus/Jones/Butcher),
// written independently of Easter so that the reference below shares no
// code with the rule tables.
func meeusEaster(y int) date.Date {
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	dd := (h+l-7*m+114)%31 + 1
	return date.New(y, time.Month(month), dd)
}

// germanReference states the Länder laws directly, one line per statute,
// for the public holidays of a Land ("DE" = nationwide only) in year y.
func germanReference(land string, y int) []date.Date {
	in := func(ls ...string) bool { return slices.Contains(ls, land) }
	e := meeusEaster(y)
	d := func(m time.Month, dd int) date.Date { return date.New(y, m, dd) }
	out := []date.Date{d(1, 1), e - 2, e + 1, d(5, 1), e + 39, e + 50, d(10, 3), d(12, 25), d(12, 26)}
	if in("DE-BW", "DE-BY", "DE-ST", "DE-BY-AUGSBURG") {
		out = append(out, d(1, 6))
	}
	if (land == "DE-BE" && y >= 2019) || (land == "DE-MV" && y >= 2023) {
		out = append(out, d(3, 8))
	}
	if land == "DE-BB" {
		out = append(out, e, e+49)
	}
	if land == "DE-BE" && (y == 2020 || y == 2025) {
		out = append(out, d(5, 8))
	}
	if land == "DE-BE" && y == 2028 { // BerlFTG § 1 as amended by GVBl. 2024 S. 460
		out = append(out, d(6, 17))
	}
	if in("DE-BW", "DE-BY", "DE-HE", "DE-NW", "DE-RP", "DE-SL", "DE-BY-AUGSBURG") {
		out = append(out, e+60)
	}
	if land == "DE-BY-AUGSBURG" {
		out = append(out, d(8, 8))
	}
	if in("DE-SL", "DE-BY-AUGSBURG") {
		out = append(out, d(8, 15))
	}
	if land == "DE-TH" && y >= 2019 {
		out = append(out, d(9, 20))
	}
	if in("DE-BB", "DE-MV", "DE-SN", "DE-ST", "DE-TH") ||
		(in("DE-HB", "DE-HH", "DE-NI", "DE-SH") && y >= 2018) || y == 2017 {
		out = append(out, d(10, 31))
	}
	if in("DE-BW", "DE-BY", "DE-NW", "DE-RP", "DE-SL", "DE-BY-AUGSBURG") {
		out = append(out, d(11, 1))
	}
	if land == "DE-SN" { // Buß- und Bettag: the Wednesday among 16–22 November
		for dd := 16; dd <= 22; dd++ {
			if d(11, dd).Weekday() == time.Wednesday {
				out = append(out, d(11, dd))
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// TestGermanyAgainstLaws checks every Land, Augsburg and the nationwide set
// for every year 1995–2060 against germanReference, and the optional and
// half-day categories against their statutes.
func TestGermanyAgainstLaws(t *testing.T) {
	for _, e := range []struct{ y, m, d int }{{2000, 4, 23}, {2008, 3, 23}, {2011, 4, 24}, {2019, 4, 21}, {2038, 4, 25}, {2285, 3, 22}} {
		require.Equal(t, date.New(e.y, time.Month(e.m), e.d), meeusEaster(e.y))
	}
	lands := []string{"DE", "DE-BW", "DE-BY", "DE-BE", "DE-BB", "DE-HB", "DE-HH", "DE-HE", "DE-MV",
		"DE-NI", "DE-NW", "DE-RP", "DE-SL", "DE-SN", "DE-ST", "DE-SH", "DE-TH", "DE-BY-AUGSBURG"}
	for _, land := range lands {
		pub, err := ForRegion(land)
		require.NoError(t, err)
		opt, err := ForRegion(land, Optional)
		require.NoError(t, err)
		half, err := ForRegion(land, HalfDay)
		require.NoError(t, err)
		for y := 1995; y <= 2060; y++ {
			require.Equal(t, germanReference(land, y), pub.HolidayDates(y), "%s %d", land, y)
			for _, h := range pub.Holidays(y) {
				require.False(t, h.Observed, "%s %d: Germany has no substitute days", land, y)
			}
			var wantOpt []date.Date
			switch land {
			case "DE-BY": // Mariä Himmelfahrt in Catholic-majority municipalities
				wantOpt = []date.Date{date.New(y, 8, 15)}
			case "DE-SN", "DE-TH": // Fronleichnam in some Catholic municipalities
				wantOpt = []date.Date{meeusEaster(y) + 60}
			}
			require.Equal(t, wantOpt, opt.HolidayDates(y), "%s %d optional", land, y)
			require.Equal(t, []date.Date{date.New(y, 12, 24), date.New(y, 12, 31)}, half.HolidayDates(y), "%s %d half days", land, y)
		}
	}
}
