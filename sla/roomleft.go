package sla

import (
	"math"
	"math/big"
	"time"

	"github.com/itsmkit/itsm"
	"github.com/itsmkit/itsm/kpi"
	"github.com/shopspring/decimal"
)

// How much room is left in a period in progress: how many more breaches a
// target can take before its attainment goal (or a service-credit tier) is
// missed, how much more downtime an availability SLA can take, and how long
// an SLO's error budget lasts at the current burn rate. All exact: integer
// counts and nanoseconds against exact decimal percentages, never a
// rounded rate.

// checkPercent checks a percentage in (0, 100].
func checkPercent(what string, p decimal.Decimal) error {
	if err := checkExp(ErrConfig, what, p); err != nil {
		return err
	}
	if p.Sign() <= 0 || p.GreaterThan(decimal.NewFromInt(100)) {
		return errorf(what, p.String(), detail(ErrConfig, "a percentage in (0, 100]"))
	}
	return nil
}

// BreachesLeft returns how many more breached cycles the group can take,
// with no further met one, before its attainment falls below percent: the
// largest n with Met / (Met + Breached + OpenBreached + n) ≥ percent/100,
// that is ⌊100·Met / percent⌋ − (Met + Breached + OpenBreached). Cycles
// open at the period's end that already breached count as breaches (a
// breach stays); open ones that have not are not counted yet. A negative
// result −n says the period has n breaches too many: it is below percent
// now and would be on it with n fewer.
//
// Pass the target's goal (g.Goal) for the room before the attainment goal
// is missed, and a credit tier's Below for the room before that tier's
// credit is owed (a tier applies strictly below its threshold). percent
// outside (0, 100] is an error wrapping [ErrConfig].
func (g AttainmentGroup) BreachesLeft(percent decimal.Decimal) (int64, error) {
	if err := checkPercent("attainment percent", percent); err != nil {
		return 0, err
	}
	// ⌊100·Met / percent⌋ with percent = c·10^e.
	num := new(big.Int).Mul(big.NewInt(g.Met), big.NewInt(100))
	den := new(big.Int).Set(percent.Coefficient())
	if e := percent.Exponent(); e < 0 {
		num.Mul(num, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(-e)), nil))
	} else {
		den.Mul(den, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(e)), nil))
	}
	q := num.Quo(num, den) // both positive: truncation is the floor
	q.Sub(q, big.NewInt(g.Met))
	q.Sub(q, big.NewInt(g.Breached))
	q.Sub(q, big.NewInt(g.OpenBreached))
	switch {
	case q.IsInt64():
		return q.Int64(), nil
	case q.Sign() > 0:
		return math.MaxInt64, nil
	}
	return math.MinInt64, nil
}

// DowntimeLeft returns how much more downtime the period can take before
// its availability falls below percent: the allowed downtime at percent
// over the scheduled time (kpi.AllowedDowntime, exact and rounded down to
// a nanosecond) minus the downtime so far; negative when it already has
// (the overrun). For a period in progress evaluate the whole period with
// the outages so far: the service hours still ahead count as up time.
//
// DowntimeLeft(r.Target.Percent) is r.Margin; a credit tier's Below gives
// the room before that tier's credit is owed. percent outside (0, 100] is
// an error wrapping [ErrConfig].
func (r AvailabilityResult) DowntimeLeft(percent decimal.Decimal) (itsm.Duration, error) {
	if err := checkPercent("availability percent", percent); err != nil {
		return 0, err
	}
	allowed, err := kpi.AllowedDowntime(percent, r.Availability.Scheduled.Std())
	if err != nil {
		return 0, errorf("availability percent", percent.String(), because(ErrConfig, err))
	}
	return itsm.Duration(satSub(allowed, r.Availability.Down.Std())), nil
}

// ErrorBudgetLeft returns how long the error budget of slo for the window
// containing now lasts if bad units keep arriving at the rate of the
// window so far: bad of total units (events, or nanoseconds of downtime
// and of elapsed time for a time-based SLO) counted from the window's
// start (kpi.SLO.WindowAt) to now. At that rate the window's budget is
// (100 − Target)% of total scaled to the whole window, and it is
// exhausted after
//
//	left = ((100 − Target)·total·W − 100·bad·E) / (100·bad)
//
// where W is the window's length and E the time elapsed in it (for a
// rolling window E = W, and left is the budget remaining divided by the
// rate at which bad units arrive). left is exact, rounded down to a
// nanosecond; zero when the budget is already spent. ok is false when
// nothing is burning (bad = 0), and for a calendar-month window when the
// window ends first (now + left at or after its end: the budget resets).
// An invalid SLO, or counts with not 0 ≤ bad ≤ total, are errors from
// package kpi.
func ErrorBudgetLeft(slo kpi.SLO, now time.Time, bad, total int64) (left time.Duration, ok bool, err error) {
	if _, err := slo.Budget(bad, total); err != nil {
		return 0, false, err
	}
	w, err := slo.WindowAt(now)
	if err != nil {
		return 0, false, err
	}
	if bad == 0 {
		return 0, false, nil
	}
	W, E := w.Duration(), now.Sub(w.Start)
	if slo.Window == kpi.Rolling {
		E = W
	}
	room := new(big.Rat).Sub(big.NewRat(100, 1), slo.Target.Rat()) // 100 − Target
	x := new(big.Rat).Mul(room, new(big.Rat).SetInt64(total))
	x.Mul(x, new(big.Rat).SetInt64(int64(W)))
	hb := new(big.Rat).Mul(big.NewRat(100, 1), new(big.Rat).SetInt64(bad)) // 100·bad
	x.Sub(x, new(big.Rat).Mul(hb, new(big.Rat).SetInt64(int64(E))))
	if x.Sign() <= 0 {
		return 0, true, nil
	}
	x.Quo(x, hb)
	q := new(big.Int).Quo(x.Num(), x.Denom()) // positive: truncation is the floor
	left = math.MaxInt64
	if q.IsInt64() {
		left = time.Duration(q.Int64())
	}
	if slo.Window == kpi.CalendarMonth && !now.Add(left).Before(w.End) {
		return left, false, nil
	}
	return left, true, nil
}
