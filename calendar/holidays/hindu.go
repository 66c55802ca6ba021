package holidays

import (
	"math"
	"time"

	"github.com/rickb777/date/v2"
)

// Estimates of Hindu festivals for the years not yet announced. The
// festivals follow the Hindu lunisolar calendar (tithis: the twelve-degree
// steps of the Moon's elongation, counted at sunrise in India); the
// estimates here use the new moons of astro.go, the Moon's mean motion
// between them and the sidereal (Lahiri) solar months, and are marked
// Estimated: they agree with the announced dates in most years and are a
// day off in some. Announced dates are kept per country.

// lahiriAyanamsa is the Lahiri ayanamsa in degrees in year y (23.853° at
// 2000.0, precessing 50.29" a year).
func lahiriAyanamsa(y int) float64 { return 23.853 + float64(y-2000)*0.013969 }

// istDays is an instant (UT Julian day) as fractional days of date.Date in
// India Standard Time (UTC+5:30).
func istDays(jd float64) float64 { return jd - jdDateEpoch + 5.5/24 }

// deepavaliEstimate is Naraka Chaturdashi in the Tamil solar month of
// Aippasi, the Deepavali of Singapore and Malaysia: the first day on or
// after 1 Aippasi (the day the Sun enters sidereal Libra, the next day if
// after sunset) at whose sunrise the 14th tithi of the waning Moon runs,
// taken as the day whose 06:00 IST lies before the point 0.98 days before
// the new moon.
func deepavaliEstimate(y int) (date.Date, bool) {
	sk := istDays(toUT(solarTermJDE(180+lahiriAyanamsa(y), dayJD(civilDate(y, time.October, 17)))))
	aippasi := date.Date(math.Floor(sk))
	if sk-math.Floor(sk) > 0.75 {
		aippasi++
	}
	k := math.Floor((dayJD(civilDate(y, time.October, 1)) - 2451550.09766) / 29.530588861)
	for ; ; k++ {
		x := istDays(toUT(newMoonJDE(k)))
		if d := date.Date(math.Floor(x - 0.98 - 0.25)); d >= aippasi {
			return d, true
		}
	}
}

const srcDeepavaliEstimate = "estimate: Naraka Chaturdashi of Aippasi (new moon, mean lunar motion)"

// newMoonAfter returns the first new moon instant (UT Julian day) after
// jd.
func newMoonAfter(jd float64) float64 {
	k := math.Floor((jd - 2451550.09766) / 29.530588861)
	for toUT(newMoonJDE(k)) <= jd {
		k++
	}
	for toUT(newMoonJDE(k-1)) > jd {
		k--
	}
	return toUT(newMoonJDE(k))
}

// newMoonBefore returns the last new moon instant (UT Julian day) on or
// before jd.
func newMoonBefore(jd float64) float64 {
	nm := newMoonAfter(jd - 31)
	for next := newMoonAfter(nm); next <= jd; next = newMoonAfter(nm) {
		nm = next
	}
	return nm
}

// fullMoonAfter returns the first full moon instant (UT Julian day) after
// jd.
func fullMoonAfter(jd float64) float64 {
	k := math.Floor((jd-2451550.09766)/29.530588861) - 0.5
	for toUT(fullMoonJDE(k)) <= jd {
		k++
	}
	for toUT(fullMoonJDE(k-1)) > jd {
		k--
	}
	return toUT(fullMoonJDE(k))
}

// siderealIngress returns the instant (UT Julian day) the Sun enters the
// sidereal sign that begins at tropical longitude lon+ayanamsa, near the
// date guess.
func siderealIngress(y int, lon float64, guess date.Date) float64 {
	return toUT(solarTermJDE(math.Mod(lon+lahiriAyanamsa(y), 360), dayJD(guess)))
}

// diwaliEstimate is Lakshmi Puja, the Diwali of northern India and of the
// Central Government's list: the day whose evening (18:36 IST) falls in
// the amavasya (the last tithi, taken as the 0.98 days before the new
// moon) that ends the lunar month in which the Sun enters sidereal Libra.
func diwaliEstimate(y int) (date.Date, bool) {
	nm := istDays(newMoonAfter(siderealIngress(y, 180, civilDate(y, time.October, 17))))
	return date.Date(math.Floor(nm - 0.775)), true
}

// purnimaOfMonthWith is the day of the full moon (IST; the day at whose
// sunrise the 15th tithi runs, taken as the last sunrise before the full
// moon) of the amanta lunar month in which the Sun enters the sidereal
// sign beginning at lon (30: Taurus for Vaishakha, 210: Scorpio for
// Kartika).
func purnimaOfMonthWith(y int, lon float64, guess date.Date) date.Date {
	nm := newMoonBefore(siderealIngress(y, lon, guess)) // the new moon that begins the month
	return date.Date(math.Floor(istDays(fullMoonAfter(nm)) - 0.25))
}

// buddhaPurnimaEstimate is Vaishakha Purnima (Buddha Purnima, Vesak in
// India).
func buddhaPurnimaEstimate(y int) (date.Date, bool) {
	return purnimaOfMonthWith(y, 30, civilDate(y, time.May, 15)), true
}

// guruNanakEstimate is Kartik Purnima.
func guruNanakEstimate(y int) (date.Date, bool) {
	return purnimaOfMonthWith(y, 210, civilDate(y, time.November, 16)), true
}

// amantaNewMoon returns the new moon instant (IST days) that begins the
// amanta lunar month in which the Sun enters the sidereal sign beginning
// at lon (0: Aries for Chaitra, 120: Leo for Shravana, 180: Libra for
// Ashvin, 330: Pisces for Phalguna).
func amantaNewMoon(y int, lon float64, guess date.Date) float64 {
	return istDays(newMoonBefore(siderealIngress(y, lon, guess)))
}

// hinduMonth is an amanta month: its new moon, full moon and the next new
// moon, as IST days.
type hinduMonth struct{ nm, fm, next float64 }

func hinduMonthWith(y int, lon float64, guess date.Date) hinduMonth {
	nm := amantaNewMoon(y, lon, guess)
	jd := nm - 5.5/24 + jdDateEpoch
	return hinduMonth{nm: nm, fm: istDays(fullMoonAfter(jd)), next: istDays(newMoonAfter(jd + 1))}
}

// at returns the moment (IST days) the Moon's elongation reaches deg
// (0–360) in the month, interpolating uniformly within each half.
func (m hinduMonth) at(deg float64) float64 {
	if deg <= 180 {
		return m.nm + (m.fm-m.nm)*deg/180
	}
	return m.fm + (m.next-m.fm)*(deg-180)/180
}

// tithiDay returns the day on which tithi n (1–30; 16–30 the waning half)
// runs at time of day h (fraction of a day, IST): the last day whose h
// falls before the tithi ends.
func (m hinduMonth) tithiDay(n int, h float64) date.Date {
	return date.Date(math.Floor(m.at(float64(12*n)) - h))
}

// tithiEstimate is the day of tithi n of the amanta month with the sign at
// lon, kept at time of day h.
func tithiEstimate(lon float64, guess func(y int) date.Date, n int, h float64) whenFunc {
	return func(y int) (date.Date, bool) {
		return hinduMonthWith(y, lon, guess(y)).tithiDay(n, h), true
	}
}

// holiEstimate is Holi (Dhulandi), the day after Holika Dahan, which is
// kept in the evening of the full moon's tithi of Phalguna (the moment
// taken at 14:24, the best fit to the announced dates 2019–2025).
func holiEstimate(y int) (date.Date, bool) {
	return hinduMonthWith(y, 330, civilDate(y, time.March, 14)).tithiDay(15, 0.6) + 1, true
}

// janmashtamiEstimate is Krishna Janmashtami, kept in the night of the 8th
// tithi of the waning half of amanta Shravana.
func janmashtamiEstimate(y int) (date.Date, bool) {
	return hinduMonthWith(y, 120, civilDate(y, time.August, 17)).tithiDay(23, 0.6), true
}
