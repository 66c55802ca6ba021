package holidays

import (
	"slices"
	"testing"
	"time"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/require"
)

// nthWd is the n-th weekday wd of a month (n < 0: from the end), by stepping.
func nthWd(y int, m time.Month, wd time.Weekday, n int) date.Date {
	var ds []date.Date
	for d := date.New(y, m, 1); d.Month() == m; d++ {
		if d.Weekday() == wd {
			ds = append(ds, d)
		}
	}
	if n < 0 {
		return ds[len(ds)+n]
	}
	return ds[n-1]
}

// englandReference states the bank holidays of England and Wales
// (Banking and Financial Dealings Act 1971 and the royal proclamations of
// the one-off and moved days) independently of the rule tables.
func englandReference(y int) []date.Date {
	d := func(m time.Month, dd int) date.Date { return date.New(y, m, dd) }
	e := meeusEaster(y)
	out := []date.Date{e - 2, e + 1, nthWd(y, time.August, time.Monday, -1)}
	// New Year's Day, on a weekend: the next Monday.
	ny := d(1, 1)
	out = append(out, ny)
	switch ny.Weekday() {
	case time.Saturday:
		out = append(out, ny+2)
	case time.Sunday:
		out = append(out, ny+1)
	}
	// Early May: first Monday, moved to 8 May for VE Day in 1995 and 2020.
	if y == 1995 || y == 2020 {
		out = append(out, d(5, 8))
	} else {
		out = append(out, nthWd(y, time.May, time.Monday, 1))
	}
	// Spring: last Monday of May, moved for the jubilees.
	switch y {
	case 2002:
		out = append(out, d(6, 4), d(6, 3))
	case 2012:
		out = append(out, d(6, 4), d(6, 5))
	case 2022:
		out = append(out, d(6, 2), d(6, 3))
	default:
		out = append(out, nthWd(y, time.May, time.Monday, -1))
	}
	// Christmas and Boxing Day with their substitutes.
	out = append(out, d(12, 25), d(12, 26))
	switch d(12, 25).Weekday() {
	case time.Friday: // Boxing Day on Saturday → Monday 28
		out = append(out, d(12, 28))
	case time.Saturday: // → Monday 27 and Tuesday 28
		out = append(out, d(12, 27), d(12, 28))
	case time.Sunday: // Boxing Day Monday 26, Christmas → Tuesday 27
		out = append(out, d(12, 27))
	}
	for _, o := range []struct{ y, m, d int }{{1999, 12, 31}, {2011, 4, 29}, {2022, 9, 19}, {2023, 5, 8}} {
		if o.y == y {
			out = append(out, d(time.Month(o.m), o.d))
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// usReference states 5 U.S.C. 6103(a) and the OPM observance rule (Saturday →
// Friday before, Sunday → Monday after; New Year's Day on a Saturday is
// observed on 31 December of the year before).
func usReference(y int) []date.Date {
	fixedObs := func(yy int, m time.Month, dd int) []date.Date {
		f := date.New(yy, m, dd)
		switch f.Weekday() {
		case time.Saturday:
			return []date.Date{f, f - 1}
		case time.Sunday:
			return []date.Date{f, f + 1}
		}
		return []date.Date{f}
	}
	var out []date.Date
	out = append(out, fixedObs(y, time.January, 1)...)
	if date.New(y+1, 1, 1).Weekday() == time.Saturday {
		out = append(out, date.New(y, 12, 31))
	}
	out = append(out,
		nthWd(y, time.January, time.Monday, 3), nthWd(y, time.February, time.Monday, 3),
		nthWd(y, time.May, time.Monday, -1), nthWd(y, time.September, time.Monday, 1),
		nthWd(y, time.October, time.Monday, 2), nthWd(y, time.November, time.Thursday, 4))
	if y >= 2021 {
		out = append(out, fixedObs(y, time.June, 19)...)
	}
	out = append(out, fixedObs(y, time.July, 4)...)
	out = append(out, fixedObs(y, time.November, 11)...)
	out = append(out, fixedObs(y, time.December, 25)...)
	// Days closed by executive order are not legal public holidays (see
	// TestUSExecutiveOrderClosures).
	out = slices.DeleteFunc(out, func(d date.Date) bool { return d.Year() != y })
	slices.Sort(out)
	return slices.Compact(out)
}

func TestEnglandAndUSAgainstStatutes(t *testing.T) {
	eng, err := ForRegion("GB-ENG")
	require.NoError(t, err)
	wls, err := ForRegion("GB-WLS")
	require.NoError(t, err)
	us, err := ForRegion("US")
	require.NoError(t, err)
	for y := 1995; y <= 2060; y++ {
		require.Equal(t, englandReference(y), eng.HolidayDates(y), "England %d", y)
		require.Equal(t, englandReference(y), wls.HolidayDates(y), "Wales %d", y)
		require.Equal(t, usReference(y), us.HolidayDates(y), "US %d", y)
	}
}
