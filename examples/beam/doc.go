// Command beam computes the service desk's SLA attainment, MTTA and MTTR
// statistics, satisfaction scores and backlog per month × priority ×
// assignment group with Apache Beam (https://beam.apache.org), so that the
// figures the single-process report (examples/servicedesk) computes come
// out of an event log too large for one machine.
//
// The pipeline reads ticket event logs in the neutral CSV format of
// examples/servicedesk (one file or many, a glob; columns ticket, time,
// event, state, team, service, impact, urgency, priority, reason, contact,
// csat, nps), groups the events per ticket, replays each ticket and
// evaluates the SLA policy on it with package sla, and combines the
// results per month × priority × group with a Beam CombineFn built on the
// accumulators of package kpi (kpi.Attainment, kpi.TimeTo, kpi.Sketch,
// kpi.CSAT, kpi.NPS, kpi.Backlog), which cross the shuffle in their binary
// encodings. It writes one CSV row and one JSON object per cell.
//
// Locally it runs on Beam's embedded Prism runner; from the repository
// root (paths are relative to examples/beam):
//
//	go -C examples/beam run . -input '../servicedesk/data/incidents*.csv' -output /tmp/desk
//
// The same binary submits the pipeline to Flink, Spark or Google Cloud
// Dataflow with Beam's -runner flags; see README.md.
//
// Which cell a ticket counts in:
//
//   - MTTA, MTTR, CSAT and NPS: the month the ticket was opened (in the
//     configuration's zone), its effective priority and its assignment
//     group at the configuration's "now". MTTA is opened → first response
//     (the first move out of New), MTTR opened → first resolution, in
//     business time on the "desk" calendar and in wall time; a ticket not
//     yet responded to or resolved at now is censored (kept apart, never
//     dropped). Cancelled tickets have no MTTA, MTTR or survey figures.
//   - Attainment of each SLA target: the same month and group, under the
//     priority whose target applied (that of the clock's cycle: a response
//     given while the ticket was P3 counts for P3 even if it became P2
//     later), as in the report's per-target table. A target counts as met
//     or breached once decided (a breach counts even if the ticket was
//     resolved later), as pending while its clock runs.
//   - Backlog: the tickets open at the end of the month (at now for the
//     month of now), under their priority and group at that instant, with
//     their ages in wall time in buckets of 1, 3, 7, 14 and 30 days.
//     Cancelled tickets are not backlog.
//
// Events of one ticket with the same timestamp apply in the order of the
// file names, then of the lines: split a log by time (one file per day or
// month), not round-robin.
package main
