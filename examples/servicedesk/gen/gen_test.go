package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The committed data must be exactly what the generator makes from the
// default seed: run `go generate ./examples/servicedesk` after changing it.
func TestCommittedDataIsGenerated(t *testing.T) {
	files, err := Generate(DefaultSeed)
	require.NoError(t, err)
	require.Len(t, files, 3)
	for _, f := range files {
		want, err := os.ReadFile(filepath.Join("..", "data", f.Name))
		require.NoError(t, err)
		assert.True(t, string(want) == string(f.Data), "%s differs from the generator's output: run go generate ./examples/servicedesk", f.Name)
	}
}

func TestSeedChangesData(t *testing.T) {
	a, err := Generate(1)
	require.NoError(t, err)
	b, err := Generate(2)
	require.NoError(t, err)
	assert.NotEqual(t, string(a[0].Data), string(b[0].Data))
}

func TestAddBiz(t *testing.T) {
	// Thursday 2 April 2026 17:00 + 2h of desk time: Good Friday and Easter
	// Monday are NRW holidays, so the deadline is Tuesday 7 April 08:00.
	from := at(2, 17, 0).AddDate(0, -3, 0) // 2 April
	got := addBiz(from, 2*3600e9)
	assert.Equal(t, "2026-04-07T08:00:00+02:00", got.Format("2006-01-02T15:04:05Z07:00"))
}
