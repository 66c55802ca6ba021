package holidays

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Mexico: Ley Federal del Trabajo art. 74 (STPS, "Días de descanso
// obligatorio" 2024, with the transmission of power on 1 October 2024);
// 2005, before the Monday reform of 2006; 2018, the last 1 December
// transmission.
func TestMexicoTables(t *testing.T) {
	expectYear(t, "MX", 2024, nil, `
		2024-01-01 mx.ano-nuevo
		2024-02-05 mx.dia-de-la-constitucion
		2024-03-18 mx.natalicio-de-benito-juarez
		2024-05-01 mx.dia-del-trabajo
		2024-09-16 mx.dia-de-la-independencia
		2024-10-01 mx.transmision-del-poder-ejecutivo
		2024-11-18 mx.dia-de-la-revolucion
		2024-12-25 mx.navidad`)
	expectYear(t, "MX", 2005, nil, `
		2005-01-01 mx.ano-nuevo
		2005-02-05 mx.dia-de-la-constitucion
		2005-03-21 mx.natalicio-de-benito-juarez
		2005-05-01 mx.dia-del-trabajo
		2005-09-16 mx.dia-de-la-independencia
		2005-11-20 mx.dia-de-la-revolucion
		2005-12-25 mx.navidad`)
	s, err := ForRegion("MX")
	require.NoError(t, err)
	require.True(t, s.IsHoliday(day("2018-12-01")))
	require.False(t, s.IsHoliday(day("2024-12-01")))
	require.True(t, s.IsHoliday(day("2030-10-01")))
	bank, err := ForRegion("MX", Bank)
	require.NoError(t, err)
	require.Equal(t, []string{"2024-03-28 mx.jueves-santo", "2024-03-29 mx.viernes-santo", "2024-11-02 mx.dia-de-muertos", "2024-12-12 mx.dia-de-la-virgen-de-guadalupe"}, listing(bank.Holidays(2024)))
}

// Colombia: Ley 51 de 1983; the published calendar for 2024 and for 2000.
func TestColombiaTables(t *testing.T) {
	expectYear(t, "CO", 2024, nil, `
		2024-01-01 co.ano-nuevo
		2024-01-08 co.reyes-magos
		2024-03-25 co.san-jose
		2024-03-28 co.jueves-santo
		2024-03-29 co.viernes-santo
		2024-05-01 co.dia-del-trabajo
		2024-05-13 co.ascension
		2024-06-03 co.corpus-christi
		2024-06-10 co.sagrado-corazon
		2024-07-01 co.san-pedro-y-san-pablo
		2024-07-20 co.dia-de-la-independencia
		2024-08-07 co.batalla-de-boyaca
		2024-08-19 co.asuncion
		2024-10-14 co.dia-de-la-raza
		2024-11-04 co.todos-los-santos
		2024-11-11 co.independencia-de-cartagena
		2024-12-08 co.inmaculada-concepcion
		2024-12-25 co.navidad`)
	expectYear(t, "CO", 2000, nil, `
		2000-01-01 co.ano-nuevo
		2000-01-10 co.reyes-magos
		2000-03-20 co.san-jose
		2000-04-20 co.jueves-santo
		2000-04-21 co.viernes-santo
		2000-05-01 co.dia-del-trabajo
		2000-06-05 co.ascension
		2000-06-26 co.corpus-christi
		2000-07-03 co.sagrado-corazon
		2000-07-03 co.san-pedro-y-san-pablo
		2000-07-20 co.dia-de-la-independencia
		2000-08-07 co.batalla-de-boyaca
		2000-08-21 co.asuncion
		2000-10-16 co.dia-de-la-raza
		2000-11-06 co.todos-los-santos
		2000-11-13 co.independencia-de-cartagena
		2000-12-08 co.inmaculada-concepcion
		2000-12-25 co.navidad`)
}

// Chile: 2023 (San Pedro y San Pablo on Thursday to Monday 26 June, 12
// October on Thursday to Monday 9, 31 October on Tuesday to Friday 27,
// Ley 20.299; 2 January as New Year's Day was a Sunday) and 2024 (Pueblos
// Indígenas on the solstice, 20 June; 20 September a holiday, Ley 20.215),
// as the government and the press published them.
func TestChileTables(t *testing.T) {
	expectYear(t, "CL", 2023, nil, `
		2023-01-01 cl.ano-nuevo
		2023-01-02 cl.feriado-2-de-enero
		2023-04-07 cl.viernes-santo
		2023-04-08 cl.sabado-santo
		2023-05-01 cl.dia-del-trabajo
		2023-05-21 cl.glorias-navales
		2023-06-21 cl.pueblos-indigenas
		2023-06-26 cl.san-pedro-y-san-pablo
		2023-07-16 cl.virgen-del-carmen
		2023-08-15 cl.asuncion
		2023-09-18 cl.independencia
		2023-09-19 cl.glorias-del-ejercito
		2023-10-09 cl.encuentro-de-dos-mundos
		2023-10-27 cl.iglesias-evangelicas
		2023-11-01 cl.todos-los-santos
		2023-12-08 cl.inmaculada-concepcion
		2023-12-25 cl.navidad`)
	expectYear(t, "CL-AP", 2024, nil, `
		2024-01-01 cl.ano-nuevo
		2024-03-29 cl.viernes-santo
		2024-03-30 cl.sabado-santo
		2024-05-01 cl.dia-del-trabajo
		2024-05-21 cl.glorias-navales
		2024-06-07 cl.asalto-y-toma-del-morro
		2024-06-20 cl.pueblos-indigenas
		2024-06-29 cl.san-pedro-y-san-pablo
		2024-07-16 cl.virgen-del-carmen
		2024-08-15 cl.asuncion
		2024-09-18 cl.independencia
		2024-09-19 cl.glorias-del-ejercito
		2024-09-20 cl.fiestas-patrias
		2024-10-12 cl.encuentro-de-dos-mundos
		2024-10-31 cl.iglesias-evangelicas
		2024-11-01 cl.todos-los-santos
		2024-12-08 cl.inmaculada-concepcion
		2024-12-25 cl.navidad`)
	// The solstice days published for 2021–2026 (21, 21, 21, 20, 20, 21 June).
	s, err := ForRegion("CL")
	require.NoError(t, err)
	for _, d := range []string{"2021-06-21", "2022-06-21", "2023-06-21", "2024-06-20", "2025-06-20", "2026-06-21"} {
		h, ok := s.Lookup(day(d))
		require.True(t, ok, d)
		require.Equal(t, "cl.pueblos-indigenas", h.ID, d)
	}
	require.True(t, s.IsHoliday(day("2018-09-17")), "18 September 2018 was a Tuesday")
	require.True(t, s.IsHoliday(day("1998-09-11")))
	require.False(t, s.IsHoliday(day("2002-09-02")))
}

// Brazil 2024 (Portaria MGI of the federal holidays and pontos
// facultativos for 2024: Consciência Negra national for the first time)
// and São Paulo 2023 (20 November not yet a holiday there).
func TestBrazilTables(t *testing.T) {
	expectYear(t, "BR", 2024, []Category{Public, Optional, HalfDay}, `
		2024-01-01 br.confraternizacao-universal
		2024-02-12 br.carnaval-segunda
		2024-02-13 br.carnaval-terca
		2024-02-14 br.quarta-feira-de-cinzas
		2024-03-29 br.sexta-feira-santa
		2024-04-21 br.tiradentes
		2024-05-01 br.dia-do-trabalhador
		2024-05-30 br.corpus-christi
		2024-09-07 br.independencia
		2024-10-12 br.nossa-senhora-aparecida
		2024-10-28 br.dia-do-servidor-publico
		2024-11-02 br.finados
		2024-11-15 br.proclamacao-da-republica
		2024-11-20 br.consciencia-negra
		2024-12-24 br.vespera-de-natal
		2024-12-25 br.natal
		2024-12-31 br.vespera-de-ano-novo`)
	expectYear(t, "BR-SP", 2023, nil, `
		2023-01-01 br.confraternizacao-universal
		2023-04-07 br.sexta-feira-santa
		2023-04-21 br.tiradentes
		2023-05-01 br.dia-do-trabalhador
		2023-07-09 br-sp.revolucao-constitucionalista
		2023-09-07 br.independencia
		2023-10-12 br.nossa-senhora-aparecida
		2023-11-02 br.finados
		2023-11-15 br.proclamacao-da-republica
		2023-12-25 br.natal`)
	// Rio de Janeiro's state Consciência Negra until 2023, the national
	// day from 2024; Acre's movable days since 2009 (23 January 2024, a
	// Tuesday, on Friday 26).
	rj, err := ForRegion("BR-RJ")
	require.NoError(t, err)
	h, ok := rj.Lookup(day("2023-11-20"))
	require.True(t, ok)
	require.Equal(t, "br-rj.consciencia-negra", h.ID)
	h, ok = rj.Lookup(day("2024-11-20"))
	require.True(t, ok)
	require.Equal(t, "br.consciencia-negra", h.ID)
	ac, err := ForRegion("BR-AC")
	require.NoError(t, err)
	require.True(t, ac.IsHoliday(day("2024-01-26")))
	require.False(t, ac.IsHoliday(day("2024-01-23")))
	require.True(t, ac.IsHoliday(day("2008-01-23"))) // moved only from 2009
}

// Argentina: Decreto 789/2021 (2022) and Decreto 106/2023 (2024), with the
// movable days (Ley 27.399 art. 6) and the days "con fines turísticos";
// 2025's are días no laborables (Decreto 1027/2024).
func TestArgentinaTables(t *testing.T) {
	expectYear(t, "AR", 2022, nil, `
		2022-01-01 ar.ano-nuevo
		2022-02-28 ar.carnaval-lunes
		2022-03-01 ar.carnaval-martes
		2022-03-24 ar.dia-de-la-memoria
		2022-04-02 ar.malvinas
		2022-04-15 ar.viernes-santo
		2022-05-01 ar.dia-del-trabajador
		2022-05-18 ar.censo
		2022-05-25 ar.revolucion-de-mayo
		2022-06-17 ar.guemes
		2022-06-20 ar.belgrano
		2022-07-09 ar.independencia
		2022-08-15 ar.san-martin
		2022-10-07 ar.fines-turisticos
		2022-10-10 ar.diversidad-cultural
		2022-11-20 ar.soberania-nacional
		2022-11-21 ar.fines-turisticos
		2022-12-08 ar.inmaculada-concepcion
		2022-12-09 ar.fines-turisticos
		2022-12-20 ar.campeonato-mundial
		2022-12-25 ar.navidad`)
	expectYear(t, "AR", 2024, nil, `
		2024-01-01 ar.ano-nuevo
		2024-02-12 ar.carnaval-lunes
		2024-02-13 ar.carnaval-martes
		2024-03-24 ar.dia-de-la-memoria
		2024-03-29 ar.viernes-santo
		2024-04-01 ar.fines-turisticos
		2024-04-02 ar.malvinas
		2024-05-01 ar.dia-del-trabajador
		2024-05-25 ar.revolucion-de-mayo
		2024-06-17 ar.guemes
		2024-06-20 ar.belgrano
		2024-06-21 ar.fines-turisticos
		2024-07-09 ar.independencia
		2024-08-17 ar.san-martin
		2024-10-11 ar.fines-turisticos
		2024-10-12 ar.diversidad-cultural
		2024-11-18 ar.soberania-nacional
		2024-12-08 ar.inmaculada-concepcion
		2024-12-25 ar.navidad`)
	opt, err := ForRegion("AR", Optional)
	require.NoError(t, err)
	require.Equal(t, []string{"2025-04-17 ar.jueves-santo", "2025-05-02 ar.fines-turisticos", "2025-08-15 ar.fines-turisticos", "2025-11-21 ar.fines-turisticos"}, listing(opt.Holidays(2025)))
	h, ok := opt.Lookup(day("2025-05-02"))
	require.True(t, ok)
	require.Equal(t, "Decreto 1027/2024", h.Source)
	// 2015 under Decreto 1584/2010: 17 August on the third Monday (17th),
	// 12 October on the second Monday (12th), 20 November on the fourth
	// Monday (23rd).
	pub, err := ForRegion("AR")
	require.NoError(t, err)
	for _, d := range []string{"2015-08-17", "2015-10-12", "2015-11-23", "2007-06-18", "2010-05-24"} {
		require.True(t, pub.IsHoliday(day(d)), d)
	}
	require.False(t, pub.IsHoliday(day("2015-11-20")))
}
