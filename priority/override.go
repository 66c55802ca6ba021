package priority

import (
	"fmt"
	"strconv"
	"strings"
)

// OverrideKind is the reason an effective priority differs from the computed
// one.
type OverrideKind uint8

const (
	// VIPFloor raises the priority to at least Level for a VIP caller or a
	// critical customer; it never lowers it.
	VIPFloor OverrideKind = iota + 1
	// MajorIncident raises the priority to at least Level (the scale's
	// highest level when Level is zero), e.g. GLPI's "6 Major" or a P1 for a
	// declared major incident; it never lowers it.
	MajorIncident
	// Manual sets the priority to exactly Level, up or down, by a named
	// Actor (required) with an optional Note. Manual overrides are applied
	// after the floors, so a person's explicit decision has the last word
	// and is recorded as such.
	Manual
)

var overrideKindNames = [...]string{VIPFloor: "vip-floor", MajorIncident: "major-incident", Manual: "manual"}

// String returns "vip-floor", "major-incident" or "manual" (the JSON form).
func (k OverrideKind) String() string {
	if int(k) < len(overrideKindNames) && overrideKindNames[k] != "" {
		return overrideKindNames[k]
	}
	return "OverrideKind(" + strconv.Itoa(int(k)) + ")"
}

// MarshalText encodes the kind by name.
func (k OverrideKind) MarshalText() ([]byte, error) {
	if _, err := ParseOverrideKind(k.String()); err != nil {
		return nil, err
	}
	return []byte(k.String()), nil
}

// UnmarshalText decodes a kind name.
func (k *OverrideKind) UnmarshalText(b []byte) error {
	v, err := ParseOverrideKind(string(b))
	if err != nil {
		return err
	}
	*k = v
	return nil
}

// ParseOverrideKind parses "vip-floor", "major-incident" or "manual".
func ParseOverrideKind(s string) (OverrideKind, error) {
	for k, n := range overrideKindNames {
		if n != "" && strings.EqualFold(n, strings.TrimSpace(s)) {
			return OverrideKind(k), nil
		}
	}
	return 0, fmt.Errorf("%w: unknown kind %q (want vip-floor, major-incident or manual)", ErrInvalidOverride, s)
}

// Override is a recorded reason to depart from the computed priority. It is
// plain data: store it with the ticket, replay it with [Apply].
//
// Level belongs to the priority scale. An Override decoded from JSON keeps
// the level's label until it is resolved against the priority scale by
// [Apply], [Evaluate] or [Override.Resolve]; until then Level is zero and
// [Override.Label] returns the label.
type Override struct {
	Kind  OverrideKind
	Level Level  // the floor (VIPFloor, MajorIncident) or the new level (Manual)
	Actor string // who decided; required for Manual
	Note  string // why, in the actor's words

	label string // level label from JSON, resolved lazily
}

// Label returns the level's label: Level.String() once resolved, otherwise
// the label decoded from JSON.
func (o Override) Label() string {
	if o.Level.IsValid() {
		return o.Level.String()
	}
	return o.label
}

// Resolve checks o against the priority scale and returns it with Level set
// (a decoded label parsed, a MajorIncident without level set to the scale's
// highest). Errors wrap [ErrInvalidOverride].
func (o Override) Resolve(priority *Scale) (Override, error) {
	bad := func(format string, args ...any) (Override, error) {
		return Override{}, fmt.Errorf("%w: %s: "+format, append([]any{ErrInvalidOverride, o.Kind}, args...)...)
	}
	if priority.Len() == 0 {
		return bad("nil priority scale")
	}
	if _, err := ParseOverrideKind(o.Kind.String()); err != nil {
		return Override{}, err
	}
	switch {
	case o.Level.IsValid():
		if !sameScale(priority, o.Level.s) {
			return Override{}, chain(ErrInvalidOverride, o.Kind.String(), mismatch("override", priority, o.Level))
		}
		o.Level.s = priority
	case o.label != "":
		l, err := priority.Parse(o.label)
		if err != nil {
			return Override{}, chain(ErrInvalidOverride, o.Kind.String(), err)
		}
		o.Level = l
	case o.Kind == MajorIncident:
		o.Level = priority.Highest()
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
	if l := o.Label(); l != "" {
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

// Applied records one override's effect on the priority.
type Applied struct {
	Override      Override
	Before, After Level
}

// Changed reports whether the override changed the priority.
func (a Applied) Changed() bool { return !a.Before.Equal(a.After) }

// String returns e.g. `vip-floor "1 Critical": "3 Moderate" → "1 Critical"`.
func (a Applied) String() string {
	s := a.Override.String() + ": " + strconv.Quote(a.Before.String())
	if a.Changed() {
		return s + " → " + strconv.Quote(a.After.String())
	}
	return s + " unchanged"
}
