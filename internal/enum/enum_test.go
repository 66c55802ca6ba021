package enum

import (
	"errors"
	"strings"
	"testing"

	"github.com/itsmkit/itsm"
)

type mode int

const (
	keep mode = iota
	restart
)

var errMode = errors.New("x: bad mode")

// String delegates to the table, as every enum of the module does: an
// undeclared value must not recurse.
func (m mode) String() string { return modes.String(m) }

var modes = New[mode]("x", "mode", errMode, keep, "keep", restart, "restart")

func TestRoundTrip(t *testing.T) {
	for _, v := range modes.Values() {
		b, err := modes.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		got, err := modes.Parse(string(b))
		if err != nil || got != v {
			t.Errorf("Parse(%q) = %v, %v; want %v", b, got, err, v)
		}
	}
}

func TestUnknownListsValid(t *testing.T) {
	_, err := modes.Parse("keepElapsed")
	var e *itsm.Error
	if !errors.As(err, &e) || !errors.Is(err, errMode) {
		t.Fatalf("err = %v, want *itsm.Error wrapping errMode", err)
	}
	want := `x: mode: "keepElapsed": bad mode (valid: keep, restart)`
	if err.Error() != want {
		t.Errorf("err = %q, want %q", err, want)
	}
	if _, err := modes.Marshal(mode(7)); err == nil || !strings.Contains(err.Error(), `"7"`) {
		t.Errorf("Marshal(7) err = %v", err)
	}
	if s := modes.String(mode(7)); s != "mode(7)" {
		t.Errorf("String(7) = %q", s)
	}
}

func TestNewPanicsOnBadTable(t *testing.T) {
	for name, pairs := range map[string][]any{
		"odd":      {keep},
		"dup name": {keep, "a", restart, "a"},
		"dup val":  {keep, "a", keep, "b"},
		"wrong T":  {1, "a"},
		"empty":    {keep, ""},
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%s: no panic", name)
				}
			}()
			New[mode]("x", "mode", errMode, pairs...)
		}()
	}
}
