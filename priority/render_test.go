package priority

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestRenderMatrix(t *testing.T) {
	want := `impact \ urgency | 1 High     | 2 Medium   | 3 Low
-----------------+------------+------------+-----------
1 High           | 1 Critical | 2 High     | 3 Moderate
2 Medium         | 2 High     | 3 Moderate | 4 Low
3 Low            | 3 Moderate | 4 Low      | 5 Planning
impact highest_first (highest "1 High"); urgency highest_first (highest "1 High"); priority highest_first (highest "1 Critical")
`
	assert.Equal(t, want, ServiceNow().String())
	assert.Equal(t, want, fmt.Sprint(ServiceNow()), "fmt.Print prints the table")
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
impact highest_first (highest "1 Extensive"); urgency highest_first (highest "1 Critical"); priority highest_first (highest "1 Critical")
`
	assert.Equal(t, want, BMC().String())
	assert.Equal(t, "<invalid matrix>", (*Matrix)(nil).String())
}
