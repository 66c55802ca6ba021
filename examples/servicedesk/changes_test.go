package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The report takes the change log whole: merged changes with their CI
// lists, zero-length changes in the week's table and conflict check, CIs
// the graph lacks as findings (still checked for same-CI conflicts), and
// the rejected rows in the Data section.
func TestChangeLogReport(t *testing.T) {
	var out, errb bytes.Buffer
	require.NoError(t, Run(Options{Changes: "testdata/change_log.csv", Format: "json", MaxRejected: "100"}, &out, &errb))
	var rep jsonReport
	require.NoError(t, json.Unmarshal(out.Bytes(), &rep))
	rows := rep.table(t, "changes")
	byID := map[string]map[string]any{}
	for _, r := range rows {
		byID[r["change"].(string)] = r
	}
	require.Contains(t, byID, "CHG0040001")
	assert.Equal(t, "SAP-PRD-DB, SAP-PRD-APP, SAN-CLUSTER-A", byID["CHG0040001"]["ci"])
	for _, id := range []string{"CHG0040002", "CHG0040003"} {
		require.Contains(t, byID, id, "zero-length changes are in the week")
		assert.NotEmpty(t, byID[id]["risk"])
	}
	assert.NotContains(t, byID, "CHG0040004", "its rows contradict each other")
	assert.NotContains(t, byID, "CHG0040009", "next week")

	type conflict struct{ a, b, kind, on string }
	var got []conflict
	for _, c := range rep.table(t, "change_conflicts") {
		got = append(got, conflict{c["a"].(string), c["b"].(string), c["kind"].(string), c["detail"].(string)})
	}
	assert.ElementsMatch(t, []conflict{
		{"CHG0040001", "CHG0040003", "same_ci", "SAP-PRD-APP"},
		{"CHG0040001", "CHG0040003", "related_ci", "SAP-PRD-DB / SAP-PRD-APP"},
		{"CHG0040005", "CHG0040006", "same_ci", "FS-LEGACY-17"},
	}, got)

	var notes []string
	for _, s := range rep.Sections {
		if s.ID == "changes" {
			notes = s.Notes
		}
	}
	joined := strings.Join(notes, "\n")
	assert.Contains(t, joined, `CHG0040001 (line 2): CI "SAN-CLUSTER-A" is not in the CI graph`)
	assert.Contains(t, joined, `CHG0040005 (line 9): CI "FS-LEGACY-17" is not in the CI graph`)
	assert.Contains(t, joined, `CHG0040006 (line 10): CI "FS-LEGACY-17" is not in the CI graph`)

	var read, rejected int
	for _, in := range rep.Inputs {
		if in.File == "testdata/change_log.csv" {
			read, rejected = in.Read, in.Rejected
		}
	}
	assert.Equal(t, 13, read)
	assert.Equal(t, 4, rejected)
}
