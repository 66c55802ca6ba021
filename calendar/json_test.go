package calendar

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/itsmkit/itsm/calendar/holidays"
	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// date.Date's own decoder normalises impossible dates; a typo in a holiday
// or override date must be an error, not a closure on another day.
func TestSpecJSONStrictDates(t *testing.T) {
	for _, bad := range []string{"2026-02-30", "2026-13-01", "2026-12-00", "2026-12-32", "2026-400", "20261224", "2026-12-24T00:00:00Z", "2026-1-5", " 2026-12-24", ""} {
		for _, js := range []string{
			`{"week":"Mon 08:00-17:00","holiday_dates":["` + bad + `"]}`,
			`{"week":"Mon 08:00-17:00","overrides":[{"date":"` + bad + `","closed":true}]}`,
			`{"union":[{"week":"Mon 08:00-17:00","holiday_dates":["` + bad + `"]}]}`,
		} {
			_, err := ParseSpec([]byte(js))
			require.Error(t, err, js)
			assert.ErrorIs(t, err, ErrSyntax, js)
			assert.Contains(t, err.Error(), `"`+bad+`"`, "the error quotes the date")
		}
	}
	s, err := ParseSpec([]byte(`{"week":"Mon 08:00-17:00","holiday_dates":["2028-02-29"],"overrides":[{"date":"2026-12-24","closed_from":"12:00"}]}`))
	require.NoError(t, err)
	assert.Equal(t, []date.Date{date.New(2028, 2, 29)}, s.HolidayDates)
	assert.Equal(t, date.New(2026, 12, 24), s.Overrides[0].Date)
	_, err = ParseSpec([]byte(`{"week":"Mon 08:00-17:00","holiday_dates":["2026-02-29"]}`))
	assert.ErrorIs(t, err, ErrSyntax, "2026 is not a leap year")
}

// specJSON must decode exactly the JSON fields Spec encodes.
func TestSpecJSONMirror(t *testing.T) {
	tags := func(typ reflect.Type) map[string]string {
		out := map[string]string{}
		for i := range typ.NumField() {
			f := typ.Field(i)
			if tag := f.Tag.Get("json"); tag != "-" {
				out[f.Name] = tag
			}
		}
		return out
	}
	assert.Equal(t, tags(reflect.TypeFor[Spec]()), tags(reflect.TypeFor[specJSON]()))
	assert.Equal(t, tags(reflect.TypeFor[Override]()), tags(reflect.TypeFor[overrideJSON]()))
	assert.Equal(t, tags(reflect.TypeFor[HolidayRef]()), tags(reflect.TypeFor[holidayRefJSON]()))
}

// ClosedFrom is a Clock, whose zero value 00:00 means unset in an
// override. A "closed_from": "00:00" must not vanish on decoding: next to
// "hours" it would have been silently dropped.
func TestOverrideClosedFromMidnight(t *testing.T) {
	for _, js := range []string{
		`{"week":"Mon 08:00-17:00","overrides":[{"date":"2026-12-24","closed_from":"00:00"}]}`,
		`{"week":"Mon 08:00-17:00","overrides":[{"date":"2026-12-24","hours":"09:00-10:00","closed_from":"00:00"}]}`,
	} {
		_, err := ParseSpec([]byte(js))
		assert.ErrorIs(t, err, ErrBadOverride, js)
		assert.ErrorContains(t, err, `"00:00"`, js)
		assert.ErrorContains(t, err, `"closed": true`, js)
	}
	s, err := ParseSpec([]byte(`{"week":"Mon 08:00-17:00","overrides":[{"date":"2026-12-24","closed_from":"24:00"}],"holidays":[{"region":"DE","categories":["halfday"],"closed_from":"00:00"}]}`))
	require.NoError(t, err)
	assert.Equal(t, Midnight24, s.Overrides[0].ClosedFrom)
	assert.Equal(t, []holidays.Category{holidays.HalfDay}, s.Holidays[0].Categories)
	assert.Equal(t, Clock(0), s.Holidays[0].ClosedFrom, "a holiday closure from 00:00 is the whole day, the zero value")
	_, err = ParseSpec([]byte(`{"week":"Mon 08:00-17:00","overrides":[{"date":"2026-12-24","closed_from":"12:60"}]}`))
	assert.ErrorIs(t, err, ErrBadTime)
	assert.ErrorContains(t, err, `override 2026-12-24 closed_from: "12:60"`)
	_, err = New(Spec{Week: mustWeek(t, "Mon 08:00-17:00"), Overrides: []Override{{Date: date.New(2026, 12, 24), ClosedFrom: -5}}})
	assert.ErrorIs(t, err, ErrBadTime)
	assert.ErrorContains(t, err, `"Clock(-5)"`)
}

// Each nested spec is decoded by its own UnmarshalJSON call; a hostile
// input thousands of levels deep is refused at once instead of taking time
// quadratic in its size. Nesting that New accepts still decodes.
func TestSpecJSONDeepNesting(t *testing.T) {
	nest := func(n int, inner string) string {
		return strings.Repeat(`{"union":[`, n) + inner + strings.Repeat(`]}`, n)
	}
	base := `{"week":"Mon 08:00-09:00","overrides":[{"date":"2026-01-06","hours":"10:00-11:00"}],"holidays":[{"region":"DE","categories":["halfday"]}]}`
	start := time.Now()
	_, err := ParseSpec([]byte(nest(4900, base)))
	assert.ErrorIs(t, err, ErrBadCompose)
	assert.Less(t, time.Since(start), 5*time.Second) // was ~1.3 s, now microseconds; a loose bound for slow CI
	s, err := ParseSpec([]byte(nest(maxDepth, base)))
	require.NoError(t, err)
	_, err = New(s)
	require.NoError(t, err)
	// one level more: refused by decoding as by New (the same limit)
	_, err = ParseSpec([]byte(nest(maxDepth+1, base)))
	assert.ErrorIs(t, err, ErrBadCompose)
	_, err = New(Spec{Union: []Spec{s}})
	assert.ErrorIs(t, err, ErrBadCompose)
	// brackets inside strings do not count
	_, err = ParseSpec([]byte(`{"zone":"` + strings.Repeat("[{", 100) + `\"` + `"}`))
	require.NoError(t, err)
}
