package kpi

import (
	"encoding/json"
	"fmt"
	"math"
	"math/big"

	"github.com/shopspring/decimal"
)

// RatePlaces is the number of decimal places of [Ratio.Rate].
const RatePlaces = 18

// MaxPlaces bounds the places argument of [Ratio.Percent] and [Ratio.RateAt];
// larger (or smaller than -MaxPlaces) values are clamped, so a huge argument
// cannot make the arithmetic hang.
const MaxPlaces = 60

// Ratio is an exact rate Num/Den built from integer counts (tickets,
// nanoseconds, deployments). It is what every rate in this package returns,
// so a report can always show how the number was obtained.
//
// The zero value, and any Ratio with Den == 0, means "no data": [Ratio.Rate]
// and [Ratio.Percent] return ok == false rather than NaN or a panic.
// A negative Den is treated as the same fraction with both signs flipped.
type Ratio struct {
	Num int64 `json:"num"` // numerator (e.g. tickets met, nanoseconds up)
	Den int64 `json:"den"` // denominator; 0 means no data
}

// NoData reports whether the ratio has no denominator.
func (r Ratio) NoData() bool { return r.Den == 0 }

// Rate returns Num/Den rounded half to even at [RatePlaces] (18) decimal
// places. ok is false when Den == 0 ("no data").
func (r Ratio) Rate() (d decimal.Decimal, ok bool) { return r.RateAt(RatePlaces) }

// RateAt returns Num/Den rounded half to even at places decimal places
// (negative places round to tens, hundreds, ...). ok is false when Den == 0.
func (r Ratio) RateAt(places int32) (decimal.Decimal, bool) {
	if r.Den == 0 {
		return decimal.Decimal{}, false
	}
	return quoHalfEven(big.NewInt(r.Num), big.NewInt(r.Den), places), true
}

// Percent returns 100·Num/Den rounded half to even (banker's rounding) at
// places decimal places: Ratio{2, 3}.Percent(2) is 66.67, Ratio{1, 8}.Percent(0)
// (12.5) is 12, Ratio{3, 8}.Percent(0) (37.5) is 38. ok is false when Den == 0.
// Rounding happens here only: compare against thresholds with
// [Ratio.CmpPercent], never with a rounded percentage.
func (r Ratio) Percent(places int32) (decimal.Decimal, bool) {
	if r.Den == 0 {
		return decimal.Decimal{}, false
	}
	n := big.NewInt(r.Num)
	n.Mul(n, big.NewInt(100))
	return quoHalfEven(n, big.NewInt(r.Den), places), true
}

// Exact returns Num/Den as an exact big.Rat, or nil when Den == 0.
func (r Ratio) Exact() *big.Rat {
	if r.Den == 0 {
		return nil
	}
	return big.NewRat(r.Num, r.Den)
}

// Cmp compares r and o as fractions exactly: -1, 0 or +1. ok is false if
// either has no data.
func (r Ratio) Cmp(o Ratio) (c int, ok bool) {
	if r.Den == 0 || o.Den == 0 {
		return 0, false
	}
	return r.Exact().Cmp(o.Exact()), true
}

// CmpRate compares Num/Den with the exact decimal x (e.g. 0.999). ok is false
// when Den == 0 or x's exponent is outside ±[MaxDecimalExponent].
func (r Ratio) CmpRate(x decimal.Decimal) (c int, ok bool) {
	if r.Den == 0 || checkDecimal("rate", x) != nil {
		return 0, false
	}
	return r.Exact().Cmp(x.Rat()), true
}

// CmpPercent compares 100·Num/Den with the exact decimal percentage p (e.g.
// 99.9) without rounding: a 99.951 % result is above a 99.95 % target even if
// it would print as 99.95. ok is false when Den == 0 or p's exponent is
// outside ±[MaxDecimalExponent].
func (r Ratio) CmpPercent(p decimal.Decimal) (c int, ok bool) {
	if r.Den == 0 || checkDecimal("percent", p) != nil {
		return 0, false
	}
	x := r.Exact()
	return x.Mul(x, big.NewRat(100, 1)).Cmp(p.Rat()), true
}

// Add returns the ratio of summed numerators over summed denominators
// (pooling counts, not averaging rates). It is commutative and associative
// with the zero Ratio as identity. The error is [ErrOverflow] if a sum
// leaves int64.
func (r Ratio) Add(o Ratio) (Ratio, error) {
	n, ok1 := addInt64(r.Num, o.Num)
	d, ok2 := addInt64(r.Den, o.Den)
	if !ok1 || !ok2 {
		return r, fmt.Errorf("%w: %v + %v", ErrOverflow, r, o)
	}
	return Ratio{n, d}, nil
}

// String formats the ratio as "num/den".
func (r Ratio) String() string { return fmt.Sprintf("%d/%d", r.Num, r.Den) }

// MarshalJSON writes {"num":N,"den":D}.
func (r Ratio) MarshalJSON() ([]byte, error) {
	type plain Ratio
	return json.Marshal(plain(r))
}

func addInt64(a, b int64) (int64, bool) {
	s := a + b
	if (b > 0 && s < a) || (b < 0 && s > a) {
		return 0, false
	}
	return s, true
}

// satAdd returns a + b, saturated to the int64 range instead of wrapping.
func satAdd(a, b int64) int64 {
	if s, ok := addInt64(a, b); ok {
		return s
	}
	if b > 0 {
		return math.MaxInt64
	}
	return math.MinInt64
}

// satSub returns a − b, saturated to the int64 range instead of wrapping.
func satSub(a, b int64) int64 {
	if b == math.MinInt64 {
		if a >= 0 {
			return math.MaxInt64
		}
		return a - b // a < 0: a − MinInt64 = a + 2⁶³ fits
	}
	return satAdd(a, -b)
}

func mulInt64(a, b int64) (int64, bool) {
	if a == 0 || b == 0 {
		return 0, true
	}
	p := a * b
	if p/b != a || (a == -1 && b == math.MinInt64) || (b == -1 && a == math.MinInt64) {
		return 0, false
	}
	return p, true
}

// quoHalfEven returns n/d rounded half to even at places decimal places.
// It is exact: the rounding decision uses the integer remainder.
func quoHalfEven(n, d *big.Int, places int32) decimal.Decimal {
	places = max(-MaxPlaces, min(MaxPlaces, places))
	n = new(big.Int).Set(n)
	d = new(big.Int).Set(d)
	if d.Sign() < 0 {
		n.Neg(n)
		d.Neg(d)
	}
	scale := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(abs32(places))), nil)
	if places >= 0 {
		n.Mul(n, scale)
	} else {
		d.Mul(d, scale)
	}
	neg := n.Sign() < 0
	n.Abs(n)
	q, rem := new(big.Int).QuoRem(n, d, new(big.Int))
	rem.Lsh(rem, 1)
	switch c := rem.Cmp(d); {
	case c > 0, c == 0 && q.Bit(0) == 1:
		q.Add(q, big.NewInt(1))
	}
	if neg {
		q.Neg(q)
	}
	return decimal.NewFromBigInt(q, -places)
}

func abs32(x int32) int32 {
	if x < 0 {
		return -x
	}
	return x
}
