// Command servicedesk prints the report a service manager wants on Monday
// morning, computed with itsmkit from a ticket export: priorities from
// impact × urgency (with overrides), the SLA clock of every open ticket with
// today's escalations, attainment per target over the period with breaches
// explained segment by segment, KPIs (MTTA, MTTR, FCR, reopen rate, backlog
// age, CSAT, NPS), availability per service with maintenance excluded and
// the service credits owed, and the change requests of the coming week with
// their risk, approvals, schedule checks and conflicts.
//
// With no arguments it runs on an embedded quarter of synthetic data for a
// logistics company in Dortmund (NRW holidays), as of Monday 6 July 2026
// 08:00 Europe/Berlin, so the output is reproducible:
//
//	go run ./examples/servicedesk
//	go run ./examples/servicedesk -format json
//	go run ./examples/servicedesk -format csv -table open_tickets
//	go run ./examples/servicedesk -html report.html
//	go run ./examples/servicedesk -print-config > my.json   # edit, then -config my.json
//	go run ./examples/servicedesk -in export.csv -tz Europe/Berlin -now 2026-07-06T08:00:00+02:00
//
// The data is made by the seeded generator in ./gen (go generate). The
// report is as of "now": events after it are ignored and tickets opened after
// it are left out (the Data section says how many).
//
// # Output
//
// Text (aligned tables, long tables cut with a note), -format json (every
// table in full, one object per row, durations as Go duration text,
// percentages as exact decimal numbers), -format csv (all tables, each row
// prefixed with its table id; with -table a single plain table), and -html
// FILE (a self-contained page: inline CSS and SVG charts drawn by this
// program, no JavaScript, nothing loaded from the network). Progress is shown
// on stderr for inputs of 8 MiB or more when stderr is a terminal, or always
// with -progress; stdout carries only the report.
//
// Input text is data, never commands. The text output (and the error
// messages on stderr) show control characters, bidirectional formatting
// characters and bytes that are not UTF-8 escaped as Go writes them in
// quoted strings (\x1b, \u202e, \xff), so an export cannot drive the
// terminal. In -format csv a text cell that begins with =, +, -, @, a tab
// or a carriage return, which a spreadsheet would run as a formula, gets a
// leading ' and is quoted (OWASP, "CSV Injection"); numbers, decimals and
// durations the report computes are written as they are, negative ones
// included.
//
// # Input: encoding
//
// Every CSV input is UTF-8, RFC 4180 quoting, with or without a leading
// byte order mark (as Excel's "CSV UTF-8", ServiceNow and Jira write it).
//
// # Input: bad rows
//
// Every data row is either used or rejected; a rejected row is reported with
// file, line number and reason, and the report's Data section lists rows read,
// used and rejected per file. Rows are CSV records (a quoted field may span
// lines); a record whose quoting is broken rejects only the line it starts
// on, and the lines after it are read as rows of their own, so an unclosed
// quote cannot swallow the rest of the file. -strict makes the first bad
// row fatal instead.
//
// # Input: the neutral incident format
//
// A CSV event log, one row per event, header
//
//	ticket,time,event,state,team,service,impact,urgency,priority,reason,contact,csat,nps
//
// Rows may come in any order; a ticket's events are ordered by time. time is
// RFC 3339 with offset (2026-04-01T08:12:00+02:00), or local time in -tz
// (2026-04-01 08:12). A local time that the zone skips (spring forward)
// is the first instant after the gap, one it repeats (fall back) its first
// occurrence: package calendar's DST policy, which every local time in the
// inputs and every day boundary of the report follows. impact, urgency and priority are labels of the
// configured matrix's scales ("1", "High", "1 - High"). event is one of:
//
//	open      the ticket is opened: service, impact, urgency required; team, contact, state (default New)
//	state     state changes: state (New, In Progress, Awaiting User Info, Awaiting Vendor,
//	          any other "Awaiting …"/"Waiting for …", Resolved, Closed, Cancelled);
//	          leaving Resolved/Closed for an open state is a reopening
//	assign    (re)assigned to team
//	impact    impact and urgency reassessed
//	priority  priority overridden by hand: priority and reason (empty priority: override removed);
//	          the configuration maps reasons to override kinds (vip_floor, major_incident, manual)
//	survey    satisfaction survey: csat 1–5, nps 0–10 (optional)
//
// The first move out of New is the first response (MTTA, response targets).
//
// # Input: ServiceNow incident event log
//
// The export of the incident table's audit trail as in the public
// "incident_event_log" data set: several rows per incident, one per update.
// Columns read: number, incident_state, opened_at, sys_updated_at, impact,
// urgency, priority, reassignment_count, reopen_count, made_sla,
// resolved_at, closed_at; optional assignment_group, cmdb_ci or category
// (the service), contact_type. "?" is empty; labels like "2 - Medium";
// timestamps dd-mm-yyyy hh:mm (also d/m/yyyy, yyyy-mm-dd hh:mm:ss) in -tz.
// The log is rebuilt from differences between successive rows (by
// sys_updated_at): a new incident_state is a state event ("Active" is In
// Progress), a rising reassignment_count or a new assignment_group an
// assignment, a rising reopen_count marks a reopening; a priority that is
// not what the matrix gives is shown as an override "set in ServiceNow".
//
// # Input: Jira Service Management CSV export
//
// "Export → CSV (all fields)", one row per issue. Columns read: Issue key,
// Created, Status (required), Custom field (Impact), Custom field (Urgency)
// (required, labels of the matrix's scales), Resolved, Updated, Priority
// (shown, not used), Custom field (Satisfaction rating) (1–5), Component/s
// (the service). Dates like 05/Jun/26 9:15 AM or 2026-06-05 09:15. The
// export has no history: pauses and first responses cannot be rebuilt, so
// response targets show no data and resolution clocks run unpaused.
//
// # Input: outages and changes (neutral)
//
//	service,start,end,kind,ticket,note                     kind: outage or maintenance
//	change,type,title,service,ci,start,end,assignee,requested,rollback,tested,users,downtime
//
// type is standard, normal or emergency; rollback, tested and downtime are
// yes/no; users is the number of users affected. A change that touches
// several CIs may be given one row per CI (as change logs are exported):
// the rows of one change are merged, and must agree on every other column
// (an empty cell agrees with anything); if they do not, all rows of that
// change are rejected, each with the disagreement. A change with start =
// end is a zero-length change: it is listed, and conflicts with the changes
// whose windows contain its instant. A CI that the configured CI graph
// lacks is reported as a finding; such a change is still checked for
// conflicts with changes on the same CI.
//
// # Configuration
//
// -config FILE replaces the embedded config.json (print it with
// -print-config): company, zone, now, reporting period, named calendars
// (package calendar's Spec JSON: weekly hours in compact form, holidays by
// region such as DE-NW, overrides), the priority matrix (a vendor preset
// changed cell by cell, or a custom matrix in package priority's JSON with
// its own scales; and how override reasons are classified), the SLA
// policy (package sla's PolicySpec JSON: rules per priority, targets with
// goals such as {"business": "8h"} or {"working_days": 5}, pause states,
// escalations), the service catalogue (service hours, agreed availability,
// monthly fee, maintenance windows), the service credit tiers and the
// change rules. testdata/jira_config.json is a configuration for a Jira
// Service Management project (4 × 4 impact × urgency, priorities Highest …
// Lowest); try it with -in testdata/jira_jsm_sample.csv.
package main
