package importer

import (
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/itsmkit/itsm/priority"
)

func testOpts(t *testing.T) Options {
	t.Helper()
	loc, err := time.LoadLocation("Europe/Berlin")
	require.NoError(t, err)
	return Options{Zone: loc, Matrix: priority.ServiceNow()}
}

// A malformed neutral file: every bad row is reported with its line, the
// good rows are used, and Read = Used + Rejected.
const badNeutral = `ticket,time,event,state,team,service,impact,urgency,priority,reason,contact,csat,nps
INC1,2026-06-01T09:00:00+02:00,open,New,Service Desk,E-Mail,2,2,,,phone,,
INC1,2026-06-01T09:05:00+02:00,state,In Progress,,,,,,,,,
INC1,2026-06-31T10:00:00+02:00,state,Resolved,,,,,,,,,
INC1,2026-06-01T11:00:00+02:00,state,Resolved,,,,,
INC1,2026-06-01T12:00:00+02:00,teleport,,,,,,,,,,
INC2,2026-06-01T09:00:00+02:00,state,Resolved,,,,,,,,,
INC1,2026-06-01T12:00:00+02:00,survey,,,,,,,,,7,
INC3,2026-06-01T09:00:00+02:00,open,New,Service Desk,E-Mail,4,2,,,phone,,
"INC1,2026-06-01T13:00:00+02:00,state,Closed,,,,,,,,,
`

func TestNeutralBadRowsReportedWithLineNumbers(t *testing.T) {
	incs, st, err := ReadNeutral("bad.csv", strings.NewReader(badNeutral), testOpts(t))
	require.NoError(t, err)
	require.Len(t, incs, 1)
	assert.Equal(t, 9, st.Read)
	assert.Equal(t, 2, st.Used)
	assert.Equal(t, 7, st.Rejected)
	assert.Equal(t, st.Read, st.Used+st.Rejected, "nothing silently dropped")
	lines := map[int]string{}
	for _, e := range st.Errors {
		lines[e.Line] = e.Err.Error()
		assert.Contains(t, e.Error(), "bad.csv:")
	}
	assert.Contains(t, lines[4], `timestamp "2026-06-31T10:00:00+02:00"`)
	assert.Contains(t, lines[5], "9 fields, the header has 13")
	assert.Contains(t, lines[6], `event "teleport"`)
	assert.Contains(t, lines[7], "ticket INC2 has no open event")
	assert.Contains(t, lines[8], `csat "7"`)
	assert.Contains(t, lines[9], "impact")
	assert.Contains(t, lines[10], `"`, "an unterminated quote runs to the end of the file")
	assert.Len(t, lines, 7, "%v", lines)
}

func TestNeutralStrictStopsAtFirstBadRow(t *testing.T) {
	o := testOpts(t)
	o.Strict = true
	_, _, err := ReadNeutral("bad.csv", strings.NewReader(badNeutral), o)
	var re *RowError
	require.ErrorAs(t, err, &re)
	assert.Equal(t, 4, re.Line)
	assert.Equal(t, "bad.csv:4: timestamp \"2026-06-31T10:00:00+02:00\": not RFC 3339, yyyy-mm-dd hh:mm[:ss], dd-mm-yyyy hh:mm[:ss], dd/mm/yyyy hh:mm, dd.mm.yyyy hh:mm or dd/Mon/yy h:mm AM (months in English or German)", err.Error())
}

func TestNeutralMissingColumn(t *testing.T) {
	_, _, err := ReadNeutral("x.csv", strings.NewReader("ticket,when,event\n"), testOpts(t))
	require.Error(t, err)
	assert.Contains(t, err.Error(), `header lacks column "time"`)
	_, _, err = ReadNeutral("x.csv", strings.NewReader(""), testOpts(t))
	require.Error(t, err)
}

func TestServiceNowSample(t *testing.T) {
	f, err := os.Open("../testdata/servicenow_sample.csv")
	require.NoError(t, err)
	defer f.Close()
	o := testOpts(t)
	incs, st, err := ReadServiceNow("servicenow_sample.csv", f, o)
	require.NoError(t, err)
	assert.Equal(t, 15, st.Read)
	assert.Equal(t, 13, st.Used)
	require.Equal(t, 2, st.Rejected)
	assert.Equal(t, 15, st.Errors[0].Line)
	assert.Contains(t, st.Errors[0].Err.Error(), `state "-100"`)
	assert.Equal(t, 16, st.Errors[1].Line)
	assert.Contains(t, st.Errors[1].Err.Error(), `timestamp "31-02-2026 10:00"`)

	require.Len(t, incs, 3)
	berlin := o.Zone
	ts := func(d, h, m int) time.Time { return time.Date(2026, 6, d, h, m, 0, 0, berlin) }

	a := incs[0]
	assert.Equal(t, "INC0000045", a.ID)
	assert.True(t, a.Opened.Equal(ts(3, 9, 12)))
	assert.Equal(t, "Category 55", a.Service, "cmdb_ci is ?, so category is the fallback")
	kinds := func(inc *Incident) string {
		var s []string
		for _, e := range inc.Events {
			x := string(e.Kind)
			if e.State != "" && e.Kind == EvState {
				x += ":" + e.State
			}
			if e.Kind == EvAssign {
				x += ":" + e.Team
			}
			s = append(s, x)
		}
		return strings.Join(s, " ")
	}
	assert.Equal(t, "open assign:Network state:In Progress state:Awaiting User Info state:In Progress state:Resolved state:Closed", kinds(a))
	assert.True(t, a.Events[5].At.Equal(ts(5, 10, 0)))
	require.Len(t, a.Source.Verdicts, 1)
	assert.True(t, a.Source.Verdicts[0].Met)

	b := incs[1]
	assert.Equal(t, "SAP ERP", b.Service)
	assert.Equal(t, "open assign:SAP Basis state:In Progress state:Resolved state:In Progress state:Resolved", kinds(b))
	assert.Equal(t, "reopened", b.Events[4].Reason)
	assert.False(t, b.Source.Verdicts[0].Met)

	c := incs[2]
	assert.Equal(t, "open priority state:Awaiting Vendor", kinds(c), "the rejected rows are not in the log")
	assert.Equal(t, "2 - High", c.Events[1].Priority, "ServiceNow's priority differs from the matrix (3 Low × 1 High = 3): an override")
	assert.Equal(t, "set in ServiceNow", c.Events[1].Reason)
	assert.True(t, c.Events[1].At.Equal(c.Opened), "the override holds from the first row, so from opening")
}

func TestJiraSample(t *testing.T) {
	f, err := os.Open("../testdata/jira_sample.csv")
	require.NoError(t, err)
	defer f.Close()
	o := testOpts(t)
	incs, st, err := ReadJira("jira_sample.csv", f, o)
	require.NoError(t, err)
	assert.Equal(t, 4, st.Read)
	assert.Equal(t, 3, st.Used)
	require.Equal(t, 1, st.Rejected)
	assert.Equal(t, 5, st.Errors[0].Line)
	assert.Contains(t, st.Errors[0].Err.Error(), `"Extensive / Widespread"`)
	require.Len(t, incs, 3)

	a := incs[0]
	assert.Equal(t, "ITSM-101", a.ID)
	assert.Equal(t, "Network & VPN", a.Service)
	assert.True(t, a.Opened.Equal(time.Date(2026, 6, 3, 9, 12, 0, 0, o.Zone)))
	require.Len(t, a.Events, 3)
	assert.Equal(t, StResolved, a.Events[1].State)
	assert.True(t, a.Events[1].At.Equal(time.Date(2026, 6, 5, 10, 0, 0, 0, o.Zone)))
	assert.Equal(t, 4, a.Events[2].CSAT)

	// No history: the current status is not turned into an event at
	// Updated (that invented a pause for b and a first response for c).
	b := incs[1]
	require.Len(t, b.Events, 1, "%v", b.Events)
	assert.Equal(t, "Waiting for customer", b.Source.Status)
	assert.True(t, b.NoHistory)

	c := incs[2]
	require.Len(t, c.Events, 1)
	assert.Equal(t, "In Progress", c.Source.Status)
	assert.Equal(t, "Highest", c.SourcePriority)
}

func TestDetectFormat(t *testing.T) {
	assert.Equal(t, "servicenow", DetectFormat([]byte("number,incident_state,active,opened_at,sys_updated_at\n")))
	assert.Equal(t, "jira", DetectFormat([]byte("\ufeffSummary,Issue key,Issue id\n")))
	assert.Equal(t, "neutral", DetectFormat([]byte("ticket,time,event\n")))
}

func TestParseTimeLayouts(t *testing.T) {
	loc := testOpts(t).Zone
	want := time.Date(2026, 4, 3, 9, 5, 0, 0, loc)
	for _, s := range []string{"2026-04-03T09:05:00+02:00", "2026-04-03 09:05", "2026-04-03 09:05:00", "03-04-2026 09:05", "3-4-2026 09:05", "3/4/2026 09:05", "03.04.2026 09:05", "03/Apr/26 9:05 AM"} {
		got, err := parseTime(s, loc)
		require.NoError(t, err, s)
		assert.True(t, got.Equal(want), "%s → %s", s, got)
	}
	// German month names, as a German Jira writes its dates (Mär, Mai,
	// Okt, Dez: Duden's abbreviations; Jira's "dd/MMM/yy h:mm a" pattern).
	for s, w := range map[string]time.Time{
		"05/Mai/26 9:15 AM":      time.Date(2026, 5, 5, 9, 15, 0, 0, loc),
		"05/Mai/26 09:15":        time.Date(2026, 5, 5, 9, 15, 0, 0, loc),
		"03/Mär/26 14:00":        time.Date(2026, 3, 3, 14, 0, 0, 0, loc),
		"03.Mär.26 14:00":        time.Date(2026, 3, 3, 14, 0, 0, 0, loc),
		"13/Okt/26 8:00 PM":      time.Date(2026, 10, 13, 20, 0, 0, 0, loc),
		"01/Dez/26 07:30":        time.Date(2026, 12, 1, 7, 30, 0, 0, loc),
		"1. Dezember 2026 07:30": time.Date(2026, 12, 1, 7, 30, 0, 0, loc),
		"01/jun/26 7:30 am":      time.Date(2026, 6, 1, 7, 30, 0, 0, loc),
		"01/June/2026 07:30":     time.Date(2026, 6, 1, 7, 30, 0, 0, loc),
	} {
		got, err := parseTime(s, loc)
		require.NoError(t, err, s)
		assert.True(t, got.Equal(w), "%s → %s", s, got)
	}
	_, err := parseTime("04/03/2026 9:05 PM", loc)
	assert.Error(t, err)
	var re *RowError
	assert.False(t, errors.As(err, &re))
}

// Excel's "CSV UTF-8 (Comma delimited)", ServiceNow's and Jira's CSV exports
// begin with the UTF-8 byte order mark EF BB BF (Unicode Standard §23.8,
// "Byte Order Mark"); the exports quote every field (RFC 4180 §2.5). The
// BOM must not make the quoted first header field a bare-quote error.
func TestReadersAcceptBOMBeforeQuotedHeader(t *testing.T) {
	read := map[string]func(string, *os.File, Options) (Stats, error){
		"servicenow_bom.csv": func(n string, f *os.File, o Options) (Stats, error) {
			incs, st, err := ReadServiceNow(n, f, o)
			if err == nil {
				require.Len(t, incs, 1)
				assert.Equal(t, "INC0010001", incs[0].ID)
			}
			return st, err
		},
		"jira_bom.csv": func(n string, f *os.File, o Options) (Stats, error) {
			incs, st, err := ReadJira(n, f, o)
			if err == nil {
				require.Len(t, incs, 1)
				assert.Equal(t, "ITSM-301", incs[0].ID)
			}
			return st, err
		},
		"neutral_bom.csv": func(n string, f *os.File, o Options) (Stats, error) {
			incs, st, err := ReadNeutral(n, f, o)
			if err == nil {
				require.Len(t, incs, 1)
				assert.Equal(t, "INC1", incs[0].ID)
			}
			return st, err
		},
		"outages_bom.csv": func(n string, f *os.File, o Options) (Stats, error) {
			out, st, err := ReadOutages(n, f, o)
			if err == nil {
				require.Len(t, out, 1)
				assert.Equal(t, "E-Mail", out[0].Service)
			}
			return st, err
		},
		"changes_bom.csv": func(n string, f *os.File, o Options) (Stats, error) {
			out, st, err := ReadChanges(n, f, o)
			if err == nil {
				require.Len(t, out, 1)
				assert.Equal(t, "CHG1", out[0].ID)
			}
			return st, err
		},
	}
	for name, fn := range read {
		t.Run(name, func(t *testing.T) {
			f, err := os.Open("../testdata/" + name)
			require.NoError(t, err)
			defer f.Close()
			st, err := fn(name, f, testOpts(t))
			require.NoError(t, err)
			assert.Zero(t, st.Rejected, "%v", st.Errors)
			assert.Equal(t, st.Read, st.Used)
		})
	}
}

func TestDetectFormatBOMQuotedHeader(t *testing.T) {
	for name, want := range map[string]string{"servicenow_bom.csv": "servicenow", "jira_bom.csv": "jira", "neutral_bom.csv": "neutral"} {
		b, err := os.ReadFile("../testdata/" + name)
		require.NoError(t, err)
		assert.Equal(t, want, DetectFormat(b), name)
	}
}

func TestReadersBOMEdgeCases(t *testing.T) {
	// Unquoted header after the BOM (Excel when no field needs quotes).
	incs, st, err := ReadNeutral("x.csv", strings.NewReader("\ufeffticket,time,event,service,impact,urgency\nINC1,2026-06-01 09:00,open,E-Mail,2,2\n"), testOpts(t))
	require.NoError(t, err)
	assert.Len(t, incs, 1)
	assert.Equal(t, 1, st.Used)
	// A file holding only the BOM has no header.
	_, _, err = ReadNeutral("x.csv", strings.NewReader("\ufeff"), testOpts(t))
	assert.ErrorContains(t, err, "empty file")
	// Only a leading BOM is removed: one inside the data is data.
	_, _, err = ReadNeutral("x.csv", strings.NewReader("\ufeff\ufeffticket,time,event\n"), testOpts(t))
	assert.ErrorContains(t, err, `header lacks column "ticket"`)
}

// An unclosed quote must not swallow the lines after it: the row where the
// quoted field opens is rejected, and every following line is read as a row
// of its own (rows are counted by physical record, Read = Used + Rejected).
func TestUnclosedQuoteDoesNotSwallowFollowingRows(t *testing.T) {
	const in = "ticket,time,event,state,team,service,impact,urgency,priority,reason,contact,csat,nps\n" +
		"INC1,2026-06-01T09:00:00+02:00,open,New,Service Desk,E-Mail,2,2,,,phone,,\n" +
		"INC1,2026-06-01T09:05:00+02:00,state,\"In Progress,,,,,,,,,\n" + // line 3: the quote is never closed
		"INC1,2026-06-01T10:00:00+02:00,state,Resolved,,,,,,,,,\n" +
		"\n" +
		"INC1,2026-06-01T10:05:00+02:00,survey,,,,,,,,,4,9\n"
	incs, st, err := ReadNeutral("q.csv", strings.NewReader(in), testOpts(t))
	require.NoError(t, err)
	assert.Equal(t, 4, st.Read, "lines 2, 3, 4 and 6 (5 is empty)")
	assert.Equal(t, 3, st.Used)
	require.Equal(t, 1, st.Rejected)
	assert.Equal(t, 3, st.Errors[0].Line)
	assert.ErrorContains(t, st.Errors[0], `"`)
	require.Len(t, incs, 1)
	assert.Len(t, incs[0].Events, 3, "open, Resolved and the survey")

	// The same for a quote that closes lines later, followed by junk
	// (`"x,…` on line 3 closes at the `"` of line 4's "INC9"): lines 4 and
	// 5 are still read as rows.
	const in2 = "ticket,time,event,state,team,service,impact,urgency,priority,reason,contact,csat,nps\n" +
		"INC1,2026-06-01T09:00:00+02:00,open,New,Service Desk,E-Mail,2,2,,,phone,,\n" +
		"INC1,2026-06-01T09:05:00+02:00,state,\"x,,,,,,,,,\n" +
		"\"INC9\",2026-06-01T10:00:00+02:00,state,Resolved,,,,,,,,,\n" +
		"INC1,2026-06-01T10:05:00+02:00,state,Resolved,,,,,,,,,\n"
	_, st, err = ReadNeutral("q.csv", strings.NewReader(in2), testOpts(t))
	require.NoError(t, err)
	assert.Equal(t, 4, st.Read)
	assert.Equal(t, st.Read, st.Used+st.Rejected)
	lines := map[int]string{}
	for _, e := range st.Errors {
		lines[e.Line] = e.Err.Error()
	}
	assert.Contains(t, lines, 3)
	assert.Contains(t, lines[4], "ticket INC9 has no open event", "line 4 is read as its own row")
	assert.NotContains(t, lines, 5, "line 5 is a good row: %v", lines)
}

// A quoted field that legitimately spans lines (a Jira summary with a line
// break, RFC 4180 §2.6) is one record: one row read.
func TestMultiLineQuotedFieldIsOneRow(t *testing.T) {
	const in = "Summary,Issue key,Status,Created,Custom field (Impact),Custom field (Urgency)\r\n" +
		"\"VPN drops\r\nevery hour\",ITSM-1,In Progress,03/Jun/26 9:12 AM,Medium,High\r\n" +
		"Printer,ITSM-2,In Progress,03/Jun/26 9:30 AM,Low,Low\r\n"
	incs, st, err := ReadJira("j.csv", strings.NewReader(in), testOpts(t))
	require.NoError(t, err)
	assert.Equal(t, 2, st.Read)
	assert.Equal(t, 2, st.Used)
	require.Len(t, incs, 2)
	assert.Equal(t, 4, incs[1].Events[0].Line, "line numbers count physical lines")
}

// Every importer counts rows the same way: an unclosed quote in the outage
// and change logs and the ServiceNow and Jira exports rejects only its row.
func TestUnclosedQuoteEveryImporter(t *testing.T) {
	o := testOpts(t)
	type reader func(string) (Stats, error)
	for name, c := range map[string]struct {
		read     reader
		in       string
		wantUsed int
	}{
		"outages": {func(s string) (Stats, error) {
			_, st, err := ReadOutages("o.csv", strings.NewReader(s), o)
			return st, err
		},
			"service,start,end,kind,ticket,note\n" +
				"E-Mail,2026-06-01 09:00,2026-06-01 10:00,outage,,\"unplanned\n" +
				"VPN,2026-06-02 09:00,2026-06-02 10:00,outage,,router\n" +
				"SAP,2026-06-03 09:00,2026-06-03 10:00,maintenance,,patch\n", 2},
		"changes": {func(s string) (Stats, error) {
			_, st, err := ReadChanges("c.csv", strings.NewReader(s), o)
			return st, err
		},
			"change,type,title,service,ci,start,end\n" +
				"CHG1,normal,\"Patch,E-Mail,MAIL-GW,2026-07-07 20:00,2026-07-07 21:00\n" +
				"CHG2,normal,Patch,E-Mail,MAIL-GW,2026-07-08 20:00,2026-07-08 21:00\n", 1},
		"servicenow": {func(s string) (Stats, error) {
			_, st, err := ReadServiceNow("s.csv", strings.NewReader(s), o)
			return st, err
		},
			strings.Replace(snSmall, "INC1,New,", "INC1,\"New,", 1) +
				"INC2,New,03-06-2026 09:12,03-06-2026 09:12,2 - Medium,2 - Medium,3 - Moderate,0,0,true,?,?\n", 2},
		"jira": {func(s string) (Stats, error) {
			_, st, err := ReadJira("j.csv", strings.NewReader(s), o)
			return st, err
		},
			"Summary,Issue key,Status,Created,Custom field (Impact),Custom field (Urgency)\n" +
				"\"VPN,ITSM-1,In Progress,03/Jun/26 9:12 AM,Medium,High\n" +
				"Printer,ITSM-2,In Progress,03/Jun/26 9:30 AM,Low,Low\n" +
				"Mail,ITSM-3,In Progress,03/Jun/26 9:40 AM,Low,Low\n", 2},
	} {
		t.Run(name, func(t *testing.T) {
			st, err := c.read(c.in)
			require.NoError(t, err)
			lines := strings.Count(strings.TrimSuffix(c.in, "\n"), "\n")
			assert.Equal(t, lines, st.Read, "every data line is a row")
			assert.Equal(t, c.wantUsed, st.Used, "%v", st.Errors)
			assert.Equal(t, st.Read, st.Used+st.Rejected)
			require.NotEmpty(t, st.Errors)
			assert.Equal(t, 2, st.Errors[0].Line)
		})
	}
}

// Local timestamps follow package calendar's DST policy (calendar.Civil):
// a time in the spring-forward gap is the first instant after the gap, an
// ambiguous time in the fall-back overlap its first occurrence. In
// Europe/Berlin 2026 the clocks go forward on 29 March 02:00 CET → 03:00
// CEST and back on 25 October 03:00 CEST → 02:00 CET (EU Directive
// 2000/84/EC: last Sundays of March and October, 01:00 UTC).
func TestServiceNowTimestampsFollowDSTPolicy(t *testing.T) {
	const in = "number,incident_state,opened_at,sys_updated_at,impact,urgency,priority,reassignment_count,reopen_count,made_sla,resolved_at,closed_at\n" +
		"INC1,New,29-03-2026 02:30,29-03-2026 02:30,2 - Medium,2 - Medium,3 - Moderate,0,0,true,?,?\n" +
		"INC1,Resolved,29-03-2026 02:30,29-03-2026 03:10,2 - Medium,2 - Medium,3 - Moderate,0,0,true,29-03-2026 03:10,?\n" +
		"INC2,New,25-10-2026 02:30,25-10-2026 02:30,2 - Medium,2 - Medium,3 - Moderate,0,0,true,?,?\n" +
		"INC2,Resolved,25-10-2026 02:30,25-10-2026 02:45,2 - Medium,2 - Medium,3 - Moderate,0,0,true,25-10-2026 02:45,?\n"
	incs, st, err := ReadServiceNow("dst.csv", strings.NewReader(in), testOpts(t))
	require.NoError(t, err)
	require.Zero(t, st.Rejected, "%v", st.Errors)
	require.Len(t, incs, 2)
	utc := func(s string) time.Time {
		x, err := time.Parse(time.RFC3339, s)
		require.NoError(t, err)
		return x
	}
	gap, fold := incs[0], incs[1]
	assert.Equal(t, utc("2026-03-29T01:00:00Z"), gap.Opened.UTC(), "02:30 does not exist: 03:00 CEST, not time.Date's 03:30")
	assert.Equal(t, "03:00 CEST", gap.Opened.Format("15:04 MST"))
	assert.Equal(t, utc("2026-03-29T01:10:00Z"), gap.Events[len(gap.Events)-1].At.UTC())
	assert.Equal(t, utc("2026-10-25T00:30:00Z"), fold.Opened.UTC(), "02:30 happens twice: the first, CEST")
	assert.Equal(t, utc("2026-10-25T00:45:00Z"), fold.Events[len(fold.Events)-1].At.UTC())

	// The same policy in every layout and every reader.
	loc := testOpts(t).Zone
	for _, s := range []string{"2026-03-29 02:30", "2026-03-29 02:30:00", "2026-03-29T02:30", "29-03-2026 02:30", "29/03/2026 02:30", "29.03.2026 02:30", "29/Mar/26 2:30 AM"} {
		got, err := parseTime(s, loc)
		require.NoError(t, err, s)
		assert.Equal(t, utc("2026-03-29T01:00:00Z"), got.UTC(), s)
	}
	got, err := parseTime("2026-03-29 02:30:00.5", loc)
	if err == nil {
		assert.Equal(t, utc("2026-03-29T01:00:00Z"), got.UTC(), "fractions inside the gap too")
	}
	// An offset in the text is taken as given.
	got, err = parseTime("2026-10-25T02:30:00+01:00", loc)
	require.NoError(t, err)
	assert.Equal(t, utc("2026-10-25T01:30:00Z"), got.UTC())
}

// ServiceNow's own ordering and instants (testdata/servicenow_export.csv,
// the UCI event log's columns): updates in the same minute are ordered by
// sys_mod_count (INC0000002's Active, mod 2, is listed after its Resolved,
// mod 3, and read by update time alone it looked reopened); the
// resolution is at resolved_at (09:38), not when the row was saved
// (09:40); the source's counters and made_sla are kept as recorded.
func TestServiceNowOrderAndSourceFields(t *testing.T) {
	f, err := os.Open("../testdata/servicenow_export.csv")
	require.NoError(t, err)
	defer f.Close()
	o := testOpts(t)
	o.Zone = time.UTC
	incs, st, err := ReadServiceNow("sn.csv", f, o)
	require.NoError(t, err)
	assert.Equal(t, 32, st.Read)
	assert.Equal(t, 32, st.Used)
	byID := map[string]*Incident{}
	for _, inc := range incs {
		byID[inc.ID] = inc
	}
	states := func(inc *Incident) (s []string) {
		for _, e := range inc.Events {
			if e.Kind == EvState {
				s = append(s, e.State+"@"+e.At.Format("02 15:04"))
			}
		}
		return s
	}
	assert.Equal(t, []string{"In Progress@01 09:05", "Resolved@01 09:38", "Closed@06 10:00"}, states(byID["INC0000001"]))
	assert.Equal(t, []string{"In Progress@02 09:30", "Resolved@02 10:00", "Closed@07 10:00"}, states(byID["INC0000002"]), "no reopening")
	r, err := byID["INC0000002"].Replay(o.Matrix, nil, time.Date(2016, 4, 1, 0, 0, 0, 0, time.UTC))
	require.NoError(t, err)
	assert.Zero(t, r.Reopens)

	src := byID["INC0000004"].Source
	assert.Equal(t, 1, src.ReassignmentCount)
	assert.True(t, src.HasCounts)
	assert.True(t, byID["INC0000003"].Source.Resolved.IsZero(), "resolved_at stays ?")
	assert.Equal(t, []Verdict{{Field: "made_sla", Metric: "resolution", Met: false, Text: "false", Final: true}}, byID["INC0000005"].Source.Verdicts)
	assert.Equal(t, "Phone", byID["INC0000001"].Contact)
}
