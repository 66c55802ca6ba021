package kpi

import (
	"encoding/json"
	"fmt"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"

	"github.com/itsmkit/itsm"
	"github.com/itsmkit/itsm/internal/strictjson"
)

// Windows longer than about three years overflowed 100 × window in int64:
// NewBurnRateAlert panicked (division by zero when the product wrapped to
// 0) and Validate rejected consistent rows. Regression for both.
func TestBurnRateAlertLongWindows(t *testing.T) {
	require.NotPanics(t, func() {
		_, _ = NewBurnRateAlert(SeverityPage, 1<<63-1, 1<<62, 1, decimal.NewFromInt(2))
	})
	a, err := NewBurnRateAlert(SeverityTicket, 150*365*day, 100*365*day, time.Hour, decimal.NewFromInt(50))
	require.NoError(t, err)
	require.True(t, a.BurnRate.Equal(decimal.RequireFromString("0.75")), a.BurnRate.String())
	p := AlertPolicy{Period: itsm.Duration(150 * 365 * day), Alerts: []BurnRateAlert{a}}
	require.NoError(t, p.validate())
	b, err := json.Marshal(p)
	require.NoError(t, err)
	var q AlertPolicy
	require.NoError(t, q.UnmarshalJSON(b))
	require.True(t, q.Alerts[0].BudgetPercent.Equal(decimal.NewFromInt(50)))
}

// FuzzNewBurnRateAlert: the constructor never panics, and a row it accepts
// validates against its period and round-trips through JSON.
func FuzzNewBurnRateAlert(f *testing.F) {
	f.Add(int64(days30), int64(time.Hour), int64(5*time.Minute), "2")
	f.Add(int64(1<<63-1), int64(1<<62), int64(1), "2")
	f.Add(int64(days30), int64(3*day), int64(6*time.Hour), "10")
	f.Fuzz(func(t *testing.T, period, long, short int64, pct string) {
		underDeadline(t, fmt.Sprintf("%#v", []any{period, long, short, pct}), func() {
			p, err := strictjson.ParseDecimal(pct)
			if err != nil {
				return
			}
			a, err := NewBurnRateAlert(SeverityPage, time.Duration(period), time.Duration(long), time.Duration(short), p)
			if err != nil {
				return
			}
			pol := AlertPolicy{Period: itsm.Duration(period), Alerts: []BurnRateAlert{a}}
			require.NoError(t, pol.validate())
			b, err := json.Marshal(pol)
			require.NoError(t, err)
			var q AlertPolicy
			require.NoError(t, json.Unmarshal(b, &q), string(b))
		})
	})
}
