package sla

import (
	"fmt"
	"slices"
	"strconv"

	"github.com/itsmkit/itsm"
	"github.com/itsmkit/itsm/internal/strictjson"
	"github.com/shopspring/decimal"
)

// CreditTier grants Credit percent of the fee when availability is strictly
// below Below percent ("< 99.9 % → 10 %").
type CreditTier struct {
	Below  decimal.Decimal `json:"below"`  // threshold in percent, in (0, 100]
	Credit decimal.Decimal `json:"credit"` // credit in percent of the fee, in [0, 100]
}

// BreachPenalty is a fixed amount per breached cycle of a target (by
// name), capped at Cap per period when Cap is set.
type BreachPenalty struct {
	Target string           `json:"target"`        // target name, as in AttainmentGroup.Target
	Amount decimal.Decimal  `json:"amount"`        // money per breach, ≥ 0
	Cap    *decimal.Decimal `json:"cap,omitempty"` // maximum per period; nil: none
}

// CreditSchedule is a service-credit / contract-penalty schedule: tiered
// availability credits as a percentage of the monthly fee, per-breach
// penalties with caps, an overall cap as a percentage of the fee, and the
// rounding of every amount. The zero value grants nothing (and rounds half
// up to whole units).
type CreditSchedule struct {
	Tiers      []CreditTier     `json:"tiers,omitempty"`       // availability tiers (any order)
	PerBreach  []BreachPenalty  `json:"per_breach,omitempty"`  // per-breach penalties, one per target
	CapPercent *decimal.Decimal `json:"cap_percent,omitempty"` // overall cap in percent of the fee; nil: none
	Rounding   Rounding         `json:"rounding"`              // rounding of every amount
}

// validate checks the schedule: tier thresholds in (0, 100] and distinct,
// credits in [0, 100], a lower threshold never granting less credit than a
// higher one; penalty amounts and caps ≥ 0 with named, distinct targets;
// the overall cap in [0, 100]; the rounding.
func (s CreditSchedule) validate() error {
	hundred := decimal.NewFromInt(100)
	if err := s.Rounding.validate(); err != nil {
		return err
	}
	// Exponents first: formatting or rounding 1e-1000000000 would take
	// forever.
	for _, t := range s.Tiers {
		if err := checkExp(ErrConfig, "credit tier", t.Below, t.Credit); err != nil {
			return err
		}
	}
	for _, p := range s.PerBreach {
		if err := checkExp(ErrConfig, "breach penalty "+quote(p.Target), p.Amount); err != nil {
			return err
		}
		if p.Cap != nil {
			if err := checkExp(ErrConfig, "breach penalty cap "+quote(p.Target), *p.Cap); err != nil {
				return err
			}
		}
	}
	if s.CapPercent != nil {
		if err := checkExp(ErrConfig, "credit cap", *s.CapPercent); err != nil {
			return err
		}
	}
	tiers := slices.Clone(s.Tiers)
	slices.SortFunc(tiers, func(a, b CreditTier) int { return b.Below.Cmp(a.Below) })
	for i, t := range tiers {
		q := fmt.Sprintf("below %s → %s", t.Below, t.Credit)
		if t.Below.Sign() <= 0 || t.Below.GreaterThan(hundred) || t.Credit.IsNegative() || t.Credit.GreaterThan(hundred) {
			return errorf("credit tier", q, detail(ErrConfig, "below must be in (0, 100] and the credit in [0, 100]"))
		}
		if i > 0 && tiers[i-1].Below.Equal(t.Below) {
			return errorf("credit tier", q, detail(ErrConfig, "duplicate threshold"))
		}
		if i > 0 && t.Credit.LessThan(tiers[i-1].Credit) {
			return errorf("credit tier", q, detail(ErrConfig, "worse availability must not earn a smaller credit"))
		}
	}
	seen := map[string]bool{}
	for _, p := range s.PerBreach {
		if p.Target == "" || seen[p.Target] || p.Amount.IsNegative() || (p.Cap != nil && p.Cap.IsNegative()) {
			return errorf("breach penalty", p.Target, detail(ErrConfig, "a penalty names a target once, with an amount and cap ≥ 0"))
		}
		seen[p.Target] = true
	}
	if s.CapPercent != nil && (s.CapPercent.IsNegative() || s.CapPercent.GreaterThan(hundred)) {
		return errorf("credit cap", s.CapPercent.String(), detail(ErrConfig, "the cap is a percentage in [0, 100]"))
	}
	return nil
}

// UnmarshalJSON decodes the schedule strictly (an unknown key, also in its
// tiers, penalties and rounding, is an error) and validates it: tier
// thresholds in (0, 100] and distinct, credits in [0, 100], a lower
// threshold never granting less credit than a higher one; penalty amounts
// and caps ≥ 0 with named, distinct targets; the overall cap in [0, 100];
// places 0–18 and a known rounding mode. Errors wrap [ErrConfig].
func (s *CreditSchedule) UnmarshalJSON(b []byte) error {
	type plain CreditSchedule
	if strictjson.IsNull(b) {
		return nil
	}
	var p plain
	if err := unmarshalStrict(b, &p, "credit schedule", ErrConfig); err != nil {
		return err
	}
	if err := CreditSchedule(p).validate(); err != nil {
		return err
	}
	if s == nil {
		return errorf("credit schedule", "", detail(ErrConfig, "decoding into a nil *CreditSchedule"))
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
// breached cycles per target name (the report's Breached counts per target). The tier
// is the one with the lowest threshold the availability is strictly below,
// compared exactly. Every line is rounded by the schedule's rule; the total
// is the sum of the rounded lines, then capped (the cap amount rounded by
// the same rule). An invalid schedule (see [CreditSchedule.UnmarshalJSON])
// or a negative fee is an error wrapping [ErrConfig].
func (s CreditSchedule) Compute(fee decimal.Decimal, availability itsm.Ratio, breaches map[string]int64) (Credit, error) {
	if err := s.validate(); err != nil {
		return Credit{}, err
	}
	if err := checkExp(ErrConfig, "fee", fee); err != nil {
		return Credit{}, err
	}
	if fee.IsNegative() {
		return Credit{}, errorf("fee", fee.String(), detail(ErrConfig, "a fee is ≥ 0"))
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
			Amount: s.Rounding.round(fee.Mul(best.Credit).Shift(-2)),
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
		l.Amount = s.Rounding.round(l.Amount)
		out.Lines = append(out.Lines, l)
	}
	for _, l := range out.Lines {
		out.Total = out.Total.Add(l.Amount)
	}
	if s.CapPercent != nil {
		limit := s.Rounding.round(fee.Mul(*s.CapPercent).Shift(-2))
		if out.Total.GreaterThan(limit) {
			out.Total, out.Capped = limit, true
		}
	}
	return out, nil
}

// checkExp rejects decimals whose exponent lies outside
// ±[itsm.MaxDecimalExponent]: money and percentages never need more, and
// arithmetic on such values would not finish.
func checkExp(sentinel error, what string, ds ...decimal.Decimal) error {
	for _, d := range ds {
		if e := d.Exponent(); e < -itsm.MaxDecimalExponent || e > itsm.MaxDecimalExponent {
			return errorf(what, d.Coefficient().String()+"e"+strconv.Itoa(int(e)),
				detail(sentinel, fmt.Sprintf("exponent outside ±%d", itsm.MaxDecimalExponent)))
		}
	}
	return nil
}
