package kpi

import (
	"fmt"
	"math/big"
	"time"

	"github.com/shopspring/decimal"
)

// Standard windows for "nines" tables. A year is 365 days of 24 hours (not
// 365.25, not a calendar year), a month is 30 days, as in most published
// availability tables.
const (
	Day     = 24 * time.Hour
	Week    = 7 * Day
	Days30  = 30 * Day
	Year365 = 365 * Day
)

var hundred = decimal.NewFromInt(100)

// AllowedDowntime returns how much downtime a window allows at an
// availability target given in percent (99.9 means 99.9 %):
//
//	window × (100 − target) / 100
//
// computed exactly in decimal nanoseconds and rounded down to a whole
// nanosecond (never overstating the allowance; the reference figures are
// exact anyway): 99.9 over 30 days is 43m12s, 99.99 over 365 days is
// 52m33.6s. target must be in [0, 100] and window ≥ 0, else the error wraps
// [ErrOutOfRange] or [ErrNegativeDuration].
func AllowedDowntime(target decimal.Decimal, window time.Duration) (time.Duration, error) {
	if err := checkDecimal("availability target", target); err != nil {
		return 0, err
	}
	if target.IsNegative() || target.GreaterThan(hundred) {
		return 0, &ValueError{What: "availability target", Value: target.String(), Err: ErrOutOfRange}
	}
	if window < 0 {
		return 0, durationError("window", window)
	}
	ns := decimal.NewFromInt(int64(window)).Mul(hundred.Sub(target)).Shift(-2)
	return time.Duration(ns.Floor().IntPart()), nil
}

// TargetFor is the inverse of [AllowedDowntime]: the availability (as an
// exact ratio (window − downtime)/window in nanoseconds) that a downtime
// allowance over a window corresponds to. downtime must be in [0, window];
// a zero window gives "no data".
func TargetFor(downtime, window time.Duration) (Ratio, error) {
	if window < 0 {
		return Ratio{}, durationError("window", window)
	}
	if downtime < 0 || downtime > window {
		return Ratio{}, &ValueError{What: "downtime", Value: downtime.String(), Err: ErrOutOfRange}
	}
	return Ratio{Num: int64(window - downtime), Den: int64(window)}, nil
}

// Nines returns the availability target in percent with n nines:
// Nines(2) = 99, Nines(3) = 99.9, Nines(5) = 99.999. n must be in [1, 18].
func Nines(n int) (decimal.Decimal, error) {
	if n < 1 || n > 18 {
		return decimal.Decimal{}, &ValueError{What: "nines", Value: fmt.Sprint(n), Err: ErrOutOfRange}
	}
	return hundred.Sub(decimal.New(1, int32(2-n))), nil
}

// CountNines returns how many leading nines an availability ratio has: the
// largest n (0…18) with r ≥ 1 − 10⁻ⁿ, compared exactly (99.95 % has 3 nines,
// 99.8999 % has 2). ok is false for "no data".
func CountNines(r Ratio) (n int, ok bool) {
	if r.Den == 0 {
		return 0, false
	}
	x := r.Exact()
	for n < 18 {
		lim := new(big.Rat).SetFrac(big.NewInt(1), new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(n+1)), nil))
		lim.Sub(big.NewRat(1, 1), lim)
		if x.Cmp(lim) < 0 {
			break
		}
		n++
	}
	return n, true
}

// DowntimeBudget lists the allowed downtime for one target over the
// standard windows.
type DowntimeBudget struct {
	Target  decimal.Decimal // percent
	PerYear time.Duration   // per 365-day year
	Per30   time.Duration   // per 30 days
	PerWeek time.Duration   // per 7 days
	PerDay  time.Duration   // per 24 hours
}

// DowntimeTable returns the allowed downtime per 365-day year, 30 days,
// week and day at the target (percent, in [0, 100]).
func DowntimeTable(target decimal.Decimal) (DowntimeBudget, error) {
	b := DowntimeBudget{Target: target}
	var err error
	for _, w := range []struct {
		d   time.Duration
		dst *time.Duration
	}{{Year365, &b.PerYear}, {Days30, &b.Per30}, {Week, &b.PerWeek}, {Day, &b.PerDay}} {
		if *w.dst, err = AllowedDowntime(target, w.d); err != nil {
			return DowntimeBudget{}, err
		}
	}
	return b, nil
}
