package holidays

import "testing"

// TestBrazilStateTables checks the full public-holiday list of each state
// for 2025 and 2010: the national days (Lei 662/1949 as amended by Lei
// 10.607/2002, Lei 6.802/1980, Lei 14.759/2023 from 2024; Good Friday, the
// holiday municipalities declare everywhere) and the state's own days as
// noted beside each state. The 2010 tables check the same state laws and
// their start years (the states' calendars of 2010 are not at hand).
func TestBrazilStateTables(t *testing.T) {
	// Minas Gerais: 21 April, the data magna (Constituição do Estado de Minas
	// Gerais, art. 256), the same day as Tiradentes.
	expectYear(t, "BR-MG", 2025, nil, `
		2025-01-01 br.confraternizacao-universal
		2025-04-18 br.sexta-feira-santa
		2025-04-21 br-mg.data-magna
		2025-04-21 br.tiradentes
		2025-05-01 br.dia-do-trabalhador
		2025-09-07 br.independencia
		2025-10-12 br.nossa-senhora-aparecida
		2025-11-02 br.finados
		2025-11-15 br.proclamacao-da-republica
		2025-11-20 br.consciencia-negra
		2025-12-25 br.natal
	`)
	expectYear(t, "BR-MG", 2010, nil, `
		2010-01-01 br.confraternizacao-universal
		2010-04-02 br.sexta-feira-santa
		2010-04-21 br-mg.data-magna
		2010-04-21 br.tiradentes
		2010-05-01 br.dia-do-trabalhador
		2010-09-07 br.independencia
		2010-10-12 br.nossa-senhora-aparecida
		2010-11-02 br.finados
		2010-11-15 br.proclamacao-da-republica
		2010-12-25 br.natal
	`)
	// Rio Grande do Sul: 20 September, Revolução Farroupilha, the data magna
	// (state law of 1964).
	expectYear(t, "BR-RS", 2025, nil, `
		2025-01-01 br.confraternizacao-universal
		2025-04-18 br.sexta-feira-santa
		2025-04-21 br.tiradentes
		2025-05-01 br.dia-do-trabalhador
		2025-09-07 br.independencia
		2025-09-20 br-rs.dia-do-gaucho
		2025-10-12 br.nossa-senhora-aparecida
		2025-11-02 br.finados
		2025-11-15 br.proclamacao-da-republica
		2025-11-20 br.consciencia-negra
		2025-12-25 br.natal
	`)
	expectYear(t, "BR-RS", 2010, nil, `
		2010-01-01 br.confraternizacao-universal
		2010-04-02 br.sexta-feira-santa
		2010-04-21 br.tiradentes
		2010-05-01 br.dia-do-trabalhador
		2010-09-07 br.independencia
		2010-09-20 br-rs.dia-do-gaucho
		2010-10-12 br.nossa-senhora-aparecida
		2010-11-02 br.finados
		2010-11-15 br.proclamacao-da-republica
		2010-12-25 br.natal
	`)
	// Paraná: 19 December, Emancipação Política, the data magna.
	expectYear(t, "BR-PR", 2025, nil, `
		2025-01-01 br.confraternizacao-universal
		2025-04-18 br.sexta-feira-santa
		2025-04-21 br.tiradentes
		2025-05-01 br.dia-do-trabalhador
		2025-09-07 br.independencia
		2025-10-12 br.nossa-senhora-aparecida
		2025-11-02 br.finados
		2025-11-15 br.proclamacao-da-republica
		2025-11-20 br.consciencia-negra
		2025-12-19 br-pr.emancipacao-do-parana
		2025-12-25 br.natal
	`)
	expectYear(t, "BR-PR", 2010, nil, `
		2010-01-01 br.confraternizacao-universal
		2010-04-02 br.sexta-feira-santa
		2010-04-21 br.tiradentes
		2010-05-01 br.dia-do-trabalhador
		2010-09-07 br.independencia
		2010-10-12 br.nossa-senhora-aparecida
		2010-11-02 br.finados
		2010-11-15 br.proclamacao-da-republica
		2010-12-19 br-pr.emancipacao-do-parana
		2010-12-25 br.natal
	`)
	// Bahia: 2 July, Independência da Bahia, the data magna (Constituição do
	// Estado da Bahia, art. 6).
	expectYear(t, "BR-BA", 2025, nil, `
		2025-01-01 br.confraternizacao-universal
		2025-04-18 br.sexta-feira-santa
		2025-04-21 br.tiradentes
		2025-05-01 br.dia-do-trabalhador
		2025-07-02 br-ba.independencia-da-bahia
		2025-09-07 br.independencia
		2025-10-12 br.nossa-senhora-aparecida
		2025-11-02 br.finados
		2025-11-15 br.proclamacao-da-republica
		2025-11-20 br.consciencia-negra
		2025-12-25 br.natal
	`)
	expectYear(t, "BR-BA", 2010, nil, `
		2010-01-01 br.confraternizacao-universal
		2010-04-02 br.sexta-feira-santa
		2010-04-21 br.tiradentes
		2010-05-01 br.dia-do-trabalhador
		2010-07-02 br-ba.independencia-da-bahia
		2010-09-07 br.independencia
		2010-10-12 br.nossa-senhora-aparecida
		2010-11-02 br.finados
		2010-11-15 br.proclamacao-da-republica
		2010-12-25 br.natal
	`)
	// Pernambuco: 6 March 2025 (Lei Estadual 16.059 of 8 June 2017, a holiday
	// on the day from 2018: Folha de Pernambuco, "Feriado estadual da
	// Revolução Pernambucana começa a valer este ano", February 2018); in 2010
	// the first Sunday of March, 7 March (the amendment of 18 June 2009:
	// Portal do Moxotó, "Feriado da Revolução Pernambucana vai para um
	// domingo", March 2010).
	expectYear(t, "BR-PE", 2025, nil, `
		2025-01-01 br.confraternizacao-universal
		2025-03-06 br-pe.revolucao-pernambucana
		2025-04-18 br.sexta-feira-santa
		2025-04-21 br.tiradentes
		2025-05-01 br.dia-do-trabalhador
		2025-09-07 br.independencia
		2025-10-12 br.nossa-senhora-aparecida
		2025-11-02 br.finados
		2025-11-15 br.proclamacao-da-republica
		2025-11-20 br.consciencia-negra
		2025-12-25 br.natal
	`)
	expectYear(t, "BR-PE", 2010, nil, `
		2010-01-01 br.confraternizacao-universal
		2010-03-07 br-pe.revolucao-pernambucana
		2010-04-02 br.sexta-feira-santa
		2010-04-21 br.tiradentes
		2010-05-01 br.dia-do-trabalhador
		2010-09-07 br.independencia
		2010-10-12 br.nossa-senhora-aparecida
		2010-11-02 br.finados
		2010-11-15 br.proclamacao-da-republica
		2010-12-25 br.natal
	`)
	// Ceará: the data magna, 25 March, a state holiday by the law of 6
	// December 2011 (O Povo, 5 March 2025; g1 Ceará, 10 March 2026: São José a
	// ponto facultativo of the state service, a holiday only in Fortaleza and
	// other municipalities, so Optional here); none in 2010.
	expectYear(t, "BR-CE", 2025, nil, `
		2025-01-01 br.confraternizacao-universal
		2025-03-25 br-ce.data-magna
		2025-04-18 br.sexta-feira-santa
		2025-04-21 br.tiradentes
		2025-05-01 br.dia-do-trabalhador
		2025-09-07 br.independencia
		2025-10-12 br.nossa-senhora-aparecida
		2025-11-02 br.finados
		2025-11-15 br.proclamacao-da-republica
		2025-11-20 br.consciencia-negra
		2025-12-25 br.natal
	`)
	expectYear(t, "BR-CE", 2010, nil, `
		2010-01-01 br.confraternizacao-universal
		2010-04-02 br.sexta-feira-santa
		2010-04-21 br.tiradentes
		2010-05-01 br.dia-do-trabalhador
		2010-09-07 br.independencia
		2010-10-12 br.nossa-senhora-aparecida
		2010-11-02 br.finados
		2010-11-15 br.proclamacao-da-republica
		2010-12-25 br.natal
	`)
	// Distrito Federal: Fundação de Brasília (21 April) and Dia do Evangélico
	// (30 November, Lei Distrital 963/1995).
	expectYear(t, "BR-DF", 2025, nil, `
		2025-01-01 br.confraternizacao-universal
		2025-04-18 br.sexta-feira-santa
		2025-04-21 br-df.fundacao-de-brasilia
		2025-04-21 br.tiradentes
		2025-05-01 br.dia-do-trabalhador
		2025-09-07 br.independencia
		2025-10-12 br.nossa-senhora-aparecida
		2025-11-02 br.finados
		2025-11-15 br.proclamacao-da-republica
		2025-11-20 br.consciencia-negra
		2025-11-30 br-df.dia-do-evangelico
		2025-12-25 br.natal
	`)
	expectYear(t, "BR-DF", 2010, nil, `
		2010-01-01 br.confraternizacao-universal
		2010-04-02 br.sexta-feira-santa
		2010-04-21 br-df.fundacao-de-brasilia
		2010-04-21 br.tiradentes
		2010-05-01 br.dia-do-trabalhador
		2010-09-07 br.independencia
		2010-10-12 br.nossa-senhora-aparecida
		2010-11-02 br.finados
		2010-11-15 br.proclamacao-da-republica
		2010-11-30 br-df.dia-do-evangelico
		2010-12-25 br.natal
	`)
	// Santa Catarina: 11 August, the data magna, moved to the next Sunday (17
	// August 2025, 13 August 2017: the governor's decrees of the holidays of
	// 2025 (Decreto 840/2025) and 2017 (Diário da Jaraguá, 2 February 2017);
	// 14 August 2022 in the Sindilojas SC calendar). 25 November is in none of
	// these calendars (see br.go); 2010 is not checked against a calendar of
	// that year.
	expectYear(t, "BR-SC", 2025, nil, `
		2025-01-01 br.confraternizacao-universal
		2025-04-18 br.sexta-feira-santa
		2025-04-21 br.tiradentes
		2025-05-01 br.dia-do-trabalhador
		2025-08-17 br-sc.dia-do-estado
		2025-09-07 br.independencia
		2025-10-12 br.nossa-senhora-aparecida
		2025-11-02 br.finados
		2025-11-15 br.proclamacao-da-republica
		2025-11-20 br.consciencia-negra
		2025-12-25 br.natal
	`)
	expectYear(t, "BR-SC", 2010, nil, `
		2010-01-01 br.confraternizacao-universal
		2010-04-02 br.sexta-feira-santa
		2010-04-21 br.tiradentes
		2010-05-01 br.dia-do-trabalhador
		2010-08-15 br-sc.dia-do-estado
		2010-09-07 br.independencia
		2010-10-12 br.nossa-senhora-aparecida
		2010-11-02 br.finados
		2010-11-15 br.proclamacao-da-republica
		2010-11-28 br-sc.santa-catarina-de-alexandria
		2010-12-25 br.natal
	`)
	expectYear(t, "BR-SC", 2017, nil, `
		2017-01-01 br.confraternizacao-universal
		2017-04-14 br.sexta-feira-santa
		2017-04-21 br.tiradentes
		2017-05-01 br.dia-do-trabalhador
		2017-08-13 br-sc.dia-do-estado
		2017-09-07 br.independencia
		2017-10-12 br.nossa-senhora-aparecida
		2017-11-02 br.finados
		2017-11-15 br.proclamacao-da-republica
		2017-12-25 br.natal
	`)
	// Goiás: Fundação da Cidade de Goiás, 26 July (a state holiday: the state
	// decree 8.694 moved it to 25 July for the state service in one year), and
	// 24 October (Pedra fundamental de Goiânia; whether it is a state
	// holiday or Goiânia's own is not settled by the sources at hand).
	expectYear(t, "BR-GO", 2025, nil, `
		2025-01-01 br.confraternizacao-universal
		2025-04-18 br.sexta-feira-santa
		2025-04-21 br.tiradentes
		2025-05-01 br.dia-do-trabalhador
		2025-07-26 br-go.fundacao-da-cidade-de-goias
		2025-09-07 br.independencia
		2025-10-12 br.nossa-senhora-aparecida
		2025-10-24 br-go.pedra-fundamental-de-goiania
		2025-11-02 br.finados
		2025-11-15 br.proclamacao-da-republica
		2025-11-20 br.consciencia-negra
		2025-12-25 br.natal
	`)
	expectYear(t, "BR-GO", 2010, nil, `
		2010-01-01 br.confraternizacao-universal
		2010-04-02 br.sexta-feira-santa
		2010-04-21 br.tiradentes
		2010-05-01 br.dia-do-trabalhador
		2010-07-26 br-go.fundacao-da-cidade-de-goias
		2010-09-07 br.independencia
		2010-10-12 br.nossa-senhora-aparecida
		2010-10-24 br-go.pedra-fundamental-de-goiania
		2010-11-02 br.finados
		2010-11-15 br.proclamacao-da-republica
		2010-12-25 br.natal
	`)
	// Pará: Adesão do Grão-Pará, 15 August (state holiday in the state's
	// calendar of 2025 as reported by Plox, 22 April 2025).
	expectYear(t, "BR-PA", 2025, nil, `
		2025-01-01 br.confraternizacao-universal
		2025-04-18 br.sexta-feira-santa
		2025-04-21 br.tiradentes
		2025-05-01 br.dia-do-trabalhador
		2025-08-15 br-pa.adesao-do-grao-para
		2025-09-07 br.independencia
		2025-10-12 br.nossa-senhora-aparecida
		2025-11-02 br.finados
		2025-11-15 br.proclamacao-da-republica
		2025-11-20 br.consciencia-negra
		2025-12-25 br.natal
	`)
	expectYear(t, "BR-PA", 2010, nil, `
		2010-01-01 br.confraternizacao-universal
		2010-04-02 br.sexta-feira-santa
		2010-04-21 br.tiradentes
		2010-05-01 br.dia-do-trabalhador
		2010-08-15 br-pa.adesao-do-grao-para
		2010-09-07 br.independencia
		2010-10-12 br.nossa-senhora-aparecida
		2010-11-02 br.finados
		2010-11-15 br.proclamacao-da-republica
		2010-12-25 br.natal
	`)
	// Espírito Santo: Nossa Senhora da Penha, eight days after Easter, from
	// 2020 (Lei Estadual 11.010/2019; 28 April 2025 in the municipality of
	// Anchieta's calendar, Decreto 6.000/2024); none in 2010.
	expectYear(t, "BR-ES", 2025, nil, `
		2025-01-01 br.confraternizacao-universal
		2025-04-18 br.sexta-feira-santa
		2025-04-21 br.tiradentes
		2025-04-28 br-es.nossa-senhora-da-penha
		2025-05-01 br.dia-do-trabalhador
		2025-09-07 br.independencia
		2025-10-12 br.nossa-senhora-aparecida
		2025-11-02 br.finados
		2025-11-15 br.proclamacao-da-republica
		2025-11-20 br.consciencia-negra
		2025-12-25 br.natal
	`)
	expectYear(t, "BR-ES", 2010, nil, `
		2010-01-01 br.confraternizacao-universal
		2010-04-02 br.sexta-feira-santa
		2010-04-21 br.tiradentes
		2010-05-01 br.dia-do-trabalhador
		2010-09-07 br.independencia
		2010-10-12 br.nossa-senhora-aparecida
		2010-11-02 br.finados
		2010-11-15 br.proclamacao-da-republica
		2010-12-25 br.natal
	`)
	// Amazonas: Elevação do Amazonas, 5 September; Consciência Negra a state
	// holiday from 2010 (one of the six states with the state holiday before
	// it became national: Correio, 20 November 2019).
	expectYear(t, "BR-AM", 2025, nil, `
		2025-01-01 br.confraternizacao-universal
		2025-04-18 br.sexta-feira-santa
		2025-04-21 br.tiradentes
		2025-05-01 br.dia-do-trabalhador
		2025-09-05 br-am.elevacao-do-amazonas
		2025-09-07 br.independencia
		2025-10-12 br.nossa-senhora-aparecida
		2025-11-02 br.finados
		2025-11-15 br.proclamacao-da-republica
		2025-11-20 br.consciencia-negra
		2025-12-25 br.natal
	`)
	expectYear(t, "BR-AM", 2010, nil, `
		2010-01-01 br.confraternizacao-universal
		2010-04-02 br.sexta-feira-santa
		2010-04-21 br.tiradentes
		2010-05-01 br.dia-do-trabalhador
		2010-09-05 br-am.elevacao-do-amazonas
		2010-09-07 br.independencia
		2010-10-12 br.nossa-senhora-aparecida
		2010-11-02 br.finados
		2010-11-15 br.proclamacao-da-republica
		2010-11-20 br-am.consciencia-negra
		2010-12-25 br.natal
	`)
	// Maranhão: Adesão do Maranhão, 28 July.
	expectYear(t, "BR-MA", 2025, nil, `
		2025-01-01 br.confraternizacao-universal
		2025-04-18 br.sexta-feira-santa
		2025-04-21 br.tiradentes
		2025-05-01 br.dia-do-trabalhador
		2025-07-28 br-ma.adesao-do-maranhao
		2025-09-07 br.independencia
		2025-10-12 br.nossa-senhora-aparecida
		2025-11-02 br.finados
		2025-11-15 br.proclamacao-da-republica
		2025-11-20 br.consciencia-negra
		2025-12-25 br.natal
	`)
	expectYear(t, "BR-MA", 2010, nil, `
		2010-01-01 br.confraternizacao-universal
		2010-04-02 br.sexta-feira-santa
		2010-04-21 br.tiradentes
		2010-05-01 br.dia-do-trabalhador
		2010-07-28 br-ma.adesao-do-maranhao
		2010-09-07 br.independencia
		2010-10-12 br.nossa-senhora-aparecida
		2010-11-02 br.finados
		2010-11-15 br.proclamacao-da-republica
		2010-12-25 br.natal
	`)
	// Paraíba: Fundação do Estado, 5 August.
	expectYear(t, "BR-PB", 2025, nil, `
		2025-01-01 br.confraternizacao-universal
		2025-04-18 br.sexta-feira-santa
		2025-04-21 br.tiradentes
		2025-05-01 br.dia-do-trabalhador
		2025-08-05 br-pb.fundacao-do-estado
		2025-09-07 br.independencia
		2025-10-12 br.nossa-senhora-aparecida
		2025-11-02 br.finados
		2025-11-15 br.proclamacao-da-republica
		2025-11-20 br.consciencia-negra
		2025-12-25 br.natal
	`)
	expectYear(t, "BR-PB", 2010, nil, `
		2010-01-01 br.confraternizacao-universal
		2010-04-02 br.sexta-feira-santa
		2010-04-21 br.tiradentes
		2010-05-01 br.dia-do-trabalhador
		2010-08-05 br-pb.fundacao-do-estado
		2010-09-07 br.independencia
		2010-10-12 br.nossa-senhora-aparecida
		2010-11-02 br.finados
		2010-11-15 br.proclamacao-da-republica
		2010-12-25 br.natal
	`)
	// Rio Grande do Norte: Mártires de Cunhaú e Uruaçu, 3 October, a state
	// holiday since 2006 (the state's Decreto 34.300/2025, as g1 RN reported
	// it on 15 January 2025, has it as the only state holiday).
	expectYear(t, "BR-RN", 2025, nil, `
		2025-01-01 br.confraternizacao-universal
		2025-04-18 br.sexta-feira-santa
		2025-04-21 br.tiradentes
		2025-05-01 br.dia-do-trabalhador
		2025-09-07 br.independencia
		2025-10-03 br-rn.martires-de-cunhau-e-uruacu
		2025-10-12 br.nossa-senhora-aparecida
		2025-11-02 br.finados
		2025-11-15 br.proclamacao-da-republica
		2025-11-20 br.consciencia-negra
		2025-12-25 br.natal
	`)
	expectYear(t, "BR-RN", 2010, nil, `
		2010-01-01 br.confraternizacao-universal
		2010-04-02 br.sexta-feira-santa
		2010-04-21 br.tiradentes
		2010-05-01 br.dia-do-trabalhador
		2010-09-07 br.independencia
		2010-10-03 br-rn.martires-de-cunhau-e-uruacu
		2010-10-12 br.nossa-senhora-aparecida
		2010-11-02 br.finados
		2010-11-15 br.proclamacao-da-republica
		2010-12-25 br.natal
	`)
	// Alagoas: São João, São Pedro, Emancipação Política (16 September),
	// Consciência Negra (state, national from 2024) and Dia do Evangélico (30
	// November, from 2013): the state holidays the municipality of Arapiraca
	// lists for 2025 (Decreto 2.956/2024).
	expectYear(t, "BR-AL", 2025, nil, `
		2025-01-01 br.confraternizacao-universal
		2025-04-18 br.sexta-feira-santa
		2025-04-21 br.tiradentes
		2025-05-01 br.dia-do-trabalhador
		2025-06-24 br-al.sao-joao
		2025-06-29 br-al.sao-pedro
		2025-09-07 br.independencia
		2025-09-16 br-al.emancipacao-de-alagoas
		2025-10-12 br.nossa-senhora-aparecida
		2025-11-02 br.finados
		2025-11-15 br.proclamacao-da-republica
		2025-11-20 br.consciencia-negra
		2025-11-30 br-al.dia-do-evangelico
		2025-12-25 br.natal
	`)
	expectYear(t, "BR-AL", 2010, nil, `
		2010-01-01 br.confraternizacao-universal
		2010-04-02 br.sexta-feira-santa
		2010-04-21 br.tiradentes
		2010-05-01 br.dia-do-trabalhador
		2010-06-24 br-al.sao-joao
		2010-06-29 br-al.sao-pedro
		2010-09-07 br.independencia
		2010-09-16 br-al.emancipacao-de-alagoas
		2010-10-12 br.nossa-senhora-aparecida
		2010-11-02 br.finados
		2010-11-15 br.proclamacao-da-republica
		2010-11-20 br-al.consciencia-negra
		2010-12-25 br.natal
	`)
	// Mato Grosso: Consciência Negra, a state holiday from 2003 (national from
	// 2024).
	expectYear(t, "BR-MT", 2025, nil, `
		2025-01-01 br.confraternizacao-universal
		2025-04-18 br.sexta-feira-santa
		2025-04-21 br.tiradentes
		2025-05-01 br.dia-do-trabalhador
		2025-09-07 br.independencia
		2025-10-12 br.nossa-senhora-aparecida
		2025-11-02 br.finados
		2025-11-15 br.proclamacao-da-republica
		2025-11-20 br.consciencia-negra
		2025-12-25 br.natal
	`)
	expectYear(t, "BR-MT", 2010, nil, `
		2010-01-01 br.confraternizacao-universal
		2010-04-02 br.sexta-feira-santa
		2010-04-21 br.tiradentes
		2010-05-01 br.dia-do-trabalhador
		2010-09-07 br.independencia
		2010-10-12 br.nossa-senhora-aparecida
		2010-11-02 br.finados
		2010-11-15 br.proclamacao-da-republica
		2010-11-20 br-mt.consciencia-negra
		2010-12-25 br.natal
	`)
	// Mato Grosso do Sul: Criação do Estado, 11 October.
	expectYear(t, "BR-MS", 2025, nil, `
		2025-01-01 br.confraternizacao-universal
		2025-04-18 br.sexta-feira-santa
		2025-04-21 br.tiradentes
		2025-05-01 br.dia-do-trabalhador
		2025-09-07 br.independencia
		2025-10-11 br-ms.criacao-do-estado
		2025-10-12 br.nossa-senhora-aparecida
		2025-11-02 br.finados
		2025-11-15 br.proclamacao-da-republica
		2025-11-20 br.consciencia-negra
		2025-12-25 br.natal
	`)
	expectYear(t, "BR-MS", 2010, nil, `
		2010-01-01 br.confraternizacao-universal
		2010-04-02 br.sexta-feira-santa
		2010-04-21 br.tiradentes
		2010-05-01 br.dia-do-trabalhador
		2010-09-07 br.independencia
		2010-10-11 br-ms.criacao-do-estado
		2010-10-12 br.nossa-senhora-aparecida
		2010-11-02 br.finados
		2010-11-15 br.proclamacao-da-republica
		2010-12-25 br.natal
	`)
	// Piauí: Dia do Piauí, 19 October, the only state holiday in the
	// governor's Decreto 23.520 (2025); the Batalha do Jenipapo (13 March)
	// some lists show is not one (g1 Piauí, 2 March 2026: no state holiday in
	// March).
	expectYear(t, "BR-PI", 2025, nil, `
		2025-01-01 br.confraternizacao-universal
		2025-04-18 br.sexta-feira-santa
		2025-04-21 br.tiradentes
		2025-05-01 br.dia-do-trabalhador
		2025-09-07 br.independencia
		2025-10-12 br.nossa-senhora-aparecida
		2025-10-19 br-pi.dia-do-piaui
		2025-11-02 br.finados
		2025-11-15 br.proclamacao-da-republica
		2025-11-20 br.consciencia-negra
		2025-12-25 br.natal
	`)
	expectYear(t, "BR-PI", 2010, nil, `
		2010-01-01 br.confraternizacao-universal
		2010-04-02 br.sexta-feira-santa
		2010-04-21 br.tiradentes
		2010-05-01 br.dia-do-trabalhador
		2010-09-07 br.independencia
		2010-10-12 br.nossa-senhora-aparecida
		2010-10-19 br-pi.dia-do-piaui
		2010-11-02 br.finados
		2010-11-15 br.proclamacao-da-republica
		2010-12-25 br.natal
	`)
	// Sergipe: Emancipação Política, 8 July.
	expectYear(t, "BR-SE", 2025, nil, `
		2025-01-01 br.confraternizacao-universal
		2025-04-18 br.sexta-feira-santa
		2025-04-21 br.tiradentes
		2025-05-01 br.dia-do-trabalhador
		2025-07-08 br-se.emancipacao-de-sergipe
		2025-09-07 br.independencia
		2025-10-12 br.nossa-senhora-aparecida
		2025-11-02 br.finados
		2025-11-15 br.proclamacao-da-republica
		2025-11-20 br.consciencia-negra
		2025-12-25 br.natal
	`)
	expectYear(t, "BR-SE", 2010, nil, `
		2010-01-01 br.confraternizacao-universal
		2010-04-02 br.sexta-feira-santa
		2010-04-21 br.tiradentes
		2010-05-01 br.dia-do-trabalhador
		2010-07-08 br-se.emancipacao-de-sergipe
		2010-09-07 br.independencia
		2010-10-12 br.nossa-senhora-aparecida
		2010-11-02 br.finados
		2010-11-15 br.proclamacao-da-republica
		2010-12-25 br.natal
	`)
	// Rondônia: Criação do Estado (4 January) and Dia do Evangélico (18 June,
	// from 2002).
	expectYear(t, "BR-RO", 2025, nil, `
		2025-01-01 br.confraternizacao-universal
		2025-01-04 br-ro.criacao-do-estado
		2025-04-18 br.sexta-feira-santa
		2025-04-21 br.tiradentes
		2025-05-01 br.dia-do-trabalhador
		2025-06-18 br-ro.dia-do-evangelico
		2025-09-07 br.independencia
		2025-10-12 br.nossa-senhora-aparecida
		2025-11-02 br.finados
		2025-11-15 br.proclamacao-da-republica
		2025-11-20 br.consciencia-negra
		2025-12-25 br.natal
	`)
	expectYear(t, "BR-RO", 2010, nil, `
		2010-01-01 br.confraternizacao-universal
		2010-01-04 br-ro.criacao-do-estado
		2010-04-02 br.sexta-feira-santa
		2010-04-21 br.tiradentes
		2010-05-01 br.dia-do-trabalhador
		2010-06-18 br-ro.dia-do-evangelico
		2010-09-07 br.independencia
		2010-10-12 br.nossa-senhora-aparecida
		2010-11-02 br.finados
		2010-11-15 br.proclamacao-da-republica
		2010-12-25 br.natal
	`)
	// Tocantins: Autonomia (18 March, from 1998), Nossa Senhora da Natividade
	// (8 September), Criação do Estado (5 October).
	expectYear(t, "BR-TO", 2025, nil, `
		2025-01-01 br.confraternizacao-universal
		2025-03-18 br-to.dia-da-autonomia
		2025-04-18 br.sexta-feira-santa
		2025-04-21 br.tiradentes
		2025-05-01 br.dia-do-trabalhador
		2025-09-07 br.independencia
		2025-09-08 br-to.nossa-senhora-da-natividade
		2025-10-05 br-to.criacao-do-estado
		2025-10-12 br.nossa-senhora-aparecida
		2025-11-02 br.finados
		2025-11-15 br.proclamacao-da-republica
		2025-11-20 br.consciencia-negra
		2025-12-25 br.natal
	`)
	expectYear(t, "BR-TO", 2010, nil, `
		2010-01-01 br.confraternizacao-universal
		2010-03-18 br-to.dia-da-autonomia
		2010-04-02 br.sexta-feira-santa
		2010-04-21 br.tiradentes
		2010-05-01 br.dia-do-trabalhador
		2010-09-07 br.independencia
		2010-09-08 br-to.nossa-senhora-da-natividade
		2010-10-05 br-to.criacao-do-estado
		2010-10-12 br.nossa-senhora-aparecida
		2010-11-02 br.finados
		2010-11-15 br.proclamacao-da-republica
		2010-12-25 br.natal
	`)
	// Amapá: São José (19 March, the state's patron, a state and Macapá
	// holiday: g1 Amapá, 18 March 2022 and 16 March 2024), the data magna
	// (13 September, the creation of the Territory by Decreto-Lei 5.812 of
	// 1943), Consciência Negra (state from 2008); São Tiago (25 July) only
	// 2012–2018 (Seles Nafes, 25 July 2023: Lei 1.696/2012,
	// unconstitutional by the Supreme Court in September 2018).
	expectYear(t, "BR-AP", 2025, nil, `
		2025-01-01 br.confraternizacao-universal
		2025-03-19 br-ap.sao-jose
		2025-04-18 br.sexta-feira-santa
		2025-04-21 br.tiradentes
		2025-05-01 br.dia-do-trabalhador
		2025-09-07 br.independencia
		2025-09-13 br-ap.criacao-do-territorio
		2025-10-12 br.nossa-senhora-aparecida
		2025-11-02 br.finados
		2025-11-15 br.proclamacao-da-republica
		2025-11-20 br.consciencia-negra
		2025-12-25 br.natal
	`)
	expectYear(t, "BR-AP", 2010, nil, `
		2010-01-01 br.confraternizacao-universal
		2010-03-19 br-ap.sao-jose
		2010-04-02 br.sexta-feira-santa
		2010-04-21 br.tiradentes
		2010-05-01 br.dia-do-trabalhador
		2010-09-07 br.independencia
		2010-09-13 br-ap.criacao-do-territorio
		2010-10-12 br.nossa-senhora-aparecida
		2010-11-02 br.finados
		2010-11-15 br.proclamacao-da-republica
		2010-11-20 br-ap.consciencia-negra
		2010-12-25 br.natal
	`)
	// Roraima: Criação do Estado, 5 October.
	expectYear(t, "BR-RR", 2025, nil, `
		2025-01-01 br.confraternizacao-universal
		2025-04-18 br.sexta-feira-santa
		2025-04-21 br.tiradentes
		2025-05-01 br.dia-do-trabalhador
		2025-09-07 br.independencia
		2025-10-05 br-rr.criacao-do-estado
		2025-10-12 br.nossa-senhora-aparecida
		2025-11-02 br.finados
		2025-11-15 br.proclamacao-da-republica
		2025-11-20 br.consciencia-negra
		2025-12-25 br.natal
	`)
	expectYear(t, "BR-RR", 2010, nil, `
		2010-01-01 br.confraternizacao-universal
		2010-04-02 br.sexta-feira-santa
		2010-04-21 br.tiradentes
		2010-05-01 br.dia-do-trabalhador
		2010-09-07 br.independencia
		2010-10-05 br-rr.criacao-do-estado
		2010-10-12 br.nossa-senhora-aparecida
		2010-11-02 br.finados
		2010-11-15 br.proclamacao-da-republica
		2010-12-25 br.natal
	`)
}
