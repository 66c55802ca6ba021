package calendar

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"pgregory.net/rapid"
)

var limitZones = []string{"UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata", "Australia/Sydney"}

// leafCal returns a small base calendar, distinct for each i.
func leafCal(t fataler, i int) *Calendar {
	t.Helper()
	days := []string{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}
	w, err := ParseWeek(fmt.Sprintf("%s %02d:00-%02d:30", days[i%7], 6+i%12, 7+i%12))
	if err != nil {
		t.Fatalf("leaf %d: %v", i, err)
	}
	c, err := New(Spec{Zone: limitZones[i%len(limitZones)], Week: w})
	if err != nil {
		t.Fatalf("leaf %d: %v", i, err)
	}
	return c
}

// roundTrip marshals c, decodes the JSON with ParseSpec and builds it with
// New, and checks that the copy has the same Spec and gives the same
// answers.
func roundTrip(t fataler, c *Calendar) {
	t.Helper()
	b, err := json.Marshal(c)
	if err != nil {
		t.Fatalf("marshal: %v", err)
	}
	s, err := ParseSpec(b)
	if err != nil {
		t.Fatalf("the calendar's own JSON does not decode: %v", err)
	}
	back, err := New(s)
	if err != nil {
		t.Fatalf("the calendar's own JSON does not build: %v", err)
	}
	orig, _ := c.Spec()
	if !reflect.DeepEqual(normSpecDeep(orig), normSpecDeep(s)) {
		t.Fatalf("Spec changed in the round trip")
	}
	a, z := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	if x, y := c.Between(a, z), back.Between(a, z); x != y {
		t.Fatalf("Between: %v before, %v after the round trip", x, y)
	}
	for _, d := range []time.Duration{time.Hour, 40 * time.Hour, -3 * time.Hour} {
		r1, e1 := c.Add(a.AddDate(0, 0, 20), d)
		r2, e2 := back.Add(a.AddDate(0, 0, 20), d)
		if !r1.Equal(r2) || (e1 == nil) != (e2 == nil) {
			t.Fatalf("Add(%v): %v, %v before, %v, %v after the round trip", d, r1, e1, r2, e2)
		}
	}
	if x, y := c.Location().String(), back.Location().String(); x != y {
		t.Fatalf("location %s before, %s after the round trip", x, y)
	}
}

func wantShapeError(t fataler, err error, count, limit string) {
	t.Helper()
	if !errors.Is(err, ErrBadCompose) {
		t.Fatalf("err = %v, want ErrBadCompose", err)
	}
	if msg := err.Error(); !strings.Contains(msg, count) || !strings.Contains(msg, limit) {
		t.Fatalf("error %q does not quote the count %q and the limit %q", msg, count, limit)
	}
}

// A Union of 70 calendars built in Go could not be read back from its own
// JSON: Union accepted it, New (and so the JSON round trip) refused more
// than 64 calendars. Construction now enforces the limits New and decoding
// enforce: at the limit everything round-trips, one over fails at
// construction, quoting the count and the limit.
func TestComposeLimitsWide(t *testing.T) {
	leaves := make([]*Calendar, 70)
	for i := range leaves {
		leaves[i] = leafCal(t, i)
	}
	// 63 operands + the union itself = 64 calendars: the limit.
	u, err := Union(leaves[:maxNodes-1]...)
	if err != nil {
		t.Fatalf("Union of %d calendars: %v", maxNodes-1, err)
	}
	roundTrip(t, u)
	_, err = Union(leaves[:maxNodes]...)
	wantShapeError(t, err, `"65 calendars"`, "64")
	_, err = Union(leaves...) // the 70
	wantShapeError(t, err, `"71 calendars"`, "64")
	_, err = Intersect(leaves...)
	wantShapeError(t, err, `"71 calendars"`, "64")
	_, err = Minus(leaves[0], leaves[1:]...)
	wantShapeError(t, err, `"71 calendars"`, "64")

	// Nested compositions count with all their calendars.
	a, err := Union(leaves[:40]...)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Union(leaves[40:61]...) // 21 + 1
	if err != nil {
		t.Fatal(err)
	}
	m, err := Minus(a, b) // 41 + 22 + 1 = 64
	if err != nil {
		t.Fatalf("Minus at the limit: %v", err)
	}
	roundTrip(t, m)
	b2, err := Union(leaves[40:62]...) // 22 + 1
	if err != nil {
		t.Fatal(err)
	}
	_, err = Minus(a, b2)
	wantShapeError(t, err, `"65 calendars"`, "64")

	// Decoding refuses what construction refuses, quoting the same.
	specs := make([]Spec, maxNodes)
	for i := range specs {
		specs[i], _ = leaves[i].Spec()
	}
	js, err := json.Marshal(Spec{Union: specs})
	if err != nil {
		t.Fatal(err)
	}
	_, err = ParseSpec(js)
	wantShapeError(t, err, `"65 calendars"`, "64")
	_, err = New(Spec{Union: specs})
	wantShapeError(t, err, `"65 calendars"`, "64")
	js, err = json.Marshal(Spec{Union: specs[:maxNodes-1]})
	if err != nil {
		t.Fatal(err)
	}
	if _, err = ParseSpec(js); err != nil {
		t.Fatalf("a union of %d specs does not decode: %v", maxNodes-1, err)
	}
}

// Depth: 8 levels of composition build and round-trip; a 9th fails at
// construction (Union of one operand) and at decoding.
func TestComposeLimitsDeep(t *testing.T) {
	c := leafCal(t, 0)
	for i := range maxDepth {
		var err error
		if c, err = Union(c, leafCal(t, i+1)); err != nil {
			t.Fatalf("level %d: %v", i+1, err)
		}
	}
	roundTrip(t, c)
	_, err := Union(c)
	wantShapeError(t, err, `"9 levels"`, "8")
	_, err = Intersect(leafCal(t, 20), c)
	wantShapeError(t, err, `"9 levels"`, "8")

	s, _ := c.Spec()
	js, err := json.Marshal(Spec{Minus: []Spec{s}})
	if err != nil {
		t.Fatal(err)
	}
	_, err = ParseSpec(js)
	wantShapeError(t, err, `"9 levels"`, "8")
}

// The zero Calendar has no Spec, so a composition with it could not be
// written out and read back: it is refused as an operand, naming it.
func TestComposeZeroOperand(t *testing.T) {
	_, err := Union(leafCal(t, 0), new(Calendar))
	if !errors.Is(err, ErrNoCalendars) || !strings.Contains(err.Error(), `"operand 1"`) {
		t.Fatalf("Union with the zero Calendar: err = %v, want ErrNoCalendars naming operand 1", err)
	}
}

// shapeModel is the obviously-correct size and depth of a composition tree
// drawn by the property below.
type shapeModel struct {
	depth, nodes int
}

// Property: any composition tree built in Go either builds and then
// round-trips through JSON with the same answers, or fails with
// ErrBadCompose exactly when the model's depth or size exceeds the limits.
func TestComposeLimitsProperty(t *testing.T) {
	leaves := make([]*Calendar, 12)
	for i := range leaves {
		leaves[i] = leafCal(t, i)
	}
	rapid.Check(t, func(rt *rapid.T) {
		var gen func(level int) (*Calendar, shapeModel, bool)
		gen = func(level int) (*Calendar, shapeModel, bool) {
			if level > 10 || rapid.IntRange(0, 3).Draw(rt, "leaf") == 0 {
				return leaves[rapid.IntRange(0, len(leaves)-1).Draw(rt, "which")], shapeModel{0, 1}, true
			}
			n := rapid.IntRange(1, 40).Draw(rt, "operands")
			cals := make([]*Calendar, n)
			m := shapeModel{0, 1}
			for i := range cals {
				c, sm, ok := gen(level + 1)
				if !ok {
					return nil, m, false
				}
				cals[i] = c
				m.depth, m.nodes = max(m.depth, sm.depth+1), m.nodes+sm.nodes
			}
			var c *Calendar
			var err error
			switch rapid.IntRange(0, 2).Draw(rt, "op") {
			case 0:
				c, err = Union(cals...)
			case 1:
				c, err = Intersect(cals...)
			default:
				c, err = Minus(cals[0], cals[1:]...)
			}
			over := m.depth > maxDepth || m.nodes > maxNodes
			if over != (err != nil) {
				rt.Fatalf("depth %d, %d calendars: err = %v", m.depth, m.nodes, err)
			}
			if err != nil {
				if !errors.Is(err, ErrBadCompose) {
					rt.Fatalf("err = %v, want ErrBadCompose", err)
				}
				return nil, m, false
			}
			return c, m, true
		}
		if c, _, ok := gen(0); ok {
			roundTrip(rt, c)
		}
	})
}
