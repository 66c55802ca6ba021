package holidays

import "time"

// portugal: Código do Trabalho art. 234 (feriados obrigatórios). Corpus
// Christi, 5 October, 1 November and 1 December were suspended 2013–2015
// (Lei 23/2012) and restored from 2016 (Lei 8/2016). Carnival Tuesday is
// usually granted to the civil service by "tolerância de ponto": Optional.
// The autonomous regions add their own days (Azores: Dia dos Açores, Whit
// Monday; Madeira: 1 July, 26 December since 2002 and 2 April since 2025).
// Every municipality has a municipal holiday; Lisbon's (Santo António,
// 13 June) and Porto's (São João, 24 June) are under the extension codes
// PT-11-LISBOA and PT-13-PORTO (the municipalities in their districts).
func portugal() *country {
	const (
		acores, madeira = "PT-20", "PT-30"
		lisboa, porto   = "PT-11-LISBOA", "PT-13-PORTO"
	)
	suspended := []int{2013, 2014, 2015}
	return &country{
		code: "PT", name: "Portugal", nameEN: "Portugal",
		regions: []regionDef{
			{acores, "Região Autónoma dos Açores", "Azores", ""},
			{madeira, "Região Autónoma da Madeira", "Madeira", ""},
			{"PT-11", "Lisboa (distrito)", "Lisbon (district)", ""},
			{lisboa, "Lisboa (município)", "Lisbon (municipality)", "PT-11"},
			{"PT-13", "Porto (distrito)", "Porto (district)", ""},
			{porto, "Porto (município)", "Porto (municipality)", "PT-13"},
		},
		rules: []*rule{
			fixed("pt.ano-novo", "Ano Novo", "New Year's Day", time.January, 1),
			easter("pt.carnaval", "Carnaval (tolerância de ponto)", "Carnival", -47).category(Optional),
			easter("pt.sexta-feira-santa", "Sexta-feira Santa", "Good Friday", -2),
			easter("pt.pascoa", "Domingo de Páscoa", "Easter Sunday", 0),
			fixed("pt.dia-da-liberdade", "Dia da Liberdade", "Freedom Day", time.April, 25),
			fixed("pt.dia-do-trabalhador", "Dia do Trabalhador", "Labour Day", time.May, 1),
			easter("pt.corpo-de-deus", "Corpo de Deus", "Corpus Christi", 60).except(suspended...),
			fixed("pt.dia-de-portugal", "Dia de Portugal, de Camões e das Comunidades Portuguesas", "Portugal Day", time.June, 10),
			fixed("pt.assuncao", "Assunção de Nossa Senhora", "Assumption Day", time.August, 15),
			fixed("pt.implantacao-da-republica", "Implantação da República", "Republic Day", time.October, 5).except(suspended...),
			fixed("pt.todos-os-santos", "Dia de Todos os Santos", "All Saints' Day", time.November, 1).except(suspended...),
			fixed("pt.restauracao-da-independencia", "Restauração da Independência", "Restoration of Independence", time.December, 1).except(suspended...),
			fixed("pt.imaculada-conceicao", "Imaculada Conceição", "Immaculate Conception", time.December, 8),
			fixed("pt.natal", "Natal", "Christmas Day", time.December, 25),
			// Azores: Whit Monday, Decreto Regional 13/80/A of 21 August 1980.
			easter("pt-20.dia-dos-acores", "Dia da Região Autónoma dos Açores", "Azores Day", 50).regions(acores).since(1981),
			// Madeira: 1 July by Decreto Regional 27/79/M of 9 November 1979;
			// 26 December by Decreto Legislativo Regional 18/2002/M of
			// 8 November 2002 (customary before, not a holiday in law); Dia
			// da Autonomia, 2 April, by Decreto Legislativo Regional
			// 17/2024/M of 16 December 2024, first kept in 2025.
			fixed("pt-30.dia-da-madeira", "Dia da Região Autónoma da Madeira", "Madeira Day", time.July, 1).regions(madeira).since(1980),
			fixed("pt-30.primeira-oitava", "Primeira Oitava", "Boxing Day", time.December, 26).regions(madeira).since(2002),
			fixed("pt-30.dia-da-autonomia", "Dia da Autonomia", "Autonomy Day", time.April, 2).regions(madeira).since(2025),
			fixed("pt-11-lisboa.santo-antonio", "Santo António", "St Anthony's Day", time.June, 13).regions(lisboa),
			fixed("pt-13-porto.sao-joao", "São João", "St John's Day", time.June, 24).regions(porto),
		},
	}
}
