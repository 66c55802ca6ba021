package calendar

import (
	"testing"
	"time"
	"unsafe"

	"github.com/stretchr/testify/assert"
)

// shiftWall moves x's wall clock by sec seconds and leaves its monotonic
// reading alone, as a step of the system clock between two time.Now()
// readings would. It rewrites the runtime's time.Time layout; if that
// layout ever changes, the test skips.
func shiftWall(t *testing.T, x *time.Time, sec int64) {
	t.Helper()
	type layout struct {
		wall uint64
		ext  int64
		loc  *time.Location
	}
	const secShift, secBits = 30, 33
	lx := (*layout)(unsafe.Pointer(x))
	if lx.wall>>63 == 0 {
		t.Skip("no monotonic reading in this time.Time layout")
	}
	s := int64(lx.wall<<1>>(secShift+1)) + sec
	lx.wall = lx.wall&^(((1<<secBits)-1)<<secShift) | uint64(s)<<secShift
}

// Two time.Now() readings across a backward step of the system clock:
// Before follows the monotonic clock, the calendar the wall clock. Between
// once trusted Before to order its arguments and indexed its table out of
// range (a panic).
func TestBetweenWallClockStep(t *testing.T) {
	a := time.Now()
	b := time.Now()
	shiftWall(t, &b, -2*365*86400)
	if b.Before(a) || a.Unix()-b.Unix() < 365*86400 {
		t.Skip("could not forge a wall-clock step")
	}
	c := mustNew(t, Spec{Week: mustWeek(t, "Mon-Fri 08:00-17:00")})
	ab := c.Between(a, b)
	assert.Negative(t, ab, "b's wall clock is two years before a's")
	assert.Equal(t, -ab, c.Between(b, a))
	assert.Equal(t, ab, c.Between(a.Round(0), b.Round(0)))
}

// Spans, too, follows the wall clock of its arguments.
func TestSpansWallClockStep(t *testing.T) {
	a := time.Now()
	b := time.Now()
	shiftWall(t, &a, 7*86400) // a's wall clock a week after b's; monotonic: a before b
	if !a.Before(b) || a.Unix()-b.Unix() < 6*86400 {
		t.Skip("could not forge a wall-clock step")
	}
	c := AlwaysOpen()
	assert.Empty(t, spansOf(c, a, b), "from after to on the wall clock")
	sp := spansOf(c, b, a)
	if assert.Len(t, sp, 1) {
		assert.Equal(t, c.Between(b, a), sp[0].Duration())
	}
}
