package itsm

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Duration is a [time.Duration] with the module's one readable text form,
// used by every configuration type (JSON and text): "4h", "30m", "1h30m",
// "1h30s", "1.5s", "-2h", "0s". Durations are never written as nanosecond
// integers.
//
// The accepted units are those of [time.ParseDuration]: h, m, s, ms, us
// (or µs) and ns. Days and weeks are refused: whether "1d" means 24 hours,
// 24 business hours or a working day depends on the contract, so the
// module never guesses; write "24h", or use a working-day goal where the
// package offers one.
//
// The printed form leaves out zero units (90 minutes is "1h30m", not
// "1h30m0s") and writes sub-second parts as a decimal fraction of a second
// ("0.5s"); [ParseDuration] of [Duration.String] returns the same value for
// every Duration, including the extremes.
type Duration time.Duration

// maxDurationText bounds the length of a duration's text; the longest
// canonical form ("-2562047h47m16.854775808s") has 25 characters.
const maxDurationText = 64

// durationUnits lists the units ParseDuration accepts, for error messages.
var durationUnits = []string{"h", "m", "s", "ms", "us", "ns"}

// ParseDuration parses the text form of a [Duration]. Surrounding white
// space is ignored. Errors are an [*Error] wrapping [ErrDuration] that quotes
// the input.
func ParseDuration(s string) (Duration, error) {
	t := strings.TrimSpace(s)
	if len(t) > maxDurationText {
		return 0, errorf("duration", t[:maxDurationText]+"…", ErrDuration)
	}
	if t == "" {
		return 0, errorf("duration", s, ErrDuration)
	}
	v, err := time.ParseDuration(t)
	if err != nil {
		e := errorf("duration", t, ErrDuration)
		if strings.ContainsAny(t, "dDwW") {
			e.Err = fmt.Errorf("%w: days and weeks are ambiguous; write hours (24h) or use a working-day goal", ErrDuration)
		}
		e.Valid = durationUnits
		return 0, e
	}
	return Duration(v), nil
}

// Std returns d as a [time.Duration].
func (d Duration) Std() time.Duration { return time.Duration(d) }

// String returns the canonical readable form ("1h30m", "0.5s", "0s").
func (d Duration) String() string {
	if d == 0 {
		return "0s"
	}
	var b strings.Builder
	u := uint64(d)
	if d < 0 {
		b.WriteByte('-')
		u = -u // also right for math.MinInt64: its magnitude fits in a uint64
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

// MarshalText returns the canonical readable form.
func (d Duration) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText parses the readable form (see [ParseDuration]).
func (d *Duration) UnmarshalText(b []byte) error {
	v, err := ParseDuration(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}
