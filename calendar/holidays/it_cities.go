package holidays

import (
	"time"

	"github.com/rickb777/date/v2"
)

// Italy's provinces and the patron saints' days of their capitals.
//
// Regions: every second-level entity ISO 3166-2:IT lists today, under its
// code — 14 metropolitan cities (città metropolitane), 76 provinces, the 2
// autonomous provinces of Trentino-Alto Adige (IT-BZ, IT-TN), Sicily's 6
// free municipal consortia (liberi consorzi comunali, the former provinces),
// Sardinia's 4 provinces (IT-NU, IT-OR, IT-SS and IT-SU Sud Sardegna, which
// replaced IT-CI, IT-VS, IT-OG and IT-OT) and Friuli-Venezia Giulia's 4
// decentralized regional entities (enti di decentramento regionale, which
// replaced the provinces abolished by regional law 20/2016) — and the Aosta
// Valley, which has no province: ISO lists it only as the autonomous region
// IT-23, so Aosta is "IT-23-AOSTA" and the former code IT-AO is accepted for
// IT-23. Sardinia's 2025 reorganisation (Città metropolitana di Sassari,
// Gallura Nord-Est Sardegna, Ogliastra, Medio Campidano, Sulcis Iglesiente in
// place of Sud Sardegna) is not in ISO 3166-2 yet; the codes follow ISO.
//
// Cities: each province's capital (comune capoluogo) has an extension code
// ("IT-MI-MILANO", as DE-BY-AUGSBURG) whose holiday is its patron saint's
// day: the municipal holiday that public offices close on and the national
// collective agreements make a day of rest (the "festa del santo patrono",
// besides the national days of Law 260/1949 and DPR 792/1985 in it.go).
// Provinces with more than one capital list each: Forlì and Cesena,
// Pesaro and Urbino, Barletta and Andria (of Barletta-Andria-Trani's three
// capitals; Trani is missing, see below). A province itself has no patron
// day (the capital's day is not a holiday in the other municipalities).
//
// Sources. The compilation "Santi patroni cattolici delle città capoluogo di
// provincia italiane" (it.wikipedia) as transcribed by the Python holidays
// project (vacanza/holidays, holidays/countries/italy.py), cross-checked
// with a second, independent compilation of capitals' patron days (an
// Italian calendar application's table); where the two agree the day is
// taken as given. Where they disagree, or the day moves, the comune's own
// announcements decided, as reported by the local press (office closures):
//   - Perugia: San Costanzo, 29 January (Comune di Perugia's programme,
//     2018–2026); the holidays project's 11 August and 4 October (Assisi's
//     saints) and the other table's 1 March are wrong.
//   - Caserta: San Sebastiano, 20 January (municipal offices closed,
//     casertaweb 2022), not Sant'Anna (26 July, co-patroness).
//   - Cagliari: San Saturnino, 30 October (offices of Comune, Prefettura and
//     Region closed, L'Unione Sarda 2012), not Sant'Efisio (1 May, national).
//   - Asti: San Secondo on the first Tuesday of May (papal bull of 1818;
//     gazzettadasti), not the liturgical 30 March.
//   - Imperia: San Leonardo da Porto Maurizio, 26 November (patron since
//     1991), not 6 November.
//   - Nuoro: Nostra Signora della Neve, 5 August (public offices closed,
//     L'Unione Sarda 2025), not the Madonna delle Grazie.
//   - Vibo Valentia: San Leoluca, 1 March (schools and offices closed even
//     when the liturgy moves the feast), not 5 August.
//   - Brindisi: Santi Teodoro d'Amasea e Lorenzo da Brindisi, the first
//     Sunday of September (the solemn pontifical), not 7 September.
//   - Carbonia (IT-SU): San Ponziano, the Thursday after the second Sunday
//     of May (municipal offices closed on 17 May 2018 and 12 May 2022).
//   - Venice: San Marco (25 April) coincides with Liberation Day; the
//     city's own day off is the Madonna della Salute, 21 November: both.
//   - Latina: San Marco (25 April) coincides with Liberation Day; since the
//     local-government reform of 1990 the comune's statute makes the
//     co-patroness Santa Maria Goretti (6 July; patroness by Pius XII's
//     letter of 25 July 1952) the city's holiday (news-24, Latina): both.
//   - Andria: San Riccardo, the third Sunday of September (the main day of
//     the patronal feast).
//
// Not listed where the sources did not agree and no municipal source was
// found: Trani (the holidays project gives 3 May; the city's feast of San
// Nicola il Pellegrino is held on a summer weekend that changes from year to
// year, late July or early August), Fermo's 16 August (beside 15 August),
// Pordenone's 8 September (the Madonna delle Grazie's feast in her quarter;
// the city's patron day is San Marco, 25 April) and Ragusa's San Giorgio
// (Ragusa Ibla's feast, held on a Sunday in May; whether he is a patron of
// the city was put to the Holy See in 2024); the holidays project lists
// them, the other table does not.
//
// Days that coincide with a national holiday are listed anyway, under their
// own ID beside the national one (Holidays is unique by date and ID): 25
// April (Venice, Latina, Pordenone), 15 August (Bolzano, Fermo), 26 December
// (Biella, Prato) and, from 2026, 4 October (Bologna, Massa). South Tyrol
// (IT-BZ) keeps Whit Monday (Lunedì di Pentecoste / Pfingstmontag) as a
// public holiday province-wide.

// itProvince is a province-level region; kind names its type.
type itProvince struct {
	code, name, nameEN string
	kind               uint8
}

// The kinds of province-level entity, in Italian and English; the last,
// itOwnName, means the names are complete.
const (
	itProvincia = iota
	itMetro
	itConsorzio
	itEDR
	itAutonoma
	itRegione
	itOwnName
)

var itKinds = [...][2]string{
	{"provincia", "province"},
	{"città metropolitana", "metropolitan city"},
	{"libero consorzio comunale", "free municipal consortium"},
	{"ente di decentramento regionale", "decentralized regional entity"},
	{"provincia autonoma", "autonomous province"},
	{"regione autonoma", "autonomous region"},
}

// itProvinces lists ISO 3166-2:IT's province-level codes (nameEN "" = name).
var itProvinces = [...]itProvince{
	{"IT-23", "Valle d'Aosta / Vallée d'Aoste", "Aosta Valley", itRegione},
	{"IT-AG", "Agrigento", "", itConsorzio},
	{"IT-AL", "Alessandria", "", itProvincia},
	{"IT-AN", "Ancona", "", itProvincia},
	{"IT-AP", "Ascoli Piceno", "", itProvincia},
	{"IT-AQ", "L'Aquila", "", itProvincia},
	{"IT-AR", "Arezzo", "", itProvincia},
	{"IT-AT", "Asti", "", itProvincia},
	{"IT-AV", "Avellino", "", itProvincia},
	{"IT-BA", "Bari", "", itMetro},
	{"IT-BG", "Bergamo", "", itProvincia},
	{"IT-BI", "Biella", "", itProvincia},
	{"IT-BL", "Belluno", "", itProvincia},
	{"IT-BN", "Benevento", "", itProvincia},
	{"IT-BO", "Bologna", "", itMetro},
	{"IT-BR", "Brindisi", "", itProvincia},
	{"IT-BS", "Brescia", "", itProvincia},
	{"IT-BT", "Barletta-Andria-Trani", "", itProvincia},
	{"IT-BZ", "Bolzano / Bozen (Alto Adige / Südtirol)", "South Tyrol", itOwnName},
	{"IT-CA", "Cagliari", "", itMetro},
	{"IT-CB", "Campobasso", "", itProvincia},
	{"IT-CE", "Caserta", "", itProvincia},
	{"IT-CH", "Chieti", "", itProvincia},
	{"IT-CL", "Caltanissetta", "", itConsorzio},
	{"IT-CN", "Cuneo", "", itProvincia},
	{"IT-CO", "Como", "", itProvincia},
	{"IT-CR", "Cremona", "", itProvincia},
	{"IT-CS", "Cosenza", "", itProvincia},
	{"IT-CT", "Catania", "", itMetro},
	{"IT-CZ", "Catanzaro", "", itProvincia},
	{"IT-EN", "Enna", "", itConsorzio},
	{"IT-FC", "Forlì-Cesena", "", itProvincia},
	{"IT-FE", "Ferrara", "", itProvincia},
	{"IT-FG", "Foggia", "", itProvincia},
	{"IT-FI", "Firenze", "Florence", itMetro},
	{"IT-FM", "Fermo", "", itProvincia},
	{"IT-FR", "Frosinone", "", itProvincia},
	{"IT-GE", "Genova", "Genoa", itMetro},
	{"IT-GO", "Gorizia", "", itEDR},
	{"IT-GR", "Grosseto", "", itProvincia},
	{"IT-IM", "Imperia", "", itProvincia},
	{"IT-IS", "Isernia", "", itProvincia},
	{"IT-KR", "Crotone", "", itProvincia},
	{"IT-LC", "Lecco", "", itProvincia},
	{"IT-LE", "Lecce", "", itProvincia},
	{"IT-LI", "Livorno", "", itProvincia},
	{"IT-LO", "Lodi", "", itProvincia},
	{"IT-LT", "Latina", "", itProvincia},
	{"IT-LU", "Lucca", "", itProvincia},
	{"IT-MB", "Monza e Brianza", "Monza and Brianza", itProvincia},
	{"IT-MC", "Macerata", "", itProvincia},
	{"IT-ME", "Messina", "", itMetro},
	{"IT-MI", "Milano", "Milan", itMetro},
	{"IT-MN", "Mantova", "Mantua", itProvincia},
	{"IT-MO", "Modena", "", itProvincia},
	{"IT-MS", "Massa-Carrara", "", itProvincia},
	{"IT-MT", "Matera", "", itProvincia},
	{"IT-NA", "Napoli", "Naples", itMetro},
	{"IT-NO", "Novara", "", itProvincia},
	{"IT-NU", "Nuoro", "", itProvincia},
	{"IT-OR", "Oristano", "", itProvincia},
	{"IT-PA", "Palermo", "", itMetro},
	{"IT-PC", "Piacenza", "", itProvincia},
	{"IT-PD", "Padova", "Padua", itProvincia},
	{"IT-PE", "Pescara", "", itProvincia},
	{"IT-PG", "Perugia", "", itProvincia},
	{"IT-PI", "Pisa", "", itProvincia},
	{"IT-PN", "Pordenone", "", itEDR},
	{"IT-PO", "Prato", "", itProvincia},
	{"IT-PR", "Parma", "", itProvincia},
	{"IT-PT", "Pistoia", "", itProvincia},
	{"IT-PU", "Pesaro e Urbino", "Pesaro and Urbino", itProvincia},
	{"IT-PV", "Pavia", "", itProvincia},
	{"IT-PZ", "Potenza", "", itProvincia},
	{"IT-RA", "Ravenna", "", itProvincia},
	{"IT-RC", "Reggio Calabria", "", itMetro},
	{"IT-RE", "Reggio Emilia", "", itProvincia},
	{"IT-RG", "Ragusa", "", itConsorzio},
	{"IT-RI", "Rieti", "", itProvincia},
	{"IT-RM", "Roma", "Rome", itMetro},
	{"IT-RN", "Rimini", "", itProvincia},
	{"IT-RO", "Rovigo", "", itProvincia},
	{"IT-SA", "Salerno", "", itProvincia},
	{"IT-SI", "Siena", "", itProvincia},
	{"IT-SO", "Sondrio", "", itProvincia},
	{"IT-SP", "La Spezia", "", itProvincia},
	{"IT-SR", "Siracusa", "Syracuse", itConsorzio},
	{"IT-SS", "Sassari", "", itProvincia},
	{"IT-SU", "Sud Sardegna", "South Sardinia", itProvincia},
	{"IT-SV", "Savona", "", itProvincia},
	{"IT-TA", "Taranto", "", itProvincia},
	{"IT-TE", "Teramo", "", itProvincia},
	{"IT-TN", "Trento", "", itAutonoma},
	{"IT-TO", "Torino", "Turin", itMetro},
	{"IT-TP", "Trapani", "", itConsorzio},
	{"IT-TR", "Terni", "", itProvincia},
	{"IT-TS", "Trieste / Trst", "Trieste", itEDR},
	{"IT-TV", "Treviso", "", itProvincia},
	{"IT-UD", "Udine", "", itEDR},
	{"IT-VA", "Varese", "", itProvincia},
	{"IT-VB", "Verbano-Cusio-Ossola", "", itProvincia},
	{"IT-VC", "Vercelli", "", itProvincia},
	{"IT-VE", "Venezia", "Venice", itMetro},
	{"IT-VI", "Vicenza", "", itProvincia},
	{"IT-VR", "Verona", "", itProvincia},
	{"IT-VT", "Viterbo", "", itProvincia},
	{"IT-VV", "Vibo Valentia", "", itProvincia},
}

// itPatron is one patron day of a capital: the city "prov-city" (names;
// nameEN "" = name) and its saint. The day is month m, day d; or, when n is
// not 0, the n-th weekday wd of month m plus d days. id is the holiday ID's
// suffix ("" = "patrono").
type itPatron struct {
	prov, city, name, nameEN, saint, saintEN, id string
	m                                            time.Month
	d, n                                         int8
	wd                                           time.Weekday
}

var itPatrons = [...]itPatron{
	// Piemonte
	{"IT-TO", "TORINO", "Torino", "Turin", "San Giovanni Battista", "St John the Baptist", "", time.June, 24, 0, 0},
	{"IT-AL", "ALESSANDRIA", "Alessandria", "", "San Baudolino", "St Baudolinus", "", time.November, 10, 0, 0},
	{"IT-AT", "ASTI", "Asti", "", "San Secondo", "St Secundus", "", time.May, 0, 1, time.Tuesday},
	{"IT-BI", "BIELLA", "Biella", "", "Santo Stefano", "St Stephen", "", time.December, 26, 0, 0}, // = national Santo Stefano
	{"IT-CN", "CUNEO", "Cuneo", "", "San Michele Arcangelo", "St Michael the Archangel", "", time.September, 29, 0, 0},
	{"IT-NO", "NOVARA", "Novara", "", "San Gaudenzio", "St Gaudentius", "", time.January, 22, 0, 0},
	{"IT-VB", "VERBANIA", "Verbania", "", "San Vittore", "St Victor", "", time.May, 8, 0, 0},
	{"IT-VC", "VERCELLI", "Vercelli", "", "Sant'Eusebio", "St Eusebius", "", time.August, 1, 0, 0},
	// Valle d'Aosta / Vallée d'Aoste (bilingual)
	{"IT-23", "AOSTA", "Aosta / Aoste", "Aosta", "San Grato / Saint Grat", "St Gratus", "", time.September, 7, 0, 0},
	// Lombardia
	{"IT-MI", "MILANO", "Milano", "Milan", "Sant'Ambrogio", "St Ambrose", "", time.December, 7, 0, 0},
	{"IT-BG", "BERGAMO", "Bergamo", "", "Sant'Alessandro", "St Alexander", "", time.August, 26, 0, 0},
	{"IT-BS", "BRESCIA", "Brescia", "", "Santi Faustino e Giovita", "Saints Faustinus and Jovita", "", time.February, 15, 0, 0},
	{"IT-CO", "COMO", "Como", "", "Sant'Abbondio", "St Abundius", "", time.August, 31, 0, 0},
	{"IT-CR", "CREMONA", "Cremona", "", "Sant'Omobono", "St Homobonus", "", time.November, 13, 0, 0},
	{"IT-LC", "LECCO", "Lecco", "", "San Nicolò", "St Nicholas", "", time.December, 6, 0, 0},
	{"IT-LO", "LODI", "Lodi", "", "San Bassiano", "St Bassianus", "", time.January, 19, 0, 0},
	{"IT-MN", "MANTOVA", "Mantova", "Mantua", "Sant'Anselmo", "St Anselm", "", time.March, 18, 0, 0},
	{"IT-MB", "MONZA", "Monza", "", "San Giovanni Battista", "St John the Baptist", "", time.June, 24, 0, 0},
	{"IT-PV", "PAVIA", "Pavia", "", "San Siro", "St Syrus", "", time.December, 9, 0, 0},
	{"IT-SO", "SONDRIO", "Sondrio", "", "Santi Gervasio e Protasio", "Saints Gervasius and Protasius", "", time.June, 19, 0, 0},
	{"IT-VA", "VARESE", "Varese", "", "San Vittore", "St Victor", "", time.May, 8, 0, 0},
	// Trentino-Alto Adige / Südtirol (Bolzano bilingual)
	{"IT-BZ", "BOLZANO", "Bolzano / Bozen", "", "Maria Assunta / Mariä Himmelfahrt", "Assumption of Mary", "", time.August, 15, 0, 0}, // = Ferragosto
	{"IT-TN", "TRENTO", "Trento", "", "San Vigilio", "St Vigilius", "", time.June, 26, 0, 0},
	// Veneto
	{"IT-VE", "VENEZIA", "Venezia", "Venice", "San Marco", "St Mark", "", time.April, 25, 0, 0}, // = Liberation Day
	{"IT-VE", "VENEZIA", "Venezia", "Venice", "Madonna della Salute", "Our Lady of Health", "salute", time.November, 21, 0, 0},
	{"IT-BL", "BELLUNO", "Belluno", "", "San Martino", "St Martin", "", time.November, 11, 0, 0},
	{"IT-PD", "PADOVA", "Padova", "Padua", "Sant'Antonio di Padova", "St Anthony of Padua", "", time.June, 13, 0, 0},
	{"IT-RO", "ROVIGO", "Rovigo", "", "San Bellino", "St Bellinus", "", time.November, 26, 0, 0},
	{"IT-TV", "TREVISO", "Treviso", "", "San Liberale", "St Liberalis", "", time.April, 27, 0, 0},
	{"IT-VR", "VERONA", "Verona", "", "San Zeno", "St Zeno", "", time.May, 21, 0, 0},
	{"IT-VI", "VICENZA", "Vicenza", "", "Madonna di Monte Berico", "Our Lady of Monte Berico", "", time.September, 8, 0, 0},
	// Friuli-Venezia Giulia (Trieste: Slovene names beside the Italian)
	{"IT-TS", "TRIESTE", "Trieste / Trst", "Trieste", "San Giusto / Sveti Just", "St Justus", "", time.November, 3, 0, 0},
	{"IT-GO", "GORIZIA", "Gorizia", "", "Santi Ilario e Taziano", "Saints Hilary and Tatian", "", time.March, 16, 0, 0},
	{"IT-PN", "PORDENONE", "Pordenone", "", "San Marco", "St Mark", "", time.April, 25, 0, 0}, // = Liberation Day
	{"IT-UD", "UDINE", "Udine", "", "Santi Ermacora e Fortunato", "Saints Hermagoras and Fortunatus", "", time.July, 12, 0, 0},
	// Liguria
	{"IT-GE", "GENOVA", "Genova", "Genoa", "San Giovanni Battista", "St John the Baptist", "", time.June, 24, 0, 0},
	{"IT-IM", "IMPERIA", "Imperia", "", "San Leonardo da Porto Maurizio", "St Leonard of Port Maurice", "", time.November, 26, 0, 0},
	{"IT-SP", "LA-SPEZIA", "La Spezia", "", "San Giuseppe", "St Joseph", "", time.March, 19, 0, 0},
	{"IT-SV", "SAVONA", "Savona", "", "Nostra Signora della Misericordia", "Our Lady of Mercy", "", time.March, 18, 0, 0},
	// Emilia-Romagna
	{"IT-BO", "BOLOGNA", "Bologna", "", "San Petronio", "St Petronius", "", time.October, 4, 0, 0}, // = San Francesco from 2026
	{"IT-FE", "FERRARA", "Ferrara", "", "San Giorgio", "St George", "", time.April, 23, 0, 0},
	{"IT-FC", "FORLI", "Forlì", "", "Madonna del Fuoco", "Our Lady of the Fire", "", time.February, 4, 0, 0},
	{"IT-FC", "CESENA", "Cesena", "", "San Giovanni Battista", "St John the Baptist", "", time.June, 24, 0, 0},
	{"IT-MO", "MODENA", "Modena", "", "San Geminiano", "St Geminianus", "", time.January, 31, 0, 0},
	{"IT-PR", "PARMA", "Parma", "", "Sant'Ilario", "St Hilary", "", time.January, 13, 0, 0},
	{"IT-PC", "PIACENZA", "Piacenza", "", "Sant'Antonino", "St Antoninus", "", time.July, 4, 0, 0},
	{"IT-RA", "RAVENNA", "Ravenna", "", "Sant'Apollinare", "St Apollinaris", "", time.July, 23, 0, 0},
	{"IT-RE", "REGGIO-EMILIA", "Reggio Emilia", "", "San Prospero", "St Prosper", "", time.November, 24, 0, 0},
	{"IT-RN", "RIMINI", "Rimini", "", "San Gaudenzo", "St Gaudentius", "", time.October, 14, 0, 0},
	// Toscana
	{"IT-FI", "FIRENZE", "Firenze", "Florence", "San Giovanni Battista", "St John the Baptist", "", time.June, 24, 0, 0},
	{"IT-AR", "AREZZO", "Arezzo", "", "San Donato", "St Donatus", "", time.August, 7, 0, 0},
	{"IT-GR", "GROSSETO", "Grosseto", "", "San Lorenzo", "St Lawrence", "", time.August, 10, 0, 0},
	{"IT-LI", "LIVORNO", "Livorno", "", "Santa Giulia", "St Julia", "", time.May, 22, 0, 0},
	{"IT-LU", "LUCCA", "Lucca", "", "San Paolino", "St Paulinus", "", time.July, 12, 0, 0},
	{"IT-MS", "MASSA", "Massa", "", "San Francesco d'Assisi", "St Francis of Assisi", "", time.October, 4, 0, 0}, // = San Francesco from 2026
	{"IT-PI", "PISA", "Pisa", "", "San Ranieri", "St Rainerius", "", time.June, 17, 0, 0},
	{"IT-PT", "PISTOIA", "Pistoia", "", "San Jacopo", "St James", "", time.July, 25, 0, 0},
	{"IT-PO", "PRATO", "Prato", "", "Santo Stefano", "St Stephen", "", time.December, 26, 0, 0}, // = national Santo Stefano
	{"IT-SI", "SIENA", "Siena", "", "Sant'Ansano", "St Ansanus", "", time.December, 1, 0, 0},
	// Umbria
	{"IT-PG", "PERUGIA", "Perugia", "", "San Costanzo", "St Constantius", "", time.January, 29, 0, 0},
	{"IT-TR", "TERNI", "Terni", "", "San Valentino", "St Valentine", "", time.February, 14, 0, 0},
	// Marche
	{"IT-AN", "ANCONA", "Ancona", "", "San Ciriaco", "St Cyriacus", "", time.May, 4, 0, 0},
	{"IT-AP", "ASCOLI-PICENO", "Ascoli Piceno", "", "Sant'Emidio", "St Emygdius", "", time.August, 5, 0, 0},
	{"IT-FM", "FERMO", "Fermo", "", "Maria Santissima Assunta", "Assumption of Mary", "", time.August, 15, 0, 0}, // = Ferragosto
	{"IT-MC", "MACERATA", "Macerata", "", "San Giuliano", "St Julian the Hospitaller", "", time.August, 31, 0, 0},
	{"IT-PU", "PESARO", "Pesaro", "", "San Terenzio", "St Terentius", "", time.September, 24, 0, 0},
	{"IT-PU", "URBINO", "Urbino", "", "San Crescentino", "St Crescentinus", "", time.June, 1, 0, 0},
	// Lazio
	{"IT-RM", "ROMA", "Roma", "Rome", "Santi Pietro e Paolo", "Saints Peter and Paul", "", time.June, 29, 0, 0},
	{"IT-FR", "FROSINONE", "Frosinone", "", "San Silverio", "St Silverius", "", time.June, 20, 0, 0},
	{"IT-LT", "LATINA", "Latina", "", "San Marco", "St Mark", "", time.April, 25, 0, 0}, // = Liberation Day
	{"IT-LT", "LATINA", "Latina", "", "Santa Maria Goretti", "St Maria Goretti", "goretti", time.July, 6, 0, 0},
	{"IT-RI", "RIETI", "Rieti", "", "Santa Barbara", "St Barbara", "", time.December, 4, 0, 0},
	{"IT-VT", "VITERBO", "Viterbo", "", "Santa Rosa", "St Rose of Viterbo", "", time.September, 4, 0, 0},
	// Abruzzo
	{"IT-AQ", "L-AQUILA", "L'Aquila", "", "San Massimo", "St Maximus of Aveia", "", time.June, 10, 0, 0},
	{"IT-CH", "CHIETI", "Chieti", "", "San Giustino", "St Justin of Chieti", "", time.May, 11, 0, 0},
	{"IT-PE", "PESCARA", "Pescara", "", "San Cetteo", "St Cetteus", "", time.October, 10, 0, 0},
	{"IT-TE", "TERAMO", "Teramo", "", "San Berardo", "St Berardus", "", time.December, 19, 0, 0},
	// Molise
	{"IT-CB", "CAMPOBASSO", "Campobasso", "", "San Giorgio", "St George", "", time.April, 23, 0, 0},
	{"IT-IS", "ISERNIA", "Isernia", "", "San Pietro Celestino", "St Peter Celestine", "", time.May, 19, 0, 0},
	// Campania
	{"IT-NA", "NAPOLI", "Napoli", "Naples", "San Gennaro", "St Januarius", "", time.September, 19, 0, 0},
	{"IT-AV", "AVELLINO", "Avellino", "", "San Modestino", "St Modestinus", "", time.February, 14, 0, 0},
	{"IT-BN", "BENEVENTO", "Benevento", "", "San Bartolomeo", "St Bartholomew", "", time.August, 24, 0, 0},
	{"IT-CE", "CASERTA", "Caserta", "", "San Sebastiano", "St Sebastian", "", time.January, 20, 0, 0},
	{"IT-SA", "SALERNO", "Salerno", "", "San Matteo", "St Matthew", "", time.September, 21, 0, 0},
	// Puglia
	{"IT-BA", "BARI", "Bari", "", "San Nicola", "St Nicholas", "", time.December, 6, 0, 0},
	{"IT-BT", "BARLETTA", "Barletta", "", "San Ruggero", "St Roger", "", time.December, 30, 0, 0},
	{"IT-BT", "ANDRIA", "Andria", "", "San Riccardo", "St Richard", "", time.September, 0, 3, time.Sunday},
	{"IT-BR", "BRINDISI", "Brindisi", "", "Santi Teodoro d'Amasea e Lorenzo da Brindisi", "Saints Theodore of Amasea and Lawrence of Brindisi", "", time.September, 0, 1, time.Sunday},
	{"IT-FG", "FOGGIA", "Foggia", "", "Madonna dei Sette Veli", "Our Lady of the Seven Veils", "", time.March, 22, 0, 0},
	{"IT-LE", "LECCE", "Lecce", "", "Sant'Oronzo", "St Orontius", "", time.August, 26, 0, 0},
	{"IT-TA", "TARANTO", "Taranto", "", "San Cataldo", "St Cathal", "", time.May, 10, 0, 0},
	// Basilicata
	{"IT-MT", "MATERA", "Matera", "", "Madonna della Bruna", "Our Lady of the Bruna", "", time.July, 2, 0, 0},
	{"IT-PZ", "POTENZA", "Potenza", "", "San Gerardo", "St Gerard of Potenza", "", time.May, 30, 0, 0},
	// Calabria
	{"IT-RC", "REGGIO-CALABRIA", "Reggio Calabria", "", "San Giorgio", "St George", "", time.April, 23, 0, 0},
	{"IT-CZ", "CATANZARO", "Catanzaro", "", "San Vitaliano", "St Vitalian", "", time.July, 16, 0, 0},
	{"IT-CS", "COSENZA", "Cosenza", "", "Madonna del Pilerio", "Our Lady of the Pilerio", "", time.February, 12, 0, 0},
	{"IT-KR", "CROTONE", "Crotone", "", "San Dionigi", "St Dionysius", "", time.October, 9, 0, 0},
	{"IT-VV", "VIBO-VALENTIA", "Vibo Valentia", "", "San Leoluca", "St Leoluca", "", time.March, 1, 0, 0},
	// Sicilia
	{"IT-PA", "PALERMO", "Palermo", "", "Santa Rosalia", "St Rosalia", "", time.July, 15, 0, 0},
	{"IT-CT", "CATANIA", "Catania", "", "Sant'Agata", "St Agatha", "", time.February, 5, 0, 0},
	{"IT-ME", "MESSINA", "Messina", "", "Madonna della Lettera", "Our Lady of the Letter", "", time.June, 3, 0, 0},
	{"IT-AG", "AGRIGENTO", "Agrigento", "", "San Gerlando", "St Gerland", "", time.February, 25, 0, 0},
	{"IT-CL", "CALTANISSETTA", "Caltanissetta", "", "San Michele Arcangelo", "St Michael the Archangel", "", time.September, 29, 0, 0},
	{"IT-EN", "ENNA", "Enna", "", "Maria Santissima della Visitazione", "Our Lady of the Visitation", "", time.July, 2, 0, 0},
	{"IT-RG", "RAGUSA", "Ragusa", "", "San Giovanni Battista", "St John the Baptist", "", time.August, 29, 0, 0},
	{"IT-SR", "SIRACUSA", "Siracusa", "Syracuse", "Santa Lucia", "St Lucy", "", time.December, 13, 0, 0},
	{"IT-TP", "TRAPANI", "Trapani", "", "Sant'Alberto", "St Albert of Trapani", "", time.August, 7, 0, 0},
	// Sardegna
	{"IT-CA", "CAGLIARI", "Cagliari", "", "San Saturnino", "St Saturninus", "", time.October, 30, 0, 0},
	{"IT-NU", "NUORO", "Nuoro", "", "Nostra Signora della Neve", "Our Lady of the Snows", "", time.August, 5, 0, 0},
	{"IT-OR", "ORISTANO", "Oristano", "", "Sant'Archelao", "St Archelaus", "", time.February, 13, 0, 0},
	{"IT-SS", "SASSARI", "Sassari", "", "San Nicola", "St Nicholas", "", time.December, 6, 0, 0},
	{"IT-SU", "CARBONIA", "Carbonia", "", "San Ponziano", "St Pontian", "", time.May, 4, 2, time.Sunday},
}

// withItalianCities adds the provinces, their capitals' patron days and
// South Tyrol's Whit Monday to the Italian table c.
func withItalianCities(c *country) *country {
	for _, p := range itProvinces {
		name, nameEN := p.name, p.nameEN
		if nameEN == "" {
			nameEN = name
		}
		if p.kind != itOwnName {
			name += " (" + itKinds[p.kind][0] + ")"
			nameEN += " (" + itKinds[p.kind][1] + ")"
		}
		c.regions = append(c.regions, regionDef{p.code, name, nameEN, ""})
	}
	last := ""
	for _, p := range itPatrons {
		code := p.prov + "-" + p.city
		if code != last {
			nameEN := p.nameEN
			if nameEN == "" {
				nameEN = p.name
			}
			c.regions = append(c.regions, regionDef{code, p.name + " (comune)", nameEN + " (city)", p.prov})
			last = code
		}
		id := p.id
		if id == "" {
			id = "patrono"
		}
		id = usLower(code) + "." + id
		name, nameEN := p.saint+" (santo patrono)", p.saintEN+" (patron saint)"
		if p.id != "" {
			name, nameEN = p.saint, p.saintEN
		}
		if p.n == 0 {
			c.rules = append(c.rules, fixed(id, name, nameEN, p.m, int(p.d)).regions(code))
		} else {
			c.rules = append(c.rules, newRule(id, name, nameEN, itNthPlus(p.m, p.wd, int(p.n), int(p.d))).regions(code))
		}
	}
	c.formerCodes = map[string]string{"IT-AO": "IT-23"}
	c.rules = append(c.rules, easter("it.lunedi-di-pentecoste", "Lunedì di Pentecoste / Pfingstmontag", "Whit Monday", 50).regions("IT-BZ"))
	return c
}

// itNthPlus is the n-th weekday wd of month m, plus off days (Carbonia: the
// Thursday after the second Sunday of May).
//
//go:noinline
func itNthPlus(m time.Month, wd time.Weekday, n, off int) whenFunc {
	w := nthWeekday(m, wd, n)
	return func(y int) (date.Date, bool) {
		d, ok := w(y)
		return d + date.Date(off), ok
	}
}
