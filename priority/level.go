package priority

import "strconv"

// Level is one level of a [Scale]: it knows its scale, so comparisons
// respect the scale's direction and a level is never a bare number whose
// meaning depends on the vendor.
//
// Levels are small values (copy them freely). The zero Level belongs to no
// scale and is rejected by every model (its Scale is nil). Two levels are
// the same level when [Level.Equal] says so; == also works for levels
// taken from the same *Scale. In JSON a level is its name ("High"); it is
// decoded only together with its scale (see [Scale.Parse]).
type Level struct {
	s *Scale
	i uint8 // index in s.levels (number - 1)
}

// isValid reports whether l belongs to a scale.
func (l Level) isValid() bool { return l.s != nil && int(l.i) < len(l.s.levels) }

// Scale returns the level's scale (nil for the zero Level).
func (l Level) Scale() *Scale { return l.s }

// Number returns the vendor number of the level (1-based, in the scale's
// listed order): "2" for ServiceNow's "2 - High" and for GLPI's "2 Low".
// The zero Level has number 0.
func (l Level) Number() int {
	if l.s == nil {
		return 0
	}
	return int(l.i) + 1
}

// Name returns the level's name ("High"); "" for the zero Level.
func (l Level) Name() string {
	if !l.isValid() {
		return ""
	}
	return l.s.levels[l.i]
}

// String returns the number and name, e.g. "1 High"; "" for the zero Level.
func (l Level) String() string {
	if !l.isValid() {
		return ""
	}
	return strconv.Itoa(int(l.i)+1) + " " + l.s.levels[l.i]
}

// Severity returns the level's rank from 0 (the least severe level) to the
// number of levels − 1 (the most severe), whatever the scale's direction.
// It is -1 for the zero Level.
func (l Level) Severity() int {
	if !l.isValid() {
		return -1
	}
	if l.s.dir == HighestFirst {
		return len(l.s.levels) - 1 - int(l.i)
	}
	return int(l.i)
}

// sameScale reports whether l and o belong to equal scales.
func (l Level) sameScale(o Level) bool { return l.s != nil && l.s.Equal(o.s) }

// Equal reports whether l and o are the same level of equal scales (see
// [Scale.Equal]).
func (l Level) Equal(o Level) bool { return l.i == o.i && l.sameScale(o) }

// Compare returns -1, 0 or +1 as l is less severe than, as severe as, or
// more severe than o (so slices.SortFunc(ls, Level.Compare) sorts from the
// least to the most severe, and l.Compare(o) > 0 reads "l is higher"). It
// compares severity ranks and is meaningful only for levels of equal
// scales: check with l.Scale().Equal(o.Scale()).
func (l Level) Compare(o Level) int {
	a, b := l.Severity(), o.Severity()
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// max returns the more severe of l and o (l when equally severe).
func (l Level) max(o Level) Level {
	if o.Severity() > l.Severity() {
		return o
	}
	return l
}

// MarshalText encodes a level by name; the zero Level is an error. There is
// no UnmarshalText: a level's name means nothing without its scale, so a
// Level is never decoded on its own. Decode the label as a string and map
// it with [Scale.Parse] (the decoders of matrices, rules and overrides do).
func (l Level) MarshalText() ([]byte, error) {
	if !l.isValid() {
		return nil, newError("level", "", wrapf(ErrUnknownLevel, "the zero Level has no name"))
	}
	return []byte(l.Name()), nil
}
