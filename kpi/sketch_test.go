package kpi

import (
	"math"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"
)

func TestSketchBuckets(t *testing.T) {
	for _, b := range []int{1, 3, 7, 10} {
		s, err := NewSketch(b)
		require.NoError(t, err)
		prevHi := uint64(0)
		for i := 0; i < (64-b)<<b; i++ {
			lo, w := s.bounds(i)
			require.Equal(t, prevHi, lo, "buckets tile the line (b=%d, i=%d)", b, i)
			require.Equal(t, i, s.index(lo))
			require.Equal(t, i, s.index(lo+w-1))
			if lo >= 1<<(b+1) {
				require.LessOrEqual(t, w, lo>>b, "width ≤ lo·2^-b")
			}
			prevHi = lo + w
			if prevHi > math.MaxInt64 {
				break
			}
		}
		require.Greater(t, prevHi, uint64(math.MaxInt64), "every duration has a bucket")
	}
	_, err := NewSketch(0)
	assert.ErrorIs(t, err, ErrOutOfRange)
	_, err = NewSketch(11)
	assert.ErrorIs(t, err, ErrOutOfRange)
}

func TestSketchErrorBound(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		b := rapid.IntRange(1, 10).Draw(t, "bits")
		v := rapid.SliceOfN(rapid.Custom(func(t *rapid.T) time.Duration {
			switch rapid.IntRange(0, 2).Draw(t, "scale") {
			case 0:
				return time.Duration(rapid.Int64Range(0, 5000).Draw(t, "small"))
			case 1:
				return time.Duration(rapid.Int64Range(0, int64(72*time.Hour)).Draw(t, "hours"))
			}
			return time.Duration(rapid.Int64Range(0, math.MaxInt64).Draw(t, "any"))
		}), 1, 60).Draw(t, "v")
		merged, _ := NewSketch(b)
		for _, part := range splitParts(t, v) {
			s, _ := NewSketch(b)
			for _, d := range part {
				_ = s.Add(d)
			}
			if err := merged.Merge(s); err != nil {
				t.Fatal(err)
			}
		}
		exact, _ := NewDistribution(v)
		if merged.Stats() != exact.Stats() {
			t.Fatal("exact stats differ")
		}
		for _, pm := range []int64{0, 1, 10, 25, 50, 75, 90, 95, 99, 100} {
			p := decimal.NewFromInt(pm)
			q, _, _ := exact.Percentile(p, NearestRank)
			x, ok, err := merged.Percentile(p)
			if err != nil || !ok {
				t.Fatal(err)
			}
			diff := x - q
			if diff < 0 {
				diff = -diff
			}
			bound := time.Duration(uint64(q) >> (b + 1))
			if diff > bound {
				t.Fatalf("b=%d p%d: sketch %d, exact %d, error %d > bound %d", b, pm, x, q, diff, bound)
			}
		}
	})
}

func TestSketchZeroValueAndErrors(t *testing.T) {
	var s Sketch
	_, ok, err := s.Percentile(dec("50"))
	require.NoError(t, err)
	assert.False(t, ok)
	assert.ErrorIs(t, s.Add(-1), ErrOutOfRange)
	for _, m := range []int{1, 2, 3, 4, 100} {
		require.NoError(t, s.Add(time.Duration(m)*time.Minute))
	}
	med, ok, _ := s.Percentile(dec("50"))
	require.True(t, ok)
	assert.InDelta(t, float64(3*time.Minute), float64(med), float64(3*time.Minute)/256)
	mx, _, _ := s.Percentile(dec("100"))
	assert.Equal(t, 100*time.Minute, mx)
	_, _, err = s.Percentile(dec("101"))
	assert.ErrorIs(t, err, ErrOutOfRange)
	other, _ := NewSketch(3)
	_ = other.Add(1)
	assert.ErrorIs(t, s.Merge(other), ErrMismatch)
	assert.NoError(t, s.Merge(nil))
	allocs := testing.AllocsPerRun(1000, func() { _ = s.Add(time.Second) })
	assert.Zero(t, allocs)
}
