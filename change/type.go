package change

import "github.com/itsmkit/itsm/internal/enum"

// Type is the ITIL change type. The zero value is invalid, so a forgotten
// type is detected rather than silently treated as a standard change. Its
// text form (JSON, [Type.String]) is shown beside each constant.
type Type uint8

// Change types.
const (
	// Standard is a pre-authorised, low-risk, repeatable change following a
	// change model; it needs no CAB.
	Standard Type = iota + 1 // "standard"
	// Normal goes through assessment and authorisation (change manager or
	// CAB depending on risk).
	Normal // "normal"
	// Emergency must be implemented as soon as possible; it is authorised
	// by the emergency CAB (ECAB) and reviewed afterwards.
	Emergency // "emergency"
)

var types = enum.New[Type]("change", "change type", ErrType,
	Standard, "standard", Normal, "normal", Emergency, "emergency")

// allTypes are the valid change types in order.
var allTypes = types.Values()

func (t Type) valid() bool { _, ok := types.Name(t); return ok }

// String returns the text form ("standard", "normal", "emergency"), or
// "type(N)" for an invalid value.
func (t Type) String() string { return enumString(types, "type", t) }

// MarshalText implements encoding.TextMarshaler; an invalid type is an
// error wrapping [ErrType].
func (t Type) MarshalText() ([]byte, error) { return types.Marshal(t) }

// UnmarshalText implements encoding.TextUnmarshaler: exactly one of the
// text forms, else an error wrapping [ErrType] that lists them.
func (t *Type) UnmarshalText(b []byte) error { return unmarshalEnum(types, ErrType, "Type", t, b) }
