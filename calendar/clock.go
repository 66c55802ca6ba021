package calendar

import (
	"fmt"
	"strings"
	"time"

	"github.com/itsmkit/itsm"
)

// Clock is a civil time of day in whole minutes after midnight, 0 (00:00)
// through 1440 (24:00). 24:00 is only valid as the end of a span; it means
// the following midnight, so a 24×7 day is "00:00-24:00" and loses no minute.
type Clock int16

// Midnight24 is 24:00, the end of a day.
const Midnight24 Clock = 24 * 60

// ClockOf returns the Clock for hour h and minute m (ClockOf(24, 0) is 24:00;
// m may exceed 59: ClockOf(8, 90) is 09:30). A time outside 00:00–24:00 gives
// the invalid Clock -1, which validation rejects, instead of wrapping into
// the 16-bit range (ClockOf(1100, 16) was 08:00).
func ClockOf(h, m int) Clock {
	if h < 0 || h > 24 || m < 0 || m > int(Midnight24) || h*60+m > int(Midnight24) {
		return -1
	}
	return Clock(h*60 + m)
}

// Hour returns the hour (0–24).
func (c Clock) Hour() int { return int(c) / 60 }

// Minute returns the minute within the hour.
func (c Clock) Minute() int { return int(c) % 60 }

// String returns "HH:MM".
func (c Clock) String() string { return fmt.Sprintf("%02d:%02d", c.Hour(), c.Minute()) }

// MarshalText returns "HH:MM", or an error for a Clock outside
// 00:00–24:00.
func (c Clock) MarshalText() ([]byte, error) {
	if c < 0 || c > Midnight24 {
		return nil, errorf("clock", c.text(), ErrBadTime)
	}
	return []byte(c.String()), nil
}

// text is String for a valid Clock and "Clock(n)" otherwise, for errors.
func (c Clock) text() string {
	if c < 0 || c > Midnight24 {
		return fmt.Sprintf("Clock(%d)", int(c))
	}
	return c.String()
}

// UnmarshalText parses "HH:MM" (00:00–24:00).
func (c *Clock) UnmarshalText(b []byte) error {
	if c == nil {
		return nilTarget("Clock", b)
	}
	v, err := ParseClock(string(b))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// ParseClock parses "HH:MM" or "H:MM" in 00:00–24:00.
func ParseClock(s string) (Clock, error) {
	h, m, ok := strings.Cut(s, ":")
	if !ok || len(h) < 1 || len(h) > 2 || len(m) != 2 {
		return 0, errorf("time", s, ErrBadTime)
	}
	hv, ok1 := digits(h)
	mv, ok2 := digits(m)
	if !ok1 || !ok2 || mv > 59 || hv > 24 || (hv == 24 && mv != 0) {
		return 0, errorf("time", s, ErrBadTime)
	}
	return ClockOf(hv, mv), nil
}

func digits(s string) (int, bool) {
	v := 0
	for _, r := range s {
		if r < '0' || r > '9' {
			return 0, false
		}
		v = v*10 + int(r-'0')
	}
	return v, true
}

// Hours is one span of civil time on a day, [Start, End). When End is
// before Start the span is an overnight span: it runs from Start on its day to
// End on the next day and belongs to the day it starts on (that day's holiday
// or closure removes it). End 24:00 is the following midnight. Start == End
// is an empty span and rejected; a whole day is 00:00-24:00.
type Hours struct {
	Start, End Clock
}

// Overnight reports whether the span ends on the next day (End before
// Start; "22:00-00:00" ends at the next midnight).
func (h Hours) Overnight() bool { return h.End < h.Start }

// minutes returns the span as minutes after its day's midnight, end up to
// 2880 for overnight spans.
func (h Hours) minutes() (s, e int32) {
	s, e = int32(h.Start), int32(h.End)
	if e <= s {
		e += 1440
	}
	return s, e
}

// Duration is the nominal (civil, DST-free) length of the span.
func (h Hours) Duration() time.Duration {
	s, e := h.minutes()
	return time.Duration(e-s) * time.Minute
}

// String returns "HH:MM-HH:MM".
func (h Hours) String() string { return h.Start.String() + "-" + h.End.String() }

// MarshalText returns "HH:MM-HH:MM".
func (h Hours) MarshalText() ([]byte, error) {
	if err := h.validate(""); err != nil {
		return nil, err
	}
	return []byte(h.String()), nil
}

// UnmarshalText parses "HH:MM-HH:MM" and validates it.
func (h *Hours) UnmarshalText(b []byte) error {
	if h == nil {
		return nilTarget("Hours", b)
	}
	v, err := ParseHours(string(b))
	if err != nil {
		return err
	}
	*h = v
	return nil
}

// ParseHours parses one span "HH:MM-HH:MM" (e.g. "08:00-17:00", overnight
// "22:00-06:00", "00:00-24:00"). "22:00-00:00" is an overnight span ending
// at the next midnight, the same time as "22:00-24:00".
func ParseHours(s string) (Hours, error) {
	a, b, ok := strings.Cut(strings.TrimSpace(s), "-")
	if !ok {
		return Hours{}, errorf("span", s, ErrSyntax)
	}
	st, err := ParseClock(strings.TrimSpace(a))
	if err != nil {
		return Hours{}, errorf("span", s, ErrBadTime)
	}
	en, err := ParseClock(strings.TrimSpace(b))
	if err != nil {
		return Hours{}, errorf("span", s, ErrBadTime)
	}
	h := Hours{st, en}
	if err := h.validate(""); err != nil {
		return Hours{}, errorf("span", s, sentinelOf(err))
	}
	return h, nil
}

func (h Hours) validate(ctx string) error {
	if h.Start < 0 || h.Start >= Midnight24 || h.End < 0 || h.End > Midnight24 {
		return errorf(ctx, fmt.Sprintf("%d-%d", h.Start, h.End), ErrBadTime)
	}
	if h.Start == h.End {
		return errorf(ctx, h.String(), ErrEmptySpan)
	}
	return nil
}

// DayHours is the list of spans of one day. Its text form is the spans
// separated by commas, "08:00-12:00,13:00-17:00"; the empty list (closed) is
// "".
type DayHours []Hours

// String returns the text form.
func (d DayHours) String() string {
	var b strings.Builder
	for i, h := range d {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(h.String())
	}
	return b.String()
}

// MarshalText returns the text form.
func (d DayHours) MarshalText() ([]byte, error) {
	for _, h := range d {
		if err := h.validate("hours"); err != nil {
			return nil, err
		}
	}
	return []byte(d.String()), nil
}

// UnmarshalText parses the text form.
func (d *DayHours) UnmarshalText(b []byte) error {
	if d == nil {
		return nilTarget("DayHours", b)
	}
	v, err := ParseDayHours(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// ParseDayHours parses "08:00-12:00,13:00-17:00" ("" or "closed" is no
// spans). Each span is validated on its own; overlaps are reported by [New].
func ParseDayHours(s string) (DayHours, error) {
	t := strings.TrimSpace(s)
	if t == "" || strings.EqualFold(t, "closed") {
		return nil, nil
	}
	var out DayHours
	for part := range strings.SplitSeq(t, ",") {
		h, err := ParseHours(part)
		if err != nil {
			return nil, errorf("hours", s, sentinelOf(err))
		}
		out = append(out, h)
	}
	return out, nil
}

// Week is the regular weekly opening hours, indexed by time.Weekday
// (Week[time.Monday] is Monday's spans). The zero value is closed all week.
//
// Its compact text form lists day groups separated by ";", each a day list
// (names or ranges, comma-separated) and that day's spans:
//
//	Mon-Fri 08:00-12:00,13:00-17:00; Sat 09:00-13:00
//	Mon,Wed,Fri 22:00-06:00
//	Mon-Sun 00:00-24:00
//
// Day names are the English names or their three-letter abbreviations, any
// case; a range may wrap (Fri-Mon). A day listed twice gets both lists of
// spans. The empty string is a week with no hours.
type Week [7]DayHours

var dayAbbr = [7]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

// weekOrder is Monday-first, the order of the text form.
var weekOrder = [7]time.Weekday{time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday, time.Saturday, time.Sunday}

// String returns the canonical compact text form: days Monday first, equal
// consecutive days as ranges, days with equal spans in one group.
func (w Week) String() string {
	var groups []string
	done := [7]bool{}
	for i, wd := range weekOrder {
		if done[wd] || len(w[wd]) == 0 {
			continue
		}
		key := w[wd].String()
		// collect all days with the same spans, as Monday-first runs
		var parts []string
		for j := i; j < 7; {
			if w[weekOrder[j]].String() != key || len(w[weekOrder[j]]) == 0 || done[weekOrder[j]] {
				j++
				continue
			}
			k := j
			for k+1 < 7 && len(w[weekOrder[k+1]]) > 0 && w[weekOrder[k+1]].String() == key {
				k++
			}
			for x := j; x <= k; x++ {
				done[weekOrder[x]] = true
			}
			if k == j {
				parts = append(parts, dayAbbr[weekOrder[j]])
			} else {
				parts = append(parts, dayAbbr[weekOrder[j]]+"-"+dayAbbr[weekOrder[k]])
			}
			j = k + 1
		}
		groups = append(groups, strings.Join(parts, ",")+" "+key)
	}
	return strings.Join(groups, "; ")
}

// MarshalText returns the compact text form.
func (w Week) MarshalText() ([]byte, error) {
	for wd := range w {
		for _, h := range w[wd] {
			if err := h.validate(time.Weekday(wd).String()); err != nil {
				return nil, err
			}
		}
	}
	return []byte(w.String()), nil
}

// UnmarshalText parses the compact text form.
func (w *Week) UnmarshalText(b []byte) error {
	if w == nil {
		return nilTarget("Week", b)
	}
	v, err := ParseWeek(string(b))
	if err != nil {
		return err
	}
	*w = v
	return nil
}

// ParseWeek parses the compact text form described at [Week]. Errors quote
// the input. Overlaps are not checked here but by [New].
func ParseWeek(s string) (Week, error) {
	var w Week
	if len(s) > 1<<16 {
		return w, errorf("week", s[:64]+"…", ErrSyntax)
	}
	for group := range strings.SplitSeq(s, ";") {
		g := strings.TrimSpace(group)
		if g == "" {
			continue
		}
		i := strings.IndexAny(g, " \t")
		if i < 0 {
			return Week{}, errorf("week", s, fmt.Errorf("%w: group %q has no hours", ErrSyntax, g))
		}
		days, bad, ok := parseDays(g[:i])
		if !ok {
			return Week{}, &itsm.Error{Pkg: "calendar", Context: "week", Input: s, Valid: dayNames(),
				Err: fmt.Errorf("%w: unknown day %q", ErrSyntax, bad)}
		}
		hrs, err := ParseDayHours(g[i+1:])
		if err != nil {
			if e, ok := ownError(err); ok {
				return Week{}, errorf("week", s, fmt.Errorf("%w: %q", e.Err, strings.TrimSpace(g[i+1:])))
			}
			return Week{}, errorf("week", s, err)
		}
		if len(hrs) == 0 {
			return Week{}, errorf("week", s, fmt.Errorf("%w: group %q has no hours", ErrSyntax, g))
		}
		for wd, on := range days {
			if on {
				w[wd] = append(w[wd], hrs...)
			}
		}
	}
	return w, nil
}

func parseDay(s string) (time.Weekday, bool) {
	for wd := range 7 {
		if strings.EqualFold(s, dayAbbr[wd]) || strings.EqualFold(s, time.Weekday(wd).String()) {
			return time.Weekday(wd), true
		}
	}
	return 0, false
}

// parseDays parses a day list ("Mon-Fri,Sun"); for an unknown day name it
// returns that name and false.
func parseDays(s string) (on [7]bool, bad string, ok bool) {
	for part := range strings.SplitSeq(s, ",") {
		a, b, isRange := strings.Cut(part, "-")
		from, ok := parseDay(a)
		if !ok {
			return on, a, false
		}
		to := from
		if isRange {
			if to, ok = parseDay(b); !ok {
				return on, b, false
			}
		}
		for d := from; ; d = (d + 1) % 7 {
			on[d] = true
			if d == to {
				break
			}
		}
	}
	return on, "", true
}

// dayNames lists the accepted day names, Monday first: the abbreviations,
// then the full names (any case).
func dayNames() []string {
	out := make([]string, 0, 14)
	for _, wd := range weekOrder {
		out = append(out, dayAbbr[wd])
	}
	for _, wd := range weekOrder {
		out = append(out, wd.String())
	}
	return out
}
