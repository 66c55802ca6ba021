package kpi

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/itsmkit/itsm/internal/strictjson"
)

// Strict JSON decoding. Every configuration and input type of the package
// (SLO, AlertPolicy, BurnRateAlert, BandTable, Band, DeployRate,
// CSATConfig, Scale, Interval, CountBucket) rejects unknown object keys and
// trailing data even under plain json.Unmarshal, with an error quoting the
// key: a misspelt "windw" must not decode as a default. Nested types are
// strict by themselves, because encoding/json hands them their raw bytes
// and a decoder's DisallowUnknownFields does not reach into a type with
// its own UnmarshalJSON.

// unmarshalStrict decodes b strictly into a new T and stores it in *dst on
// success (null leaves *dst unchanged). Errors of this package from nested
// values pass through; a number beyond the bounds of strictjson (longer than
// 64 characters, exponent beyond ±100) is wrapped with [ErrOutOfRange],
// like a decimal beyond [MaxDecimalExponent]; others (syntax, type, unknown
// or duplicate key) with [ErrInvalidConfig]; both name what.
func unmarshalStrict[T any](b []byte, dst *T, what string) error {
	err := strictjson.DecodeInto(b, dst)
	if err == nil || strings.HasPrefix(err.Error(), "kpi: ") {
		return err
	}
	if errors.Is(err, strictjson.ErrDecimalBound) {
		return fmt.Errorf("%w: %s JSON: %w", ErrOutOfRange, what, err)
	}
	return fmt.Errorf("%w: %s JSON: %w", ErrInvalidConfig, what, err)
}

// UnmarshalJSON decodes the row strictly (unknown keys are an error); the
// [AlertPolicy] holding it validates it.
func (a *BurnRateAlert) UnmarshalJSON(b []byte) error {
	type plain BurnRateAlert
	return unmarshalStrict(b, (*plain)(a), "burn-rate alert")
}

// UnmarshalJSON decodes the band strictly (unknown keys are an error); the
// [BandTable] holding it validates it.
func (x *Band) UnmarshalJSON(b []byte) error {
	type plain Band
	return unmarshalStrict(b, (*plain)(x), "band")
}

// UnmarshalJSON decodes the rate strictly (unknown keys are an error).
func (r *DeployRate) UnmarshalJSON(b []byte) error {
	type plain DeployRate
	return unmarshalStrict(b, (*plain)(r), "deployment rate")
}

// UnmarshalJSON decodes the scale strictly (unknown keys are an error);
// the [CSATConfig] holding it validates it.
func (s *Scale) UnmarshalJSON(b []byte) error {
	type plain Scale
	return unmarshalStrict(b, (*plain)(s), "scale")
}

// UnmarshalJSON decodes the interval strictly (unknown keys are an error);
// it does not validate: functions taking intervals do, naming the input.
func (i *Interval) UnmarshalJSON(b []byte) error {
	type plain Interval
	return unmarshalStrict(b, (*plain)(i), "interval")
}

// UnmarshalJSON decodes the bucket strictly: "start", "end", "Bad",
// "Total" (the field names of the embedded [Interval] and [Counts]). It
// exists because the embedded Interval's UnmarshalJSON would otherwise be
// promoted and reject the counts.
func (c *CountBucket) UnmarshalJSON(b []byte) error {
	var v struct {
		Start time.Time `json:"start"`
		End   time.Time `json:"end"`
		Bad   int64
		Total int64
	}
	if err := unmarshalStrict(b, &v, "count bucket"); err != nil || strictjson.IsNull(b) {
		return err
	}
	*c = CountBucket{Interval{v.Start, v.End}, Counts{v.Bad, v.Total}}
	return nil
}
