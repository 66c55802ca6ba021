package priority

import (
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Direction says which end of a scale is the highest (most severe) level.
// Vendors disagree: in ServiceNow and iTop "1" is the highest priority, in
// GLPI and Znuny "5" is. The zero Direction is invalid.
type Direction uint8

const (
	// HighestFirst: level 1 (the first listed) is the highest, as in
	// ServiceNow, Remedyforce, iTop and BMC ("1 - Critical").
	HighestFirst Direction = iota + 1
	// HighestLast: the last listed level (the largest number) is the highest,
	// as in GLPI and Znuny ("5 very high").
	HighestLast
)

// String returns "highest-first" or "highest-last" (the JSON form).
func (d Direction) String() string {
	switch d {
	case HighestFirst:
		return "highest-first"
	case HighestLast:
		return "highest-last"
	}
	return "Direction(" + strconv.Itoa(int(d)) + ")"
}

// MarshalText encodes the direction by name.
func (d Direction) MarshalText() ([]byte, error) {
	if d != HighestFirst && d != HighestLast {
		return nil, &ScaleError{Input: d.String(), Err: ErrInvalidScale, Msg: "unknown direction"}
	}
	return []byte(d.String()), nil
}

// UnmarshalText decodes "highest-first" or "highest-last".
func (d *Direction) UnmarshalText(b []byte) error {
	v, err := ParseDirection(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// ParseDirection parses "highest-first" or "highest-last" (case-insensitive).
func ParseDirection(s string) (Direction, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "highest-first":
		return HighestFirst, nil
	case "highest-last":
		return HighestLast, nil
	}
	return 0, &ScaleError{Input: s, Err: ErrInvalidScale, Msg: `unknown direction (want "highest-first" or "highest-last")`}
}

// MaxLevels is the largest number of levels a scale may have.
const MaxLevels = 64

// maxNameLen bounds level and scale names (bytes), well below the label
// length [Scale.Parse] accepts.
const maxNameLen = 128

// Scale is an ordered set of named levels with an explicit direction, such
// as ServiceNow's urgency "1 High, 2 Medium, 3 Low" (HighestFirst) or GLPI's
// "1 Very low … 5 Very high" (HighestLast).
//
// Levels are numbered from 1 in the order given to [NewScale]; a level's
// number is its vendor number, and the direction says whether 1 is the top
// or the bottom. A Scale is immutable and safe for concurrent use; use it
// through the pointer returned by [NewScale]. A nil or zero Scale has no
// levels and is rejected by every constructor.
type Scale struct {
	name   string
	dir    Direction
	levels []string
	// aliases[i] are other names of level i accepted by Parse (nil when
	// the scale has none).
	aliases [][]string
}

// NewScale returns a scale named name (e.g. "urgency"; may be empty, used in
// messages and JSON) whose levels, in number order 1, 2, …, are names.
// Names must be non-empty, at most 128 bytes of UTF-8 without surrounding
// spaces or control characters, unique ignoring case, not all digits (a
// bare number means the level's number when parsing labels), and not
// readable as another level's number and name ("3 Low" for level 1 when
// level 3 is "Low"). A scale has 1
// to [MaxLevels] levels. [Scale.WithAliases] adds other accepted names.
func NewScale(name string, dir Direction, names ...string) (*Scale, error) {
	if dir != HighestFirst && dir != HighestLast {
		return nil, &ScaleError{Scale: name, Input: dir.String(), Err: ErrInvalidScale, Msg: "unknown direction"}
	}
	if len(name) > maxNameLen {
		return nil, &ScaleError{Input: truncate(name), Err: ErrInvalidScale, Msg: "scale name longer than " + strconv.Itoa(maxNameLen) + " bytes"}
	}
	if !utf8.ValidString(name) || strings.TrimSpace(name) != name || strings.IndexFunc(name, unicode.IsControl) >= 0 {
		return nil, &ScaleError{Input: name, Err: ErrInvalidScale, Msg: "scale name has surrounding spaces, control characters or invalid UTF-8"}
	}
	if len(names) == 0 {
		return nil, &ScaleError{Scale: name, Err: ErrInvalidScale, Msg: "no levels"}
	}
	if len(names) > MaxLevels {
		return nil, &ScaleError{Scale: name, Err: ErrInvalidScale, Msg: strconv.Itoa(len(names)) + " levels (at most " + strconv.Itoa(MaxLevels) + ")"}
	}
	for i, n := range names {
		if err := checkLevelName(name, "level "+strconv.Itoa(i+1), n); err != nil {
			return nil, err
		}
		for _, m := range names[:i] {
			if strings.EqualFold(m, n) {
				return nil, &ScaleError{Scale: name, Input: n, Err: ErrInvalidScale, Msg: "duplicate level name"}
			}
		}
	}
	sc := &Scale{name: name, dir: dir, levels: append([]string(nil), names...)}
	if err := sc.checkAmbiguous(); err != nil {
		return nil, err
	}
	return sc, nil
}

// checkAmbiguous rejects a name or alias that also reads as another level's
// number and name ("3 Low" naming level 1 of a scale whose level 3 is
// "Low"), so that Parse never has to guess.
func (s *Scale) checkAmbiguous() error {
	check := func(i int, n string) error {
		if l, ok, _ := s.parseNumbered(n); ok && int(l.i) != i {
			return &ScaleError{Scale: s.name, Input: n, Err: ErrInvalidScale,
				Msg: "name of level " + strconv.Itoa(i+1) + " reads as level " + l.String()}
		}
		return nil
	}
	for i, n := range s.levels {
		if err := check(i, n); err != nil {
			return err
		}
	}
	for i, as := range s.aliases {
		for _, a := range as {
			if err := check(i, a); err != nil {
				return err
			}
		}
	}
	return nil
}

// checkLevelName validates a level name or alias.
func checkLevelName(scale, what, n string) error {
	switch {
	case n == "":
		return &ScaleError{Scale: scale, Input: n, Err: ErrInvalidScale, Msg: what + ": empty name"}
	case len(n) > maxNameLen:
		return &ScaleError{Scale: scale, Input: truncate(n), Err: ErrInvalidScale, Msg: what + ": name longer than " + strconv.Itoa(maxNameLen) + " bytes"}
	case !utf8.ValidString(n) || strings.TrimSpace(n) != n || strings.IndexFunc(n, unicode.IsControl) >= 0:
		return &ScaleError{Scale: scale, Input: n, Err: ErrInvalidScale, Msg: what + ": name has surrounding spaces, control characters or invalid UTF-8"}
	case allDigits(n):
		return &ScaleError{Scale: scale, Input: n, Err: ErrInvalidScale, Msg: what + ": name is a number"}
	}
	return nil
}

// WithAliases returns a copy of s that also accepts other names for its
// levels when parsing labels — "Normal" for "Medium", "P1" for "Critical",
// the names another tool exports. aliases maps a level (by name or label,
// see [Scale.Parse]) to its extra names; they are added to any the scale
// already has. Aliases follow the rules for names and must be unique,
// ignoring case, among all names and aliases of the scale.
//
// Aliases only widen parsing: they do not change a level's name, and
// [Scale.Equal] ignores them, so levels parsed through aliases work with
// every model built on the plain scale.
func (s *Scale) WithAliases(aliases map[string][]string) (*Scale, error) {
	if s.Len() == 0 {
		return nil, &ScaleError{Input: "aliases", Err: ErrInvalidScale, Msg: "nil or empty scale"}
	}
	n := &Scale{name: s.name, dir: s.dir, levels: s.levels, aliases: make([][]string, len(s.levels))}
	for i := range s.aliases {
		n.aliases[i] = slices.Clone(s.aliases[i])
	}
	keys := slices.Sorted(maps.Keys(aliases)) // deterministic errors
	for _, k := range keys {
		l, err := s.Parse(k)
		if err != nil {
			return nil, err
		}
		for _, a := range aliases[k] {
			if err := checkLevelName(s.name, "alias of "+strconv.Quote(l.Name()), a); err != nil {
				return nil, err
			}
			if _, taken := n.ByName(a); taken {
				return nil, &ScaleError{Scale: s.name, Input: a, Err: ErrInvalidScale, Msg: "alias is already a name or alias"}
			}
			n.aliases[l.i] = append(n.aliases[l.i], a)
		}
	}
	if err := n.checkAmbiguous(); err != nil {
		return nil, err
	}
	return n, nil
}

// Aliases returns the aliases of level l (number order of the scale's
// levels; a fresh slice, nil if none).
func (s *Scale) Aliases(l Level) []string {
	if s == nil || !sameScale(s, l.s) || int(l.i) >= len(s.aliases) {
		return nil
	}
	return slices.Clone(s.aliases[l.i])
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// Name returns the scale's name (e.g. "urgency").
func (s *Scale) Name() string {
	if s == nil {
		return ""
	}
	return s.name
}

// Direction returns which end of the scale is the highest.
func (s *Scale) Direction() Direction {
	if s == nil {
		return 0
	}
	return s.dir
}

// Len returns the number of levels.
func (s *Scale) Len() int {
	if s == nil {
		return 0
	}
	return len(s.levels)
}

// Names returns the level names in number order (a fresh slice).
func (s *Scale) Names() []string {
	if s == nil {
		return nil
	}
	return append([]string(nil), s.levels...)
}

// Level returns the level with vendor number n (1-based, whatever the
// direction), or an error wrapping [ErrUnknownLevel].
func (s *Scale) Level(n int) (Level, error) {
	if n < 1 || n > s.Len() {
		return Level{}, &ScaleError{Scale: s.Name(), Input: strconv.Itoa(n), Err: ErrUnknownLevel, Msg: "want 1.." + strconv.Itoa(s.Len())}
	}
	return Level{s: s, i: uint8(n - 1)}, nil
}

// ByName returns the level with the given name or alias (ignoring case and
// surrounding spaces).
func (s *Scale) ByName(name string) (Level, bool) {
	name = strings.TrimSpace(name)
	for i, n := range s.levelsOrNil() {
		if strings.EqualFold(n, name) {
			return Level{s: s, i: uint8(i)}, true
		}
	}
	if s == nil {
		return Level{}, false
	}
	for i, as := range s.aliases {
		for _, a := range as {
			if strings.EqualFold(a, name) {
				return Level{s: s, i: uint8(i)}, true
			}
		}
	}
	return Level{}, false
}

func (s *Scale) levelsOrNil() []string {
	if s == nil {
		return nil
	}
	return s.levels
}

// Highest returns the most severe level (number 1 for HighestFirst, the last
// number for HighestLast).
func (s *Scale) Highest() Level { return s.bySeverity(s.Len() - 1) }

// Lowest returns the least severe level.
func (s *Scale) Lowest() Level { return s.bySeverity(0) }

// BySeverity returns the level of severity rank r, 0 being the lowest and
// Len()-1 the highest, whatever the direction.
func (s *Scale) BySeverity(r int) (Level, error) {
	if r < 0 || r >= s.Len() {
		return Level{}, &ScaleError{Scale: s.Name(), Input: strconv.Itoa(r), Err: ErrUnknownLevel, Msg: "severity rank out of range 0.." + strconv.Itoa(s.Len()-1)}
	}
	return s.bySeverity(r), nil
}

func (s *Scale) bySeverity(r int) Level {
	if s.Len() == 0 {
		return Level{}
	}
	if s.dir == HighestFirst {
		return Level{s: s, i: uint8(len(s.levels) - 1 - r)}
	}
	return Level{s: s, i: uint8(r)}
}

// All returns the levels in number order (1, 2, …).
func (s *Scale) All() []Level {
	out := make([]Level, s.Len())
	for i := range out {
		out[i] = Level{s: s, i: uint8(i)}
	}
	return out
}

// Equal reports whether s and o have the same name, direction and level
// names (case-sensitive); aliases are not compared. Levels of equal scales are interchangeable, so a
// matrix decoded from JSON accepts levels of the preset it was saved from.
func (s *Scale) Equal(o *Scale) bool {
	if s == o {
		return true
	}
	if s == nil || o == nil || s.name != o.name || s.dir != o.dir || len(s.levels) != len(o.levels) {
		return false
	}
	for i := range s.levels {
		if s.levels[i] != o.levels[i] {
			return false
		}
	}
	return true
}

// String describes the scale, e.g. `urgency (highest-first): 1 High, 2 Medium, 3 Low`.
func (s *Scale) String() string {
	if s == nil {
		return "<nil scale>"
	}
	var b strings.Builder
	if s.name != "" {
		b.WriteString(s.name)
		b.WriteString(" ")
	}
	b.WriteString("(")
	b.WriteString(s.dir.String())
	b.WriteString("):")
	for i, n := range s.levels {
		if i > 0 {
			b.WriteString(",")
		}
		b.WriteString(" ")
		b.WriteString(strconv.Itoa(i + 1))
		b.WriteString(" ")
		b.WriteString(n)
	}
	return b.String()
}
