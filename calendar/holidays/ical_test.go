package holidays

import (
	"bytes"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"
)

var stamp = time.Date(2024, 6, 1, 12, 0, 0, 0, time.UTC)

func TestWriteICal(t *testing.T) {
	hs := []Holiday{
		{ID: "de.tag-der-deutschen-einheit", Date: day("2024-10-03"), Name: "Tag der Deutschen Einheit", NameEN: "German Unity Day", Category: Public},
		{ID: "x;y", Date: day("2024-12-27"), Name: "A, B; C\\D\nE — a name long enough to be folded at seventy-five octets, é", NameEN: "E", Category: HalfDay, Observed: true},
	}
	var b bytes.Buffer
	require.NoError(t, WriteICal(&b, hs, stamp))
	out := b.String()
	assert.True(t, strings.HasPrefix(out, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
	assert.True(t, strings.HasSuffix(out, "END:VCALENDAR\r\n"))
	assert.Contains(t, out, "\r\nDTSTART;VALUE=DATE:20241003\r\nDTEND;VALUE=DATE:20241004\r\n")
	assert.Contains(t, out, "\r\nSUMMARY:Tag der Deutschen Einheit\r\n")
	assert.Contains(t, out, "\r\nUID:de.tag-der-deutschen-einheit/20241003@itsmkit\r\n")
	assert.Contains(t, out, "\r\nDTSTAMP:20240601T120000Z\r\n")
	assert.Contains(t, out, `SUMMARY:A\, B\; C\\D\nE`)
	assert.Contains(t, out, "X-ITSMKIT-OBSERVED:TRUE")
	for _, l := range strings.Split(strings.TrimSuffix(out, "\r\n"), "\r\n") {
		assert.LessOrEqual(t, len(l), 75, l)
		assert.True(t, utf8.ValidString(l), "folding never splits a UTF-8 sequence")
	}
	back, err := ReadICal(strings.NewReader(out))
	require.NoError(t, err)
	assert.Equal(t, hs, back)

	var sink bytes.Buffer
	require.ErrorIs(t, WriteICal(&sink, []Holiday{{Date: day("2024-01-01"), Category: Public}}, stamp), ErrInvalidHoliday)
	require.ErrorIs(t, WriteICal(&sink, []Holiday{{ID: "a", Date: day("2024-01-01")}}, stamp), ErrInvalidHoliday)
	require.ErrorIs(t, WriteICal(&sink, []Holiday{{ID: "a\x01", Date: day("2024-01-01"), Category: Public}}, stamp), ErrInvalidHoliday)
}

// A feed as service desks receive it: LF line ends, folded lines, a time zone
// component, extra properties, multi-day events.
func TestReadICalForeignFeed(t *testing.T) {
	feed := strings.Join([]string{
		"BEGIN:VCALENDAR",
		"VERSION:2.0",
		"PRODID:-//Example Corp//Holidays//EN",
		"X-WR-CALNAME:Feiertage",
		"BEGIN:VTIMEZONE",
		"TZID:Europe/Berlin",
		"BEGIN:STANDARD",
		"DTSTART:19701025T030000",
		"END:STANDARD",
		"END:VTIMEZONE",
		"BEGIN:VEVENT",
		"UID:neujahr-2025@example.com",
		"DTSTAMP:20241201T000000Z",
		"DTSTART;VALUE=DATE:20250101",
		"SUMMARY:Neu",
		" jahr",
		"CATEGORIES:Holidays",
		"END:VEVENT",
		"begin:vevent",
		"uid:xmas-2025@example.com",
		"dtstart;value=date:20251225",
		"dtend;value=date:20251227",
		"summary:Weihnachten\\, 1. und 2. Tag",
		"end:vevent",
		"BEGIN:VEVENT",
		"UID:bridge",
		"DTSTART;VALUE=DATE:20251003",
		"DURATION:P1D",
		"SUMMARY:Einheit",
		"END:VEVENT",
		"END:VCALENDAR",
		"",
	}, "\n")
	hs, err := ReadICal(strings.NewReader(feed))
	require.NoError(t, err)
	assert.Equal(t, []string{
		"2025-01-01 neujahr-2025@example.com",
		"2025-10-03 bridge",
		"2025-12-25 xmas-2025@example.com",
		"2025-12-26 xmas-2025@example.com",
	}, listing(hs))
	assert.Equal(t, "Neujahr", hs[0].Name)
	assert.Equal(t, "Weihnachten, 1. und 2. Tag", hs[2].Name)
	assert.Equal(t, Public, hs[2].Category)

	s, err := NewSet(hs)
	require.NoError(t, err)
	assert.Equal(t, []date.Date{day("2025-01-01"), day("2025-10-03"), day("2025-12-25"), day("2025-12-26")}, s.HolidayDates(2025))
	assert.True(t, s.IsHoliday(day("2025-12-26")))
	assert.False(t, s.IsHoliday(day("2025-12-27")))
	assert.Empty(t, s.HolidayDates(2024))
}

func TestReadICalErrors(t *testing.T) {
	ok := "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:a\nDTSTART;VALUE=DATE:20240101\nSUMMARY:x\nEND:VEVENT\nEND:VCALENDAR\n"
	_, err := ReadICal(strings.NewReader(ok))
	require.NoError(t, err)
	cases := []struct {
		in   string
		line int
		msg  string
	}{
		{"", 1, "empty input"},
		{"BEGIN:VEVENT\n", 1, "want BEGIN:VCALENDAR"},
		{"BEGIN:VCALENDAR\n", 1, "missing END:VCALENDAR"},
		{"BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:a\nDTSTART:20240101T100000Z\nSUMMARY:x\nEND:VEVENT\nEND:VCALENDAR\n", 4, `DTSTART "20240101T100000Z" is not a DATE`},
		{"BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:a\nDTSTART;VALUE=DATE-TIME:20240101T100000\nSUMMARY:x\nEND:VEVENT\nEND:VCALENDAR\n", 4, "only all-day events"},
		{"BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:a\nDTSTART;VALUE=DATE:20240230\nSUMMARY:x\nEND:VEVENT\nEND:VCALENDAR\n", 4, "not a calendar date"},
		{"BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:a\nSUMMARY:x\nEND:VEVENT\nEND:VCALENDAR\n", 2, "VEVENT without DTSTART"},
		{"BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20240101\nSUMMARY:x\nEND:VEVENT\nEND:VCALENDAR\n", 2, "VEVENT without UID"},
		{"BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:a\nDTSTART;VALUE=DATE:20240101\nRRULE:FREQ=YEARLY\nSUMMARY:x\nEND:VEVENT\nEND:VCALENDAR\n", 5, "repeats without end (no COUNT or UNTIL); ReadICal returns a finite list, ReadICalSet"},
		{"BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:a\nDTSTART;VALUE=DATE:20240101\nDTEND;VALUE=DATE:20240101\nSUMMARY:x\nEND:VEVENT\nEND:VCALENDAR\n", 5, "must be 1 to 366 days"},
		{"BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:a\nDTSTART;VALUE=DATE:20240101\nDURATION:PT1H\nSUMMARY:x\nEND:VEVENT\nEND:VCALENDAR\n", 5, "not a whole number of days"},
		{"BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:a\nDTSTART;VALUE=DATE:20240101\nSUMMARY:x\\q\nEND:VEVENT\nEND:VCALENDAR\n", 5, "bad escape"},
		{"BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:a\nDTSTART;VALUE=DATE:20240101\nSUMMARY:x\nEND:VTODO\nEND:VCALENDAR\n", 6, "END:VTODO does not match (want END:VEVENT)"},
		{"BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:a\nDTSTART;VALUE=DATE:20240101\nSUMMARY x\nEND:VEVENT\nEND:VCALENDAR\n", 5, "missing ':'"},
		{"BEGIN:VCALENDAR\n continued\nEND:VCALENDAR\n", 1, ""},
		{" continued\nBEGIN:VCALENDAR\nEND:VCALENDAR\n", 1, "continuation line without"},
		{"BEGIN:VCALENDAR\n\nEND:VCALENDAR\n", 2, "empty line"},
		{"BEGIN:VCALENDAR\nEND:VCALENDAR\nBEGIN:VCALENDAR\n", 3, "content after END:VCALENDAR"},
		{"BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:a\nDTSTART;VALUE=DATE:20240101\nDTSTART;VALUE=DATE:20240102\nSUMMARY:x\nEND:VEVENT\nEND:VCALENDAR\n", 5, "duplicate DTSTART"},
		{"BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:a\nDTSTART;VALUE=DATE:20240101\nSUMMARY:x\nX-ITSMKIT-CATEGORY:holiday\nEND:VEVENT\nEND:VCALENDAR\n", 6, "unknown category"},
		{"BEGIN:VCALENDAR\nX;Y=\"unterminated:1\nEND:VCALENDAR\n", 2, "unterminated quoted parameter"},
		{"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART;VALUE=DATE:1582123\r\n 1\r\nSUMMARY:x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", 4, "before year 1583"},
	}
	for _, c := range cases {
		_, err := ReadICal(strings.NewReader(c.in))
		require.Error(t, err, c.in)
		require.ErrorIs(t, err, ErrICal, c.in)
		if c.line != 0 {
			assert.Equal(t, c.line, icalLine(t, err), "%q: %v", c.in, err)
		}
		assert.Contains(t, err.Error(), c.msg, c.in)
		assert.Contains(t, err.Error(), "holidays: iCalendar line ")
	}
}

func genHoliday() *rapid.Generator[Holiday] {
	txt := rapid.StringOfN(rapid.RuneFrom([]rune("aé€😀 ,;\\\n\t:\"ß"), unicode.Latin, unicode.Greek), 0, 120, -1)
	return rapid.Custom(func(t *rapid.T) Holiday {
		return Holiday{
			ID:       rapid.StringMatching(`[a-z][a-z0-9.\-;,\\/ ]{0,90}`).Draw(t, "id"),
			Date:     date.New(rapid.IntRange(MinYear, MaxYear).Draw(t, "y"), 1, 1) + date.Date(rapid.IntRange(0, 364).Draw(t, "yd")),
			Name:     txt.Draw(t, "name"),
			NameEN:   txt.Draw(t, "nameEN"),
			Category: rapid.SampledFrom(allCategories).Draw(t, "cat"),
			Observed: rapid.Bool().Draw(t, "obs"),
			// Estimated and Source round-trip too: they were dropped
			// before X-ITSMKIT-ESTIMATED and X-ITSMKIT-SOURCE.
			Estimated: rapid.Bool().Draw(t, "est"),
			Source:    txt.Draw(t, "src"),
		}
	})
}

func TestICalRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		hs := rapid.SliceOfNDistinct(genHoliday(), 0, 20, func(h Holiday) string { return h.Date.String() + "|" + h.ID }).Draw(t, "hs")
		var b bytes.Buffer
		require.NoError(t, WriteICal(&b, hs, stamp))
		back, err := ReadICal(&b)
		require.NoError(t, err)
		want, err := NewSet(hs, allCategories...)
		require.NoError(t, err)
		if len(hs) == 0 {
			require.Empty(t, back)
			return
		}
		require.Equal(t, want.list, back)
	})
}

// The whole German data set survives a round trip.
func TestICalRoundTripRegion(t *testing.T) {
	s, err := ForRegion("DE-BY-AUGSBURG", allCategories...)
	require.NoError(t, err)
	var hs []Holiday
	for y := 2024; y <= 2026; y++ {
		hs = append(hs, s.Holidays(y)...)
	}
	var b bytes.Buffer
	require.NoError(t, WriteICal(&b, hs, stamp))
	back, err := ReadICal(&b)
	require.NoError(t, err)
	assert.Equal(t, hs, back)
}

func TestNewSet(t *testing.T) {
	hs := []Holiday{
		{ID: "b", Date: day("2024-05-01"), Name: "B", Category: Public},
		{ID: "a", Date: day("2024-05-01"), Name: "A", Category: Public},
		{ID: "a", Date: day("2024-05-01"), Name: "A again", Category: Public},
		{ID: "h", Date: day("2024-12-24"), Name: "H", Category: HalfDay},
		{ID: "n", Date: day("2025-01-01"), Name: "N", Category: Public},
	}
	s, err := NewSet(hs)
	require.NoError(t, err)
	assert.Equal(t, []string{"2024-05-01 a", "2024-05-01 b"}, listing(s.Holidays(2024)))
	assert.Equal(t, []date.Date{day("2024-05-01")}, s.HolidayDates(2024))
	s2, err := NewSet(hs, Public, HalfDay)
	require.NoError(t, err)
	assert.Equal(t, []string{"2024-05-01 a", "2024-05-01 b", "2024-12-24 h"}, listing(s2.Holidays(2024)))
	assert.Equal(t, []string{"2025-01-01 n"}, listing(s2.Holidays(2025)))
	hs[0].Name = "mutated"
	assert.Equal(t, "B", s.Holidays(2024)[1].Name, "NewSet copies its input")
	_, err = NewSet([]Holiday{{Date: day("2024-01-01"), Category: Public}})
	require.ErrorIs(t, err, ErrInvalidHoliday)
	_, err = NewSet(nil, Category(5))
	require.ErrorIs(t, err, ErrCategory)
	empty, err := NewSet(nil)
	require.NoError(t, err)
	assert.Empty(t, empty.Holidays(2024))
}
