package sla

import (
	"math/bits"
	"strconv"
	"strings"
	"time"

	"github.com/itsmkit/itsm"
	"github.com/itsmkit/itsm/internal/strictjson"
	"github.com/shopspring/decimal"
)

// Threshold is a warning level in percent of the goal (50, 75, 100, 150 …),
// any value in (0, ∞) with at most 18 significant digits. Its JSON form is
// a number.
//
// A threshold is reached at an instant the clock's engine records while it
// replays the timeline, by the same rule as the breach (see [Cycle]):
//
//   - below 100 %: at the first instant at which the counted elapsed time
//     is ≥ ⌈goal × p / 100⌉ nanoseconds;
//   - 100 % and more: like the breach, at the first running instant with
//     that elapsed time, settled (for a goal given as an instant — working
//     days, end of day, due) onto the goal's own instant when only closed
//     time lies between. So the 100 % warning is the deadline, no threshold
//     above 100 % comes before it, and a stop exactly on it reaches it
//     (the cycle is met, the warning reached).
//
// When a priority change under [KeepElapsed] switches the goal, a threshold
// of the new goal that the time already counted exceeds is reached at the
// change, as the breach is incurred there. Once a cycle has breached (a
// breach stays through such switches), the 100 % threshold is reached at
// its BreachAt and every lower one at the latest then.
type Threshold struct {
	p        decimal.Decimal
	num, den uint64 // p/100 = num/den
}

// defaultThresholds are 50 %, 75 % and 100 %, for a target whose spec
// gives none (nil).
func defaultThresholds() []Threshold {
	return []Threshold{mustThreshold(50), mustThreshold(75), mustThreshold(100)}
}

func mustThreshold(p int64) Threshold {
	t, err := NewThreshold(decimal.NewFromInt(p))
	if err != nil {
		panic(err) // unreachable: constants
	}
	return t
}

// NewThreshold validates p (percent) and returns the threshold; p outside
// (0, ∞) or with more than 18 significant digits is an error wrapping
// [ErrConfig].
func NewThreshold(p decimal.Decimal) (Threshold, error) {
	bad := func() (Threshold, error) {
		return Threshold{}, errorf("threshold", decString(p), detail(ErrConfig, "a threshold is a percentage in (0, ∞) with at most 18 significant digits"))
	}
	if p.Sign() <= 0 {
		return bad()
	}
	c := p.Coefficient()
	e := p.Exponent()
	if !c.IsUint64() || e < -18 || e > 18 {
		return bad()
	}
	num, den := c.Uint64(), uint64(100)
	for ; e > 0; e-- {
		hi, lo := bits.Mul64(num, 10)
		if hi != 0 {
			return bad()
		}
		num = lo
	}
	for ; e < 0; e++ {
		hi, lo := bits.Mul64(den, 10)
		if hi != 0 {
			return bad()
		}
		den = lo
	}
	return Threshold{p: p, num: num, den: den}, nil
}

// atLeast100 reports whether the threshold is 100 % or more: it is reached
// by the breach rule (see Threshold).
func (t Threshold) atLeast100() bool { return t.num >= t.den }

// Percent returns the threshold in percent.
func (t Threshold) Percent() decimal.Decimal { return t.p }

// String returns the percentage, e.g. "75%".
func (t Threshold) String() string { return t.p.String() + "%" }

// of returns ⌈goal × p / 100⌉, the counted elapsed time at which the
// threshold is reached; ok is false if that exceeds the range of
// time.Duration (the threshold is never reached) or the threshold is the
// zero value.
func (t Threshold) of(goal time.Duration) (time.Duration, bool) {
	if t.den == 0 || goal < 0 {
		return 0, false
	}
	hi, lo := bits.Mul64(uint64(goal), t.num)
	if hi >= t.den {
		return 0, false
	}
	q, r := bits.Div64(hi, lo, t.den)
	if r != 0 {
		q++
	}
	if q > uint64(1<<63-1) {
		return 0, false
	}
	return time.Duration(q), true
}

// MarshalJSON writes the percentage as a JSON number.
func (t Threshold) MarshalJSON() ([]byte, error) {
	if t.den == 0 {
		return nil, errorf("threshold", "zero value", detail(ErrConfig, "build thresholds with NewThreshold"))
	}
	return []byte(t.p.String()), nil
}

// UnmarshalJSON reads a number (or a numeric string) and validates it.
// Text longer than [strictjson.MaxDecimalLen] characters or with an
// exponent beyond ±[strictjson.MaxDecimalExponent] is refused before it is
// parsed (the error wraps ErrConfig and strictjson.ErrDecimalBound and
// quotes a prefix), so a 2 MB digit string costs no quadratic parse.
func (t *Threshold) UnmarshalJSON(b []byte) error {
	s := strings.Trim(strings.TrimSpace(string(b)), `"`)
	p, err := strictjson.ParseDecimal(s)
	if err != nil {
		return errorf("threshold", "", because(ErrConfig, err))
	}
	v, err := NewThreshold(p)
	if err != nil {
		return err
	}
	if t == nil {
		return errorf("threshold", v.String(), detail(ErrConfig, "decoding into a nil *Threshold"))
	}
	*t = v
	return nil
}

// decString formats d for an error message without expanding an absurd
// exponent (1e-1000000000 would print a billion zeros).
func decString(d decimal.Decimal) string {
	if e := d.Exponent(); e < -itsm.MaxDecimalExponent || e > itsm.MaxDecimalExponent {
		return d.Coefficient().String() + "e" + strconv.Itoa(int(e))
	}
	return d.String()
}
