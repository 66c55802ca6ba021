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
// 08:00 Europe/Berlin, with the demo's configuration (config.json), so the
// output is reproducible. With -in it reads a user's export, and then
// nothing of the demo applies: the report is built from the export and the
// user's -config only (see Configuration).
//
//	go run ./examples/servicedesk
//	go run ./examples/servicedesk -format json
//	go run ./examples/servicedesk -format csv -table open_tickets
//	go run ./examples/servicedesk -html report.html
//	go run ./examples/servicedesk -print-config > my.json   # edit, then -config my.json
//	go run ./examples/servicedesk -in export.csv -tz Europe/Berlin -now 2026-07-06T08:00:00+02:00
//	go run ./examples/servicedesk -in export.csv -config my.json -lang de -html bericht.html
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
// The report shows, besides the SLA clocks: the last 7 days and the month to
// date beside the period, figures per assignment group and per service,
// opened against resolved per week (weeks the period covers only in part
// are marked), breaches sorted by overrun, and availability per service and
// month. Where the export carries the source system's own figures, a
// Definitions section shows them beside the recomputed ones, and a
// Reconciliation section compares the source's SLA verdicts with the
// configured policy's (see below).
//
// -width N fits the text tables to N columns (default 100): long cells wrap,
// and the least important columns are left out, each table naming them.
// -lang de writes German: labels, dates ("Mo 06.07.2026"), money
// ("2.950,00 €"), decimal commas, and time past a deadline in working days
// (as in English, "3 working days overdue"). JSON and CSV keep RFC 3339,
// Go duration text and decimal numbers in either language. The HTML page
// is readable on a 390 px phone (charts scale with a viewBox; tables of
// three or more columns become labelled cards, key columns first) and on A4
// (print unfolds every folded table and keeps headings with what follows);
// scripts/render.sh renders it with headless Chromium at 1400 px and 390 px
// and prints it to PDF.
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
// used and rejected per file (read = used + rejected, always). A file none of
// whose rows is usable, or one that rejects more than
// import.max_rejected_percent of its rows (default 5; -max-rejected), fails
// the run: no report, exit status 1, and the reasons with their counts on
// stderr, so that a file in an unexpected format cannot give a calm report. Rows are CSV records (a quoted field may span
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
// resolved_at, closed_at; optional sys_mod_count, assignment_group, cmdb_ci
// or category (the service), contact_type. "?" is empty; labels like
// "2 - Medium"; timestamps dd-mm-yyyy hh:mm (also d/m/yyyy, yyyy-mm-dd
// hh:mm:ss) in -tz. An incident's updates are ordered as ServiceNow orders
// them, by sys_updated_at and then sys_mod_count, and the log is rebuilt
// from differences between successive rows: a new incident_state is a state
// event ("Active" is In Progress) at resolved_at or closed_at when the row
// carries them, a rising reassignment_count or a new assignment_group an
// assignment; a priority that is not what the matrix gives is shown as an
// override "set in ServiceNow".
//
// The report counts as ServiceNow does: resolved means resolved_at is set,
// reopened reopen_count > 0, reassigned reassignment_count > 0 (the KPIs
// use these), and the Definitions section shows the figures recomputed from
// the rows beside them, with the tickets that differ. First contact
// resolution compares contact_type with first_contact.channels
// case-insensitively ("Phone" is phone).
//
// # Input: Jira Service Management CSV export
//
// "Export → CSV (all fields)", one row per issue, from an English or a
// German Jira. Columns read: Issue key, Created, Status (required),
// Resolved, Priority, Custom field (Impact), Custom field (Urgency),
// Custom field (Satisfaction rating) (1–5), Component/s (the service), and
// the SLA fields Custom field (Time to resolution) and Custom field (Time to
// first response). An issue with Impact and Urgency is prioritised by the
// matrix; one without (most exports) by its Priority, mapped with
// import.jira_priorities (Highest … Lowest, Höchste … Niedrigste) or taken
// as a label of the matrix's priority scale. Dates like 05/Jun/26 9:15 AM,
// 05/Mai/26 09:15, 05.Mär.26 09:15 or 2026-06-05 09:15. The export has no
// history and nothing is invented: an issue has its opening and its
// resolution, no first response (response targets show no data) and no
// pauses; open issues show their Status as exported.
//
// # Reconciliation
//
// When the export carries the source system's own SLA verdict (ServiceNow
// made_sla, Jira's SLA fields: "met"/"breached", a remaining time such as
// "-1h 5m", or the SLA value object), the Reconciliation section compares
// it per ticket with the verdict of the configured policy and lists each
// disagreement with the stretch where the two clocks part: where this
// report's clock used up the goal although the source says met (and in
// which state the ticket was then, e.g. Awaiting User Info: a pause the
// source has and the policy lacks), or the first stretch it did not count
// although the source says breached. A verdict of a clock still running
// in the source when the export was taken is not compared.
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
// The demo's configuration (config.json) applies only to the demo run
// without -config. Otherwise the configuration is the documented defaults
// (defaults.json: zone UTC, the ServiceNow matrix, currency EUR, attainment
// goal 90 %, first contact by phone, chat or walk-in within 1 h, at most 5 %
// rejected rows, the Jira priority mapping; no calendars, no services, no
// penalties, no SLA policy) with -config FILE merged over them: keys the
// file leaves out keep their default, objects merge key by key, lists and
// the SLA policy are replaced. now and the period default to the data (the
// last event; the day of the first opening to the day after now).
// -print-config prints the configuration in effect, after the flags and the
// data. Without an SLA policy the report says so, lists the backlog and
// computes the KPIs, counts and cuts, and computes no SLA clocks.
//
// The parts: company, zone, now, reporting period, named calendars
// (package calendar's Spec JSON: weekly hours in compact form, holidays by
// region such as DE-NW, overrides), business_hours (the calendar KPIs
// count business time on), the priority matrix (a vendor preset changed
// cell by cell, or a custom matrix in package priority's JSON with its own
// scales; and how override reasons are classified), the SLA policy
// (package sla's PolicySpec JSON: rules per priority, targets with goals
// such as {"business": "8h"} or {"working_days": 5}, pause states,
// escalations), the service catalogue (service hours, agreed availability,
// monthly fee, maintenance windows), the service credit tiers, the change
// rules, first_contact and import. Services appear only when configured or
// found in the outage log (then on 24×7, without a target), credits only
// with a credit schedule. testdata/jira_config.json is a configuration for
// a Jira Service Management project (4 × 4 impact × urgency, priorities
// Highest … Lowest); try it with -in testdata/jira_jsm_sample.csv.
// testdata/servicenow_policy.json is a 24×7 policy to reconcile with
// ServiceNow's made_sla; try it with -in testdata/servicenow_export.csv.
//
// The readers are a package of their own, examples/servicedesk/importer,
// for programs that want ServiceNow, Jira or neutral exports as sla.Event
// timelines.
package main
