package holidays

import "github.com/rickb777/date/v2"

// The Hebrew calendar, fixed by rule since the 4th century: the molad
// (mean conjunction) of Tishri, the postponements (dehiyyot) and the
// 19-year leap cycle determine every date exactly. The arithmetic follows
// E. M. Reingold and N. Dershowitz, Calendrical Calculations (3rd ed.,
// 2008), ch. 8. Months are numbered from Nisan (1) to Adar (12) and Adar II
// (13, in leap years); the year begins with Tishri (7).

const (
	nisan         = 1
	iyar          = 2
	sivan         = 3
	av            = 5
	tishri        = 7
	hebrewEpochRD = -1373427 // R.D. of 1 Tishri AM 1 (7 October 3761 BCE, Julian)
)

func hebrewLeap(y int) bool { return mod(7*y+1, 19) < 7 }

func hebrewElapsedDays(y int) int {
	months := floorDiv(235*y-234, 19)
	parts := 12084 + 13753*months
	days := 29*months + floorDiv(parts, 25920)
	if mod(3*(days+1), 7) < 3 {
		days++
	}
	return days
}

func hebrewYearCorrection(y int) int {
	ny0, ny1, ny2 := hebrewElapsedDays(y-1), hebrewElapsedDays(y), hebrewElapsedDays(y+1)
	switch {
	case ny2-ny1 == 356:
		return 2
	case ny1-ny0 == 382:
		return 1
	}
	return 0
}

// hebrewNewYear returns 1 Tishri of Hebrew year y.
func hebrewNewYear(y int) date.Date {
	return date.Date(hebrewEpochRD + hebrewElapsedDays(y) + hebrewYearCorrection(y) - 1)
}

// hebrewMonthDays returns the length of month m of year y.
func hebrewMonthDays(y, m int) int {
	yearDays := int(hebrewNewYear(y+1) - hebrewNewYear(y))
	switch {
	case m == 2 || m == 4 || m == 6 || m == 10 || m == 13:
		return 29
	case m == 12 && !hebrewLeap(y):
		return 29
	case m == 8 && yearDays%10 != 5: // Marheshvan is long only in complete years
		return 29
	case m == 9 && yearDays%10 == 3: // Kislev is short in deficient years
		return 29
	}
	return 30
}

// hebrewDate returns the Gregorian date of day d of month m of year y.
func hebrewDate(y, m, d int) date.Date {
	last := 12
	if hebrewLeap(y) {
		last = 13
	}
	days := 0
	if m < tishri {
		for mm := tishri; mm <= last; mm++ {
			days += hebrewMonthDays(y, mm)
		}
		for mm := nisan; mm < m; mm++ {
			days += hebrewMonthDays(y, mm)
		}
	} else {
		for mm := tishri; mm < m; mm++ {
			days += hebrewMonthDays(y, mm)
		}
	}
	return hebrewNewYear(y) + date.Date(days+d-1)
}

// hebrewWhen is day d of month m (plus off days) of the Hebrew year in
// which it falls in Gregorian year y (a year's Tishri is in the autumn of
// y, its Nisan in the spring of y+1).
//
//go:noinline
func hebrewWhen(m, d, off int) whenFunc {
	return func(y int) (date.Date, bool) {
		for _, hy := range [2]int{y + 3760, y + 3761} {
			if r := hebrewDate(hy, m, d) + date.Date(off); yearOf(r) == y {
				return r, true
			}
		}
		return 0, false
	}
}
