package holidays

import "testing"

// Spanish communities not covered by es_communities_test.go, against the
// yearly BOE resolution ("relación de fiestas laborales") and the
// communities' own decrees, for a recent year and one of the first data
// years. A national holiday on a Sunday stays listed (es.go); " observed"
// marks the Monday a community moved it to. Where a press summary of the
// resolution names the communities of each movable day, the day counts
// were checked against the twelve regional-and-national days of Real
// Decreto 2001/1983 art. 45.
func TestSpanishCommunitiesFromResolutions(t *testing.T) {
	pub := []Category{Public}
	// Aragón 2025: Decreto 94/2024 (BOA), 12 October on a Sunday moved to
	// Monday 13; BOE-A-2024-21316 (Jueves Santo everywhere but CT and VC).
	expectYear(t, "ES-AR", 2025, pub, `
		2025-01-01 es.ano-nuevo
		2025-01-06 es.epifania
		2025-04-17 es-ar.jueves-santo
		2025-04-18 es.viernes-santo
		2025-04-23 es-ar.dia-de-aragon
		2025-05-01 es.fiesta-del-trabajo
		2025-08-15 es.asuncion
		2025-10-12 es.fiesta-nacional
		2025-10-13 es.fiesta-nacional observed
		2025-11-01 es.todos-los-santos
		2025-12-06 es.constitucion
		2025-12-08 es.inmaculada
		2025-12-25 es.navidad`)
	// Aragón 2013: BOE-A-2012-13644 as summarised by the press (Galicia
	// Ártabra, UGT Algeciras): 7 January everywhere but IB, CT, VC, GA, PV,
	// RI; 9 December in AN, AR, AS, CL, EX, MC, RI, CE; 23 April in AR, CL.
	expectYear(t, "ES-AR", 2013, pub, `
		2013-01-01 es.ano-nuevo
		2013-01-06 es.epifania
		2013-01-07 es.epifania observed
		2013-03-28 es-ar.jueves-santo
		2013-03-29 es.viernes-santo
		2013-04-23 es-ar.dia-de-aragon
		2013-05-01 es.fiesta-del-trabajo
		2013-08-15 es.asuncion
		2013-10-12 es.fiesta-nacional
		2013-11-01 es.todos-los-santos
		2013-12-06 es.constitucion
		2013-12-08 es.inmaculada
		2013-12-09 es.inmaculada observed
		2013-12-25 es.navidad`)
	// Illes Balears 2025: the Govern's calendar (Consell de Govern, Europa
	// Press 3 May 2024; Newtral): 1 March on a Saturday, no Easter Monday,
	// 26 December; 12 October on a Sunday not moved.
	expectYear(t, "ES-IB", 2025, pub, `
		2025-01-01 es.ano-nuevo
		2025-01-06 es.epifania
		2025-03-01 es-ib.dia-de-les-illes-balears
		2025-04-17 es-ib.jueves-santo
		2025-04-18 es.viernes-santo
		2025-05-01 es.fiesta-del-trabajo
		2025-08-15 es.asuncion
		2025-10-12 es.fiesta-nacional
		2025-11-01 es.todos-los-santos
		2025-12-06 es.constitucion
		2025-12-08 es.inmaculada
		2025-12-25 es.navidad
		2025-12-26 es-ib.san-esteban`)
	// Illes Balears 2013: the Govern's calendar (Majorca Daily Bulletin,
	// 18 September 2012): 26 December instead of 8 December on a Sunday,
	// Easter Monday 1 April, no 7 January.
	expectYear(t, "ES-IB", 2013, pub, `
		2013-01-01 es.ano-nuevo
		2013-01-06 es.epifania
		2013-03-01 es-ib.dia-de-les-illes-balears
		2013-03-28 es-ib.jueves-santo
		2013-03-29 es.viernes-santo
		2013-04-01 es-ib.lunes-de-pascua
		2013-05-01 es.fiesta-del-trabajo
		2013-08-15 es.asuncion
		2013-10-12 es.fiesta-nacional
		2013-11-01 es.todos-los-santos
		2013-12-06 es.constitucion
		2013-12-08 es.inmaculada
		2013-12-25 es.navidad
		2013-12-26 es-ib.san-esteban`)
	// Canarias 2025: Decreto 143/2024 (BOC): 30 May replaces the rest day
	// of 12 October on a Sunday (listed here as the national day); the
	// island days are not modelled.
	expectYear(t, "ES-CN", 2025, pub, `
		2025-01-01 es.ano-nuevo
		2025-01-06 es.epifania
		2025-04-17 es-cn.jueves-santo
		2025-04-18 es.viernes-santo
		2025-05-01 es.fiesta-del-trabajo
		2025-05-30 es-cn.dia-de-canarias
		2025-08-15 es.asuncion
		2025-10-12 es.fiesta-nacional
		2025-11-01 es.todos-los-santos
		2025-12-06 es.constitucion
		2025-12-08 es.inmaculada
		2025-12-25 es.navidad`)
	// Canarias 2013: the Government's decree of September 2012 (El Día,
	// 7 September 2012): 7 January, and 30 May instead of 9 December.
	expectYear(t, "ES-CN", 2013, pub, `
		2013-01-01 es.ano-nuevo
		2013-01-06 es.epifania
		2013-01-07 es.epifania observed
		2013-03-28 es-cn.jueves-santo
		2013-03-29 es.viernes-santo
		2013-05-01 es.fiesta-del-trabajo
		2013-05-30 es-cn.dia-de-canarias
		2013-08-15 es.asuncion
		2013-10-12 es.fiesta-nacional
		2013-11-01 es.todos-los-santos
		2013-12-06 es.constitucion
		2013-12-08 es.inmaculada
		2013-12-25 es.navidad`)
	// Asturias 2025: BOE-A-2024-21316 (13 October in AN, AR, AS, CL, EX,
	// per the press summary); Día de Asturias on Monday 8 September.
	expectYear(t, "ES-AS", 2025, pub, `
		2025-01-01 es.ano-nuevo
		2025-01-06 es.epifania
		2025-04-17 es-as.jueves-santo
		2025-04-18 es.viernes-santo
		2025-05-01 es.fiesta-del-trabajo
		2025-08-15 es.asuncion
		2025-09-08 es-as.dia-de-asturias
		2025-10-12 es.fiesta-nacional
		2025-10-13 es.fiesta-nacional observed
		2025-11-01 es.todos-los-santos
		2025-12-06 es.constitucion
		2025-12-08 es.inmaculada
		2025-12-25 es.navidad`)
	// Asturias 2013: BOE-A-2012-13644 as summarised above (7 January,
	// 9 December); with those the twelfth day is Monday 9 September after
	// Día de Asturias on a Sunday (as in 2024, BOE-A-2023-22014).
	expectYear(t, "ES-AS", 2013, pub, `
		2013-01-01 es.ano-nuevo
		2013-01-06 es.epifania
		2013-01-07 es.epifania observed
		2013-03-28 es-as.jueves-santo
		2013-03-29 es.viernes-santo
		2013-05-01 es.fiesta-del-trabajo
		2013-08-15 es.asuncion
		2013-09-08 es-as.dia-de-asturias
		2013-09-09 es-as.dia-de-asturias observed
		2013-10-12 es.fiesta-nacional
		2013-11-01 es.todos-los-santos
		2013-12-06 es.constitucion
		2013-12-08 es.inmaculada
		2013-12-09 es.inmaculada observed
		2013-12-25 es.navidad`)
	// Asturias 2024: BOE-A-2023-22014 (the list reproduced by the city of
	// Barcelona's Espai 210): Monday 9 September after Día de Asturias and
	// Monday 9 December after the Immaculate Conception, both on Sundays.
	expectYear(t, "ES-AS", 2024, pub, `
		2024-01-01 es.ano-nuevo
		2024-01-06 es.epifania
		2024-03-28 es-as.jueves-santo
		2024-03-29 es.viernes-santo
		2024-05-01 es.fiesta-del-trabajo
		2024-08-15 es.asuncion
		2024-09-08 es-as.dia-de-asturias
		2024-09-09 es-as.dia-de-asturias observed
		2024-10-12 es.fiesta-nacional
		2024-11-01 es.todos-los-santos
		2024-12-06 es.constitucion
		2024-12-08 es.inmaculada
		2024-12-09 es.inmaculada observed
		2024-12-25 es.navidad`)
	// Castilla y León 2025: BOE-A-2024-21316 (13 October, 23 April).
	expectYear(t, "ES-CL", 2025, pub, `
		2025-01-01 es.ano-nuevo
		2025-01-06 es.epifania
		2025-04-17 es-cl.jueves-santo
		2025-04-18 es.viernes-santo
		2025-04-23 es-cl.fiesta-de-castilla-y-leon
		2025-05-01 es.fiesta-del-trabajo
		2025-08-15 es.asuncion
		2025-10-12 es.fiesta-nacional
		2025-10-13 es.fiesta-nacional observed
		2025-11-01 es.todos-los-santos
		2025-12-06 es.constitucion
		2025-12-08 es.inmaculada
		2025-12-25 es.navidad`)
	// Castilla y León 2013: BOE-A-2012-13644 as summarised above.
	expectYear(t, "ES-CL", 2013, pub, `
		2013-01-01 es.ano-nuevo
		2013-01-06 es.epifania
		2013-01-07 es.epifania observed
		2013-03-28 es-cl.jueves-santo
		2013-03-29 es.viernes-santo
		2013-04-23 es-cl.fiesta-de-castilla-y-leon
		2013-05-01 es.fiesta-del-trabajo
		2013-08-15 es.asuncion
		2013-10-12 es.fiesta-nacional
		2013-11-01 es.todos-los-santos
		2013-12-06 es.constitucion
		2013-12-08 es.inmaculada
		2013-12-09 es.inmaculada observed
		2013-12-25 es.navidad`)
	// Extremadura 2025: the Junta's decree (DOE, Región Digital May 2024)
	// and BOE-A-2024-21316: 12 October moved to Monday 13.
	expectYear(t, "ES-EX", 2025, pub, `
		2025-01-01 es.ano-nuevo
		2025-01-06 es.epifania
		2025-04-17 es-ex.jueves-santo
		2025-04-18 es.viernes-santo
		2025-05-01 es.fiesta-del-trabajo
		2025-08-15 es.asuncion
		2025-09-08 es-ex.dia-de-extremadura
		2025-10-12 es.fiesta-nacional
		2025-10-13 es.fiesta-nacional observed
		2025-11-01 es.todos-los-santos
		2025-12-06 es.constitucion
		2025-12-08 es.inmaculada
		2025-12-25 es.navidad`)
	// Extremadura 2024: the DOE list (UGT Servicios Públicos, DOE 238 of
	// 2023): Shrove Tuesday replaces the Monday after Día de Extremadura on
	// a Sunday; 9 December.
	expectYear(t, "ES-EX", 2024, pub, `
		2024-01-01 es.ano-nuevo
		2024-01-06 es.epifania
		2024-02-13 es-ex.martes-de-carnaval
		2024-03-28 es-ex.jueves-santo
		2024-03-29 es.viernes-santo
		2024-05-01 es.fiesta-del-trabajo
		2024-08-15 es.asuncion
		2024-10-12 es.fiesta-nacional
		2024-11-01 es.todos-los-santos
		2024-12-06 es.constitucion
		2024-12-08 es.inmaculada
		2024-12-09 es.inmaculada observed
		2024-12-25 es.navidad`)
	// Extremadura 2013: BOE-A-2012-13644 as summarised above; the twelfth
	// day is Monday 9 September after Día de Extremadura on a Sunday.
	expectYear(t, "ES-EX", 2013, pub, `
		2013-01-01 es.ano-nuevo
		2013-01-06 es.epifania
		2013-01-07 es.epifania observed
		2013-03-28 es-ex.jueves-santo
		2013-03-29 es.viernes-santo
		2013-05-01 es.fiesta-del-trabajo
		2013-08-15 es.asuncion
		2013-09-08 es-ex.dia-de-extremadura
		2013-09-09 es-ex.dia-de-extremadura observed
		2013-10-12 es.fiesta-nacional
		2013-11-01 es.todos-los-santos
		2013-12-06 es.constitucion
		2013-12-08 es.inmaculada
		2013-12-09 es.inmaculada observed
		2013-12-25 es.navidad`)
	// Navarra 2025: Resolución 493/2024 of 12 June (thirteen days fixed by
	// the Government of Navarre, with 3 December; HuffPost Noticias Trabajo).
	expectYear(t, "ES-NC", 2025, pub, `
		2025-01-01 es.ano-nuevo
		2025-01-06 es.epifania
		2025-04-17 es-nc.jueves-santo
		2025-04-18 es.viernes-santo
		2025-04-21 es-nc.lunes-de-pascua
		2025-05-01 es.fiesta-del-trabajo
		2025-07-25 es-nc.santiago-apostol
		2025-08-15 es.asuncion
		2025-10-12 es.fiesta-nacional
		2025-11-01 es.todos-los-santos
		2025-12-03 es-nc.dia-de-navarra
		2025-12-06 es.constitucion
		2025-12-08 es.inmaculada
		2025-12-25 es.navidad`)
	// Navarra 2014: Resolución 341/2013 of 23 July (BON 147, 1 August
	// 2013, lexnavarra): San José, Easter Monday, 3 December.
	expectYear(t, "ES-NC", 2014, pub, `
		2014-01-01 es.ano-nuevo
		2014-01-06 es.epifania
		2014-03-19 es-nc.san-jose
		2014-04-17 es-nc.jueves-santo
		2014-04-18 es.viernes-santo
		2014-04-21 es-nc.lunes-de-pascua
		2014-05-01 es.fiesta-del-trabajo
		2014-08-15 es.asuncion
		2014-10-12 es.fiesta-nacional
		2014-11-01 es.todos-los-santos
		2014-12-03 es-nc.dia-de-navarra
		2014-12-06 es.constitucion
		2014-12-08 es.inmaculada
		2014-12-25 es.navidad`)
	// La Rioja 2025: BOE-A-2024-21316 (Easter Monday 21 April, Día de La
	// Rioja on Monday 9 June; 12 October not moved).
	expectYear(t, "ES-RI", 2025, pub, `
		2025-01-01 es.ano-nuevo
		2025-01-06 es.epifania
		2025-04-17 es-ri.jueves-santo
		2025-04-18 es.viernes-santo
		2025-04-21 es-ri.lunes-de-pascua
		2025-05-01 es.fiesta-del-trabajo
		2025-06-09 es-ri.dia-de-la-rioja
		2025-08-15 es.asuncion
		2025-10-12 es.fiesta-nacional
		2025-11-01 es.todos-los-santos
		2025-12-06 es.constitucion
		2025-12-08 es.inmaculada
		2025-12-25 es.navidad`)
	// La Rioja 2024: the Consejo de Gobierno's calendar (La Rioja, 24 May
	// 2023): Monday 10 June after Día de La Rioja instead of 9 December,
	// Easter Monday 1 April as the choice between San José and Santiago.
	expectYear(t, "ES-RI", 2024, pub, `
		2024-01-01 es.ano-nuevo
		2024-01-06 es.epifania
		2024-03-28 es-ri.jueves-santo
		2024-03-29 es.viernes-santo
		2024-04-01 es-ri.lunes-de-pascua
		2024-05-01 es.fiesta-del-trabajo
		2024-06-09 es-ri.dia-de-la-rioja
		2024-06-10 es-ri.dia-de-la-rioja observed
		2024-08-15 es.asuncion
		2024-10-12 es.fiesta-nacional
		2024-11-01 es.todos-los-santos
		2024-12-06 es.constitucion
		2024-12-08 es.inmaculada
		2024-12-25 es.navidad`)
	// La Rioja 2013: BOE-A-2012-13644 as summarised above (no 7 January,
	// Easter Monday 1 April, 9 December); the twelfth day is Monday 10 June
	// after Día de La Rioja on a Sunday (as in 2024, La Rioja's calendar).
	expectYear(t, "ES-RI", 2013, pub, `
		2013-01-01 es.ano-nuevo
		2013-01-06 es.epifania
		2013-03-28 es-ri.jueves-santo
		2013-03-29 es.viernes-santo
		2013-04-01 es-ri.lunes-de-pascua
		2013-05-01 es.fiesta-del-trabajo
		2013-06-09 es-ri.dia-de-la-rioja
		2013-06-10 es-ri.dia-de-la-rioja observed
		2013-08-15 es.asuncion
		2013-10-12 es.fiesta-nacional
		2013-11-01 es.todos-los-santos
		2013-12-06 es.constitucion
		2013-12-08 es.inmaculada
		2013-12-09 es.inmaculada observed
		2013-12-25 es.navidad`)
	// Melilla 2025: BOE-A-2024-21316 as reported (Europa Press, 21 October
	// 2024): Eid al-Fitr 31 March and Eid al-Adha 6 June instead of San José
	// and the Monday after 12 October; local days (8 and 17 September) not
	// modelled.
	expectYear(t, "ES-ML", 2025, pub, `
		2025-01-01 es.ano-nuevo
		2025-01-06 es.epifania
		2025-03-31 es-ml.eid-al-fitr
		2025-04-17 es-ml.jueves-santo
		2025-04-18 es.viernes-santo
		2025-05-01 es.fiesta-del-trabajo
		2025-06-06 es-ml.eid-al-adha
		2025-08-15 es.asuncion
		2025-10-12 es.fiesta-nacional
		2025-11-01 es.todos-los-santos
		2025-12-06 es.constitucion
		2025-12-08 es.inmaculada
		2025-12-25 es.navidad`)
	// Melilla 2010: BOE-A-2009-18477 as summarised (Rioja2, 2009: San José
	// in Melilla, Jueves Santo); the first Aid el Kebir holiday, fixed a
	// year ahead for 17 November, with 15 August on a Sunday not moved (El
	// Faro de Melilla).
	expectYear(t, "ES-ML", 2010, pub, `
		2010-01-01 es.ano-nuevo
		2010-01-06 es.epifania
		2010-03-19 es-ml.san-jose
		2010-04-01 es-ml.jueves-santo
		2010-04-02 es.viernes-santo
		2010-05-01 es.fiesta-del-trabajo
		2010-08-15 es.asuncion
		2010-10-12 es.fiesta-nacional
		2010-11-01 es.todos-los-santos
		2010-11-17 es-ml.eid-al-adha
		2010-12-06 es.constitucion
		2010-12-08 es.inmaculada
		2010-12-25 es.navidad`)
}
