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
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"
	"unicode"
)

// ErrTrailingData reports input left over after the JSON value.
var ErrTrailingData = errors.New("trailing data after the JSON value")

// ErrUnknownKey reports an object key the target type does not have.
var ErrUnknownKey = errors.New("unknown key")

// UnknownKeyError names a key the target type does not have and, when the
// key is not lower snake_case, the snake_case spelling the module uses
// ("breachAt" and "no-rollback-plan" were renamed "breach_at" and
// "no_rollback_plan" before v1; old spellings are refused, never aliased).
type UnknownKeyError struct {
	Key     string // the key as written
	Suggest string // its snake_case spelling, when that differs; else ""
}

// Error names the key and, where known, its right spelling.
func (e *UnknownKeyError) Error() string {
	if e.Suggest != "" {
		return fmt.Sprintf("unknown key %q (keys are snake_case: %q)", e.Key, e.Suggest)
	}
	return fmt.Sprintf("unknown key %q", e.Key)
}

// Unwrap returns [ErrUnknownKey].
func (e *UnknownKeyError) Unwrap() error { return ErrUnknownKey }

// unknownKey turns encoding/json's unknown-field error, which has no type
// of its own (its text is its documented form), into an [UnknownKeyError].
func unknownKey(err error) error {
	const prefix = "json: unknown field "
	msg := err.Error()
	if !strings.HasPrefix(msg, prefix) {
		return err
	}
	key, qerr := strconv.Unquote(msg[len(prefix):])
	if qerr != nil {
		return err
	}
	e := &UnknownKeyError{Key: key}
	if s := SnakeCase(key); s != key {
		e.Suggest = s
	}
	return e
}

// SnakeCase returns k in lower snake_case: "breachAt" → "breach_at",
// "no-rollback-plan" → "no_rollback_plan", "nameEN" → "name_en",
// "MTTRTarget" → "mttr_target".
func SnakeCase(k string) string {
	rs := []rune(k)
	var b strings.Builder
	for i, r := range rs {
		switch {
		case r == '-' || r == ' ' || r == '.':
			b.WriteByte('_')
		case unicode.IsUpper(r):
			prevLower := i > 0 && (unicode.IsLower(rs[i-1]) || unicode.IsDigit(rs[i-1]))
			nextLower := i > 0 && i+1 < len(rs) && unicode.IsLower(rs[i+1]) && unicode.IsUpper(rs[i-1])
			if prevLower || nextLower {
				b.WriteByte('_')
			}
			b.WriteRune(unicode.ToLower(r))
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Decode decodes data into v, rejecting unknown object members and
// anything but white space after the value. Errors from encoding/json
// (including those of v's own UnmarshalJSON or UnmarshalText methods) are
// returned unchanged, so callers can wrap or pass them through.
//
// Before decoding, a linear walk over the tokens refuses, quoting the key
// or value and its path ($.rules[1].name):
//
//   - an object with a key twice, or twice in different case ("Pause" and
//     "pause": encoding/json matches keys case-insensitively and would
//     keep only the last), at any depth, including map keys
//     ([ErrDuplicateKey]);
//
//   - a number literal longer than [MaxDecimalLen] or with an exponent
//     beyond ±[MaxDecimalExponent], and a string value that starts with
//     more than MaxDecimalLen characters of number text (digits, signs,
//     '.', 'e'), since decimal.Decimal fields parse such text in
//     quadratic time ([ErrDecimalBound]);
//
//   - a key that matches a field of the target only when case is ignored
//     ("Week" for "week"; [ErrKeyCase]): keys are spelled exactly.
//
// Nesting deeper than [MaxDepth] is refused, as by encoding/json. A syntax
// error is reported by encoding/json in its own words, even when the value
// also has one of the problems above.
func Decode(data []byte, v any) error {
	if err := prewalk(data); err != nil {
		return err
	}
	if t := reflect.TypeOf(v); t != nil {
		if err := checkKeyCase(data, t); err != nil {
			return err
		}
	}
	return decodeWithoutPrewalk(data, v)
}

// decodeWithoutPrewalk is Decode without the checks of prewalk.
func decodeWithoutPrewalk(data []byte, v any) error {
	d := json.NewDecoder(bytes.NewReader(data))
	d.DisallowUnknownFields()
	if err := d.Decode(v); err != nil {
		return unknownKey(err)
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
