package kpi

import (
	"math"
	"math/big"
	"math/bits"
	"time"

	"github.com/shopspring/decimal"
)

// DurationStats accumulates count, exact sum, minimum and maximum of
// non-negative durations. It is a commutative monoid: the zero value is the
// empty accumulator, [DurationStats.Merge] is associative and commutative,
// and accumulating any split of the input in parts and merging the parts in
// any order gives exactly the same value as accumulating it in one go
// (values compare equal with ==). Add does not allocate. The sum is kept in
// 128 bits, so it cannot overflow for fewer than 2⁶³ records.
//
// A DurationStats is a plain value: not safe for concurrent mutation; give
// each goroutine its own and merge them.
type DurationStats struct {
	n        int64
	hi, lo   uint64 // 128-bit sum of nanoseconds
	min, max time.Duration
}

// Add records d. A negative d is rejected with an error wrapping
// [ErrNegativeDuration] and not recorded.
func (s *DurationStats) Add(d time.Duration) error {
	if d < 0 {
		return durationError("duration", d)
	}
	if s.n == 0 || d < s.min {
		s.min = d
	}
	if d > s.max {
		s.max = d
	}
	s.n++
	var c uint64
	s.lo, c = bits.Add64(s.lo, uint64(d), 0)
	s.hi += c
	return nil
}

// Merge adds everything o has accumulated into s.
func (s *DurationStats) Merge(o DurationStats) {
	if o.n == 0 {
		return
	}
	if s.n == 0 || o.min < s.min {
		s.min = o.min
	}
	if o.max > s.max {
		s.max = o.max
	}
	s.n += o.n
	var c uint64
	s.lo, c = bits.Add64(s.lo, o.lo, 0)
	s.hi += o.hi + c
}

// Count returns the number of durations recorded.
func (s DurationStats) Count() int64 { return s.n }

// Min returns the smallest duration; ok is false when empty ("no data").
func (s DurationStats) Min() (time.Duration, bool) { return s.min, s.n > 0 }

// Max returns the largest duration; ok is false when empty.
func (s DurationStats) Max() (time.Duration, bool) { return s.max, s.n > 0 }

// Sum returns the exact sum in nanoseconds as a decimal (it may exceed
// time.Duration).
func (s DurationStats) Sum() decimal.Decimal {
	return decimal.NewFromBigInt(s.sumBig(), 0)
}

// Total returns the sum as a time.Duration; ok is false if it does not fit.
func (s DurationStats) Total() (time.Duration, bool) {
	if s.hi != 0 || s.lo > math.MaxInt64 {
		return 0, false
	}
	return time.Duration(s.lo), true
}

// Mean returns sum/count rounded to the nearest nanosecond, ties to even;
// ok is false when empty ("no data").
func (s DurationStats) Mean() (time.Duration, bool) {
	if s.n == 0 {
		return 0, false
	}
	n := uint64(s.n)
	// sum < n·2⁶³, so hi < n and Div64 cannot overflow.
	q, r := bits.Div64(s.hi, s.lo, n)
	if r > n-r || (r == n-r && q&1 == 1) {
		q++
	}
	return time.Duration(q), true
}

// MeanExact returns sum/count as an exact ratio of nanoseconds over count;
// the numerator is a big integer because the sum may exceed int64.
func (s DurationStats) MeanExact() (sum *big.Int, count int64) { return s.sumBig(), s.n }

func (s DurationStats) sumBig() *big.Int {
	v := new(big.Int).SetUint64(s.hi)
	v.Lsh(v, 64)
	return v.Or(v, new(big.Int).SetUint64(s.lo))
}
