package content

// ordinaryNear are the everyday English and Spanish words one letter from a word of the
// built-in lists of misspellable letters or more (traffic of trafficking, talking of stalking,
// violet of violent, exploracion of explotacion), which are not read as its misspelling: every
// word of Debian's wamerican and wspanish dictionaries so near one, found by
// TestMisspellingsSpareDictionaryWords, which names any a change to the lists adds.
const ordinaryNear = `
abased abases abasing abduccion abductee abductees abductions abductor abductors ablusada ablusado
abuhada abuhado aburar abusante abuson acodada acodado acodar acolada acolar acopada acopado acopar
acorar acores acostada acostado acostar acotada acotar acusada acusado acusador acusadora acusar
adosada adosado adosar adrede afusada afusado agrado agree agreed agrees agrete ahusada ahusado
ahusar aiding alaves alberge alberque alosar alusiva alusivo amenazante amenizar amused amuses
amusing anuses aping arenaza arrapar arrapo asconder ascondido asexual asexually atada atado atapar atenazada
atenazado atenazar atracada atracar atraco atrampar atrasada atrasado atrasar atraso atrazar
atropada atropado atropar atusador atusadora atusar bandage bantered bantering bartered bartering
battened battening bausan beater belled belling bettered bettering bidden biding bitterer bonetada booker
bordeles braise braised braises braising brother brothers bunched burden burel buriel bused buses busing
buttered buttering cachetuda cachetudo calosa caloso capers celosia cenosa cenoso cerosa ceroso chidden chiding clapped coloso
contralar control controller cooker cookers corces crapped cruise cruised cruiser cruisers cruises
cruising culta culto custodial custodian custodiar custodio draping eaten ecuestre efugio egresion empujo
encapada encapado encapar enclave enclaves escacada escacado escajo escala escalada escalado
escalador escaladora escalar escalo escama escamada escamado escamar escampada escampado escampar
escampo escana escandia escano escapade escapades escapee escapees escara escaro escarpa escarpada
escarpado escarpar escarpe escasa escaso escaza esclavina esclavon escoldo esconce escondite escopo
escora escordio escupo eslava eslavo explode explodes exploracion explorador exploradora explorar
explore explores exployada extortion farces felled felling flapped fleecing fleeting fleming flexing forada
forado foras forbes force forceps forces forded fores forged forges forjada forjado forjador
forjadora forjar forked formador formadora formar formed forrar fortes forzal forzante forzuda
forzudo freeing gaping gatada gelled gelling goles golfear golpe golpeadura golpete grafica grafico grito
griton grits grooved grooving hatada hieing hiking hiring hiving hooke hooked hookey hooper hooter hooters
hoover hoovers hotlink hotlinks hunched hunting hurling hurtling incasto infest infesto ingest invest japing
jealously jelled jelling kicker kidnappings kinked lapped lastimador licked limped limper limping lunched matante mattered mattering
melosa meloso menace menaces menaza menazar moceton modest moles molesta molestar molesto morato
morton muggle muggles munched nicest nicked obligante obligate oblige obliges oblique obliques ocular ocultis
ombligada ombligo orzar pacada pacado pajada pajado palada palado pamper pampers panada panado papada papado papers parada parado pasada pasado pataca pataco patao patata pattered pattering patuda patudo pautada pautado pavada payada pegante pelosa peloso perpetrador
petarte picked pimpin pimpina pinched piolar piped piper pipers piping pipped pipping pitada pornografica potada potado predatory
primped primping pumped pumper pumpers pumping punches racers racing racist racists raging raking rapiers
rapina rapine rapista rapped rappers rapping raring rasping rating raving razing reapers reaping
recata recatada recatado recatar recato refugee refugees refugiar refuse refuses refute refutes rempujon
rescano rescaza restate restates ricked ridden riding riolada roomed rooming roping runway runways salved
salver salvers salves salving sapped satrapa saved saver savers saves saving seating selling servitud
setting sexing sextina shaved shaver shavers shaves shaving sheller shoed shooed shored shove shovel shoves showed sicked siding simper simpers slaked
slakes slaking slated slater slates slating slavs slayer slayers slaying slipped sliver slivers slopped smelter
smelters smugger snapped snuggle snuggled snuggles snuggling stacked stacking stacks staked staking staled
staler stales staling stalkings stalled stalling stalls starker staved staves staving straggle
straggled straggler stragglers straggles straggling strange stranger strangers strapped strapping
striping stripling stripped stropping suaver suicides svelter swapped swelter sweltered sweltering swelters
talked talker talkers talking talks tapers taping tapped tattered tattering telling texting theater
theaters thread threaded threading threads throat throats ticked tiding traffic traffics tragante tragica
tragico tramped trapa trape trapo trapper treat treated treating treats tripped tripping trofica
trofico unetazo vaping villar villas vinolencia vinolenta vinolento violate violation violator violentar
violet violeta violeto violets violin violon viols virolenta virolento vitim volada volado volador
voladora volar voles welled welling wicked wrapped yelped yelping zealous
`
