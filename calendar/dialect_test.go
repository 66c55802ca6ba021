package calendar

import (
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/itsmkit/itsm"
	"github.com/itsmkit/itsm/internal/apitest"
	"github.com/itsmkit/itsm/internal/jsonconv"
	"github.com/rickb777/date/v2"
)

// Every error of the package is an *itsm.Error of package "calendar" that
// wraps a sentinel: a composition of no calendars returned the bare
// sentinel, with nothing quoted.
func TestErrorsAreItsmErrors(t *testing.T) {
	_, err1 := Union()
	_, err2 := Intersect()
	_, err3 := Minus(nil)
	for i, err := range []error{err1, err2, err3} {
		var e *itsm.Error
		if !errors.As(err, &e) || e.Pkg != "calendar" {
			t.Errorf("%d: %v (%T) is not a calendar *itsm.Error", i, err, err)
			continue
		}
		if !errors.Is(err, ErrNoCalendars) {
			t.Errorf("%d: %v does not wrap ErrNoCalendars", i, err)
		}
		if e.Input == "" {
			t.Errorf("%d: %v quotes no input", i, err)
		}
	}
}

// The module's nil-receiver rule: a method on a nil pointer returns an
// error or its documented zero answer; it never panics. A nil *Calendar
// panicked in every query.
func TestNilReceivers(t *testing.T) {
	if p := apitest.NilPanics((*Calendar)(nil), (*Spec)(nil)); len(p) > 0 {
		t.Errorf("methods panic on a nil receiver:\n%s", strings.Join(p, "\n"))
	}
	// Clock, Hours, DayHours and Week are value types; only their
	// UnmarshalText has a pointer receiver. Valid input, so that only the
	// nil target can fail.
	for name, u := range map[string]interface{ UnmarshalText([]byte) error }{
		"12:00": (*Clock)(nil), "easter-48": (*DateRule)(nil), "holiday": (*ReasonKind)(nil), "08:00-17:00": (*Hours)(nil), "08:00-12:00,13:00-17:00": (*DayHours)(nil), "Mon 08:00-17:00": (*Week)(nil), "": (*Week)(nil),
	} {
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("(%T).UnmarshalText(%q) panics: %v", u, name, r)
				}
			}()
			if err := u.UnmarshalText([]byte(name)); !errors.Is(err, ErrSyntax) {
				t.Errorf("(%T).UnmarshalText(%q) = %v, want an error wrapping ErrSyntax", u, name, err)
			}
		}()
	}
	if err := (*Spec)(nil).UnmarshalJSON([]byte(`{"week":"Mon 08:00-17:00"}`)); !errors.Is(err, ErrSyntax) {
		t.Errorf("(*Spec)(nil).UnmarshalJSON = %v, want an error wrapping ErrSyntax", err)
	}

	// The documented answers of a nil *Calendar.
	var c *Calendar
	at := time.Date(2026, 5, 4, 10, 0, 0, 0, time.UTC)
	if c.IsOpen(at) || c.Between(at, at.Add(time.Hour)) != 0 || c.IsWorkingDay(date.New(2026, 5, 4)) || c.Location() != time.UTC {
		t.Error("a nil *Calendar is not the never-open UTC calendar")
	}
	for range c.Spans(at, at.Add(time.Hour)) {
		t.Error("a nil *Calendar has spans")
	}
	if r, err := c.NextClose(at); err != nil || !r.Equal(at) {
		t.Errorf("nil NextClose = %v, %v; want t, nil", r, err)
	}
	if r, err := c.Add(at, 0); err != nil || !r.Equal(at) {
		t.Errorf("nil Add(t, 0) = %v, %v; want t, nil", r, err)
	}
	if _, ok := c.Spec(); ok {
		t.Error("nil Spec reports ok")
	}
	if b, err := c.MarshalJSON(); err != nil || string(b) != "null" {
		t.Errorf("nil MarshalJSON = %s, %v; want null", b, err)
	}
	_, e1 := c.Add(at, time.Hour)
	_, e2 := c.NextOpen(at)
	_, e3 := c.AddDays(at, 1)
	_, e4 := c.EndOfDay(at, 0)
	_, e5 := c.PrevClose(at)
	for i, err := range []error{e1, e2, e3, e4, e5} {
		var e *itsm.Error
		if !errors.Is(err, ErrNoCalendars) || !errors.As(err, &e) || e.Pkg != "calendar" {
			t.Errorf("%d: nil *Calendar search: %v, want a calendar error wrapping ErrNoCalendars", i, err)
		}
	}
}

// The module's JSON convention (root doc.go): lower snake_case keys with
// explicit tags on every configuration and result type, and in what the
// package writes.
func TestDialect(t *testing.T) {
	// Spec reaches Override, HolidayRef and the text types (Week,
	// DayHours, Hours, Clock, holidays.Category); Spans yields
	// itsm.Interval.
	if p := jsonconv.CheckTypes(Spec{}, Override{}, HolidayRef{}, Closure{}, itsm.Interval{}, Reason{}); len(p) > 0 {
		t.Errorf("types break the JSON convention:\n%s", strings.Join(p, "\n"))
	}
	docs := []string{
		// the JSON of doc.go, README.md and the Examples
		`{"zone": "Europe/Berlin",
		 "week": "Mon-Fri 08:00-17:00",
		 "overrides": [{"date": "2026-12-24", "closed_from": "12:00"},
		               {"date": "2026-12-19", "hours": "09:00-13:00"},
		               {"date": "2026-12-31", "closed": true}],
		 "holiday_dates": ["2026-12-28"],
		 "holidays": [{"region": "DE-NW"},
		              {"region": "DE", "categories": ["halfday"], "closed_from": "12:00"}]}`,
		`{"zone": "Europe/Berlin", "week": "Mon-Fri 08:00-17:00",
		 "closures": [{"name": "Rosenmontag", "on": ["easter-48"], "from": "12:00"},
		              {"name": "month end", "on": ["last fri"], "from": "14:00"},
		              {"on": ["12-24", "12-31"], "from": "12:00"},
		              {"name": "all-hands", "on": ["wed"], "hours": "10:00-12:00"}]}`,
		`{"union": [{"zone": "Europe/Berlin", "week": "Mon-Fri 08:00-17:00"},
		            {"zone": "America/New_York", "week": "Mon-Fri 08:00-17:00"}]}`,
		`{"minus": [{"week": "Mon-Fri 08:00-17:00"}, {"intersect": [{"week": "Wed 12:00-13:00"}, {"week": "Wed 00:00-24:00"}]}]}`,
	}
	for _, doc := range docs {
		if p := jsonconv.CheckJSON([]byte(doc)); len(p) > 0 {
			t.Errorf("%s:\n%s", doc, strings.Join(p, "\n"))
		}
		s, err := ParseSpec([]byte(doc))
		if err != nil {
			t.Fatalf("%s: %v", doc, err)
		}
		c, err := New(s)
		if err != nil {
			t.Fatalf("%s: %v", doc, err)
		}
		for _, v := range []any{s, c} {
			b, err := json.Marshal(v)
			if err != nil {
				t.Fatal(err)
			}
			if p := jsonconv.CheckJSON(b); len(p) > 0 {
				t.Errorf("%s:\n%s", b, strings.Join(p, "\n"))
			}
		}
	}
	// compositions built in code marshal the same way
	a, b := AlwaysOpen(), mustNew(t, Spec{Zone: "Europe/Berlin", Week: mustWeek(t, "Mon-Fri 08:00-17:00")})
	u, err := Union(a, b)
	if err != nil {
		t.Fatal(err)
	}
	m, err := Minus(u, b)
	if err != nil {
		t.Fatal(err)
	}
	out, err := json.Marshal(map[string]any{"calendar": m, "spans": slices.Collect(b.Spans(time.Date(2026, 5, 4, 0, 0, 0, 0, time.UTC), time.Date(2026, 5, 5, 0, 0, 0, 0, time.UTC)))})
	if err != nil {
		t.Fatal(err)
	}
	if p := jsonconv.CheckJSON(out); len(p) > 0 {
		t.Errorf("%s:\n%s", out, strings.Join(p, "\n"))
	}
	// the reasons Why gives, every kind
	be := mustLoad("Europe/Berlin")
	spec, err := ParseSpec([]byte(docs[1]))
	if err != nil {
		t.Fatal(err)
	}
	spec.Holidays = []HolidayRef{{Region: "DE-NW"}}
	spec.Overrides = []Override{{Date: date.New(2026, 12, 23), ClosedFrom: ClockOf(15, 0)}}
	c := mustNew(t, spec)
	uc, err := Intersect(c, a)
	if err != nil {
		t.Fatal(err)
	}
	var reasons []Reason
	for _, x := range []time.Time{at(be, 2026, 6, 3, 9, 0), at(be, 2026, 6, 6, 9, 0), at(be, 2026, 6, 4, 9, 0), at(be, 2026, 12, 23, 16, 0), at(be, 2026, 12, 24, 13, 0)} {
		reasons = append(reasons, c.Why(x), uc.Why(x))
	}
	reasons = append(reasons, c.Why(time.Date(1800, 1, 1, 0, 0, 0, 0, time.UTC)))
	out, err = json.Marshal(reasons)
	if err != nil {
		t.Fatal(err)
	}
	if p := jsonconv.CheckJSON(out); len(p) > 0 {
		t.Errorf("%s:\n%s", out, strings.Join(p, "\n"))
	}
	kinds := map[ReasonKind]bool{}
	for _, r := range reasons {
		kinds[r.Kind] = true
	}
	if len(kinds) != len(reasonKinds.Values()) {
		t.Errorf("reasons cover %d kinds, want all %d: %s", len(kinds), len(reasonKinds.Values()), out)
	}
}

// An unknown day name is an option error: it lists the accepted names.
func TestUnknownDayListsValid(t *testing.T) {
	_, err := ParseWeek("Mon-Funday 08:00-17:00")
	var e *itsm.Error
	if !errors.As(err, &e) || !errors.Is(err, ErrSyntax) {
		t.Fatalf("ParseWeek: %v, want a calendar *itsm.Error wrapping ErrSyntax", err)
	}
	if !strings.Contains(err.Error(), `"Funday"`) || !strings.Contains(err.Error(), `"Mon-Funday 08:00-17:00"`) {
		t.Errorf("%v does not quote the day and the input", err)
	}
	want := []string{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	if !slices.Equal(e.Valid, want) {
		t.Errorf("Valid = %q, want %q", e.Valid, want)
	}
	for _, name := range want {
		if _, err := ParseWeek(strings.ToUpper(name) + " 08:00-09:00"); err != nil {
			t.Errorf("listed name %q refused: %v", name, err)
		}
	}
}

// A composition spec with other fields set names them: the error quoted
// the zone, which is usually empty.
func TestComposeExtraFieldsQuoted(t *testing.T) {
	_, err := New(Spec{Week: mustWeek(t, "Mon 08:00-17:00"), Union: []Spec{{Week: mustWeek(t, "Tue 08:00-17:00")}}})
	if !errors.Is(err, ErrBadCompose) || !strings.Contains(err.Error(), `"week, union"`) {
		t.Errorf("New: %v, want ErrBadCompose quoting \"week, union\"", err)
	}
}
