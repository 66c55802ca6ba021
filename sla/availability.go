package sla

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/itsmkit/itsm/kpi"
	"github.com/shopspring/decimal"
)

// AvailabilityTarget is an availability SLA: a percentage ("99.9") of the
// scheduled service time (service hours minus planned maintenance) over a
// period, typically a calendar month ([CalendarMonth]).
type AvailabilityTarget struct {
	Name    string          `json:"name"`    // free text
	Percent decimal.Decimal `json:"percent"` // target in percent of the scheduled time, in (0, 100]
	// Hours names the service-hours schedule ("" or "24x7": around the clock).
	Hours string `json:"hours,omitempty"`
}

// Validate checks that Percent is in (0, 100].
func (a AvailabilityTarget) Validate() error {
	if err := checkExpOf(ErrAvailability, "availability target "+a.Name, a.Percent); err != nil {
		return err
	}
	if a.Percent.Sign() <= 0 || a.Percent.GreaterThan(decimal.NewFromInt(100)) {
		return errorf("availability target "+a.Name, a.Percent.String(), ErrAvailability)
	}
	return nil
}

// AvailabilityResult is an availability SLA evaluated over a period.
type AvailabilityResult struct {
	Target       AvailabilityTarget `json:"target"` // the target evaluated
	Availability kpi.Availability   `json:"-"`      // the measurement (kpi.ComputeAvailability)
	// Allowed is the downtime the target allows over the scheduled time
	// (kpi.AllowedDowntime, rounded down to a nanosecond).
	Allowed time.Duration `json:"-"`
	// Margin is Allowed − Down: the downtime still allowed, negative when
	// the target was missed (the overrun).
	Margin time.Duration `json:"-"`
	// Met is decided exactly: Up/Scheduled ≥ Percent/100 with no rounding. A
	// period without scheduled time ("no data") is met.
	Met    bool `json:"met"`
	NoData bool `json:"noData"` // no scheduled time in the period
	// Nines is the number of leading nines of the measured availability
	// (99.95 % → 3), from kpi.CountNines; 0 with no data.
	Nines int `json:"nines"`
	// Rejected lists the outages and maintenance windows that could not be
	// used (end before start, longer than a duration counts), by index and
	// interval; the result is computed over the others.
	Rejected []RecordError `json:"rejected,omitempty"`
}

// MarshalJSON writes the result with readable durations.
func (r AvailabilityResult) MarshalJSON() ([]byte, error) {
	type plain AvailabilityResult
	return json.Marshal(struct {
		plain
		Period      kpi.Interval `json:"period"`
		Scheduled   Duration     `json:"scheduled"`
		Up          Duration     `json:"up"`
		Down        Duration     `json:"down"`
		Maintenance Duration     `json:"maintenance"`
		Ratio       kpi.Ratio    `json:"ratio"`
		Allowed     Duration     `json:"allowed"`
		Margin      Duration     `json:"margin"`
	}{plain(r), r.Availability.Period, Duration(r.Availability.Scheduled), Duration(r.Availability.Up),
		Duration(r.Availability.Down), Duration(r.Availability.Maintenance), r.Availability.Ratio(),
		Duration(r.Allowed), Duration(r.Margin)})
}

// EvaluateAvailability evaluates target over period from outage intervals,
// with maintenance windows excluded, within hours (nil: 24×7), using
// [kpi.ComputeAvailability] (overlapping outages are merged and counted
// once) and [kpi.AllowedDowntime]. An outage or maintenance window that is
// not a valid interval (its end before its start) does not fail the
// evaluation: it is left out and listed in Rejected as "outage N [start,
// end)" or "maintenance N …", with the [kpi.IntervalError]. An invalid
// target, period or schedule is an error.
func EvaluateAvailability(target AvailabilityTarget, period kpi.Interval, outages, maintenance []kpi.Interval, hours kpi.Schedule) (AvailabilityResult, error) {
	if err := target.Validate(); err != nil {
		return AvailabilityResult{}, err
	}
	var rejected []RecordError
	outages, rejected = validIntervals("outage", outages, rejected)
	maintenance, rejected = validIntervals("maintenance", maintenance, rejected)
	a, err := kpi.ComputeAvailability(period, outages, maintenance, hours)
	if err != nil {
		return AvailabilityResult{}, err
	}
	allowed, err := kpi.AllowedDowntime(target.Percent, a.Scheduled)
	if err != nil {
		return AvailabilityResult{}, err
	}
	r := AvailabilityResult{Target: target, Availability: a, Allowed: allowed, Margin: satSub(allowed, a.Down), Rejected: rejected}
	c, ok := a.Ratio().CmpPercent(target.Percent)
	r.NoData = !ok
	r.Met = !ok || c >= 0
	if n, ok := kpi.CountNines(a.Ratio()); ok {
		r.Nines = n
	}
	return r, nil
}

// CalendarMonth returns the half-open interval of a calendar month in loc
// (nil: UTC): [first day 00:00, first day of the next month 00:00).
func CalendarMonth(year int, month time.Month, loc *time.Location) kpi.Interval {
	if loc == nil {
		loc = time.UTC
	}
	return kpi.Interval{Start: time.Date(year, month, 1, 0, 0, 0, 0, loc), End: time.Date(year, month+1, 1, 0, 0, 0, 0, loc)}
}

// validIntervals returns the valid intervals of in (in itself if all are)
// and appends a RecordError naming each invalid one to rejected.
func validIntervals(what string, in []kpi.Interval, rejected []RecordError) ([]kpi.Interval, []RecordError) {
	var good []kpi.Interval
	for i, iv := range in {
		err := iv.Validate()
		if err == nil {
			if good != nil {
				good = append(good, iv)
			}
			continue
		}
		if good == nil {
			good = append(make([]kpi.Interval, 0, len(in)), in[:i]...)
		}
		rejected = append(rejected, RecordError{Index: i, Record: fmt.Sprintf("%s %d %s", what, i, iv), Err: err})
	}
	if good == nil {
		return in, rejected
	}
	return good, rejected
}
