package sla

import (
	"strconv"

	"github.com/itsmkit/itsm/internal/enum"
)

// The package's enumerations keep their names in an [enum.Names] table;
// these helpers give every one the same String, MarshalText and
// UnmarshalText behaviour.

// enumString returns v's text form, or kind(N) for an undeclared value.
func enumString[T ~uint8](n enum.Names[T], kind string, v T) string {
	if s, ok := n.Name(v); ok {
		return s
	}
	return kind + "(" + strconv.Itoa(int(v)) + ")"
}

// enumMarshal returns v's text form, or an error wrapping sentinel that
// lists the valid values.
func enumMarshal[T ~uint8](n enum.Names[T], kind string, sentinel error, v T) ([]byte, error) {
	if _, ok := n.Name(v); !ok {
		e := errorf(kind, strconv.Itoa(int(v)), sentinel)
		e.Valid = n.Valid()
		return nil, e
	}
	return n.Marshal(v)
}

// enumUnmarshal parses b into *dst; an unknown spelling is an error that
// quotes it and lists the valid values, and a nil dst is an error too.
func enumUnmarshal[T ~uint8](n enum.Names[T], kind string, sentinel error, dst *T, b []byte) error {
	v, err := n.Parse(string(b))
	if err != nil {
		return err
	}
	if dst == nil {
		return errorf(kind, string(b), detail(sentinel, "decoding into a nil pointer"))
	}
	*dst = v
	return nil
}

// enumCheck reports an undeclared value of an enum (a configuration built
// in Go with a value out of range), listing the valid values.
func enumCheck[T ~uint8](n enum.Names[T], kind string, sentinel error, v T) error {
	_, err := enumMarshal(n, kind, sentinel, v)
	return err
}
