package kpi

import (
	"fmt"
	"math"
	"math/big"
	"time"

	"github.com/itsmkit/itsm/internal/strictjson"
	"github.com/shopspring/decimal"
)

// WindowKind says how an SLO's compliance window moves.
type WindowKind uint8

const (
	// Rolling: the window is the Length before now, [now − Length, now).
	Rolling WindowKind = iota
	// CalendarMonth: the calendar month containing now in the SLO's Zone,
	// [first day 00:00, first day of next month 00:00).
	CalendarMonth
)

// String returns "rolling" or "calendar-month".
func (k WindowKind) String() string {
	switch k {
	case Rolling:
		return "rolling"
	case CalendarMonth:
		return "calendar-month"
	}
	return fmt.Sprintf("WindowKind(%d)", k)
}

// MarshalText returns the text form.
func (k WindowKind) MarshalText() ([]byte, error) {
	if k > CalendarMonth {
		return nil, &ValueError{What: "window kind", Value: k.String(), Err: ErrUnknownName}
	}
	return []byte(k.String()), nil
}

// UnmarshalText parses "rolling" or "calendar-month".
func (k *WindowKind) UnmarshalText(b []byte) error {
	switch string(b) {
	case "rolling":
		*k = Rolling
	case "calendar-month":
		*k = CalendarMonth
	default:
		return &ValueError{What: "window kind", Value: string(b), Err: ErrUnknownName}
	}
	return nil
}

// SLO is a service level objective: Target percent of events (or of time)
// good over a window. JSON:
//
//	{"name":"api","target":"99.9","window":"rolling","length":"30d"}
//	{"name":"api","target":"99.5","window":"calendar-month","zone":"Europe/Berlin"}
type SLO struct {
	Name   string          `json:"name,omitempty"`  // free text
	Target decimal.Decimal `json:"target"`          // percent, 0 < Target < 100
	Window WindowKind      `json:"window"`          // rolling or calendar-month
	Length Duration        `json:"length,omitzero"` // rolling windows only
	Zone   string          `json:"zone,omitempty"`  // calendar-month only; IANA name, "" = UTC
}

// Validate checks 0 < Target < 100 (an SLO of 100 % has no error budget),
// a positive Length for rolling windows and none for calendar months, and a
// loadable Zone.
func (s SLO) Validate() error {
	if err := checkDecimal("SLO target", s.Target); err != nil {
		return err
	}
	if !s.Target.IsPositive() || !s.Target.LessThan(hundred) {
		return &ValueError{What: "SLO target", Value: s.Target.String(), Err: ErrInvalidConfig}
	}
	switch s.Window {
	case Rolling:
		if s.Length <= 0 {
			return &ValueError{What: "SLO rolling window length", Value: s.Length.String(), Err: ErrInvalidConfig}
		}
		if s.Zone != "" {
			return &ValueError{What: "SLO zone (rolling windows take none)", Value: s.Zone, Err: ErrInvalidConfig}
		}
	case CalendarMonth:
		if s.Length != 0 {
			return &ValueError{What: "SLO length (calendar months take none)", Value: s.Length.String(), Err: ErrInvalidConfig}
		}
		if _, err := time.LoadLocation(s.Zone); err != nil {
			return &ValueError{What: "SLO zone", Value: s.Zone, Err: ErrInvalidConfig}
		}
	default:
		return &ValueError{What: "SLO window", Value: s.Window.String(), Err: ErrInvalidConfig}
	}
	return nil
}

// UnmarshalJSON decodes strictly (unknown keys and trailing data are an
// error) and validates.
func (s *SLO) UnmarshalJSON(b []byte) error {
	type plain SLO
	if strictjson.IsNull(b) {
		return nil
	}
	var p plain
	if err := unmarshalStrict(b, &p, "SLO"); err != nil {
		return err
	}
	if err := SLO(p).Validate(); err != nil {
		return err
	}
	*s = SLO(p)
	return nil
}

// WindowAt returns the compliance window that ends at (rolling) or
// contains (calendar month) now.
func (s SLO) WindowAt(now time.Time) (Interval, error) {
	if err := s.Validate(); err != nil {
		return Interval{}, err
	}
	if s.Window == Rolling {
		return windowBefore(now, time.Duration(s.Length))
	}
	loc, _ := time.LoadLocation(s.Zone)
	l := now.In(loc)
	start := time.Date(l.Year(), l.Month(), 1, 0, 0, 0, 0, loc)
	return Interval{start, start.AddDate(0, 1, 0)}, nil
}

// ErrorBudget is the error budget of an SLO over one window: Bad out of
// Total units (events, or nanoseconds of time for a time-based SLO).
//
//	allowed   = Total × (100 − Target) / 100     (exact decimal)
//	consumed  = Bad / allowed
//	remaining = allowed − Bad                    (negative when overspent)
//	burn rate = (Bad / Total) / ((100 − Target) / 100)
//
// A burn rate of 1 spends exactly the budget over the window.
//
// [SLO.Budget] and [SLO.TimeBudget] return valid budgets. A budget built by
// hand may not be ([ErrorBudget.Validate]); its methods still return
// promptly and never wrap around: with a Target whose exponent is outside
// ±[MaxDecimalExponent] (exact arithmetic on it could take gigabytes) they
// return zero, nil or ok == false, and [ErrorBudget.AllowedTime] saturates.
type ErrorBudget struct {
	Target decimal.Decimal // percent
	Bad    int64           // bad units
	Total  int64           // all units; 0 ≤ Bad ≤ Total
}

// Validate checks what [SLO.Budget] guarantees: 0 < Target < 100 with an
// exponent within ±[MaxDecimalExponent], and 0 ≤ Bad ≤ Total.
func (b ErrorBudget) Validate() error {
	if err := checkDecimal("error budget target", b.Target); err != nil {
		return err
	}
	if !b.Target.IsPositive() || !b.Target.LessThan(hundred) {
		return &ValueError{What: "error budget target", Value: b.Target.String(), Err: ErrOutOfRange}
	}
	if b.Bad < 0 || b.Total < 0 || b.Bad > b.Total {
		return &ValueError{What: "error budget bad/total", Value: fmt.Sprintf("%d/%d", b.Bad, b.Total), Err: ErrOutOfRange}
	}
	return nil
}

// computable reports whether Target's exponent keeps exact arithmetic small.
func (b ErrorBudget) computable() bool { return checkDecimal("target", b.Target) == nil }

// Budget returns the event-based budget for bad out of total events
// (0 ≤ bad ≤ total).
func (s SLO) Budget(bad, total int64) (ErrorBudget, error) {
	if err := s.Validate(); err != nil {
		return ErrorBudget{}, err
	}
	if bad < 0 || total < 0 || bad > total {
		return ErrorBudget{}, &ValueError{What: "bad/total", Value: fmt.Sprintf("%d/%d", bad, total), Err: ErrOutOfRange}
	}
	return ErrorBudget{Target: s.Target, Bad: bad, Total: total}, nil
}

// TimeBudget returns the time-based budget for downtime within a window of
// the given length (0 ≤ down ≤ window); its units are nanoseconds, so
// [ErrorBudget.AllowedTime] equals [AllowedDowntime](Target, window).
func (s SLO) TimeBudget(down, window time.Duration) (ErrorBudget, error) {
	return s.Budget(int64(down), int64(window))
}

func (b ErrorBudget) allowedRat() *big.Rat { // b.computable()
	r := new(big.Rat).Sub(big.NewRat(100, 1), b.Target.Rat())
	r.Mul(r, new(big.Rat).SetInt64(b.Total))
	return r.Quo(r, big.NewRat(100, 1))
}

// Allowed returns Total × (100 − Target) / 100 exactly (the target has
// finitely many decimal places, so the result does too); zero when
// Target's exponent is outside ±[MaxDecimalExponent].
func (b ErrorBudget) Allowed() decimal.Decimal {
	if !b.computable() {
		return decimal.Decimal{}
	}
	return decimal.NewFromInt(b.Total).Mul(hundred.Sub(b.Target)).Shift(-2)
}

var (
	maxDuration = decimal.NewFromInt(math.MaxInt64)
	minDuration = decimal.NewFromInt(math.MinInt64)
)

// AllowedTime is Allowed as a duration for a time-based budget, rounded down
// to the nanosecond. It saturates at the bounds of time.Duration, which
// only a budget with a Target outside (0, 100) can reach.
func (b ErrorBudget) AllowedTime() time.Duration {
	a := b.Allowed().Floor()
	switch {
	case a.GreaterThan(maxDuration):
		return math.MaxInt64
	case a.LessThan(minDuration):
		return math.MinInt64
	}
	return time.Duration(a.IntPart())
}

// Remaining returns Allowed − Bad exactly; negative when the budget is
// overspent; zero when Target's exponent is outside ±[MaxDecimalExponent].
func (b ErrorBudget) Remaining() decimal.Decimal {
	if !b.computable() {
		return decimal.Decimal{}
	}
	return b.Allowed().Sub(decimal.NewFromInt(b.Bad))
}

// Exhausted reports Bad > Allowed, compared exactly (false when Target's
// exponent is outside ±[MaxDecimalExponent]).
func (b ErrorBudget) Exhausted() bool { return b.Remaining().IsNegative() }

// Consumed returns Bad / Allowed exactly; nil when Allowed is zero (no
// data) or Target's exponent is outside ±[MaxDecimalExponent].
func (b ErrorBudget) Consumed() *big.Rat {
	if !b.computable() {
		return nil
	}
	a := b.allowedRat()
	if a.Sign() == 0 {
		return nil
	}
	return new(big.Rat).Quo(new(big.Rat).SetInt64(b.Bad), a)
}

// ConsumedPercent returns 100 × Bad / Allowed rounded half to even at places.
func (b ErrorBudget) ConsumedPercent(places int32) (decimal.Decimal, bool) {
	c := b.Consumed()
	if c == nil {
		return decimal.Decimal{}, false
	}
	return quoHalfEven(new(big.Int).Mul(c.Num(), big.NewInt(100)), c.Denom(), places), true
}

// BurnRate returns (Bad/Total) / ((100 − Target)/100) exactly; nil when
// Total is zero. It equals Consumed for the same counts.
func (b ErrorBudget) BurnRate() *big.Rat { return b.Consumed() }

// BurnRateAt returns the burn rate rounded half to even at places.
func (b ErrorBudget) BurnRateAt(places int32) (decimal.Decimal, bool) {
	c := b.BurnRate()
	if c == nil {
		return decimal.Decimal{}, false
	}
	return quoHalfEven(c.Num(), c.Denom(), places), true
}

// BurnRateOf returns the burn rate of an error ratio bad/total against a
// target percent: (bad/total) / ((100 − target)/100); nil when total is 0
// (no data), when target is 100 (no budget), or when target's exponent is
// outside ±[MaxDecimalExponent] (see [ErrorBudget]).
func BurnRateOf(bad, total int64, target decimal.Decimal) *big.Rat {
	return ErrorBudget{Target: target, Bad: bad, Total: total}.BurnRate()
}
