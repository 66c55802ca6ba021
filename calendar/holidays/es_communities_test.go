package holidays

import (
	"strings"
	"testing"
	"time"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/require"
)

// The Spanish communities: Public days against the yearly BOE resolutions
// ("relación de fiestas laborales") and the communities' decrees.
func TestSpanishCommunitiesTables(t *testing.T) {
	pub := []Category{Public}
	// BOE-A-2023-22014 (fiestas laborales 2024): Santiago in Madrid, no Monday after 8 December.
	expectYear(t, "ES-MD", 2024, pub, `
		2024-01-01 es.ano-nuevo
		2024-01-06 es.epifania
		2024-03-28 es-md.jueves-santo
		2024-03-29 es.viernes-santo
		2024-05-01 es.fiesta-del-trabajo
		2024-05-02 es-md.fiesta-de-la-comunidad-de-madrid
		2024-07-25 es-md.santiago-apostol
		2024-08-15 es.asuncion
		2024-10-12 es.fiesta-nacional
		2024-11-01 es.todos-los-santos
		2024-12-06 es.constitucion
		2024-12-08 es.inmaculada
		2024-12-25 es.navidad`)
	// BOE-A-2024-21316 (2025): 12 October on a Sunday not moved in Madrid.
	expectYear(t, "ES-MD", 2025, pub, `
		2025-01-01 es.ano-nuevo
		2025-01-06 es.epifania
		2025-04-17 es-md.jueves-santo
		2025-04-18 es.viernes-santo
		2025-05-01 es.fiesta-del-trabajo
		2025-05-02 es-md.fiesta-de-la-comunidad-de-madrid
		2025-07-25 es-md.santiago-apostol
		2025-08-15 es.asuncion
		2025-10-12 es.fiesta-nacional
		2025-11-01 es.todos-los-santos
		2025-12-06 es.constitucion
		2025-12-08 es.inmaculada
		2025-12-25 es.navidad`)
	// BOE-A-2023-22014; Ordre EMT/290/2023 (DOGC 9068): thirteen days.
	expectYear(t, "ES-CT", 2024, pub, `
		2024-01-01 es.ano-nuevo
		2024-01-06 es.epifania
		2024-03-29 es.viernes-santo
		2024-04-01 es-ct.lunes-de-pascua
		2024-05-01 es.fiesta-del-trabajo
		2024-06-24 es-ct.san-juan
		2024-08-15 es.asuncion
		2024-09-11 es-ct.diada
		2024-10-12 es.fiesta-nacional
		2024-11-01 es.todos-los-santos
		2024-12-06 es.constitucion
		2024-12-08 es.inmaculada
		2024-12-25 es.navidad
		2024-12-26 es-ct.san-esteban`)
	// BOE-A-2023-22014; Decreto of Castilla-La Mancha for 2024: Corpus Christi for San José, 31 May for 9 December.
	expectYear(t, "ES-CM", 2024, pub, `
		2024-01-01 es.ano-nuevo
		2024-01-06 es.epifania
		2024-03-28 es-cm.jueves-santo
		2024-03-29 es.viernes-santo
		2024-05-01 es.fiesta-del-trabajo
		2024-05-30 es-cm.corpus-christi
		2024-05-31 es-cm.dia-de-castilla-la-mancha
		2024-08-15 es.asuncion
		2024-10-12 es.fiesta-nacional
		2024-11-01 es.todos-los-santos
		2024-12-06 es.constitucion
		2024-12-08 es.inmaculada
		2024-12-25 es.navidad`)
	// BOE-A-2023-22014: San José, and Monday 9 December.
	expectYear(t, "ES-MC", 2024, pub, `
		2024-01-01 es.ano-nuevo
		2024-01-06 es.epifania
		2024-03-19 es-mc.san-jose
		2024-03-28 es-mc.jueves-santo
		2024-03-29 es.viernes-santo
		2024-05-01 es.fiesta-del-trabajo
		2024-08-15 es.asuncion
		2024-10-12 es.fiesta-nacional
		2024-11-01 es.todos-los-santos
		2024-12-06 es.constitucion
		2024-12-08 es.inmaculada
		2024-12-09 es.inmaculada observed
		2024-12-25 es.navidad`)
	// BOE-A-2023-22014: Easter Monday instead of Maundy Thursday, San Juan.
	expectYear(t, "ES-VC", 2024, pub, `
		2024-01-01 es.ano-nuevo
		2024-01-06 es.epifania
		2024-03-19 es-vc.san-jose
		2024-03-29 es.viernes-santo
		2024-04-01 es-vc.lunes-de-pascua
		2024-05-01 es.fiesta-del-trabajo
		2024-06-24 es-vc.san-juan
		2024-08-15 es.asuncion
		2024-10-09 es-vc.dia-de-la-comunitat-valenciana
		2024-10-12 es.fiesta-nacional
		2024-11-01 es.todos-los-santos
		2024-12-06 es.constitucion
		2024-12-08 es.inmaculada
		2024-12-25 es.navidad`)
	// BOE-A-2014-10823 (2015): Mondays 2 November and 7 December.
	expectYear(t, "ES-AN", 2015, pub, `
		2015-01-01 es.ano-nuevo
		2015-01-06 es.epifania
		2015-02-28 es-an.dia-de-andalucia
		2015-04-02 es-an.jueves-santo
		2015-04-03 es.viernes-santo
		2015-05-01 es.fiesta-del-trabajo
		2015-08-15 es.asuncion
		2015-10-12 es.fiesta-nacional
		2015-11-01 es.todos-los-santos
		2015-11-02 es.todos-los-santos observed
		2015-12-06 es.constitucion
		2015-12-07 es.constitucion observed
		2015-12-08 es.inmaculada
		2015-12-25 es.navidad`)
	// Resolución de la Dirección General de Trabajo, BOE 28 October 2025 (2026): Mondays 2 November and 7 December.
	expectYear(t, "ES-AN", 2026, pub, `
		2026-01-01 es.ano-nuevo
		2026-01-06 es.epifania
		2026-02-28 es-an.dia-de-andalucia
		2026-04-02 es-an.jueves-santo
		2026-04-03 es.viernes-santo
		2026-05-01 es.fiesta-del-trabajo
		2026-08-15 es.asuncion
		2026-10-12 es.fiesta-nacional
		2026-11-01 es.todos-los-santos
		2026-11-02 es.todos-los-santos observed
		2026-12-06 es.constitucion
		2026-12-07 es.constitucion observed
		2026-12-08 es.inmaculada
		2026-12-25 es.navidad`)
	// BOE 28 October 2025 (2026).
	expectYear(t, "ES-VC", 2026, pub, `
		2026-01-01 es.ano-nuevo
		2026-01-06 es.epifania
		2026-03-19 es-vc.san-jose
		2026-04-03 es.viernes-santo
		2026-04-06 es-vc.lunes-de-pascua
		2026-05-01 es.fiesta-del-trabajo
		2026-06-24 es-vc.san-juan
		2026-08-15 es.asuncion
		2026-10-09 es-vc.dia-de-la-comunitat-valenciana
		2026-10-12 es.fiesta-nacional
		2026-11-01 es.todos-los-santos
		2026-12-06 es.constitucion
		2026-12-08 es.inmaculada
		2026-12-25 es.navidad`)
	// BOE 28 October 2025; Euskadi Decreto 82/2025 (BOPV 25 April 2025).
	expectYear(t, "ES-PV", 2026, pub, `
		2026-01-01 es.ano-nuevo
		2026-01-06 es.epifania
		2026-03-19 es-pv.san-jose
		2026-04-02 es-pv.jueves-santo
		2026-04-03 es.viernes-santo
		2026-04-06 es-pv.lunes-de-pascua
		2026-05-01 es.fiesta-del-trabajo
		2026-07-25 es-pv.santiago-apostol
		2026-08-15 es.asuncion
		2026-10-12 es.fiesta-nacional
		2026-11-01 es.todos-los-santos
		2026-12-06 es.constitucion
		2026-12-08 es.inmaculada
		2026-12-25 es.navidad`)
	// BOE 28 October 2025; Cantabria's 2026 calendar (BOC): Monday 7 December.
	expectYear(t, "ES-CB", 2026, pub, `
		2026-01-01 es.ano-nuevo
		2026-01-06 es.epifania
		2026-04-02 es-cb.jueves-santo
		2026-04-03 es.viernes-santo
		2026-05-01 es.fiesta-del-trabajo
		2026-07-28 es-cb.dia-de-las-instituciones
		2026-08-15 es.asuncion
		2026-09-15 es-cb.la-bien-aparecida
		2026-10-12 es.fiesta-nacional
		2026-11-01 es.todos-los-santos
		2026-12-06 es.constitucion
		2026-12-07 es.constitucion observed
		2026-12-08 es.inmaculada
		2026-12-25 es.navidad`)
	// BOE 28 October 2025; Ceuta's 2026 decree: Día de Ceuta again (local days not listed).
	expectYear(t, "ES-CE", 2026, pub, `
		2026-01-01 es.ano-nuevo
		2026-01-06 es.epifania
		2026-04-02 es-ce.jueves-santo
		2026-04-03 es.viernes-santo
		2026-05-01 es.fiesta-del-trabajo
		2026-05-27 es-ce.eid-al-adha
		2026-08-05 es-ce.nuestra-senora-de-africa
		2026-08-15 es.asuncion
		2026-09-02 es-ce.dia-de-ceuta
		2026-10-12 es.fiesta-nacional
		2026-11-01 es.todos-los-santos
		2026-12-06 es.constitucion
		2026-12-08 es.inmaculada
		2026-12-25 es.navidad`)
}

// esWhere returns the communities where d is a Public holiday of their own
// (a community ID or a Monday moved from a national Sunday).
func esWhere(t *testing.T, d string) []string {
	t.Helper()
	var out []string
	for _, r := range Regions() {
		if len(r.Code) != 5 || r.Code[:3] != "ES-" {
			continue
		}
		s, err := ForRegion(r.Code, Public)
		require.NoError(t, err)
		for _, h := range s.Holidays(mustDate(t, d).Year()) {
			if h.Date.String() == d && (h.Observed || h.ID[:3] != "es.") {
				out = append(out, r.Code[3:])
				break
			}
		}
	}
	return out
}

func mustDate(t *testing.T, s string) date.Date {
	t.Helper()
	d, err := date.ParseISO(s)
	require.NoError(t, err)
	return d
}

// Which communities keep which substitutable day, as the resolutions' own
// summaries (and the press reporting them) list them.
func TestSpanishCommunitiesCrossSections(t *testing.T) {
	for _, c := range []struct{ day, want, src string }{
		// BOE-A-2014-10823 (2015).
		{"2015-11-02", "AN AR AS CB CE CL CN EX GA IB", "Monday after All Saints"},
		{"2015-12-07", "AN AR AS CE CL CM EX IB MC ML RI VC", "Monday after Constitution Day"},
		{"2015-03-19", "MC MD ML NC PV VC", "San José"},
		{"2015-07-25", "GA NC PV", "Santiago / Día Nacional de Galicia"},
		// BOE-A-2023-22014 (2024).
		{"2024-12-09", "AN AR AS CL EX MC ML", "Monday after the Immaculate Conception"},
		{"2024-07-25", "CB GA MD NC PV", "Santiago"},
		{"2024-03-19", "MC VC", "San José"},
		{"2024-04-01", "CB CT IB NC PV RI VC", "Easter Monday"},
		{"2024-03-28", "AN AR AS CB CE CL CM CN EX GA IB MC MD ML NC PV RI", "Maundy Thursday"},
		// BOE of 28 October 2025 (2026).
		{"2026-11-02", "AN AR AS CL CM CN EX MD NC", "Monday after All Saints"},
		{"2026-03-19", "GA MC NC PV VC", "San José"},
	} {
		require.Equal(t, c.want, strings.Join(esWhere(t, c.day), " "), "%s %s", c.day, c.src)
	}
}

// Properties of the community data: eleven to thirteen regional-and-national
// days a year off Sundays (twelve, less a national day lost on a Sunday, or
// plus a day added for it, as in Castilla-La Mancha 2014 or Catalonia; the
// Canaries mostly list eleven, the twelfth being an island's); sources in the
// data years; estimates only after them; moved days are the Monday after a
// Sunday; nothing before 1984.
func TestSpanishCommunitiesProperties(t *testing.T) {
	es, err := ForRegion("ES", Public)
	require.NoError(t, err)
	for _, r := range Regions() {
		if len(r.Code) != 5 || r.Code[:3] != "ES-" {
			continue
		}
		s, err := ForRegion(r.Code, Public)
		require.NoError(t, err)
		for y := 1980; y <= 2030; y++ {
			days := map[date.Date]bool{}
			for _, h := range s.Holidays(y) {
				if h.Date.Weekday() != time.Sunday {
					days[h.Date] = true
				}
				if h.Observed {
					require.Equal(t, time.Monday, h.Date.Weekday(), "%s %v", r.Code, h)
				}
				if h.ID[:3] == "es." && !h.Observed {
					continue
				}
				require.True(t, y >= 1984, "%s %v before 1984", r.Code, h)
				if y >= 2010 && y <= 2026 {
					require.NotEmpty(t, h.Source, "%s %v", r.Code, h)
					require.False(t, h.Estimated, "%s %v", r.Code, h)
				}
				if y > 2026 && !h.Estimated {
					require.Empty(t, h.Source, "%s %v", r.Code, h)
				}
			}
			if y < 2010 || y > 2026 {
				continue
			}
			require.True(t, len(days) >= 11 && len(days) <= 13, "%s %d: %d days", r.Code, y, len(days))
		}
		require.Equal(t, listing(es.Holidays(1983)), listing(s.Holidays(1983)), r.Code)
	}
	ga, err := ForRegion("ES-GA", Public)
	require.NoError(t, err)
	require.False(t, ga.IsHoliday(civilDate(1990, time.May, 17)))
	require.True(t, ga.IsHoliday(civilDate(1991, time.May, 17)))
}
