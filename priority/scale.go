package priority

import (
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxLevels is the largest number of levels a scale may have.
const maxLevels = 64

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
//
// In JSON a scale is
//
//	{"name":"urgency","direction":"highest_first","levels":["High","Medium","Low"],
//	 "aliases":{"Medium":["Normal"]}}
//
// with "name" and "aliases" optional.
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
// A scale has 1 to 64 levels. Names must be non-empty, at most 128 bytes
// of UTF-8 without surrounding spaces or control characters, unique
// ignoring case, not all digits (a bare number means the level's number
// when parsing labels), and not readable as another level's number and
// name ("3 Low" for level 1 when level 3 is "Low"). [Scale.WithAliases]
// adds other accepted names. Errors wrap [ErrInvalidScale].
func NewScale(name string, dir Direction, names ...string) (*Scale, error) {
	ctx := scaleContext(name)
	if _, ok := directionNames.Name(dir); !ok {
		e := newError(ctx+" direction", dir.String(), ErrInvalidScale)
		e.Valid = directionNames.Valid()
		return nil, e
	}
	if len(name) > maxNameLen {
		return nil, newError("scale name", truncate(name), wrapf(ErrInvalidScale, "longer than %d bytes", maxNameLen))
	}
	if !utf8.ValidString(name) || strings.TrimSpace(name) != name || strings.IndexFunc(name, unicode.IsControl) >= 0 {
		return nil, newError("scale name", name, wrapf(ErrInvalidScale, "surrounding spaces, control characters or invalid UTF-8"))
	}
	if len(names) == 0 {
		return nil, newError(ctx, "", wrapf(ErrInvalidScale, "no levels"))
	}
	if len(names) > maxLevels {
		return nil, newError(ctx, "", wrapf(ErrInvalidScale, "%d levels (at most %d)", len(names), maxLevels))
	}
	for i, n := range names {
		if err := checkLevelName(name, "level "+strconv.Itoa(i+1), n); err != nil {
			return nil, err
		}
		for _, m := range names[:i] {
			if strings.EqualFold(m, n) {
				return nil, newError(ctx, n, wrapf(ErrInvalidScale, "duplicate level name"))
			}
		}
	}
	sc := &Scale{name: name, dir: dir, levels: slices.Clone(names)}
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
			return newError(scaleContext(s.name), n, wrapf(ErrInvalidScale, "name of level %d reads as level %s", i+1, l))
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
	ctx := scaleContext(scale) + " " + what
	switch {
	case n == "":
		return newError(ctx, "", wrapf(ErrInvalidScale, "empty name"))
	case len(n) > maxNameLen:
		return newError(ctx, truncate(n), wrapf(ErrInvalidScale, "name longer than %d bytes", maxNameLen))
	case !utf8.ValidString(n) || strings.TrimSpace(n) != n || strings.IndexFunc(n, unicode.IsControl) >= 0:
		return newError(ctx, n, wrapf(ErrInvalidScale, "name has surrounding spaces, control characters or invalid UTF-8"))
	case allDigits(n):
		return newError(ctx, n, wrapf(ErrInvalidScale, "name is a number"))
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
	if s.len() == 0 {
		return nil, newError("aliases", "", wrapf(ErrInvalidScale, "nil or empty scale"))
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
			if _, taken := n.byName(a); taken {
				return nil, newError(scaleContext(s.name), a, wrapf(ErrInvalidScale, "alias is already a name or alias"))
			}
			n.aliases[l.i] = append(n.aliases[l.i], a)
		}
	}
	if err := n.checkAmbiguous(); err != nil {
		return nil, err
	}
	return n, nil
}

// aliasesOf returns the aliases of level l (nil if none).
func (s *Scale) aliasesOf(l Level) []string {
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

// Direction returns which end of the scale is the highest; 0 for a nil
// scale.
func (s *Scale) Direction() Direction {
	if s == nil {
		return 0
	}
	return s.dir
}

// len returns the number of levels (0 for a nil scale).
func (s *Scale) len() int {
	if s == nil {
		return 0
	}
	return len(s.levels)
}

// Level returns the level with vendor number n (1-based, whatever the
// direction), or an error wrapping [ErrUnknownLevel].
func (s *Scale) Level(n int) (Level, error) {
	if n < 1 || n > s.len() {
		return Level{}, newError(scaleContext(s.Name()), strconv.Itoa(n), wrapf(ErrUnknownLevel, "want 1..%d", s.len()))
	}
	return Level{s: s, i: uint8(n - 1)}, nil
}

// byName returns the level with the given name or alias (ignoring case and
// surrounding spaces).
func (s *Scale) byName(name string) (Level, bool) {
	if s == nil {
		return Level{}, false
	}
	name = strings.TrimSpace(name)
	for i, n := range s.levels {
		if strings.EqualFold(n, name) {
			return Level{s: s, i: uint8(i)}, true
		}
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

// highest returns the most severe level (number 1 for HighestFirst, the
// last number for HighestLast); the zero Level for a nil scale.
func (s *Scale) highest() Level { return s.bySeverity(s.len() - 1) }

// lowest returns the least severe level.
func (s *Scale) lowest() Level { return s.bySeverity(0) }

// bySeverity returns the level of severity rank r, 0 being the lowest.
func (s *Scale) bySeverity(r int) Level {
	if r < 0 || r >= s.len() {
		return Level{}
	}
	if s.dir == HighestFirst {
		return Level{s: s, i: uint8(len(s.levels) - 1 - r)}
	}
	return Level{s: s, i: uint8(r)}
}

// All returns the levels in number order (1, 2, …); none for a nil scale.
// Sort them by severity with slices.SortFunc(levels, Level.Compare).
func (s *Scale) All() []Level {
	out := make([]Level, s.len())
	for i := range out {
		out[i] = Level{s: s, i: uint8(i)}
	}
	return out
}

// Equal reports whether s and o have the same name, direction and level
// names (case-sensitive); aliases are not compared. Levels of equal scales
// are interchangeable, so a matrix decoded from JSON accepts levels of the
// preset it was saved from.
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

// String describes the scale, e.g.
// `urgency (highest_first): 1 High, 2 Medium, 3 Low`.
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
