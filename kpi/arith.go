package kpi

import (
	"math"
	"math/big"

	"github.com/shopspring/decimal"

	"github.com/itsmkit/itsm"
	"github.com/itsmkit/itsm/internal/xmath"
)

// satAdd returns a + b, saturated to the int64 range instead of wrapping.
func satAdd(a, b int64) int64 {
	if s, ok := xmath.AddInt64(a, b); ok {
		return s
	}
	if b > 0 {
		return math.MaxInt64
	}
	return math.MinInt64
}

// satSub returns a − b, saturated to the int64 range instead of wrapping.
func satSub(a, b int64) int64 {
	if s, ok := xmath.SubInt64(a, b); ok {
		return s
	}
	if b < 0 {
		return math.MaxInt64
	}
	return math.MinInt64
}

// quoHalfEven returns n/d (d ≠ 0) rounded half to even at places decimal
// places (clamped to ±[itsm.MaxPlaces]), exactly: the rounding decision
// uses the integer remainder. It serves the rates whose exact value is not
// an int64 fraction (burn rates); [itsm.Ratio] rounds the others.
func quoHalfEven(n, d *big.Int, places int32) decimal.Decimal {
	places = max(-itsm.MaxPlaces, min(itsm.MaxPlaces, places))
	n = new(big.Int).Set(n)
	d = new(big.Int).Set(d)
	if d.Sign() < 0 {
		n.Neg(n)
		d.Neg(d)
	}
	abs := int64(places)
	if abs < 0 {
		abs = -abs
	}
	scale := new(big.Int).Exp(big.NewInt(10), big.NewInt(abs), nil)
	if places >= 0 {
		n.Mul(n, scale)
	} else {
		d.Mul(d, scale)
	}
	neg := n.Sign() < 0
	n.Abs(n)
	q, rem := new(big.Int).QuoRem(n, d, new(big.Int))
	rem.Lsh(rem, 1)
	if c := rem.Cmp(d); c > 0 || c == 0 && q.Bit(0) == 1 {
		q.Add(q, big.NewInt(1))
	}
	if neg {
		q.Neg(q)
	}
	return decimal.NewFromBigInt(q, -places)
}
