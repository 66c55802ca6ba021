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

// Severity is what a firing burn-rate alert should do. Its text form is
// shown beside each constant.
type Severity uint8

const (
	// SeverityPage: page a person now.
	SeverityPage Severity = iota // "page"
	// SeverityTicket: open a ticket to be handled in working hours.
	SeverityTicket // "ticket"
)

var severities = enum.New[Severity]("kpi", "severity", ErrInvalidConfig,
	SeverityPage, "page", SeverityTicket, "ticket")

// String returns the text form ("page", "ticket").
func (s Severity) String() string { return enumString(severities, "severity", s) }

// MarshalText returns the text form; an undeclared value is an error.
func (s Severity) MarshalText() ([]byte, error) { return severities.Marshal(s) }

// UnmarshalText parses the text form.
func (s *Severity) UnmarshalText(b []byte) error {
	return enumUnmarshal(severities, "severity", s, b)
}

// BurnRateAlert is one row of a multi-window, multi-burn-rate alert table:
// it fires when the burn rate over both LongWindow and ShortWindow exceeds
// BurnRate. The short window (typically 1/12 of the long) makes the alert
// reset quickly once the problem stops. BudgetPercent is the share of the
// Period's budget that LongWindow at that burn rate spends:
// BudgetPercent = 100 × BurnRate × LongWindow / Period.
type BurnRateAlert struct {
	Severity      Severity        `json:"severity"`       // page or ticket
	LongWindow    itsm.Duration   `json:"long_window"`    // e.g. 1h
	ShortWindow   itsm.Duration   `json:"short_window"`   // e.g. 5m; shorter than LongWindow
	BurnRate      decimal.Decimal `json:"burn_rate"`      // threshold, e.g. 14.4
	BudgetPercent decimal.Decimal `json:"budget_percent"` // budget share the long window spends at BurnRate, e.g. 2
}

// AlertPolicy is a multi-window, multi-burn-rate alert table for an SLO
// whose budget is measured over Period (30 days in the SRE workbook). Its
// JSON form, which decodes strictly and validates:
//
//	{"period": "720h",
//	 "alerts": [{"severity": "page", "long_window": "1h", "short_window": "5m",
//	             "burn_rate": "14.4", "budget_percent": "2"}]}
//
// A row without "budget_percent" gets it derived from its burn rate. A
// valid policy has Period > 0, at least one row, and in every row positive
// windows, short < long ≤ Period, a positive burn rate, a known severity
// and BudgetPercent = 100 × BurnRate × LongWindow / Period exactly;
// [SLO.EvaluateAlerts] refuses an invalid one ([ErrInvalidConfig]).
type AlertPolicy struct {
	Period itsm.Duration   `json:"period"` // the budget period, e.g. 720h
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
		Period: itsm.Duration(days30),
		Alerts: []BurnRateAlert{
			{Severity: SeverityPage, LongWindow: itsm.Duration(time.Hour), ShortWindow: itsm.Duration(5 * time.Minute), BurnRate: decimal.New(144, -1), BudgetPercent: d(2)},
			{Severity: SeverityPage, LongWindow: itsm.Duration(6 * time.Hour), ShortWindow: itsm.Duration(30 * time.Minute), BurnRate: d(6), BudgetPercent: d(5)},
			{Severity: SeverityTicket, LongWindow: itsm.Duration(3 * day), ShortWindow: itsm.Duration(6 * time.Hour), BurnRate: d(1), BudgetPercent: d(10)},
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
		return BurnRateAlert{}, errorf("burn-rate alert windows", "period "+period.String()+", long "+long.String(), because(ErrInvalidConfig, "not positive"))
	}
	r := new(big.Rat).Mul(budgetPercent.Rat(), durRatio(1, period, 100, long))
	br, ok := exactDecimal(r)
	if !ok {
		return BurnRateAlert{}, errorf("burn rate", r.RatString(), because(ErrInvalidConfig, "not a finite decimal"))
	}
	a := BurnRateAlert{Severity: sev, LongWindow: itsm.Duration(long), ShortWindow: itsm.Duration(short), BurnRate: br, BudgetPercent: budgetPercent}
	return a, a.validate(itsm.Duration(period))
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

func (a BurnRateAlert) validate(period itsm.Duration) error {
	// before any formatting: printing 1e-2000000000 would take forever
	if err := checkDecimal("burn rate", a.BurnRate); err != nil {
		return err
	}
	if err := checkDecimal("budget percent", a.BudgetPercent); err != nil {
		return err
	}
	bad := func(why string) error {
		return errorf("burn-rate alert", fmt.Sprintf("%s %s/%s ×%s", a.Severity, a.LongWindow, a.ShortWindow, a.BurnRate), because(ErrInvalidConfig, why))
	}
	if _, ok := severities.Name(a.Severity); !ok {
		e := errorf("burn-rate alert severity", a.Severity.String(), ErrInvalidConfig)
		e.Valid = severities.Valid()
		return e
	}
	switch {
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
		return bad("budget_percent " + a.BudgetPercent.String() + " does not equal 100 × burn_rate × long_window / period = " + want.FloatString(6))
	}
	return nil
}

// validate checks Period > 0, at least one alert, and every alert: positive
// windows, short < long ≤ Period, positive burn rate, known severity, and
// BudgetPercent consistent with BurnRate exactly.
func (p AlertPolicy) validate() error {
	if p.Period <= 0 {
		return errorf("alert policy period", p.Period.String(), because(ErrInvalidConfig, "not positive"))
	}
	if len(p.Alerts) == 0 {
		return errorf("alert policy", "", because(ErrInvalidConfig, "no alerts"))
	}
	for _, a := range p.Alerts {
		if err := a.validate(p.Period); err != nil {
			return err
		}
	}
	return nil
}

// UnmarshalJSON decodes strictly (unknown keys and trailing data are an
// error) and validates. A row without budget_percent gets it
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
	if err := AlertPolicy(q).validate(); err != nil {
		return err
	}
	if p == nil {
		return errorf("alert policy JSON", "", because(ErrInvalidConfig, "decoding into a nil *AlertPolicy"))
	}
	*p = AlertPolicy(q)
	return nil
}

// AlertResult is the evaluation of one alert row: the counts observed over
// its two windows, their burn rates and whether it fires. The decision is
// taken on the exact burn rates; LongBurn and ShortBurn are for display.
type AlertResult struct {
	Alert BurnRateAlert `json:"alert"` // the row evaluated
	Long  Counts        `json:"long"`  // observed over Alert.LongWindow
	Short Counts        `json:"short"` // observed over Alert.ShortWindow
	// LongBurn and ShortBurn are the burn rates over the two windows,
	// (Bad/Total) / ((100 − target)/100), rounded half to even at
	// [itsm.RatePlaces] places; zero when the window has no events
	// (Total == 0: no data).
	LongBurn  decimal.Decimal `json:"long_burn"`
	ShortBurn decimal.Decimal `json:"short_burn"`
	Fires     bool            `json:"fires"` // both exact burn rates strictly above Alert.BurnRate
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
	if err := p.validate(); err != nil {
		return nil, err
	}
	counts := func(w itsm.Duration) (Counts, error) {
		c, ok := observed[time.Duration(w)]
		if !ok {
			return c, errorf("observed counts", w.String(), because(ErrOutOfRange, "window missing"))
		}
		if c.Bad < 0 || c.Total < 0 || c.Bad > c.Total {
			return c, errorf("observed counts for "+w.String(), fmt.Sprintf("%d/%d", c.Bad, c.Total), because(ErrOutOfRange, "not 0 ≤ bad ≤ total"))
		}
		return c, nil
	}
	out := make([]AlertResult, len(p.Alerts))
	for k, a := range p.Alerts {
		l, err := counts(a.LongWindow)
		if err != nil {
			return nil, err
		}
		sh, err := counts(a.ShortWindow)
		if err != nil {
			return nil, err
		}
		lb, sb := burnRat(l.Bad, l.Total, s.Target), burnRat(sh.Bad, sh.Total, s.Target)
		th := a.BurnRate.Rat()
		out[k] = AlertResult{Alert: a, Long: l, Short: sh, LongBurn: ratDecimal(lb, itsm.RatePlaces), ShortBurn: ratDecimal(sb, itsm.RatePlaces),
			Fires: lb != nil && sb != nil && lb.Cmp(th) > 0 && sb.Cmp(th) > 0}
	}
	return out, nil
}
