package kpi

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/itsmkit/itsm"
)

// The zero value is the identity of Merge on either side, whatever the
// other accumulator's configuration: a map-reduce job seeds its reduction
// with the zero value and merges configured partials into it. Regression:
// CSAT, CES, Sketch and Backlog rejected a zero value as a mismatch.
func TestZeroValueIsMergeIdentity(t *testing.T) {
	t.Run("CSAT", func(t *testing.T) {
		cfg := CSATConfig{Scale: Scale{1, 10}, SatisfiedFrom: 8}
		part, err := NewCSAT(cfg)
		require.NoError(t, err)
		require.NoError(t, part.Add(9))
		require.NoError(t, part.Add(3))
		var acc CSAT
		require.NoError(t, acc.Merge(part))
		require.Equal(t, part, acc)
		require.Equal(t, cfg, acc.config())
		require.NoError(t, acc.Merge(CSAT{}))
		require.Equal(t, part, acc)
		// A configured empty accumulator does not adopt another configuration.
		other, err := NewCSAT(DefaultCSAT())
		require.NoError(t, err)
		require.ErrorIs(t, acc.Merge(other), ErrMismatch)
		require.Equal(t, itsm.Ratio{}, (CSAT{}).Score())
	})
	t.Run("CES", func(t *testing.T) {
		part, err := NewCSAT(DefaultCES())
		require.NoError(t, err)
		require.NoError(t, part.Add(2))
		var acc CSAT
		require.NoError(t, acc.Merge(part))
		require.Equal(t, part, acc)
		require.NoError(t, acc.Merge(CSAT{}))
		require.Equal(t, part, acc)
	})
	t.Run("Sketch", func(t *testing.T) {
		part, err := NewSketch(4)
		require.NoError(t, err)
		require.NoError(t, part.Add(time.Second))
		var acc Sketch
		require.NoError(t, acc.Merge(part))
		require.Equal(t, 4, acc.precision())
		require.Equal(t, part.Stats(), acc.Stats())
		require.NoError(t, acc.Merge(&Sketch{}))
		v, ok, err := acc.Percentile(dec("50"))
		require.NoError(t, err)
		require.True(t, ok)
		w, _, _ := part.Percentile(dec("50"))
		require.Equal(t, w, v)
	})
	t.Run("Backlog", func(t *testing.T) {
		part, err := NewBacklog(at(50), []time.Duration{time.Hour}, nil, Wall)
		require.NoError(t, err)
		require.NoError(t, part.Add(Ticket{Opened: at(10)}))
		var acc Backlog
		require.NoError(t, acc.Merge(part))
		require.Equal(t, part.Ages().Count(), acc.Ages().Count())
		require.Equal(t, part.Distribution(), acc.Distribution())
		require.True(t, acc.at.Equal(at(50)))
		require.NoError(t, acc.Merge(&Backlog{}))
		require.Equal(t, part.Distribution(), acc.Distribution())
	})
}
