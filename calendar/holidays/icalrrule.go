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
}

var weekdayCodes = map[string]time.Weekday{"SU": time.Sunday, "MO": time.Monday, "TU": time.Tuesday,
	"WE": time.Wednesday, "TH": time.Thursday, "FR": time.Friday, "SA": time.Saturday}

// parseRRule parses the value of an RRULE content line.
func parseRRule(l contentLine) (*yearlyRule, error) {
	bad := func(format string, a ...any) error {
		return &ICalError{Line: l.num, Msg: fmt.Sprintf("RRULE %q: ", clip(l.value)) + fmt.Sprintf(format, a...) + "; supported: " + supportedRRule}
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

// yearType indexes yearlyRule.pattern.
func yearType(y int) int {
	t := int(civilDate(y, time.January, 1).Weekday())
	if isLeap(y) {
		t += 7
	}
	return t
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
	for t := range 14 {
		leap, wd0 := t >= 7, t%7
		ylen := 365
		if leap {
			ylen = 366
		}
		i, n := 0, 0
		for m := 1; m <= 12; m++ {
			mlen := monthLengths[m]
			if m == 2 && leap {
				mlen = 29
			}
			for d := 1; d <= mlen; d, i = d+1, i+1 {
				if months != 0 && months&(1<<m) == 0 {
					continue
				}
				if len(monthDays) > 0 && !matchMonthDay(monthDays, d, mlen) {
					continue
				}
				if len(r.byDays) > 0 {
					nth, fromEnd := (d-1)/7+1, (mlen-d)/7+1
					if r.months == 0 {
						nth, fromEnd = i/7+1, (ylen-1-i)/7+1
					}
					if !matchByDay(r.byDays, time.Weekday((wd0+i)%7), nth, fromEnd) {
						continue
					}
				}
				r.pattern[t][i>>6] |= 1 << (i & 63)
				n++
			}
		}
		r.maxPerYear = max(r.maxPerYear, n)
	}
}

func matchMonthDay(mds []int, d, mlen int) bool {
	for _, md := range mds {
		if md == d || md == d-mlen-1 {
			return true
		}
	}
	return false
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
// false. Only the years start.Year() + k×INTERVAL have instances.
func (r *yearlyRule) eachStart(start, lo, hi date.Date, f func(date.Date) bool) {
	lo = max(lo, start)
	if lo > hi {
		return
	}
	y0 := start.Year()
	y := lo.Year()
	if k := (y - y0) % r.interval; k != 0 {
		y += r.interval - k
	}
	for ; y <= hi.Year(); y += r.interval {
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

// countLast returns the start of the COUNT-th instance of the series that
// begins at start (which is the first, RFC 5545 §3.3.10), or the last day
// of year MaxYear if the series does not reach COUNT by then.
func (r *yearlyRule) countLast(start date.Date) date.Date {
	need := r.count - 1
	if need == 0 {
		return start
	}
	y0 := start.Year()
	for y := y0; y <= MaxYear; y += r.interval {
		jan1 := civilDate(y, time.January, 1)
		p := &r.pattern[yearType(y)]
		if y > y0 {
			n := 0
			for _, w := range p {
				n += bits.OnesCount64(w)
			}
			if n < need {
				need -= n
				continue
			}
		}
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
	return civilDate(MaxYear, time.December, 31)
}
