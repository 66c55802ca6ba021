package calendar

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/itsmkit/itsm"
	"github.com/itsmkit/itsm/calendar/holidays"
	"github.com/rickb777/date/v2"
)

// Closure is a recurring closure of the calendar's own, written as rules
// rather than one override per year: "Rosenmontag from 12:00" (Easter − 48
// days), "the last Friday of each month from 14:00", "24 and 31 December
// from 12:00", a weekly all-hands "every Wednesday 10:00–12:00".
//
// On every date matched by one of its rules, the calendar is closed from
// From to the end of the date's hours (its overnight span included), or,
// when Hours is set, during Hours only (a mid-day closure). A zero From
// without Hours closes the whole day. Like a holiday, a closure removes time
// from the spans of its own date (an overnight span starting that date
// included); an [Override] for the date wins over it, and where a holiday
// and a closure fall on one date, both apply.
//
// JSON:
//
//	{"name": "Rosenmontag", "on": ["easter-48"], "from": "12:00"}
//	{"name": "month end", "on": ["last fri"], "from": "14:00"}
//	{"on": ["12-24", "12-31"], "from": "12:00"}
//	{"name": "all-hands", "on": ["wed"], "hours": "10:00-12:00"}
type Closure struct {
	// Name labels the closure in explanations ([Calendar.Why]); optional.
	Name string `json:"name,omitempty"`
	// On lists the dates the closure recurs on, as [DateRule] text.
	On []DateRule `json:"on"`
	// From is the time of day from which the date is closed; 00:00 (the
	// zero value) with no Hours closes the whole day.
	From Clock `json:"from,omitzero"`
	// Hours, when set, are the spans closed instead (From must then be
	// zero): "10:00-12:00".
	Hours DayHours `json:"hours,omitempty"`
}

// maxClosures bounds the closures of one spec (a date's closures are kept
// as a 64-bit set).
const maxClosures = 64

// ruleKind is the form of a DateRule.
type ruleKind uint8

const (
	ruleNone   ruleKind = iota
	ruleFixed           // MM-DD
	ruleEaster          // easter±N
	ruleWeekly          // <weekday>
	ruleNth             // <ord> <weekday> [of <month>]
	ruleBefore          // <weekday> before MM-DD
	ruleAfter           // <weekday> after MM-DD
)

// DateRule is a yearly (or monthly, or weekly) recurring date, in the rule
// vocabulary of package calendar/holidays: fixed dates, Easter offsets, the
// n-th weekday of a month, and the weekday before or after a date. Its text
// form, any case:
//
//	12-24            every 24 December (MM-DD)
//	easter-48        48 days before Western Easter Sunday (Rosenmontag);
//	                 easter, easter+1 (Easter Monday), … (see [holidays.Easter])
//	wed              every Wednesday
//	last fri         the last Friday of every month (1st … 5th, last)
//	4th thu of nov   the fourth Thursday of November (month names or
//	                 their three-letter abbreviations)
//	wed before 11-23 the last Wednesday before 23 November (Buß- und Bettag)
//	mon after 05-24  the first Monday after 24 May
//
// A rule like "5th mon" matches only months that have one; "02-29" only
// leap years. The zero DateRule matches nothing and is rejected by [New].
// Build one with [ParseDateRule]; in JSON it is its text.
type DateRule struct {
	kind  ruleKind
	month time.Month // fixed, before, after; nth: 0 for every month
	day   int8       // fixed, before, after
	wd    time.Weekday
	n     int16 // nth: 1–5 or -1 (last); easter: the offset in days
}

// maxEasterOffset bounds the offset of an easter±N rule.
const maxEasterOffset = 366

var (
	monthAbbr = [13]string{"", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}
	ordinals  = [6]string{"last", "1st", "2nd", "3rd", "4th", "5th"}
	ruleForms = []string{"MM-DD", "easter", "easter+N", "easter-N", "<weekday>", "<1st|2nd|3rd|4th|5th|last> <weekday>",
		"<1st|2nd|3rd|4th|5th|last> <weekday> of <month>", "<weekday> before MM-DD", "<weekday> after MM-DD"}
)

// ParseDateRule parses the text form described at [DateRule]. An error
// quotes the input and lists the valid forms.
func ParseDateRule(s string) (DateRule, error) {
	r, ok := parseRule(strings.Fields(strings.ToLower(s)))
	if !ok {
		return DateRule{}, &itsm.Error{Pkg: "calendar", Context: "closure rule", Input: quoteInput([]byte(s)), Valid: ruleForms, Err: ErrBadClosure}
	}
	return r, nil
}

func parseRule(f []string) (DateRule, bool) {
	switch len(f) {
	case 1:
		if m, d, ok := parseMonthDay(f[0]); ok {
			return DateRule{kind: ruleFixed, month: m, day: int8(d)}, true
		}
		if rest, ok := strings.CutPrefix(f[0], "easter"); ok {
			if rest == "" {
				return DateRule{kind: ruleEaster}, true
			}
			if len(rest) < 2 || (rest[0] != '+' && rest[0] != '-') {
				return DateRule{}, false
			}
			n, ok := digits(rest[1:])
			if !ok || len(rest) > 5 || n > maxEasterOffset {
				return DateRule{}, false
			}
			if rest[0] == '-' {
				n = -n
			}
			return DateRule{kind: ruleEaster, n: int16(n)}, true
		}
		if wd, ok := parseDay(f[0]); ok {
			return DateRule{kind: ruleWeekly, wd: wd}, true
		}
	case 2, 4:
		n := -2
		for i, o := range ordinals {
			if f[0] == o {
				n = i
			}
		}
		if n == 0 {
			n = -1
		}
		wd, ok := parseDay(f[1])
		if n == -2 || !ok {
			return DateRule{}, false
		}
		r := DateRule{kind: ruleNth, wd: wd, n: int16(n)}
		if len(f) == 4 {
			m, ok := parseMonth(f[3])
			if f[2] != "of" || !ok {
				return DateRule{}, false
			}
			r.month = m
		}
		return r, true
	case 3:
		wd, ok1 := parseDay(f[0])
		m, d, ok2 := parseMonthDay(f[2])
		if !ok1 || !ok2 {
			return DateRule{}, false
		}
		switch f[1] {
		case "before":
			return DateRule{kind: ruleBefore, wd: wd, month: m, day: int8(d)}, true
		case "after":
			return DateRule{kind: ruleAfter, wd: wd, month: m, day: int8(d)}, true
		}
	}
	return DateRule{}, false
}

// parseMonthDay parses MM-DD of a date that exists in some year (02-29
// included).
func parseMonthDay(s string) (time.Month, int, bool) {
	a, b, ok := strings.Cut(s, "-")
	if !ok || len(a) != 2 || len(b) != 2 {
		return 0, 0, false
	}
	m, ok1 := digits(a)
	d, ok2 := digits(b)
	if !ok1 || !ok2 || m < 1 || m > 12 || d < 1 || d > daysIn(time.Month(m), 2000) {
		return 0, 0, false
	}
	return time.Month(m), d, true
}

func parseMonth(s string) (time.Month, bool) {
	for m := time.January; m <= time.December; m++ {
		if s == monthAbbr[m] || s == strings.ToLower(m.String()) {
			return m, true
		}
	}
	return 0, false
}

// daysIn returns the number of days of month m in year y.
func daysIn(m time.Month, y int) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// String returns the canonical text form ("easter-48", "last fri",
// "4th thu of nov"); the zero DateRule is "".
func (r DateRule) String() string {
	md := func() string { return fmt.Sprintf("%02d-%02d", int(r.month), r.day) }
	wd := strings.ToLower(dayAbbr[r.wd])
	switch r.kind {
	case ruleFixed:
		return md()
	case ruleEaster:
		switch {
		case r.n > 0:
			return "easter+" + strconv.Itoa(int(r.n))
		case r.n < 0:
			return "easter" + strconv.Itoa(int(r.n))
		}
		return "easter"
	case ruleWeekly:
		return wd
	case ruleNth:
		o := ordinals[max(r.n, 0)]
		if r.month != 0 {
			return o + " " + wd + " of " + monthAbbr[r.month]
		}
		return o + " " + wd
	case ruleBefore:
		return wd + " before " + md()
	case ruleAfter:
		return wd + " after " + md()
	}
	return ""
}

// MarshalText returns the text form; the zero DateRule is an error.
func (r DateRule) MarshalText() ([]byte, error) {
	if r.kind == ruleNone {
		return nil, &itsm.Error{Pkg: "calendar", Context: "closure rule", Input: "", Valid: ruleForms, Err: ErrBadClosure}
	}
	return []byte(r.String()), nil
}

// UnmarshalText parses the text form.
func (r *DateRule) UnmarshalText(b []byte) error {
	if r == nil {
		return nilTarget("DateRule", b)
	}
	v, err := ParseDateRule(string(b))
	if err != nil {
		return err
	}
	*r = v
	return nil
}

// Matches reports whether d is one of the rule's dates. The zero DateRule
// matches nothing.
func (r DateRule) Matches(d date.Date) bool {
	y, m, day := d.Date()
	switch r.kind {
	case ruleFixed:
		return m == r.month && day == int(r.day)
	case ruleEaster:
		for yy := y - 1; yy <= y+1; yy++ {
			if holidays.Easter(yy)+date.Date(r.n) == d {
				return true
			}
		}
		return false
	case ruleWeekly:
		return d.Weekday() == r.wd
	case ruleNth:
		if d.Weekday() != r.wd || (r.month != 0 && m != r.month) {
			return false
		}
		if r.n < 0 {
			return day+7 > daysIn(m, y)
		}
		return (day-1)/7 == int(r.n)-1
	case ruleBefore, ruleAfter:
		for yy := y - 1; yy <= y+1; yy++ {
			if x, ok := r.anchored(yy); ok && x == d {
				return true
			}
		}
	}
	return false
}

// anchored returns the date of a before/after rule anchored in year y.
func (r DateRule) anchored(y int) (date.Date, bool) {
	if int(r.day) > daysIn(r.month, y) {
		return 0, false
	}
	a := date.New(y, r.month, int(r.day))
	if r.kind == ruleBefore {
		a--
		return a - date.Date(mod7(int(a.Weekday())-int(r.wd))), true
	}
	a++
	return a + date.Date(mod7(int(r.wd)-int(a.Weekday()))), true
}

func mod7(n int) int { return ((n % 7) + 7) % 7 }

// appendDates appends the rule's dates in [from, to] (at most a few years
// apart), in ascending order.
func (r DateRule) appendDates(out []date.Date, from, to date.Date) []date.Date {
	y0, y1 := from.Year(), to.Year()
	in := func(d date.Date) bool { return d >= from && d <= to }
	switch r.kind {
	case ruleFixed:
		for y := y0; y <= y1; y++ {
			if int(r.day) <= daysIn(r.month, y) {
				if d := date.New(y, r.month, int(r.day)); in(d) {
					out = append(out, d)
				}
			}
		}
	case ruleEaster:
		for y := y0 - 1; y <= y1+1; y++ {
			if d := holidays.Easter(y) + date.Date(r.n); in(d) {
				out = append(out, d)
			}
		}
	case ruleWeekly:
		for d := from + date.Date(mod7(int(r.wd)-int(from.Weekday()))); d <= to; d += 7 {
			out = append(out, d)
		}
	case ruleNth:
		for y := y0; y <= y1; y++ {
			for m := time.January; m <= time.December; m++ {
				if r.month != 0 && m != r.month {
					continue
				}
				var d date.Date
				if r.n < 0 {
					last := date.New(y, m, daysIn(m, y))
					d = last - date.Date(mod7(int(last.Weekday())-int(r.wd)))
				} else {
					first := date.New(y, m, 1)
					d = first + date.Date(mod7(int(r.wd)-int(first.Weekday()))+7*(int(r.n)-1))
					if d.Month() != m {
						continue
					}
				}
				if in(d) {
					out = append(out, d)
				}
			}
		}
	case ruleBefore, ruleAfter:
		for y := y0 - 1; y <= y1+1; y++ {
			if d, ok := r.anchored(y); ok && in(d) {
				out = append(out, d)
			}
		}
	}
	return out
}

// closureRule is a compiled Closure.
type closureRule struct {
	rules []DateRule
	from  int32   // closed from this minute (0: the whole day); unused with hours
	hours []mspan // closed spans, when set
}

// apply removes the closure's time from a date's spans.
func (c *closureRule) apply(ms []mspan) []mspan {
	if c.hours != nil {
		return subtractSpans(ms, c.hours)
	}
	if c.from == 0 {
		return nil
	}
	return clipSpans(ms, c.from)
}

// matches reports whether the closure recurs on d.
func (c *closureRule) matches(d date.Date) bool {
	for _, r := range c.rules {
		if r.Matches(d) {
			return true
		}
	}
	return false
}

// weekly reports whether the closure recurs on every weekday wd.
func (c *closureRule) weekly(wd time.Weekday) bool {
	for _, r := range c.rules {
		if r.kind == ruleWeekly && r.wd == wd {
			return true
		}
	}
	return false
}

// subtractSpans returns ms minus cut (both sorted and disjoint).
func subtractSpans(ms, cut []mspan) []mspan {
	var out []mspan
	for _, m := range ms {
		s := m.s
		for _, c := range cut {
			if c.e <= s || c.s >= m.e {
				continue
			}
			if c.s > s {
				out = append(out, mspan{s, c.s})
			}
			s = max(s, c.e)
		}
		if s < m.e {
			out = append(out, mspan{s, m.e})
		}
	}
	return out
}

// compileClosures validates the closures of a spec.
func compileClosures(cs []Closure) ([]closureRule, error) {
	if len(cs) > maxClosures {
		return nil, errorf("closures", strconv.Itoa(len(cs))+" closures", fmt.Errorf("%w: more than %d closures", ErrBadClosure, maxClosures))
	}
	out := make([]closureRule, 0, len(cs))
	for i, c := range cs {
		ctx := "closure " + strconv.Itoa(i)
		if c.Name != "" {
			ctx += " " + strconv.Quote(c.Name)
		}
		if len(c.On) == 0 {
			return nil, &itsm.Error{Pkg: "calendar", Context: ctx + " on", Input: "[]", Valid: ruleForms, Err: fmt.Errorf("%w: no date rule", ErrBadClosure)}
		}
		for _, r := range c.On {
			if r.kind == ruleNone {
				return nil, &itsm.Error{Pkg: "calendar", Context: ctx + " on", Input: "", Valid: ruleForms, Err: fmt.Errorf("%w: the zero DateRule (use ParseDateRule)", ErrBadClosure)}
			}
		}
		cr := closureRule{rules: append([]DateRule(nil), c.On...), from: int32(c.From)}
		if !closedFromOK(c.From, false) {
			return nil, errorf(ctx+" from", c.From.text(), ErrBadTime)
		}
		if len(c.Hours) > 0 {
			if c.From != 0 {
				return nil, errorf(ctx, c.From.String()+" and "+c.Hours.String(), fmt.Errorf("%w: set from or hours, not both", ErrBadClosure))
			}
			hs, err := compileHours(ctx+" hours", c.Hours)
			if err != nil {
				return nil, err
			}
			cr.hours = hs
		}
		out = append(out, cr)
	}
	return out, nil
}
