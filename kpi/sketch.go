package kpi

import (
	"fmt"
	"math/bits"
	"time"

	"github.com/shopspring/decimal"
)

// defaultSketchBits is the precision of the zero-value [Sketch]: relative
// error at most 2⁻⁸ (0.39 %).
const defaultSketchBits = 7

// Sketch is a mergeable, fixed-size percentile sketch for non-negative
// durations: a log-linear histogram with integer bucket boundaries (the
// bucketing of HdrHistogram). A value v ≥ 2^(b+1) ns falls in a bucket
// [lo, lo + w) with w = 2^(⌊log₂ v⌋ − b), so w ≤ v·2⁻ᵇ; smaller values get a
// bucket each. A bucket is represented by its midpoint, clamped to the
// exact minimum and maximum.
//
// Error bound: [Sketch.Percentile] returns x with |x − q| ≤ q·2^−(b+1)
// (rounded down to whole nanoseconds), where q is the exact nearest-rank
// percentile of everything added, and x == q when q < 2^(b+1) ns. With the
// default b = 7 that is 0.39 %. Property tests check this bound, after
// arbitrary merges, against the exact [Distribution].
//
// Only the nearest-rank definition is offered: interpolation between
// buckets would not keep the bound simple. Memory is (64 − b)·2ᵇ counters
// (≈ 57 KiB at b = 7), allocated on the first Add; Add does not allocate
// after that. Sketch is a commutative monoid (counts add), not safe for
// concurrent mutation. The zero value has precision b = 7. Methods on a nil
// *Sketch report an empty sketch (Add and Merge return an error).
type Sketch struct {
	bits   uint8 // 0 means defaultSketchBits
	counts []int64
	stats  DurationStats
}

// NewSketch returns an empty sketch with precision b (1 ≤ b ≤ 10; relative
// error 2^−(b+1)).
func NewSketch(b int) (*Sketch, error) {
	if b < 1 || b > 10 {
		return nil, errorf("sketch precision bits", fmt.Sprint(b), because(ErrOutOfRange, "not in [1, 10]"))
	}
	return &Sketch{bits: uint8(b)}, nil
}

// precision returns the precision b.
func (s *Sketch) precision() int {
	if s.bits == 0 {
		return defaultSketchBits
	}
	return int(s.bits)
}

func (s *Sketch) index(v uint64) int {
	b := uint(s.precision())
	if v < 1<<(b+1) {
		return int(v)
	}
	e := uint(bits.Len64(v) - 1) // e ≥ b+1
	m := v>>(e-b) - 1<<b         // mantissa in [0, 2^b)
	return int(uint64(e-b+1)<<b + m)
}

// bounds returns [lo, lo+w) of bucket i.
func (s *Sketch) bounds(i int) (lo, w uint64) {
	b := uint(s.precision())
	if i < 1<<(b+1) {
		return uint64(i), 1
	}
	e := uint(i>>b) + b - 1
	m := uint64(i) & (1<<b - 1)
	return (1<<b + m) << (e - b), 1 << (e - b)
}

// Add records d (negative, or beyond math.MaxInt64 values: error, not
// recorded).
func (s *Sketch) Add(d time.Duration) error {
	if s == nil {
		return errorf("sketch", d.String(), because(ErrInvalidConfig, "nil *Sketch"))
	}
	if err := s.stats.Add(d); err != nil {
		return err
	}
	if s.counts == nil {
		s.counts = make([]int64, (64-s.precision())<<s.precision())
	}
	s.counts[s.index(uint64(d))]++ // the counts sum to the stats' count: no overflow
	return nil
}

// Merge adds o into s; different precisions are an error ([ErrMismatch]),
// as is a count beyond math.MaxInt64 ([itsm.ErrOverflow]) and a nil s; s
// is unchanged on error. An empty zero-value s takes o's precision, so the zero value is
// the identity on either side.
func (s *Sketch) Merge(o *Sketch) error {
	if o == nil || o.counts == nil {
		return nil
	}
	if s == nil {
		return errorf("sketch merge", "", because(ErrInvalidConfig, "nil *Sketch"))
	}
	bits := s.bits
	if s.counts == nil && bits == 0 {
		bits = o.bits
	}
	if b := (&Sketch{bits: bits}).precision(); b != o.precision() {
		return errorf("sketch merge", fmt.Sprintf("%d bits into %d bits", o.precision(), b), because(ErrMismatch, "different precisions"))
	}
	// The counts sum to the stats' count, so if the stats merge, every
	// bucket's count fits.
	stats := s.stats
	if err := stats.Merge(o.stats); err != nil {
		return err
	}
	s.bits, s.stats = bits, stats
	if s.counts == nil {
		s.counts = make([]int64, len(o.counts))
	}
	for i, c := range o.counts {
		s.counts[i] += c
	}
	return nil
}

// Stats returns exact count, sum, mean, min and max.
func (s *Sketch) Stats() DurationStats {
	if s == nil {
		return DurationStats{}
	}
	return s.stats
}

// Percentile returns an approximation of the nearest-rank p-th percentile
// (p in [0, 100]) within the bound stated on [Sketch]; p = 0 and p = 100
// are the exact minimum and maximum. ok is false for an empty sketch.
func (s *Sketch) Percentile(p decimal.Decimal) (time.Duration, bool, error) {
	if err := checkDecimal("percentile", p); err != nil {
		return 0, false, err
	}
	if p.IsNegative() || p.GreaterThan(hundred) {
		return 0, false, errorf("percentile", p.String(), because(ErrOutOfRange, "not in [0, 100]"))
	}
	if s == nil {
		return 0, false, nil
	}
	n := s.stats.Count()
	if n == 0 {
		return 0, false, nil
	}
	mn, _ := s.stats.Min()
	mx, _ := s.stats.Max()
	if p.IsZero() {
		return mn, true, nil
	}
	if p.Equal(hundred) {
		return mx, true, nil
	}
	rank := p.Mul(decimal.NewFromInt(n)).Shift(-2).Ceil().IntPart()
	rank = min(max(rank, 1), n)
	var cum int64
	for i, c := range s.counts {
		cum += c
		if cum >= rank {
			lo, w := s.bounds(i)
			x := time.Duration(lo + w/2)
			return min(max(x, mn), mx), true, nil
		}
	}
	return mx, true, nil // unreachable: counts sum to n
}
