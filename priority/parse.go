package priority

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxLabelLen bounds the labels Parse looks at, so hostile input cannot make
// it work hard.
const maxLabelLen = 256

// Parse maps a vendor-style label onto a level of s. It accepts, ignoring
// case and surrounding spaces:
//
//   - the level's name or an alias ([Scale.WithAliases]): "High";
//   - its number: "1";
//   - number and name joined by spaces and/or one of - – — . : ) | _ as
//     exported by ServiceNow, Remedy, GLPI or Jira: "1 - High", "1-High",
//     "1. High", "1) High", "1 High", "(1) High".
//
// When both a number and a name are given they must name the same level
// ("2 - High" on a scale where High is 1 is an error, not a guess).
// Errors wrap [ErrUnknownLevel], quote the label and list the scale's
// level names (Valid of the [*itsm.Error]).
func (s *Scale) Parse(label string) (Level, error) {
	if s.len() == 0 {
		return Level{}, newError("scale", truncateLabel(label), wrapf(ErrInvalidScale, "nil or empty scale"))
	}
	fail := func(msg string) (Level, error) {
		e := newError(scaleContext(s.name), truncateLabel(label), wrapf(ErrUnknownLevel, "%s", msg))
		e.Valid = slices.Clone(s.levels)
		return Level{}, e
	}
	if len(label) > maxLabelLen {
		return fail("label too long")
	}
	if !utf8.ValidString(label) {
		return fail("invalid UTF-8")
	}
	t := strings.TrimSpace(label)
	if t == "" {
		return fail("empty label")
	}
	l, ok, msg := s.parseNumbered(t)
	if ok {
		return l, nil
	}
	// Names may start with a digit ("1st line"): try the whole label as a
	// name. NewScale rejects names that would also parse as another level's
	// number and name, so the order of the two attempts does not matter.
	if l, ok := s.byName(t); ok {
		return l, nil
	}
	return fail(msg)
}

// parseNumbered parses "N", "N - name" and the like. It returns false and
// the reason when t is not such a label for a level of s.
func (s *Scale) parseNumbered(t string) (Level, bool, string) {
	t = strings.TrimPrefix(t, "(")
	j := 0
	for j < len(t) && t[j] >= '0' && t[j] <= '9' {
		j++
	}
	if j == 0 {
		return Level{}, false, "no level has this name"
	}
	digits, rest := t[:j], t[j:]
	n, err := strconv.Atoi(digits)
	if err != nil || n < 1 || n > len(s.levels) {
		return Level{}, false, "no level has number " + digits + " (want 1.." + strconv.Itoa(len(s.levels)) + ")"
	}
	byNum := Level{s: s, i: uint8(n - 1)}
	sep := strings.TrimLeftFunc(rest, isSep)
	switch {
	case rest == "":
		return byNum, true, ""
	case sep == rest:
		// Digits glued to letters ("1High", "12abc"): not a label we know.
		return Level{}, false, "no level has this name"
	case sep == "":
		// "1 -", "1.", "1)": a number with a dangling separator.
		return byNum, true, ""
	}
	if named(sep, byNum.Name()) {
		return byNum, true, ""
	}
	if int(byNum.i) < len(s.aliases) {
		for _, a := range s.aliases[byNum.i] {
			if named(sep, a) {
				return byNum, true, ""
			}
		}
	}
	byName, ok := s.byName(sep)
	if !ok {
		return Level{}, false, "no level has name " + strconv.Quote(sep)
	}
	return Level{}, false, "number " + digits + " is " + strconv.Quote(byNum.Name()) + " but name is level " + strconv.Itoa(byName.Number())
}

// named reports whether the name part of a label is name, comparing with
// separators stripped from the name too, so a name that itself starts with
// one (")0", "- n/a") still parses from its String form.
func named(part, name string) bool {
	return strings.EqualFold(part, name) || strings.EqualFold(part, strings.TrimLeftFunc(name, isSep))
}

// truncateLabel shortens a label longer than Parse looks at, for messages.
func truncateLabel(label string) string {
	if len(label) > maxLabelLen {
		return truncate(label)
	}
	return label
}

func isSep(r rune) bool {
	return unicode.IsSpace(r) || strings.ContainsRune("-–—.:)|_", r)
}
