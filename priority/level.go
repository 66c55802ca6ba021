package priority

import "strconv"

// Level is one level of a [Scale]: it knows its scale, so comparisons
// respect the scale's direction and a level is never a bare number whose
// meaning depends on the vendor.
//
// Levels are small values (copy them freely). The zero Level belongs to no
// scale and is rejected by every model ([Level.IsValid] reports false). Two
// levels are the same level when [Level.Equal] says so; == also works for
// levels taken from the same *Scale.
type Level struct {
	s *Scale
	i uint8 // index in s.levels (number - 1)
}

// IsValid reports whether l belongs to a scale.
func (l Level) IsValid() bool { return l.s != nil && int(l.i) < len(l.s.levels) }

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

// Name returns the level's name ("High").
func (l Level) Name() string {
	if !l.IsValid() {
		return ""
	}
	return l.s.levels[l.i]
}

// String returns the number and name, e.g. "1 High"; "" for the zero Level.
func (l Level) String() string {
	if !l.IsValid() {
		return ""
	}
	return strconv.Itoa(int(l.i)+1) + " " + l.s.levels[l.i]
}

// Severity returns the level's rank from 0 (the lowest level) to Len()-1
// (the highest), whatever the scale's direction. It is -1 for the zero Level.
func (l Level) Severity() int {
	if !l.IsValid() {
		return -1
	}
	if l.s.dir == HighestFirst {
		return len(l.s.levels) - 1 - int(l.i)
	}
	return int(l.i)
}

// SameScale reports whether l and o belong to equal scales (see [Scale.Equal]).
func (l Level) SameScale(o Level) bool { return l.s != nil && l.s.Equal(o.s) }

// Equal reports whether l and o are the same level of equal scales.
func (l Level) Equal(o Level) bool { return l.i == o.i && l.SameScale(o) }

// Higher reports whether l is more severe than o. Levels of different scales
// are not comparable: Higher is then false.
func (l Level) Higher(o Level) bool { return l.SameScale(o) && l.Severity() > o.Severity() }

// Lower reports whether l is less severe than o. Levels of different scales
// are not comparable: Lower is then false.
func (l Level) Lower(o Level) bool { return l.SameScale(o) && l.Severity() < o.Severity() }

// Compare returns -1, 0 or +1 as l is less severe than, as severe as, or
// more severe than o (so slices.SortFunc(ls, Level.Compare) sorts from the
// lowest to the highest). It compares severity ranks and is meaningful only
// for levels of the same scale (check with [Level.SameScale]).
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

// Max returns the more severe of l and o (l when equally severe).
func (l Level) Max(o Level) Level {
	if o.Severity() > l.Severity() {
		return o
	}
	return l
}
