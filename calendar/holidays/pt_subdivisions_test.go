package holidays

import "testing"

// Portugal's districts, municipalities and autonomous regions in the
// package: the feriados obrigatórios of Código do Trabalho art. 234
// (Lei 8/2016: 1 January, Good Friday, Easter Sunday, 25 April, 1 May,
// Corpus Christi, 10 June, 15 August, 5 October, 1 November, 1, 8 and
// 25 December; Corpus Christi, 5 October, 1 November and 1 December
// suspended 2013–2015 by Lei 23/2012, as the 2014 lists show), and the
// regional and municipal days: Azores, Whit Monday (Decreto Regional
// 13/80/A); Madeira, 1 July (Decreto Regional 27/79/M), 26 December from
// 2002 (Decreto Legislativo Regional 18/2002/M) and 2 April from 2025
// (Decreto Legislativo Regional 17/2024/M, RTP 16 December 2024); Lisbon
// 13 June and Porto 24 June (the municipal holidays, e.g. SAPO 24's 2024
// list). Public days only: Carnival is Optional (pt.go).
func TestPortugalRegions(t *testing.T) {
	expectYear(t, "PT-11", 2025, nil, `
		2025-01-01 pt.ano-novo
		2025-04-18 pt.sexta-feira-santa
		2025-04-20 pt.pascoa
		2025-04-25 pt.dia-da-liberdade
		2025-05-01 pt.dia-do-trabalhador
		2025-06-10 pt.dia-de-portugal
		2025-06-19 pt.corpo-de-deus
		2025-08-15 pt.assuncao
		2025-10-05 pt.implantacao-da-republica
		2025-11-01 pt.todos-os-santos
		2025-12-01 pt.restauracao-da-independencia
		2025-12-08 pt.imaculada-conceicao
		2025-12-25 pt.natal`)
	expectYear(t, "PT-11", 2014, nil, `
		2014-01-01 pt.ano-novo
		2014-04-18 pt.sexta-feira-santa
		2014-04-20 pt.pascoa
		2014-04-25 pt.dia-da-liberdade
		2014-05-01 pt.dia-do-trabalhador
		2014-06-10 pt.dia-de-portugal
		2014-08-15 pt.assuncao
		2014-12-08 pt.imaculada-conceicao
		2014-12-25 pt.natal`)
	expectYear(t, "PT-11-LISBOA", 2025, nil, `
		2025-01-01 pt.ano-novo
		2025-04-18 pt.sexta-feira-santa
		2025-04-20 pt.pascoa
		2025-04-25 pt.dia-da-liberdade
		2025-05-01 pt.dia-do-trabalhador
		2025-06-10 pt.dia-de-portugal
		2025-06-13 pt-11-lisboa.santo-antonio
		2025-06-19 pt.corpo-de-deus
		2025-08-15 pt.assuncao
		2025-10-05 pt.implantacao-da-republica
		2025-11-01 pt.todos-os-santos
		2025-12-01 pt.restauracao-da-independencia
		2025-12-08 pt.imaculada-conceicao
		2025-12-25 pt.natal`)
	expectYear(t, "PT-11-LISBOA", 2014, nil, `
		2014-01-01 pt.ano-novo
		2014-04-18 pt.sexta-feira-santa
		2014-04-20 pt.pascoa
		2014-04-25 pt.dia-da-liberdade
		2014-05-01 pt.dia-do-trabalhador
		2014-06-10 pt.dia-de-portugal
		2014-06-13 pt-11-lisboa.santo-antonio
		2014-08-15 pt.assuncao
		2014-12-08 pt.imaculada-conceicao
		2014-12-25 pt.natal`)
	expectYear(t, "PT-13", 2025, nil, `
		2025-01-01 pt.ano-novo
		2025-04-18 pt.sexta-feira-santa
		2025-04-20 pt.pascoa
		2025-04-25 pt.dia-da-liberdade
		2025-05-01 pt.dia-do-trabalhador
		2025-06-10 pt.dia-de-portugal
		2025-06-19 pt.corpo-de-deus
		2025-08-15 pt.assuncao
		2025-10-05 pt.implantacao-da-republica
		2025-11-01 pt.todos-os-santos
		2025-12-01 pt.restauracao-da-independencia
		2025-12-08 pt.imaculada-conceicao
		2025-12-25 pt.natal`)
	expectYear(t, "PT-13", 2014, nil, `
		2014-01-01 pt.ano-novo
		2014-04-18 pt.sexta-feira-santa
		2014-04-20 pt.pascoa
		2014-04-25 pt.dia-da-liberdade
		2014-05-01 pt.dia-do-trabalhador
		2014-06-10 pt.dia-de-portugal
		2014-08-15 pt.assuncao
		2014-12-08 pt.imaculada-conceicao
		2014-12-25 pt.natal`)
	expectYear(t, "PT-13-PORTO", 2025, nil, `
		2025-01-01 pt.ano-novo
		2025-04-18 pt.sexta-feira-santa
		2025-04-20 pt.pascoa
		2025-04-25 pt.dia-da-liberdade
		2025-05-01 pt.dia-do-trabalhador
		2025-06-10 pt.dia-de-portugal
		2025-06-19 pt.corpo-de-deus
		2025-06-24 pt-13-porto.sao-joao
		2025-08-15 pt.assuncao
		2025-10-05 pt.implantacao-da-republica
		2025-11-01 pt.todos-os-santos
		2025-12-01 pt.restauracao-da-independencia
		2025-12-08 pt.imaculada-conceicao
		2025-12-25 pt.natal`)
	expectYear(t, "PT-13-PORTO", 2014, nil, `
		2014-01-01 pt.ano-novo
		2014-04-18 pt.sexta-feira-santa
		2014-04-20 pt.pascoa
		2014-04-25 pt.dia-da-liberdade
		2014-05-01 pt.dia-do-trabalhador
		2014-06-10 pt.dia-de-portugal
		2014-06-24 pt-13-porto.sao-joao
		2014-08-15 pt.assuncao
		2014-12-08 pt.imaculada-conceicao
		2014-12-25 pt.natal`)
	expectYear(t, "PT-20", 2025, nil, `
		2025-01-01 pt.ano-novo
		2025-04-18 pt.sexta-feira-santa
		2025-04-20 pt.pascoa
		2025-04-25 pt.dia-da-liberdade
		2025-05-01 pt.dia-do-trabalhador
		2025-06-09 pt-20.dia-dos-acores
		2025-06-10 pt.dia-de-portugal
		2025-06-19 pt.corpo-de-deus
		2025-08-15 pt.assuncao
		2025-10-05 pt.implantacao-da-republica
		2025-11-01 pt.todos-os-santos
		2025-12-01 pt.restauracao-da-independencia
		2025-12-08 pt.imaculada-conceicao
		2025-12-25 pt.natal`)
	expectYear(t, "PT-20", 2014, nil, `
		2014-01-01 pt.ano-novo
		2014-04-18 pt.sexta-feira-santa
		2014-04-20 pt.pascoa
		2014-04-25 pt.dia-da-liberdade
		2014-05-01 pt.dia-do-trabalhador
		2014-06-09 pt-20.dia-dos-acores
		2014-06-10 pt.dia-de-portugal
		2014-08-15 pt.assuncao
		2014-12-08 pt.imaculada-conceicao
		2014-12-25 pt.natal`)
	expectYear(t, "PT-30", 2025, nil, `
		2025-01-01 pt.ano-novo
		2025-04-02 pt-30.dia-da-autonomia
		2025-04-18 pt.sexta-feira-santa
		2025-04-20 pt.pascoa
		2025-04-25 pt.dia-da-liberdade
		2025-05-01 pt.dia-do-trabalhador
		2025-06-10 pt.dia-de-portugal
		2025-06-19 pt.corpo-de-deus
		2025-07-01 pt-30.dia-da-madeira
		2025-08-15 pt.assuncao
		2025-10-05 pt.implantacao-da-republica
		2025-11-01 pt.todos-os-santos
		2025-12-01 pt.restauracao-da-independencia
		2025-12-08 pt.imaculada-conceicao
		2025-12-25 pt.natal
		2025-12-26 pt-30.primeira-oitava`)
	expectYear(t, "PT-30", 2014, nil, `
		2014-01-01 pt.ano-novo
		2014-04-18 pt.sexta-feira-santa
		2014-04-20 pt.pascoa
		2014-04-25 pt.dia-da-liberdade
		2014-05-01 pt.dia-do-trabalhador
		2014-06-10 pt.dia-de-portugal
		2014-07-01 pt-30.dia-da-madeira
		2014-08-15 pt.assuncao
		2014-12-08 pt.imaculada-conceicao
		2014-12-25 pt.natal
		2014-12-26 pt-30.primeira-oitava`)
	// Madeira before the 2002 decree: 26 December was customary only.
	expectYear(t, "PT-30", 2001, nil, `
		2001-01-01 pt.ano-novo
		2001-04-13 pt.sexta-feira-santa
		2001-04-15 pt.pascoa
		2001-04-25 pt.dia-da-liberdade
		2001-05-01 pt.dia-do-trabalhador
		2001-06-10 pt.dia-de-portugal
		2001-06-14 pt.corpo-de-deus
		2001-07-01 pt-30.dia-da-madeira
		2001-08-15 pt.assuncao
		2001-10-05 pt.implantacao-da-republica
		2001-11-01 pt.todos-os-santos
		2001-12-01 pt.restauracao-da-independencia
		2001-12-08 pt.imaculada-conceicao
		2001-12-25 pt.natal`)
}
