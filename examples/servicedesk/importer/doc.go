// Package importer reads incident, outage and change exports into event
// logs that package sla evaluates: the neutral CSV event log of
// examples/servicedesk, the ServiceNow incident audit log ("incident event
// log", one row per update) and the Jira Service Management CSV export (one
// row per issue).
//
//	incs, stats, err := importer.ReadServiceNow("export.csv", f, importer.Options{Zone: loc, Matrix: priority.ServiceNow()})
//	for _, inc := range incs {
//		r, err := inc.Replay(matrix, nil, now) // r.Timeline is []sla.Event
//		statuses, err := policy.Evaluate(sla.Ticket{ID: inc.ID, Events: r.Timeline}, now)
//	}
//
// # What an importer promises
//
// Every data row (a CSV record, counted by physical line where quoting
// breaks) is either used or rejected: Stats.Read = Stats.Used +
// Stats.Rejected, always, and every rejected row is listed with its file,
// line and reason (RowError). Options.Strict makes the first rejection an
// error instead.
//
// Nothing is invented. What an export does not record is absent, not
// guessed: a Jira export has no history, so its incidents carry no first
// response (Replay.Ack is zero: response targets show no data, never 0 %)
// and no pauses. Where the source system records its own figures
// (ServiceNow's resolved_at, closed_at, reopen_count, reassignment_count,
// made_sla; Jira's SLA columns), Incident.Source carries them as recorded,
// beside what Replay recomputes from the events, so a report can show both
// and say why they differ.
//
// Timestamps without an offset are read in Options.Zone under package
// calendar's DST policy (calendar.Civil); month names may be English or
// German ("05/Jun/26 9:15 AM", "05/Jun/26 09:15", "05.Mär.2026 09:15",
// "05/Mai/26 9:15 AM").
package importer
