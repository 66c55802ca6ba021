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
// 3166-1/3166-2, matched case-insensitively; a former ISO code that the
// package published or that older data carries (IN-TG, IN-OR, IN-UT,
// IT-AO) names the region that replaced it. Codes below a subdivision are
// extensions for a city or a workforce: DE-BY-AUGSBURG (the Hohes
// Friedensfest on 8 August, with Mariä Himmelfahrt as a Public holiday),
// the Italian provincial capitals such as IT-MI-MILANO (their patron
// saints' days), AU-QLD-BRISBANE (the Royal Queensland Show day),
// CH-ZH-ZURICH (Sechseläuten, Knabenschiessen) and US-DC-DISTRICT (the
// District's own holidays beside US-DC, the federal workforce in the
// Washington area).
//
// Covered, with their subdivisions:
//
//   - Europe: DE and the 16 Länder; AT and its 9 states (state patron days
//     are Optional); CH and the 26 cantons; GB and the four nations; IE; FR
//     (metropolitan, Alsace-Moselle, the overseas departments and
//     collectivities FR-971 … FR-976); NL, BE, LU; IT with its 107 provinces
//     and their capitals; ES with its 17 communities, Ceuta and Melilla; PT,
//     PL, CZ, SK, HU, SI, HR, RO, BG, GR, CY, MT, RS, UA, TR; DK, NO, SE, FI,
//     IS, EE, LV, LT
//   - Americas: US (federal holidays with observed days, all 50 states, the
//     District, AS, GU, MP, PR, UM, VI); CA and its 13 provinces and
//     territories; MX; BR and its 27 states; AR, CL, CO
//   - Asia-Pacific: AU and its 8 states and territories; NZ with its regional
//     anniversary days; JP, CN (with the State Council's schedules and worked
//     weekends), HK, TW, KR, VN, SG, MY and its 16 states and federal
//     territories, PH, ID, TH; IN (the Central Government's holidays) and
//     the states and union territories whose notifications could be checked
//   - Middle East and Africa: IL, AE, SA, EG, ZA, NG, KE
//
// Not modelled: municipal holidays other than the extensions above (Spain's
// two local days a year, for example), island and show days, Belgian
// community holidays, compensatory days that an employer chooses (Belgium,
// Luxembourg, Ireland), the Indian states not listed by [Regions], and the
// one-off days and moves a government decrees for a single year where the
// country's comment says so.
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
