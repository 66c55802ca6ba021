// Package change is the change-enablement logic of ITIL: change types,
// explainable risk models, approval routing, scheduling checks against
// business calendars, and conflict detection between planned changes.
//
// Every function is pure: values in, values out. Time is an argument (the
// lead-time check takes now), and every policy and model is data that
// round-trips through JSON with names ("normal", "very_high", "cab"),
// never bare numbers whose meaning depends on a vendor.
//
// # Conventions
//
// The package follows the module's conventions (see the root package
// itsm): JSON keys and enum text forms are lower snake_case ("cis_affected",
// "very_high", "first_match"), each enum's text form is shown beside its
// constants, and a spelling from before v1 ("very-high", "no-rollback-plan",
// "compare", "lead_times") is rejected with an error that names the new one.
// Intervals are [itsm.Interval], half-open [Start, End). Errors are
// [*itsm.Error] values (Pkg "change") wrapping one of the sentinels
// ([ErrType], [ErrLevel], [ErrModel], [ErrInput], [ErrRouting], [ErrGraph],
// [ErrPlan], [ErrSchedule], [ErrLifecycle], [ErrNoSlot]); an error for a
// name lists the valid ones. Bad input never panics or hangs, and methods
// on nil pointers return an error or their documented zero answer.
// Arithmetic on counts, durations and instants is exact or an error, never
// wrapped around.
//
// # Change types, CAB and ECAB
//
// ITIL distinguishes three [Type]s of change. A [Standard] change is
// pre-authorised: low risk, repeatable, following a documented change model,
// so it needs no CAB. A [Normal] change is assessed and authorised by a
// change authority that grows with the risk — a peer, the change manager,
// the change advisory board (CAB), and for the riskiest also the business
// owner. An [Emergency] change must be implemented at once; the emergency
// CAB (ECAB), a small group reachable at short notice, authorises it, and it
// is reviewed after implementation.
//
// The [Lifecycle] of a change request is data too: per type, which
// [State] may follow which ([DefaultLifecycle] follows ServiceNow: normal
// new → assess → authorize → scheduled → implement → review → closed;
// standard skips assess and authorize; emergency skips assess).
//
// # Risk levels and risk models
//
// A [Level] is an ordered risk level: [Low], [Moderate], [High], [VeryHigh],
// [Critical] (numerically 1–5, BMC's "risk level 1–5"); [None] means a model
// did not decide. A [Model] is a pure function from an [Input] to a [Result]
// that carries the level and its explanation: the exact score as a
// numerator and denominator, every contribution, and the band or rule that
// decided ([Result.String] renders it for people).
//
//   - [NewQuestionnaire], in three [Mode]s: [Sum] (ServiceNow: Σ answer
//     score × weight against "score greater than" thresholds — a result 7
//     with a moderate threshold 6 is moderate), [PercentOfMax] (the same sum
//     as a percentage of the highest possible sum), and [WeightedMean] (BMC:
//     Σ value × weight / Σ weight rounded up, so (4·60 + 5·20 + 2·100)/180 =
//     3).
//   - [NewRuleSet]: ordered first-match rules over the [Facts] of a change
//     (no rollback plan, no test evidence, critical service, outage,
//     freeze, short notice, emergency, failed similar changes), each fact
//     named by its JSON key. Conditions are upward closed (no negation), so
//     [Monotone] can tell when adding a risk factor can never lower the
//     level. [DefaultRules] is a starting point.
//   - [NewMatrixModel]: a likelihood × impact matrix, reusing
//     [priority.Matrix] and its scales.
//   - [NewHistoryModel]: the change-success history ([Outcomes]) with
//     configurable multipliers; combined by [NewHighest] it can raise the
//     risk, never lower it. Failed over all changes counted is the change
//     failure rate that package kpi takes as two integer counts.
//   - Combinators: [NewHighest] (the highest decision, as ServiceNow
//     combines risk conditions and assessments) and [NewFirstMatch].
//
// Thresholds live in [Bands]: a base level and strictly increasing
// thresholds with strictly increasing levels. That shape is the proof that
// bands partition the score line — no gaps, no overlaps, each band
// half-open ((6, 10] by default, [6, 10) with AtLeast) — and comparisons are
// exact (num/den > t is decided as num > t·den), never on a rounded score.
// [DecodeModel] reads any model from JSON by its "kind"; json.Marshal writes
// it.
//
// # Approval routing and notice
//
// A [Routing] maps change type × risk level to a [Decision]: the required
// [Approver]s (peer review, change manager, CAB, ECAB, business owner), a
// post-implementation review, the working days of notice (lead time) the
// change needs, and a reason, as declarative routes over level ranges.
// [NewRouting] rejects a policy that leaves any type × level uncovered or
// covers it twice, so [Routing.Route] always has exactly one answer.
// [DefaultRouting] is a conventional starting point (e.g. 2 working days'
// notice for a low-risk normal change, 10 for a high one).
//
// # Scheduling
//
// [CheckSchedule] checks a planned window against calendar values from
// package calendar: it must lie entirely inside a maintenance window, touch
// no service hours, freeze calendar or listed [Blackout], and respect the
// notice its Decision demands, counted in working days on a business
// calendar. Each [Violation] names its rule and the offending part of the
// window; [ApplyViolations] turns them into risk facts. An instant change
// (Start == End) at t is checked too: it is inside a maintenance window when
// s ≤ t < e for one of its spans [s, e), in a blackout or a freeze when that
// contains t, and its lead time is measured to t.
//
// [NextSlot] finds the earliest window of a given length inside a window
// calendar after an instant, avoiding busy intervals; it searches up to a
// bound and returns [ErrNoSlot] rather than loop when nothing fits. A busy
// instant t blocks every slot [a, b) with a ≤ t < b. [NextAllowedSlot]
// finds the earliest window that CheckSchedule accepts under given
// [ScheduleRules] (which round-trip through JSON with each calendar as its
// calendar.Spec).
//
// # Conflicts
//
// [CheckConflicts] reports every pair of changes whose times overlap and
// that touch the same CI ([SameCI]), related CIs ([RelatedCI]: one is a
// direct or transitive ancestor of the other in a [Graph] of parent/child
// relations; siblings are not related), or share an assignee
// ([SameAssignee]). A change with Start < End occupies the half-open window
// [Start, End): a change ending at 02:00 and one starting at 02:00 do not
// overlap. A change with Start == End (951 of the 2,632 changes in
// Rabobank's real change log start and end in the same minute) is an
// instant t — a meaning this package gives an empty [itsm.Interval] — and it
// overlaps a window [s, e) when s ≤ t < e — at the window's start, not at
// its end, which the window does not contain — and another instant at the
// same t. A change touches a list of CIs; each pair of changes has at most
// one [Conflict] per kind, naming every shared CI (or related CI pair).
//
// It is a batch over user records, so one bad record never discards the
// rest: records with an empty ID, an end before the start or an empty CI
// name are returned in [ConflictReport].Rejected as [itsm.RecordError]s that
// name the record (index and ID), and every other record is checked. Records
// that share an ID are rows of one change (logs are often exported one row
// per change × CI) and are merged into one change with their CIs, unless
// their times or assignees contradict each other, in which case all of them
// are rejected. A CI the graph does not know is not an error but an
// [UnknownCI] finding. [ConflictReport.Err] joins the rejected records'
// errors for callers that want one error. The graph is checked at
// construction (cycles are errors quoting the cycle) and the output is in a
// canonical order independent of input order. It is a sweep over the
// changes sorted by start with per-CI and per-assignee active lists:
// O(n log n + Σ ancestors + k log k) for k conflicts, about 0.1 s for
// 100 000 changes.
package change
