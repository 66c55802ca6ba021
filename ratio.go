package itsm

import (
	"math/big"
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/itsmkit/itsm/internal/xmath"
)

// RatePlaces is the number of decimal places of [Ratio.Rate].
const RatePlaces = 18

// MaxPlaces bounds the places argument of [Ratio.Percent] and
// [Ratio.RateAt]; larger (or smaller than −MaxPlaces) values are clamped,
// so a huge argument cannot make the arithmetic hang.
const MaxPlaces = 60

// MaxDecimalExponent bounds the exponent of a decimal compared with a
// ratio: exact arithmetic on 1e-2000000000 would need gigabytes.
const MaxDecimalExponent = 40

// Ratio is the module's exact rate: Num/Den built from integer counts
// (tickets met, nanoseconds up, deployments failed). Every rate and
// percentage the module reports is a Ratio, so a report can always show how
// the number was obtained, and decisions compare it exactly
// ([Ratio.CmpPercent]) instead of comparing a rounded percentage.
//
// The zero value, and any Ratio with Den == 0, means "no data": [Ratio.Rate]
// and [Ratio.Percent] return ok == false rather than NaN or a panic. A
// negative Den is the same fraction with both signs flipped.
//
// The JSON form is {"num": N, "den": D}.
type Ratio struct {
	Num int64 `json:"num"` // numerator (e.g. tickets met, nanoseconds up)
	Den int64 `json:"den"` // denominator; 0 means no data
}

// NoData reports whether the ratio has no denominator.
func (r Ratio) NoData() bool { return r.Den == 0 }

// Rate returns Num/Den rounded half to even at [RatePlaces] decimal
// places. ok is false when Den == 0.
func (r Ratio) Rate() (d decimal.Decimal, ok bool) { return r.RateAt(RatePlaces) }

// RateAt returns Num/Den rounded half to even at places decimal places
// (negative places round to tens, hundreds, …). ok is false when Den == 0.
func (r Ratio) RateAt(places int32) (decimal.Decimal, bool) {
	if r.Den == 0 {
		return decimal.Decimal{}, false
	}
	return quoHalfEven(big.NewInt(r.Num), big.NewInt(r.Den), places), true
}

// Percent returns 100·Num/Den rounded half to even at places decimal
// places: Ratio{2, 3}.Percent(2) is 66.67, Ratio{1, 8}.Percent(0) (12.5) is
// 12, Ratio{3, 8}.Percent(0) (37.5) is 38. ok is false when Den == 0.
// Rounding happens here only: compare with thresholds through
// [Ratio.CmpPercent].
func (r Ratio) Percent(places int32) (decimal.Decimal, bool) {
	if r.Den == 0 {
		return decimal.Decimal{}, false
	}
	n := big.NewInt(r.Num)
	n.Mul(n, big.NewInt(100))
	return quoHalfEven(n, big.NewInt(r.Den), places), true
}

func (r Ratio) rat() *big.Rat { return big.NewRat(r.Num, r.Den) }

// Cmp compares r and o as fractions exactly: −1, 0 or +1. ok is false if
// either has no data.
func (r Ratio) Cmp(o Ratio) (c int, ok bool) {
	if r.Den == 0 || o.Den == 0 {
		return 0, false
	}
	return r.rat().Cmp(o.rat()), true
}

// CmpRate compares Num/Den with the exact decimal x (e.g. 0.999). ok is
// false when Den == 0 or x's exponent is outside ±[MaxDecimalExponent].
func (r Ratio) CmpRate(x decimal.Decimal) (c int, ok bool) {
	if r.Den == 0 || !decimalInBounds(x) {
		return 0, false
	}
	return r.rat().Cmp(x.Rat()), true
}

// CmpPercent compares 100·Num/Den with the exact decimal percentage p (e.g.
// 99.9) without rounding: 99.951 % is above a 99.95 % target even though
// it prints as 99.95. ok is false when Den == 0 or p's exponent is outside
// ±[MaxDecimalExponent].
func (r Ratio) CmpPercent(p decimal.Decimal) (c int, ok bool) {
	if r.Den == 0 || !decimalInBounds(p) {
		return 0, false
	}
	x := r.rat()
	return x.Mul(x, big.NewRat(100, 1)).Cmp(p.Rat()), true
}

func decimalInBounds(d decimal.Decimal) bool {
	e := d.Exponent()
	return e >= -MaxDecimalExponent && e <= MaxDecimalExponent
}

// Add pools two ratios: summed numerators over summed denominators (not an
// average of rates). It is commutative and associative with the zero Ratio
// as identity. The error is an [*Error] wrapping [ErrOverflow] if a sum
// leaves int64.
func (r Ratio) Add(o Ratio) (Ratio, error) {
	n, ok1 := xmath.AddInt64(r.Num, o.Num)
	d, ok2 := xmath.AddInt64(r.Den, o.Den)
	if !ok1 || !ok2 {
		return r, errorf("ratio", r.String()+" + "+o.String(), ErrOverflow)
	}
	return Ratio{Num: n, Den: d}, nil
}

// String formats the ratio as "num/den".
func (r Ratio) String() string {
	return strconv.FormatInt(r.Num, 10) + "/" + strconv.FormatInt(r.Den, 10)
}

// quoHalfEven returns n/d rounded half to even at places decimal places,
// exactly: the rounding decision uses the integer remainder.
func quoHalfEven(n, d *big.Int, places int32) decimal.Decimal {
	places = max(-MaxPlaces, min(MaxPlaces, places))
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
