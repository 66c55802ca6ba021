package calendar

import (
	"time"

	"github.com/itsmkit/itsm/calendar/holidays"
	"github.com/rickb777/date/v2"
	"pgregory.net/rapid"
)

var testZones = []string{"Europe/Berlin", "America/New_York", "Australia/Sydney", "Australia/Lord_Howe", "UTC", "Asia/Kolkata"}

func mustLoad(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		panic(err)
	}
	return loc
}

// genDay returns sorted, disjoint spans within one day (ends ≤ 24:00).
func genDay(t *rapid.T, label string) DayHours {
	n := rapid.IntRange(0, 3).Draw(t, label+"n")
	if n == 0 {
		return nil
	}
	pts := rapid.SliceOfNDistinct(rapid.IntRange(0, 96), 2*n, 2*n, rapid.ID[int]).Draw(t, label+"pts")
	sortInts(pts)
	var out DayHours
	for i := 0; i < len(pts); i += 2 {
		out = append(out, Hours{Clock(pts[i] * 15), Clock(pts[i+1] * 15)})
	}
	return out
}

func sortInts(a []int) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

// genWeek draws a valid week: a preset or random days with optional
// overnight spans that do not collide with the next day.
func genWeek(t *rapid.T) Week {
	switch rapid.IntRange(0, 5).Draw(t, "weekKind") {
	case 0:
		w, _ := ParseWeek("Mon-Sun 00:00-24:00")
		return w
	case 1:
		w, _ := ParseWeek("Mon-Fri 08:00-17:00")
		return w
	case 2:
		w, _ := ParseWeek("Mon-Fri 22:00-06:00")
		return w
	}
	var w Week
	for wd := range 7 {
		w[wd] = genDay(t, time.Weekday(wd).String())
	}
	// overnight spans: first fix their starts, then their ends against the
	// next day's first start (which may itself be a new overnight start)
	var on [7]int
	for wd := range 7 {
		lastEnd := 0
		if len(w[wd]) > 0 {
			lastEnd = int(w[wd][len(w[wd])-1].End)
		}
		if lastEnd < 1440-15 && rapid.Bool().Draw(t, "overnight") {
			on[wd] = rapid.IntRange(lastEnd/15+1, 95).Draw(t, "ons") * 15
		}
	}
	for wd := range 7 {
		if on[wd] == 0 {
			continue
		}
		nx := (wd + 1) % 7
		firstNext := 1440
		if len(w[nx]) > 0 {
			firstNext = int(w[nx][0].Start)
		}
		if on[nx] > 0 {
			firstNext = min(firstNext, on[nx])
		}
		s := on[wd]
		if min(firstNext, s-15) < 15 {
			continue
		}
		e := rapid.IntRange(1, min(firstNext, s-15)/15).Draw(t, "one") * 15
		w[wd] = append(w[wd], Hours{Clock(s), Clock(e)})
	}
	if weekEmpty(w) {
		w[time.Wednesday] = DayHours{{ClockOf(9, 0), ClockOf(10, 0)}}
	}
	return w
}

func weekEmpty(w Week) bool {
	for _, d := range w {
		if len(d) > 0 {
			return false
		}
	}
	return true
}

// transitions returns the zone's offset changes in year y, found by hourly
// sampling and bisection (independent of time.Time.ZoneBounds).
func transitions(loc *time.Location, y int) []time.Time {
	off := func(u int64) int { _, o := time.Unix(u, 0).In(loc).Zone(); return o }
	var out []time.Time
	from := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC).Unix()
	to := time.Date(y+1, 1, 1, 0, 0, 0, 0, time.UTC).Unix()
	for x := from; x < to; x += 3600 {
		if o := off(x); o != off(x+3600) {
			a, b := x, x+3600
			for b-a > 1 {
				m := a + (b-a)/2
				if off(m) == o {
					a = m
				} else {
					b = m
				}
			}
			out = append(out, time.Unix(b, 0))
		}
	}
	return out
}

// window is a test window [from, to) of about a week, often around a DST
// transition.
type window struct {
	zone     string
	from, to time.Time
}

func genWindow(t *rapid.T) window {
	zone := rapid.SampledFrom(testZones).Draw(t, "zone")
	if rapid.IntRange(0, 4).Draw(t, "oddZone") == 0 {
		// historic second offsets, -3:30, +12:45/+13:45, +5:45, and zones
		// whose transitions happen at midnight
		zone = rapid.SampledFrom([]string{"Europe/Amsterdam", "America/St_Johns", "Pacific/Chatham", "Asia/Kathmandu", "America/Santiago", "Asia/Beirut", "America/Havana"}).Draw(t, "zone2")
	}
	loc := mustLoad(zone)
	y := rapid.IntRange(1995, 2040).Draw(t, "year")
	if rapid.IntRange(0, 4).Draw(t, "oddYear") == 0 {
		y = rapid.IntRange(MinYear+10, MaxYear-10).Draw(t, "year2") // room for long Adds
	}
	var center time.Time
	if tr := transitions(loc, y); len(tr) > 0 && rapid.IntRange(0, 3).Draw(t, "dst") > 0 {
		center = rapid.SampledFrom(tr).Draw(t, "transition")
	} else {
		center = time.Date(y, time.Month(rapid.IntRange(1, 12).Draw(t, "month")), rapid.IntRange(1, 28).Draw(t, "day"), 12, 0, 0, 0, time.UTC)
	}
	from := center.Add(-time.Duration(rapid.IntRange(1, 4*24).Draw(t, "before")) * time.Hour)
	to := center.Add(time.Duration(rapid.IntRange(1, 4*24).Draw(t, "after")) * time.Hour)
	return window{zone, from, to}
}

// genSpec draws a valid spec whose overrides and holidays fall in w.
func genSpec(t *rapid.T, w window) Spec {
	spec := Spec{Zone: w.zone, Week: genWeek(t)}
	loc := mustLoad(w.zone)
	d0, d1 := date.NewAt(w.from.In(loc))-1, date.NewAt(w.to.In(loc))+1
	drawDate := func(label string) date.Date {
		return d0 + date.Date(rapid.IntRange(0, int(d1-d0)).Draw(t, label))
	}
	used := map[date.Date]bool{}
	for range rapid.IntRange(0, 3).Draw(t, "nOverrides") {
		d := drawDate("overrideDate")
		if used[d] {
			continue
		}
		used[d] = true
		o := Override{Date: d}
		switch rapid.IntRange(0, 2).Draw(t, "overrideKind") {
		case 0:
			o.Closed = true
		case 1:
			o.ClosedFrom = Clock(rapid.IntRange(1, 96).Draw(t, "cf") * 15) // 00:00 is unset (Closed is case 0)
		default:
			o.Hours = genDay(t, "ov")
			if rapid.Bool().Draw(t, "ovNight") {
				last := 0
				if n := len(o.Hours); n > 0 {
					last = int(o.Hours[n-1].End)
				}
				if last < 1440-30 {
					st := rapid.IntRange(max(last/15+1, 2), 95).Draw(t, "ovNightStart") * 15
					o.Hours = append(o.Hours, Hours{Clock(st), Clock(rapid.IntRange(1, st/15-1).Draw(t, "ovNightEnd") * 15)})
				}
			}
			if len(o.Hours) == 0 {
				o.Closed = true
			}
		}
		spec.Overrides = append(spec.Overrides, o)
	}
	for range rapid.IntRange(0, 2).Draw(t, "nHolidays") {
		spec.HolidayDates = append(spec.HolidayDates, drawDate("holiday"))
	}
	if rapid.IntRange(0, 3).Draw(t, "source") == 0 {
		d := drawDate("sourceDate")
		if rapid.Bool().Draw(t, "workingSource") {
			// a source with an extra working day (China's working weekends)
			w := drawDate("workingDate")
			spec.Sources = append(spec.Sources, workingDates{fixedDates{d.Year(): {d.String()}}, fixedDates{w.Year(): {w.String()}}})
		} else {
			spec.Sources = append(spec.Sources, fixedDates{d.Year(): {d.String()}})
		}
	}
	if rapid.IntRange(0, 2).Draw(t, "regions") == 0 {
		// regions with many holidays, some partial closures
		spec.Holidays = append(spec.Holidays, HolidayRef{Region: rapid.SampledFrom([]string{"DE-NW", "DE-BY", "DE-SN", "DE-BE"}).Draw(t, "region")})
		if rapid.Bool().Draw(t, "halfday") {
			spec.Holidays = append(spec.Holidays, HolidayRef{Region: "DE", Categories: []holidays.Category{holidays.HalfDay},
				ClosedFrom: Clock(rapid.IntRange(0, 95).Draw(t, "halfdayFrom") * 15)})
		}
	}
	if rapid.IntRange(0, 2).Draw(t, "closures") == 0 {
		spec.Closures = genClosures(t, drawDate)
	}
	if _, err := New(spec); err != nil {
		// an override may collide with a neighbour's overnight span
		spec.Overrides = nil
	}
	if _, err := New(spec); err != nil {
		// weekly closures may close every weekly span
		spec.Closures = nil
	}
	return spec
}

func drawInstant(t *rapid.T, w window, label string) time.Time {
	span := w.to.Sub(w.from)
	// mostly whole minutes (edges), sometimes arbitrary nanoseconds
	if rapid.Bool().Draw(t, label+"exact") {
		m := rapid.Int64Range(0, int64((span-1)/time.Minute)).Draw(t, label)
		return w.from.Add(time.Duration(m) * time.Minute)
	}
	return w.from.Add(time.Duration(rapid.Int64Range(0, int64(span)-1).Draw(t, label+"ns")))
}

type dateDate = date.Date

func mustDate(s string) date.Date { return date.MustParseISO(s) }

// genClosures draws recurring closures of every rule form, anchored on
// dates of the test window so that they matter.
func genClosures(t *rapid.T, drawDate func(string) date.Date) []Closure {
	var out []Closure
	for range rapid.IntRange(1, 2).Draw(t, "nClosures") {
		d := drawDate("closureDate")
		y, m, day := d.Date()
		var r DateRule
		switch rapid.IntRange(0, 5).Draw(t, "ruleKind") {
		case 0:
			r = DateRule{kind: ruleFixed, month: m, day: int8(day)}
		case 1:
			r = DateRule{kind: ruleEaster, n: int16(d - holidays.Easter(y))}
			if r.n < -maxEasterOffset || r.n > maxEasterOffset {
				r = DateRule{kind: ruleWeekly, wd: d.Weekday()}
			}
		case 2:
			r = DateRule{kind: ruleWeekly, wd: d.Weekday()}
		case 3:
			n := int16((day-1)/7 + 1)
			if day+7 > daysIn(m, y) && rapid.Bool().Draw(t, "last") {
				n = -1
			}
			r = DateRule{kind: ruleNth, wd: d.Weekday(), n: n}
			if rapid.Bool().Draw(t, "ofMonth") {
				r.month = m
			}
		case 4:
			a := d + date.Date(rapid.IntRange(1, 7).Draw(t, "beforeBy"))
			_, am, ad := a.Date()
			r = DateRule{kind: ruleBefore, wd: d.Weekday(), month: am, day: int8(ad)}
		default:
			a := d - date.Date(rapid.IntRange(1, 7).Draw(t, "afterBy"))
			_, am, ad := a.Date()
			r = DateRule{kind: ruleAfter, wd: d.Weekday(), month: am, day: int8(ad)}
		}
		c := Closure{Name: "c", On: []DateRule{r}}
		switch rapid.IntRange(0, 2).Draw(t, "closureKind") {
		case 0: // the whole day
		case 1:
			c.From = Clock(rapid.IntRange(1, 96).Draw(t, "closureFrom") * 15)
		default:
			c.Hours = genDay(t, "closureHours")
			if len(c.Hours) == 0 {
				c.Hours = DayHours{{ClockOf(10, 0), ClockOf(12, 0)}}
			}
		}
		out = append(out, c)
	}
	return out
}

// workingDates is a holiday source with extra working days.
type workingDates struct{ hol, work fixedDates }

func (w workingDates) HolidayDates(y int) []date.Date { return w.hol.HolidayDates(y) }
func (w workingDates) WorkingDates(y int) []date.Date { return w.work.HolidayDates(y) }
