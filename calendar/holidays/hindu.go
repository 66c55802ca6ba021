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
