package holidays

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/itsmkit/itsm"
	"github.com/itsmkit/itsm/internal/apitest"
	"github.com/itsmkit/itsm/internal/jsonconv"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The module's JSON convention (root doc.go): lower snake_case keys with
// explicit tags on the result types (Holiday, RegionInfo), and in what the
// package writes. Holiday and RegionInfo had the key "nameEN".
func TestDialect(t *testing.T) {
	if p := jsonconv.CheckTypes(Holiday{}, RegionInfo{}, []Holiday{}, []RegionInfo{}); len(p) > 0 {
		t.Errorf("types break the JSON convention:\n%s", strings.Join(p, "\n"))
	}
	s, err := ForRegion("GB-ENG", Public, Bank, Optional, HalfDay)
	require.NoError(t, err)
	for _, v := range []any{s.Holidays(2022), Regions(), s.Holidays(2020)[0]} {
		b, err := json.Marshal(v)
		require.NoError(t, err)
		if p := jsonconv.CheckJSON(b); len(p) > 0 {
			t.Errorf("%s:\n%s", b, strings.Join(p, "\n"))
		}
	}
	// the JSON of the Holiday doc comment
	doc := `{"id": "de.tag-der-deutschen-einheit", "date": "2024-10-03",
	 "name": "Tag der Deutschen Einheit", "name_en": "German Unity Day",
	 "category": "public"}`
	if p := jsonconv.CheckJSON([]byte(doc)); len(p) > 0 {
		t.Error(p)
	}
	var h Holiday
	require.NoError(t, json.Unmarshal([]byte(doc), &h))
	assert.Equal(t, "German Unity Day", h.NameEN)
}

// A key of an earlier release is refused with an error naming the new key,
// not silently dropped (encoding/json ignored "nameEN" once it was
// renamed); so is any unknown key.
func TestHolidayJSONOldKeys(t *testing.T) {
	var h Holiday
	err := json.Unmarshal([]byte(`{"id":"x","date":"2024-10-03","name":"X","nameEN":"X","category":"public"}`), &h)
	require.ErrorIs(t, err, ErrInvalidHoliday)
	assert.ErrorContains(t, err, `"nameEN": invalid holiday: key renamed to "name_en"`)
	err = json.Unmarshal([]byte(`{"id":"x","date":"2024-10-03","categroy":"public"}`), &h)
	require.ErrorIs(t, err, ErrInvalidHoliday)
	assert.ErrorContains(t, err, "categroy")
	err = json.Unmarshal([]byte(`{"id":"x","date":"2024-10-03","category":"Public"}`), &h)
	require.ErrorIs(t, err, ErrCategory)
	var e *itsm.Error
	require.ErrorAs(t, err, &e)
	assert.Equal(t, []string{"public", "optional", "bank", "halfday"}, e.Valid)
	assert.Error(t, (*Holiday)(nil).UnmarshalJSON([]byte(`{}`)))
}

// Every error is a holidays *itsm.Error wrapping a sentinel; option errors
// list the valid values.
func TestErrorsAreItsmErrors(t *testing.T) {
	_, e1 := ForRegion("XX")
	_, e2 := ForRegion("DE", Category(9))
	_, e3 := ParseCategory("half-day")
	_, e4 := NewSet([]Holiday{{Date: day("2024-01-01"), Category: Public}})
	_, e5 := NewSet([]Holiday{{ID: "x", Date: day("2024-01-01")}})
	_, e6 := ReadICal(strings.NewReader("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART;VALUE=DATE:20240101\r\nSUMMARY:x\r\nX-ITSMKIT-CATEGORY:Public\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"))
	for i, c := range []struct {
		err      error
		sentinel error
		valid    bool
	}{{e1, ErrUnknownRegion, true}, {e2, ErrCategory, true}, {e3, ErrCategory, true}, {e4, ErrInvalidHoliday, false}, {e5, ErrInvalidHoliday, true}, {e6, ErrICal, true}} {
		var e *itsm.Error
		if !errors.As(c.err, &e) || e.Pkg != "holidays" || !errors.Is(c.err, c.sentinel) {
			t.Errorf("%d: %v (%T) is not a holidays *itsm.Error wrapping %v", i, c.err, c.err, c.sentinel)
			continue
		}
		if c.valid && len(e.Valid) == 0 {
			t.Errorf("%d: %v lists no valid values", i, c.err)
		}
	}
	assert.ErrorIs(t, e6, ErrCategory)
	assert.EqualError(t, e6, `holidays: iCalendar line 6: X-ITSMKIT-CATEGORY: category: "Public": unknown category (valid: public, optional, bank, halfday)`)
	assert.EqualError(t, e1, `holidays: region: "XX": unknown region (valid: `+strings.Join(countryCodes(), ", ")+`)`)
}

func countryCodes() []string {
	var out []string
	for _, r := range Regions() {
		if !strings.Contains(r.Code, "-") {
			out = append(out, r.Code)
		}
	}
	return out
}

// The module's nil-receiver rule: a nil *Set is the empty set.
func TestNilReceivers(t *testing.T) {
	// Category, Holiday and RegionInfo are value types; only their
	// Unmarshal methods have pointer receivers (checked below).
	if p := apitest.NilPanics((*Set)(nil)); len(p) > 0 {
		t.Errorf("methods panic on a nil receiver:\n%s", strings.Join(p, "\n"))
	}
	var s *Set
	assert.Nil(t, s.Holidays(2024))
	assert.False(t, s.IsHoliday(day("2024-01-01")))
	assert.Equal(t, "no holidays", s.String())
	assert.ErrorIs(t, (*Category)(nil).UnmarshalText([]byte("public")), ErrCategory)
	assert.ErrorIs(t, (*Holiday)(nil).UnmarshalJSON([]byte(`{"id":"x"}`)), ErrInvalidHoliday)
}

// The result types people print read as text, not as struct dumps.
func TestStrings(t *testing.T) {
	s, err := ForRegion("DE-NW", Public, HalfDay)
	require.NoError(t, err)
	assert.Equal(t, "DE-NW: public, halfday", s.String())
	h, _ := s.Lookup(day("2024-10-03"))
	assert.Equal(t, "2024-10-03 Tag der Deutschen Einheit (German Unity Day; public)", h.String())
	gb, err := ForRegion("GB-ENG")
	require.NoError(t, err)
	hs := gb.Holidays(2022)
	assert.Equal(t, "2022-12-27 Christmas Day (substitute day) (public; observed)", hs[len(hs)-1].String())
	assert.Equal(t, "DE-NW Nordrhein-Westfalen (North Rhine-Westphalia)", s.reg.info.String())
	ns, err := NewSet(hs)
	require.NoError(t, err)
	assert.Equal(t, "12 listed holidays: public", ns.String())
}
