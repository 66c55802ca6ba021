// Package priority derives ITIL incident priority from impact and urgency,
// with typed levels, matrices of any size, vendor presets, validation,
// overrides and explanations.
//
// # Impact, urgency and priority
//
// In ITIL, impact measures how much of the business an incident affects
// (one person, a department, the whole company), urgency how quickly the
// business needs it resolved (can it wait, is money being lost now), and
// priority — the order in which the service desk works — is read from an
// impact × urgency matrix. A [Matrix] maps a level of an impact [Scale] and
// a level of an urgency [Scale] to a level of a priority [Scale]; it may have
// any shape (3×3, 3×4, 5×5 …).
//
// # Directions
//
// Vendors number levels in opposite directions: "1" is the highest priority
// in ServiceNow and iTop, "5" the highest in GLPI and Znuny. A [Level] is
// therefore never a bare number: it belongs to a scale with an explicit
// [Direction], and [Level.Higher], [Level.Severity] and [Level.Compare]
// always mean "more severe", whatever the numbering. Labels from exported
// ticket data ("1 - High", "High", "1") are mapped with [Scale.Parse].
//
// # Monotonicity
//
// Raising impact or urgency must never lower priority; otherwise a ticket
// becomes less urgent when the reporter says it is worse. Published matrices
// get this wrong (see the tests), so [Matrix.Validate] reports every
// offending cell with the counterexample that proves it, and can check
// symmetry. Construction rejects holes (GLPI silently fills a missing cell
// with round((u+i)/2); we return an error naming the cell).
//
// # Presets
//
// [ServiceNow] (= [ITIL]), [GLPI], [Znuny] and [ITop] return the published
// defaults. A preset is a starting point: [Matrix.With] returns a new matrix
// with one cell changed.
package priority
