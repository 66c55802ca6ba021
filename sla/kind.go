package sla

import (
	"strings"

	"github.com/itsmkit/itsm/internal/enum"
)

// Kind says who promises a target: an SLA with the customer, an OLA with an
// internal team, or a UC (underpinning contract) with an external provider.
// Its text form (JSON) is "sla", "ola" or "uc". The zero value is SLA.
type Kind uint8

const (
	SLA Kind = iota // "sla": service level agreement, with the customer
	OLA             // "ola": operational level agreement, with an internal team
	UC              // "uc": underpinning contract, with an external provider
)

var kindNames = enum.New[Kind]("sla", "kind", ErrConfig, SLA, "sla", OLA, "ola", UC, "uc")

// String returns the text form: "sla", "ola" or "uc".
func (k Kind) String() string { return enumString(kindNames, "kind", k) }

// MarshalText returns the text form; an undeclared value is an error.
func (k Kind) MarshalText() ([]byte, error) { return enumMarshal(kindNames, "kind", ErrConfig, k) }

// UnmarshalText parses the text form ("sla", "ola", "uc"); any other text
// is an error wrapping [ErrConfig] that lists the valid values.
func (k *Kind) UnmarshalText(b []byte) error {
	return enumUnmarshal(kindNames, "kind", ErrConfig, k, b)
}

// label is the kind as it appears in slot names and reports: "SLA".
func (k Kind) label() string { return strings.ToUpper(k.String()) }
