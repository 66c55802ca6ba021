package holidays

import (
	"testing"
	"time"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"
)

// Western Easter Sunday 1990–2060, month*100+day, from published tables (the
// python-dateutil test table for 1990–2050, cross-checked 2051–2060 with
// published lists).
var westernEaster = map[int]int{
	1990: 415, 1991: 331, 1992: 419, 1993: 411, 1994: 403, 1995: 416, 1996: 407, 1997: 330, 1998: 412, 1999: 404,
	2000: 423, 2001: 415, 2002: 331, 2003: 420, 2004: 411, 2005: 327, 2006: 416, 2007: 408, 2008: 323, 2009: 412,
	2010: 404, 2011: 424, 2012: 408, 2013: 331, 2014: 420, 2015: 405, 2016: 327, 2017: 416, 2018: 401, 2019: 421,
	2020: 412, 2021: 404, 2022: 417, 2023: 409, 2024: 331, 2025: 420, 2026: 405, 2027: 328, 2028: 416, 2029: 401,
	2030: 421, 2031: 413, 2032: 328, 2033: 417, 2034: 409, 2035: 325, 2036: 413, 2037: 405, 2038: 425, 2039: 410,
	2040: 401, 2041: 421, 2042: 406, 2043: 329, 2044: 417, 2045: 409, 2046: 325, 2047: 414, 2048: 405, 2049: 418,
	2050: 410, 2051: 402, 2052: 421, 2053: 406, 2054: 329, 2055: 418, 2056: 402, 2057: 422, 2058: 414, 2059: 330,
	2060: 418,
	// Historic checks: the earliest and latest possible dates.
	1818: 322, 2285: 322, 1943: 425, 1886: 425,
}

// Orthodox Easter Sunday (Gregorian date), from published tables.
var orthodoxEaster = map[int]int{
	1990: 415, 1991: 407, 1992: 426, 1993: 418, 1994: 501, 1995: 423, 1996: 414, 1997: 427, 1998: 419, 1999: 411,
	2000: 430, 2001: 415, 2002: 505, 2003: 427, 2004: 411, 2005: 501, 2006: 423, 2007: 408, 2008: 427, 2009: 419,
	2010: 404, 2011: 424, 2012: 415, 2013: 505, 2014: 420, 2015: 412, 2016: 501, 2017: 416, 2018: 408, 2019: 428,
	2020: 419, 2021: 502, 2022: 424, 2023: 416, 2024: 505, 2025: 420, 2026: 412, 2027: 502, 2028: 416, 2029: 408,
	2030: 428, 2031: 413, 2032: 502, 2033: 424, 2034: 409, 2035: 429, 2036: 420, 2037: 405, 2038: 425, 2039: 417,
	2040: 506, 2041: 421, 2042: 413, 2043: 503, 2044: 424, 2045: 409, 2046: 429, 2047: 421, 2048: 405, 2049: 425,
	2050: 417,
}

func TestEasterTable(t *testing.T) {
	for y, md := range westernEaster {
		assert.Equal(t, date.New(y, time.Month(md/100), md%100), Easter(y), "Western Easter %d", y)
	}
	for y, md := range orthodoxEaster {
		assert.Equal(t, date.New(y, time.Month(md/100), md%100), OrthodoxEaster(y), "Orthodox Easter %d", y)
	}
}

func TestEasterProperties(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		y := rapid.IntRange(MinYear, MaxYear).Draw(t, "year")
		e := Easter(y)
		require.Equal(t, time.Sunday, e.Weekday())
		require.GreaterOrEqual(t, e, date.New(y, time.March, 22))
		require.LessOrEqual(t, e, date.New(y, time.April, 25))
		o := OrthodoxEaster(y)
		require.Equal(t, time.Sunday, o.Weekday(), "Orthodox %d", y)
		require.GreaterOrEqual(t, o, e, "Orthodox Easter is never before Western Easter (%d)", y)
	})
}

func TestCivilDateAgreesWithDatePackage(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		y := rapid.IntRange(-5000, 12000).Draw(t, "y")
		m := time.Month(rapid.IntRange(1, 12).Draw(t, "m"))
		dd := rapid.IntRange(1, 28).Draw(t, "d")
		want := date.New(y, m, dd)
		require.Equal(t, want, civilDate(y, m, dd))
		require.Equal(t, want.Year(), yearOf(want))
		require.Equal(t, y, yearOf(civilDate(y, 1, 1)))
		require.Equal(t, y, yearOf(civilDate(y, 12, 31)))
	})
}

func TestJulianDate(t *testing.T) {
	// 1582-10-04 (Julian) was followed by 1582-10-15 (Gregorian).
	assert.Equal(t, date.New(1582, 10, 14), julianDate(1582, 10, 4))
	// 13 days' difference in the 20th and 21st centuries, 14 from 1 March 2100 (Julian 29 Feb 2100 exists).
	assert.Equal(t, date.New(2024, 1, 7), julianDate(2023, 12, 25), "Orthodox Christmas")
	assert.Equal(t, date.New(2101, 1, 8), julianDate(2100, 12, 25))
	assert.Equal(t, date.New(2100, 3, 13), julianDate(2100, 2, 28))
	assert.Equal(t, date.New(2100, 3, 14), julianDate(2100, 2, 29))
}
