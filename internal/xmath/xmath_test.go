package xmath

import (
	"math"
	"math/big"
	"testing"
	"time"

	"pgregory.net/rapid"
)

// TestAgainstBigInt checks every operation against exact big.Int arithmetic.
func TestAgainstBigInt(t *testing.T) {
	fits := func(z *big.Int) bool { return z.IsInt64() }
	edge := rapid.OneOf(rapid.Int64(), rapid.SampledFrom([]int64{0, 1, -1, 2, -2, math.MaxInt64, math.MinInt64, math.MaxInt64 - 1, math.MinInt64 + 1, 1 << 32, -(1 << 32)}))
	rapid.Check(t, func(t *rapid.T) {
		a, b := edge.Draw(t, "a"), edge.Draw(t, "b")
		A, B := big.NewInt(a), big.NewInt(b)
		check := func(name string, got int64, ok bool, want *big.Int) {
			if ok != fits(want) || ok && got != want.Int64() {
				t.Fatalf("%s(%d, %d) = %d, %v; want %v", name, a, b, got, ok, want)
			}
		}
		s, ok := AddInt64(a, b)
		check("AddInt64", s, ok, new(big.Int).Add(A, B))
		s, ok = SubInt64(a, b)
		check("SubInt64", s, ok, new(big.Int).Sub(A, B))
		s, ok = MulInt64(a, b)
		check("MulInt64", s, ok, new(big.Int).Mul(A, B))
		n, ok := NegDuration(time.Duration(a))
		check("NegDuration", int64(n), ok, new(big.Int).Neg(A))
		sat := SatAddDuration(time.Duration(a), time.Duration(b))
		want := new(big.Int).Add(A, B)
		if want.Cmp(big.NewInt(math.MaxInt64)) > 0 {
			want = big.NewInt(math.MaxInt64)
		} else if want.Cmp(big.NewInt(math.MinInt64)) < 0 {
			want = big.NewInt(math.MinInt64)
		}
		if int64(sat) != want.Int64() {
			t.Fatalf("SatAddDuration(%d, %d) = %d, want %v", a, b, sat, want)
		}
	})
}

func TestSatNegDuration(t *testing.T) {
	if got := SatNegDuration(math.MinInt64); got != math.MaxInt64 {
		t.Errorf("SatNegDuration(MinInt64) = %d", got)
	}
	if got := SatNegDuration(5); got != -5 {
		t.Errorf("SatNegDuration(5) = %d", got)
	}
}

func TestAddTime(t *testing.T) {
	base := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	if r, ok := AddTime(base, time.Hour); !ok || !r.Equal(base.Add(time.Hour)) {
		t.Errorf("AddTime(+1h) = %v, %v", r, ok)
	}
	if r, ok := AddTime(base, math.MinInt64); !ok || !r.Before(base) {
		t.Errorf("AddTime(MinInt64) = %v, %v", r, ok)
	}
}

// TestSubTimeEqualsTimeSub: SubTime (sla measures wall time between
// events with it, kpi its wall clock) gives time.Time.Sub's result for any pair of instants, near or far apart,
// with or without a monotonic reading (Sub saturates beyond ±292 years and
// uses the monotonic clock when both carry one), and its sign is After's,
// which sla no longer calls.
func TestSubTimeEqualsTimeSub(t *testing.T) {
	mono := time.Now()
	gen := func(t *rapid.T, label string) time.Time {
		switch rapid.IntRange(0, 3).Draw(t, label+"kind") {
		case 0:
			return time.Unix(rapid.Int64().Draw(t, label+"sec"), rapid.Int64Range(0, 999_999_999).Draw(t, label+"ns"))
		case 1:
			return time.Unix(rapid.Int64Range(-1e11, 1e11).Draw(t, label+"sec"), rapid.Int64Range(0, 999_999_999).Draw(t, label+"ns"))
		case 2:
			return mono.Add(time.Duration(rapid.Int64Range(-1e18, 1e18).Draw(t, label+"d")))
		}
		return time.Date(rapid.IntRange(1, 9999).Draw(t, label+"y"), 1, 1, 0, 0, 0, 0, time.UTC).
			Add(time.Duration(rapid.Int64Range(0, math.MaxInt64).Draw(t, label+"off")))
	}
	check := func(t interface{ Fatalf(string, ...any) }, a, b time.Time) {
		if got, want := SubTime(b, a), b.Sub(a); got != want {
			t.Fatalf("SubTime(%v, %v) = %v, Sub = %v", b, a, got, want)
		}
		if got, want := SubTime(b, a) > 0, b.After(a); got != want {
			t.Fatalf("SubTime(%v, %v) > 0 is %v, After %v", b, a, got, want)
		}
	}
	rapid.Check(t, func(t *rapid.T) {
		a, b := gen(t, "a"), gen(t, "b")
		check(t, a, b)
		check(t, a, a)
	})
	for _, p := range [][2]time.Time{
		{time.Unix(math.MaxInt64, 999_999_999), time.Unix(math.MinInt64, 0)},
		{time.Unix(math.MinInt64, 0), time.Unix(math.MaxInt64, 999_999_999)},
		{time.Time{}, time.Unix(0, 0)},
		{mono, mono.Add(-time.Hour).Round(0)},
		{mono, mono},
	} {
		check(t, p[1], p[0])
	}
}
