package calendar

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// Regression cases found by TestAddDaysEndOfDayMatchReference in zones
// whose historic DST transitions sit next to midnight.
func TestWorkingDaysAtMidnightTransitions(t *testing.T) {
	stJohns, err := time.LoadLocation("America/St_Johns")
	require.NoError(t, err)
	sydney, err := time.LoadLocation("Australia/Sydney")
	require.NoError(t, err)

	t.Run("owner is the next date when the fall-back overlap crosses midnight", func(t *testing.T) {
		// 1995-10-29 00:01 NDT fell back to 1995-10-28 23:01 NST: the second
		// 23:01 lies after Sunday's 00:00 NDT, inside Sunday's span.
		c, err := New(Spec{Zone: "America/St_Johns", Week: mustWeek(t, "Mon-Sun 00:00-24:00")})
		require.NoError(t, err)
		x := time.Date(1995, 10, 29, 2, 31, 0, 0, time.UTC) // 23:01 NST, second occurrence
		require.Equal(t, "1995-10-28 23:01 NST", x.In(stJohns).Format("2006-01-02 15:04 MST"))
		eod, err := c.EndOfDay(x, 0)
		require.NoError(t, err)
		require.Equal(t, "1995-10-30 00:00 NST", eod.In(stJohns).Format("2006-01-02 15:04 MST"))
		require.True(t, eod.After(x), "the end of t's working day cannot precede t")
	})

	t.Run("a span whose tail lies in the gap closes at the gap", func(t *testing.T) {
		// 1995-04-02 00:01 NST sprang forward to 01:01 NDT. Saturday's
		// 00:30-00:15 overnight span ends in the gap, so 24:01 on Saturday
		// is that span's real close, 01:01 NDT — not Saturday's opening.
		c, err := New(Spec{Zone: "America/St_Johns", Week: mustWeek(t, "Mon-Sat 00:30-00:15")})
		require.NoError(t, err)
		x := time.Date(1995, 3, 29, 0, 1, 0, 0, stJohns) // Wednesday 00:01: Tuesday's span, time of day 24:01
		got, err := c.AddDays(x, 4)                      // Wed, Thu, Fri, Sat
		require.NoError(t, err)
		require.Equal(t, "1995-04-01 00:01 NST", mustAddDays(t, c, x, 3).In(stJohns).Format("2006-01-02 15:04 MST")) // Friday's span, no gap
		require.NoError(t, err)
		require.Equal(t, "1995-04-02 01:01 NDT", got.In(stJohns).Format("2006-01-02 15:04 MST"))
	})

	t.Run("AddDays(t, 0) is t in the repeated hour", func(t *testing.T) {
		// 1995-03-05 03:00 AEDT fell back to 02:00 AEST; t is the second 02:00.
		c, err := New(Spec{Zone: "Australia/Sydney", Week: mustWeek(t, "Mon-Sun 00:00-24:00")})
		require.NoError(t, err)
		x := time.Date(1995, 3, 5, 2, 0, 0, 0, time.FixedZone("AEST", 10*3600)).In(sydney)
		got, err := c.AddDays(x, 0)
		require.NoError(t, err)
		require.True(t, got.Equal(x), "AddDays(t, 0) = %v, want t = %v", got, x)
	})
}

func mustAddDays(t *testing.T, c *Calendar, x time.Time, n int) time.Time {
	t.Helper()
	r, err := c.AddDays(x, n)
	require.NoError(t, err)
	return r
}
