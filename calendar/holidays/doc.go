// Package holidays provides rule-based public holidays by country and region
// (ISO 3166 codes such as "DE", "DE-NW", "GB-SCT"), with their legal history,
// for use in business calendars and SLA deadlines.
//
// # What a holiday set is for
//
// A service-level deadline that runs on business hours must skip the days on
// which the service desk is closed by law. [ForRegion] returns a [Set] of a
// region's holidays in chosen categories; its [Set.HolidayDates] satisfies the
// calendar package's HolidaySource, and [Set.IsHoliday] answers for one date
// in constant time, without locks or allocations once the year is expanded.
//
//	nw, err := holidays.ForRegion("DE-NW")
//	if err != nil { ... }
//	nw.IsHoliday(date.New(2024, time.October, 3)) // true
//
// A subdivision includes its country's nationwide holidays: "DE-NW" has
// everything "DE" has plus Fronleichnam and Allerheiligen.
//
// # Categories
//
// Every [Holiday] has a [Category]. [Public] days are statutory and
// work-free (UK bank holidays count as Public). [Optional] days apply only to
// part of a region, such as Mariä Himmelfahrt in Bavaria (Catholic-majority
// municipalities) or Fronleichnam in parts of Sachsen and Thüringen, or are
// customary rather than statutory (Berchtoldstag in Zürich), or are
// statutory only for some employees (Karfreitag in Austria until 2018, state
// patron days in Austria), or are statutory for time limits but a day off
// only under some collective agreements (Goede Vrijdag in the Netherlands,
// Algemene termijnenwet art. 3(2)). The days on which an executive order
// closed the US federal executive departments (national days of mourning,
// Christmas Eve, the day after Christmas) are Optional, or HalfDay when the
// order closed them from midday: they bind only the federal executive
// workforce and are not legal public holidays of 5 U.S.C. 6103(a). [Bank]
// days close banks and many offices without being statutory. [HalfDay] days
// (Heiligabend, Silvester in Germany) are commonly partial closures; a
// calendar can close from noon. [ForRegion] without categories returns only
// Public holidays.
//
// # Substitute days
//
// Where the law moves a holiday that falls on a weekend, the set holds both
// the holiday on its own date and a substitute day with the same ID and
// [Holiday.Observed] set. Substitutes are assigned in date order to the next
// weekday that is not already a holiday, so UK Christmas Day and Boxing Day on
// a Saturday and Sunday give 27 and 28 December. US federal holidays use the
// Saturday → Friday, Sunday → Monday rule, so New Year's Day on a Saturday is
// observed on 31 December of the previous year and appears in that year.
//
// # Weekends and extra working days
//
// Each region has a weekend: Saturday and Sunday in most, Friday and
// Saturday in Israel, Egypt and Saudi Arabia (Thursday and Friday there
// until 28 June 2013), in the United Arab Emirates until 2021 and in the
// Malaysian states of Kedah, Kelantan, Terengganu and (2014–2024) Johor.
// [Set.IsWeekend] answers for a date; substitute days never fall on the
// region's weekend. Where the law moves work to a weekend day — China's
// State Council swaps working days around its holidays (调休), Taiwan's
// Directorate-General makes up bridge days on Saturdays — the set lists
// those days in [Set.WorkingDates]: a business calendar should open on them
// as on a regular working day.
//
// # Other calendars, announcements and estimates
//
// Holidays of other calendars are computed by their rules: the Chinese
// lunisolar calendar (GB/T 33661-2017, from astronomical new moons and solar
// terms, in the time zone of each country: UTC+8 for CN, HK, TW, SG, MY and
// ID, UTC+9 for KR, UTC+7 for VN), Japan's equinox days (the Sun's
// apparent longitude in Japan time), the Hebrew calendar (exact), the
// Thai lunar calendar (its published year types). The astronomical dates
// are checked against the Hong Kong Observatory's and Japan's published
// tables for 1995–2060. Where a government announces the date each year —
// Islamic holidays after the moon sighting, Hindu and Buddhist festivals,
// China's and Taiwan's bridge days — the announced dates are data with
// their [Holiday.Source]; for the years not yet announced the date is
// estimated (the tabular Islamic calendar; new and full moons for the
// Hindu and Buddhist festivals) and the holiday is marked
// [Holiday.Estimated], so a user can tell a law from a forecast.
//
// # iCalendar feeds
//
// Service desks receive holiday feeds as .ics files. [ReadICal] is a small,
// strict reader of all-day VEVENTs (RFC 5545) that reports a malformed line by
// number; [NewSet] turns its result into a Set usable as a holiday source.
// Feeds of yearly rules without end ("RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=4TH")
// are read by [ReadICalSet], which keeps the rules and expands them for each
// year asked about. Both bound what a stream may expand to
// ([MaxICalHolidays], [MaxICalYearHolidays]). [WriteICal] exports holidays so
// that ReadICal gives them back unchanged.
//
// # History and validity
//
// Rules carry the years in which they are law: a holiday introduced in 2019 is
// absent in 2018, an abolished one disappears, one-off days (Berlin, 8 May
// 2020 and 2025 and 17 June 2028) occur once. The data is checked for 1995–2060. Outside that
// range the rules are applied as of their validity ranges: later years follow
// the current law (future changes of law are unknown, of course), and years
// before 1995 are best effort (German history before reunification, for
// example, is only partly modelled). Years outside [MinYear, MaxYear] hold no
// holidays.
//
// # Regions
//
// [Regions] lists every code with its local and English name. Codes are ISO
// 3166-1/3166-2, matched case-insensitively. One extension:
// "DE-BY-AUGSBURG" is the city of Augsburg (Bavaria plus the Hohes
// Friedensfest on 8 August, with Mariä Himmelfahrt as a Public holiday).
//
// Covered, with their subdivisions:
//
//   - DE and the 16 Länder DE-BW … DE-TH, plus DE-BY-AUGSBURG
//   - GB (the days common to the four nations), GB-ENG, GB-WLS, GB-SCT, GB-NIR
//   - US (federal holidays with observed days) and US-DC (plus Inauguration
//     Day for federal employees in the Washington area); no state holidays
//   - AT and the 9 states AT-1 … AT-9 (state patron days are Optional)
//   - FR (metropolitan) and the Alsace-Moselle departments FR-57, FR-67, FR-68
//   - NL, BE, LU, IT, ES (days common to the whole country), PL, CZ, DK, NO,
//     SE, IE
//   - CH (1 August and the days all cantons share) and the 26 cantons
//     CH-AG … CH-ZH
//   - JP, CN (with the State Council's schedules 2012–2026), HK, TW, KR, VN,
//     SG, MY (the federal days) and its 16 states and federal territories
//     MY-01 … MY-16, PH, ID, TH, IN (the Central Government's holidays)
//   - IL, SA, AE, EG, TR, NG, KE
//
// Not modelled: municipal holidays (except Augsburg), Spanish regional
// holidays and their Sunday transfers, US state and District holidays,
// Belgian community holidays, French overseas departments, compensatory
// days that an employer chooses (Belgium, Luxembourg, Ireland), the Indian
// states' own holidays, and the one-off days and moves a government
// decrees for a single year where the country's comment says so.
//
// # Conventions
//
// The package follows the module's conventions (see the root package
// itsm): [Holiday] and [RegionInfo] marshal to JSON with lower snake_case
// keys ("name_en"), a [Category] has one text form ("public", "optional",
// "bank", "halfday"), and every error is an [*itsm.Error] of package
// "holidays" wrapping one of the sentinels [ErrUnknownRegion],
// [ErrCategory], [ErrInvalidHoliday] or [ErrICal]; an unknown region or
// category lists the valid values. A nil *Set holds no holidays.
//
// # Sources
//
// The holiday laws of the countries and German Länder (Feiertagsgesetze) and
// the official published calendars; the comment above each country's table
// in the source names them and says what could not be verified (notably the
// Swiss cantonal lists). Western Easter uses the Gregorian computus
// ([Easter]); Orthodox Easter ([OrthodoxEaster]) the Julian computus
// converted to a Gregorian date. The astronomy follows J. Meeus,
// Astronomical Algorithms, and the Hebrew and tabular Islamic calendars
// E. M. Reingold and N. Dershowitz, Calendrical Calculations.
package holidays
