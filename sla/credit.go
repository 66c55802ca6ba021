package sla

import (
	"fmt"
	"slices"
	"strconv"

	"github.com/itsmkit/itsm/internal/strictjson"
	"github.com/itsmkit/itsm/kpi"
	"github.com/shopspring/decimal"
)

// RoundingMode is how money is rounded to a number of places.
type RoundingMode uint8

// Rounding modes. The zero value is RoundHalfUp.
const (
	RoundHalfUp   RoundingMode = iota // half away from zero (commercial rounding)
	RoundHalfEven                     // half to even (banker's rounding)
	RoundDown                         // toward zero (truncate)
	RoundUp                           // away from zero
	RoundFloor                        // toward −∞
	RoundCeiling                      // toward +∞
)

var roundingNames = [...]string{"half-up", "half-even", "down", "up", "floor", "ceiling"}

// String returns the mode's name.
func (m RoundingMode) String() string {
	if int(m) < len(roundingNames) {
		return roundingNames[m]
	}
	return fmt.Sprintf("RoundingMode(%d)", m)
}

// MarshalText returns the mode's name.
func (m RoundingMode) MarshalText() ([]byte, error) {
	if int(m) >= len(roundingNames) {
		return nil, errorf("rounding", m.String(), ErrRounding)
	}
	return []byte(m.String()), nil
}

// UnmarshalText parses the mode's name.
func (m *RoundingMode) UnmarshalText(b []byte) error {
	i := slices.Index(roundingNames[:], string(b))
	if i < 0 {
		return errorf("rounding", string(b), ErrRounding)
	}
	*m = RoundingMode(i)
	return nil
}

// Rounding is an explicit rounding rule for money: places (0–18) and mode.
type Rounding struct {
	Places int32        `json:"places"` // decimal places, 0–18
	Mode   RoundingMode `json:"mode"`   // rounding mode
}

// Validate checks places and mode.
func (r Rounding) Validate() error {
	if r.Places < 0 || r.Places > 18 || int(r.Mode) >= len(roundingNames) {
		return errorf("rounding", fmt.Sprintf("%d places %s", r.Places, r.Mode), ErrRounding)
	}
	return nil
}

// Round rounds d by the rule.
func (r Rounding) Round(d decimal.Decimal) decimal.Decimal {
	switch r.Mode {
	case RoundHalfEven:
		return d.RoundBank(r.Places)
	case RoundDown:
		return d.RoundDown(r.Places)
	case RoundUp:
		return d.RoundUp(r.Places)
	case RoundFloor:
		return d.RoundFloor(r.Places)
	case RoundCeiling:
		return d.RoundCeil(r.Places)
	}
	return d.Round(r.Places)
}

// CreditTier grants Credit percent of the fee when availability is strictly
// below Below percent ("< 99.9 % → 10 %").
type CreditTier struct {
	Below  decimal.Decimal `json:"below"`  // threshold in percent, in (0, 100]
	Credit decimal.Decimal `json:"credit"` // credit in percent of the fee, in [0, 100]
}

// BreachPenalty is a fixed amount per breached cycle of a target (by
// name), capped at Cap per period when Cap is set.
type BreachPenalty struct {
	Target string           `json:"target"`        // target name, as in AttainmentReport.Breaches
	Amount decimal.Decimal  `json:"amount"`        // money per breach, ≥ 0
	Cap    *decimal.Decimal `json:"cap,omitempty"` // maximum per period; nil: none
}

// CreditSchedule is a service-credit / contract-penalty schedule: tiered
// availability credits as a percentage of the monthly fee, per-breach
// penalties with caps, an overall cap as a percentage of the fee, and the
// rounding of every amount. The zero value grants nothing (and rounds half
// up to whole units).
type CreditSchedule struct {
	Tiers     []CreditTier     `json:"tiers,omitempty"`      // availability tiers (any order)
	PerBreach []BreachPenalty  `json:"perBreach,omitempty"`  // per-breach penalties, one per target
	CapPct    *decimal.Decimal `json:"capPercent,omitempty"` // overall cap in percent of the fee; nil: none
	Rounding  Rounding         `json:"rounding"`             // rounding of every amount
}

// Validate checks the schedule: tier thresholds in (0, 100] and distinct,
// credits in [0, 100], a lower threshold never granting less credit than a
// higher one; penalty amounts and caps ≥ 0 with named, distinct targets;
// the overall cap in [0, 100]; the rounding.
func (s CreditSchedule) Validate() error {
	hundred := decimal.NewFromInt(100)
	if err := s.Rounding.Validate(); err != nil {
		return err
	}
	// Exponents first: formatting or rounding 1e-1000000000 would take
	// forever.
	for _, t := range s.Tiers {
		if err := checkExp("credit tier", t.Below, t.Credit); err != nil {
			return err
		}
	}
	for _, p := range s.PerBreach {
		if err := checkExp("breach penalty "+p.Target, p.Amount); err != nil {
			return err
		}
		if p.Cap != nil {
			if err := checkExp("breach penalty cap "+p.Target, *p.Cap); err != nil {
				return err
			}
		}
	}
	if s.CapPct != nil {
		if err := checkExp("credit cap", *s.CapPct); err != nil {
			return err
		}
	}
	tiers := slices.Clone(s.Tiers)
	slices.SortFunc(tiers, func(a, b CreditTier) int { return b.Below.Cmp(a.Below) })
	for i, t := range tiers {
		q := fmt.Sprintf("below %s → %s", t.Below, t.Credit)
		if t.Below.Sign() <= 0 || t.Below.GreaterThan(hundred) || t.Credit.IsNegative() || t.Credit.GreaterThan(hundred) {
			return errorf("credit tier", q, ErrCredit)
		}
		if i > 0 && tiers[i-1].Below.Equal(t.Below) {
			return errorf("credit tier", q, fmt.Errorf("%w: duplicate threshold", ErrCredit))
		}
		if i > 0 && t.Credit.LessThan(tiers[i-1].Credit) {
			return errorf("credit tier", q, fmt.Errorf("%w: worse availability must not earn a smaller credit", ErrCredit))
		}
	}
	seen := map[string]bool{}
	for _, p := range s.PerBreach {
		if p.Target == "" || seen[p.Target] || p.Amount.IsNegative() || (p.Cap != nil && p.Cap.IsNegative()) {
			return errorf("breach penalty", p.Target, ErrCredit)
		}
		seen[p.Target] = true
	}
	if s.CapPct != nil && (s.CapPct.IsNegative() || s.CapPct.GreaterThan(hundred)) {
		return errorf("credit cap", s.CapPct.String(), ErrCredit)
	}
	return nil
}

// UnmarshalJSON decodes the schedule strictly (unknown keys are an error)
// and validates it.
func (s *CreditSchedule) UnmarshalJSON(b []byte) error {
	type plain CreditSchedule
	if strictjson.IsNull(b) {
		return nil
	}
	var p plain
	if err := unmarshalStrict(b, &p, "credit schedule", ErrCredit); err != nil {
		return err
	}
	if err := CreditSchedule(p).Validate(); err != nil {
		return err
	}
	*s = CreditSchedule(p)
	return nil
}

// CreditLine is one amount of a [Credit].
type CreditLine struct {
	Reason string          `json:"reason"`           // "availability below 99.9%", "3 × P1 resolution breach"
	Amount decimal.Decimal `json:"amount"`           // rounded
	Capped bool            `json:"capped,omitempty"` // the line's own cap applied
}

// Credit is what a [CreditSchedule] grants for a period.
type Credit struct {
	Lines  []CreditLine    `json:"lines"`  // one per tier or penalty that applies
	Total  decimal.Decimal `json:"total"`  // sum of the rounded lines, capped
	Capped bool            `json:"capped"` // the overall cap applied
}

// Compute returns the credit for a period with the given monthly fee, the
// measured availability (an exact ratio, e.g. [AvailabilityResult]'s
// Availability.Ratio(); no data grants no tier credit), and the number of
// breached cycles per target name. The tier is the one with the lowest
// threshold the availability is strictly below, compared exactly. Every
// line is rounded by the schedule's rule; the total is the sum of the
// rounded lines, then capped (the cap amount rounded by the same rule).
func (s CreditSchedule) Compute(fee decimal.Decimal, availability kpi.Ratio, breaches map[string]int64) (Credit, error) {
	if err := s.Validate(); err != nil {
		return Credit{}, err
	}
	if err := checkExp("fee", fee); err != nil {
		return Credit{}, err
	}
	if fee.IsNegative() {
		return Credit{}, errorf("fee", fee.String(), ErrCredit)
	}
	var out Credit
	var best *CreditTier
	for i := range s.Tiers {
		t := &s.Tiers[i]
		if c, ok := availability.CmpPercent(t.Below); ok && c < 0 && (best == nil || t.Below.LessThan(best.Below)) {
			best = t
		}
	}
	if best != nil {
		out.Lines = append(out.Lines, CreditLine{
			Reason: "availability below " + best.Below.String() + "%",
			Amount: s.Rounding.Round(fee.Mul(best.Credit).Shift(-2)),
		})
	}
	for _, p := range s.PerBreach {
		n := breaches[p.Target]
		if n <= 0 {
			continue
		}
		l := CreditLine{Reason: fmt.Sprintf("%d × %s breach", n, p.Target), Amount: p.Amount.Mul(decimal.NewFromInt(n))}
		if p.Cap != nil && l.Amount.GreaterThan(*p.Cap) {
			l.Amount, l.Capped = *p.Cap, true
		}
		l.Amount = s.Rounding.Round(l.Amount)
		out.Lines = append(out.Lines, l)
	}
	for _, l := range out.Lines {
		out.Total = out.Total.Add(l.Amount)
	}
	if s.CapPct != nil {
		limit := s.Rounding.Round(fee.Mul(*s.CapPct).Shift(-2))
		if out.Total.GreaterThan(limit) {
			out.Total, out.Capped = limit, true
		}
	}
	return out, nil
}

// checkExp rejects decimals whose exponent lies outside
// ±[kpi.MaxDecimalExponent]: money and percentages never need more, and
// arithmetic on such values would not finish.
func checkExp(what string, ds ...decimal.Decimal) error { return checkExpOf(ErrCredit, what, ds...) }

func checkExpOf(sentinel error, what string, ds ...decimal.Decimal) error {
	for _, d := range ds {
		if e := d.Exponent(); e < -kpi.MaxDecimalExponent || e > kpi.MaxDecimalExponent {
			return errorf(what, d.Coefficient().String()+"e"+strconv.Itoa(int(e)), fmt.Errorf("%w: exponent outside ±%d", sentinel, kpi.MaxDecimalExponent))
		}
	}
	return nil
}
