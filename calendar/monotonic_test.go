package calendar

import (
	"testing"
	"time"
	"unsafe"

	"github.com/stretchr/testify/assert"
)

// Two time.Now() readings across a backward step of the system clock:
// Before follows the monotonic clock, the calendar the wall clock. Between
// once trusted Before to order its arguments and indexed its table out of
// range (a panic). The step is forged by rewriting b's wall seconds in the
// runtime's time.Time layout; if that layout ever changes, the forgery is
// detected and the test skips.
func TestBetweenWallClockStep(t *testing.T) {
	a := time.Now()
	b := time.Now()
	type layout struct {
		wall uint64
		ext  int64
		loc  *time.Location
	}
	const secShift, secBits = 30, 33
	lb := (*layout)(unsafe.Pointer(&b))
	if lb.wall>>63 == 0 {
		t.Skip("no monotonic reading in this time.Time layout")
	}
	sec := lb.wall << 1 >> (secShift + 1)
	sec -= 2 * 365 * 86400
	lb.wall = lb.wall&^(((1<<secBits)-1)<<secShift) | sec<<secShift
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
	type layout struct {
		wall uint64
		ext  int64
		loc  *time.Location
	}
	const secShift, secBits = 30, 33
	la := (*layout)(unsafe.Pointer(&a))
	if la.wall>>63 == 0 {
		t.Skip("no monotonic reading in this time.Time layout")
	}
	sec := la.wall << 1 >> (secShift + 1)
	sec += 7 * 86400 // a's wall clock a week after b's; monotonic: a before b
	la.wall = la.wall&^(((1<<secBits)-1)<<secShift) | sec<<secShift
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
