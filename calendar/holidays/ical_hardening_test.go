package holidays

import (
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// allocated returns the bytes allocated by f (runtime.MemStats.TotalAlloc).
func allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// manyLongEvents is the input of issue 12: n events of DURATION:P366D.
func manyLongEvents(n int) string {
	var b strings.Builder
	b.WriteString("BEGIN:VCALENDAR\r\n")
	for i := range n {
		fmt.Fprintf(&b, "BEGIN:VEVENT\r\nUID:e%d\r\nDTSTART;VALUE=DATE:%04d0101\r\nDURATION:P366D\r\nSUMMARY:x\r\nEND:VEVENT\r\n", i, 2000+i%100)
	}
	b.WriteString("END:VCALENDAR\r\n")
	return b.String()
}

// 1,000 events of 366 days each took 156 MB (2,200 times the 70 KB input):
// the limit was per event only. The total is bounded now, with an error
// that says so, and the reader stops allocating at the bound.
func TestReadICalTotalBound(t *testing.T) {
	in := manyLongEvents(1000)
	var err error
	n := allocated(func() { _, err = ReadICal(strings.NewReader(in)) })
	require.Error(t, err)
	require.ErrorIs(t, err, ErrICal)
	assert.Contains(t, err.Error(), fmt.Sprintf("more than %d holidays", MaxICalHolidays))
	t.Logf("input %d bytes, allocated %d bytes", len(in), n)
	assert.Less(t, n, uint64(4<<20), "allocated %d bytes for a %d-byte input", n, len(in))

	// Just under the bound is read, and costs what the holidays need.
	in = manyLongEvents(MaxICalHolidays / 366)
	var hs []Holiday
	n = allocated(func() { hs, err = ReadICal(strings.NewReader(in)) })
	require.NoError(t, err)
	require.Len(t, hs, MaxICalHolidays/366*366)
	t.Logf("input %d bytes, %d holidays, allocated %d bytes", len(in), len(hs), n)
	// The result itself is 64 bytes a holiday; little more may go to waste.
	assert.Less(t, n, uint64(len(hs))*64*2)

	// The fuzz target's check holds on this input, within its deadline.
	require.Empty(t, checkReadICal(manyLongEvents(1000)))

	// Allocations, counted: a few per content line.
	small := manyLongEvents(10)
	allocs := testing.AllocsPerRun(5, func() { _, _ = ReadICal(strings.NewReader(small)) })
	lines := float64(strings.Count(small, "\n"))
	t.Logf("%v allocations for %v content lines", allocs, lines)
	assert.Less(t, allocs, 4*lines)
}

// Excel, Outlook and Windows tools write a UTF-8 byte order mark.
func TestReadICalBOM(t *testing.T) {
	in := "\ufeffBEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART;VALUE=DATE:20250101\r\nSUMMARY:Neujahr\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
	hs, err := ReadICal(strings.NewReader(in))
	require.NoError(t, err)
	assert.Equal(t, []string{"2025-01-01 a"}, listing(hs))
	// Only at the very start.
	_, err = ReadICal(strings.NewReader("BEGIN:VCALENDAR\r\n\ufeffX:1\r\nEND:VCALENDAR\r\n"))
	require.Error(t, err)
	assert.Equal(t, 2, icalLine(t, err))
}

// A cancelled event (RFC 5545 §3.8.1.11, STATUS:CANCELLED) is no holiday.
func TestReadICalCancelled(t *testing.T) {
	in := "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:a\nDTSTART;VALUE=DATE:20250101\nSUMMARY:Neujahr\nSTATUS:CONFIRMED\nEND:VEVENT\n" +
		"BEGIN:VEVENT\nUID:b\nDTSTART;VALUE=DATE:20250606\nSUMMARY:Betriebsausflug\nstatus:cancelled\nEND:VEVENT\nEND:VCALENDAR\n"
	hs, err := ReadICal(strings.NewReader(in))
	require.NoError(t, err)
	assert.Equal(t, []string{"2025-01-01 a"}, listing(hs))
}
