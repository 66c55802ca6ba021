package holidays

import "slices"

// NewSet returns a Set of the given holidays (e.g. from [ReadICal]) in the
// given categories; with no categories, only [Public] ones, as for
// [ForRegion]. The holidays are copied, sorted by date then ID, and
// duplicates of (date, ID) are dropped. A holiday without an ID, with an
// invalid category or a date outside [MinYear, MaxYear] is an error wrapping
// [ErrInvalidHoliday].
func NewSet(hs []Holiday, cats ...Category) (*Set, error) {
	mask, err := categoryMask(cats)
	if err != nil {
		return nil, err
	}
	s := &Set{list: make([]Holiday, 0, len(hs)), mask: mask}
	for _, h := range hs {
		if err := checkHoliday(h); err != nil {
			return nil, err
		}
		s.list = append(s.list, h)
	}
	slices.SortFunc(s.list, compareHoliday)
	s.list = slices.CompactFunc(s.list, func(a, b Holiday) bool { return a.Date == b.Date && a.ID == b.ID })
	return s, nil
}
