package apitest

import (
	"iter"
	"strings"
	"testing"
)

type safe struct{ n int }

func (s *safe) N() int {
	if s == nil {
		return 0
	}
	return s.n
}

type unsafe struct{ n int }

func (u *unsafe) N() int                { return u.n }
func (u unsafe) Value() int             { return u.n }
func (u *unsafe) Ok(x string, y ...int) {}
func (u *unsafe) Seq() iter.Seq[int] {
	return func(yield func(int) bool) { yield(u.n) }
}

func TestNilPanics(t *testing.T) {
	if p := NilPanics((*safe)(nil)); len(p) != 0 {
		t.Errorf("safe: %v", p)
	}
	p := NilPanics((*unsafe)(nil), safe{})
	got := strings.Join(p, "\n")
	if len(p) != 3 || !strings.Contains(got, ".N:") || !strings.Contains(got, ".Seq:") || !strings.Contains(got, "not a nil pointer") {
		t.Errorf("unsafe: %v", p)
	}
}
