// Package priority derives ITIL incident priority from impact and urgency,
// with typed levels, matrices of any size, vendor presets, additive
// (weighted) models, validation, impact derivation, overrides and
// explanations.
//
// # Impact, urgency and priority
//
// In ITIL, impact measures how much of the business an incident affects
// (one person, a department, the whole company) and urgency how soon the
// business needs it resolved (can it wait, is money being lost now).
// Priority — the order in which the service desk works, and usually the key
// to SLA targets — is read from an impact × urgency matrix rather than
// asked for, so that two agents give the same ticket the same priority.
//
// A [Matrix] maps a level of an impact [Scale] and a level of an urgency
// [Scale] to a level of a priority [Scale]. It may have any shape (3×3,
// 3×4, 4×5, 5×5 …) and is complete by construction: a hole, an extra row or
// an unknown label is an error naming the cell ([ErrInvalidMatrix],
// [ErrUnknownLevel]). GLPI fills a missing cell silently with
// round((u+i)/2); this package never guesses.
// [Matrix.Lookup] is O(1) and allocation-free.
//
// # Directions
//
// Vendors number levels in opposite directions: "1" is the highest priority
// in ServiceNow, iTop and BMC, "5" the highest in GLPI and Znuny. A [Level]
// is therefore never a bare number: it belongs to a scale with an explicit
// [Direction] ([HighestFirst] or [HighestLast]), and [Level.Severity] and
// [Level.Compare] always mean "more severe", whatever the numbering. Levels of one scale are refused where another scale is
// expected ([ErrScaleMismatch]): an urgency is not an impact, and GLPI's "2"
// is not ServiceNow's "2".
//
// # Monotonicity
//
// Raising impact or urgency must never lower priority; otherwise a ticket
// becomes less urgent when the caller reports that it is worse, and its SLA
// target gets longer. Published matrices get this wrong (one vendor's 4 × 5
// documentation example does, see the tests), so [Matrix.Validate] reports
// every offending cell as a [Finding], with the strongest counterexample,
// and optionally checks symmetry ([Asymmetric]). Validation respects each
// scale's direction. Validation reports rather than rejects: a matrix is
// data, and a customised one may be non-monotone on purpose.
//
// # Presets
//
// [ServiceNow] (also the textbook ITIL matrix), [GLPI], [Znuny] and [ITop]
// return the published default matrices, [BMC] the published additive
// model. A preset is a starting point: [Matrix.With] returns a new matrix
// with one cell changed, [NewAdditive] on the preset's scales one with
// other weights or bands.
//
// # Additive models
//
// [NewAdditive] builds a model that gives each impact and urgency level a
// weight and maps the sum to a priority through bands ([Band]), half-open
// score ranges [From, To). Bands must partition the reachable scores — a
// gap or an overlap is a construction error ([ErrInvalidMatrix]). The model
// is a [*Matrix] (tabulated, O(1) lookup) that keeps its weights and bands:
// it explains, renders and writes itself as an additive model.
//
// # Impact from facts
//
// Service desks rarely ask "what is the impact?"; they count users affected
// and know how critical the service is. [Rules] derive a level from facts
// (numbers by name) through ordered thresholds per fact ("users ≥ 1000 → High; ≥ 50 → Medium;
// else Low"), validated for order, coverage and monotonicity; the worst fact
// decides. [EvaluateFacts] combines derivation and lookup.
//
// # Overrides and explanations
//
// A VIP floor, a major incident or a manual decision changes the priority a
// ticket is worked at. An [Override] is data; [Apply] and [Evaluate] return
// a [Result] whose computed and effective priorities can differ only
// through a recorded override (the Result's fields are unexported, so they
// never diverge silently). [Result.Explain] returns an [Explanation]: the
// cell, or the weights, score and band, the derivation of impact, and every
// override, with a String for people. [Matrix.String] renders a matrix as an
// aligned table for documentation and students.
//
// # Labels and JSON
//
// [Scale.Parse] maps exported ticket data ("1 - High", "2-Medium", "High",
// "1") onto levels, and refuses contradictions ("2 - High" where High is 1);
// [Scale.WithAliases] accepts another tool's names ("Normal" for "Medium").
// Scales, matrices (either kind), rules and overrides round-trip through
// JSON with levels by name; decoding validates as the constructors do.
//
// # Conventions
//
// The package follows the module's conventions (see the root package
// documentation):
//
//   - JSON keys are lower snake_case ("impact_weights"); unknown, duplicate
//     and case-variant keys are errors wrapping [ErrInvalidJSON]. A
//     matrix's "kind" is "matrix" or "additive".
//   - Enums have one lower snake_case text form, shown beside each
//     constant: [Direction] ("highest_first", "highest_last"), [Op]
//     ("at_least", "at_most"), [OverrideKind] ("vip_floor",
//     "major_incident", "manual") and [FindingKind] ("non_monotone",
//     "asymmetric", "symmetry_not_applicable"). Any other spelling is an
//     error that lists the valid ones.
//   - Errors are [*itsm.Error] values (Pkg "priority") wrapping one of the
//     package's sentinels; classify them with [errors.Is] and [errors.As].
//     An unknown label lists the scale's level names.
//   - Methods on nil pointers return an error or their documented zero
//     answer; they never panic.
//   - All types are immutable values or pointers to immutable values and
//     are safe for concurrent use.
package priority
