package calendar

import (
	"encoding/json"
	"fmt"

	"github.com/itsmkit/itsm/calendar/holidays"
	"github.com/itsmkit/itsm/internal/strictjson"
	"github.com/rickb777/date/v2"
)

// UnmarshalJSON decodes a Spec strictly: unknown fields are an error (a
// misspelt "overides" must not silently drop the overrides). Errors quote
// the offending input. A composition beyond the limits of [New] (8 levels,
// 64 specs) is an error here already; everything else is validated by New.
func (s *Spec) UnmarshalJSON(b []byte) error {
	if s == nil {
		return nilTarget("Spec", b)
	}
	if jsonDepthExceeds(b, maxJSONDepth) {
		return errorf("json", quoteInput(b), fmt.Errorf("%w: nested more than %d levels", ErrBadCompose, maxDepth))
	}
	var v specJSON
	if err := strictjson.Decode(b, &v); err != nil {
		if findOwn(err) {
			return err
		}
		return errorf("json", quoteInput(b), fmt.Errorf("%w: %w", ErrSyntax, err))
	}
	sp, err := v.spec()
	if err != nil {
		return err
	}
	// The composition limits of New, so that what decodes can be built
	// and what can be built decodes. Nested specs were checked by their
	// own UnmarshalJSON calls already.
	if err := checkShape(sp.shape()); err != nil {
		return err
	}
	*s = sp
	return nil
}

// specJSON mirrors Spec for decoding, with strict dates (see isoDate),
// times of day and categories parsed with their context. A test checks
// that the mirrors have the same JSON fields as Spec, Override and
// HolidayRef.
type specJSON struct {
	Zone         string           `json:"zone,omitempty"`
	Week         Week             `json:"week,omitzero"`
	Overrides    []overrideJSON   `json:"overrides,omitempty"`
	HolidayDates []isoDate        `json:"holiday_dates,omitempty"`
	Holidays     []holidayRefJSON `json:"holidays,omitempty"`
	Closures     []Closure        `json:"closures,omitempty"`
	Union        []Spec           `json:"union,omitempty"`
	Intersect    []Spec           `json:"intersect,omitempty"`
	Minus        []Spec           `json:"minus,omitempty"`
}

type overrideJSON struct {
	Date       isoDate  `json:"date"`
	Hours      DayHours `json:"hours,omitempty"`
	Closed     bool     `json:"closed,omitempty"`
	ClosedFrom *string  `json:"closed_from,omitzero"`
}

type holidayRefJSON struct {
	Region     string   `json:"region"`
	Categories []string `json:"categories,omitempty"`
	ClosedFrom *string  `json:"closed_from,omitzero"`
}

// spec converts the decoded mirror, parsing times of day and categories.
func (v *specJSON) spec() (Spec, error) {
	s := Spec{Zone: v.Zone, Week: v.Week, Closures: v.Closures, Union: v.Union, Intersect: v.Intersect, Minus: v.Minus}
	if v.Overrides != nil {
		s.Overrides = make([]Override, len(v.Overrides))
		for i, o := range v.Overrides {
			d := date.Date(o.Date)
			s.Overrides[i] = Override{Date: d, Hours: o.Hours, Closed: o.Closed}
			if o.ClosedFrom == nil {
				continue
			}
			ctx := "override " + d.String() + " closed_from"
			c, err := ParseClock(*o.ClosedFrom)
			if err != nil {
				return Spec{}, errorf(ctx, *o.ClosedFrom, ErrBadTime)
			}
			if c == 0 {
				// The zero Clock means unset: "00:00" would vanish.
				return Spec{}, errorf(ctx, *o.ClosedFrom, fmt.Errorf("%w: a closure from 00:00 is \"closed\": true", ErrBadOverride))
			}
			s.Overrides[i].ClosedFrom = c
		}
	}
	if v.HolidayDates != nil {
		s.HolidayDates = make([]date.Date, len(v.HolidayDates))
		for i, d := range v.HolidayDates {
			s.HolidayDates[i] = date.Date(d)
		}
	}
	if v.Holidays != nil {
		s.Holidays = make([]HolidayRef, len(v.Holidays))
		for i, h := range v.Holidays {
			ref := HolidayRef{Region: h.Region}
			if h.Categories != nil {
				ref.Categories = make([]holidays.Category, len(h.Categories))
				for j, name := range h.Categories {
					if err := ref.Categories[j].UnmarshalText([]byte(name)); err != nil {
						return Spec{}, categoryError("holidays "+h.Region, name)
					}
				}
			}
			if h.ClosedFrom != nil {
				c, err := ParseClock(*h.ClosedFrom)
				if err != nil {
					return Spec{}, errorf("holidays "+h.Region+" closed_from", *h.ClosedFrom, ErrBadTime)
				}
				ref.ClosedFrom = c
			}
			s.Holidays[i] = ref
		}
	}
	return s, nil
}

// isoDate decodes only a real calendar date written YYYY-MM-DD. The
// date.Date decoder normalises out-of-range fields ("2026-02-30" becomes 2
// March, "2026-13-01" January 2027), which would silently close or open the
// wrong day.
type isoDate date.Date

// UnmarshalText accepts exactly the form date.Date.MarshalText writes.
func (d *isoDate) UnmarshalText(b []byte) error {
	s := string(b)
	v, err := date.ParseISO(s)
	if err != nil || v.String() != s {
		// a plain error: UnmarshalJSON wraps it in ErrSyntax, quoting the JSON
		return fmt.Errorf("date %q is not a calendar date YYYY-MM-DD", s)
	}
	*d = isoDate(v)
	return nil
}

// maxJSONDepth bounds the bracket nesting of a spec's JSON. A spec [New]
// accepts (at most maxDepth levels of composition, two brackets each, plus
// a base spec's own four) stays well below it. Each nested spec is decoded
// by its own call of UnmarshalJSON over its bytes, so without this bound a
// hostile input thousands of levels deep took time quadratic in its size.
const maxJSONDepth = 4 * (maxDepth + 2)

// jsonDepthExceeds reports whether the bracket nesting of b (outside
// strings) exceeds limit.
func jsonDepthExceeds(b []byte, limit int) bool {
	depth, inStr, esc := 0, false, false
	for _, ch := range b {
		switch {
		case inStr:
			switch {
			case esc:
				esc = false
			case ch == '\\':
				esc = true
			case ch == '"':
				inStr = false
			}
		case ch == '"':
			inStr = true
		case ch == '{' || ch == '[':
			if depth++; depth > limit {
				return true
			}
		case ch == '}' || ch == ']':
			depth--
		}
	}
	return false
}

// quoteInput shortens long inputs for error messages.
func quoteInput(b []byte) string {
	const max = 200
	if len(b) > max {
		return string(b[:max]) + "…"
	}
	return string(b)
}

// ParseSpec decodes a Spec from JSON like json.Unmarshal, but every error,
// including malformed JSON that json.Unmarshal rejects before calling
// [Spec.UnmarshalJSON], is an [*itsm.Error] that quotes the input and wraps
// [ErrSyntax] (or the sentinel of the offending field).
func ParseSpec(b []byte) (Spec, error) {
	var s Spec
	if err := json.Unmarshal(b, &s); err != nil {
		if findOwn(err) {
			return Spec{}, err
		}
		return Spec{}, errorf("json", quoteInput(b), fmt.Errorf("%w: %w", ErrSyntax, err))
	}
	return s, nil
}
