package holidays

import (
	"time"

	"github.com/rickb777/date/v2"
)

// brazil: Lei 662/1949 as amended by Lei 10.607/2002 (national holidays),
// Lei 6.802/1980 (Nossa Senhora Aparecida, 12 October), Lei 14.759/2023
// (Dia Nacional de Zumbi e da Consciência Negra, 20 November, national from
// 2024, before a holiday in some states). Good Friday is a religious
// holiday the municipalities declare (Lei 9.093/1995 art. 2), in practice
// everywhere: Public here. Carnival (Monday and Tuesday), Ash Wednesday
// (until 2 p.m.), Corpus Christi and the federal servants' day (28
// October) are "pontos facultativos" of the federal administration
// (Portaria of the Ministério da Gestão each year): Optional; 24 and 31
// December from 2 p.m.: HalfDay.
//
// The states' own holidays (Lei 9.093/1995 art. 1 II allows each state its
// "data magna"; several states have more by state law) apply from 1996, as
// the state laws (Lei Estadual) list them; the dates and start years follow
// the compilation of the Python holidays project (vacanza), checked against
// the state laws it cites; where the states' own decrees of holidays or
// laws disagree with it (Amapá, Ceará, Pernambuco, Rio Grande do Norte,
// Santa Catarina) the rules follow them, cited beside them. Acre moves four of its days from a Tuesday,
// Wednesday or Thursday to the next Friday since 2009 (state law).
func brazil() *country {
	states := []regionDef{
		{"BR-AC", "Acre", "Acre", ""}, {"BR-AL", "Alagoas", "Alagoas", ""}, {"BR-AP", "Amapá", "Amapá", ""},
		{"BR-AM", "Amazonas", "Amazonas", ""}, {"BR-BA", "Bahia", "Bahia", ""}, {"BR-CE", "Ceará", "Ceará", ""},
		{"BR-DF", "Distrito Federal", "Federal District", ""}, {"BR-ES", "Espírito Santo", "Espírito Santo", ""},
		{"BR-GO", "Goiás", "Goiás", ""}, {"BR-MA", "Maranhão", "Maranhão", ""}, {"BR-MT", "Mato Grosso", "Mato Grosso", ""},
		{"BR-MS", "Mato Grosso do Sul", "Mato Grosso do Sul", ""}, {"BR-MG", "Minas Gerais", "Minas Gerais", ""},
		{"BR-PA", "Pará", "Pará", ""}, {"BR-PB", "Paraíba", "Paraíba", ""}, {"BR-PR", "Paraná", "Paraná", ""},
		{"BR-PE", "Pernambuco", "Pernambuco", ""}, {"BR-PI", "Piauí", "Piauí", ""}, {"BR-RJ", "Rio de Janeiro", "Rio de Janeiro", ""},
		{"BR-RN", "Rio Grande do Norte", "Rio Grande do Norte", ""}, {"BR-RS", "Rio Grande do Sul", "Rio Grande do Sul", ""},
		{"BR-RO", "Rondônia", "Rondônia", ""}, {"BR-RR", "Roraima", "Roraima", ""}, {"BR-SC", "Santa Catarina", "Santa Catarina", ""},
		{"BR-SP", "São Paulo", "São Paulo", ""}, {"BR-SE", "Sergipe", "Sergipe", ""}, {"BR-TO", "Tocantins", "Tocantins", ""},
	}
	st := func(code, id, name, nameEN string, w whenFunc) *rule {
		return newRule(brLower(code)+"."+id, name, nameEN, w).regions(code).since(1996)
	}
	on := func(m time.Month, d int) whenFunc { return fixedDay(m, d) }
	// acre: Tuesday, Wednesday or Thursday → the next Friday, from 2009.
	acre := func(m time.Month, d int) whenFunc {
		return func(y int) (date.Date, bool) {
			t := civilDate(y, m, d)
			if wd := t.Weekday(); y >= 2009 && wd >= time.Tuesday && wd <= time.Thursday {
				t += date.Date(time.Friday - wd)
			}
			return t, true
		}
	}
	afterEaster := func(off int) whenFunc {
		return func(y int) (date.Date, bool) { return Easter(y) + date.Date(off), true }
	}
	sundayFrom := func(m time.Month, d int) whenFunc {
		return onOrAfter("", "", "", m, d, time.Sunday).when
	}
	black := func(code string, from int) *rule {
		return st(code, "consciencia-negra", "Dia da Consciência Negra", "Black Awareness Day", on(time.November, 20)).years(from, 2023)
	}
	rules := []*rule{
		fixed("br.confraternizacao-universal", "Confraternização Universal", "New Year's Day", time.January, 1),
		easter("br.carnaval-segunda", "Carnaval (ponto facultativo)", "Carnival Monday", -48).category(Optional),
		easter("br.carnaval-terca", "Carnaval (ponto facultativo)", "Carnival Tuesday", -47).category(Optional),
		easter("br.quarta-feira-de-cinzas", "Quarta-feira de Cinzas (ponto facultativo até as 14h)", "Ash Wednesday (until 2 p.m.)", -46).category(Optional),
		easter("br.sexta-feira-santa", "Sexta-feira Santa", "Good Friday", -2),
		fixed("br.tiradentes", "Tiradentes", "Tiradentes Day", time.April, 21),
		fixed("br.dia-do-trabalhador", "Dia do Trabalhador", "Labour Day", time.May, 1),
		easter("br.corpus-christi", "Corpus Christi (ponto facultativo)", "Corpus Christi", 60).category(Optional),
		fixed("br.independencia", "Independência do Brasil", "Independence Day", time.September, 7),
		fixed("br.nossa-senhora-aparecida", "Nossa Senhora Aparecida", "Our Lady of Aparecida", time.October, 12).since(1980),
		fixed("br.dia-do-servidor-publico", "Dia do Servidor Público (ponto facultativo)", "Public Servants' Day", time.October, 28).category(Optional),
		fixed("br.finados", "Finados", "All Souls' Day", time.November, 2),
		fixed("br.proclamacao-da-republica", "Proclamação da República", "Republic Day", time.November, 15),
		fixed("br.consciencia-negra", "Dia Nacional de Zumbi e da Consciência Negra", "Black Awareness Day", time.November, 20).since(2024),
		fixed("br.vespera-de-natal", "Véspera de Natal (a partir das 14h)", "Christmas Eve (from 2 p.m.)", time.December, 24).category(HalfDay),
		fixed("br.natal", "Natal", "Christmas Day", time.December, 25),
		fixed("br.vespera-de-ano-novo", "Véspera de Ano-Novo (a partir das 14h)", "New Year's Eve (from 2 p.m.)", time.December, 31).category(HalfDay),

		st("BR-AC", "dia-do-evangelico", "Dia do Evangélico", "Evangelical Day", acre(time.January, 23)).since(2005),
		st("BR-AC", "dia-da-mulher", "Dia Internacional da Mulher", "International Women's Day", acre(time.March, 8)).since(2002),
		st("BR-AC", "aniversario-do-acre", "Aniversário do Acre", "Acre Day", on(time.June, 15)),
		st("BR-AC", "dia-da-amazonia", "Dia da Amazônia", "Amazon Day", acre(time.September, 5)).since(2004),
		st("BR-AC", "tratado-de-petropolis", "Assinatura do Tratado de Petrópolis", "Treaty of Petrópolis Day", acre(time.November, 17)),
		st("BR-AL", "sao-joao", "São João", "St John's Day", on(time.June, 24)),
		st("BR-AL", "sao-pedro", "São Pedro", "St Peter's Day", on(time.June, 29)),
		st("BR-AL", "emancipacao-de-alagoas", "Emancipação Política de Alagoas", "Alagoas Emancipation Day", on(time.September, 16)),
		black("BR-AL", 1996),
		st("BR-AL", "dia-do-evangelico", "Dia do Evangélico", "Evangelical Day", on(time.November, 30)).since(2013),
		st("BR-AM", "elevacao-do-amazonas", "Elevação do Amazonas à categoria de província", "Amazonas Elevation Day", on(time.September, 5)),
		black("BR-AM", 2010),
		st("BR-AP", "sao-jose", "São José", "St Joseph's Day", on(time.March, 19)).since(2003),
		// São Tiago: a state holiday by Lei 1.696/2012 until the Supreme
		// Court declared the law unconstitutional in September 2018; since
		// then a ponto facultativo of the state service only.
		st("BR-AP", "sao-tiago", "São Tiago", "St James's Day", on(time.July, 25)).years(2012, 2018),
		st("BR-AP", "criacao-do-territorio", "Criação do Território Federal", "Amapá Territory Day", on(time.September, 13)),
		black("BR-AP", 2008),
		st("BR-BA", "independencia-da-bahia", "Independência da Bahia", "Bahia Independence Day", on(time.July, 2)),
		// Ceará's one state holiday is its data magna, 25 March, a holiday
		// by the state law of 6 December 2011. São José (19 March) is a
		// ponto facultativo of the state service and a municipal holiday
		// in Fortaleza (Lei Municipal 8.796/2003, with Nossa Senhora da
		// Assunção, 15 August) and many other municipalities: Optional.
		st("BR-CE", "sao-jose", "São José", "St Joseph's Day", on(time.March, 19)).category(Optional),
		st("BR-CE", "data-magna", "Abolição da escravidão no Ceará", "Abolition of Slavery in Ceará", on(time.March, 25)).since(2012),
		st("BR-CE", "nossa-senhora-da-assuncao", "Nossa Senhora da Assunção (Fortaleza)", "Assumption Day (Fortaleza)", on(time.August, 15)).since(2004).category(Optional),
		st("BR-DF", "fundacao-de-brasilia", "Fundação de Brasília", "Founding of Brasília", on(time.April, 21)),
		st("BR-DF", "dia-do-evangelico", "Dia do Evangélico", "Evangelical Day", on(time.November, 30)),
		st("BR-ES", "nossa-senhora-da-penha", "Nossa Senhora da Penha", "Our Lady of Penha", afterEaster(8)).since(2020),
		st("BR-GO", "fundacao-da-cidade-de-goias", "Fundação da cidade de Goiás", "Founding of Goiás City", on(time.July, 26)),
		st("BR-GO", "pedra-fundamental-de-goiania", "Pedra fundamental de Goiânia", "Founding of Goiânia", on(time.October, 24)),
		st("BR-MA", "adesao-do-maranhao", "Adesão do Maranhão à independência do Brasil", "Maranhão Independence Day", on(time.July, 28)),
		st("BR-MG", "data-magna", "Execução de Tiradentes (Data Magna de Minas Gerais)", "Tiradentes' Execution", on(time.April, 21)),
		st("BR-MS", "criacao-do-estado", "Criação do Estado", "State Creation Day", on(time.October, 11)),
		black("BR-MT", 2003),
		st("BR-PA", "adesao-do-grao-para", "Adesão do Grão-Pará à independência do Brasil", "Grão-Pará Independence Day", on(time.August, 15)),
		st("BR-PB", "fundacao-do-estado", "Fundação do Estado", "State Founding Day", on(time.August, 5)),
		// Pernambuco's data magna, 6 March (Revolução Pernambucana of 1817):
		// on the day by the state law of 2007, on the first Sunday of March
		// by the amendment of 18 June 2009, on the day again from 2018 (Lei
		// Estadual 16.059 of 8 June 2017).
		st("BR-PE", "revolucao-pernambucana", "Revolução Pernambucana", "Pernambuco Revolution Day", on(time.March, 6)).years(2008, 2009),
		st("BR-PE", "revolucao-pernambucana", "Revolução Pernambucana", "Pernambuco Revolution Day", nthWeekday(time.March, time.Sunday, 1)).years(2010, 2017),
		st("BR-PE", "revolucao-pernambucana", "Revolução Pernambucana", "Pernambuco Revolution Day", on(time.March, 6)).since(2018),
		st("BR-PI", "dia-do-piaui", "Dia do Piauí", "Piauí Day", on(time.October, 19)),
		st("BR-PR", "emancipacao-do-parana", "Emancipação do Paraná", "Paraná Emancipation Day", on(time.December, 19)),
		st("BR-RJ", "sao-jorge", "São Jorge", "St George's Day", on(time.April, 23)).since(2008),
		black("BR-RJ", 2002),
		// 7 August (Dia do Rio Grande do Norte) is no holiday: the state's
		// decree of holidays for 2025 (Decreto 34.300/2025) has 3 October
		// as its only state holiday.
		st("BR-RN", "martires-de-cunhau-e-uruacu", "Mártires de Cunhaú e Uruaçu", "Martyrs of Cunhaú and Uruaçu", on(time.October, 3)).since(2007),
		st("BR-RO", "criacao-do-estado", "Criação do Estado", "State Creation Day", on(time.January, 4)),
		st("BR-RO", "dia-do-evangelico", "Dia do Evangélico", "Evangelical Day", on(time.June, 18)).since(2002),
		st("BR-RR", "criacao-do-estado", "Criação do Estado", "State Creation Day", on(time.October, 5)),
		st("BR-RS", "dia-do-gaucho", "Dia do Gaúcho (Revolução Farroupilha)", "Gaucho Day", on(time.September, 20)),
		st("BR-SC", "dia-do-estado", "Dia do Estado de Santa Catarina", "Santa Catarina State Day", on(time.August, 11)).only(2004),
		st("BR-SC", "dia-do-estado", "Dia do Estado de Santa Catarina", "Santa Catarina State Day", sundayFrom(time.August, 11)).since(2005),
		st("BR-SC", "santa-catarina-de-alexandria", "Dia de Santa Catarina de Alexandria", "St Catherine of Alexandria", on(time.November, 25)).years(1996, 1998),
		st("BR-SC", "santa-catarina-de-alexandria", "Dia de Santa Catarina de Alexandria", "St Catherine of Alexandria", on(time.November, 25)).only(2004),
		// St Catherine's day is in no state calendar from 2016 on (the
		// governor's decrees of the holidays of 2017, 2018, 2020, 2022 and
		// 2025 list 11 August, moved to the next Sunday, as the only state
		// holiday, under Lei 17.335/2017; the bill of February 2026 would
		// make 25 November a state holiday anew).
		st("BR-SC", "santa-catarina-de-alexandria", "Dia de Santa Catarina de Alexandria", "St Catherine of Alexandria", sundayFrom(time.November, 25)).years(1999, 2015).except(2004),
		st("BR-SP", "revolucao-constitucionalista", "Revolução Constitucionalista", "Constitutionalist Revolution Day", on(time.July, 9)).since(1997),
		st("BR-SE", "emancipacao-de-sergipe", "Emancipação política de Sergipe", "Sergipe Emancipation Day", on(time.July, 8)),
		st("BR-TO", "dia-da-autonomia", "Dia da Autonomia", "Autonomy Day", on(time.March, 18)).since(1998),
		st("BR-TO", "nossa-senhora-da-natividade", "Nossa Senhora da Natividade", "Our Lady of the Nativity", on(time.September, 8)),
		st("BR-TO", "criacao-do-estado", "Criação do Estado", "State Creation Day", on(time.October, 5)),
	}
	return &country{
		code: "BR", name: "Brasil", nameEN: "Brazil",
		regions: states,
		rules:   rules,
	}
}

// brLower is the ID prefix of a region code: "BR-SP" → "br-sp".
func brLower(code string) string { return usLower(code) }
