package calendar

import (
	"github.com/itsmkit/itsm/calendar/holidays"
	"github.com/rickb777/date/v2"
)

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
	// Closures are recurring closures of the calendar's own, as rules:
	// "Rosenmontag from 12:00", "the last Friday of each month from 14:00",
	// a weekly 10:00–12:00 all-hands; at most 64. See [Closure].
	Closures []Closure `json:"closures,omitempty"`
	// Sources are programmatic holiday sources, closed all day. They are
	// not serialised to JSON, and a calendar with Sources does not share
	// its tables with other calendars (their content is code, not data).
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
		len(s.HolidayDates) == 0 && len(s.Holidays) == 0 && len(s.Closures) == 0 && len(s.Sources) == 0
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
		{"holiday_dates", len(s.HolidayDates) > 0}, {"holidays", len(s.Holidays) > 0}, {"closures", len(s.Closures) > 0}, {"sources", len(s.Sources) > 0},
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

func cloneSpecs(ss []Spec) []Spec {
	if ss == nil {
		return nil
	}
	out := make([]Spec, len(ss))
	for i, s := range ss {
		out[i] = cloneSpec(s)
	}
	return out
}

func cloneSpec(s Spec) Spec {
	out := s
	n := 0
	for wd := range s.Week {
		n += len(s.Week[wd])
	}
	all := make(DayHours, 0, n) // one allocation for the week
	for wd := range s.Week {
		if len(s.Week[wd]) == 0 {
			out.Week[wd] = nil
			continue
		}
		all = append(all, s.Week[wd]...)
		out.Week[wd] = all[len(all)-len(s.Week[wd]) : len(all) : len(all)]
	}
	out.Overrides = append([]Override(nil), s.Overrides...)
	for i := range out.Overrides {
		out.Overrides[i].Hours = append(DayHours(nil), out.Overrides[i].Hours...)
	}
	out.HolidayDates = append([]date.Date(nil), s.HolidayDates...)
	out.Holidays = append([]HolidayRef(nil), s.Holidays...)
	for i := range out.Holidays {
		out.Holidays[i].Categories = append([]holidays.Category(nil), out.Holidays[i].Categories...)
	}
	out.Closures = append([]Closure(nil), s.Closures...)
	for i := range out.Closures {
		out.Closures[i].On = append([]DateRule(nil), out.Closures[i].On...)
		out.Closures[i].Hours = append(DayHours(nil), out.Closures[i].Hours...)
	}
	out.Sources = append([]HolidaySource(nil), s.Sources...)
	out.Union = cloneSpecs(s.Union)
	out.Intersect = cloneSpecs(s.Intersect)
	out.Minus = cloneSpecs(s.Minus)
	return out
}
