package kpi

import (
	"time"

	"github.com/shopspring/decimal"

	"github.com/itsmkit/itsm"
)

// Standard windows for "nines" tables. A year is 365 days of 24 hours (not
// 365.25, not a calendar year), a month is 30 days, as in most published
// availability tables.
const (
	day     = 24 * time.Hour
	week    = 7 * day
	days30  = 30 * day
	year365 = 365 * day
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
// [ErrOutOfRange].
func AllowedDowntime(target decimal.Decimal, window time.Duration) (time.Duration, error) {
	if err := checkDecimal("availability target", target); err != nil {
		return 0, err
	}
	if target.IsNegative() || target.GreaterThan(hundred) {
		return 0, errorf("availability target", target.String(), because(ErrOutOfRange, "not in [0, 100]"))
	}
	if window < 0 {
		return 0, negativeError("window", window)
	}
	ns := decimal.NewFromInt(int64(window)).Mul(hundred.Sub(target)).Shift(-2)
	return time.Duration(ns.Floor().IntPart()), nil
}

// CountNines returns how many leading nines an availability ratio has: the
// largest n (0…18) with r ≥ 1 − 10⁻ⁿ, compared exactly (99.95 % has 3 nines,
// 99.8999 % has 2). ok is false for "no data".
func CountNines(r itsm.Ratio) (n int, ok bool) {
	if r.NoData() {
		return 0, false
	}
	for n < 18 {
		// 1 − 10^−(n+1), exactly
		if c, _ := r.CmpRate(decimal.New(1, 0).Sub(decimal.New(1, -int32(n+1)))); c < 0 {
			break
		}
		n++
	}
	return n, true
}
