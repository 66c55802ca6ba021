package holidays

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// Every provincial capital's patron day in 2026 and in 2000, from the
// sources named in it_cities.go (the compilation of capitals' patron days,
// cross-checked with a second table; the comuni's announcements where they
// disagree or the day moves). Each day is a holiday of the city and not of
// its province, unless a national holiday falls on it.
func TestItalianCapitalsPatronDays(t *testing.T) {
	cases := []struct{ city, y2026, y2000 string }{
		{"IT-TO-TORINO", "2026-06-24", "2000-06-24"},
		{"IT-AL-ALESSANDRIA", "2026-11-10", "2000-11-10"},
		{"IT-BI-BIELLA", "2026-12-26", "2000-12-26"},
		{"IT-CN-CUNEO", "2026-09-29", "2000-09-29"},
		{"IT-NO-NOVARA", "2026-01-22", "2000-01-22"},
		{"IT-VB-VERBANIA", "2026-05-08", "2000-05-08"},
		{"IT-VC-VERCELLI", "2026-08-01", "2000-08-01"},
		{"IT-23-AOSTA", "2026-09-07", "2000-09-07"},
		{"IT-MI-MILANO", "2026-12-07", "2000-12-07"},
		{"IT-BG-BERGAMO", "2026-08-26", "2000-08-26"},
		{"IT-BS-BRESCIA", "2026-02-15", "2000-02-15"},
		{"IT-CO-COMO", "2026-08-31", "2000-08-31"},
		{"IT-CR-CREMONA", "2026-11-13", "2000-11-13"},
		{"IT-LC-LECCO", "2026-12-06", "2000-12-06"},
		{"IT-LO-LODI", "2026-01-19", "2000-01-19"},
		{"IT-MN-MANTOVA", "2026-03-18", "2000-03-18"},
		{"IT-MB-MONZA", "2026-06-24", "2000-06-24"},
		{"IT-PV-PAVIA", "2026-12-09", "2000-12-09"},
		{"IT-SO-SONDRIO", "2026-06-19", "2000-06-19"},
		{"IT-VA-VARESE", "2026-05-08", "2000-05-08"},
		{"IT-BZ-BOLZANO", "2026-08-15", "2000-08-15"},
		{"IT-TN-TRENTO", "2026-06-26", "2000-06-26"},
		{"IT-VE-VENEZIA", "2026-04-25", "2000-04-25"},
		{"IT-VE-VENEZIA", "2026-11-21", "2000-11-21"},
		{"IT-BL-BELLUNO", "2026-11-11", "2000-11-11"},
		{"IT-PD-PADOVA", "2026-06-13", "2000-06-13"},
		{"IT-RO-ROVIGO", "2026-11-26", "2000-11-26"},
		{"IT-TV-TREVISO", "2026-04-27", "2000-04-27"},
		{"IT-VR-VERONA", "2026-05-21", "2000-05-21"},
		{"IT-VI-VICENZA", "2026-09-08", "2000-09-08"},
		{"IT-TS-TRIESTE", "2026-11-03", "2000-11-03"},
		{"IT-GO-GORIZIA", "2026-03-16", "2000-03-16"},
		{"IT-PN-PORDENONE", "2026-04-25", "2000-04-25"},
		{"IT-UD-UDINE", "2026-07-12", "2000-07-12"},
		{"IT-GE-GENOVA", "2026-06-24", "2000-06-24"},
		{"IT-IM-IMPERIA", "2026-11-26", "2000-11-26"},
		{"IT-SP-LA-SPEZIA", "2026-03-19", "2000-03-19"},
		{"IT-SV-SAVONA", "2026-03-18", "2000-03-18"},
		{"IT-BO-BOLOGNA", "2026-10-04", "2000-10-04"},
		{"IT-FE-FERRARA", "2026-04-23", "2000-04-23"},
		{"IT-FC-FORLI", "2026-02-04", "2000-02-04"},
		{"IT-FC-CESENA", "2026-06-24", "2000-06-24"},
		{"IT-MO-MODENA", "2026-01-31", "2000-01-31"},
		{"IT-PR-PARMA", "2026-01-13", "2000-01-13"},
		{"IT-PC-PIACENZA", "2026-07-04", "2000-07-04"},
		{"IT-RA-RAVENNA", "2026-07-23", "2000-07-23"},
		{"IT-RE-REGGIO-EMILIA", "2026-11-24", "2000-11-24"},
		{"IT-RN-RIMINI", "2026-10-14", "2000-10-14"},
		{"IT-FI-FIRENZE", "2026-06-24", "2000-06-24"},
		{"IT-AR-AREZZO", "2026-08-07", "2000-08-07"},
		{"IT-GR-GROSSETO", "2026-08-10", "2000-08-10"},
		{"IT-LI-LIVORNO", "2026-05-22", "2000-05-22"},
		{"IT-LU-LUCCA", "2026-07-12", "2000-07-12"},
		{"IT-MS-MASSA", "2026-10-04", "2000-10-04"},
		{"IT-PI-PISA", "2026-06-17", "2000-06-17"},
		{"IT-PT-PISTOIA", "2026-07-25", "2000-07-25"},
		{"IT-PO-PRATO", "2026-12-26", "2000-12-26"},
		{"IT-SI-SIENA", "2026-12-01", "2000-12-01"},
		{"IT-PG-PERUGIA", "2026-01-29", "2000-01-29"},
		{"IT-TR-TERNI", "2026-02-14", "2000-02-14"},
		{"IT-AN-ANCONA", "2026-05-04", "2000-05-04"},
		{"IT-AP-ASCOLI-PICENO", "2026-08-05", "2000-08-05"},
		{"IT-FM-FERMO", "2026-08-15", "2000-08-15"},
		{"IT-MC-MACERATA", "2026-08-31", "2000-08-31"},
		{"IT-PU-PESARO", "2026-09-24", "2000-09-24"},
		{"IT-PU-URBINO", "2026-06-01", "2000-06-01"},
		{"IT-RM-ROMA", "2026-06-29", "2000-06-29"},
		{"IT-FR-FROSINONE", "2026-06-20", "2000-06-20"},
		{"IT-LT-LATINA", "2026-04-25", "2000-04-25"},
		{"IT-LT-LATINA", "2026-07-06", "2000-07-06"},
		{"IT-RI-RIETI", "2026-12-04", "2000-12-04"},
		{"IT-VT-VITERBO", "2026-09-04", "2000-09-04"},
		{"IT-AQ-L-AQUILA", "2026-06-10", "2000-06-10"},
		{"IT-CH-CHIETI", "2026-05-11", "2000-05-11"},
		{"IT-PE-PESCARA", "2026-10-10", "2000-10-10"},
		{"IT-TE-TERAMO", "2026-12-19", "2000-12-19"},
		{"IT-CB-CAMPOBASSO", "2026-04-23", "2000-04-23"},
		{"IT-IS-ISERNIA", "2026-05-19", "2000-05-19"},
		{"IT-NA-NAPOLI", "2026-09-19", "2000-09-19"},
		{"IT-AV-AVELLINO", "2026-02-14", "2000-02-14"},
		{"IT-BN-BENEVENTO", "2026-08-24", "2000-08-24"},
		{"IT-CE-CASERTA", "2026-01-20", "2000-01-20"},
		{"IT-SA-SALERNO", "2026-09-21", "2000-09-21"},
		{"IT-BA-BARI", "2026-12-06", "2000-12-06"},
		{"IT-BT-BARLETTA", "2026-12-30", "2000-12-30"},
		{"IT-FG-FOGGIA", "2026-03-22", "2000-03-22"},
		{"IT-LE-LECCE", "2026-08-26", "2000-08-26"},
		{"IT-TA-TARANTO", "2026-05-10", "2000-05-10"},
		{"IT-MT-MATERA", "2026-07-02", "2000-07-02"},
		{"IT-PZ-POTENZA", "2026-05-30", "2000-05-30"},
		{"IT-RC-REGGIO-CALABRIA", "2026-04-23", "2000-04-23"},
		{"IT-CZ-CATANZARO", "2026-07-16", "2000-07-16"},
		{"IT-CS-COSENZA", "2026-02-12", "2000-02-12"},
		{"IT-KR-CROTONE", "2026-10-09", "2000-10-09"},
		{"IT-VV-VIBO-VALENTIA", "2026-03-01", "2000-03-01"},
		{"IT-PA-PALERMO", "2026-07-15", "2000-07-15"},
		{"IT-CT-CATANIA", "2026-02-05", "2000-02-05"},
		{"IT-ME-MESSINA", "2026-06-03", "2000-06-03"},
		{"IT-AG-AGRIGENTO", "2026-02-25", "2000-02-25"},
		{"IT-CL-CALTANISSETTA", "2026-09-29", "2000-09-29"},
		{"IT-EN-ENNA", "2026-07-02", "2000-07-02"},
		{"IT-RG-RAGUSA", "2026-08-29", "2000-08-29"},
		{"IT-SR-SIRACUSA", "2026-12-13", "2000-12-13"},
		{"IT-TP-TRAPANI", "2026-08-07", "2000-08-07"},
		{"IT-CA-CAGLIARI", "2026-10-30", "2000-10-30"},
		{"IT-NU-NUORO", "2026-08-05", "2000-08-05"},
		{"IT-OR-ORISTANO", "2026-02-13", "2000-02-13"},
		{"IT-SS-SASSARI", "2026-12-06", "2000-12-06"},
		{"IT-AT-ASTI", "2026-05-05", "2000-05-02"},
		{"IT-BT-ANDRIA", "2026-09-20", "2000-09-17"},
		{"IT-BR-BRINDISI", "2026-09-06", "2000-09-03"},
		{"IT-SU-CARBONIA", "2026-05-14", "2000-05-18"},
	}
	it, err := ForRegion("IT")
	require.NoError(t, err)
	seen := map[string]bool{}
	for _, c := range cases {
		seen[c.city] = true
		s, err := ForRegion(c.city)
		require.NoError(t, err, c.city)
		prov, err := ForRegion(c.city[:5])
		require.NoError(t, err, c.city)
		for _, d := range []string{c.y2026, c.y2000} {
			require.True(t, s.IsHoliday(day(d)), "%s %s", c.city, d)
			national := it.IsHoliday(day(d))
			require.Equal(t, national, prov.IsHoliday(day(d)), "%s %s: the province has no patron day", c.city, d)
			hs := s.Holidays(day(d).Year())
			n := 0
			for _, h := range hs {
				if h.Date == day(d) && strings.HasPrefix(h.ID, strings.ToLower(c.city)+".") {
					n++
					require.Equal(t, Public, h.Category)
					require.NotEmpty(t, h.Name)
					require.NotEmpty(t, h.NameEN)
				}
			}
			require.Equal(t, 1, n, "%s %s: one patron day on the date", c.city, d)
		}
	}
	// Every capital in Regions is in the table, and every province-level
	// region has at least one capital.
	provinces, capitals := 0, 0
	withCapital := map[string]bool{}
	for _, r := range Regions() {
		if !strings.HasPrefix(r.Code, "IT-") {
			continue
		}
		switch len(r.Code) {
		case 5:
			provinces++
		default:
			capitals++
			require.True(t, seen[r.Code], "%s has no test row", r.Code)
			withCapital[r.Code[:5]] = true
		}
	}
	require.Equal(t, 107, provinces, "ISO 3166-2:IT: 14 metropolitan cities, 80 provinces, 2 autonomous provinces, 6 free consortia, 4 regional entities, IT-23")
	require.Equal(t, 110, capitals)
	require.Len(t, withCapital, 107)
}

// Days that move: Asti's first Tuesday of May, Andria's third and Brindisi's
// first Sunday of September, Carbonia's Thursday after the second Sunday of
// May, on the dates the local press reported (gazzettadasti 2022 and 2024;
// comuni-italiani 2017 and agensir 2023 for Andria; Brindisi's programme of
// 2018; Carbonia's office closures of 2018 and 2022).
func TestItalianMovablePatronDays(t *testing.T) {
	for city, days := range map[string][]string{
		"IT-AT-ASTI":     {"2022-05-03", "2024-05-07"},
		"IT-BT-ANDRIA":   {"2017-09-17", "2023-09-17"},
		"IT-BR-BRINDISI": {"2018-09-02"},
		"IT-SU-CARBONIA": {"2018-05-17", "2022-05-12"},
	} {
		s, err := ForRegion(city)
		require.NoError(t, err)
		for _, d := range days {
			h, ok := s.Lookup(day(d))
			require.True(t, ok, "%s %s", city, d)
			require.Equal(t, strings.ToLower(city)+".patrono", h.ID)
			// and on no other day of that year
			n := 0
			for _, o := range s.Holidays(day(d).Year()) {
				if o.ID == h.ID {
					n++
				}
			}
			require.Equal(t, 1, n, "%s %s", city, d)
		}
	}
}

// Names: Italian and English, German in South Tyrol, French in the Aosta
// Valley, Slovene beside the Italian in Trieste; the former code IT-AO is
// the Aosta Valley (IT-23).
func TestItalianCityNames(t *testing.T) {
	bz, err := ForRegion("IT-BZ-BOLZANO")
	require.NoError(t, err)
	var patron Holiday
	for _, x := range bz.Holidays(2026) {
		if x.ID == "it-bz-bolzano.patrono" {
			patron = x
		}
	}
	require.Contains(t, patron.Name, "Mariä Himmelfahrt")
	require.Equal(t, "Assumption of Mary (patron saint)", patron.NameEN)
	require.Equal(t, day("2026-08-15"), patron.Date)
	require.True(t, bz.IsHoliday(day("2026-05-25")), "Whit Monday in South Tyrol")
	ts, err := ForRegion("IT-TS-TRIESTE")
	require.NoError(t, err)
	h, ok := ts.Lookup(day("2026-11-03"))
	require.True(t, ok)
	require.Equal(t, "San Giusto / Sveti Just (santo patrono)", h.Name)
	require.Equal(t, "St Justus (patron saint)", h.NameEN)
	ao, err := ForRegion("IT-AO")
	require.NoError(t, err)
	require.Equal(t, "IT-23: public", ao.String())
	names := map[string]RegionInfo{}
	for _, r := range Regions() {
		names[r.Code] = r
	}
	require.NotContains(t, names, "IT-AO")
	require.Equal(t, "Roma (città metropolitana)", names["IT-RM"].Name)
	require.Equal(t, "Rome (metropolitan city)", names["IT-RM"].NameEN)
	require.Equal(t, "Agrigento (libero consorzio comunale)", names["IT-AG"].Name)
	require.Equal(t, "Udine (decentralized regional entity)", names["IT-UD"].NameEN)
	require.Equal(t, "Aosta / Aoste (comune)", names["IT-23-AOSTA"].Name)
	// Venice: San Marco on Liberation Day, and the Madonna della Salute.
	ve, err := ForRegion("IT-VE-VENEZIA")
	require.NoError(t, err)
	h, ok = ve.Lookup(day("2026-11-21"))
	require.True(t, ok)
	require.Equal(t, "it-ve-venezia.salute", h.ID)
	n := 0
	for _, x := range ve.Holidays(2026) {
		if x.Date == day("2026-04-25") {
			n++
		}
	}
	require.Equal(t, 2, n, "Liberation Day and San Marco")
}
