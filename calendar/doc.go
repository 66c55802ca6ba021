// Package calendar implements business calendars: the open (working) time of
// a service desk, a support contract or a maintenance window, and the
// arithmetic SLA clocks need on it.
//
// # Business calendars in ITSM
//
// An SLA such as "resolve P2 incidents within 8 business hours" is measured
// on a calendar: weekly service hours in a time zone (Mon–Fri 08:00–17:00,
// Europe/Berlin), minus public holidays (Germany, Nordrhein-Westfalen), with
// date overrides (24 Dec until 12:00, a worked Saturday) and recurring
// closures of its own (Rosenmontag from 12:00, the last Friday of each month
// from 14:00). A [Calendar] answers:
//
//   - is an instant open? [Calendar.IsOpen], [Calendar.NextOpen], [Calendar.NextClose],
//     and the last open instant before it, [Calendar.PrevClose]
//   - why is it closed (outside hours, which holiday from which region, an
//     override, a closure)? [Calendar.Why]
//   - what instant is d of open time after t (the deadline)? [Calendar.Add]
//   - how much open time lies in [a, b) (elapsed business time)? [Calendar.Between]
//   - which open segments were counted (the explanation)? [Calendar.Spans]
//   - working-day arithmetic: [Calendar.AddDays], [Calendar.EndOfDay],
//     [Calendar.WorkingDays], [Calendar.IsWorkingDay]
//   - composition: [Union] (follow-the-sun), [Intersect] (service hours ∩
//     maintenance window), [Minus] (blackouts).
//
// A calendar is built from a [Spec], plain data that round-trips through
// JSON, with [New]; [ForRegion] is the one-line form
// (ForRegion("DE-NW", "Europe/Berlin", "Mon-Fri 08:00-17:00")) and
// [AlwaysOpen] the 24×7 calendar. Calendars are immutable and safe for
// concurrent use; the zero Calendar is never open.
//
// # Configuration
//
// Weekly hours have a compact text form ([ParseWeek], [Week.String]):
//
//	Mon-Fri 08:00-12:00,13:00-17:00; Sat 09:00-13:00
//
// A [Spec] in JSON:
//
//	{"zone": "Europe/Berlin",
//	 "week": "Mon-Fri 08:00-17:00",
//	 "overrides": [{"date": "2026-12-24", "closed_from": "12:00"},
//	               {"date": "2026-12-19", "hours": "09:00-13:00"},
//	               {"date": "2026-12-31", "closed": true}],
//	 "holiday_dates": ["2026-12-28"],
//	 "holidays": [{"region": "DE-NW"},
//	              {"region": "DE", "categories": ["halfday"], "closed_from": "12:00"}],
//	 "closures": [{"name": "Rosenmontag", "on": ["easter-48"], "from": "12:00"},
//	              {"name": "all-hands", "on": ["wed"], "hours": "10:00-12:00"}]}
//
// Holidays come from explicit dates, from region sets of package
// calendar/holidays ([HolidayRef]), or from any [HolidaySource]. A holiday
// closes its day's spans, including an overnight span starting that day; a
// holiday with ClosedFrom only closes the day from that time. Recurring
// closures ([Closure]) are written as rules ([DateRule]: "12-24",
// "easter-48", "last fri", "4th thu of nov", "wed before 11-23", the
// vocabulary of calendar/holidays) and close their dates from a time of day
// or during given hours. An [Override] wins over holidays and closures. Compositions are specs too ({"union": [...]},
// {"intersect": [...]}, {"minus": [base, ...]}), so a follow-the-sun
// calendar round-trips through JSON. [ParseSpec] decodes strictly (unknown
// fields are errors, dates are YYYY-MM-DD and must exist: "2026-02-30" is an
// error, not 2 March) and quotes malformed input in its errors; [New]
// validates everything else: unknown zones, empty or overlapping spans
// (including an overnight span running into the next day's hours), times
// like 25:00, and a calendar that is never open.
//
// # Semantics
//
// Intervals are half-open, [start, end): back-to-back spans do not overlap,
// and an instant equal to a closing time is closed. Instants are placed by
// their wall clock; monotonic clock readings (from time.Now) play no part,
// so two readings across a step of the system clock still give consistent
// answers.
//
// Spans are civil local times of the calendar's zone. An overnight span
// (22:00-06:00) belongs to the day it starts on: that day's holiday or
// closure removes it. 24:00 ends a day, so 00:00-24:00 is a whole day.
//
// DST policy: a local time that does not exist (inside a spring-forward gap)
// maps to the first instant after the gap; an ambiguous local time (inside a
// fall-back overlap) maps to its first occurrence. Open time is real elapsed
// time: a 24×7 calendar has a 23-hour and a 25-hour day per year, and an
// overnight shift across the change is an hour shorter or longer.
// (time.Date differs: it resolves a gap time with the offset before the
// transition, so the package resolves civil times itself.)
//
// What "a day" means is always explicit:
//   - [Calendar.Add] takes a business duration: Add(t, 24*time.Hour) is 24
//     hours of open time (ServiceNow's "day" on a schedule), not a date step;
//   - [Calendar.AddDays] counts working days and keeps the time of day
//     (GLPI, biz);
//   - [Calendar.EndOfDay] is the close of the n-th working day.
//
// Add(t, d) for d > 0 is the earliest instant r with Between(t, r) == d: a
// deadline that uses up the last minute of a day is that day's closing time
// (Friday 17:00), not the next opening. For d < 0 it is the latest r with
// Between(r, t) == -d.
//
// A working day (for AddDays, EndOfDay and WorkingDays) is a civil date
// whose own spans have open time; an overnight span counts for the day it
// starts on. For AddDays(t, n) with n > 0 a closed t first moves to the next
// opening; with n < 0, the mirror image, it first moves back to the previous
// close (AddDays(Saturday 10:00, -1) is Thursday 17:00, as in every peer
// library; before this release it was Friday at Monday's opening time). On composed
// calendars a working day is a civil date of the first operand's zone with
// open time in it, and AddDays walks days one by one (on base calendars it
// skips whole years and 64-day words by bit counts).
//
// Supported range: years [MinYear, MaxYear] (1900–2189, bucketed by UTC
// year). Instants outside count as closed; Add, NextOpen and the working-day
// functions return an error wrapping [ErrOutOfRange] when the answer would
// lie outside. A calendar without any open time is rejected by [New] with
// [ErrNeverOpen], so Add never loops.
//
// # Conventions
//
// The package follows the module's conventions (see the root package
// github.com/itsmkit/itsm):
//
//   - JSON keys are lower snake_case ("closed_from", "holiday_dates");
//     times of day are [Clock] text ("12:00"), dates YYYY-MM-DD, holiday
//     categories their text form ("halfday"); decoding is strict.
//   - Open spans are [itsm.Interval] values, half-open [start, end).
//   - Every error is an [*itsm.Error] with Pkg "calendar" that quotes the
//     input (and lists the valid values for an option such as a day name)
//     and wraps one of the package's Err sentinels; classify with errors.Is.
//   - A nil *Calendar never panics: it answers like the zero Calendar, and
//     its searches for open time fail with [ErrNoCalendars].
//
// # Performance
//
// Queries do not walk days. For each UTC year the calendar lazily builds
// (once, lock-free on the read path) a sorted array of its open spans as
// 32-bit second offsets with prefix sums of open time, and an index of the
// first span in each slot of about three days; a snapshot of cumulative
// totals per year covers the years used so far. Between is two index
// lookups and a subtraction, whatever the distance between its arguments;
// Add is a binary search over the yearly totals and one over the prefix
// sums. Queries on a warm calendar do not allocate, and a calendar shared
// between goroutines is read without locks. A year of a Mon–Fri calendar
// takes about 2.9 KB. A new calendar answers its first few short
// queries (Between, IsOpen, Add within five weeks) from its rules, over the
// days they span, before it builds its tables: a calendar built to answer
// one question does not pay for a year.
//
// Calendars built from equal specs share their tables: [New] looks the
// spec's content up in a process-wide cache of recently used calendars, so
// a service that builds a tenant's calendar from its configuration for every
// request finds it warm (New and a first query cost about a microsecond and
// one allocation), and ten thousand tenants on one configuration hold one
// copy of the tables. The cache keeps the least recently used calendars'
// tables only while they hold less than 64 MiB, so a stream of distinct
// configurations cannot grow memory without limit; sharing changes no
// answer. A spec with programmatic Sources is not shared. Zones are parsed
// once per name, and the holiday sets of a region once per region and
// categories, for the process.
//
// Compositions work on the same per-year arrays (all calendars share UTC
// year buckets whatever their zones), so a [Union] is as fast as its
// operands.
package calendar
