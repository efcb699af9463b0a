// Compact per-language lists written for credmatch: function words (stop words), elided articles
// and the stock phrases of learning-outcome statements and job ads ("students will be able to",
// "knowledge of", "is a plus"). Content words that name skills ("use", "manage", "data") are never
// listed: rare-vs-common weighting is the index's job (docs/mapping.md).
#include "text/language_data.hpp"

namespace credmatch::text::internal {
namespace {

constexpr LanguageData kLanguages[] = {
    {"en",
     "a about above after again against all also am an and any are as at be because been before "
     "being below between both but by can could did do does doing during each either etc e.g few "
     "for "
     "from further had has have having he her here hers herself him himself his how i i.e if in "
     "into is it its itself just me might more most must my myself of off on once only or "
     "other our ours ourselves out own per same shall she should so some such than that the their "
     "theirs them themselves then there these they this those through thus to too under until "
     "upon us very via was we were what when where which while who whom whose why will with within "
     "may "
     "would you your yours yourself yourselves s t "
     // Adverbs that Snowball stems as a content word: "currently" as "current" (electricity),
     // "namely" as "name", "mainly" as "main", "notably" as "notable", "essentially" as
     // "essential" (oils), "particularly" as "particular".
     "currently namely mainly notably essentially particularly",
     "",
     "on successful completion of\nupon successful completion of\non completion of\nupon "
     "completion of\nafter successful completion of\nafter completing\nat the end of\nby the end "
     "of\nsuccessful completion of\non completing\nupon completing\non successful completion\nupon "
     "successful completion\non completion\nupon completion\n"
     "this course\nthis module\nthis learning unit\nthis teaching unit\nthis unit\nthis "
     "programme\nthis program\nthis class\nthe learning unit\nthe teaching unit\nthe "
     "course\nthe "
     "module\nthe programme\nthe program\n"
     // Headings of the field itself, copied with the outcomes; no ESCO label writes them.
     // Not "learning objectives": defining them is a teacher's skill.
     "intended learning outcomes\nspecific learning outcomes\nlearning outcomes\nlearning "
     "outcome\ncourse objectives\ncourse aims\n"
     "students will\nthe student will\nstudents should\nthe student should\nstudents can\nthe "
     "student can\nthe student is\nstudents are\nlearners will\nthe learner will\nlearners "
     "can\nthe learner can\nparticipants will\nparticipants can\ngraduates will\ngraduates "
     "can\nyou "
     "will\nthe successful candidate will\nthe candidate will\nthe ideal candidate\n"
     "will be able to\nshould be able to\nbe able to\nis able to\nare able to\nable to\nwill be "
     "capable of\nbe capable of\ncapable of\nhave the ability to\nthe ability to\nability to\nwill "
     "have\nwill be\n"
     "demonstrate an understanding of\ndemonstrate understanding of\ndemonstrate a * understanding "
     "of\ndemonstrate knowledge of\ndemonstrate the ability to\ndemonstrate an ability to\n"
     "knowledge and understanding of\nknowledge of\nunderstanding of\na * understanding of\na * "
     "knowledge of\n* understanding of\n* knowledge of\nfamiliarity with\nbe familiar "
     "with\nfamiliar "
     "with\nexperience with\nexperience in\nexperience of\nyears of experience\nyears "
     "experience\nproficiency in\nproficient in\nskills in\nexpertise in\n"
     "is a plus\na plus\nis an advantage\nan advantage\nis an asset\nan asset\nis desirable\nis "
     "required\nare required\nis preferred\nnice to have\nwould be an advantage\nwe are looking "
     "for\nyou have\nyou are\n"
     "is essential\nare essential\nis mandatory\nare mandatory\nis a must\na must\nis highly "
     "desirable\nare desirable\nhighly desirable\nwould be a plus\nwould be an asset\nwould be "
     "beneficial\nis beneficial\nideally\npreferably\n"
     // "A proven track record of delivering projects" is no sound recording (record multi-track
     // sound); no ESCO label writes "track record".
     "proven track record of\nproven track record in\ntrack record of\ntrack record in\na track "
     "record\ntrack record\n"
     // Compound adjectives that praise rather than name, written with hyphens: boilerplate where
     // the text joins their words with hyphens too ("replace cutting edge on machine" is an ESCO
     // skill). Not the compounds ESCO's labels use for a skill ("fast-paced", "detail-oriented",
     // "up-to-date", "self-starter", "long-term").
     "cutting-edge\nstate-of-the-art\nworld-class\nfirst-class\nbest-in-class\ntop-notch\nwell-"
     "known\nwell-established\naward-winning\nhigh-profile\nfast-growing\nfast-moving\nhands-"
     "on\nfull-time\npart-time\nlong-standing\nforward-thinking\nresults-driven\nresults-"
     "oriented\ncan-do\nhigh-growth",
     "",
     // Complex prepositions and connectives (Quirk et al. 1985, A Comprehensive Grammar of the
     // English Language, ch. 9, complex prepositions).
     "in order to\nso as to\nas well as\nmore specifically\nmore precisely\nin particular\nin "
     "terms of\nwith regard to\nwith respect to\nin "
     "relation to\nin the context of\non the basis of\nin accordance with\nin line with\nin the "
     "light of\nin light of\nfrom the point of view of\nby means of\nin the field of\nat the "
     "level of\nin the case of\nin addition to\nas a result of\nin view of\nwith a view to\nin "
     "the form of\nin the course of\nfor the purpose of\nin response to\non behalf of\nin spite "
     "of\nas part of",
     // Abbreviations of job titles and ads: of one word, and of several words that ESCO's English
     // labels never write ("R&D", "F&B"; not "HR", which they write).
     "admin = administration\nmgr = manager\nmgmt = management\nasst = assistant\nexec = "
     "executive\nsr = senior\nsnr = senior\njr = junior\njnr = junior\nengr = engineer\nmktg = "
     "marketing\ncoord = coordinator\nsupv = supervisor\nsupvr = supervisor\ndept = "
     "department\nacct = account\nops = operations\nrep = representative\nreps = "
     "representatives\nr&d = research development\nf&b = food beverage\nehs = environmental health "
     "safety\nqhse = quality health safety environmental\nux = user experience",
     // Headings of job ads. Not single words that name a skill or a field alone ("skills",
     // "experience", "education", "benefits", "compensation").
     "responsibilities\nkey responsibilities\nmain responsibilities\nyour responsibilities\nroles "
     "and responsibilities\nduties\nmain duties\nkey duties\nduties and responsibilities\n"
     "requirements\nkey requirements\njob requirements\nminimum requirements\nqualifications\n"
     "required qualifications\npreferred qualifications\nminimum qualifications\nkey skills\n"
     "required skills\nskills and experience\nskills and qualifications\nexperience and "
     "qualifications\nabout the role\nabout the job\nabout the position\nabout you\nabout "
     "us\nabout the company\nabout the team\nthe role\nthe position\nthe opportunity\njob "
     "description\nposition description\nrole description\njob summary\nposition summary\n"
     "overview\nsummary\nwhat you will do\nwhat you'll do\nwhat you will need\nwhat you'll "
     "need\nwhat you need\nwhat we offer\nwhat we are looking for\nwhat we're looking for\nwho "
     "you are\nwho we are\nyour profile\nyour tasks\nyour role\nperks\nperks and benefits\nour "
     "offer\nwe offer\nnice to have\nhow to apply\njob type\ncontract type"},
    {"fr",
     "au aux avec ce ces cet cette dans de des du elle elles en et eux il ils je la le les leur "
     "leurs lui ma mais me même mêmes mes moi mon ne nos notre nous on ou où par pas pour qu que "
     "qui sa se ses son sur ta te tes toi ton tu un une vos votre vous y à afin ainsi alors après "
     "avant aussi autre autres car celle celles celui ceux chaque comme dont donc entre est être "
     "été etc ici lors lorsque plus peu plusieurs puis quand quel quelle quelles quels "
     "selon si sont sous tous tout toute toutes très sera seront soit ont a ait avoir cela ceci ça "
     "vers chez peut peuvent pourra pourront pourrait pourraient doit doivent devra devront "
     "devrait "
     "devraient là dès l d j m n s t c "
     // Adverbs that Snowball stems as a content word of another meaning: "notamment" (in
     // particular) as "not" (noter, notes), "maintenant" (now) as "mainten" (maintenance),
     // "actuellement" (currently) as "actuel", "inversement" (conversely) as "invers" (ingénierie
     // inverse), "également" (also) as "égal" (égalité), "positivement" as "posit" (position);
     // and "comment" (how), stemmed as "commenter".
     "notamment maintenant actuellement inversement également positivement comment "
     // "tel(le)s que" (such as), stemmed as "télé".
     "tel telle tels telles",
     "l d j m n s t c qu jusqu lorsqu puisqu quoiqu",
     "à la fin de ce cours\nà la fin du cours\nà la fin de ce module\nà la fin du module\nà la fin "
     "de la formation\nà l'issue de ce cours\nà l'issue du cours\nà l'issue de ce module\nà "
     "l'issue du module\nà l'issue de la formation\nà l'issue de cet enseignement\nau terme de ce "
     "cours\nau terme du cours\nau terme de la formation\nau terme de ce module\nau terme du "
     "module\nà l'issue de\nau terme de\nà la fin de\nà l'issue du\nau terme du\nà la fin du\nà "
     "l'issue des\nau terme des\n"
     "ce cours\nce module\ncette unité d'enseignement\nl'unité d'enseignement\nunité "
     "d'enseignement\ncet enseignement\nla formation\n"
     "le cours\nvise à\nvisent à\na pour objectif\nont pour objectif\na pour but\nont pour but\n"
     "acquis d'apprentissage spécifiques\nacquis d'apprentissage terminaux\nacquis "
     "d'apprentissage\nacquis d'apprentissages\nrésultats d'apprentissage\nobjectifs du "
     "cours\ncompétences visées\n"
     "doit pouvoir\ndoivent pouvoir\ndevra pouvoir\ndevront pouvoir\ndevrait pouvoir\ndevraient "
     "pouvoir\n"
     "l'étudiant sera capable de\nl'étudiant sera en mesure de\nl'étudiant est capable "
     "de\nl'étudiant "
     "est en mesure de\nl'étudiant pourra\nl'étudiant doit être capable de\nl'étudiant "
     "saura\nl'étudiant\nles étudiants seront capables de\nles étudiants seront en mesure de\nles "
     "étudiants\nl'étudiante\nl'apprenant sera capable de\nl'apprenant\nles apprenants\nles "
     "participants\nle participant\nle candidat\nla candidate\nle diplômé\n"
     "sera capable de\nseront capables de\nest capable de\nsont capables de\nêtre capable "
     "de\ncapable de\ncapables de\nsera en mesure de\nseront en mesure de\nest en mesure de\nêtre "
     "en "
     "mesure de\nen mesure de\naptitude à\ncapacité à\ncapacité de\n"
     "connaissance de\nconnaissance des\nconnaissance du\nconnaissances de\nconnaissances "
     "des\nconnaissances du\nconnaissances en\nune bonne connaissance de\nune bonne connaissance "
     "des\nbonne connaissance\nbonnes connaissances\nexpérience en\nexpérience dans\nexpérience "
     "de\nmaîtrise de\nmaîtrise des\nest un plus\nun plus\nest un atout\nun atout\nest "
     "souhaité\nest requis\nnous recherchons\nvous avez\nvous êtes\nvous serez\n"
     "serait un plus\nserait un atout\nest souhaitée\nsont souhaités\nsont souhaitées\nsouhaité\n"
     "souhaitée\nsouhaités\nsouhaitées\nest requise\nrequis\nrequise\nexigé\nexigée\nexigés\n"
     "exigées\napprécié\nappréciée\nest indispensable\nindispensable\nimpératif\nidéalement\n"
     "vous justifiez d'une expérience\nvous justifiez d'une\nvous disposez d'une\nvous "
     "disposez d'un\nvous possédez",
     "éèêàçùœûôî",
     // Locutions prépositives (Grevisse and Goosse, Le Bon usage, chapter on prepositions),
     // without the final "de"/"du"/"d'", a stop word: "dans le cadre du projet"; and adverbial
     // locutions with a noun ("le cas échéant", "au fur et à mesure", "par exemple"). Not "en cas
     // de", "à la fois": ESCO's labels write them ("intervenir en cas d'urgence", "gérer plusieurs
     // projets à la fois"), and as stop words they made "cas" rarer and "fois" no evidence.
     "dans le cadre\ndans une logique\nen termes\nau sein\nen lien avec\nen fonction\ntout au "
     "long\nde manière générale\nd'un point de vue\ndu point de vue\nen vue\npar rapport\nau "
     "niveau\nen matière\nà travers\nen ce qui concerne\nà partir\nen tant que\nà l'aide\nau "
     "moyen\nau cours\nvis à vis\nen charge\nplus spécifiquement\nplus précisément\nplus "
     "particulièrement\nen particulier\nle cas échéant\nen raison\nà l'égard\ndans la "
     "mesure\nau fur et à mesure\nà mesure\nd'une part\nd'autre part\npar exemple\n"
     // The light verb of "faire preuve de" (show, demonstrate): the noun names the skill ("faire
     // preuve de patience"), not the verb.
     "faire preuve\nfait preuve\nfont preuve\nfera preuve\nferont preuve\nfaisant preuve",
     // Abbreviations of job titles and ads that ESCO's French labels do not write.
     "rh = ressources humaines\ngrh = gestion ressources humaines\nqse = qualité sécurité "
     "environnement\nqhse = qualité hygiène sécurité environnement\nhse = hygiène sécurité "
     "environnement\nadv = administration ventes\ndaf = directeur administratif financier\nraf = "
     "responsable administratif financier\nrrh = responsable ressources humaines\nresp = "
     "responsable\nit = tic",
     // Headings of job ads. Not single words that name a skill or a field alone ("formation",
     // "compétences", "expérience").
     "missions\nvos missions\nvotre mission\nmissions principales\nprincipales missions\nvos "
     "principales missions\nprofil\nvotre profil\nprofil recherché\nprofil souhaité\n"
     "description du poste\ndescriptif du poste\ndescription de l'offre\ndescription de "
     "l'entreprise\nle poste\nposte\nles plus du poste\navantages\nnos avantages\nce que nous "
     "offrons\nce que nous proposons\nnous vous offrons\nqui sommes-nous\nqui sommes nous\n"
     "rémunération\nresponsabilités\nvos responsabilités\nvos activités\nactivités "
     "principales\nvos tâches\ntâches\nprérequis\npré-requis\ncompétences requises\nqualités "
     "requises\ninformations complémentaires\ntype de contrat\nlieu de travail\nconditions de "
     "travail"},
    {"es",
     "a al algo algunos algunas ante antes como con contra cual cuales cuando de del desde donde "
     "durante e el ella ellas ellos en entre era es esa esas ese eso esos esta estas este esto "
     "estos fue ha han hasta la las le les lo los más me mi mis mucho muy nos o os otra otro "
     "otros otras para pero poco por porque que quien quienes se ser si sobre su sus también "
     "tanto te tu un una uno unos unas y ya así cada será serán son está están etc u puede pueden "
     "podrá podrán él tú mí sí sé qué quién quiénes cuál cuáles cuándo dónde cómo",
     "",
     "al finalizar el curso\nal finalizar este curso\nal finalizar la asignatura\nal final del "
     "curso\nal término del curso\nal término de\nal finalizar\nal final de\nuna vez finalizado "
     "el curso\neste curso\nla asignatura\nesta asignatura\n"
     "resultados de aprendizaje\nresultados del aprendizaje\nobjetivos del curso\n"
     "el estudiante será capaz de\nel alumno será capaz de\nlos estudiantes serán capaces de\nlos "
     "alumnos serán capaces de\nel estudiante podrá\nel alumno podrá\nel estudiante\nel alumno\nla "
     "alumna\nlos estudiantes\nlos alumnos\nlos participantes\nel participante\nel candidato\n"
     "será capaz de\nserán capaces de\nes capaz de\nson capaces de\nser capaz de\ncapaz "
     "de\ncapaces "
     "de\nestar en condiciones de\nestará en condiciones de\nen condiciones de\ncapacidad "
     "de\ncapacidad "
     "para\nhabilidad para\n"
     "conocimiento de\nconocimientos de\nconocimientos en\nconocimiento del\nbuen conocimiento "
     "de\nexperiencia en\nexperiencia con\ndominio de\nse valorará\nes un plus\nun plus\nbuscamos",
     "ñ¿¡áéíóú",
     // Locuciones prepositivas (RAE and ASALE 2009, Nueva gramática de la lengua española,
     // ch. 29), without the final "de".
     "en función\nen el marco\nen términos\ncon respecto\na nivel\nen materia\npor medio\na "
     "través\nen relación con\ncon el fin\na partir\nde acuerdo con"},
    {"de",
     "aber als am an auch auf aus bei bin bis bzw da dadurch daher damit dann das dass dem den "
     "denen der des dessen die dies diese diesem diesen dieser dieses doch dort du durch ein eine "
     "einem einen einer eines er es etc etwa für gegen hat haben hatte ich ihr ihre im in ist ja "
     "jede jedem jeden jeder jedes man mit nach noch nur ob oder sehr sich sie sind so "
     "sowie über um und uns unter vom von vor war waren was weil wenn werden wird wie wir zu zum "
     "zur zwischen sein seine sowohl",
     "",
     "nach erfolgreichem abschluss des moduls\nnach erfolgreichem abschluss des kurses\nnach "
     "erfolgreichem abschluss\nnach abschluss des moduls\nnach abschluss des kurses\nnach "
     "abschluss\nam ende des moduls\nam ende des kurses\nim rahmen des moduls\ndas modul\ndieses "
     "modul\nder kurs\ndieser kurs\n"
     "die studierenden sind in der lage\ndie studierenden können\ndie studierenden\nder "
     "studierende\ndie studierende\nstudierende\ndie teilnehmenden\ndie teilnehmer\nder "
     "teilnehmer\ndie absolventen\ndie lernenden\nder bewerber\ndie bewerberin\n"
     "sind in der lage\nist in der lage\nin der lage sein\nin der lage\nsind fähig\nist "
     "fähig\nsind befähigt\nist befähigt\nkönnen\nkann\nfähigkeit zu\nfähigkeit zur\n"
     "kenntnisse in\nkenntnisse über\nkenntnisse der\nkenntnisse von\nkenntnis der\nkenntnisse im\n"
     "gute kenntnisse\nfundierte kenntnisse\nsehr gute kenntnisse\nerfahrung in\nerfahrung "
     "mit\nerfahrungen in\nerfahrungen mit\nverfügen über\nverfügt über\nist von vorteil\nvon "
     "vorteil\nwünschenswert\nwir suchen\nsie haben\nsie verfügen über",
     "äöüß"},
    {"it",
     "a ad al alla alle agli ai allo anche che chi ci come con cui da dal dalla dalle dai degli "
     "dei del della delle dello di e ed è gli i il in la le lo loro ma mi ne nei nel nella nelle "
     "nello noi o per più può quale quali quando questa queste questi questo se si sia sono su "
     "sua sue suo suoi sul sulla sulle tra fra un una uno essere stato l d un dell all dall nell "
     "sull quell là né sé",
     "l d un dell all dall nell sull quell",
     "al termine del corso\nal termine dell'insegnamento\nal termine del modulo\nalla fine del "
     "corso\nal termine di\nquesto corso\nil corso\nl'insegnamento\n"
     "lo studente sarà in grado di\ngli studenti saranno in grado di\nlo studente sarà capace "
     "di\nlo studente potrà\nlo studente\ngli studenti\nla studentessa\ni partecipanti\nil "
     "candidato\n"
     "sarà in grado di\nsaranno in grado di\nè in grado di\nsono in grado di\nessere in grado "
     "di\nin grado di\ncapace di\ncapacità di\nabilità nel\n"
     "conoscenza di\nconoscenza della\nconoscenza del\nconoscenze di\nconoscenze in\nbuona "
     "conoscenza\nesperienza in\nesperienza nel\nè un plus\nun plus\ncostituisce titolo "
     "preferenziale\ncerchiamo",
     "àèìòù"},
    {"nl",
     "aan al als bij dat de den der des deze die dit door een en er haar had heb heeft het hij "
     "hoe hun ik in is je maar met meer naar nog nu of om onder ons ook op over te tegen toch "
     "tot u uit van voor want was wat we wel werd wie wij worden wordt zal ze zich zij zijn zo"
     "",
     "",
     "na afloop van deze cursus\nna afloop van het vak\nna afloop van de cursus\nna afloop "
     "van\nna het volgen van\nna het succesvol afronden van\naan het einde van\ndeze cursus\nhet "
     "vak\nde cursus\nde module\n"
     "de student is in staat om\nde student is in staat\nde studenten zijn in staat om\nde student "
     "kan\nde studenten kunnen\nde student\nde studenten\nde deelnemer\nde deelnemers\nde "
     "kandidaat\n"
     "is in staat om\nzijn in staat om\nis in staat te\nin staat om\nin staat te\nin "
     "staat\nkan\nkunnen\nvermogen om\n"
     "kennis van\nkennis over\ninzicht in\nervaring met\nervaring in\nis een pré\neen pré\nis een "
     "plus\nwij zoeken\nje hebt",
     "ëï"},
    {"pt",
     "a ao aos as até com como da das de do dos e é ela elas ele eles em entre era essa esse "
     "esta este eu foi há isso isto já la mais mas me mesmo muito na nas no nos o os ou "
     "para pela pelas pelo pelos por qual quando que se ser seu seus sua suas também te um "
     "uma umas uns você será serão são está estão à às nós",
     "",
     "no final do curso\nao final do curso\nno final da unidade curricular\nao concluir o "
     "curso\nao concluir\nno final de\nao final de\neste curso\na unidade curricular\n"
     "o aluno será capaz de\no estudante será capaz de\nos alunos serão capazes de\nos estudantes "
     "serão capazes de\no aluno deverá ser capaz de\no estudante deverá ser capaz de\no aluno\no "
     "estudante\nos alunos\nos estudantes\nos participantes\no candidato\n"
     "será capaz de\nserão capazes de\ndeverá ser capaz de\né capaz de\nser capaz de\ncapaz "
     "de\ncapazes de\ncapacidade de\ncapacidade para\nhabilidade para\n"
     "conhecimento de\nconhecimentos de\nconhecimentos em\nconhecimento em\nexperiência "
     "em\nexperiência com\ndomínio de\né um plus\né uma mais-valia\nprocuramos",
     "ãõçâêôáíóú"},
    {"sv",
     "alla att av bara blev bli den denna dessa det detta dig din dina du där efter eller en ett "
     "från för ha hade han har hennes hon honom hur här i inom jag man med mellan "
     "men mig min mina mot mycket ni nu när och om oss på samma sedan sig sin sina sitt ska skall "
     "som så till under upp ut vad var vara vi vid vilka vilken vilket än är åt över också",
     "",
     "efter avslutad kurs ska studenten kunna\nefter genomgången kurs ska studenten "
     "kunna\nefter avslutad kurs\nefter genomgången kurs\nefter kursen\nför godkänt betyg ska "
     "studenten kunna\nkursen\n"
     "studenten ska kunna\nstudenten kan\nstudenten\nstudenterna\ndeltagarna\ndeltagaren\nska "
     "kunna\nkunna\nkan\nförmåga att\n"
     "kunskap om\nkunskaper om\nkunskaper i\nerfarenhet av\nmeriterande\nvi söker\ndu har",
     "åäö"},
    {"da",
     "af alle at blev blive da de dem den denne der deres det dette dig din disse du efter eller "
     "en end er et for fra ham han hans har havde hende hendes her hos hun hvad hvis hvor i "
     "ind jeg man med meget men mig min mod ned noget nogle nu når og også om op os over på sig "
     "sin skal som så til ud under var vi vil være",
     "",
     "efter kurset\nefter endt kursus\nefter gennemført kursus\nved kursets afslutning\nkurset\n"
     "den studerende kan\nden studerende vil kunne\nden studerende\nde studerende\ndeltageren\n"
     "deltagerne\nvære i stand til\ner i stand til\ni stand til\nvil kunne\nkunne\nkan\nevne til\n"
     "viden om\nfærdigheder i\nkendskab til\nerfaring med\nerfaring i\ner en fordel\nvi søger\ndu "
     "har",
     "æøå"},
    {"fi",
     "ja on se että kun jos tai mutta myös sekä kuin niin ovat oli ole olla tämä nämä tuo ne "
     "hän he me te minä sinä sen siitä sitä jossa joka jotka mitä mikä kanssa mukaan kautta eri "
     "vain jo voi voidaan hyvin yli alla ennen jälkeen",
     "",
     "opintojakson suoritettuaan opiskelija\nopintojakson jälkeen opiskelija\nkurssin "
     "jälkeen\nopintojakson jälkeen\nsuoritettuaan opintojakson\nopintojakson "
     "suoritettuaan\nopiskelija osaa\nopiskelija tuntee\nopiskelija ymmärtää\nopiskelija pystyy\n"
     "opiskelija\nopiskelijat\nosallistuja\nosaa\npystyy\nkykenee\non kykenevä\n"
     "tuntemus\nkokemus\neduksi\netsimme",
     "äö"},
    {"no",
     "alle at av bare ble bli da de deg dem den denne der deres det dette din disse du eller en "
     "enn er et etter for fra han hans har hun hva hvis hvor i inn jeg man med meg men min "
     "mot mye ned noe noen nå når og også om opp oss over på seg sin skal som så til ut var "
     "vi "
     "vil være ved",
     "",
     "etter fullført emne\netter fullført kurs\netter endt kurs\nemnet\nkurset\n"
     "studenten skal kunne\nstudenten kan\nstudenten\nstudentene\nkandidaten\ndeltakeren\n"
     "deltakerne\nvære i stand til\ner i stand til\ni stand til\nskal kunne\nkunne\nkan\nevne til\n"
     "kunnskap om\nferdigheter i\nkjennskap til\nerfaring med\nerfaring fra\ner en fordel\nvi "
     "søker\ndu har",
     "æøå"},
};

// Marks written right after a word for its feminine form in inclusive job titles, folded, space
// separated: "Assistant(e) commercial(e)", "Technicien(ne)", "Chargé·e", "Director(a)",
// "Lehrer*in", "Mitarbeiter:innen"; English "(s)" for the plural ("Developer(s)"). Evidence of the
// language where a title's words are shared ("assistant", "commercial"). With them, the gender
// markers of job ads that stand as words, letters joined by '/' (text::GenderMarkerEnd): French
// "H/F", "F/H" (homme, femme), German "m/w/d" (männlich, weiblich, divers); not "m/f", which
// English and other languages write.
struct GenderMarks {
  std::string_view code;
  std::string_view marks;
};
constexpr GenderMarks kGenderMarks[] = {
    {"en", "(s)"},
    {"fr",
     "(e) (es) (ne) (nes) (ere) (eres) (euse) (euses) (se) (ses) (rice) (rices) (trice) (trices) "
     "(le) (les) (ve) (ves) ·e ·es ·ne ·ere ·euse ·rice ·trice h/f f/h h/f/x f/h/x"},
    {"es", "(a) (as) /a /as"},
    {"de", "(in) (innen) *in *innen :in :innen _in _innen m/w/d w/m/d m/w/x m/w w/m"},
    {"it", "(a) (essa)"},
    {"pt", "(a) (as)"},
};

}  // namespace

std::span<const LanguageData> Languages() { return kLanguages; }

std::string_view GenderMarksOf(std::string_view code) {
  for (const GenderMarks& g : kGenderMarks)
    if (g.code == code) return g.marks;
  return {};
}

}  // namespace credmatch::text::internal
