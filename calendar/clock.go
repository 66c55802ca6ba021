package calendar

import (
	"fmt"
	"strings"
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
