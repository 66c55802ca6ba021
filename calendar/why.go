package calendar

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/itsmkit/itsm/calendar/holidays"
	"github.com/itsmkit/itsm/internal/enum"
	"github.com/rickb777/date/v2"
)

// ReasonKind says why an instant is open or closed (see [Calendar.Why]).
type ReasonKind uint8

const (
	// ReasonOpen: the instant is open. "open"
	ReasonOpen ReasonKind = iota
	// ReasonOutsideHours: the date's hours do not cover the instant (a
	// weekend, the night, a lunch break). "outside_hours"
	ReasonOutsideHours
	// ReasonHoliday: a holiday closes the instant (Reason.Holiday,
	// Reason.Region). "holiday"
	ReasonHoliday
	// ReasonOverride: a date override closes the instant, or gives the date
	// special hours that do not cover it (Reason.Override). "override"
	ReasonOverride
	// ReasonClosure: a recurring closure closes the instant
	// (Reason.Closure). "closure"
	ReasonClosure
	// ReasonOutOfRange: the instant lies outside the supported range.
	// "out_of_range"
	ReasonOutOfRange
	// ReasonComposition: a composed calendar is closed; Reason.Parts says
	// why for each operand. "composition"
	ReasonComposition
)

var reasonKinds = enum.New[ReasonKind]("calendar", "reason kind", ErrSyntax,
	ReasonOpen, "open", ReasonOutsideHours, "outside_hours", ReasonHoliday, "holiday",
	ReasonOverride, "override", ReasonClosure, "closure", ReasonOutOfRange, "out_of_range",
	ReasonComposition, "composition")

// String returns the text form ("outside_hours").
func (k ReasonKind) String() string { return reasonKinds.String(k) }

// MarshalText returns the text form.
func (k ReasonKind) MarshalText() ([]byte, error) { return reasonKinds.Marshal(k) }

// UnmarshalText parses the text form; an unknown spelling is an error
// listing the valid ones.
func (k *ReasonKind) UnmarshalText(b []byte) error {
	if k == nil {
		return nilTarget("ReasonKind", b)
	}
	v, err := reasonKinds.Parse(string(b))
	if err != nil {
		return err
	}
	*k = v
	return nil
}

// Reason explains why an instant is open or closed: outside the hours, a
// holiday (which one, from which region), an override, a recurring
// closure. It is what a UI shows for a greyed-out day, and what an
// explanation of a deadline cites.
//
// JSON: {"kind": "holiday", "date": "2026-06-04", "holiday": {"id":
// "de.fronleichnam", "date": "2026-06-04", "name": "Fronleichnam",
// "name_en": "Corpus Christi", "category": "public"}, "region": "DE-NW"}.
type Reason struct {
	Kind ReasonKind `json:"kind"`
	// Date is the civil date (in the calendar's zone) whose hours decided:
	// the date owning the span that contains the instant (an overnight
	// span belongs to the date it starts on), or would contain it but for
	// the holiday, override or closure; else the instant's own date. It is
	// zero for out_of_range and for compositions.
	Date date.Date `json:"date,omitzero"`
	// Holiday is the holiday that closes the instant (Kind holiday), with
	// its names, ID and category, when its source names it (the region sets
	// of package calendar/holidays do); zero for Spec.HolidayDates and
	// sources without names.
	Holiday holidays.Holiday `json:"holiday,omitzero"`
	// Region is the region of the [HolidayRef] that lists the holiday ("DE-NW");
	// "" for Spec.HolidayDates and Spec.Sources.
	Region string `json:"region,omitempty"`
	// Override is the date override that closes the instant or sets the
	// date's hours (Kind override).
	Override Override `json:"override,omitzero"`
	// Closure is the recurring closure that closes the instant (Kind
	// closure).
	Closure Closure `json:"closure,omitzero"`
	// Parts are the reasons of a composed calendar's operands, in order.
	Parts []Reason `json:"parts,omitempty"`
}

// String describes the reason on one line: "closed: holiday Fronleichnam
// (Corpus Christi) from DE-NW on 2026-06-04".
func (r Reason) String() string {
	var b strings.Builder
	if r.Kind == ReasonOpen {
		b.WriteString("open")
	} else {
		b.WriteString("closed: ")
	}
	switch r.Kind {
	case ReasonOutsideHours:
		b.WriteString("outside hours")
	case ReasonHoliday:
		b.WriteString("holiday")
		if r.Holiday.Name != "" {
			b.WriteString(" " + r.Holiday.Name)
			if r.Holiday.NameEN != "" && r.Holiday.NameEN != r.Holiday.Name {
				b.WriteString(" (" + r.Holiday.NameEN + ")")
			}
		}
		if r.Region != "" {
			b.WriteString(" from " + r.Region)
		}
	case ReasonOverride:
		b.WriteString("override")
		switch o := r.Override; {
		case o.Closed:
			b.WriteString(" closed")
		case o.ClosedFrom != 0:
			b.WriteString(" closed from " + o.ClosedFrom.String())
		case len(o.Hours) > 0:
			b.WriteString(" hours " + o.Hours.String())
		}
	case ReasonClosure:
		b.WriteString("closure")
		if r.Closure.Name != "" {
			b.WriteString(" " + fmt.Sprintf("%q", r.Closure.Name))
		}
		rules := make([]string, len(r.Closure.On))
		for i, x := range r.Closure.On {
			rules[i] = x.String()
		}
		b.WriteString(" (" + strings.Join(rules, ", "))
		switch {
		case len(r.Closure.Hours) > 0:
			b.WriteString(" " + r.Closure.Hours.String())
		case r.Closure.From != 0:
			b.WriteString(" from " + r.Closure.From.String())
		}
		b.WriteString(")")
	case ReasonOutOfRange:
		b.WriteString("outside the supported range")
	case ReasonComposition:
		b.WriteString("composition")
	}
	if r.Date != 0 {
		b.WriteString(" on " + r.Date.String())
	}
	if len(r.Parts) > 0 {
		parts := make([]string, len(r.Parts))
		for i, p := range r.Parts {
			parts[i] = p.String()
		}
		b.WriteString(" [" + strings.Join(parts, "; ") + "]")
	}
	return b.String()
}

// Why returns why t is open or closed. For a base calendar: open (with the
// working day owning t), outside the hours, a holiday (which one, and the
// region listing it), an override or a recurring closure; where several
// close t, an override first, then a holiday, then a closure. For a
// composed calendar: open or composition, with the reason of each operand
// in Parts. Instants outside the supported range are out_of_range.
func (c *Calendar) Why(t time.Time) Reason {
	e := c.eng()
	if sec := t.Unix(); sec < rangeStart || sec >= rangeEnd {
		return Reason{Kind: ReasonOutOfRange}
	}
	if e.op != opBase {
		r := Reason{Kind: ReasonComposition}
		if c.IsOpen(t) {
			r.Kind = ReasonOpen
		}
		for _, a := range e.args {
			r.Parts = append(r.Parts, (&Calendar{e: a}).Why(t))
		}
		return r
	}
	if c.IsOpen(t) {
		d, _ := c.anchor(t)
		return Reason{Kind: ReasonOpen, Date: d}
	}
	d := date.NewAt(t.In(e.loc))
	if e.r == nil {
		return Reason{Kind: ReasonOutsideHours, Date: d}
	}
	r := e.r
	z := zoneResolver{loc: e.loc}
	for _, x := range []date.Date{d - 1, d, d + 1} {
		ex := r.excOn(x)
		base := r.weekOf(ex)
		if !coversReal(&z, x, base, t) {
			continue
		}
		if ex.ov >= 0 {
			return Reason{Kind: ReasonOverride, Date: x, Override: r.overrideOf(e.spec, x)}
		}
		if ex.hol >= 0 && !coversReal(&z, x, holClip(base, ex.hol), t) {
			return r.holidayReason(&z, x, base, t)
		}
		for i := range r.closures {
			if ex.cl&(1<<i) != 0 && !coversReal(&z, x, r.closures[i].apply(base), t) {
				return Reason{Kind: ReasonClosure, Date: x, Closure: cloneClosure(e.spec.Closures[i])}
			}
		}
	}
	if _, ok := r.override(d); ok {
		return Reason{Kind: ReasonOverride, Date: d, Override: r.overrideOf(e.spec, d)}
	}
	return Reason{Kind: ReasonOutsideHours, Date: d}
}

// coversReal reports whether one of date x's civil spans ms contains t in
// real time (as the tables resolve them).
func coversReal(z *zoneResolver, x date.Date, ms []mspan, t time.Time) bool {
	w := int64(x-date.ZeroOffset) * secPerDay
	u := t.Unix()
	for _, m := range ms {
		if z.resolve(w+int64(m.s)*60) <= u && u < z.resolve(w+int64(m.e)*60) {
			return true
		}
	}
	return false
}

// holClip applies a holiday closure (0: the whole day, m > 0: from minute
// m) to a date's spans.
func holClip(ms []mspan, hol int32) []mspan {
	if hol == 0 {
		return nil
	}
	return clipSpans(ms, hol)
}

// overrideOf returns the override of date d as the spec gives it.
func (r *rules) overrideOf(spec *Spec, d date.Date) Override {
	for _, o := range spec.Overrides {
		if o.Date == d {
			o.Hours = append(DayHours(nil), o.Hours...)
			return o
		}
	}
	return Override{Date: d}
}

func cloneClosure(c Closure) Closure {
	c.On = append([]DateRule(nil), c.On...)
	c.Hours = append(DayHours(nil), c.Hours...)
	return c
}

// holidayLookup is implemented by holiday sources that know their
// holidays' names, like *holidays.Set.
type holidayLookup interface {
	Lookup(d date.Date) (holidays.Holiday, bool)
}

// holidayReason names the first holiday of date x (explicit dates first,
// then the sources in order) whose closure removes t from x's spans base.
func (r *rules) holidayReason(z *zoneResolver, x date.Date, base []mspan, t time.Time) Reason {
	reason := Reason{Kind: ReasonHoliday, Date: x}
	if _, ok := slices.BinarySearch(r.holidays, x); ok {
		return reason
	}
	for i := range r.sources {
		s := &r.sources[i]
		if _, ok := slices.BinarySearch(s.dates.get(x.Year()), x); !ok {
			continue
		}
		if coversReal(z, x, holClip(base, max(s.closedFrom, 0)), t) {
			continue // this one closes x later than t
		}
		reason.Region = s.region
		if l, ok := s.src.(holidayLookup); ok {
			if h, ok := l.Lookup(x); ok {
				reason.Holiday = h
			}
		}
		return reason
	}
	return reason
}
