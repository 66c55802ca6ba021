package sla

import (
	"strconv"
	"strings"
	"time"
)

// Duration is a time.Duration whose text (and JSON) form is readable:
// "4h", "30m", "1h30m", "-1h", "0s". It parses anything time.ParseDuration
// accepts.
type Duration time.Duration

// String returns the readable form without zero units ("1h30m", not
// "1h30m0s").
func (d Duration) String() string { return formatDuration(time.Duration(d)) }

// MarshalText returns the readable form.
func (d Duration) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText parses a Go duration string ("4h", "1h30m", "-2h").
func (d *Duration) UnmarshalText(b []byte) error {
	v, err := time.ParseDuration(strings.TrimSpace(string(b)))
	if err != nil {
		return errorf("duration", string(b), ErrDuration)
	}
	*d = Duration(v)
	return nil
}

// formatDuration writes d as hours, minutes, seconds and a fractional second,
// leaving out zero components: 90*time.Minute → "1h30m".
func formatDuration(d time.Duration) string {
	if d == 0 {
		return "0s"
	}
	var b strings.Builder
	u := uint64(d)
	if d < 0 {
		b.WriteByte('-')
		u = -u
	}
	h := u / uint64(time.Hour)
	u -= h * uint64(time.Hour)
	m := u / uint64(time.Minute)
	u -= m * uint64(time.Minute)
	if h > 0 {
		b.WriteString(strconv.FormatUint(h, 10))
		b.WriteByte('h')
	}
	if m > 0 {
		b.WriteString(strconv.FormatUint(m, 10))
		b.WriteByte('m')
	}
	if u > 0 {
		s := u / uint64(time.Second)
		ns := u % uint64(time.Second)
		b.WriteString(strconv.FormatUint(s, 10))
		if ns > 0 {
			f := strconv.FormatUint(ns+uint64(time.Second), 10)[1:]
			b.WriteByte('.')
			b.WriteString(strings.TrimRight(f, "0"))
		}
		b.WriteByte('s')
	}
	return b.String()
}
