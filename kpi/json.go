package kpi

import (
	"errors"
	"fmt"

	"github.com/itsmkit/itsm"
	"github.com/itsmkit/itsm/internal/strictjson"
)

// Strict JSON decoding. The configuration roots of the package (SLO,
// AlertPolicy, BandTable, CSATConfig) and the input record CountBucket
// decode strictly even under plain json.Unmarshal: an unknown object key
// at any depth (also in the BurnRateAlert, Band, DeployRate and Scale they
// hold), a key given twice, and trailing data are errors quoting the key,
// never a silent default. A key written in an old spelling ("longWindow",
// "burnRate", "Bad") is refused and its error names the snake_case key.

// unmarshalStrict decodes b strictly into a new T and stores it in *dst on
// success (null leaves *dst unchanged). Errors of this package from nested
// values (enumerations) pass through; a number beyond the bounds of
// strictjson (longer than 64 characters, exponent beyond ±100) is an
// [*itsm.Error] wrapping [ErrOutOfRange]; any other (syntax, type, unknown
// or duplicate key, a duration's text) one wrapping [ErrInvalidConfig] and
// the original error. Both name what.
func unmarshalStrict[T any](b []byte, dst *T, what string) error {
	if dst == nil {
		return errorf(what+" JSON", "", because(ErrInvalidConfig, "decoding into a nil pointer"))
	}
	err := strictjson.DecodeInto(b, dst)
	if err == nil {
		return nil
	}
	var e *itsm.Error
	if errors.As(err, &e) && e.Pkg == "kpi" {
		return err
	}
	sentinel := ErrInvalidConfig
	if errors.Is(err, strictjson.ErrDecimalBound) {
		sentinel = ErrOutOfRange
	}
	return &itsm.Error{Pkg: "kpi", Context: what + " JSON", Err: fmt.Errorf("%w: %w", sentinel, err)}
}
