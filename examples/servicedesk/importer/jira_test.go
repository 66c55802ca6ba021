package importer

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Jira's SLA fields as exports write them: the remaining time of the last
// cycle as the issue view shows it (Jira Service Management, "How teams
// see SLAs": "-1h 5m" is overdue), or the SLA value object.
func TestJiraVerdict(t *testing.T) {
	for s, met := range map[string]bool{
		"2h 30m": true, "-1h 5m": false, "- 3d 4h": false, "45m": true, "1w 2d": true,
		"breached": false, "Met": true, "not breached": true,
		"SLAValue{completedCycles=[{breached=true, elapsedTime=...}]}": false,
		`{"completedCycles":[{"breached":false}]}`:                     true,
	} {
		got, err := jiraVerdict(s)
		require.NoError(t, err, s)
		assert.Equal(t, met, got, s)
	}
	_, err := jiraVerdict("soon")
	require.Error(t, err)
	assert.Contains(t, err.Error(), `"soon"`)
}

// Without Impact and Urgency the Priority field decides, through the
// mapping or as a label of the matrix; a Priority neither knows rejects
// the row (and names the mapping), the other rows are used.
func TestJiraPriorityFallback(t *testing.T) {
	in := "Issue key,Created,Status,Priority\n" +
		"A-1,2026-06-01 09:00,Open,Highest\n" +
		"A-2,2026-06-01 09:00,Open,3 - Moderate\n" +
		"A-3,2026-06-01 09:00,Open,Blocker\n" +
		"A-4,2026-06-01 09:00,Open,\n"
	o := testOpts(t)
	o.PriorityMap = map[string]string{"Highest": "1"}
	incs, st, err := ReadJira("j.csv", strings.NewReader(in), o)
	require.NoError(t, err)
	require.Len(t, incs, 2)
	assert.Equal(t, "1", incs[0].Events[0].Priority)
	assert.Equal(t, "3 - Moderate", incs[1].Events[0].Priority)
	require.Len(t, st.Errors, 2)
	assert.Contains(t, st.Errors[0].Error(), `Priority "Blocker" is neither in the priority mapping (Highest) nor a label of the matrix`)
	assert.Contains(t, st.Errors[1].Error(), "no Impact and Urgency, and Priority is empty")

	r, err := incs[0].Replay(o.Matrix, nil, incs[0].Opened)
	require.NoError(t, err)
	assert.Equal(t, "1 Critical", r.Prio.Effective().String())
	assert.Equal(t, "1 Critical", r.Timeline[0].Priority)
	assert.True(t, r.Ack.IsZero(), "no response invented")
}
