// Package enum gives the module's enumerated types one text form and one
// error: each enum declares its names once, in a [Names] table, and its
// String, MarshalText and UnmarshalText methods delegate to it. Parsing is
// exact (the canonical lower snake_case spelling), and an unknown spelling
// is an [*itsm.Error] that quotes it and lists the valid values.
package enum

import (
	"fmt"
	"reflect"
	"strconv"

	"github.com/itsmkit/itsm"
)

// Names is the immutable table of an enum type's values and their text
// forms, in declaration order.
type Names[T comparable] struct {
	pkg, kind string
	sentinel  error
	values    []T
	names     []string
}

// New returns the table for an enum of package pkg (e.g. "sla") named kind
// (e.g. "priority change mode"); bad spellings wrap sentinel. pairs
// alternate values and names: New("sla", "mode", ErrX, Keep, "keep",
// Restart, "restart"). It panics on a malformed table, which is a
// programming error caught by any test that touches the package.
func New[T comparable](pkg, kind string, sentinel error, pairs ...any) Names[T] {
	if len(pairs)%2 != 0 {
		panic("enum: odd number of arguments for " + kind)
	}
	n := Names[T]{pkg: pkg, kind: kind, sentinel: sentinel}
	seenV := map[T]bool{}
	seenN := map[string]bool{}
	for i := 0; i < len(pairs); i += 2 {
		v, ok1 := pairs[i].(T)
		s, ok2 := pairs[i+1].(string)
		if !ok1 || !ok2 || s == "" || seenV[v] || seenN[s] {
			panic(fmt.Sprintf("enum: bad or repeated pair %v, %v for %s", pairs[i], pairs[i+1], kind))
		}
		seenV[v], seenN[s] = true, true
		n.values = append(n.values, v)
		n.names = append(n.names, s)
	}
	return n
}

// Name returns v's text form and whether v is a declared value.
func (n Names[T]) Name(v T) (string, bool) {
	for i, x := range n.values {
		if x == v {
			return n.names[i], true
		}
	}
	return "", false
}

// String returns v's text form, or kind(v) for an undeclared value, so
// printing never fails.
func (n Names[T]) String(v T) string {
	if s, ok := n.Name(v); ok {
		return s
	}
	return fmt.Sprintf("%s(%s)", n.kind, raw(v))
}

// raw formats v's underlying value without calling its String method,
// which usually delegates back to the table (and would recurse).
func raw(v any) string {
	r := reflect.ValueOf(v)
	switch r.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.FormatInt(r.Int(), 10)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return strconv.FormatUint(r.Uint(), 10)
	case reflect.String:
		return strconv.Quote(r.String())
	}
	return "?"
}

// Marshal returns v's text form, or an error for an undeclared value.
func (n Names[T]) Marshal(v T) ([]byte, error) {
	if s, ok := n.Name(v); ok {
		return []byte(s), nil
	}
	return nil, &itsm.Error{Pkg: n.pkg, Context: n.kind, Input: raw(v), Valid: n.Valid(), Err: n.sentinel}
}

// Parse returns the value spelled s, or an [*itsm.Error] quoting s and
// listing the valid spellings.
func (n Names[T]) Parse(s string) (T, error) {
	for i, x := range n.names {
		if x == s {
			return n.values[i], nil
		}
	}
	var zero T
	return zero, &itsm.Error{Pkg: n.pkg, Context: n.kind, Input: s, Valid: n.Valid(), Err: n.sentinel}
}

// Valid returns the declared spellings in declaration order (a fresh slice).
func (n Names[T]) Valid() []string { return append([]string(nil), n.names...) }

// Values returns the declared values in declaration order (a fresh slice).
func (n Names[T]) Values() []T { return append([]T(nil), n.values...) }
