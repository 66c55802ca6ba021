package holidays

import (
	"fmt"
	"math/bits"
	"strconv"
	"strings"
	"time"

	"github.com/rickb777/date/v2"
)

// Yearly recurrence rules (RFC 5545 §3.3.10) of all-day events: the subset
// holiday feeds use ("every 1 January", "the fourth Thursday of November",
// "the last Monday of May"). Other frequencies and rule parts are refused
// with an error that names them.

// supportedRRule lists what the reader supports, for error messages.
const supportedRRule = "FREQ=YEARLY with INTERVAL, COUNT or UNTIL, BYMONTH, BYMONTHDAY, BYDAY (e.g. MO, 1MO, -1MO) and WKST"

// byDay is one BYDAY value.
type byDay struct {
	wd time.Weekday
	n  int // 0: every such weekday; n > 0: the n-th, n < 0: the n-th from the end, of the month (with BYMONTH) or the year
}

// yearlyRule is a parsed FREQ=YEARLY rule with its expansion precomputed.
type yearlyRule struct {
	text      string // the RRULE value, for messages
	interval  int
	count     int       // COUNT; 0 if absent
	until     date.Date // UNTIL; 0 if absent
	months    uint16    // bit m set for BYMONTH=m; 0 if absent
	monthDays []int     // BYMONTHDAY, ±1..31
	byDays    []byDay   // BYDAY

	// pattern holds, per year type (7×leap + weekday of 1 January), the
	// day-of-year offsets (0 = 1 January) on which the rule falls. A yearly
	// rule's instances in a year depend on nothing else, so a year is a
	// table lookup and a count is a popcount.
	pattern    [14][6]uint64
	maxPerYear int // most instances in any year

	// Year types repeat every 400 years, so the years start.Year() +
	// k×INTERVAL run through their types with a period of cycleSteps =
	// 400/gcd(INTERVAL, 400) steps, with cycleCount instances per period.
	cycleSteps, cycleCount int
	active                 []int // the steps k in [0, cycleSteps) whose year has instances
}

var weekdayCodes = map[string]time.Weekday{"SU": time.Sunday, "MO": time.Monday, "TU": time.Tuesday,
	"WE": time.Wednesday, "TH": time.Thursday, "FR": time.Friday, "SA": time.Saturday}

// parseRRule parses the value of an RRULE content line.
func parseRRule(l contentLine) (*yearlyRule, error) {
	bad := func(format string, a ...any) error {
		return icalError(l.num, "%s", fmt.Sprintf("RRULE %q: ", clip(l.value))+fmt.Sprintf(format, a...)+"; supported: "+supportedRRule)
	}
	r := &yearlyRule{text: l.value, interval: 1}
	seen := map[string]bool{}
	for _, part := range strings.Split(l.value, ";") {
		name, val, ok := strings.Cut(part, "=")
		if !ok || name == "" || val == "" {
			return nil, bad("part %q is not NAME=VALUE", clip(part))
		}
		name, val = strings.ToUpper(name), strings.ToUpper(val)
		if seen[name] {
			return nil, bad("part %s appears twice", name)
		}
		seen[name] = true
		var err error
		switch name {
		case "FREQ":
			if val != "YEARLY" {
				return nil, bad("FREQ=%s is not supported", val)
			}
		case "INTERVAL":
			r.interval, err = ruleInt(val, 1, 10000)
		case "COUNT":
			r.count, err = ruleInt(val, 1, 999999999)
		case "UNTIL":
			r.until, err = ruleUntil(val)
		case "BYMONTH":
			err = eachValue(val, func(v string) error {
				m, err := ruleInt(v, 1, 12)
				r.months |= 1 << m
				return err
			})
		case "BYMONTHDAY":
			err = eachValue(val, func(v string) error {
				d, err := ruleSignedInt(v, 31)
				r.monthDays = append(r.monthDays, d)
				return err
			})
		case "BYDAY":
			err = eachValue(val, func(v string) error {
				bd, err := ruleByDay(v)
				r.byDays = append(r.byDays, bd)
				return err
			})
		case "WKST":
			// The week start matters only to BYWEEKNO and weekly rules,
			// neither of which is supported; it is checked and ignored.
			if _, ok := weekdayCodes[val]; !ok {
				err = fmt.Errorf("not a weekday (SU, MO, …, SA)")
			}
		default:
			return nil, bad("part %s is not supported", name)
		}
		if err != nil {
			return nil, bad("%s=%s: %v", name, clip(val), err)
		}
	}
	if !seen["FREQ"] {
		return nil, bad("no FREQ")
	}
	if r.count != 0 && r.until != 0 {
		return nil, bad("COUNT and UNTIL together (RFC 5545 allows one of them)")
	}
	return r, nil
}

func eachValue(val string, f func(string) error) error {
	for _, v := range strings.Split(val, ",") {
		if err := f(v); err != nil {
			return err
		}
	}
	return nil
}

// ruleInt parses a decimal in [lo, hi] (digits only, at most 9 of them).
func ruleInt(s string, lo, hi int) (int, error) {
	if s == "" || len(s) > 9 || strings.TrimLeft(s, "0123456789") != "" {
		return 0, fmt.Errorf("%q is not a number from %d to %d", s, lo, hi)
	}
	n, _ := strconv.Atoi(s)
	if n < lo || n > hi {
		return 0, fmt.Errorf("%q is not a number from %d to %d", s, lo, hi)
	}
	return n, nil
}

// ruleSignedInt parses ±1..max (no zero).
func ruleSignedInt(s string, max int) (int, error) {
	neg := strings.HasPrefix(s, "-")
	n, err := ruleInt(strings.TrimLeft(s, "+-"), 1, max)
	if err != nil || len(s)-len(strings.TrimLeft(s, "+-")) > 1 {
		return 0, fmt.Errorf("%q is not a number from 1 to %d or -%d to -1", s, max, max)
	}
	if neg {
		n = -n
	}
	return n, nil
}

// ruleByDay parses a BYDAY value: an optional signed ordinal (1 to 53) and
// a weekday code.
func ruleByDay(s string) (byDay, error) {
	if len(s) < 2 {
		return byDay{}, fmt.Errorf("%q is not a weekday like MO, 1MO or -1MO", s)
	}
	wd, ok := weekdayCodes[s[len(s)-2:]]
	if !ok {
		return byDay{}, fmt.Errorf("%q is not a weekday like MO, 1MO or -1MO", s)
	}
	bd := byDay{wd: wd}
	if ord := s[:len(s)-2]; ord != "" {
		n, err := ruleSignedInt(ord, 53)
		if err != nil {
			return byDay{}, fmt.Errorf("%q: ordinal %v", s, err)
		}
		bd.n = n
	}
	return bd, nil
}

// ruleUntil parses UNTIL. With an all-day DTSTART, RFC 5545 wants a DATE;
// feeds also write a DATE-TIME (often in UTC), of which the date is used.
func ruleUntil(s string) (date.Date, error) {
	ds := s
	if len(s) > 8 {
		t := s[8:]
		if !(len(t) == 7 || (len(t) == 8 && t[7] == 'Z')) || t[0] != 'T' || strings.TrimLeft(t[1:7], "0123456789") != "" {
			return 0, fmt.Errorf("%q is not a DATE or DATE-TIME", s)
		}
		ds = s[:8]
	}
	d, ok := parseYMD(ds)
	if !ok {
		return 0, fmt.Errorf("%q is not a DATE or DATE-TIME", s)
	}
	return d, nil
}

// parseYMD parses YYYYMMDD into a date from year MinYear on.
func parseYMD(s string) (date.Date, bool) {
	if len(s) != 8 || strings.TrimLeft(s, "0123456789") != "" {
		return 0, false
	}
	y, _ := strconv.Atoi(s[:4])
	m, _ := strconv.Atoi(s[4:6])
	d, _ := strconv.Atoi(s[6:])
	if y < MinYear || m < 1 || m > 12 || d < 1 || d > daysIn(y, time.Month(m)) {
		return 0, false
	}
	return civilDate(y, time.Month(m), d), true
}

// isLeap reports whether y is a Gregorian leap year.
func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

// yearTypes[y mod 400] is yearType(y): the Gregorian calendar repeats
// every 400 years (146,097 days, a whole number of weeks).
var yearTypes = func() (ts [400]uint8) {
	for y := range 400 {
		p := y + 399 // y - 1, kept non-negative
		t := (1 + 5*(p%4) + 4*(p%100) + 6*(p%400)) % 7
		if isLeap(y) {
			t += 7
		}
		ts[y] = uint8(t)
	}
	return ts
}()

// yearType indexes yearlyRule.pattern: 7×leap + the weekday of 1 January
// (Sunday = 0, by Gauss's formula).
func yearType(y int) int { return int(yearTypes[mod(y, 400)]) }

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func popcount(p *[6]uint64) int {
	n := 0
	for _, w := range p {
		n += bits.OnesCount64(w)
	}
	return n
}

var monthLengths = [13]int{0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}

// build fills the patterns. Parts the rule leaves out are taken from
// DTSTART as RFC 5545 says: without BYMONTHDAY and BYDAY the day of the
// month is DTSTART's, and then without BYMONTH the month is too. A BYDAY
// ordinal counts within the month when BYMONTH is given, within the year
// otherwise. The BYDAY values are alternatives (their union); BYMONTH,
// BYMONTHDAY and BYDAY restrict one another (their intersection).
func (r *yearlyRule) build(start date.Date) {
	months, monthDays := r.months, r.monthDays
	if len(monthDays) == 0 && len(r.byDays) == 0 {
		monthDays = []int{start.Day()}
		if months == 0 {
			months = 1 << uint(start.Month())
		}
	}
	if months == 0 {
		months = 0x1ffe // all twelve
	}
	for t := range 14 {
		leap, wd0 := t >= 7, t%7
		if len(r.byDays) == 0 && wd0 > 0 {
			r.pattern[t] = r.pattern[t-wd0] // without BYDAY the weekday does not matter
			continue
		}
		ylen := 365
		if leap {
			ylen = 366
		}
		doy := 0 // day of year of the 1st of month m, 0-based
		for m := 1; m <= 12; m++ {
			mlen := monthLengths[m]
			if m == 2 && leap {
				mlen = 29
			}
			if months&(1<<m) == 0 {
				doy += mlen
				continue
			}
			set := func(d int) {
				i := doy + d - 1
				if len(r.byDays) > 0 {
					nth, fromEnd := (d-1)/7+1, (mlen-d)/7+1
					if r.months == 0 {
						nth, fromEnd = i/7+1, (ylen-1-i)/7+1
					}
					if !matchByDay(r.byDays, time.Weekday((wd0+i)%7), nth, fromEnd) {
						return
					}
				}
				r.pattern[t][i>>6] |= 1 << (i & 63)
			}
			if len(monthDays) > 0 {
				for _, md := range monthDays {
					if md < 0 {
						md += mlen + 1
					}
					if md >= 1 && md <= mlen {
						set(md)
					}
				}
			} else {
				for d := 1; d <= mlen; d++ {
					set(d)
				}
			}
			doy += mlen
		}
	}
	var perType [14]int
	for t := range 14 {
		perType[t] = popcount(&r.pattern[t])
		r.maxPerYear = max(r.maxPerYear, perType[t])
	}
	r.cycleSteps = 400 / gcd(r.interval, 400)
	y0 := start.Year()
	for k := range r.cycleSteps {
		if n := perType[yearType(y0+k*r.interval)]; n > 0 {
			r.cycleCount += n
			r.active = append(r.active, k)
		}
	}
}

func matchByDay(bds []byDay, wd time.Weekday, nth, fromEnd int) bool {
	for _, bd := range bds {
		if bd.wd == wd && (bd.n == 0 || bd.n == nth || bd.n == -fromEnd) {
			return true
		}
	}
	return false
}

// eachStart calls f for every start the rule generates in [lo, hi], in
// order, for the series that begins at start; it stops when f returns
// false. Only the years start.Year() + k×INTERVAL have instances, and of
// those only the active steps of each cycle are visited.
func (r *yearlyRule) eachStart(start, lo, hi date.Date, f func(date.Date) bool) {
	lo = max(lo, start)
	if lo > hi || len(r.active) == 0 {
		return
	}
	y0, ylo, yhi := start.Year(), lo.Year(), hi.Year()
	span := r.cycleSteps * r.interval // years per cycle
	for c := (ylo - y0) / span; ; c++ {
		for _, a := range r.active {
			y := y0 + c*span + a*r.interval
			if y < ylo {
				continue
			}
			if y > yhi {
				return
			}
			jan1 := civilDate(y, time.January, 1)
			p := &r.pattern[yearType(y)]
			for w := range p {
				for b := p[w]; b != 0; b &= b - 1 {
					d := jan1 + date.Date(w<<6+bits.TrailingZeros64(b))
					if d < lo {
						continue
					}
					if d > hi || !f(d) {
						return
					}
				}
			}
		}
	}
}

// countLast returns the start of the COUNT-th instance of the series that
// begins at start (which is the first, RFC 5545 §3.3.10), or the last day
// of year MaxYear if the series does not reach COUNT by then. Whole
// 400-year cycles of years are counted at once.
func (r *yearlyRule) countLast(start date.Date) date.Date {
	need := r.count - 1
	if need == 0 {
		return start
	}
	end := civilDate(MaxYear, time.December, 31)
	if r.cycleCount == 0 {
		return end
	}
	y0 := start.Year()
	for y := y0; y <= MaxYear; y += r.interval {
		if y > y0 && need > r.cycleCount {
			if skip := r.cycleSteps * r.interval; y+skip <= MaxYear {
				need -= r.cycleCount
				y += skip - r.interval
				continue
			}
		}
		p := &r.pattern[yearType(y)]
		if y > y0 {
			if n := popcount(p); n < need {
				need -= n
				continue
			}
		}
		jan1 := civilDate(y, time.January, 1)
		for w := range p {
			for b := p[w]; b != 0; b &= b - 1 {
				d := jan1 + date.Date(w<<6+bits.TrailingZeros64(b))
				if d <= start {
					continue
				}
				if need--; need == 0 {
					return d
				}
			}
		}
	}
	return end
}
