package calendar

import (
	"fmt"
	"slices"
	"time"

	"github.com/itsmkit/itsm/calendar/holidays"
	"github.com/rickb777/date/v2"
)

// HolidaySource supplies holiday dates, e.g. a *holidays.Set from package
// calendar/holidays. HolidayDates returns the holidays of one year, sorted,
// unique, all inside that year. A source must be safe for concurrent use.
type HolidaySource interface {
	HolidayDates(year int) []date.Date
}

// Spec is the configuration of a calendar: plain data that round-trips
// through JSON. The zero Spec is a UTC calendar that is never open, which
// [New] rejects.
type Spec struct {
	// Zone is the IANA time zone of the hours ("Europe/Berlin"); "" is UTC.
	Zone string `json:"zone,omitempty"`
	// Week is the regular weekly hours; in JSON its compact text form
	// "Mon-Fri 08:00-12:00,13:00-17:00; Sat 09:00-13:00".
	Week Week `json:"week,omitzero"`
	// Overrides replace a date's hours: special hours, an extra working
	// day, a closure or a partial closure. An override wins over holidays.
	Overrides []Override `json:"overrides,omitempty"`
	// HolidayDates are closed all day (their overnight spans included).
	HolidayDates []date.Date `json:"holiday_dates,omitempty"`
	// Holidays are rule-based holiday sets from package calendar/holidays,
	// by region code.
	Holidays []HolidayRef `json:"holidays,omitempty"`
	// Sources are programmatic holiday sources, closed all day. They are
	// not serialised to JSON.
	Sources []HolidaySource `json:"-"`

	// Union, Intersect and Minus make the spec a composition of other
	// specs (see [Union], [Intersect], [Minus]; Minus is its first spec
	// minus the others). At most one of them may be set, and then no other
	// field.
	Union     []Spec `json:"union,omitempty"`
	Intersect []Spec `json:"intersect,omitempty"`
	Minus     []Spec `json:"minus,omitempty"`
}

func (s *Spec) composition() (opKind, []Spec, bool) {
	switch {
	case len(s.Union) > 0:
		return opUnion, s.Union, true
	case len(s.Intersect) > 0:
		return opIntersect, s.Intersect, true
	case len(s.Minus) > 0:
		return opMinus, s.Minus, true
	}
	return opBase, nil, false
}

func (s *Spec) onlyComposition() bool {
	n := 0
	for _, l := range [][]Spec{s.Union, s.Intersect, s.Minus} {
		if len(l) > 0 {
			n++
		}
	}
	return n == 1 && s.Zone == "" && weekIsEmpty(s.Week) && len(s.Overrides) == 0 &&
		len(s.HolidayDates) == 0 && len(s.Holidays) == 0 && len(s.Sources) == 0
}

// setFields lists the JSON names of the fields s sets ("sources" for
// Sources), in declaration order.
func (s *Spec) setFields() []string {
	var out []string
	for _, f := range []struct {
		name string
		set  bool
	}{
		{"zone", s.Zone != ""}, {"week", !weekIsEmpty(s.Week)}, {"overrides", len(s.Overrides) > 0},
		{"holiday_dates", len(s.HolidayDates) > 0}, {"holidays", len(s.Holidays) > 0}, {"sources", len(s.Sources) > 0},
		{"union", len(s.Union) > 0}, {"intersect", len(s.Intersect) > 0}, {"minus", len(s.Minus) > 0},
	} {
		if f.set {
			out = append(out, f.name)
		}
	}
	return out
}

func weekIsEmpty(w Week) bool {
	for _, d := range w {
		if len(d) > 0 {
			return false
		}
	}
	return true
}

// Override sets the hours of one date. Exactly one of Hours, Closed and
// ClosedFrom is set:
//   - Hours: special hours, or an extra working day on a normally closed day;
//   - Closed: closed all day (a closure);
//   - ClosedFrom: the regular hours of the day end at that time (a partial
//     closure, e.g. 24 Dec from 12:00), overnight spans included. It lies
//     in 00:01–24:00; the zero value 00:00 means unset (a closure from
//     00:00 is Closed).
//
// An override replaces holidays for its date: to work on a holiday, give it
// Hours.
//
// JSON: {"date": "2026-12-24", "closed_from": "12:00"}, with "hours" in
// the text form of [DayHours] and "closed": true.
type Override struct {
	Date       date.Date `json:"date"`
	Hours      DayHours  `json:"hours,omitempty"`
	Closed     bool      `json:"closed,omitempty"`
	ClosedFrom Clock     `json:"closed_from,omitzero"`
}

// HolidayRef names a rule-based holiday set of package calendar/holidays.
//
// JSON: {"region": "DE", "categories": ["halfday"], "closed_from": "12:00"}.
type HolidayRef struct {
	// Region is an ISO 3166 code such as "DE" or "DE-NW".
	Region string `json:"region"`
	// Categories are the holiday categories to include (in JSON their text
	// form: "public", "optional", "bank", "halfday"); none means public
	// holidays only.
	Categories []holidays.Category `json:"categories,omitempty"`
	// ClosedFrom makes these holidays partial closures from that time of
	// day; the zero value 00:00 closes the whole day.
	ClosedFrom Clock `json:"closed_from,omitzero"`
}

// mspan is a civil span in minutes after its day's midnight; e may exceed
// 1440 for overnight spans.
type mspan struct{ s, e int32 }

// dayRule is a compiled override.
type dayRule struct {
	hours      []mspan // set for special hours
	closed     bool
	closedFrom int32 // -1 if none
}

// holidaySrc is a source with its closure time (-1: whole day).
type holidaySrc struct {
	src        HolidaySource
	closedFrom int32
}

// rules is the compiled civil model of a base calendar.
type rules struct {
	week      [7][]mspan
	overrides map[date.Date]dayRule
	holidays  map[date.Date]int32 // closed from (minutes), 0 = whole day
	sources   []holidaySrc
}

func loadZone(name string) (*time.Location, error) {
	if name == "" {
		return time.UTC, nil
	}
	if name == "Local" {
		return nil, errorf("zone", name, ErrUnknownZone)
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		return nil, errorf("zone", name, ErrUnknownZone)
	}
	return loc, nil
}

func compileHours(ctx string, hs DayHours) ([]mspan, error) {
	out := make([]mspan, 0, len(hs))
	for _, h := range hs {
		if err := h.validate(ctx); err != nil {
			return nil, err
		}
		s, e := h.minutes()
		out = append(out, mspan{s, e})
	}
	slices.SortFunc(out, func(a, b mspan) int { return int(a.s - b.s) })
	for i := 1; i < len(out); i++ {
		if out[i].s < out[i-1].e {
			return nil, errorf(ctx, fmt.Sprintf("%s and %s", spanText(out[i-1]), spanText(out[i])), ErrOverlap)
		}
	}
	return out, nil
}

func spanText(m mspan) string {
	e := m.e
	if e > 1440 {
		e -= 1440
	}
	return Hours{Clock(m.s), Clock(e)}.String()
}

// spillOverlap reports an overlap between the overnight spill of day a into
// the next day and that next day's spans b.
func spillOverlap(a, b []mspan) (mspan, mspan, bool) {
	for _, x := range a {
		if x.e <= 1440 {
			continue
		}
		for _, y := range b {
			if y.s < x.e-1440 {
				return x, y, true
			}
		}
	}
	return mspan{}, mspan{}, false
}

// checkClosedFrom validates a ClosedFrom time: a Clock in 00:00–24:00
// (from 00:01 when zero means unset).
func checkClosedFrom(ctx string, c Clock, zeroUnset bool) error {
	if c < 0 || c > Midnight24 || (zeroUnset && c == 0) {
		return errorf(ctx, c.text(), ErrBadTime)
	}
	return nil
}

// compile validates a base Spec and returns its rules and zone.
func compile(spec Spec) (*rules, *time.Location, error) {
	loc, err := loadZone(spec.Zone)
	if err != nil {
		return nil, nil, err
	}
	r := &rules{}
	weekly := 0
	for wd := range 7 {
		ms, err := compileHours(time.Weekday(wd).String(), spec.Week[wd])
		if err != nil {
			return nil, nil, err
		}
		r.week[wd] = ms
		weekly += len(ms)
	}
	for wd := range 7 {
		next := (wd + 1) % 7
		if x, y, bad := spillOverlap(r.week[wd], r.week[next]); bad {
			return nil, nil, errorf(time.Weekday(wd).String()+"/"+time.Weekday(next).String(),
				spanText(x)+" and "+spanText(y), ErrOverlap)
		}
	}
	anyExtra := false
	if len(spec.Overrides) > 0 {
		r.overrides = make(map[date.Date]dayRule, len(spec.Overrides))
	}
	for _, o := range spec.Overrides {
		ctx := "override " + o.Date.String()
		if y := o.Date.Year(); y < MinYear || y > MaxYear {
			return nil, nil, errorf(ctx, o.Date.String(), ErrBadOverride)
		}
		if _, dup := r.overrides[o.Date]; dup {
			return nil, nil, errorf(ctx, o.Date.String(), fmt.Errorf("%w: date given twice", ErrBadOverride))
		}
		n := 0
		if len(o.Hours) > 0 {
			n++
		}
		if o.Closed {
			n++
		}
		if o.ClosedFrom != 0 {
			n++
		}
		if n != 1 {
			return nil, nil, errorf(ctx, o.Date.String(), fmt.Errorf("%w: set exactly one of hours, closed, closed_from", ErrBadOverride))
		}
		dr := dayRule{closed: o.Closed, closedFrom: -1}
		if o.ClosedFrom != 0 {
			if err := checkClosedFrom(ctx+" closed_from", o.ClosedFrom, true); err != nil {
				return nil, nil, err
			}
			dr.closedFrom = int32(o.ClosedFrom)
		}
		if len(o.Hours) > 0 {
			if dr.hours, err = compileHours(ctx, o.Hours); err != nil {
				return nil, nil, err
			}
			anyExtra = true
		}
		r.overrides[o.Date] = dr
	}
	// Overnight spill between an override and its neighbours (holidays
	// ignored: they only remove time, so this is the conservative check).
	for _, o := range spec.Overrides {
		if len(o.Hours) == 0 {
			continue
		}
		for _, d := range []date.Date{o.Date - 1, o.Date} {
			if x, y, bad := spillOverlap(r.plain(d), r.plain(d+1)); bad {
				return nil, nil, errorf("override "+o.Date.String(), spanText(x)+" and "+spanText(y), ErrOverlap)
			}
		}
	}
	if weekly == 0 && !anyExtra {
		return nil, nil, errorf("week", spec.Week.String(), ErrNeverOpen)
	}
	if len(spec.HolidayDates) > 0 {
		r.holidays = make(map[date.Date]int32, len(spec.HolidayDates))
		for _, d := range spec.HolidayDates {
			r.holidays[d] = 0
		}
	}
	for _, s := range spec.Sources {
		if s == nil {
			return nil, nil, errorf("sources", "nil", ErrHoliday)
		}
		r.sources = append(r.sources, holidaySrc{s, -1})
	}
	for _, h := range spec.Holidays {
		src, cf, err := resolveHolidayRef(h)
		if err != nil {
			return nil, nil, err
		}
		r.sources = append(r.sources, holidaySrc{src, cf})
	}
	return r, loc, nil
}

// plain returns the day's spans from the weekly hours and overrides, ignoring
// holidays.
func (r *rules) plain(d date.Date) []mspan {
	base := r.week[d.Weekday()]
	if o, ok := r.overrides[d]; ok {
		switch {
		case o.hours != nil:
			return o.hours
		case o.closed:
			return nil
		default:
			return clipSpans(base, o.closedFrom)
		}
	}
	return base
}

func clipSpans(ms []mspan, from int32) []mspan {
	var out []mspan
	for _, m := range ms {
		if m.s < from {
			out = append(out, mspan{m.s, min(m.e, from)})
		}
	}
	return out
}

// day returns the spans of date d; hol is the holiday closure for d
// (-1 none, 0 whole day, >0 closed from that minute).
func (r *rules) day(d date.Date, hol int32) []mspan {
	if _, ok := r.overrides[d]; ok {
		return r.plain(d)
	}
	switch {
	case hol == 0:
		return nil
	case hol > 0:
		return clipSpans(r.week[d.Weekday()], hol)
	}
	return r.week[d.Weekday()]
}
