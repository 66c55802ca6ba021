package change

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/itsmkit/itsm"
	"github.com/itsmkit/itsm/internal/enum"
)

// The enums of this package (Type, Level, Approver, State, Mode,
// ConflictKind) have one lower snake_case text form each, declared once in
// an enum.Names table and shown beside each constant. String, MarshalText
// and UnmarshalText delegate to the table; parsing is exact.

// enumString returns v's name, or kind(N) for an undeclared value. (The
// table's own String would format an undeclared value with %v, which calls
// the String method again.)
func enumString[T ~uint8](n enum.Names[T], kind string, v T) string {
	if s, ok := n.Name(v); ok {
		return s
	}
	return kind + "(" + strconv.Itoa(int(v)) + ")"
}

// renamed is the snake_case spelling of s if s is a kebab-case spelling
// used before v1 ("very-high", "peer-review") whose snake_case form
// ok accepts, else "".
func renamed(s string, ok func(string) bool) string {
	if !strings.Contains(s, "-") {
		return ""
	}
	if snake := strings.ReplaceAll(s, "-", "_"); ok(snake) {
		return snake
	}
	return ""
}

// parseEnum parses the text form s. An unknown spelling is an *itsm.Error
// listing the valid ones; a kebab-case spelling of a valid name (the text
// form before v1) also names its new spelling.
func parseEnum[T comparable](n enum.Names[T], s string) (T, error) {
	v, err := n.Parse(s)
	if err == nil {
		return v, nil
	}
	if snake := renamed(s, func(x string) bool { _, e := n.Parse(x); return e == nil }); snake != "" {
		var e *itsm.Error
		if errors.As(err, &e) {
			e.Err = fmt.Errorf("%w: renamed %q", e.Err, snake)
		}
	}
	return v, err
}

// unmarshalEnum is the UnmarshalText of an enum: parse b into *dst, which
// must not be nil.
func unmarshalEnum[T comparable](n enum.Names[T], sentinel error, typ string, dst *T, b []byte) error {
	v, err := parseEnum(n, string(b))
	if err != nil {
		return err
	}
	if dst == nil {
		return nilTarget(sentinel, typ, b)
	}
	*dst = v
	return nil
}
