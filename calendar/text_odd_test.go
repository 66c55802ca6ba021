package calendar

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/itsmkit/itsm"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Odd but valid spellings mean the same calendar as their plain forms, and
// survive a JSON round trip.
func TestOddValidSpellings(t *testing.T) {
	same := [][]string{
		{"Sat 22:00-00:00", "Sat 22:00-24:00", "saturday 22:00-24:00", "SAT 22:00 - 0:00"},
		{"Mon-Fri 08:00-12:00,13:00-17:00", "mon-fri 08:00-12:00; Mon-Fri 13:00-17:00", "Fri,Thu,Wed,Tue,Mon 13:00-17:00,08:00-12:00"},
		{"Mon-Sun 00:00-24:00", "Sun-Sat 00:00-24:00", "Mon 00:00-24:00; Tue-Sun 00:00-12:00,12:00-24:00", "Mon-Sun 00:00-06:00,06:00-24:00"},
		{"Sun-Thu 22:00-06:00", "Sun,Mon-Wed 22:00-06:00; thursday 22:00-6:00"},
	}
	from, to := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, group := range same {
		var want []itsm.Interval
		for i, s := range group {
			w, err := ParseWeek(s)
			require.NoError(t, err, s)
			spec := Spec{Zone: "Europe/Berlin", Week: w}
			b, err := json.Marshal(spec)
			require.NoError(t, err)
			back, err := ParseSpec(b)
			require.NoError(t, err, string(b))
			c, err := New(back)
			require.NoError(t, err, s)
			got := spansOf(c, from, to)
			if i == 0 {
				want = got
				continue
			}
			assert.Equal(t, len(want), len(got), s)
			for k := range min(len(want), len(got)) {
				assert.True(t, want[k].Start.Equal(got[k].Start) && want[k].End.Equal(got[k].End), "%s: span %d", s, k)
			}
		}
	}
	// the 24×7 week has one span per year bucket: nothing is lost at 24:00
	c := mustNew(t, Spec{Zone: "UTC", Week: mustWeek(t, "Mon-Sun 00:00-24:00")})
	assert.Equal(t, to.Sub(from), c.Between(from, to))
	assert.Len(t, spansOf(c, from, to), 1)
}

// Malformed text and JSON: errors that quote the input, never a panic.
func TestMalformedQuoted(t *testing.T) {
	for _, s := range []string{"Mon 08:00-17:00,", "Mon 08:00–17:00", "Mon-Funday 08:00-17:00", "Mon 08:00-17:00 18:00-19:00",
		"Mon 08:00-17:0", "Mon 08:00-17:00x", "Mon 24:00-24:00", "Mon -1:00-02:00", "Mon 08:00--17:00", "Mon,, 08:00-09:00", "Mon- 08:00-09:00", "Mon 08:00-09:00-10:00"} {
		_, err := ParseWeek(s)
		require.Error(t, err, s)
		assert.Contains(t, err.Error(), `"`+s+`"`, s)
		var e *itsm.Error
		assert.ErrorAs(t, err, &e, s)
	}
	for _, s := range []string{`{"week":"Mon 08:00-17:00","overrides":[{"date":"2026-12-24","hours":"12:00-11:00,10:00-13:00"}]}`,
		`{"week":"Mon 08:00-17:00","overrides":[{"date":"2026-12-24","hours":["09:00-10:00"]}]}`, `{"week":["Mon 08:00-17:00"]}`, `{"holidays":[{"region":5}]}`} {
		sp, err := ParseSpec([]byte(s))
		if err == nil {
			_, err = New(sp)
		}
		require.Error(t, err, s)
		var e *itsm.Error
		assert.ErrorAs(t, err, &e, s)
	}
}
