package priority

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRenderMatrix(t *testing.T) {
	want := `impact \ urgency | 1 High     | 2 Medium   | 3 Low
-----------------+------------+------------+-----------
1 High           | 1 Critical | 2 High     | 3 Moderate
2 Medium         | 2 High     | 3 Moderate | 4 Low
3 Low            | 3 Moderate | 4 Low      | 5 Planning
impact highest-first (highest "1 High"); urgency highest-first (highest "1 High"); priority highest-first (highest "1 Critical")
`
	assert.Equal(t, want, ServiceNow().String())
	var b strings.Builder
	n, err := ServiceNow().WriteTo(&b)
	require.NoError(t, err)
	assert.Equal(t, int64(len(want)), n)
	assert.Equal(t, want, b.String())
	assert.Equal(t, "<invalid matrix>", (*Matrix)(nil).String())
}

func TestRenderAdditive(t *testing.T) {
	// The same sums and priorities as BMC's published table.
	want := `impact \ urgency  | 1 Critical (20) | 2 High (15)   | 3 Medium (10) | 4 Low (0)
------------------+-----------------+---------------+---------------+----------
1 Extensive (9)   | 1 Critical 29   | 1 Critical 24 | 2 High 19     | 4 Low 9
2 Significant (5) | 1 Critical 25   | 2 High 20     | 3 Medium 15   | 4 Low 5
3 Moderate (3)    | 2 High 23       | 2 High 18     | 3 Medium 13   | 4 Low 3
4 Minor (0)       | 2 High 20       | 3 Medium 15   | 3 Medium 10   | 4 Low 0
bands: [0, 10) → "4 Low", [10, 18) → "3 Medium", [18, 24) → "2 High", [24, 30) → "1 Critical"
impact highest-first (highest "1 Extensive"); urgency highest-first (highest "1 Critical"); priority highest-first (highest "1 Critical")
`
	assert.Equal(t, want, BMC().String())
	assert.Equal(t, "<invalid additive model>", (*Additive)(nil).String())
}

func TestRenderMarkdown(t *testing.T) {
	assert.Equal(t, `| impact \ urgency | 1 Critical | 2 High | 3 Medium | 4 Low |
|---|---|---|---|---|
| 1 A department | 1 Critical | 1 Critical | 2 High | 4 Low |
| 2 A service | 1 Critical | 2 High | 3 Medium | 4 Low |
| 3 A person | 2 High | 3 Medium | 3 Medium | 4 Low |
`, ITop().Markdown())
	s, err := NewScale("a|b", HighestFirst, "x|y")
	require.NoError(t, err)
	m, err := NewMatrix(s, s, s, [][]string{{"x|y"}})
	require.NoError(t, err)
	assert.Equal(t, "| a\\|b \\ a\\|b | 1 x\\|y |\n|---|---|\n| 1 x\\|y | 1 x\\|y |\n", m.Markdown())
}
