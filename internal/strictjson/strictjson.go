// Package strictjson decodes configuration JSON strictly: unknown object
// members and trailing data are errors, so a misspelt key ("pasue",
// "weigth", "overides") is reported instead of decoding as a silent zero
// value that changes an SLA, a risk level or a calendar.
//
// Types with their own UnmarshalJSON receive only their raw bytes, and a
// decoder's DisallowUnknownFields does not reach into them, so every
// configuration type that must be strict calls [Decode] itself.
package strictjson

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
)

// ErrTrailingData reports input left over after the JSON value.
var ErrTrailingData = errors.New("trailing data after the JSON value")

// Decode decodes data into v, rejecting unknown object members and
// anything but white space after the value. Errors from encoding/json
// (including those of v's own UnmarshalJSON or UnmarshalText methods) are
// returned unchanged, so callers can wrap or pass them through.
//
// Before decoding, a linear walk over the tokens refuses, quoting the key
// or value and its path ($.rules[1].name):
//   - an object with a key twice, or twice in different case ("Pause" and
//     "pause": encoding/json matches keys case-insensitively and would
//     keep only the last), at any depth, including map keys
//     ([ErrDuplicateKey]);
//   - a number literal longer than [MaxDecimalLen] or with an exponent
//     beyond ±[MaxDecimalExponent], and a string value that starts with
//     more than MaxDecimalLen characters of number text (digits, signs,
//     '.', 'e'), since decimal.Decimal fields parse such text in
//     quadratic time ([ErrDecimalBound]);
//
// Nesting deeper than [MaxDepth] is refused, as by encoding/json. A syntax
// error is reported by encoding/json in its own words, even when the value
// also has one of the problems above.
func Decode(data []byte, v any) error {
	if err := prewalk(data); err != nil {
		return err
	}
	return decodeWithoutPrewalk(data, v)
}

// decodeWithoutPrewalk is Decode without the checks of prewalk.
func decodeWithoutPrewalk(data []byte, v any) error {
	d := json.NewDecoder(bytes.NewReader(data))
	d.DisallowUnknownFields()
	if err := d.Decode(v); err != nil {
		return err
	}
	if _, err := d.Token(); err != io.EOF {
		return ErrTrailingData
	}
	return nil
}

// IsNull reports whether data is the JSON literal null. By encoding/json's
// convention an UnmarshalJSON method leaves its value unchanged then.
func IsNull(data []byte) bool { return string(bytes.TrimSpace(data)) == "null" }

// DecodeInto decodes data strictly (see [Decode]) into a new T and stores
// it in *dst only on success, so a failed decode never leaves *dst half
// written. JSON null leaves *dst unchanged.
func DecodeInto[T any](data []byte, dst *T) error {
	if IsNull(data) {
		return nil
	}
	var v T
	if err := Decode(data, &v); err != nil {
		return err
	}
	*dst = v
	return nil
}

// Peek decodes data into v with the checks of [Decode] (duplicate keys,
// bounded numbers, no trailing data) but ignores object members v has no
// field for. It is for reading a discriminator such as "kind" before
// decoding strictly into the type the discriminator names, so the sniff
// and the decode agree on which member is "kind"; it is never the final
// decode.
func Peek(data []byte, v any) error {
	if err := prewalk(data); err != nil {
		return err
	}
	d := json.NewDecoder(bytes.NewReader(data))
	if err := d.Decode(v); err != nil {
		return err
	}
	if _, err := d.Token(); err != io.EOF {
		return ErrTrailingData
	}
	return nil
}
