// Package kpi computes service KPIs — availability, time-to-X measures,
// service-desk rates, satisfaction scores, DORA metrics and SRE error
// budgets — with exact, explainable and mergeable arithmetic.
//
// # Exactness
//
// Rates are [Ratio] values built from integer counts (tickets, nanoseconds),
// so every figure carries its numerator and denominator. Decimal output is
// produced only at presentation: [Ratio.Rate] rounds half to even at 18
// places, [Ratio.Percent] half to even at the places asked for. Decisions
// (is a target met?) use [Ratio.CmpPercent], which compares exactly. A
// denominator of zero means "no data": the decimal accessors return
// ok == false, never NaN and never a panic.
//
// # Intervals
//
// An [Interval] is half-open [Start, End): back-to-back intervals do not
// overlap, and an instant equal to End lies outside. [MergeIntervals] joins
// overlapping and touching intervals and reports whether any overlapped.
//
// # Availability
//
// [ComputeAvailability] measures Up / Scheduled over a period within service
// hours (any [Schedule]; *calendar.Calendar satisfies it, [WallClock] is
// 24×7), with maintenance windows removed from both the scheduled time and
// the downtime. Overlapping outages are merged, counted once, and flagged.
// [AvailabilityFromMTBF] gives the steady-state MTBF/(MTBF+MTTR).
// [AllowedDowntime] converts a "nines" target into allowed downtime exactly
// (99.9 % over 30 days is 43m12s; 99.99 % over a 365-day year is 52m33.6s);
// [TargetFor], [Nines], [CountNines] and [DowntimeTable] go the other way or
// tabulate.
package kpi
