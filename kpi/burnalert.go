package kpi

import (
	"fmt"
	"math/big"
	"time"

	"github.com/itsmkit/itsm/internal/strictjson"
	"github.com/shopspring/decimal"
)

// Severity is what a firing burn-rate alert should do.
type Severity uint8

const (
	// SeverityPage: page a person now.
	SeverityPage Severity = iota
	// SeverityTicket: open a ticket to be handled in working hours.
	SeverityTicket
)

// String returns "page" or "ticket".
func (s Severity) String() string {
	switch s {
	case SeverityPage:
		return "page"
	case SeverityTicket:
		return "ticket"
	}
	return fmt.Sprintf("Severity(%d)", s)
}

// MarshalText returns the text form.
func (s Severity) MarshalText() ([]byte, error) {
	if s > SeverityTicket {
		return nil, &ValueError{What: "severity", Value: s.String(), Err: ErrUnknownName}
	}
	return []byte(s.String()), nil
}

// UnmarshalText parses "page" or "ticket".
func (s *Severity) UnmarshalText(b []byte) error {
	switch string(b) {
	case "page":
		*s = SeverityPage
	case "ticket":
		*s = SeverityTicket
	default:
		return &ValueError{What: "severity", Value: string(b), Err: ErrUnknownName}
	}
	return nil
}

// BurnRateAlert is one row of a multi-window, multi-burn-rate alert table:
// it fires when the burn rate over both LongWindow and ShortWindow exceeds
// BurnRate. The short window (typically 1/12 of the long) makes the alert
// reset quickly once the problem stops. BudgetPercent is the share of the
// Period's budget that LongWindow at that burn rate spends:
// BudgetPercent = 100 × BurnRate × LongWindow / Period.
type BurnRateAlert struct {
	Severity      Severity        `json:"severity"`      // page or ticket
	LongWindow    Duration        `json:"longWindow"`    // e.g. 1h
	ShortWindow   Duration        `json:"shortWindow"`   // e.g. 5m; shorter than LongWindow
	BurnRate      decimal.Decimal `json:"burnRate"`      // threshold, e.g. 14.4
	BudgetPercent decimal.Decimal `json:"budgetPercent"` // budget share the long window spends at BurnRate, e.g. 2
}

// AlertPolicy is a multi-window, multi-burn-rate alert table for an SLO
// whose budget is measured over Period (30 days in the SRE workbook).
type AlertPolicy struct {
	Period Duration        `json:"period"` // the budget period, e.g. 30d
	Alerts []BurnRateAlert `json:"alerts"` // evaluated independently
}

// DefaultAlertPolicy returns the table recommended in the Google SRE
// Workbook ("Alerting on SLOs", chapter 5, recommended parameters) for a
// 30-day budget:
//
//	severity  long  short  burn rate  budget spent
//	page      1h    5m     14.4       2 %
//	page      6h    30m    6          5 %
//	ticket    3d    6h     1          10 %
func DefaultAlertPolicy() AlertPolicy {
	d := decimal.NewFromInt
	return AlertPolicy{
		Period: Duration(Days30),
		Alerts: []BurnRateAlert{
			{Severity: SeverityPage, LongWindow: Duration(time.Hour), ShortWindow: Duration(5 * time.Minute), BurnRate: decimal.New(144, -1), BudgetPercent: d(2)},
			{Severity: SeverityPage, LongWindow: Duration(6 * time.Hour), ShortWindow: Duration(30 * time.Minute), BurnRate: d(6), BudgetPercent: d(5)},
			{Severity: SeverityTicket, LongWindow: Duration(3 * Day), ShortWindow: Duration(6 * time.Hour), BurnRate: d(1), BudgetPercent: d(10)},
		},
	}
}

// NewBurnRateAlert builds a row from the share of the period's budget the
// long window may spend, deriving BurnRate = BudgetPercent/100 × Period /
// LongWindow; an inexact (non-terminating) burn rate is an error, so the
// stored value is always exact.
func NewBurnRateAlert(sev Severity, period, long, short time.Duration, budgetPercent decimal.Decimal) (BurnRateAlert, error) {
	if err := checkDecimal("budget percent", budgetPercent); err != nil {
		return BurnRateAlert{}, err
	}
	if long <= 0 || period <= 0 {
		return BurnRateAlert{}, &ValueError{What: "alert window", Value: Duration(long).String(), Err: ErrInvalidConfig}
	}
	r := new(big.Rat).Mul(budgetPercent.Rat(), durRatio(1, period, 100, long))
	br, ok := exactDecimal(r)
	if !ok {
		return BurnRateAlert{}, &ValueError{What: "burn rate (not a finite decimal)", Value: r.RatString(), Err: ErrInvalidConfig}
	}
	a := BurnRateAlert{Severity: sev, LongWindow: Duration(long), ShortWindow: Duration(short), BurnRate: br, BudgetPercent: budgetPercent}
	return a, a.validate(Duration(period))
}

// durRatio returns (m·a)/(n·b) exactly in big integers: 100 × a window
// length overflows int64 for windows beyond about three years. b and n must
// be positive.
func durRatio(m int64, a time.Duration, n int64, b time.Duration) *big.Rat {
	num := new(big.Int).Mul(big.NewInt(m), big.NewInt(int64(a)))
	den := new(big.Int).Mul(big.NewInt(n), big.NewInt(int64(b)))
	return new(big.Rat).SetFrac(num, den)
}

// exactDecimal converts r to a decimal if its expansion terminates.
func exactDecimal(r *big.Rat) (decimal.Decimal, bool) {
	d := new(big.Int).Set(r.Denom())
	two, five := 0, 0
	for d.Bit(0) == 0 {
		d.Rsh(d, 1)
		two++
	}
	m := new(big.Int)
	for {
		q, rem := new(big.Int).QuoRem(d, big.NewInt(5), m)
		if rem.Sign() != 0 {
			break
		}
		d = q
		five++
	}
	if d.Cmp(big.NewInt(1)) != 0 {
		return decimal.Decimal{}, false
	}
	places := int32(max(two, five))
	return quoHalfEven(r.Num(), r.Denom(), places), true
}

func (a BurnRateAlert) validate(period Duration) error {
	// before any formatting: printing 1e-2000000000 would take forever
	if err := checkDecimal("burn rate", a.BurnRate); err != nil {
		return err
	}
	if err := checkDecimal("budget percent", a.BudgetPercent); err != nil {
		return err
	}
	bad := func(why string) error {
		return &ValueError{What: "burn-rate alert", Value: fmt.Sprintf("%s %s/%s ×%s: %s", a.Severity, a.LongWindow, a.ShortWindow, a.BurnRate, why), Err: ErrInvalidConfig}
	}
	switch {
	case a.Severity > SeverityTicket:
		return bad("unknown severity")
	case a.LongWindow <= 0 || a.ShortWindow <= 0:
		return bad("windows must be positive")
	case a.ShortWindow >= a.LongWindow:
		return bad("short window must be shorter than long window")
	case a.LongWindow > period:
		return bad("long window longer than the budget period")
	case !a.BurnRate.IsPositive():
		return bad("burn rate must be positive")
	}
	// BudgetPercent must equal 100 × BurnRate × Long / Period exactly.
	want := new(big.Rat).Mul(a.BurnRate.Rat(), durRatio(100, time.Duration(a.LongWindow), 1, time.Duration(period)))
	if want.Cmp(a.BudgetPercent.Rat()) != 0 {
		return bad("budgetPercent " + a.BudgetPercent.String() + " does not equal 100 × burnRate × long / period = " + want.FloatString(6))
	}
	return nil
}

// Validate checks Period > 0, at least one alert, and every alert: positive
// windows, short < long ≤ Period, positive burn rate, known severity, and
// BudgetPercent consistent with BurnRate exactly.
func (p AlertPolicy) Validate() error {
	if p.Period <= 0 {
		return &ValueError{What: "alert policy period", Value: p.Period.String(), Err: ErrInvalidConfig}
	}
	if len(p.Alerts) == 0 {
		return &ValueError{What: "alert policy", Value: "no alerts", Err: ErrInvalidConfig}
	}
	for _, a := range p.Alerts {
		if err := a.validate(p.Period); err != nil {
			return err
		}
	}
	return nil
}

// UnmarshalJSON decodes strictly (unknown keys and trailing data are an
// error) and validates. A row without budgetPercent gets it
// derived from its burn rate (an error if that is not a finite decimal).
func (p *AlertPolicy) UnmarshalJSON(b []byte) error {
	type plain AlertPolicy
	if strictjson.IsNull(b) {
		return nil
	}
	var q plain
	if err := unmarshalStrict(b, &q, "alert policy"); err != nil {
		return err
	}
	for k, a := range q.Alerts {
		if a.BudgetPercent.IsZero() && q.Period > 0 && checkDecimal("burn rate", a.BurnRate) == nil {
			r := new(big.Rat).Mul(a.BurnRate.Rat(), durRatio(100, time.Duration(a.LongWindow), 1, time.Duration(q.Period)))
			if d, ok := exactDecimal(r); ok {
				q.Alerts[k].BudgetPercent = d
			}
		}
	}
	if err := AlertPolicy(q).Validate(); err != nil {
		return err
	}
	*p = AlertPolicy(q)
	return nil
}

// Counts are bad and total events (or nanoseconds) observed over a window.
type Counts struct {
	Bad   int64 // bad events (or nanoseconds)
	Total int64 // all events (or nanoseconds); Bad ≤ Total
}

// AlertResult is the evaluation of one alert row.
type AlertResult struct {
	Alert     BurnRateAlert // the row evaluated
	LongBurn  *big.Rat      // exact; nil when the long window has no events
	ShortBurn *big.Rat      // exact; nil when the short window has no events
	Fires     bool          // both burn rates strictly above Alert.BurnRate
}

// EvaluateAlerts evaluates every row of policy for the SLO. observed maps
// each window length used by the policy to the counts over the window
// ending now; a missing window or bad counts (negative, Bad > Total) is an
// error. A row fires only if the burn rate over the long window AND over the
// short window is strictly greater than the row's BurnRate (as in the
// workbook's "> 14.4 × error budget" expressions), compared exactly. A
// window with no events has no burn rate and does not fire.
func (s SLO) EvaluateAlerts(p AlertPolicy, observed map[time.Duration]Counts) ([]AlertResult, error) {
	if err := s.Validate(); err != nil {
		return nil, err
	}
	if err := p.Validate(); err != nil {
		return nil, err
	}
	burn := func(w Duration) (*big.Rat, error) {
		c, ok := observed[time.Duration(w)]
		if !ok {
			return nil, &ValueError{What: "observed window missing", Value: w.String(), Err: ErrOutOfRange}
		}
		if c.Bad < 0 || c.Total < 0 || c.Bad > c.Total {
			return nil, &ValueError{What: "observed counts for " + w.String(), Value: fmt.Sprintf("%d/%d", c.Bad, c.Total), Err: ErrOutOfRange}
		}
		return BurnRateOf(c.Bad, c.Total, s.Target), nil
	}
	out := make([]AlertResult, len(p.Alerts))
	for k, a := range p.Alerts {
		l, err := burn(a.LongWindow)
		if err != nil {
			return nil, err
		}
		sh, err := burn(a.ShortWindow)
		if err != nil {
			return nil, err
		}
		th := a.BurnRate.Rat()
		out[k] = AlertResult{Alert: a, LongBurn: l, ShortBurn: sh,
			Fires: l != nil && sh != nil && l.Cmp(th) > 0 && sh.Cmp(th) > 0}
	}
	return out, nil
}

// CountBucket holds counts for a half-open time bucket, e.g. one minute of
// request metrics.
type CountBucket struct {
	Interval
	Counts
}

// CountsOver sums the buckets lying entirely inside [now − window, now).
// A bucket straddling the window start (choose windows that are multiples
// of the bucket size), an invalid bucket and one with bad counts (negative,
// Bad > Total) are left out and do not discard the rest: the counts are
// the other buckets' and the error a [*BatchError] naming each ("bucket
// N"). A negative window is an error ([ErrNegativeDuration]), as is one
// reaching before the earliest instant time.Time holds ([ErrTooLong]) and
// a sum beyond int64 ([ErrOverflow]); these fail the call.
func CountsOver(buckets []CountBucket, now time.Time, window time.Duration) (Counts, error) {
	w, err := windowBefore(now, window)
	if err != nil {
		return Counts{}, err
	}
	var c Counts
	var rej []RecordError
	reject := func(k int, err error) { rej = append(rej, RecordError{Record: "bucket", Index: k, Err: err}) }
	for k, b := range buckets {
		if err := b.Interval.validate(fmt.Sprintf("bucket %d", k)); err != nil {
			reject(k, err)
			continue
		}
		if b.Bad < 0 || b.Total < 0 || b.Bad > b.Total {
			reject(k, &ValueError{What: fmt.Sprintf("bucket %d counts", k), Value: fmt.Sprintf("%d/%d", b.Bad, b.Total), Err: ErrOutOfRange})
			continue
		}
		inside := !b.Start.Before(w.Start) && !b.End.After(w.End)
		if !inside {
			if b.Interval.Overlaps(w) {
				reject(k, &IntervalError{What: fmt.Sprintf("bucket %d straddles window %s", k, w), Interval: b.Interval, Err: ErrOutOfRange})
			}
			continue
		}
		var ok1, ok2 bool
		c.Bad, ok1 = addInt64(c.Bad, b.Bad)
		c.Total, ok2 = addInt64(c.Total, b.Total)
		if !ok1 || !ok2 {
			return Counts{}, fmt.Errorf("%w: summing bucket %d", ErrOverflow, k)
		}
	}
	return c, batchError(rej)
}
