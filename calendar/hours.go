package calendar

import (
	"fmt"
	"strings"
	"time"
)

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
