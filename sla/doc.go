// Package sla computes service-level clocks as pure functions over a
// ticket's event log: targets, clock conditions, pauses, cycles, priority
// changes, warnings, escalations, attainment, availability SLAs, service
// credits and underpinning checks.
//
// Nothing is stored: [Evaluate] (one [Target]) and [Policy.Evaluate] (all
// targets a policy selects) replay the timeline up to an instant "now" and
// return a [Status]. Replay is the implementation, so "SLA repair" after a
// corrected timestamp, what-if questions and history views are the same
// call with a different timeline or instant. [Explain] returns the same
// status with the reasons: segments, warning instants, escalation
// instants, and who held the ticket while the clock ran. fmt.Println of a
// Status, Cycle, Segment or Warning prints one readable line.
//
// # Conventions
//
// The package follows the module's conventions (see the root package
// itsm): JSON keys are lower snake_case ("priority_change", "breach_at"),
// and a key renamed before v1 ("priorityChange") is refused with an error
// naming its new spelling; every enumeration has one lower snake_case text
// form, shown beside its constants ([KeepElapsed] is "keep",
// [CustomerReplied] "customer_reply"), and an unknown spelling is an error
// listing the valid ones; configuration and result durations are
// itsm.Duration text ("4h30m"), intervals itsm.Interval, rates itsm.Ratio;
// every error is an *itsm.Error of package "sla" wrapping one of three
// sentinels ([ErrConfig], [ErrEvent], [ErrScheduleFailure]); batch
// functions return the good results with an itsm.RecordError per record
// they left out; methods on a nil *Target or *Policy return an error or
// their zero answer. The 24×7 schedule is calendar.AlwaysOpen().
//
// # SLA, OLA and UC
//
// In ITIL a service level agreement (SLA) is the promise to the customer;
// operational level agreements (OLA) are promises between internal teams,
// and underpinning contracts (UC) are promises of external suppliers. All
// three are a [Target] here, told apart by [Kind]. An SLA target names the
// OLA/UC targets that support it (TargetSpec.UnderpinnedBy), and
// [Policy.CheckUnderpinning] reports before signing whether they fit
// inside it on its schedule — a 4 h SLA cannot rest on a UC that allows 8
// business hours. [Usage] attributes the counted time of many tickets to the
// teams and providers that held them (assignment events), so a report
// shows who used up the SLA.
//
// # Targets, goals and schedules
//
// A target measures a [Metric] (first [Response], [Resolution],
// [NextUpdate], or a custom name) against a [Goal] in an explicit unit:
// [Business] time on the target's [Schedule], [WorkingDays] (N working days
// later at the same time of day), [EndOfWorkingDay] (close of the N-th
// working day), or a [DueAt] instant. The library never guesses what "a
// day" means. Non-duration goals are converted into counted time when a
// cycle starts (goal = Between(start, deadline(start))), so pauses extend
// every kind of goal by the counted time they cover. Such a goal keeps its
// own instant: when the calendar places it after closed time (one working
// day from Friday 07:00 is Monday 08:00), the cycle is due then, not at the
// Friday 17:00 where the counted time already runs out, so a ticket resolved
// on Saturday met it. A business duration is due at the earliest instant its
// counted time is used up (Friday 17:00).
//
// A [Schedule] is anything with Add and Between — *calendar.Calendar, or a
// user's own. Working-day goals need a [DaySchedule] (AddDays, EndOfDay); a
// target whose schedule lacks them fails to build with [ErrConfig].
// Policies reference schedules by name, resolved through a map the caller
// passes to [NewPolicy] and the calendars embedded in the policy; a target
// without a schedule, and the name "24x7", run on calendar.AlwaysOpen()
// (24×7, days in UTC; for working days in another zone, embed a calendar
// with that zone and "Mon-Sun 00:00-24:00").
//
// # Clocks that follow the team
//
// A ticket handed from a first-level desk in Berlin to a second level in
// New York should not breach on a Berlin holiday while New York works on
// it, nor on Juneteenth while Berlin does. A policy names the schedule of
// each assignment group ([PolicySpec].GroupSchedules); a target with
// TargetSpec.FollowGroup counts every stretch of the ticket's life on the
// schedule of the group holding it then (Event.Group of the last
// [Assigned] or [Created] event), with that group's zone and holidays, and
// on its own Schedule while a group without one, or none, holds it. A
// hand-over splits the stretch exactly at its instant; time counted on
// one schedule stays counted. The deadline, the warnings, the escalations
// and [Cycle.NextChange] are projected on the current holder's schedule,
// assuming no further hand-over; a goal given in working days is
// converted into counted time on the schedule of the group holding the
// ticket when the cycle starts. [Explain] names for every [Segment] the
// group and the schedule that counted it, and the per-group [Share]s of a
// cycle add up to its elapsed time.
//
// Conditions match assignments too: [Condition].Groups and Assignees match
// an assignment to one of them, and [Conditions].HeldBy lets a clock count
// only while one of its groups holds the ticket (paused otherwise). An
// OLA of a team is a target of kind OLA that starts when the team gets the
// ticket and counts only while it has it, on the team's calendar:
//
//	{"name": "L2 resolution", "kind": "ola", "metric": "resolution",
//	 "goal": {"business": "6h"}, "schedule": "newyork",
//	 "conditions": {"start": {"groups": ["L2 New York"]}, "held_by": ["L2 New York"]}}
//
// # Configuration
//
// Policies are data. A [PolicySpec] round-trips through JSON with readable
// durations and names for every enumeration, and may embed its calendars.
// Decoding is strict even with plain json.Unmarshal: an unknown key at any
// depth (a misspelt "pasue" that would leave a clock running, or
// "escalatons"), a duplicate key and trailing data are errors quoting the
// key, for policies, targets, goals, thresholds, credit schedules,
// availability targets, tickets and events and everything nested in them:
//
//	{
//	  "priority_change": "retroactive",
//	  "calendars": {"office": {"zone": "Europe/Berlin", "week": "Mon-Fri 08:00-17:00",
//	                           "holidays": [{"region": "DE-NW"}]}},
//	  "conditions": {"resolution": {"pause": ["Awaiting User Info", "Awaiting Vendor"]}},
//	  "rules": [
//	    {"priorities": ["P1"], "targets": [
//	      {"name": "P1 response", "metric": "response", "goal": {"business": "15m"}, "schedule": "24x7"},
//	      {"name": "P1 resolution", "metric": "resolution", "goal": {"business": "4h"}, "schedule": "24x7",
//	       "thresholds": [50, 75, 100, 150], "escalations": [{"name": "duty manager", "offset": "-1h"}]}]},
//	    {"priorities": ["P3"], "targets": [
//	      {"name": "P3 resolution", "metric": "resolution", "goal": {"working_days": 3}, "schedule": "office"}]}
//	  ]
//	}
//
// # Clock conditions
//
// [Conditions] are ServiceNow's six: start, pause, resume, stop, reset and
// cancel (Jira's start/pause/stop are the subset). Conditions match events
// by kind or by the state the ticket enters. Pause is a level: the clock is
// paused while the ticket is in a pause state ("Awaiting User Info",
// "Awaiting Vendor"; Zammad's "ignore escalation" states), unless a Resume condition is given, in which case a
// paused clock waits for it. For one event the order is cancel, stop,
// reset, start, then pause/resume. Built-in metrics have defaults (see
// [Conditions]).
//
// # Pauses and breaches
//
// Pauses are measured on the target's own schedule: a pause over a weekend
// on Mon–Fri hours covers no counted time and moves no deadline (GLPI once
// credited such pauses 24×7). Elapsed counts only running time on the
// schedule. The deadline is projected assuming no further pause; for a
// paused clock, assuming it resumes now, so pausing never moves a deadline
// earlier.
//
// Breaches are decided on exact durations, never on a rounded percentage:
// the breach instant is the first instant at which the clock is running
// (not paused, not stopped) with elapsed ≥ goal — for a goal given as an
// instant, not before that instant when only closed time lies between. A
// stop exactly at the deadline is met; a business-duration deadline that
// uses up the last minute of a Friday is Friday 17:00, and a ticket
// resolved on Saturday breached then.
// A percentage (itsm.Ratio{Elapsed, Goal}) is for display only.
//
// # Cycles, reopen and reset
//
// Each start of a clock is a [Cycle]; a [Status] holds the current cycle
// and the history. Reopening a ticket whose cycle was stopped by the
// resolve applies the target's [ReopenMode]: a new cycle (history kept),
// continue the old cycle counting the closed time, or continue it with the
// closed time counted as paused. A reset cancels the cycle and starts the
// next one at once; the next-update metric meets its cycle at each update
// and starts the next.
//
// # Priority changes
//
// A policy's rules select targets by priority and ticket attributes, first
// match wins. Targets with the same kind and metric form a slot
// ([TargetSpec].Slot, default "SLA resolution"):
// when the priority changes, the slot's target is swapped by the policy's
// [PriorityChangeMode]: [KeepElapsed] (Jira: keep elapsed time, switch the
// goal), [Retroactive] (ServiceNow: cancel, attach the new target with its
// start at the old cycle's start and replay the history including its
// pauses, so accrued pause time is not lost), or [Restart]. A breach that
// was incurred stays breached in every mode. A priority whose rule has no
// target for a slot cancels that slot's clock; a later priority with a
// target starts it again under the same mode (retroactively from the
// cancelled cycle's start, from the reopen if the ticket was reopened
// without a target, or from creation if it never ran). A priority change
// while the ticket is resolved takes effect at the reopen.
//
// A clock that attaches late — a target that appears with a priority, or
// one swapped in — sees the conditions that already hold: the new target
// is replayed over the ticket's history from the slot's origin (the
// creation, the cancelled or replaced cycle's start, the reopen) through
// the change, with its own start, stop, cancel, reset, pause and resume
// conditions. Under [Retroactive] that replay is the new clock. Under
// [KeepElapsed] and [Restart] the clock counts from the change in the
// state the replay is in: paused if it is paused (also when it still
// waits for a Resume condition), and not attached at all when the replay
// has stopped or was cancelled — ServiceNow attaches an SLA only when its
// start condition matches and neither its stop nor its cancel condition
// does (KB0541345); a KeepElapsed cycle whose new target's stop or cancel
// condition already holds ends at the change. Example: P3 has no response
// target, P1 has 15 minutes; created as P3 at 09:00, responded at 09:10,
// P1 from 10:00. Under Retroactive the P1 response clock is met (09:00 to
// 09:10, 10 minutes); under KeepElapsed and Restart there is no P1
// response clock, the response having been given before the target
// applied. It is never "breached, running": no clock runs after its stop.
// A cycle replayed under Retroactive carries the priority that selected
// its target.
//
// # Warnings, escalations and timers
//
// The breach and the warning thresholds (default 50/75/100 %, any list in
// (0, ∞)) are crossings of one rule, which the engine applies as it
// replays the timeline and records; [Explain] reads the recorded instants
// (it does not derive them again). Thresholds below 100 % are reached at
// the first instant with elapsed ≥ ⌈goal·p/100⌉. The breach, and
// thresholds of 100 % and more, are reached at the first running instant
// with that elapsed time, settled like the deadline onto a goal's own
// instant when only closed time lies between. So the 100 % warning is
// always the deadline (Monday 08:00 for one working day from Friday 07:00
// on Mon–Fri 08–17, not the Friday 17:00 where the counted time runs out),
// no threshold above 100 % comes before it, a breached cycle's 100 %
// warning is its BreachAt, and a ticket resolved on the Saturday never
// reached 100 %. Under [KeepElapsed] a threshold of the new goal that the
// counted time already exceeds is reached at the change, as the breach is.
//
// [Escalation] levels sit at business offsets from the deadline ("−1h",
// "+2h") computed with the schedule's Add, so "1 h before" a Monday 08:30
// deadline on Mon–Fri 08–17 is Friday 16:30, never midnight.
// [Cycle.NextChange] and [Policy.NextChange] return the next
// instant at which a status (or any ticket's) changes without a new event,
// so a service sets one timer instead of polling.
//
// # Timelines and bad input
//
// Events are sorted stably by time (creation first within an instant); the
// caller's slice is never modified. Events after now are ignored, so
// evaluating a prefix equals evaluating the whole timeline at the prefix's
// end. An exact duplicate (an event equal in every field to the event just
// before it, at the same instant: a retried delivery) is ignored; a repeat
// with something else between ("Waiting, Open, Waiting") is a real change.
// The first event must be the one Created event: none, an event before
// it, a second different creation, a zero instant, an unknown kind, a
// state change without a state or a priority change without a priority is
// an error wrapping [ErrEvent]. A policy with a list of known states
// rejects any other state (also [ErrEvent], listing the states); without
// the list any state is accepted and simply does not match any condition.
// Negative or zero goals, thresholds outside (0, ∞) and malformed
// conditions are rejected with [ErrConfig] when a target or policy is
// built. Nothing panics.
//
// # Checking a policy before go-live
//
// Most "why is my SLA not attaching / not pausing / cancelled" questions
// are about a policy that cannot do what it says. [Policy.Lint] reads a
// policy and the calendars it names and returns [Finding]s with a stable
// code, a [Severity], the rule and target, and the reason: a start
// condition that can never fire, a state that both pauses and stops, pause
// states no resume condition can leave, a priority no rule selects or a
// rule shadowed by an earlier one, a goal longer than the calendar's open
// time in a year, warning thresholds out of order, escalations after the
// deadline (or before the start), an OLA that cannot fit inside its SLA
// (the underpinning check as a finding), a calendar closed on most days.
// Findings marshal to JSON with snake_case keys and text severities.
//
// # Policy versions and what-if replay
//
// A policy in use should not be edited in place (ServiceNow's advice), and
// a tool that does not recalculate after a change (Zammad) measures old
// tickets by a definition they never had. A [PolicySpec] can carry its
// later versions, each a complete policy with its effective_from instant;
// a ticket is measured by the version in force when its clocks attached,
// at its creation, so one ticket is never measured by two definitions
// (with current_version set, by the version in force at the evaluation
// instant instead). [Policy.Version] returns the version in force at an
// instant. [Compare] replays a stream of tickets under two policies, or
// two versions of one, as of the end of a closed period, and reports every
// ticket whose verdict, deadline or breach instant changes with the reason
// (the goal, schedule or conditions that differ), and each target's
// attainment before and after; it keeps no ticket, so a million tickets
// take the memory of one.
//
// # Reporting
//
// [ComputeAttainment] counts cycles met and breached per target and
// priority in a half-open period, with cycles still open at the period's
// end reported separately, as exact itsm.Ratio rates.
// [EvaluateAvailability] evaluates an availability SLA ("99.9 % over a
// calendar month" within service hours, maintenance excluded) with the
// exact margin to the allowed downtime. A [CreditSchedule] turns it into
// service credits or contract penalties: availability tiers, per-breach
// amounts with caps, an overall cap, in decimal money with an explicit
// [Rounding].
//
// How much room is left in a period in progress is exact too: for a
// target with an attainment goal (TargetSpec.Attainment, carried as
// [AttainmentGroup].Goal), [AttainmentGroup.BreachesLeft] says how many
// more breaches the period can take before the goal is missed, or before a
// service-credit tier's threshold; [AvailabilityResult.DowntimeLeft] the
// downtime left before the availability goal or a tier; and
// [ErrorBudgetLeft] how long an SLO's error budget (package kpi) lasts at
// the burn rate of the window so far.
//
// Batches do not fail whole on one bad record: ComputeAttainment leaves
// out a status whose state at the period's end is unknown,
// EvaluateAvailability an outage or maintenance window that is not an
// interval, and [Policy.NextChange] a ticket that does not evaluate; each
// is listed as an itsm.RecordError (index, kind, ticket ID, error) next to
// the result computed over the others.
//
// # Exactness and concurrency
//
// All arithmetic is on time.Duration nanoseconds and decimal values; rates
// come with their numerator and denominator. Sums and differences of
// durations (elapsed, remaining, paused, attribution, margins) saturate at
// the range of time.Duration instead of wrapping around, whatever a
// schedule answers; the package negates and multiplies no duration or
// instant of the caller's (an escalation offset goes to the schedule's Add
// as it is). A goal instant farther from its cycle's start than a
// duration counts (about 292 years) is an error wrapping [ErrConfig], and
// a calendar's arithmetic outside its supported range one wrapping
// [ErrScheduleFailure]. Targets and policies are immutable and safe for
// concurrent use; evaluation allocates nothing for a single target with
// one cycle.
package sla
