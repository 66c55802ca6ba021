package holidays

import (
	"cmp"
	"slices"
	"time"

	"github.com/rickb777/date/v2"
)

// subst says what happens when a holiday falls on a weekend.
type subst uint8

const (
	noSubst      subst = iota
	nextFree           // Saturday/Sunday → next weekday that is not already a holiday or a substitute
	sunNextFree        // only Sunday → next free weekday; a Saturday holiday is lost
	satFriSunMon       // US federal: Saturday → Friday before, Sunday → Monday after
)

// whenFunc computes a rule's date in a year; ok=false means "not this year".
type whenFunc func(year int) (d date.Date, ok bool)

// rule is one line of holiday data. Rules are immutable values built with the
// helpers below and kept in per-country tables.
type rule struct {
	id, name, nameEN string
	cat              Category
	when             whenFunc
	from, to         int      // inclusive validity years; 0 = open-ended
	skip             []int    // years in which the rule does not apply
	in               []string // region codes it applies to (a region applies to its descendants); nil = whole country
	notIn            []string // region codes excluded (with descendants)
	sub              subst
	observed         bool // a replacement day the law set for a holiday that fell on another (see replacing)
}

func newRule(id, name, nameEN string, w whenFunc) rule {
	return rule{id: id, name: name, nameEN: nameEN, cat: Public, when: w}
}

// fixed is a holiday on the same month and day every year.
func fixed(id, name, nameEN string, m time.Month, d int) rule {
	return newRule(id, name, nameEN, fixedDay(m, d))
}

// easter is a holiday off days after Western Easter Sunday.
func easter(id, name, nameEN string, off int) rule {
	return newRule(id, name, nameEN, func(y int) (date.Date, bool) { return Easter(y) + date.Date(off), true })
}

// nth is the n-th (1-based) weekday wd of month m; n < 0 counts from the end (-1 = last).
func nth(id, name, nameEN string, m time.Month, wd time.Weekday, n int) rule {
	return newRule(id, name, nameEN, nthWeekday(m, wd, n))
}

// once is a one-off holiday in a single year.
func once(id, name, nameEN string, y int, m time.Month, d int) rule {
	return fixed(id, name, nameEN, m, d).only(y)
}

// onOrBefore is the last weekday wd on or before month m, day d.
func onOrBefore(id, name, nameEN string, m time.Month, d int, wd time.Weekday) rule {
	return newRule(id, name, nameEN, func(y int) (date.Date, bool) {
		t := civilDate(y, m, d)
		return t - date.Date(mod(int(t.Weekday())-int(wd), 7)), true
	})
}

// onOrAfter is the first weekday wd on or after month m, day d.
func onOrAfter(id, name, nameEN string, m time.Month, d int, wd time.Weekday) rule {
	return newRule(id, name, nameEN, func(y int) (date.Date, bool) {
		t := civilDate(y, m, d)
		return t + date.Date(mod(int(wd)-int(t.Weekday()), 7)), true
	})
}

func fixedDay(m time.Month, d int) whenFunc {
	return func(y int) (date.Date, bool) { return civilDate(y, m, d), true }
}

func nthWeekday(m time.Month, wd time.Weekday, n int) whenFunc {
	return func(y int) (date.Date, bool) {
		if n > 0 {
			first := civilDate(y, m, 1)
			return first + date.Date(mod(int(wd)-int(first.Weekday()), 7)+7*(n-1)), true
		}
		last := civilDate(y, m+1, 1) - 1
		if m == time.December {
			last = civilDate(y+1, time.January, 1) - 1
		}
		return last - date.Date(mod(int(last.Weekday())-int(wd), 7)+7*(-n-1)), true
	}
}

// Builder methods: each returns a modified copy, so tables read declaratively.

func (r rule) since(y int) rule             { r.from = y; return r }
func (r rule) until(y int) rule             { r.to = y; return r }
func (r rule) only(y int) rule              { r.from, r.to = y, y; return r }
func (r rule) years(from, to int) rule      { r.from, r.to = from, to; return r }
func (r rule) category(c Category) rule     { r.cat = c; return r }
func (r rule) subst(s subst) rule           { r.sub = s; return r }
func (r rule) regions(codes ...string) rule { r.in = codes; return r }
func (r rule) excluding(codes ...string) rule {
	r.notIn = codes
	return r
}
func (r rule) except(ys ...int) rule { r.skip = ys; return r }

// replacing marks the rule's days as replacement days ([Holiday.Observed])
// for the holiday with the rule's ID, for a replacement the law fixed to a
// date rather than by the weekend rule (Belgium, 2 May 2008).
func (r rule) replacing() rule { r.observed = true; return r }

// onlyIf restricts the rule to the years for which keep is true.
func (r rule) onlyIf(keep func(y int) bool) rule {
	w := r.when
	r.when = func(y int) (date.Date, bool) {
		if !keep(y) {
			return 0, false
		}
		return w(y)
	}
	return r
}

// sundayBack moves a fixed date to the day before when it is a Sunday
// (Dutch Koningsdag).
func sundayBack(id, name, nameEN string, m time.Month, d int) rule {
	return newRule(id, name, nameEN, func(y int) (date.Date, bool) {
		t := civilDate(y, m, d)
		if t.Weekday() == time.Sunday {
			t--
		}
		return t, true
	})
}

// validIn reports whether the rule applies in year y.
func (r *rule) validIn(y int) bool {
	if (r.from != 0 && y < r.from) || (r.to != 0 && y > r.to) {
		return false
	}
	return !slices.Contains(r.skip, y)
}

// appliesTo reports whether the rule applies to a region whose ancestry
// (itself first, then parents up to the country) is chain.
func (r *rule) appliesTo(chain []string) bool {
	for _, c := range r.notIn {
		if slices.Contains(chain, c) {
			return false
		}
	}
	if r.in == nil {
		return true
	}
	for _, c := range r.in {
		if slices.Contains(chain, c) {
			return true
		}
	}
	return false
}

func isWeekend(d date.Date) bool {
	wd := d.Weekday()
	return wd == time.Saturday || wd == time.Sunday
}

// expand computes all holidays (every category) of the rules for year y,
// including substitute days, sorted by date then ID and unique by (date, ID).
// Rules are evaluated for y-1 and y+1 too, because a substitute day can
// cross the turn of the year (US: New Year's Day on a Saturday is observed on
// 31 December of the previous year).
func expand(rules []rule, obsLocal, obsEN string, y int) []Holiday {
	var base []Holiday
	var subs []int // indexes into base of holidays that may need a substitute
	hasSubst := false
	for i := range rules {
		if rules[i].sub != noSubst {
			hasSubst = true
			break
		}
	}
	lo, hi := y, y
	if hasSubst {
		lo, hi = y-1, y+1
	}
	for yy := lo; yy <= hi; yy++ {
		for i := range rules {
			r := &rules[i]
			if !r.validIn(yy) {
				continue
			}
			d, ok := r.when(yy)
			if !ok {
				continue
			}
			base = append(base, Holiday{ID: r.id, Date: d, Name: r.name, NameEN: r.nameEN, Category: r.cat, Observed: r.observed})
			if r.sub != noSubst && isWeekend(d) {
				subs = append(subs, len(base)-1)
			}
		}
	}
	out := base
	if len(subs) > 0 {
		// Occupied days: every full-day holiday (Public or Bank); a substitute
		// never lands on one of them nor on another substitute.
		occupied := make(map[date.Date]bool, len(base))
		for _, h := range base {
			if h.Category == Public || h.Category == Bank {
				occupied[h.Date] = true
			}
		}
		// Resolve in date order so that colliding weekend holidays take
		// consecutive weekdays (UK: 25 Dec Sat → 27, 26 Dec Sun → 28).
		slices.SortStableFunc(subs, func(a, b int) int { return cmp.Compare(base[a].Date, base[b].Date) })
		ruleSub := make(map[string]subst, len(rules))
		for i := range rules {
			if rules[i].sub != noSubst {
				ruleSub[rules[i].id] = rules[i].sub
			}
		}
		for _, i := range subs {
			h := base[i]
			var d date.Date
			switch ruleSub[h.ID] {
			case satFriSunMon:
				if h.Date.Weekday() == time.Saturday {
					d = h.Date - 1
				} else {
					d = h.Date + 1
				}
			case sunNextFree:
				if h.Date.Weekday() != time.Sunday {
					continue
				}
				d = nextFreeDay(h.Date, occupied)
			default:
				d = nextFreeDay(h.Date, occupied)
			}
			occupied[d] = true
			h.Date = d
			h.Observed = true
			h.Name += obsLocal
			h.NameEN += obsEN
			out = append(out, h)
		}
	}
	// Keep year y only; sort; drop duplicates of (date, ID), preferring the
	// more binding category (the lower value) when two rules agree.
	res := out[:0:0]
	for _, h := range out {
		if h.Date.Year() == y {
			res = append(res, h)
		}
	}
	slices.SortFunc(res, compareHoliday)
	res = slices.CompactFunc(res, func(a, b Holiday) bool { return a.Date == b.Date && a.ID == b.ID })
	return slices.Clip(res)
}

func nextFreeDay(d date.Date, occupied map[date.Date]bool) date.Date {
	for d++; isWeekend(d) || occupied[d]; d++ {
	}
	return d
}

// compareHoliday orders by date, then ID, then category (more binding first),
// then non-observed first.
func compareHoliday(a, b Holiday) int {
	if c := cmp.Compare(a.Date, b.Date); c != 0 {
		return c
	}
	if c := cmp.Compare(a.ID, b.ID); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Category, b.Category); c != 0 {
		return c
	}
	if a.Observed != b.Observed {
		if !a.Observed {
			return -1
		}
		return 1
	}
	return 0
}
