// Package kpi computes service KPIs — availability, time-to-X measures,
// service-desk rates, satisfaction scores, DORA metrics and SRE error
// budgets — with exact, explainable and mergeable arithmetic. Every
// published dashboard computes these slightly differently and rarely says
// how; this package states each definition and returns every value with
// its numerator, denominator or sample size.
//
// It imports only the module's root package (itsm.Interval, itsm.Ratio,
// itsm.Duration, itsm.Error). Business time comes in through the one-method
// [Schedule] interface, which *calendar.Calendar satisfies; a nil Schedule
// (or calendar.AlwaysOpen()) is 24×7.
//
// # Conventions
//
// kpi follows the module's conventions (see the root package doc):
// intervals are [itsm.Interval], rates [itsm.Ratio] or decimal.Decimal,
// configuration durations [itsm.Duration] text ("720h"; days are refused),
// JSON keys lower snake_case with explicit tags, enumerations one snake_case
// text form each (shown beside each constant), errors [*itsm.Error] values
// with Pkg "kpi" wrapping a sentinel, classified with errors.Is and
// errors.As only, and batch functions report each rejected record as an
// [itsm.RecordError]. Methods on nil pointers return an error or the zero
// answer.
//
// # Exactness and rounding
//
// Rates are [itsm.Ratio] values built from integer counts (tickets, events,
// nanoseconds): itsm.Ratio{Num, Den}. Decimals appear only at presentation:
// Rate is Num/Den rounded half to even at 18 places, Percent is 100·Num/Den
// rounded half to even at the places asked for. Decisions (is a target
// met?) use CmpPercent or Cmp, which compare exactly: 99.949 % is below
// 99.95 % even though both print as 99.95. A rate that is not a fraction of
// two int64 counts (a burn rate against a decimal target) is a
// decimal.Decimal rounded half to even at [itsm.RatePlaces] places, and
// decisions on it ([SLO.EvaluateAlerts]) are taken on the exact value.
// Arguments and accumulators use time.Duration; results and configuration
// use [itsm.Duration], whose text is readable ("43m12s"). Sums of durations
// are kept in 128 bits. Means are rounded to the nearest nanosecond, ties to
// even. Decimal inputs must have an exponent within
// ±[itsm.MaxDecimalExponent].
//
// # No data
//
// A denominator of zero means "no data": the decimal accessors return
// ok == false — never NaN, never a panic. Empty samples give ok == false
// for mean, min, max and percentiles; a zero-length period has no
// scheduled time and hence no availability; no deployments means no change
// failure rate, and a [Flow] over a zero-length period counts nothing.
// Classifications leave a metric with no data unnamed.
//
// # Intervals
//
// An [itsm.Interval] is half-open [Start, End): back-to-back intervals do
// not overlap and an instant equal to End lies outside. Start == End is a
// valid empty interval; End before Start, and a span longer than a
// time.Duration, are errors wrapping [itsm.ErrInterval].
//
// # Availability
//
// [ComputeAvailability] measures, over a period and within service hours:
//
//	Scheduled = service time in the period − service time under maintenance
//	Down      = service time inside outages and outside maintenance
//	Up        = Scheduled − Down,  availability = Up / Scheduled
//
// Overlapping outages are merged and counted once ([Availability]
// OverlapsMerged and Notes say so); outage time outside the period, outside
// service hours or inside maintenance is not counted, and Notes say that
// too. Availability is always in [0, 1] and adding an outage never raises
// it (both are property-tested against a minute-stepping reference).
// Availability's MTBF and MTTRecover divide up and down time by the number
// of failures; fmt.Println prints a one-line summary.
// [AvailabilityFromMTBF] is the steady-state MTBF / (MTBF + MTTR), and
// equally up / (up + down) from recorded totals.
//
// "Nines": [AllowedDowntime] is window × (100 − target)/100, computed in
// decimal nanoseconds and rounded down: 99.9 % over 30 days is 43m12s,
// 99.99 % over a 365-day year is 52m33.6s. [CountNines] goes the other way.
//
// # Time to X
//
// Each [Measure] is named by the events that start and stop its clock, so a
// report says which "MTTR" it is: [MTTA] (acknowledge), [MTTRepair],
// [MTTRecover] (recovery/restore service, ITIL's MTRS), [MTTResolve],
// [MTTRespond], [MTTD] (detect), [MTBF] (restored → next failure) and
// [MTTF]; its text form ("mttr_resolve") names it in JSON and reports. A
// [Clock] labels the time base: [Wall] or [Business] (measured with a
// [Schedule]; business time never exceeds wall time, a tested property).
//
// [DurationStats] keeps count, exact sum, mean, min and max in constant
// space. [TimeTo] holds two of them: completed items and censored ones.
// [Sample] keeps every value for exact percentiles; a [Distribution] is an
// immutable sorted sample offering two named percentile definitions:
//
//   - [NearestRank]: the value of rank ⌈p·n/100⌉ (p = 0: the minimum).
//   - [Linear]: Hyndman–Fan type 7 (R, NumPy and Excel PERCENTILE.INC
//     default): h = (n−1)·p/100, interpolate between x[⌊h⌋] and x[⌊h⌋+1],
//     computed exactly and rounded half to even to the nanosecond.
//
// The median is the type-7 50th percentile (mean of the middle two for even
// n). Both definitions are monotone in p.
//
// For bounded memory, [Sketch] is a mergeable log-linear histogram (HdrHistogram
// bucketing, integer boundaries): its nearest-rank percentiles are within a
// relative error of 2^−(b+1) of the exact value (0.39 % at the default
// b = 7), exact below 2^(b+1) ns and at p = 0 and 100; the bound is
// property-tested after arbitrary merges. t-digest, KLL and DDSketch are not
// implemented.
//
// # Censoring
//
// An item still open at the observation cut-off (end of the period) is
// censored, never dropped. [TimeTo.Observe] and [Sample.Observe] take the
// cut-off asOf: an item whose stop event is set and not after asOf is
// completed; any other is censored with the elapsed time up to asOf, a lower
// bound on its final value. Completed and censored statistics are reported
// separately; [TimeTo.AtLeast] and [Sample.AtLeast] combine them, giving
// lower bounds ("at least") for the mean and every percentile, because each
// is non-decreasing in every value.
//
// # Merging
//
// Every accumulator is a commutative monoid — [DurationStats], [TimeTo],
// [Sample], [Sketch], [DeskRates], [Attainment], [Backlog], [Flow], [CSAT],
// [NPS] and [itsm.Ratio] (via its Add): the zero value (or a fresh
// constructor value) is empty, Merge is associative and commutative, and
// accumulating any split of the input in parts and merging the parts in any
// order equals accumulating it at once. Property tests check exactly that,
// so a user with billions of tickets can shard the work in any map-reduce
// engine and merge the partials. Add methods of the count/mean accumulators
// do not allocate. Merging accumulators of different kinds (measure, clock,
// scale, instant, period) is an error ([ErrMismatch]). Accumulators are not
// safe for concurrent mutation: give each goroutine its own and merge.
//
// # Encoding
//
// Every accumulator — [DurationStats], [TimeTo], [Sample], [Sketch],
// [DeskRates], [Attainment], [Backlog], [Flow], [CSAT] and [NPS] — has a
// compact, versioned binary encoding (MarshalBinary and UnmarshalBinary:
// encoding.BinaryMarshaler and encoding.BinaryUnmarshaler) and a JSON form
// (MarshalJSON and UnmarshalJSON), so that partial results can be
// shuffled between the workers of a map-reduce engine (as an Apache Beam
// accumulator coder, for one) and stored. Both round-trip exactly, and
// merging decoded partials gives what one accumulator fed everything
// holds (property-tested). Decoding accepts only states an accumulator can
// reach — a sum its count, minimum and maximum allow, bucket counts that
// add up to the count, 0 ≤ met ≤ total, … —: anything else (truncated,
// trailing or foreign bytes, another version, a varint not in its shortest
// form) is an [*itsm.Error] wrapping [ErrInvalidConfig], never a panic, and
// no length prefix makes the decoder allocate more than the input's size
// allows (fuzzed). Encoding refuses, with [ErrOutOfRange], the states only
// hand-set exported fields create (DeskRates{Tickets: 1, Resolved: 2}).
// A [Backlog]'s [Schedule] is code, not data: it is not encoded, and
// decoding keeps the receiver's. Instants decode in UTC.
//
// The binary layout, version 1: byte 0 is the version, 1 (other versions
// are refused); byte 1 the kind: 'd' DurationStats, 't' TimeTo, 's'
// Sample, 'k' Sketch, 'r' DeskRates, 'a' Attainment, 'b' Backlog, 'f'
// Flow, 'c' CSAT, 'n' NPS. The fields follow in this order, with u an
// unsigned varint (encoding/binary's Uvarint, LEB128) in its shortest
// form, z a zig-zag varint (binary.AppendVarint), b a byte; nothing
// follows the last field:
//
//	stats          u count; if count > 0: u min, u max, u sum ÷ 2⁶⁴, u sum mod 2⁶⁴ (ns)
//	instant        z Unix seconds, u nanoseconds (< 10⁹), in the years 0000–9999
//	DurationStats  stats
//	TimeTo         b measure, b clock, stats completed, stats censored
//	Sample         b measure, b clock, u n, n × u completed ns, u m, m × u censored ns
//	               (in the order added)
//	Sketch         b precision (0: the zero value's, 7), stats, u m, m × (u gap, u count)
//	               for the non-empty buckets in increasing index i; gap = i − previous i − 1
//	               (the first: gap = i)
//	DeskRates      u tickets, resolved, first_contact, first_time_fix, reopened,
//	               escalated, reassigned, reassignments
//	Attainment     u met, u total
//	Backlog        instant at, b clock, u m, m × u step (b1, b2 − b1, …, ns),
//	               (m + 1) × u count per bucket, stats ages
//	Flow           instant start, instant end, u in, u out
//	CSAT           b 0 (zero value, DefaultCSAT), or b 1 and z min, z max,
//	               z satisfied_from; then u total, u satisfied, z sum
//	NPS            u promoters, u passives, u detractors
//
// Measures and clocks are written as their values, the order of their
// constants (unspecified 0, mtta 1, …; wall 0, business 1): constants are
// only ever appended. Sketch bucket i at precision b holds the value i ns
// for i < 2^(b+1), else the values [(2ᵇ + j)·2^(e−b), (2ᵇ + j + 1)·2^(e−b))
// with e = ⌊i / 2ᵇ⌋ + b − 1 and j = i mod 2ᵇ. For example,
// Attainment{Met: 3, Total: 4} is 01 61 03 04, and the DurationStats of
// one second alone is 01 64 01, then 80 94 eb dc 03 (10⁹ ns) as min and
// max, 00 (the high half of the sum) and 80 94 eb dc 03 again. A golden
// test pins the bytes of every kind.
//
// The JSON forms use the module's conventions: DurationStats {"count",
// "sum" (decimal string of ns), "min", "max", "mean"}, TimeTo {"measure",
// "clock", "completed", "censored"}, Sample {"measure", "clock",
// "completed": [durations], "censored": [durations]}, Sketch {"precision",
// "stats", "buckets": [{"index", "count"}]}, Backlog {"at", "clock",
// "boundaries", "counts", "ages"}, CSAT {"config", "total", "satisfied",
// "sum"}, and DeskRates, Attainment, Flow and NPS their fields. Decoding
// is strict, like configuration JSON, and checks the state as the binary
// decoder does.
//
// # Service desk
//
// [DeskRates] counts, over [TicketOutcome] records:
//
//   - First contact resolution (FCR) = resolved during the first contact,
//     not escalated, not reopened ÷ resolved. It is about contacts.
//   - First time fix (FTF) = resolved with at most one fix attempt, not
//     reopened ÷ resolved. It is about fix attempts (a ticket fixed by
//     second line on the first try is FTF but not FCR).
//   - Reopen rate = resolved tickets reopened ÷ resolved.
//   - Escalation rate = escalated ÷ all tickets; reassignment rate =
//     tickets with at least one hand-off ÷ all tickets.
//
// Backlog at an instant t counts tickets with Opened ≤ t < Resolved (an
// unresolved ticket has no Resolved): one opened at t counts at t, one
// resolved at t does not ([BacklogAt]). [Backlog] adds the age
// distribution in configurable age buckets ([0, b1), [b1, b2), …, [bn, ∞)),
// in wall or business time. [Flow] counts inflow (opened in a half-open
// period) against outflow (resolved in it); In − Out is the backlog growth.
// [Attainment] is SLA targets met ÷ measured.
//
// # Satisfaction
//
// [CSAT] accumulates ratings on a scale: its Score is the share at or above
// a threshold — by default 4 and 5 on 1–5 ([DefaultCSAT]) — and its Average
// the mean rating, which is the Customer Effort Score on [DefaultCES]
// (1–7). [NPS] is the percentage of promoters (9–10) minus the percentage
// of detractors (0–6) on 0–10, an exact value in [−100, 100]. A rating
// outside the scale is an error ([ErrOutOfRange]).
//
// # DORA
//
// [ComputeDORA] computes the four key metrics of the DORA research program
// for a half-open period: deployment frequency ([DORAReport.PerDay]), lead
// time for changes (commit → production; the median is the headline), change
// failure rate and failed deployment recovery time. The change failure rate
// is computed from explicit [Failure] → [Deployment] links: deployments in
// the period with at least one linked failure ÷ deployments in the period. A
// deployment with two incidents counts once; a link to an unknown
// deployment is an error ([ErrUnknownDeployment]). [BandTable] maps the
// metrics to performance levels; [DefaultBands] is derived from the
// Accelerate State of DevOps Report 2023 (elite/high/medium/low). Sources
// disagree, so tables are configurable and round-trip through JSON.
//
// # Error budgets
//
// An [SLO] has a target percentage and a window, [Rolling] (a fixed length
// before now) or [CalendarMonth] (in an IANA zone). Its [ErrorBudget] over
// Bad of Total units (events, or nanoseconds for time-based SLOs) is:
//
//	allowed   = Total × (100 − target)/100
//	consumed  = Bad / allowed
//	remaining = allowed − Bad
//	burn rate = (Bad/Total) / ((100 − target)/100)
//
// allowed and remaining exactly (finite decimals), the burn rate (equal to
// consumed) rounded half to even at 18 places for display and compared
// exactly for decisions. [SLO.EvaluateAlerts] evaluates a
// multi-window, multi-burn-rate [AlertPolicy]: a row fires only if the burn
// rate over both its long and its short window is strictly above the row's
// rate. [DefaultAlertPolicy] is the Google SRE Workbook's table for a 30-day
// budget: 2 % of the budget in 1 h (burn rate 14.4, 5 m short window, page),
// 5 % in 6 h (6, 30 m, page), 10 % in 3 days (1, 6 h, ticket).
//
// # Configuration
//
// Configuration types ([SLO], [AlertPolicy], [BandTable], [CSATConfig])
// round-trip through JSON with snake_case keys, [itsm.Duration] text
// ("30m", "1h30m", "720h"; "30d" is refused: a day's length depends on the
// contract) and text names for enumerations; decoding validates. Decoding
// is strict even with plain json.Unmarshal: an unknown key at any depth
// (also in the [BurnRateAlert], [Band], [DeployRate] and [Scale] they hold,
// and in a [CountBucket]) or trailing data is an error quoting the key and
// wrapping [ErrInvalidConfig], never a silent default; a key in an old
// spelling ("longWindow", "satisfiedFrom", "Bad") is refused naming the
// snake_case key. So is a key given twice in one object, also in another
// case ("target" and "Target": encoding/json would keep the last). Numbers,
// and strings that start with number text, longer than 64 characters or
// with an exponent beyond ±100 are refused before any decimal is parsed
// ([ErrOutOfRange]).
//
//	{"name": "api", "target": "99.9", "window": "rolling", "length": "720h"}
//	{"scale": {"min": 1, "max": 5}, "satisfied_from": 4}
//
// # Batches
//
// Functions over many user records ([ComputeAvailability], [ComputeDORA],
// [FlowSeries], [BacklogAt], [CountsOver], [NewDistribution]) never let one
// bad record discard the rest: a record they cannot use is left out and the
// result is what the other records give, returned with an error that holds
// one [itsm.RecordError] per left-out record (which input — Kind
// "outage", "ticket", … —, its index, its ID when it has one, and why, an
// [*itsm.Error] wrapping a sentinel). errors.As finds the first; the error's
// Unwrap() []error method returns all; errors.Is finds the sentinels. Code
// that stops at any error behaves as before; code that wants the rest uses
// the result when errors.As finds an itsm.RecordError. [Availability] and
// [DORAReport] also carry the list (Rejected). Problems with the call
// itself (an invalid period, a misbehaving schedule, a total beyond int64)
// are not record errors and come with a zero result.
//
// # Overflow
//
// No arithmetic here wraps around. Durations and instants whose distance
// does not fit in a time.Duration (about 292 years) are errors
// ([itsm.ErrInterval]); sums of durations are kept in 128 bits; counts that
// would pass math.MaxInt64 are errors ([itsm.ErrOverflow]) where the method
// returns an error, and saturate at the int64 range where it cannot
// ([NPS.Merge], [DeskRates.Merge], [Attainment]). [DurationStats.Merge]
// leaves its receiver unchanged on overflow and says so. Decimal inputs
// with exponents beyond ±[itsm.MaxDecimalExponent] are rejected before any
// arithmetic, which could otherwise take gigabytes.
package kpi
