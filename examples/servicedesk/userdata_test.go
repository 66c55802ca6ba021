package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// testdata/servicenow_export.csv is a ServiceNow incident audit export in
// the form of the public "incident event log" data set (UCI Machine
// Learning Repository, "Incident management process enriched event log":
// one row per update, its 36 columns, "?" for empty, d/m/yyyy hh:mm):
//
//	INC0000001  phone, resolved_at 09:38 (row saved 09:40): first contact
//	INC0000002  two updates in the same minute listed out of order; by
//	            sys_mod_count Active (2) comes before Resolved (3): not reopened
//	INC0000003  reaches Resolved, resolved_at stays "?": not resolved for ServiceNow
//	INC0000004  reassignment_count 0 → 1, assignment_group stays Group 24
//	INC0000005  P1, reassigned, reopened (reopen_count 1), made_sla false
//	INC0000006  P2, made_sla true, 130 h open of which 118 h Awaiting User Info
//	INC0000007  open, awaiting the user
const snExport = "testdata/servicenow_export.csv"

func sourceFigures(t *testing.T, rep jsonReport) map[string][2]int64 {
	out := map[string][2]int64{}
	for _, r := range rep.table(t, "source_figures") {
		out[r["figure"].(string)] = [2]int64{jn(r["source"]), jn(r["recomputed"])}
	}
	return out
}

// Run with no configuration on a ServiceNow export, the report counts as
// ServiceNow does (resolved_at, reopen_count, reassignment_count), shows
// the recomputed figure beside it where it differs, and carries nothing of
// the demo: no company, zone UTC, no services, credits or calendars.
func TestServiceNowExportWithoutConfig(t *testing.T) {
	rep := decodeReport(t, Options{In: snExport})
	assert.Equal(t, 32, rep.Inputs[0].Read)
	assert.Equal(t, 32, rep.Inputs[0].Used)
	f := sourceFigures(t, rep)
	assert.Equal(t, [2]int64{5, 6}, f["Resolved"], "resolved_at on 5; INC0000003 reached Resolved without it")
	assert.Equal(t, [2]int64{1, 1}, f["Reopened"], "sys_mod_count orders INC0000002's same-minute updates: not reopened")
	assert.Equal(t, [2]int64{2, 1}, f["Reassigned"], "INC0000004's reassignment_count rose with the same group")
	rates := map[string]map[string]any{}
	for _, r := range rep.table(t, "rates") {
		rates[r["kpi"].(string)] = r
	}
	assert.Equal(t, "1/5", rates["First contact resolution"]["fraction"], "contact_type Phone matches phone; INC0000001 only (INC0000004 was handed on)")
	assert.Equal(t, "1/5", rates["Reopen rate"]["fraction"])
	assert.Equal(t, "2/7", rates["Reassignment rate"]["fraction"])

	txt := run(t, Options{In: snExport})
	for _, demo := range []string{"Westfalen", "Dortmund", "Europe/Berlin", "SAP ERP 2026", "EUR", "NRW", "credit"} {
		assert.NotContains(t, txt, demo, "nothing of the demo configuration")
	}
	assert.Contains(t, txt, "zone UTC · configuration: the\ndefaults")
	for _, s := range rep.Sections {
		assert.NotEqual(t, "availability", s.ID, "no services configured, no outages given")
	}
}

// Reconciliation: under the 24×7 policy of testdata/servicenow_policy.json
// (opened_at to Closed, no pauses), made_sla agrees on every ticket but
// INC0000006, which ServiceNow paused while awaiting the user; the report
// names that stretch.
func TestServiceNowReconciliation(t *testing.T) {
	rep := decodeReport(t, Options{In: snExport, ConfigFile: "testdata/servicenow_policy.json"})
	sum := rep.table(t, "reconciliation")
	require.Len(t, sum, 1)
	assert.Equal(t, int64(6), jn(sum[0]["compared"]))
	assert.Equal(t, int64(5), jn(sum[0]["agree"]))
	assert.Equal(t, int64(1), jn(sum[0]["running"]), "INC0000007 is still open")
	d := rep.table(t, "reconciliation_disagreements")
	require.Len(t, d, 1)
	assert.Equal(t, "INC0000006", d[0]["ticket"])
	assert.Equal(t, "Awaiting User Info", d[0]["stretch"])
	assert.Equal(t, "2016-03-08T12:00:00Z", d[0]["from"])
	assert.Equal(t, "2016-03-13T10:00:00Z", d[0]["to"])
}

// A partial configuration is merged over the documented defaults (a file
// with only a matrix cell was refused: zone "", no rules), and
// -print-config prints what is in effect, now and period from the data.
func TestPartialConfigAndPrintConfig(t *testing.T) {
	p := filepath.Join(t.TempDir(), "c.json")
	require.NoError(t, os.WriteFile(p, []byte(`{"matrix": {"cells": [{"impact": "3", "urgency": "3", "priority": "4"}]}, "company": "ACME"}`), 0o644))
	var ob, eb bytes.Buffer
	require.NoError(t, Run(Options{In: snExport, ConfigFile: p, PrintConfig: true}, &ob, &eb))
	out := ob.String()
	var c map[string]any
	require.NoError(t, json.Unmarshal([]byte(out), &c))
	assert.Equal(t, "UTC", c["zone"])
	assert.Equal(t, "ACME", c["company"])
	assert.Equal(t, "2016-03-18T20:00:00Z", c["now"], "the last update of the export")
	assert.Equal(t, map[string]any{"from": "2016-03-01", "to": "2016-03-19"}, c["period"])
	assert.NotContains(t, out, `"services":`)
	assert.Contains(t, out, `"max_rejected_percent": "5"`)

	txt := run(t, Options{In: snExport, ConfigFile: p})
	assert.Contains(t, txt, "Service desk report — ACME")
	assert.NotContains(t, txt, "INC0000003  Thu 03 Mar 11:00  Category 9  3 Low   3 Low    P5", "the cell 3 × 3 = 4 applies")

	// The printed configuration gives the same report.
	require.NoError(t, os.WriteFile(p, []byte(out), 0o644))
	again := run(t, Options{In: snExport, ConfigFile: p})
	assert.Equal(t, txt, again)
}

// A file of which no row is usable, or more than the allowed share is
// rejected, fails the run with the reasons counted on stderr; it used to
// give a calm report and exit status 0.
func TestRejectedInputFailsTheRun(t *testing.T) {
	dir := t.TempDir()
	allBad := filepath.Join(dir, "jira.csv")
	require.NoError(t, os.WriteFile(allBad, []byte("Issue key,Created,Status,Priority\n"+
		"X-1,05/Foo/26 9:15 AM,Open,High\nX-2,06/Foo/26 9:15 AM,Open,High\n"), 0o644))
	var out, errb bytes.Buffer
	err := Run(Options{In: allBad}, &out, &errb)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "no usable row: all 2 rows rejected")
	assert.Empty(t, out.String(), "no report")
	assert.Contains(t, errb.String(), `     2  column "Created": timestamp "…"`)

	empty := filepath.Join(dir, "empty.csv")
	require.NoError(t, os.WriteFile(empty, []byte("Issue key,Created,Status,Priority\n"), 0o644))
	assert.ErrorContains(t, Run(Options{In: empty}, &out, &errb), "no data rows, only a header")

	some := filepath.Join(dir, "sn.csv")
	b, err := os.ReadFile(snExport)
	require.NoError(t, err)
	bad := strings.Replace(string(b), "1/3/2016 09:05", "1/13/2016 09:05", 1) // one of 32 rows: 3.1 %
	require.NoError(t, os.WriteFile(some, []byte(bad), 0o644))
	errb.Reset()
	require.NoError(t, Run(Options{In: some}, &out, &errb), "3.1 %% is within the default 5 %%")
	errb.Reset()
	err = Run(Options{In: some, MaxRejected: "2"}, &out, &errb)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "1 of 32 rows rejected (3.1 %), more than the 2 % allowed")
	assert.Contains(t, errb.String(), "sys_updated_at")
}

// testdata/jira_export_de.csv is a Jira Service Management export from a
// German Jira ("Export → CSV (all fields)"): no Impact or Urgency fields
// (most projects have none), German priority and status names, German
// month abbreviations (Mai, Mär, Okt), and the default SLA fields "Time to
// first response" and "Time to resolution" as remaining time. Every row
// used to be rejected (month names, missing Impact/Urgency) with exit
// status 0.
//
//	ITSM-301  Hoch → P2, resolved after 6 h; SLA 2h left: met
//	ITSM-302  Höchste → P1, resolved after 26 h; SLA -22h: breached
//	ITSM-303  Mittel → P3, in progress; SLA 5h 30m left when exported: not settled
//	ITSM-304  Niedrig → P4, waiting for the customer
//	ITSM-305  Lowest → P5 (an English name), done
func TestJiraGermanExportWithoutImpactUrgency(t *testing.T) {
	o := Options{In: "testdata/jira_export_de.csv", ConfigFile: "testdata/jira_policy.json", Now: "2026-10-02T08:00:00+02:00"}
	rep := decodeReport(t, o)
	assert.Equal(t, 5, rep.Inputs[0].Read)
	assert.Equal(t, 5, rep.Inputs[0].Used)
	counts := map[string]int64{}
	for _, r := range rep.table(t, "priority_counts") {
		counts[r["priority"].(string)] = jn(r["effective"])
	}
	assert.Equal(t, map[string]int64{"1 Critical": 1, "2 High": 1, "3 Moderate": 1, "4 Low": 1, "5 Planning": 1}, counts)

	// No invented first response: the response target has no data.
	for _, r := range rep.table(t, "attainment") {
		if r["target"] == "P2 response" {
			assert.Equal(t, int64(0), jn(r["measured"]))
			assert.Nil(t, r["attainment"])
		}
	}
	// Jira's own verdicts: two settled, both agree; ITSM-303's clock was
	// still running in Jira.
	for _, r := range rep.table(t, "reconciliation") {
		if r["field"] == "Custom field (Time to resolution)" {
			assert.Equal(t, int64(2), jn(r["compared"]))
			assert.Equal(t, int64(2), jn(r["agree"]))
			assert.Equal(t, int64(1), jn(r["running"]))
		}
	}
	open := rep.table(t, "open_tickets")
	require.Len(t, open, 2)
	states := []any{open[0]["state"], open[1]["state"]}
	assert.ElementsMatch(t, []any{"In Arbeit", "Warten auf Kunde"}, states, "the status as exported, not a state invented at Updated")
}
