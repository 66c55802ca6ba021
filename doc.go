// Package itsm is the root of itsmkit: pure IT-service-management logic for Go
// programs. It holds no code of its own; the work is done in the packages
// below, which take values in and give values out — no database, no server,
// no clock of their own, no global state.
//
// # Packages
//
//   - [github.com/itsmkit/itsm/calendar]: business calendars (weekly hours,
//     date overrides, public holidays, time zones) answering "is it open?",
//     "when is d of business time after t?" and "how much business time lies
//     between a and b?" in O(log n), exact across DST transitions.
//   - [github.com/itsmkit/itsm/calendar/holidays]: rule-based public holidays
//     by country and region (ISO 3166 codes such as DE-NW), with their legal
//     history, and iCalendar import and export.
//   - [github.com/itsmkit/itsm/priority]: impact × urgency priority matrices,
//     vendor presets, validation, overrides and explanations.
//   - [github.com/itsmkit/itsm/sla]: SLA, OLA and underpinning-contract targets,
//     clocks evaluated as pure functions over a ticket's event log, escalation,
//     compliance, availability SLAs and service credits.
//   - [github.com/itsmkit/itsm/change]: change types, risk models, approval
//     routing, schedule checks and conflict detection.
//   - [github.com/itsmkit/itsm/kpi]: service KPIs (MTTR, availability, FCR,
//     CSAT, NPS, DORA, error budgets) as exact, explainable, mergeable values.
//   - [github.com/itsmkit/itsm/legal]: periods as the law counts them (EU
//     Regulation 1182/71, BGB §§ 187–193) and regulatory incident-reporting
//     clocks (GDPR, NIS2, EU DORA) with their citations.
//
// Dependencies point one way: every package may use the root package's
// shared types; sla and change build on calendar (sla also on kpi for
// availability, change on priority for its risk matrices); legal builds on calendar and calendar/holidays; calendar,
// priority and kpi stand alone.
//
// # Semantics shared by every package
//
// Intervals are half-open, [start, end): back-to-back spans never overlap.
// Instants are [time.Time], lengths [time.Duration], zones IANA names. Time is
// always an argument: nothing here reads the wall clock. Rates and percentages
// are exact decimals computed from integer counts and returned with their
// numerator and denominator; breach decisions compare exact durations, never
// rounded percentages. Every policy type round-trips through JSON with
// readable durations ("4h", "30m").
//
// # Conventions (one dialect for the whole module)
//
// New packages and new API follow these; a test per package checks them.
//
//   - Shared types live here, in the root package, which imports none of the
//     others: [Interval] (the one half-open interval), [Duration] (the one
//     readable configuration duration), [Ratio] (the one exact rate) and
//     [Error] (the one error shape). The 24×7 schedule is
//     calendar.AlwaysOpen(). Shared unexported helpers live in internal/.
//   - JSON: object keys are lower snake_case ("closed_from", "breach_at");
//     every exported field has an explicit json tag; strict decoding rejects
//     unknown, duplicate and case-variant keys and names the key; a key
//     renamed before v1 is rejected with an error naming its new spelling.
//   - Enums have one lower snake_case text form ("keep", "first_response"),
//     shown beside each constant in its doc comment; String, MarshalText and
//     UnmarshalText agree, and an unknown spelling is an error that lists the
//     valid ones.
//   - Durations in configuration are [Duration] text ("4h30m"; days and
//     weeks are refused as ambiguous); instants are RFC 3339; rates are
//     [Ratio] or decimal.Decimal, never floats or *big.Rat.
//   - Errors are [*Error] values (package, context, quoted input, valid
//     values, wrapped sentinel), classified with errors.Is and errors.As only.
//     Batch functions return the good results plus per-record errors that
//     name the record; one bad record never discards the rest.
//   - Methods on nil pointers of exported types return an error (or the
//     documented zero answer); they never panic.
//   - Arithmetic on durations, counts and instants is overflow-checked: it
//     saturates where documented or returns an error wrapping [ErrOverflow].
//   - The exported API is recorded in api/itsm.txt; a test fails when it
//     changes without the record (go run ./internal/cmd/apirecord -w).
//
// # A short ITIL glossary
//
//   - Incident: an unplanned interruption or reduction in quality of a service.
//   - Impact: how widely an incident hurts the business (users, services).
//   - Urgency: how quickly the business needs it resolved.
//   - Priority: the order of work, derived from impact × urgency.
//   - SLA (service level agreement): targets agreed with a customer, e.g.
//     "P1 resolved within 4 hours". OLA (operational level agreement): the same
//     between internal teams. UC (underpinning contract): the same with an
//     external supplier. OLAs and UCs underpin an SLA.
//   - Business hours: the service hours in which an SLA clock runs.
//   - Change: an addition, modification or removal of anything that could
//     affect services; assessed for risk and approved by a change authority
//     (peer, change manager, CAB, or ECAB for emergencies).
//   - MTTR, MTBF, availability: how quickly services are restored, how often
//     they fail, and the share of agreed service time they were usable.
package itsm
