package sla

import (
	"github.com/itsmkit/itsm"
	"github.com/itsmkit/itsm/internal/strictjson"
	"github.com/itsmkit/itsm/kpi"
	"github.com/shopspring/decimal"
)

// AvailabilityTarget is an availability SLA: a percentage ("99.9") of the
// scheduled service time (service hours minus planned maintenance) over a
// period, typically a calendar month.
type AvailabilityTarget struct {
	Name    string          `json:"name"`    // free text
	Percent decimal.Decimal `json:"percent"` // target in percent of the scheduled time, in (0, 100]
	// Hours names the service-hours schedule ("" or "24x7": around the
	// clock); the schedule itself is given to [EvaluateAvailability].
	Hours string `json:"hours,omitempty"`
}

// validate checks that Percent is in (0, 100].
func (a AvailabilityTarget) validate() error {
	ctx := "availability target " + quote(a.Name)
	if err := checkExp(ErrConfig, ctx, a.Percent); err != nil {
		return err
	}
	if a.Percent.Sign() <= 0 || a.Percent.GreaterThan(decimal.NewFromInt(100)) {
		return errorf(ctx, a.Percent.String(), detail(ErrConfig, "the percentage must be in (0, 100]"))
	}
	return nil
}

// UnmarshalJSON decodes the target strictly (an unknown key is an error)
// and validates it: Percent in (0, 100]. Errors wrap [ErrConfig].
func (a *AvailabilityTarget) UnmarshalJSON(b []byte) error {
	type plain AvailabilityTarget
	if strictjson.IsNull(b) {
		return nil
	}
	var p plain
	if err := unmarshalStrict(b, &p, "availability target", ErrConfig); err != nil {
		return err
	}
	if err := AvailabilityTarget(p).validate(); err != nil {
		return err
	}
	if a == nil {
		return errorf("availability target", p.Name, detail(ErrConfig, "decoding into a nil *AvailabilityTarget"))
	}
	*a = AvailabilityTarget(p)
	return nil
}

// AvailabilityResult is an availability SLA evaluated over a period.
type AvailabilityResult struct {
	Target       AvailabilityTarget `json:"target"`       // the target evaluated
	Availability kpi.Availability   `json:"availability"` // the measurement (kpi.ComputeAvailability)
	// Allowed is the downtime the target allows over the scheduled time
	// (kpi.AllowedDowntime, rounded down to a nanosecond).
	Allowed itsm.Duration `json:"allowed"`
	// Margin is Allowed − Down: the downtime still allowed, negative when
	// the target was missed (the overrun).
	Margin itsm.Duration `json:"margin"`
	// Met is decided exactly: Up/Scheduled ≥ Percent/100 with no rounding. A
	// period without scheduled time ("no data") is met.
	Met    bool `json:"met"`
	NoData bool `json:"no_data"` // no scheduled time in the period
	// Nines is the number of leading nines of the measured availability
	// (99.95 % → 3), from kpi.CountNines; 0 with no data.
	Nines int `json:"nines"`
	// Rejected lists the outages and maintenance windows that could not be
	// used (end before start, longer than a duration counts), by kind
	// ("outage", "maintenance") and index; the result is computed over the
	// others.
	Rejected []itsm.RecordError `json:"rejected,omitempty"`
}

// EvaluateAvailability evaluates target over period from outage intervals,
// with maintenance windows excluded, within hours (nil: 24×7), using
// [kpi.ComputeAvailability] (overlapping outages are merged and counted
// once) and [kpi.AllowedDowntime]. An outage or maintenance window that is
// not a valid interval (its end before its start) does not fail the
// evaluation: it is left out and listed in Rejected with its kind
// ("outage", "maintenance"), index and error (wrapping itsm.ErrInterval).
// An invalid target (an error wrapping [ErrConfig]), period or
// schedule is an error.
func EvaluateAvailability(target AvailabilityTarget, period itsm.Interval, outages, maintenance []itsm.Interval, hours kpi.Schedule) (AvailabilityResult, error) {
	if err := target.validate(); err != nil {
		return AvailabilityResult{}, err
	}
	var rejected []itsm.RecordError
	outages, rejected = validIntervals("outage", outages, rejected)
	maintenance, rejected = validIntervals("maintenance", maintenance, rejected)
	a, err := kpi.ComputeAvailability(period, outages, maintenance, hours)
	if err != nil {
		return AvailabilityResult{}, err
	}
	allowed, err := kpi.AllowedDowntime(target.Percent, a.Scheduled.Std())
	if err != nil {
		return AvailabilityResult{}, err
	}
	r := AvailabilityResult{Target: target, Availability: a, Allowed: itsm.Duration(allowed),
		Margin: itsm.Duration(satSub(allowed, a.Down.Std())), Rejected: rejected}
	c, ok := a.Ratio().CmpPercent(target.Percent)
	r.NoData = !ok
	r.Met = !ok || c >= 0
	if n, ok := kpi.CountNines(a.Ratio()); ok {
		r.Nines = n
	}
	return r, nil
}

// validIntervals returns the valid intervals of in (in itself if all are)
// and appends a RecordError naming each invalid one to rejected.
func validIntervals(kind string, in []itsm.Interval, rejected []itsm.RecordError) ([]itsm.Interval, []itsm.RecordError) {
	var good []itsm.Interval
	for i, iv := range in {
		err := iv.Validate()
		if err == nil {
			if good != nil {
				good = append(good, iv)
			}
			continue
		}
		if good == nil {
			good = append(make([]itsm.Interval, 0, len(in)), in[:i]...)
		}
		rejected = append(rejected, itsm.RecordError{Index: i, Kind: kind, Err: err})
	}
	if good == nil {
		return in, rejected
	}
	return good, rejected
}
