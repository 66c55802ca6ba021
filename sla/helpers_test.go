package sla

import (
	"errors"
	"time"

	"github.com/itsmkit/itsm/kpi"
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

func kpiRatio(num, den int64) kpi.Ratio { return kpi.Ratio{Num: num, Den: den} }
