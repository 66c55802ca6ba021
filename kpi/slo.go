package kpi

import (
	"fmt"
	"math/big"
	"time"

	"github.com/shopspring/decimal"

	"github.com/itsmkit/itsm"
	"github.com/itsmkit/itsm/internal/enum"
	"github.com/itsmkit/itsm/internal/strictjson"
)

// WindowKind says how an SLO's compliance window moves. Its text form is
// shown beside each constant.
type WindowKind uint8

const (
	// Rolling: the window is the Length before now, [now − Length, now).
	Rolling WindowKind = iota // "rolling"
	// CalendarMonth: the calendar month containing now in the SLO's Zone,
	// [first day 00:00, first day of next month 00:00).
	CalendarMonth // "calendar_month"
)

var windowKinds = enum.New[WindowKind]("kpi", "window kind", ErrInvalidConfig,
	Rolling, "rolling", CalendarMonth, "calendar_month")

// String returns the text form ("rolling", "calendar_month").
func (k WindowKind) String() string { return enumString(windowKinds, "window kind", k) }

// MarshalText returns the text form; an undeclared value is an error.
func (k WindowKind) MarshalText() ([]byte, error) { return windowKinds.Marshal(k) }

// UnmarshalText parses the text form.
func (k *WindowKind) UnmarshalText(b []byte) error {
	return enumUnmarshal(windowKinds, "window kind", k, b)
}

// SLO is a service level objective: Target percent of events (or of time)
// good over a window. Its JSON form decodes strictly and validates:
//
//	{"name": "api", "target": "99.9", "window": "rolling", "length": "720h"}
//	{"name": "api", "target": "99.5", "window": "calendar_month", "zone": "Europe/Berlin"}
//
// Lengths are [itsm.Duration] text; days are refused as ambiguous, so 30
// days is "720h".
type SLO struct {
	Name   string          `json:"name,omitempty"`  // free text
	Target decimal.Decimal `json:"target"`          // percent, 0 < Target < 100
	Window WindowKind      `json:"window"`          // rolling or calendar_month
	Length itsm.Duration   `json:"length,omitzero"` // rolling windows only
	Zone   string          `json:"zone,omitempty"`  // calendar_month only; IANA name, "" = UTC
}

// Validate checks 0 < Target < 100 (an SLO of 100 % has no error budget),
// a positive Length for rolling windows and none for calendar months, and a
// loadable Zone. Errors wrap [ErrInvalidConfig] (or [ErrOutOfRange] for a
// target beyond ±[itsm.MaxDecimalExponent]).
func (s SLO) Validate() error {
	if err := checkDecimal("SLO target", s.Target); err != nil {
		return err
	}
	bad := func(what, input, why string) error { return errorf("SLO "+what, input, because(ErrInvalidConfig, why)) }
	if !s.Target.IsPositive() || !s.Target.LessThan(hundred) {
		return bad("target", s.Target.String(), "not in (0, 100)")
	}
	switch s.Window {
	case Rolling:
		if s.Length <= 0 {
			return bad("length", s.Length.String(), "a rolling window needs a positive length")
		}
		if s.Zone != "" {
			return bad("zone", s.Zone, "a rolling window takes no zone")
		}
	case CalendarMonth:
		if s.Length != 0 {
			return bad("length", s.Length.String(), "a calendar month takes no length")
		}
		if _, err := time.LoadLocation(s.Zone); err != nil {
			return bad("zone", s.Zone, "not an IANA time zone")
		}
	default:
		e := errorf("SLO window", s.Window.String(), ErrInvalidConfig)
		e.Valid = windowKinds.Valid()
		return e
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
	if s == nil {
		return errorf("SLO JSON", "", because(ErrInvalidConfig, "decoding into a nil *SLO"))
	}
	*s = SLO(p)
	return nil
}

// WindowAt returns the compliance window that ends at (rolling) or
// contains (calendar month) now.
func (s SLO) WindowAt(now time.Time) (itsm.Interval, error) {
	if err := s.Validate(); err != nil {
		return itsm.Interval{}, err
	}
	if s.Window == Rolling {
		return windowBefore(now, time.Duration(s.Length))
	}
	loc, _ := time.LoadLocation(s.Zone)
	l := now.In(loc)
	start := time.Date(l.Year(), l.Month(), 1, 0, 0, 0, 0, loc)
	return itsm.Interval{Start: start, End: start.AddDate(0, 1, 0)}, nil
}

// ErrorBudget is the error budget of an SLO over one window, computed by
// [SLO.Budget]: Bad out of Total units (events, or nanoseconds of time for
// a time-based SLO).
//
//	Allowed   = Total × (100 − Target) / 100     (exact decimal)
//	Remaining = Allowed − Bad                    (negative when overspent)
//	consumed  = Bad / Allowed
//	burn rate = (Bad / Total) / ((100 − Target) / 100)
//
// Consumed and the burn rate are the same number: a burn rate of 1 spends
// exactly the budget over the window. For a time-based budget Allowed is
// the allowed downtime in nanoseconds ([AllowedDowntime] gives it as a
// duration).
type ErrorBudget struct {
	Target    decimal.Decimal `json:"target"`    // percent
	Bad       int64           `json:"bad"`       // bad units
	Total     int64           `json:"total"`     // all units; 0 ≤ Bad ≤ Total
	Allowed   decimal.Decimal `json:"allowed"`   // Total × (100 − Target) / 100, exact
	Remaining decimal.Decimal `json:"remaining"` // Allowed − Bad, exact; negative when overspent
	Exhausted bool            `json:"exhausted"` // Bad > Allowed, compared exactly
	// BurnRate is (Bad/Total) / ((100 − Target)/100) rounded half to even
	// at [itsm.RatePlaces] places; zero when Total is zero (no data).
	BurnRate decimal.Decimal `json:"burn_rate"`
}

// Budget returns the error budget for bad out of total units
// (0 ≤ bad ≤ total, else an error wrapping [ErrOutOfRange]); for a
// time-based budget pass the downtime and the window length in
// nanoseconds: s.Budget(int64(down), int64(window)).
func (s SLO) Budget(bad, total int64) (ErrorBudget, error) {
	if err := s.Validate(); err != nil {
		return ErrorBudget{}, err
	}
	if bad < 0 || total < 0 || bad > total {
		return ErrorBudget{}, errorf("error budget bad/total", fmt.Sprintf("%d/%d", bad, total), because(ErrOutOfRange, "not 0 ≤ bad ≤ total"))
	}
	b := ErrorBudget{Target: s.Target, Bad: bad, Total: total}
	b.Allowed = decimal.NewFromInt(total).Mul(hundred.Sub(s.Target)).Shift(-2)
	b.Remaining = b.Allowed.Sub(decimal.NewFromInt(bad))
	b.Exhausted = b.Remaining.IsNegative()
	b.BurnRate = ratDecimal(burnRat(bad, total, s.Target), itsm.RatePlaces)
	return b, nil
}

// String summarises the budget, e.g. "250 bad of 1000 allowed (25% spent,
// 750 left, burn rate 0.25)".
func (b ErrorBudget) String() string {
	spent := "no data"
	if p, ok := b.ConsumedPercent(1); ok {
		spent = p.String() + "% spent"
	}
	return fmt.Sprintf("%d bad of %s allowed (%s, %s left, burn rate %s)", b.Bad, b.Allowed, spent, b.Remaining, b.BurnRate.RoundBank(4))
}

// ConsumedPercent returns 100 × Bad / Allowed (the share of the budget
// spent, equal to 100 × the burn rate) rounded half to even at places.
// ok is false when Allowed is zero (no data), and for a budget built by hand
// whose Target's exponent is outside ±[itsm.MaxDecimalExponent] (exact
// arithmetic on it could take gigabytes).
func (b ErrorBudget) ConsumedPercent(places int32) (decimal.Decimal, bool) {
	r := burnRat(b.Bad, b.Total, b.Target)
	if r == nil {
		return decimal.Decimal{}, false
	}
	return ratDecimal(r.Mul(r, big.NewRat(100, 1)), places), true
}

// burnRat returns the exact burn rate 100·bad / (total·(100 − target));
// nil when total is zero (no data), when target is 100 (no budget), or
// when target's exponent is outside ±[itsm.MaxDecimalExponent].
func burnRat(bad, total int64, target decimal.Decimal) *big.Rat {
	if total == 0 || checkDecimal("target", target) != nil {
		return nil
	}
	room := new(big.Rat).Sub(big.NewRat(100, 1), target.Rat()) // 100 − target
	if room.Sign() == 0 {
		return nil
	}
	x := new(big.Rat).SetFrac(big.NewInt(bad), big.NewInt(total)) // bad/total
	x.Mul(x, big.NewRat(100, 1))
	return x.Quo(x, room)
}

// ratDecimal rounds r half to even at places; zero for nil (no data).
func ratDecimal(r *big.Rat, places int32) decimal.Decimal {
	if r == nil {
		return decimal.Decimal{}
	}
	return quoHalfEven(r.Num(), r.Denom(), places)
}
