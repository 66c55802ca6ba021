package importer

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// testdata/change_log.csv is a change log exported one row per change × CI,
// as real change logs are (Rabobank's, published for the BPI Challenge
// 2014, lists "CI Name (aff)" per row under one "Change ID"; 951 of its
// 2,632 changes start and end in the same minute). It is in Excel's
// "CSV UTF-8" form: a byte order mark, every field quoted, CRLF line ends.
//
//	line 2-4, 13  CHG0040001 on three CIs (line 4 leaves the title empty,
//	              line 13 repeats line 2): one change
//	line 5, 6     CHG0040002, CHG0040003: zero-length changes (instants)
//	line 7, 8     CHG0040004: the second row ends an hour later: both rejected
//	line 9, 10    CHG0040005, CHG0040006 on FS-LEGACY-17, which the CI graph lacks
//	line 11       type "minor": rejected
//	line 12       ends before it starts: rejected
//	line 14       CHG0040009: an instant in a later week
func TestReadChangesMergesRowsPerChange(t *testing.T) {
	f, err := os.Open("../testdata/change_log.csv")
	require.NoError(t, err)
	defer f.Close()
	cs, st, err := ReadChanges("change_log.csv", f, testOpts(t))
	require.NoError(t, err)
	assert.Equal(t, 13, st.Read)
	assert.Equal(t, 9, st.Used)
	assert.Equal(t, 4, st.Rejected)
	assert.Equal(t, st.Read, st.Used+st.Rejected)
	reasons := map[int]string{}
	for _, e := range st.Errors {
		reasons[e.Line] = e.Err.Error()
	}
	assert.Contains(t, reasons[7], "CHG0040004")
	assert.Contains(t, reasons[7], "end")
	assert.Contains(t, reasons[7], "line 8")
	assert.Contains(t, reasons[8], "line 7")
	assert.Contains(t, reasons[11], `type "minor"`)
	assert.Contains(t, reasons[12], "ends before it starts")
	assert.Len(t, reasons, 4, "%v", reasons)

	byID := map[string]Change{}
	var ids []string
	for _, c := range cs {
		byID[c.ID] = c
		ids = append(ids, c.ID)
	}
	assert.Equal(t, []string{"CHG0040001", "CHG0040002", "CHG0040003", "CHG0040005", "CHG0040006", "CHG0040009"}, ids)
	c1 := byID["CHG0040001"]
	assert.Equal(t, []string{"SAP-PRD-DB", "SAP-PRD-APP", "SAN-CLUSTER-A"}, c1.CIs)
	assert.Equal(t, "Storage firmware, cluster A", c1.Title, "an empty field in one row is not a contradiction")
	assert.Equal(t, 2, c1.Line)
	assert.Equal(t, 600, c1.Users)
	assert.True(t, c1.Downtime)
	c2 := byID["CHG0040002"]
	assert.True(t, c2.Start.Equal(c2.End), "a zero-length change is a record")
	assert.Equal(t, "2026-07-07T10:15:00+02:00", c2.Start.Format(time.RFC3339))
}

// Rows of one change agree when their values are equal, timestamps by
// instant: an offset and a local time naming the same instant agree.
func TestReadChangesRowsAgreeByInstant(t *testing.T) {
	const in = "change,type,title,service,ci,start,end,assignee\n" +
		"C1,normal,T,S,A,2026-07-08T20:00:00+02:00,2026-07-08 21:00,x\n" +
		"C1,Normal,T,S,B,2026-07-08 20:00,2026-07-08T19:00:00Z,x\n" +
		"C1,normal,T,S,A,2026-07-08 20:00,2026-07-08 21:00,\n" +
		"C2,normal,T,S,A,2026-07-08 20:00,2026-07-08 21:00,x\n" +
		"C2,normal,T,S,A,2026-07-08 20:00,2026-07-08 21:00,y\n" +
		"C2,normal,T,S,B,2026-07-08 20:00,2026-07-08 21:00,x\n"
	cs, st, err := ReadChanges("c.csv", strings.NewReader(in), testOpts(t))
	require.NoError(t, err)
	require.Len(t, cs, 1)
	assert.Equal(t, []string{"A", "B"}, cs[0].CIs)
	assert.Equal(t, "x", cs[0].Assignee)
	assert.Equal(t, 3, st.Used)
	require.Equal(t, 3, st.Rejected, "every row of C2: its assignees disagree")
	for i, line := range []int{5, 6, 7} {
		assert.Equal(t, line, st.Errors[i].Line)
		assert.Contains(t, st.Errors[i].Err.Error(), "assignee")
	}

	o := testOpts(t)
	o.Strict = true
	_, _, err = ReadChanges("c.csv", strings.NewReader(in), o)
	var re *RowError
	require.ErrorAs(t, err, &re)
	assert.Equal(t, 5, re.Line)
}
