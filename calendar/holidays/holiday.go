package holidays

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/itsmkit/itsm"
	"github.com/itsmkit/itsm/internal/strictjson"
	"github.com/rickb777/date/v2"
)

// Holiday is one holiday on one date. The zero value is not a holiday of any
// region (it has no ID).
//
// JSON (keys lower snake_case, see the root package's conventions):
//
//	{"id": "de.tag-der-deutschen-einheit", "date": "2024-10-03",
//	 "name": "Tag der Deutschen Einheit", "name_en": "German Unity Day",
//	 "category": "public"}
type Holiday struct {
	// ID is stable across years and releases, e.g. "de.reformationstag". A
	// substitute day carries the ID of the holiday it replaces.
	ID string `json:"id"`
	// Date is the civil date.
	Date date.Date `json:"date"`
	// Name is the name in the region's (main) local language.
	Name string `json:"name"`
	// NameEN is the English name.
	NameEN string `json:"name_en"`
	// Category says how binding the holiday is.
	Category Category `json:"category"`
	// Observed marks a substitute day for a holiday that fell on a weekend,
	// or a replacement day the law set for a holiday that fell on another
	// holiday (Belgium: 2 May 2008 for Ascension Day on 1 May). The holiday
	// itself is listed too, on its own date.
	Observed bool `json:"observed,omitzero"`
	// Estimated marks a forecast, not a law or an announcement: a date that
	// depends on an announcement not yet made for that year (a moon
	// sighting for an Islamic holiday, a government's yearly list), computed
	// by the method Source names. It may move when the date is announced.
	Estimated bool `json:"estimated,omitzero"`
	// Source says where the date comes from when it is not fixed by a rule
	// of law alone: the announcement (a gazette, a government notice) or,
	// for an Estimated day, the method ("tabular Islamic calendar"). Empty
	// for days given by the rules of the law.
	Source string `json:"source,omitempty"`
}

// String renders the holiday on one line:
// "2024-10-03 Tag der Deutschen Einheit (German Unity Day; public)".
func (h Holiday) String() string {
	var b strings.Builder
	b.WriteString(h.Date.String())
	b.WriteByte(' ')
	b.WriteString(h.Name)
	b.WriteString(" (")
	if h.NameEN != "" && h.NameEN != h.Name {
		b.WriteString(h.NameEN)
		b.WriteString("; ")
	}
	b.WriteString(h.Category.String())
	if h.Observed {
		b.WriteString("; observed")
	}
	if h.Estimated {
		b.WriteString("; estimated")
	}
	b.WriteByte(')')
	return b.String()
}

// renamedHolidayKeys maps the JSON keys of earlier releases to their names.
var renamedHolidayKeys = map[string]string{"nameEN": "name_en"}

// UnmarshalJSON decodes a holiday strictly: an unknown key is an error, and
// a key of an earlier release ("nameEN") is an error naming its new
// spelling ("name_en"). It does not check the holiday; [NewSet] and
// [WriteICal] do. Decoding into a nil *Holiday is an error.
func (h *Holiday) UnmarshalJSON(b []byte) error {
	if h == nil {
		return &itsm.Error{Pkg: "holidays", Context: "holiday JSON", Err: fmt.Errorf("%w: decoding into a nil *Holiday", ErrInvalidHoliday)}
	}
	var keys map[string]json.RawMessage
	if json.Unmarshal(b, &keys) == nil {
		for old, now := range renamedHolidayKeys {
			if _, ok := keys[old]; ok {
				return &itsm.Error{Pkg: "holidays", Context: "holiday JSON", Input: old,
					Err: fmt.Errorf("%w: key renamed to %q", ErrInvalidHoliday, now)}
			}
		}
	}
	type plain Holiday // without this method
	err := strictjson.DecodeInto(b, (*plain)(h))
	var ie *itsm.Error
	if err != nil && !errors.As(err, &ie) {
		err = &itsm.Error{Pkg: "holidays", Context: "holiday JSON", Err: fmt.Errorf("%w: %w", ErrInvalidHoliday, err)}
	}
	return err
}
