package kpi

import (
	"fmt"
	"math"
	"math/big"
	"math/bits"
	"time"

	"github.com/shopspring/decimal"

	"github.com/itsmkit/itsm"
	"github.com/itsmkit/itsm/internal/xmath"
)

// DurationStats accumulates count, exact sum, minimum and maximum of
// non-negative durations. It is a commutative monoid: the zero value is the
// empty accumulator, [DurationStats.Merge] is associative and commutative,
// and accumulating any split of the input in parts and merging the parts in
// any order gives exactly the same value as accumulating it in one go
// (values compare equal with ==). Add does not allocate. The sum is kept in
// 128 bits, so it cannot overflow: the count is at most math.MaxInt64
// (an Add or merge beyond is an error wrapping [itsm.ErrOverflow]) and every
// value is below 2⁶³.
//
// A DurationStats is a plain value: not safe for concurrent mutation; give
// each goroutine its own and merge them. Its JSON form is {"count": N,
// "sum": "ns", "min": "1h", "max": "1h", "mean": "1h"} (min, max and mean
// are left out when empty); fmt prints "n=3 mean=1h min=… max=…".
type DurationStats struct {
	n        int64
	hi, lo   uint64 // 128-bit sum of nanoseconds
	min, max time.Duration
}

// Add records d. A negative d is rejected with an error wrapping
// [ErrOutOfRange] and not recorded, as is any d once the count is
// math.MaxInt64 ([itsm.ErrOverflow]); so is any d for a nil s.
func (s *DurationStats) Add(d time.Duration) error {
	if s == nil {
		return errorf("duration stats", d.String(), because(ErrInvalidConfig, "nil *DurationStats"))
	}
	if d < 0 {
		return negativeError("duration", d)
	}
	if s.n == math.MaxInt64 {
		return overflowError("duration stats", fmt.Sprintf("more than %d durations", int64(math.MaxInt64)))
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

// Merge adds everything o has accumulated into s, or returns an error
// wrapping [itsm.ErrOverflow] and leaves s unchanged if the count would
// exceed math.MaxInt64 (reachable only by merging an accumulator into
// itself some 63 times, never by adding records). Merging into a nil s is
// an error.
func (s *DurationStats) Merge(o DurationStats) error {
	if o.n == 0 {
		return nil
	}
	if s == nil {
		return errorf("duration stats merge", "", because(ErrInvalidConfig, "nil *DurationStats"))
	}
	n, ok := xmath.AddInt64(s.n, o.n)
	if !ok {
		return overflowError("duration stats merge", fmt.Sprintf("%d durations into %d", o.n, s.n))
	}
	if s.n == 0 || o.min < s.min {
		s.min = o.min
	}
	if o.max > s.max {
		s.max = o.max
	}
	s.n = n
	var c uint64
	s.lo, c = bits.Add64(s.lo, o.lo, 0)
	s.hi += o.hi + c
	return nil
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

func (s DurationStats) sumBig() *big.Int {
	v := new(big.Int).SetUint64(s.hi)
	v.Lsh(v, 64)
	return v.Or(v, new(big.Int).SetUint64(s.lo))
}

// String formats the statistics on one line: "n=3 mean=1h min=30m max=2h"
// ("n=0" when empty).
func (s DurationStats) String() string {
	if s.n == 0 {
		return "n=0"
	}
	m, _ := s.Mean()
	return fmt.Sprintf("n=%d mean=%s min=%s max=%s", s.n, itsm.Duration(m), itsm.Duration(s.min), itsm.Duration(s.max))
}
