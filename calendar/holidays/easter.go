package holidays

import (
	"time"

	"github.com/rickb777/date/v2"
)

// Easter returns Western (Gregorian) Easter Sunday of year, computed with the
// anonymous Gregorian algorithm (Meeus/Jones/Butcher). It is meaningful for
// years from 1583 on.
func Easter(year int) date.Date {
	a := mod(year, 19)
	b := floorDiv(year, 100)
	c := mod(year, 100)
	d := b / 4
	e := b % 4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i := c / 4
	k := c % 4
	l := mod(32+2*e+2*i-h-k, 7)
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return civilDate(year, time.Month(month), day)
}

// OrthodoxEaster returns Orthodox Easter Sunday of year as a Gregorian date:
// the Julian computus (Meeus) gives a date in the Julian calendar, which is
// then converted, so the 13-day offset of 1900–2099 (14 from 2100) is applied
// automatically.
func OrthodoxEaster(year int) date.Date {
	a := mod(year, 4)
	b := mod(year, 7)
	c := mod(year, 19)
	d := (19*c + 15) % 30
	e := (2*a + 4*b - d + 34) % 7
	month := (d + e + 114) / 31
	day := (d+e+114)%31 + 1
	return julianDate(year, month, day)
}

// julianDate converts a date of the Julian calendar to a [date.Date].
func julianDate(y, m, d int) date.Date {
	a := (14 - m) / 12
	yy := y + 4800 - a
	mm := m + 12*a - 3
	jdn := d + (153*mm+2)/5 + 365*yy + floorDiv(yy, 4) - 32083
	// JDN 1721426 is 0001-01-01 in the proleptic Gregorian calendar, which is
	// date.Date(0).
	return date.Date(jdn - 1721426)
}

// civilDate returns the date.Date of a proleptic Gregorian y-m-d without going
// through time.Time (days-from-civil, H. Hinnant). m and d must be in range.
func civilDate(y int, m time.Month, d int) date.Date {
	yy := int64(y)
	if m <= 2 {
		yy--
	}
	era := floorDiv64(yy, 400)
	yoe := yy - era*400
	mp := (int64(m) + 9) % 12
	doy := (153*mp+2)/5 + int64(d) - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	days1970 := era*146097 + doe - 719468
	return date.Date(days1970 + date.ZeroOffset)
}

// yearOf returns the Gregorian year of d (civil-from-days, H. Hinnant); it is
// cheap and allocation-free, unlike going through time.Time.
func yearOf(d date.Date) int {
	z := int64(d) - date.ZeroOffset + 719468
	era := floorDiv64(z, 146097)
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	if mp >= 10 { // January or February belong to the next civil year
		y++
	}
	return int(y)
}

func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

func floorDiv64(a, b int64) int64 {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

func mod(a, b int) int { return a - floorDiv(a, b)*b }
