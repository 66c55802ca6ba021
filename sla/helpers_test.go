package sla

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/itsmkit/itsm"
	"github.com/itsmkit/itsm/calendar"
	"github.com/shopspring/decimal"
)

// weekSched is a slow, obviously-correct business schedule for tests: open
// spans per weekday in minutes after local midnight, closed on holidays. It
// walks days; the real engine is calendar.Calendar.
type weekSched struct {
	loc  *time.Location
	days [7][][2]int // per weekday, spans [start, end) in minutes
	hol  map[[3]int]bool
}

func mustLoc(name string) *time.Location {
	l, err := time.LoadLocation(name)
	if err != nil {
		panic(err)
	}
	return l
}

var berlin = mustLoc("Europe/Berlin")

// officeHours is Mon–Fri 08:00–17:00 Europe/Berlin with the given holidays.
func officeHours(hol ...[3]int) *weekSched {
	w := &weekSched{loc: berlin, hol: map[[3]int]bool{}}
	for d := time.Monday; d <= time.Friday; d++ {
		w.days[d] = [][2]int{{8 * 60, 17 * 60}}
	}
	for _, h := range hol {
		w.hol[h] = true
	}
	return w
}

func (w *weekSched) spans(y int, m time.Month, d int) [][2]time.Time {
	day := time.Date(y, m, d, 12, 0, 0, 0, w.loc)
	if w.hol[[3]int{day.Year(), int(day.Month()), day.Day()}] {
		return nil
	}
	var out [][2]time.Time
	for _, s := range w.days[day.Weekday()] {
		a := time.Date(day.Year(), day.Month(), day.Day(), s[0]/60, s[0]%60, 0, 0, w.loc)
		b := time.Date(day.Year(), day.Month(), day.Day(), s[1]/60, s[1]%60, 0, 0, w.loc)
		out = append(out, [2]time.Time{a, b})
	}
	return out
}

const maxDays = 3660

var errNever = errors.New("test schedule: no open time within ten years")

func (w *weekSched) Between(a, b time.Time) time.Duration {
	if b.Before(a) {
		return -w.Between(b, a)
	}
	var sum time.Duration
	la := a.In(w.loc)
	for i := -1; ; i++ {
		y, m, d := la.Date()
		ss := w.spans(y, m, d+i)
		day := time.Date(y, m, d+i, 0, 0, 0, 0, w.loc)
		if day.After(b) {
			break
		}
		for _, s := range ss {
			lo, hi := maxT(s[0], a), minT(s[1], b)
			if hi.After(lo) {
				sum += hi.Sub(lo)
			}
		}
	}
	return sum
}

func (w *weekSched) Add(t time.Time, d time.Duration) (time.Time, error) {
	lt := t.In(w.loc)
	y, m, dd := lt.Date()
	if d >= 0 {
		if d == 0 {
			return t, nil
		}
		for i := -1; i < maxDays; i++ {
			for _, s := range w.spans(y, m, dd+i) {
				lo := maxT(s[0], t)
				if !s[1].After(lo) {
					continue
				}
				if avail := s[1].Sub(lo); d <= avail {
					return lo.Add(d), nil
				} else {
					d -= avail
				}
			}
		}
		return time.Time{}, errNever
	}
	d = -d
	for i := 1; i > -maxDays; i-- {
		ss := w.spans(y, m, dd+i)
		for k := len(ss) - 1; k >= 0; k-- {
			s := ss[k]
			hi := minT(s[1], t)
			if !hi.After(s[0]) {
				continue
			}
			if avail := hi.Sub(s[0]); d <= avail {
				return hi.Add(-d), nil
			} else {
				d -= avail
			}
		}
	}
	return time.Time{}, errNever
}

func (w *weekSched) working(y int, m time.Month, d int) bool { return len(w.spans(y, m, d)) > 0 }

// AddDays and EndOfDay follow the calendar package: a closed t first moves
// to the next opening (a ticket logged on Saturday counts from Monday).
func (w *weekSched) AddDays(t time.Time, n int) (time.Time, error) {
	t, err := w.NextOpen(t)
	if err != nil {
		return t, err
	}
	if n == 0 {
		return t, nil
	}
	lt := t.In(w.loc)
	y, m, d := lt.Date()
	for i := 1; i < maxDays; i++ {
		if w.working(y, m, d+i) {
			n--
			if n <= 0 {
				return time.Date(y, m, d+i, lt.Hour(), lt.Minute(), lt.Second(), lt.Nanosecond(), w.loc), nil
			}
		}
	}
	return time.Time{}, errNever
}

func (w *weekSched) EndOfDay(t time.Time, n int) (time.Time, error) {
	t, err := w.NextOpen(t)
	if err != nil {
		return t, err
	}
	lt := t.In(w.loc)
	y, m, d := lt.Date()
	for i := 0; i < maxDays; i++ {
		if ss := w.spans(y, m, d+i); len(ss) > 0 {
			if n == 0 {
				return ss[len(ss)-1][1], nil
			}
			n--
		}
	}
	return time.Time{}, errNever
}

func (w *weekSched) NextOpen(t time.Time) (time.Time, error) {
	lt := t.In(w.loc)
	y, m, d := lt.Date()
	for i := -1; i < maxDays; i++ {
		for _, s := range w.spans(y, m, d+i) {
			if s[1].After(t) {
				return maxT(s[0], t), nil
			}
		}
	}
	return time.Time{}, errNever
}

func (w *weekSched) NextClose(t time.Time) (time.Time, error) {
	lt := t.In(w.loc)
	y, m, d := lt.Date()
	for i := -1; i < maxDays; i++ {
		for _, s := range w.spans(y, m, d+i) {
			if !s[0].After(t) && s[1].After(t) {
				return s[1], nil
			}
			if s[0].After(t) {
				return t, nil
			}
		}
	}
	return t, nil
}

func (w *weekSched) isOpen(t time.Time) bool {
	lt := t.In(w.loc)
	for _, s := range w.spans(lt.Date()) {
		if !s[0].After(t) && s[1].After(t) {
			return true
		}
	}
	return false
}

func maxT(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

func minT(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}

// at returns a Berlin wall-clock instant.
func at(y int, m time.Month, d, h, min int) time.Time {
	return time.Date(y, m, d, h, min, 0, 0, berlin)
}

func ev(t time.Time, k EventKind) Event { return Event{At: t, Kind: k} }

func state(t time.Time, s string) Event { return Event{At: t, Kind: StateChanged, State: s} }

func decimalFromInt(n int64) decimal.Decimal { return decimal.NewFromInt(n) }

func kpiRatio(num, den int64) itsm.Ratio { return itsm.Ratio{Num: num, Den: den} }

// alwaysOpenIn is the 24×7 calendar whose days are the civil days of zone
// (calendar.AlwaysOpen() is UTC).
func alwaysOpenIn(t testing.TB, zone string) *calendar.Calendar {
	t.Helper()
	var spec calendar.Spec
	if err := json.Unmarshal([]byte(`{"zone":"`+zone+`","week":"Mon-Sun 00:00-24:00"}`), &spec); err != nil {
		t.Fatal(err)
	}
	c, err := calendar.New(spec)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// wallSchedule is a bare 24×7 schedule over the whole range of time.Time
// (no calendar range): Between is b − a, saturated by time.Time.Sub. Tests
// of the package's own arithmetic at the extremes use it.
type wallSchedule struct{}

func (wallSchedule) Add(t time.Time, d time.Duration) (time.Time, error) { return t.Add(d), nil }
func (wallSchedule) Between(a, b time.Time) time.Duration                { return b.Sub(a) }

// countedCycles is the number of cycles a group counts.
func countedCycles(g AttainmentGroup) int64 {
	return g.Met + g.Breached + g.Cancelled + g.Open + g.OpenBreached
}

// breaches returns the number of breached cycles per target name decided in
// the period (Breached; open breached cycles are not decided yet), the input
// of [CreditSchedule.Compute]'s per-breach penalties.
func (r AttainmentReport) breaches() map[string]int64 {
	out := make(map[string]int64, len(r.Targets))
	for _, g := range r.Targets {
		if g.Breached > 0 {
			out[g.Target] += g.Breached
		}
	}
	return out
}

// calendarMonth is the half-open interval of a calendar month in loc.
func calendarMonth(year int, month time.Month, loc *time.Location) itsm.Interval {
	return itsm.Interval{Start: time.Date(year, month, 1, 0, 0, 0, 0, loc), End: time.Date(year, month+1, 1, 0, 0, 0, 0, loc)}
}

// percent is the display percentage of a cycle, Elapsed / Goal rounded half
// to even once (ok is false for a zero goal), as the package documents it.
func percent(c Cycle, places int32) (decimal.Decimal, bool) {
	if c.Goal <= 0 {
		return decimal.Decimal{}, false
	}
	return itsm.Ratio{Num: int64(c.Elapsed), Den: int64(c.Goal)}.Percent(places)
}
