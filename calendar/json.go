package calendar

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
)

// UnmarshalJSON decodes a Spec strictly: unknown fields are an error (a
// misspelt "overides" must not silently drop the overrides). Errors quote
// the offending input. The Spec is not validated here; [New] does that.
func (s *Spec) UnmarshalJSON(b []byte) error {
	type spec Spec // no methods: avoids recursion
	var v spec
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&v); err != nil {
		var e *Error
		if errors.As(err, &e) {
			return err
		}
		return errorf("json", quoteInput(b), fmt.Errorf("%w: %v", ErrSyntax, err))
	}
	if dec.More() {
		return errorf("json", quoteInput(b), fmt.Errorf("%w: trailing data", ErrSyntax))
	}
	*s = Spec(v)
	return nil
}

// quoteInput shortens long inputs for error messages.
func quoteInput(b []byte) string {
	const max = 200
	if len(b) > max {
		return string(b[:max]) + "…"
	}
	return string(b)
}

// ParseSpec decodes a Spec from JSON like json.Unmarshal, but every error,
// including malformed JSON that json.Unmarshal rejects before calling
// [Spec.UnmarshalJSON], is an [*Error] that quotes the input and wraps
// [ErrSyntax] (or the sentinel of the offending field).
func ParseSpec(b []byte) (Spec, error) {
	var s Spec
	if err := json.Unmarshal(b, &s); err != nil {
		var e *Error
		if errors.As(err, &e) {
			return Spec{}, err
		}
		return Spec{}, errorf("json", quoteInput(b), fmt.Errorf("%w: %v", ErrSyntax, err))
	}
	return s, nil
}
