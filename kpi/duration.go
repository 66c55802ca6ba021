package kpi

import (
	"strconv"
	"strings"
	"time"
)

// Duration is a time.Duration that marshals to readable text ("4h",
// "30m", "1h30m", "720h") and parses Go duration syntax plus a leading whole
// number of days ("30d", "7d12h"); a day is 24 hours here. Used in every
// configuration type of this package, never as nanosecond integers.
type Duration time.Duration

// String returns the compact form: "24h", "1h30m", "30m", "1.5s", "0s".
func (d Duration) String() string {
	s := time.Duration(d).String()
	if strings.HasSuffix(s, "m0s") {
		s = s[:len(s)-2]
	}
	if strings.HasSuffix(s, "h0m") {
		s = s[:len(s)-2]
	}
	return s
}

// MarshalText returns the compact form.
func (d Duration) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText parses "[<n>d][<go duration>]", e.g. "30d", "1h30m", "7d12h", "-5m".
func (d *Duration) UnmarshalText(b []byte) error {
	v, err := ParseDuration(string(b))
	if err != nil {
		return err
	}
	*d = Duration(v)
	return nil
}

// ParseDuration parses the text form of [Duration].
func ParseDuration(s string) (time.Duration, error) {
	bad := &ValueError{What: "duration", Value: s, Err: ErrOutOfRange}
	if !strings.Contains(s, "d") {
		v, err := time.ParseDuration(s)
		if err != nil {
			return 0, bad
		}
		return v, nil
	}
	rest, neg := s, false
	if strings.HasPrefix(rest, "-") {
		rest, neg = rest[1:], true
	}
	i := strings.IndexByte(rest, 'd')
	n, err := strconv.ParseUint(rest[:i], 10, 64)
	if err != nil || n > uint64(1<<63-1)/uint64(Day) {
		return 0, bad
	}
	days, rest := time.Duration(n)*Day, rest[i+1:]
	if rest == "" {
		if neg {
			days = -days
		}
		return days, nil
	}
	if rest[0] == '-' || rest[0] == '+' {
		return 0, bad
	}
	v, err := time.ParseDuration(rest)
	if err != nil {
		return 0, bad
	}
	t, ok := addInt64(int64(days), int64(v))
	if !ok {
		return 0, bad
	}
	if neg {
		t = -t
	}
	return time.Duration(t), nil
}
