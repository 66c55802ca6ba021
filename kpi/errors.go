package kpi

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/shopspring/decimal"

	"github.com/itsmkit/itsm"
)

// Sentinel errors of the package. Every error kpi returns is an
// [*itsm.Error] with Pkg "kpi" that quotes the offending input and wraps
// one of these or a shared sentinel of package itsm: [itsm.ErrInterval]
// (an interval or record that ends before it starts, or is longer than a
// time.Duration holds), [itsm.ErrOverflow] (a count or sum beyond int64)
// or [itsm.ErrDuration] (duration text). Classify with [errors.Is].
var (
	// ErrOutOfRange: a value lies outside its documented range: a negative
	// duration, a target, percentile, rating or count out of bounds, a
	// decimal whose exponent is beyond ±[itsm.MaxDecimalExponent].
	ErrOutOfRange = errors.New("kpi: value out of range")
	// ErrSchedule: a [Schedule] returned a value that breaks its contract
	// (negative, or more than the wall-clock length of the span).
	ErrSchedule = errors.New("kpi: schedule misbehaved")
	// ErrMismatch: two accumulators of different kinds (measure, clock,
	// scale, instant, period, precision) were merged.
	ErrMismatch = errors.New("kpi: accumulators of different kinds")
	// ErrUnknownDeployment: a DORA failure is linked to a deployment that
	// is not in the input (or was rejected).
	ErrUnknownDeployment = errors.New("kpi: failure linked to unknown deployment")
	// ErrInvalidConfig: a configuration (SLO, alert policy, band table,
	// CSAT configuration, age buckets), its JSON, or an enumeration's text
	// is invalid.
	ErrInvalidConfig = errors.New("kpi: invalid configuration")
)

// errorf returns the package's error: what was checked, the input, why.
func errorf(context, input string, err error) *itsm.Error {
	return &itsm.Error{Pkg: "kpi", Context: context, Input: input, Err: err}
}

// because wraps the sentinel with a reason: "kpi: value out of range: negative".
func because(sentinel error, why string) error { return fmt.Errorf("%w: %s", sentinel, why) }

// checkInterval validates i ([itsm.Interval.Validate]) and names it what
// ("period", "outage 3").
func checkInterval(what string, i itsm.Interval) *itsm.Error {
	err := i.Validate()
	if err == nil {
		return nil
	}
	var e *itsm.Error
	if errors.As(err, &e) {
		return errorf(what, i.String(), e.Err)
	}
	return errorf(what, i.String(), err)
}

// negativeError reports a duration that must not be negative.
func negativeError(what string, d time.Duration) *itsm.Error {
	return errorf(what, d.String(), because(ErrOutOfRange, "negative duration"))
}

// overflowError reports a count or sum beyond int64.
func overflowError(what, input string) *itsm.Error { return errorf(what, input, itsm.ErrOverflow) }

// checkDecimal refuses a decimal whose exponent is outside
// ±[itsm.MaxDecimalExponent]: exact arithmetic on 1e-2000000000 would need
// gigabytes.
func checkDecimal(what string, d decimal.Decimal) *itsm.Error {
	if e := d.Exponent(); e < -itsm.MaxDecimalExponent || e > itsm.MaxDecimalExponent {
		// d.String() would print every zero of the exponent.
		return errorf(what, d.Coefficient().String()+"e"+strconv.Itoa(int(e)),
			because(ErrOutOfRange, "exponent outside ±"+strconv.Itoa(itsm.MaxDecimalExponent)))
	}
	return nil
}

// recordErrors is the error of a batch function that left out records
// (see the package doc, "Batches"): its Unwrap() []error returns one
// [itsm.RecordError] per record.
type recordErrors []itsm.RecordError

// Error returns the single record's message when one record was left out,
// else "kpi: N records rejected: " and the first three.
func (rs recordErrors) Error() string {
	switch len(rs) {
	case 0:
		return "kpi: no records rejected"
	case 1:
		return rs[0].Error()
	}
	var b strings.Builder
	fmt.Fprintf(&b, "kpi: %d records rejected: ", len(rs))
	for k, r := range rs[:min(3, len(rs))] {
		if k > 0 {
			b.WriteString("; ")
		}
		msg := "rejected"
		if r.Err != nil {
			msg = strings.TrimPrefix(r.Err.Error(), "kpi: ")
		}
		fmt.Fprintf(&b, "record %d (%s): %s", r.Index, r.Kind, msg)
	}
	if n := len(rs) - 3; n > 0 {
		fmt.Fprintf(&b, "; and %d more", n)
	}
	return b.String()
}

// Unwrap returns every record's error.
func (rs recordErrors) Unwrap() []error {
	out := make([]error, len(rs))
	for k, r := range rs {
		out[k] = r
	}
	return out
}

// batchError returns nil for no records, else their error.
func batchError(recs []itsm.RecordError) error {
	if len(recs) == 0 {
		return nil
	}
	return recordErrors(recs)
}
