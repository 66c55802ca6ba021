package priority

import (
	"strconv"
	"strings"

	"github.com/itsmkit/itsm/internal/enum"
)

// OverrideKind is the reason an effective priority differs from the computed
// one. Its text form (String, JSON) is the lower snake_case name beside
// each constant.
type OverrideKind uint8

const (
	// VIPFloor ("vip_floor") raises the priority to at least Level for a
	// VIP caller or a critical customer; it never lowers it.
	VIPFloor OverrideKind = iota + 1
	// MajorIncident ("major_incident") raises the priority to at least
	// Level (the scale's highest level when Level is zero), e.g. GLPI's
	// "6 Major" or a P1 for a declared major incident; it never lowers it.
	MajorIncident
	// Manual ("manual") sets the priority to exactly Level, up or down, by
	// a named Actor (required) with an optional Note. Manual overrides are
	// applied after the floors, so a person's explicit decision has the
	// last word and is recorded as such.
	Manual
)

var overrideKindNames = enum.New[OverrideKind]("priority", "override kind", ErrInvalidOverride,
	VIPFloor, "vip_floor",
	MajorIncident, "major_incident",
	Manual, "manual")

// String returns the text form: "vip_floor", "major_incident" or "manual".
func (k OverrideKind) String() string { return enumText(overrideKindNames, "OverrideKind", k) }

// MarshalText returns the text form; an undeclared kind is an error.
func (k OverrideKind) MarshalText() ([]byte, error) { return overrideKindNames.Marshal(k) }

// UnmarshalText parses the text form exactly; any other spelling is an
// error wrapping [ErrInvalidOverride] that lists the valid ones.
func (k *OverrideKind) UnmarshalText(b []byte) error {
	v, err := overrideKindNames.Parse(string(b))
	if err != nil {
		return err
	}
	if k == nil {
		return newError("override kind", string(b), wrapf(ErrInvalidJSON, "decode into a nil *OverrideKind"))
	}
	*k = v
	return nil
}

// Override is a recorded reason to depart from the computed priority. It is
// plain data: store it with the ticket, replay it with [Apply] or
// [Evaluate], which check it against the priority scale (errors wrap
// [ErrInvalidOverride]).
//
// Level belongs to the priority scale. An Override decoded from JSON keeps
// the level's label until Apply or Evaluate resolves it against the
// priority scale; until then Level is zero (String shows the label). In
// JSON an override is
//
//	{"kind":"manual","level":"Low","actor":"alice","note":"duplicate"}
//
// with the level by name or label and "level", "actor" and "note" optional.
type Override struct {
	Kind  OverrideKind `json:"kind"`
	Level Level        `json:"level,omitzero"`  // the floor (VIPFloor, MajorIncident) or the new level (Manual)
	Actor string       `json:"actor,omitempty"` // who decided; required for Manual
	Note  string       `json:"note,omitempty"`  // why, in the actor's words

	label string // level label from JSON, resolved lazily
}

// levelLabel returns the level's label: Level.String() once resolved,
// otherwise the label decoded from JSON.
func (o Override) levelLabel() string {
	if o.Level.isValid() {
		return o.Level.String()
	}
	return o.label
}

// resolve checks o against the priority scale and returns it with Level set
// (a decoded label parsed, a MajorIncident without level set to the scale's
// highest). Errors wrap [ErrInvalidOverride].
func (o Override) resolve(priority *Scale) (Override, error) {
	ctx := "override " + o.Kind.String()
	bad := func(format string, args ...any) (Override, error) {
		return Override{}, newError(ctx, "", wrapf(ErrInvalidOverride, format, args...))
	}
	if priority.len() == 0 {
		return bad("nil priority scale")
	}
	if _, ok := overrideKindNames.Name(o.Kind); !ok {
		e := newError("override kind", o.Kind.String(), ErrInvalidOverride)
		e.Valid = overrideKindNames.Valid()
		return Override{}, e
	}
	switch {
	case o.Level.isValid():
		if !sameScale(priority, o.Level.s) {
			return Override{}, newError(ctx, "", chain(ErrInvalidOverride, "", mismatch("override", priority, o.Level)))
		}
		o.Level.s = priority
	case o.label != "":
		l, err := priority.Parse(o.label)
		if err != nil {
			return Override{}, newError(ctx, "", chain(ErrInvalidOverride, "", err))
		}
		o.Level = l
	case o.Kind == MajorIncident:
		o.Level = priority.highest()
	default:
		return bad("no level")
	}
	o.label = ""
	if o.Kind == Manual && strings.TrimSpace(o.Actor) == "" {
		return bad("manual override without actor")
	}
	return o, nil
}

// String returns e.g. `manual "2 High" by alice: customer escalated`.
func (o Override) String() string {
	s := o.Kind.String()
	if l := o.levelLabel(); l != "" {
		s += " " + strconv.Quote(l)
	}
	if o.Actor != "" {
		s += " by " + o.Actor
	}
	if o.Note != "" {
		s += ": " + o.Note
	}
	return s
}

// Applied records one override's effect on the priority. In JSON:
//
//	{"override":{"kind":"vip_floor","level":"High"},"before":"Moderate","after":"High"}
type Applied struct {
	Override Override `json:"override"`
	Before   Level    `json:"before"`
	After    Level    `json:"after"`
}

// changed reports whether the override changed the priority.
func (a Applied) changed() bool { return !a.Before.Equal(a.After) }

// String returns e.g. `vip_floor "1 Critical": "3 Moderate" → "1 Critical"`.
func (a Applied) String() string {
	s := a.Override.String() + ": " + strconv.Quote(a.Before.String())
	if a.changed() {
		return s + " → " + strconv.Quote(a.After.String())
	}
	return s + " unchanged"
}
