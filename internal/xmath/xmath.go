// Package xmath holds the module's overflow-checked integer and duration
// arithmetic, so every package saturates or errors the same way instead of
// keeping its own copy.
package xmath

import (
	"math"
	"time"
)

// AddInt64 returns a + b and whether it fits in an int64.
func AddInt64(a, b int64) (int64, bool) {
	s := a + b
	if (b > 0 && s < a) || (b < 0 && s > a) {
		return 0, false
	}
	return s, true
}

// SubInt64 returns a − b and whether it fits in an int64.
func SubInt64(a, b int64) (int64, bool) {
	s := a - b
	if (b > 0 && s > a) || (b < 0 && s < a) {
		return 0, false
	}
	return s, true
}

// MulInt64 returns a × b and whether it fits in an int64.
func MulInt64(a, b int64) (int64, bool) {
	if a == 0 || b == 0 {
		return 0, true
	}
	if (a == -1 && b == math.MinInt64) || (b == -1 && a == math.MinInt64) {
		return 0, false
	}
	p := a * b
	if p/b != a {
		return 0, false
	}
	return p, true
}

// AddDuration returns a + b and whether it fits in a time.Duration.
func AddDuration(a, b time.Duration) (time.Duration, bool) {
	s, ok := AddInt64(int64(a), int64(b))
	return time.Duration(s), ok
}

// SubDuration returns a − b and whether it fits in a time.Duration.
func SubDuration(a, b time.Duration) (time.Duration, bool) {
	s, ok := SubInt64(int64(a), int64(b))
	return time.Duration(s), ok
}

// NegDuration returns −d and whether it fits (−math.MinInt64 does not).
func NegDuration(d time.Duration) (time.Duration, bool) {
	if d == math.MinInt64 {
		return 0, false
	}
	return -d, true
}

// SatAddDuration returns a + b clamped to [math.MinInt64, math.MaxInt64].
func SatAddDuration(a, b time.Duration) time.Duration {
	if s, ok := AddDuration(a, b); ok {
		return s
	}
	if b > 0 {
		return math.MaxInt64
	}
	return math.MinInt64
}

// SatNegDuration returns −d, with −math.MinInt64 clamped to math.MaxInt64.
func SatNegDuration(d time.Duration) time.Duration {
	if d == math.MinInt64 {
		return math.MaxInt64
	}
	return -d
}

// AddTime returns t + d and whether the result is exact: time.Time.Add
// itself never fails, but far outside year 1–9999 a result is useless, so
// callers that need a meaningful instant bound their inputs; AddTime only
// reports whether the wall seconds overflowed.
func AddTime(t time.Time, d time.Duration) (time.Time, bool) {
	r := t.Add(d)
	if (d > 0 && r.Before(t)) || (d < 0 && r.After(t)) {
		return t, false
	}
	return r, true
}

// SubTime is b.Sub(a), the same result in every case, without Sub's
// overflow test (an Add and an Equal) in the common case: instants without
// a monotonic reading on both sides, less than ~285 years apart. Its sign
// is b.After(a)'s, since Sub keeps the sign when it saturates and compares
// monotonic readings exactly when After does.
func SubTime(b, a time.Time) time.Duration { return SubTimeMono(b, a, HasMono(a)) }

// HasMono reports whether t carries a monotonic clock reading (a call of
// time.Time.Round: not free).
func HasMono(t time.Time) bool { return t != t.Round(0) }

// SubTimeMono is SubTime(b, a) given monoA = HasMono(a), for callers that
// subtract several instants from one a and test a once.
func SubTimeMono(b, a time.Time, monoA bool) time.Duration {
	if monoA && HasMono(b) {
		return b.Sub(a) // both carry a monotonic reading: Sub uses it
	}
	bs, as := b.Unix(), a.Unix()
	const lim = 1 << 62 // Unix did not wrap around for either instant
	if bs <= -lim || bs >= lim || as <= -lim || as >= lim {
		return b.Sub(a)
	}
	ds := bs - as
	if ds <= -9e9 || ds >= 9e9 {
		return b.Sub(a) // may saturate
	}
	return time.Duration(ds)*time.Second + time.Duration(b.Nanosecond()-a.Nanosecond())
}
