package holidays

import (
	"sync"
	"time"

	"github.com/rickb777/date/v2"
)

// The Chinese lunisolar calendar (农历), as fixed by the Chinese national
// standard GB/T 33661-2017 "Calculation and promulgation of the Chinese
// calendar": a month begins on the civil day of the new moon, in Beijing
// time (UTC+8); the month that contains the December solstice is the 11th;
// when 13 months begin between two such months, the first of them that
// contains no principal solar term (中气, the Sun's longitude a multiple of
// 30°) is a leap month, numbered as the month before it. Korea uses the
// same rules in Korean time (UTC+9) and Vietnam in UTC+7, so their dates
// differ from China's in some years (Korea's Seollal 1997, 2027, 2028;
// Vietnam's Tết 2007, 2030, 2053).
//
// The years 1900–2199 come from lunartables.go, generated from the
// astronomical functions of astro.go by TestLunarTables (go test -run
// TestLunarTables -update); other years are computed when first used.

// lunarZone is a time zone in which lunisolar dates are reckoned.
type lunarZone uint8

const (
	zoneUTC7 lunarZone = iota // Vietnam
	zoneUTC8                  // China, Hong Kong, Taiwan, Singapore, Malaysia
	zoneUTC9                  // Korea, Japan
	numZones
)

func (z lunarZone) hours() float64 { return float64(7 + z) }

// lunarMonth is one month of a suì (from the 11th month to the next).
type lunarMonth struct {
	start date.Date
	num   int // 1…12
	leap  bool
}

// suiMonths returns the months from the 11th month that contains the
// December solstice of year y-1 to the month before the one that contains
// the solstice of year y, numbered, plus that next 11th month's start.
func suiMonths(y int, z lunarZone) (months []lunarMonth, next date.Date) {
	off := z.hours()
	ws1 := solarTermDay(y-1, 270, off)
	ws2 := solarTermDay(y, 270, off)
	nm := newMoonsFrom(ws1-29, 15, off)
	i0, i1 := -1, -1
	for i := 0; i+1 < len(nm); i++ {
		if nm[i] <= ws1 && ws1 < nm[i+1] {
			i0 = i
		}
		if nm[i] <= ws2 && ws2 < nm[i+1] {
			i1 = i
		}
	}
	// principal terms: 270 (ws1), 300, …, 240, 270 (ws2)
	var zq [13]date.Date
	for i := range zq {
		lon := float64((270 + 30*i) % 360)
		yy := y
		if i == 0 {
			yy = y - 1
		}
		zq[i] = solarTermDay(yy, lon, off)
	}
	hasZhongqi := func(a, b date.Date) bool {
		for _, d := range zq {
			if a <= d && d < b {
				return true
			}
		}
		return false
	}
	leapYear := i1-i0 == 13
	num, leapDone := 11, false
	for i := i0; i < i1; i++ {
		leap := false
		if i > i0 {
			if leapYear && !leapDone && !hasZhongqi(nm[i], nm[i+1]) {
				leap, leapDone = true, true
			} else {
				num = num%12 + 1
			}
		}
		months = append(months, lunarMonth{start: nm[i], num: num, leap: leap})
	}
	return months, nm[i1]
}

// lunarYear is lunar year y: its first day and the lengths of its months.
type lunarYear struct {
	newYear date.Date
	leapOf  int    // the month a leap month follows (0: none)
	long    uint16 // bit i: month i (0-based, in order, leap included) has 30 days
	n       int    // 12 or 13 months
}

// computeLunarYear computes lunar year y (the one whose first day falls in
// Gregorian year y) astronomically.
func computeLunarYear(y int, z lunarZone) lunarYear {
	a, _ := suiMonths(y, z)
	b, bNext := suiMonths(y+1, z)
	var ms []lunarMonth
	started := false
	for _, m := range a {
		if m.num == 1 && !m.leap {
			started = true
		}
		if started {
			ms = append(ms, m)
		}
	}
	end := bNext
	for _, m := range b {
		if m.num == 1 && !m.leap {
			end = m.start
			break
		}
		ms = append(ms, m)
	}
	ly := lunarYear{newYear: ms[0].start, n: len(ms)}
	for i, m := range ms {
		if m.leap {
			ly.leapOf = m.num
		}
		next := end
		if i+1 < len(ms) {
			next = ms[i+1].start
		}
		if next-m.start == 30 {
			ly.long |= 1 << i
		}
	}
	return ly
}

// encode packs a lunar year: bits 0–5 the new year's day of year (0 = 1
// January), 6–9 leapOf, 10–22 the long-month bits.
func (ly lunarYear) encode(y int) uint32 {
	return uint32(ly.newYear-civilDate(y, time.January, 1)) | uint32(ly.leapOf)<<6 | uint32(ly.long)<<10
}

func decodeLunarYear(y int, v uint32) lunarYear {
	ly := lunarYear{newYear: civilDate(y, time.January, 1) + date.Date(v&63), leapOf: int(v >> 6 & 15), long: uint16(v >> 10)}
	ly.n = 12
	if ly.leapOf != 0 {
		ly.n = 13
	}
	return ly
}

var lunarFar [numZones]sync.Map // int → lunarYear, years outside the tables

// lunarYearOf returns lunar year y in zone z.
func lunarYearOf(y int, z lunarZone) lunarYear {
	if i := y - lunarTableFirst; i >= 0 && i < len(lunarTables[z]) {
		return decodeLunarYear(y, lunarTables[z][i])
	}
	if v, ok := lunarFar[z].Load(y); ok {
		return v.(lunarYear)
	}
	ly := computeLunarYear(y, z)
	lunarFar[z].Store(y, ly)
	return ly
}

// lunarDate returns the Gregorian date of day (1…30) of month (1…12, not
// the leap month) of lunar year y in zone z; day 30 of a 29-day month is
// the first day of the next month. Month 0 day 0 is never asked for.
func lunarDate(y, month, day int, z lunarZone) date.Date {
	ly := lunarYearOf(y, z)
	d := ly.newYear
	idx := month - 1
	if ly.leapOf != 0 && month > ly.leapOf {
		idx++ // the leap month comes before
	}
	for i := range idx {
		d += 29
		if ly.long&(1<<i) != 0 {
			d++
		}
	}
	return d + date.Date(day-1)
}

// lunarRule is a holiday on a lunar date: day of month of the lunar year
// that begins in the Gregorian year asked for, plus off days. Lunar dates
// of months 1–10 fall in the same Gregorian year as the lunar new year;
// those of months 11 and 12 may fall in the next, so the rule also looks
// at the lunar year before.
//
//go:noinline
func lunarWhen(month, day, off int, z lunarZone) whenFunc {
	return func(y int) (date.Date, bool) {
		for _, ly := range [2]int{y, y - 1} {
			d := lunarDate(ly, month, day, z) + date.Date(off)
			if yearOf(d) == y {
				return d, true
			}
		}
		return 0, false
	}
}

// lunarNewYearWhen is the lunar new year's day of y plus off days (the eve
// is off = -1).
//
//go:noinline
func lunarNewYearWhen(off int, z lunarZone) whenFunc {
	return func(y int) (date.Date, bool) {
		return lunarYearOf(y, z).newYear + date.Date(off), true
	}
}

// solarTermWhen is the day on which the Sun reaches apparent longitude lon
// (degrees) in zone z: Qingming is 15°, the March equinox 0°.
//
//go:noinline
func solarTermWhen(lon int, z lunarZone) whenFunc {
	return func(y int) (date.Date, bool) { return solarTermDate(y, lon, z), true }
}

var solarTermFar sync.Map // [3]int{y, lon, z} → date.Date

func solarTermDate(y, lon int, z lunarZone) date.Date {
	if t, ok := solarTermTables[solarTermKey{lon, z}]; ok {
		if i := y - lunarTableFirst; i >= 0 && i < len(t.days) {
			return civilDate(y, t.month, int(t.days[i]))
		}
	}
	k := [3]int{y, lon, int(z)}
	if v, ok := solarTermFar.Load(k); ok {
		return v.(date.Date)
	}
	d := solarTermDay(y, float64(lon), z.hours())
	solarTermFar.Store(k, d)
	return d
}

type solarTermKey struct {
	lon int
	z   lunarZone
}
