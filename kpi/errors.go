package kpi

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/shopspring/decimal"
)

// Sentinel errors. Functions wrap them in structured errors that quote the
// offending input; test with [errors.Is].
var (
	// ErrEndBeforeStart: an interval or record ends before it starts.
	ErrEndBeforeStart = errors.New("kpi: end before start")
	// ErrTooLong: an interval is longer than a time.Duration can hold (about 292 years).
	ErrTooLong = errors.New("kpi: interval longer than time.Duration can hold")
	// ErrNegativeDuration: a duration that must not be negative is.
	ErrNegativeDuration = errors.New("kpi: negative duration")
	// ErrOverflow: a sum does not fit in an int64 (or a time.Duration).
	ErrOverflow = errors.New("kpi: arithmetic overflow")
	// ErrOutOfRange: a target, percentile, rating or parameter lies outside its documented range.
	ErrOutOfRange = errors.New("kpi: value out of range")
	// ErrSchedule: a Schedule returned a value that violates its contract
	// (negative, or more than the wall-clock length of the span).
	ErrSchedule = errors.New("kpi: schedule misbehaved")
	// ErrMismatch: two accumulators of different kinds were merged.
	ErrMismatch = errors.New("kpi: accumulators of different kinds")
	// ErrUnknownDeployment: a failure is linked to a deployment that is not in the input.
	ErrUnknownDeployment = errors.New("kpi: failure linked to unknown deployment")
	// ErrInvalidConfig: a configuration (band table, SLO, alert table, scale) is invalid.
	ErrInvalidConfig = errors.New("kpi: invalid configuration")
	// ErrUnknownName: a text form (measure, clock, band, window kind) is not recognised.
	ErrUnknownName = errors.New("kpi: unknown name")
)

// IntervalError reports a bad interval, quoting it and naming where it came from
// (e.g. "outage 2", "period").
type IntervalError struct {
	What     string   // "period", "outage 3", "maintenance 0", "record 12", ...
	Interval Interval // the offending interval, as given
	Err      error    // ErrEndBeforeStart, ErrTooLong or ErrSchedule
}

// Error formats the message, e.g. `kpi: outage 2 [a, b): end before start`.
func (e *IntervalError) Error() string {
	return fmt.Sprintf("kpi: %s %s: %s", e.What, e.Interval, trimPrefix(e.Err))
}

// Unwrap returns the sentinel error.
func (e *IntervalError) Unwrap() error { return e.Err }

// ValueError reports a bad scalar input, quoting it.
type ValueError struct {
	What  string // e.g. "rating", "target", "percentile", "duration"
	Value string // the offending value as text
	Err   error  // the sentinel
}

// Error formats the message, e.g. `kpi: rating on scale 1–5 "6": value out of range`.
func (e *ValueError) Error() string {
	return fmt.Sprintf("kpi: %s %q: %s", e.What, e.Value, trimPrefix(e.Err))
}

// Unwrap returns the sentinel error.
func (e *ValueError) Unwrap() error { return e.Err }

func trimPrefix(err error) string {
	s := err.Error()
	if len(s) > 5 && s[:5] == "kpi: " {
		return s[5:]
	}
	return s
}

func durationError(what string, d time.Duration) error {
	return &ValueError{What: what, Value: d.String(), Err: ErrNegativeDuration}
}

// MaxDecimalExponent bounds the exponent of decimal inputs (targets,
// percentiles, thresholds): |exponent| ≤ 40, i.e. at most 40 decimal places.
// Exact arithmetic on a decimal like 1e-2000000000 would need gigabytes, so
// such inputs are rejected ([ErrOutOfRange]) before any arithmetic.
const MaxDecimalExponent = 40

func checkDecimal(what string, d decimal.Decimal) error {
	if e := d.Exponent(); e < -MaxDecimalExponent || e > MaxDecimalExponent {
		// d.String() would print every zero of the exponent.
		return &ValueError{What: what + " (exponent outside ±40)", Value: d.Coefficient().String() + "e" + strconv.Itoa(int(e)), Err: ErrOutOfRange}
	}
	return nil
}

// RecordError reports one input record that a batch function left out
// (see [BatchError]): which input (Record: "outage", "maintenance",
// "deployment", "failure", "ticket", "bucket", "interval", "duration"),
// its position in that input slice, its ID when records have one, and
// why (Err, an [*IntervalError] or [*ValueError] that names the record,
// wrapping a sentinel).
type RecordError struct {
	Record string
	Index  int
	ID     string
	Err    error
}

// Error returns Err's message, which names the record.
func (e RecordError) Error() string {
	if e.Err == nil {
		return fmt.Sprintf("kpi: %s %d: rejected", e.Record, e.Index)
	}
	return e.Err.Error()
}

// Unwrap returns Err, so errors.Is(err, [ErrEndBeforeStart]) and the like
// hold.
func (e RecordError) Unwrap() error { return e.Err }

// BatchError is the error of a batch function over user records
// ([ComputeAvailability], [ComputeDORA], [FlowSeries], [BacklogAt],
// [CountsOver], [MergeIntervals], [NewDistribution]) when it left out some
// records: one bad record does not discard the rest. The result returned
// with a BatchError is complete for every other record, so a caller can
// report Records and use the result; a caller that stops at any error
// loses nothing it had before. Errors that concern the whole call (an
// invalid period, a misbehaving schedule, an overflowing total) are never
// a BatchError and come with a zero result.
type BatchError struct {
	Records []RecordError // in input order (per input, in the order the inputs are taken)
}

// Error returns the single record's message when one record was rejected
// (the message that record's error had when it aborted the call), else
// "kpi: N records rejected: " and the first three.
func (e *BatchError) Error() string {
	switch len(e.Records) {
	case 0:
		return "kpi: no records rejected"
	case 1:
		return e.Records[0].Error()
	}
	var b strings.Builder
	fmt.Fprintf(&b, "kpi: %d records rejected: ", len(e.Records))
	for k, r := range e.Records[:min(3, len(e.Records))] {
		if k > 0 {
			b.WriteString("; ")
		}
		b.WriteString(trimPrefix(r))
	}
	if n := len(e.Records) - 3; n > 0 {
		fmt.Fprintf(&b, "; and %d more", n)
	}
	return b.String()
}

// Unwrap returns every record's error, so errors.Is and errors.As look at
// each ([RecordError] and the error inside it).
func (e *BatchError) Unwrap() []error {
	out := make([]error, len(e.Records))
	for k, r := range e.Records {
		out[k] = r
	}
	return out
}

// batchError returns nil for no records, else a *BatchError.
func batchError(recs []RecordError) error {
	if len(recs) == 0 {
		return nil
	}
	return &BatchError{Records: recs}
}
