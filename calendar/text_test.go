package calendar

import (
	"encoding/json"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"
)

func TestWeekText(t *testing.T) {
	cases := []struct{ in, canonical string }{
		{"Mon-Fri 08:00-12:00,13:00-17:00; Sat 09:00-13:00", "Mon-Fri 08:00-12:00,13:00-17:00; Sat 09:00-13:00"},
		{"mon-fri 08:00-17:00", "Mon-Fri 08:00-17:00"},
		{"Monday,Wednesday,Friday 22:00-06:00", "Mon,Wed,Fri 22:00-06:00"},
		{"Fri-Mon 10:00-11:00", "Mon,Fri-Sun 10:00-11:00"},
		{"Mon-Sun 00:00-24:00", "Mon-Sun 00:00-24:00"},
		{"Sun 09:00-10:00; Mon-Tue 09:00-10:00", "Mon-Tue,Sun 09:00-10:00"},
		{" Mon 08:00 - 12:00 ;; Tue 9:00-10:00 ", "Mon 08:00-12:00; Tue 09:00-10:00"},
		{"", ""},
	}
	for _, tc := range cases {
		w, err := ParseWeek(tc.in)
		require.NoError(t, err, tc.in)
		assert.Equal(t, tc.canonical, w.String(), tc.in)
		back, err := ParseWeek(w.String())
		require.NoError(t, err)
		assert.Equal(t, w, back)
	}
	w, _ := ParseWeek("Mon-Fri 08:00-12:00,13:00-17:00; Sat 09:00-13:00")
	assert.Equal(t, DayHours{{ClockOf(8, 0), ClockOf(12, 0)}, {ClockOf(13, 0), ClockOf(17, 0)}}, w[time.Wednesday])
	assert.Equal(t, DayHours{{ClockOf(9, 0), ClockOf(13, 0)}}, w[time.Saturday])
	assert.Nil(t, w[time.Sunday])

	bad := []struct {
		in  string
		err error
	}{
		{"Moon 08:00-17:00", ErrSyntax},
		{"Mon-Fri", ErrSyntax},
		{"Mon 25:00-26:00", ErrBadTime},
		{"Mon 08:00-24:30", ErrBadTime},
		{"Mon 8-17", ErrBadTime},
		{"Mon 08:00", ErrSyntax},
		{"Mon 09:00-09:00", ErrEmptySpan},
		{"Mon 24:00-02:00", ErrBadTime},
	}
	for _, tc := range bad {
		_, err := ParseWeek(tc.in)
		assert.ErrorIs(t, err, tc.err, tc.in)
		if err != nil {
			assert.Contains(t, err.Error(), `"`+tc.in+`"`, "the error quotes the input")
		}
	}
}

func TestWeekTextRoundTripProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		w := genWeek(t)
		back, err := ParseWeek(w.String())
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(w, back) {
			t.Fatalf("%q: %v != %v", w.String(), w, back)
		}
		b, err := w.MarshalText()
		if err != nil || string(b) != w.String() {
			t.Fatal(err)
		}
	})
}

func TestSpecJSON(t *testing.T) {
	in := `{
		"zone": "Europe/Berlin",
		"week": "Mon-Fri 08:00-17:00",
		"overrides": [
			{"date": "2026-12-24", "closed_from": "12:00"},
			{"date": "2026-12-19", "hours": "09:00-13:00"},
			{"date": "2026-12-31", "closed": true}
		],
		"holiday_dates": ["2026-12-28"],
		"holidays": [{"region": "DE-NW"}, {"region": "DE", "categories": ["halfday"], "closed_from": "12:00"}]
	}`
	var s Spec
	require.NoError(t, json.Unmarshal([]byte(in), &s))
	assert.Equal(t, "Europe/Berlin", s.Zone)
	assert.Equal(t, "Mon-Fri 08:00-17:00", s.Week.String())
	assert.Equal(t, DayHours{{ClockOf(9, 0), ClockOf(13, 0)}}, s.Overrides[1].Hours)
	_, err := New(s)
	require.NoError(t, err)
	out, err := json.Marshal(s)
	require.NoError(t, err)
	assert.JSONEq(t, `{"zone":"Europe/Berlin","week":"Mon-Fri 08:00-17:00",
		"overrides":[{"date":"2026-12-24","closed_from":"12:00"},{"date":"2026-12-19","hours":"09:00-13:00"},{"date":"2026-12-31","closed":true}],
		"holiday_dates":["2026-12-28"],
		"holidays":[{"region":"DE-NW"},{"region":"DE","categories":["halfday"],"closed_from":"12:00"}]}`, string(out))

	bad := []struct {
		in  string
		err error
	}{
		{`{"zone": "UTC", "week": "Mon 8-17"}`, ErrBadTime},
		{`{"zone": "UTC", "weak": "Mon 08:00-17:00"}`, ErrSyntax},
		{`{"zone": "UTC", "week": "Mon 08:00-17:00", "holiday_dates": ["26-xx-01"]}`, ErrSyntax},
		{`{"zone": 1}`, ErrSyntax},
		{`{"week": "Mon 08:00-17:00"} {}`, ErrSyntax},
		{`[`, ErrSyntax},
	}
	for _, tc := range bad {
		_, err := ParseSpec([]byte(tc.in))
		assert.ErrorIs(t, err, tc.err, tc.in)
		if err != nil && tc.err == ErrSyntax {
			assert.Contains(t, err.Error(), strconv.Quote(tc.in), "quotes the input")
		}
	}
}

func TestSpecJSONRoundTripProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		spec := genSpec(t, genWindow(t))
		b, err := json.Marshal(spec)
		if err != nil {
			t.Fatal(err)
		}
		var back Spec
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("%s: %v", b, err)
		}
		if !reflect.DeepEqual(normSpec(spec), normSpec(back)) {
			t.Fatalf("round trip of %s:\n%#v\n%#v", b, spec, back)
		}
	})
}

// normSpec maps empty slices to nil and drops the (not serialised) Sources
// for comparison.
func normSpec(s Spec) Spec {
	s.Sources = nil
	if len(s.Overrides) == 0 {
		s.Overrides = nil
	}
	for i := range s.Overrides {
		if len(s.Overrides[i].Hours) == 0 {
			s.Overrides[i].Hours = nil
		}
	}
	if len(s.HolidayDates) == 0 {
		s.HolidayDates = nil
	}
	if len(s.Closures) == 0 {
		s.Closures = nil
	}
	for i := range s.Closures {
		if len(s.Closures[i].Hours) == 0 {
			s.Closures[i].Hours = nil
		}
	}
	for wd := range s.Week {
		if len(s.Week[wd]) == 0 {
			s.Week[wd] = nil
		}
	}
	return s
}

func TestComposedSpecJSON(t *testing.T) {
	emea := mustNew(t, Spec{Zone: "Europe/Berlin", Week: mustWeek(t, "Mon-Fri 08:00-17:00"), Holidays: []HolidayRef{{Region: "DE-NW"}}})
	amer := mustNew(t, Spec{Zone: "America/New_York", Week: mustWeek(t, "Mon-Fri 08:00-17:00")})
	maint := mustNew(t, Spec{Zone: "UTC", Week: mustWeek(t, "Sat 00:00-06:00")})
	u, err := Union(emea, amer)
	require.NoError(t, err)
	m, err := Minus(u, maint)
	require.NoError(t, err)
	b, err := json.Marshal(m)
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(string(b), `{"minus":[{"union":[`), string(b))
	var s Spec
	require.NoError(t, json.Unmarshal(b, &s))
	back, err := New(s)
	require.NoError(t, err)
	a, z := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC)
	assert.Equal(t, m.Between(a, z), back.Between(a, z))
	assert.Equal(t, "Europe/Berlin", back.Location().String())

	_, err = New(Spec{Zone: "UTC", Union: []Spec{{Week: mustWeek(t, "Mon 08:00-09:00")}}})
	assert.ErrorIs(t, err, ErrBadCompose)
	_, err = New(Spec{Union: []Spec{{Week: mustWeek(t, "Mon 08:00-09:00")}}, Minus: []Spec{{Week: mustWeek(t, "Mon 08:00-09:00")}}})
	assert.ErrorIs(t, err, ErrBadCompose)
	deep := Spec{Week: mustWeek(t, "Mon 08:00-09:00")}
	for range 20 {
		deep = Spec{Union: []Spec{deep}}
	}
	_, err = New(deep)
	assert.ErrorIs(t, err, ErrBadCompose)
}
