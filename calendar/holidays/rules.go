package holidays

import (
	"cmp"
	"slices"
	"time"

	"github.com/rickb777/date/v2"
)

// subst says what happens when a holiday falls on a weekend (or, for some
// countries, on another holiday). "Weekend" is the region's weekend on that
// date ([Set.IsWeekend]): Saturday and Sunday unless the country says
// otherwise. A "free" day is a day that is neither a weekend day nor a
// full-day holiday (Public or Bank) nor another substitute.
type subst uint8

const (
	noSubst      subst = iota
	nextFree           // on a weekend day → the next free day
	sunNextFree        // only on Sunday → the next free day; a Saturday holiday is lost
	satFriSunMon       // US federal: Saturday → Friday before, Sunday → Monday after
	// restNextFree: on the weekly rest day (Sunday; Friday where the weekend
	// is Friday–Saturday) → the next free day (Malaysia, Holidays Act 1951 s. 3).
	restNextFree
	// sunNextNonHoliday: on Sunday → the next day that is not a holiday,
	// whatever its weekday (Japan since 2007, Hong Kong, Singapore).
	sunNextNonHoliday
	// sunNextDay: on Sunday → the Monday after, unless that is a holiday
	// itself (Japan 1973–2006).
	sunNextDay
	// weekendOrOverlapNextFree: on a weekend day, or on the date of a
	// holiday listed before it → the next free day (Korea's substitute
	// holidays for Children's Day since 2014 and the national days since 2021).
	weekendOrOverlapNextFree
	// sunOrOverlapNextFree: on Sunday, or on the date of a holiday listed
	// before it → the next free day (Korea's Seollal and Chuseok since 2014).
	sunOrOverlapNextFree
	// satPrevSunNext: on the first day of the weekend → the free day
	// before, on the second → the free day after: Saturday → Friday and
	// Sunday → Monday (Taiwan), Friday → Thursday and Saturday → Sunday
	// (Saudi Arabia).
	satPrevSunNext
	// sunOrOverlapNextNonHoliday: on Sunday, or on the date of a holiday
	// listed before it → the next day that is not a holiday, whatever its
	// weekday (Hong Kong, General Holidays Ordinance s. 3).
	sunOrOverlapNextNonHoliday
)

// whenFunc computes a rule's date in a year; ok=false means "not this year".
type whenFunc func(year int) (d date.Date, ok bool)

// rule is one line of holiday data. Rules are built with the helpers below,
// kept in per-country tables as pointers and never modified once in a
// table. Tables hold *rule rather than rule because a table line that
// passes a 112-byte value through its builder calls compiles to a copy per
// call: with values the package added 1.34 MB to a program using one
// region, with pointers 0.67 MB (see TestBinarySize).
type rule struct {
	id, name, nameEN string
	when             whenFunc
	from, to         int32 // inclusive validity years; 0 = open-ended
	cat              Category
	sub              subst
	observed         bool // a replacement day the law set for a holiday that fell on another (see replacing)
	work             bool // the rule's days are extra working days, not holidays (see workday)
	// dates, when set, replaces when: the rule's days in year y, each
	// possibly estimated and with a source (announced or forecast dates;
	// also for a rule that may fall twice in one year, as Islamic
	// holidays do).
	dates func(y int, out []dated) []dated
	in    []string // region codes it applies to (a region applies to its descendants); nil = whole country
	// x holds the rarely set fields, so that the rule stays small (each
	// builder call copies it once).
	x *ruleExtra
}

// ruleExtra is the part of a rule few rules use. It is shared between
// copies of a rule and never modified once set: builders copy it.
type ruleExtra struct {
	skip  []int    // years in which the rule does not apply
	notIn []string // region codes excluded (with descendants)
}

func (r *rule) notIns() []string {
	if r.x == nil {
		return nil
	}
	return r.x.notIn
}

// extra returns a copy of r's extra fields to modify.
func (r *rule) extra() *ruleExtra {
	e := new(ruleExtra)
	if r.x != nil {
		*e = *r.x
	}
	return e
}

// dated is one day of a rule, with where its date comes from.
type dated struct {
	d   date.Date
	est bool   // a forecast, not a law or an announcement
	src string // the announcement or the method; "" for days fixed by law
}

//go:noinline
func newRule(id, name, nameEN string, w whenFunc) *rule {
	return &rule{id: id, name: name, nameEN: nameEN, cat: Public, when: w}
}

// fixed is a holiday on the same month and day every year.
//
//go:noinline
func fixed(id, name, nameEN string, m time.Month, d int) *rule {
	return newRule(id, name, nameEN, fixedDay(m, d))
}

// easter is a holiday off days after Western Easter Sunday.
//
//go:noinline
func easter(id, name, nameEN string, off int) *rule {
	return newRule(id, name, nameEN, func(y int) (date.Date, bool) { return Easter(y) + date.Date(off), true })
}

// nth is the n-th (1-based) weekday wd of month m; n < 0 counts from the end (-1 = last).
//
//go:noinline
func nth(id, name, nameEN string, m time.Month, wd time.Weekday, n int) *rule {
	return newRule(id, name, nameEN, nthWeekday(m, wd, n))
}

// once is a one-off holiday in a single year.
//
//go:noinline
func once(id, name, nameEN string, y int, m time.Month, d int) *rule {
	return fixed(id, name, nameEN, m, d).only(y)
}

// onOrBefore is the last weekday wd on or before month m, day d.
//
//go:noinline
func onOrBefore(id, name, nameEN string, m time.Month, d int, wd time.Weekday) *rule {
	return newRule(id, name, nameEN, func(y int) (date.Date, bool) {
		t := civilDate(y, m, d)
		return t - date.Date(mod(int(t.Weekday())-int(wd), 7)), true
	})
}

// onOrAfter is the first weekday wd on or after month m, day d.
//
//go:noinline
func onOrAfter(id, name, nameEN string, m time.Month, d int, wd time.Weekday) *rule {
	return newRule(id, name, nameEN, func(y int) (date.Date, bool) {
		t := civilDate(y, m, d)
		return t + date.Date(mod(int(wd)-int(t.Weekday()), 7)), true
	})
}

//go:noinline
func fixedDay(m time.Month, d int) whenFunc {
	return func(y int) (date.Date, bool) { return civilDate(y, m, d), true }
}

//go:noinline
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

// Builder methods: each returns a modified copy and leaves its receiver
// unchanged, so one rule can be the base of several table lines.

// The builders are not inlined: they run once, when the tables are built,
// and inlining them into every table line multiplied the code size.

//go:noinline
func (p *rule) since(y int) *rule { r := *p; r.from = int32(y); return &r }

//go:noinline
func (p *rule) until(y int) *rule { r := *p; r.to = int32(y); return &r }

//go:noinline
func (p *rule) only(y int) *rule { r := *p; r.from, r.to = int32(y), int32(y); return &r }

//go:noinline
func (p *rule) years(from, to int) *rule { r := *p; r.from, r.to = int32(from), int32(to); return &r }

//go:noinline
func (p *rule) category(c Category) *rule { r := *p; r.cat = c; return &r }

//go:noinline
func (p *rule) subst(s subst) *rule { r := *p; r.sub = s; return &r }

//go:noinline
func (p *rule) regions(codes ...string) *rule { r := *p; r.in = codes; return &r }

//go:noinline
func (p *rule) excluding(codes ...string) *rule {
	r := *p
	r.x = r.extra()
	r.x.notIn = codes
	return &r
}

//go:noinline
func (p *rule) except(ys ...int) *rule { r := *p; r.x = r.extra(); r.x.skip = ys; return &r }

// replacing marks the rule's days as replacement days ([Holiday.Observed])
// for the holiday with the rule's ID, for a replacement the law fixed to a
// date rather than by the weekend rule (Belgium, 2 May 2008).
//
//go:noinline
func (p *rule) replacing() *rule { r := *p; r.observed = true; return &r }

// onlyIf restricts the rule to the years for which keep is true.
//
//go:noinline
func (p *rule) onlyIf(keep func(y int) bool) *rule {
	r := *p
	w := r.when
	r.when = func(y int) (date.Date, bool) {
		if !keep(y) {
			return 0, false
		}
		return w(y)
	}
	return &r
}

// sundayBack moves a fixed date to the day before when it is a Sunday
// (Dutch Koningsdag).
//
//go:noinline
func sundayBack(id, name, nameEN string, m time.Month, d int) *rule {
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
	if (r.from != 0 && y < int(r.from)) || (r.to != 0 && y > int(r.to)) {
		return false
	}
	return r.x == nil || !slices.Contains(r.x.skip, y)
}

// appliesTo reports whether the rule applies to a region whose ancestry
// (itself first, then parents up to the country) is chain.
func (r *rule) appliesTo(chain []string) bool {
	for _, c := range r.notIns() {
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

// isWeekend reports whether d is a Saturday or a Sunday, the weekend of
// most regions; [weekend.has] answers for a region's own weekend.
func isWeekend(d date.Date) bool {
	wd := d.Weekday()
	return wd == time.Saturday || wd == time.Sunday
}

// workday is an extra working day: a weekend day on which the law moves
// work (China's State Council swaps working days around its holidays). It
// is not a holiday; [Set.WorkingDates] lists it.
//
//go:noinline
func workday(id string, y int, m time.Month, d int) *rule {
	r := fixed(id, "", "", m, d).only(y)
	r.work = true
	return r
}

// expandWith computes the holidays and the extra working days of the rules
// for year y with the weekend wk. Rules are evaluated for y-1 and y+1 too
// when a rule has substitutes, because a substitute day can cross the turn
// of the year (US: New Year's Day on a Saturday is observed on 31 December
// of the previous year).
func expandWith(rules []*rule, obsLocal, obsEN string, wk weekend, y int) ([]Holiday, []date.Date) {
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
	// Substitutes move a holiday by a few days at most, so of the years
	// before and after only the fortnight next to year y is kept.
	near0, near1 := civilDate(y, time.January, 1)-16, civilDate(y, time.December, 31)+16
	// Room for a year of the rules (most have one day a year; a few
	// states have 40), bounded for regions with long rule histories.
	base := make([]Holiday, 0, min(max(32, len(rules)+8), 64))
	var subKind []subst // parallel to base while substitutes are possible
	var work []date.Date
	var buf []dated
	for yy := lo; yy <= hi; yy++ {
		for i := range rules {
			r := rules[i]
			if !r.validIn(yy) {
				continue
			}
			if r.dates != nil {
				buf = r.dates(yy, buf[:0])
			} else {
				d, ok := r.when(yy)
				if !ok {
					continue
				}
				buf = append(buf[:0], dated{d: d})
			}
			for _, dd := range buf {
				if yy != y && (dd.d < near0 || dd.d > near1) {
					continue // only the days near the turn of the year matter
				}
				if r.work {
					if yearOf(dd.d) == y {
						work = append(work, dd.d)
					}
					continue
				}
				base = append(base, Holiday{ID: r.id, Date: dd.d, Name: r.name, NameEN: r.nameEN, Category: r.cat, Observed: r.observed, Estimated: dd.est, Source: dd.src})
				if hasSubst {
					subKind = append(subKind, r.sub)
				}
			}
		}
	}
	out := base
	if hasSubst {
		out = substitute(base, subKind, obsLocal, obsEN, wk, lo)
	}
	// Keep year y only; sort; drop duplicates of (date, ID), preferring the
	// more binding category (the lower value) when two rules agree.
	first, last := civilDate(y, time.January, 1), civilDate(y, time.December, 31)
	res := sortedUnique(out, func(h *Holiday) bool { return h.Date >= first && h.Date <= last }, 8)
	if len(work) > 1 {
		slices.Sort(work)
		work = slices.Compact(work)
	}
	return res, work
}

// sortedUnique returns the holidays of hs that keep accepts, sorted by
// compareHoliday and unique by (date, ID) (the first, most binding, kept),
// in a new slice with room for extra more. It sorts indexes, not the
// holidays themselves, which are large.
func sortedUnique(hs []Holiday, keep func(*Holiday) bool, extra int) []Holiday {
	var small [64]int32
	idx := small[:0]
	for i := range hs {
		if keep == nil || keep(&hs[i]) {
			idx = append(idx, int32(i))
		}
	}
	slices.SortFunc(idx, func(a, b int32) int { return compareHolidayPtr(&hs[a], &hs[b]) })
	res := make([]Holiday, 0, len(idx)+extra)
	for _, i := range idx {
		if n := len(res); n > 0 && res[n-1].Date == hs[i].Date && res[n-1].ID == hs[i].ID {
			continue
		}
		res = append(res, hs[i])
	}
	return res
}

// daySet is a set of days of the three years lo-1 … lo+2 around an
// expansion, as a bitset: no map, no allocation beyond its words.
type daySet struct {
	first date.Date
	bits  [20]uint64 // 1280 days
}

func (s *daySet) off(d date.Date) (int, bool) {
	o := int(d - s.first)
	return o, o >= 0 && o < len(s.bits)*64
}

func (s *daySet) add(d date.Date) {
	if o, ok := s.off(d); ok {
		s.bits[o>>6] |= 1 << (o & 63)
	}
}

func (s *daySet) has(d date.Date) bool {
	o, ok := s.off(d)
	return ok && s.bits[o>>6]&(1<<(o&63)) != 0
}

// substitute appends the substitute days of base (whose rules' subst kinds
// are kinds) and returns the extended slice.
func substitute(base []Holiday, kinds []subst, obsLocal, obsEN string, wk weekend, lo int) []Holiday {
	var subs []int // indexes into base of holidays that may need a substitute
	for i, h := range base {
		switch kinds[i] {
		case noSubst:
		case weekendOrOverlapNextFree, sunOrOverlapNextFree, sunOrOverlapNextNonHoliday:
			// an overlap is checked below
			subs = append(subs, i)
		default:
			if wk.has(h.Date) || h.Date.Weekday() == time.Sunday {
				subs = append(subs, i)
			}
		}
	}
	if len(subs) == 0 {
		return base
	}
	// Occupied days: every full-day holiday (Public or Bank); a substitute
	// never lands on one of them nor on another substitute.
	occupied := &daySet{first: civilDate(lo, time.January, 1) - 31}
	for _, h := range base {
		if h.Category == Public || h.Category == Bank {
			occupied.add(h.Date)
		}
	}
	// overlaps reports whether another full-day holiday falls on base[i]'s
	// date: one that does not move for an overlap, or, when both may,
	// one listed before it (so that of two colliding holidays one moves).
	overlaps := func(i int) bool {
		for j := range base {
			if j == i || base[j].Date != base[i].Date || base[j].ID == base[i].ID || (base[j].Category != Public && base[j].Category != Bank) {
				continue
			}
			if j < i || !movesOnOverlap(kinds[j]) {
				return true
			}
		}
		return false
	}
	// Resolve in date order so that colliding weekend holidays take
	// consecutive weekdays (UK: 25 Dec Sat → 27, 26 Dec Sun → 28).
	slices.SortStableFunc(subs, func(a, b int) int { return cmp.Compare(base[a].Date, base[b].Date) })
	// next and prev find the next or previous day that is free (neither a
	// weekend day nor occupied), or only not occupied (anyDay).
	next := func(d date.Date, anyDay bool) date.Date {
		for d++; occupied.has(d) || (!anyDay && wk.has(d)); d++ {
		}
		return d
	}
	prev := func(d date.Date) date.Date {
		for d--; occupied.has(d) || wk.has(d); d-- {
		}
		return d
	}
	// A day off lost to the weekend is made up once, however many holidays
	// fall on it (Thailand 2023: Visakha Bucha and the Queen's Birthday on
	// Saturday 3 June, one substitute).
	var madeUp daySet
	madeUp.first = occupied.first
	for _, i := range subs {
		h := base[i]
		if kinds[i] == nextFree || kinds[i] == restNextFree {
			if madeUp.has(h.Date) {
				continue
			}
			madeUp.add(h.Date)
		}
		wd := h.Date.Weekday()
		var d date.Date
		switch kinds[i] {
		case satFriSunMon:
			if wd == time.Saturday {
				d = h.Date - 1
			} else {
				d = h.Date + 1
			}
		case sunNextFree:
			if wd != time.Sunday {
				continue
			}
			d = next(h.Date, false)
		case restNextFree:
			if wd != wk.rest(h.Date) {
				continue
			}
			d = next(h.Date, false)
		case sunNextNonHoliday:
			if wd != time.Sunday {
				continue
			}
			d = next(h.Date, true)
		case sunNextDay:
			if wd != time.Sunday || occupied.has(h.Date+1) {
				continue
			}
			d = h.Date + 1
		case weekendOrOverlapNextFree:
			if !wk.has(h.Date) && !overlaps(i) {
				continue
			}
			d = next(h.Date, false)
		case sunOrOverlapNextFree:
			if wd != time.Sunday && !overlaps(i) {
				continue
			}
			d = next(h.Date, false)
		case sunOrOverlapNextNonHoliday:
			if wd != time.Sunday && !overlaps(i) {
				continue
			}
			for d = next(h.Date, true); d.Weekday() == time.Sunday; d = next(d, true) {
			}
		case satPrevSunNext:
			switch {
			case !wk.has(h.Date):
				continue
			case !wk.has(h.Date - 1):
				d = prev(h.Date) // the first weekend day
			default:
				d = next(h.Date, false)
			}
		default:
			if !wk.has(h.Date) {
				continue
			}
			d = next(h.Date, false)
		}
		occupied.add(d)
		h.Date = d
		h.Observed = true
		h.Name += obsLocal
		h.NameEN += obsEN
		base = append(base, h)
	}
	return base
}

func movesOnOverlap(k subst) bool {
	return k == weekendOrOverlapNextFree || k == sunOrOverlapNextFree || k == sunOrOverlapNextNonHoliday
}

// nextWhere returns the first day after d for which ok holds (ok holds on
// some day of every week, so this ends).
func nextWhere(d date.Date, ok func(date.Date) bool) date.Date {
	for d++; !ok(d); d++ {
	}
	return d
}

// compareHoliday orders by date, then ID, then category (more binding first),
// then non-observed first.
func compareHoliday(a, b Holiday) int { return compareHolidayPtr(&a, &b) }

func compareHolidayPtr(a, b *Holiday) int {
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
