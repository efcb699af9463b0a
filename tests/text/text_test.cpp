#include "credmatch/text.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <utility>
#include <vector>

namespace credmatch::text {
namespace {

using ::testing::ElementsAre;

std::vector<std::string> Norms(std::string_view text, std::string_view lang,
                               bool content_only = false) {
  AnalyzerOptions options;
  options.stem = false;
  Analyzer analyzer(lang, options);
  TokenList tokens;
  analyzer.Analyze(text, tokens);
  std::vector<std::string> out;
  for (const Token& t : tokens)
    if (!content_only || t.IsContent()) out.emplace_back(t.norm);
  return out;
}

std::vector<std::string> ContentStems(std::string_view text, std::string_view lang) {
  Analyzer analyzer(lang);
  TokenList tokens;
  analyzer.Analyze(text, tokens);
  std::vector<std::string> out;
  for (const Token& t : tokens)
    if (t.IsContent()) out.emplace_back(t.stem);
  return out;
}

TEST(FoldTest, CaseAndAccentsPerLanguage) {
  EXPECT_EQ(Fold("Développement Web", "fr"), "developpement web");
  EXPECT_EQ(Fold("GESTIÓN de diseño", "es"), "gestion de diseno");
  EXPECT_EQ(Fold("Fähigkeiten Straße MÜLLER", "de"), "faehigkeiten strasse mueller");
  // Swedish å ä ö are letters of their own: kept, only the case is folded.
  EXPECT_EQ(Fold("Förmåga ÅR", "sv"), "förmåga år");
  // Unknown language: accents are stripped.
  EXPECT_EQ(Fold("Café", ""), "cafe");
  // The ligatures œ and æ, which no decomposition splits, are their two letters where accents
  // are folded ("oeuvre" is written as often as "œuvre"), and stay where marks are letters.
  EXPECT_EQ(Fold("Mise en Œuvre, cœur, vitæ", "fr"), "mise en oeuvre, coeur, vitae");
  EXPECT_EQ(Fold("Kœnig", "de"), "koenig");
  EXPECT_EQ(Fold("Kæreste", "da"), "kæreste");
}

TEST(FoldTest, HasAccent) {
  EXPECT_TRUE(HasAccent("té"));
  EXPECT_TRUE(HasAccent("Compétences"));
  EXPECT_TRUE(HasAccent("œuvre"));
  EXPECT_FALSE(HasAccent("cafe"));
  EXPECT_FALSE(HasAccent("SQL"));
  EXPECT_FALSE(HasAccent("C++"));
  EXPECT_FALSE(HasAccent(""));
}

TEST(FoldTest, CompatibilityForms) {
  EXPECT_EQ(Fold("ﬁnance", "en"), "finance");         // ligature
  EXPECT_EQ(Fold("ＳＱＬ", "en"), "sql");             // full-width letters
  EXPECT_EQ(Fold("e\xCC\x81quipe", "fr"), "equipe");  // decomposed é
  EXPECT_EQ(Fold("u\xCC\x88"
                 "ber",
                 "de"),
            "ueber");  // decomposed ü
}

// The case of a word as written, which tells a run-on statement ("... emprunts Construire une
// courbe ...") from Title Case and acronyms (SkillMapper::SplitStatements).
TEST(FoldTest, CaseOfAWord) {
  EXPECT_EQ(CaseOf("Construire"), WordCase::kCapitalised);
  EXPECT_EQ(CaseOf("\xC3\x89valuer"), WordCase::kCapitalised);  // Évaluer
  EXPECT_EQ(CaseOf("A"), WordCase::kCapitalised);
  EXPECT_EQ(CaseOf("emprunts"), WordCase::kLower);
  EXPECT_EQ(CaseOf("\xC3\xA9tudiants"), WordCase::kLower);  // étudiants
  EXPECT_EQ(CaseOf("eLearning"), WordCase::kLower);
  EXPECT_EQ(CaseOf("SQL"), WordCase::kOther);
  EXPECT_EQ(CaseOf("\xC3\x89T\xC3\x89"), WordCase::kOther);  // ÉTÉ
  EXPECT_EQ(CaseOf("L'analyse"), WordCase::kOther);
  EXPECT_EQ(CaseOf("3D"), WordCase::kOther);
  EXPECT_EQ(CaseOf(""), WordCase::kOther);
  EXPECT_EQ(CaseOf("\xC3"), WordCase::kOther);  // a broken UTF-8 sequence
}

TEST(FoldTest, InvalidUtf8IsReplaced) {
  EXPECT_EQ(Fold("ab\xFF"
                 "cd",
                 "en"),
            "ab\xEF\xBF\xBD"
            "cd");
  EXPECT_EQ(Fold("", "en"), "");
}

TEST(TokenizeTest, KeepsTechnicalTerms) {
  EXPECT_THAT(Norms("Program in C++, C# and .NET with Node.js", "en"),
              ElementsAre("program", "in", "c++", "c#", "and", ".net", "with", "node.js"));
  EXPECT_THAT(Norms("ISO 9001 audits; 3D printing", "en"),
              ElementsAre("iso", "9001", "audits", "3d", "printing"));
  EXPECT_THAT(Norms("AT&T, TCP/IP and A+B", "en"),
              ElementsAre("at&t", "tcp", "ip", "and", "a", "b"));
  EXPECT_THAT(Norms("R&D", "es"), ElementsAre("r&d"));  // "R&D" is an English abbreviation
  EXPECT_THAT(Norms("ASP.NET 4.5 and e-learning.", "en"),
              ElementsAre("asp.net", "4.5", "and", "e", "learning"));
}

// French inclusive writing: the feminine and plural endings after a middle dot or a dot are no
// words of their own and end no sentence; other dotted words keep their dots.
TEST(TokenizeTest, InclusiveWritingEndingsAreNoWords) {
  EXPECT_THAT(Norms("Employ\xC3\xA9\xC2\xB7"
                    "e de commerce",
                    "fr"),  // Employé·e
              ElementsAre("employe", "de", "commerce"));
  EXPECT_THAT(Norms("les \xC3\xA9tudiant.e.s et d\xC3\xA9veloppeur\xC2\xB7se\xC2\xB7s web", "fr"),
              ElementsAre("les", "etudiant", "et", "developpeur", "web"));
  EXPECT_THAT(Norms("Conseiller\xC2\xB7\xC3\xA8re de vente", "fr"),  // Conseiller·ère
              ElementsAre("conseiller", "de", "vente"));
  EXPECT_THAT(Norms("i.e. Node.js, A.B testing, v12.x", "en"),
              ElementsAre("i.e", "node.js", "a.b", "testing", "v12.x"));
  const std::string text =
      "l'\xC3\xA9tudiant\xC2\xB7"
      "e d\xC3\xA9veloppe son opinion";
  EXPECT_EQ(SplitSegments(text).size(), 1u);  // the middle dot is no boundary here
  EXPECT_EQ(SplitSegments("design databases \xC2\xB7 write queries").size(), 2u);
}

TEST(TokenizeTest, OffsetsPointIntoTheOriginalText) {
  Analyzer analyzer("fr");
  TokenList tokens;
  std::string text = "Gérer l’équipe";
  analyzer.Analyze(text, tokens);
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(text.substr(tokens[0].begin, tokens[0].end - tokens[0].begin), "Gérer");
  EXPECT_EQ(text.substr(tokens[2].begin, tokens[2].end - tokens[2].begin), "équipe");
  EXPECT_TRUE(tokens[1].stop_word);  // elided article l’
  EXPECT_EQ(tokens[2].norm, "equipe");
}

TEST(TokenizeTest, SegmentGapsBreakPhrases) {
  Analyzer analyzer("en");
  TokenList tokens;
  analyzer.Analyze("design databases. Write reports; test code, review", tokens);
  ASSERT_EQ(tokens.size(), 7u);
  EXPECT_EQ(tokens[1].position, 1u);
  EXPECT_EQ(tokens[2].position, 2u + kSegmentGap);                      // after ". W"
  EXPECT_EQ(tokens[4].position, tokens[3].position + 1 + kSegmentGap);  // after ";"
  EXPECT_EQ(tokens[6].position, tokens[5].position + 2);                // after ","
}

TEST(TokenizeTest, EmptyAndPunctuationOnly) {
  EXPECT_TRUE(Norms("", "en").empty());
  EXPECT_TRUE(Norms(" ... ;; -- ", "en").empty());
  EXPECT_THAT(Norms("\xFF\xFEjava\xC3", "en"), ElementsAre("java"));
}

TEST(StopWordTest, CapitalItIsInformationTechnology) {
  EXPECT_THAT(Norms("IT manager", "en", true), ElementsAre("it", "manager"));
  EXPECT_THAT(Norms("make it work", "en", true), ElementsAre("make", "work"));
}

// French "c" (c'est) is a stop word, but not the letter of a name joined by a hyphen: the French
// label "Objective-C" was "objective" alone, the first match of any "objectif" in 367 of 14,259
// catalogue outcomes.
TEST(StopWordTest, HyphenatedLetterIsPartOfAName) {
  EXPECT_THAT(Norms("programmer en Objective-C", "fr", true),
              ElementsAre("programmer", "objective", "c"));
  EXPECT_THAT(Norms("c'est un objectif", "fr", true), ElementsAre("objectif"));
  EXPECT_THAT(Norms("c est un objectif - c", "fr", true), ElementsAre("objectif"));
  // Only a capital: the "à" of "c'est-à-dire" and "goutte-à-goutte" and the "t" of "a-t-il" stay
  // stop words.
  EXPECT_THAT(Norms("c'est-à-dire au goutte-à-goutte", "fr", true),
              ElementsAre("dire", "goutte", "goutte"));
  EXPECT_THAT(Norms("y a-t-il un objectif", "fr", true), ElementsAre("objectif"));
}

// A word written with an accent the stop words do not have is a content word whose folded form
// is a stop word; unaccented, or with the stop word's own accent, it stays a stop word.
TEST(StopWordTest, AccentedHomographsAreContent) {
  EXPECT_THAT(Norms("utiliser un té", "fr", true), ElementsAre("utiliser", "te"));
  EXPECT_THAT(Norms("je te le dis", "fr", true), ElementsAre("dis"));
  EXPECT_THAT(Norms("cultiver le maïs mais pas le blé", "fr", true),
              ElementsAre("cultiver", "mais", "ble"));
  EXPECT_THAT(Norms("un dé à coudre", "fr", true), ElementsAre("de", "coudre"));
  EXPECT_THAT(Norms("dès le début, là où il a été", "fr", true), ElementsAre("debut"));
  EXPECT_THAT(Norms("él sabe qué hacer", "es", true), ElementsAre("sabe", "hacer"));
}

TEST(StopWordTest, PerLanguage) {
  EXPECT_TRUE(IsStopWord("the", "en"));
  EXPECT_FALSE(IsStopWord("manage", "en"));
  EXPECT_TRUE(IsStopWord("des", "fr"));
  EXPECT_TRUE(IsStopWord("a", "fr"));  // à, folded
  EXPECT_TRUE(IsStopWord("und", "de"));
  EXPECT_TRUE(IsStopWord("ueber", "de"));  // über, folded
  EXPECT_TRUE(IsStopWord("och", "sv"));
  EXPECT_FALSE(IsStopWord("the", "xx"));
}

// Adverbs that Snowball stems as content words: "currently" as the electric "current",
// "notamment" (in particular) as "not" of "noter", "maintenant" (now) as "maintenance".
TEST(StopWordTest, AdverbsStemmedAsContentWords) {
  EXPECT_THAT(Norms("We are currently looking for nurses", "en", true),
              ElementsAre("looking", "nurses"));
  EXPECT_THAT(Norms("namely Python, mainly SQL", "en", true), ElementsAre("python", "sql"));
  EXPECT_THAT(Norms("notamment par le biais de l'étude", "fr", true),
              ElementsAre("biais", "etude"));
  EXPECT_THAT(Norms("Postulez dès maintenant", "fr", true), ElementsAre("postulez"));
  EXPECT_THAT(Norms("expliquer comment, et inversement, évoluer positivement", "fr", true),
              ElementsAre("expliquer", "evoluer"));
  EXPECT_THAT(Norms("des outils tels que R", "fr", true), ElementsAre("outils", "r"));
  // The nouns and adjectives stay content.
  EXPECT_THAT(Norms("measure the current", "en", true), ElementsAre("measure", "current"));
  EXPECT_THAT(Norms("prendre des notes", "fr", true), ElementsAre("prendre", "notes"));
}

TEST(StemTest, EveryRequiredLanguageHasAStemmer) {
  for (std::string_view lang : kStopWordLanguages) EXPECT_TRUE(HasStemmer(lang)) << lang;
  EXPECT_FALSE(HasStemmer("pl"));
  EXPECT_FALSE(HasStemmer(""));
  EXPECT_EQ(Stem("databases", "en"), Stem("database", "en"));
  EXPECT_EQ(Stem("donnees", "fr"), Stem("donnee", "fr"));
  EXPECT_EQ(Stem("kenntnisse", "de"), "kenntnis");
  EXPECT_EQ(Stem("word", "pl"), "word");
}

TEST(StemTest, AccentInsensitiveStems) {
  EXPECT_EQ(ContentStems("base de données", "fr"), ContentStems("base de donnees", "fr"));
  EXPECT_EQ(ContentStems("diseño de bases de datos", "es"),
            ContentStems("diseno de base de dato", "es"));
  EXPECT_EQ(ContentStems("Fähigkeiten", "de"), ContentStems("faehigkeit", "de"));
}

// English over-stemmings that merge unrelated words get stems of their own; the related words keep
// theirs in common.
TEST(StemTest, UnrelatedEnglishWordsKeepApartStems) {
  const std::pair<std::string_view, std::string_view> apart[] = {
      {"engine", "engineering"},  {"animation", "animal"},       {"customs", "customer"},
      {"executive", "execution"}, {"physics", "physical"},       {"audition", "audit"},
      {"fitness", "fitting"},     {"procession", "processing"},  {"goods", "good"},
      {"excellence", "excel"},    {"international", "internal"}, {"experiment", "experience"},
      {"organ", "organization"},  {"medication", "medical"},     {"hospitality", "hospital"},
      {"utility", "utilize"},     {"correctional", "correct"}};
  for (const auto& [a, b] : apart) EXPECT_NE(Stem(a, "en"), Stem(b, "en")) << a << " " << b;
  const std::pair<std::string_view, std::string_view> together[] = {{"engine", "engines"},
                                                                    {"engineer", "engineering"},
                                                                    {"animator", "animation"},
                                                                    {"customer", "customers"},
                                                                    {"executives", "executive"},
                                                                    {"execute", "execution"},
                                                                    {"audit", "auditing"},
                                                                    {"process", "processing"},
                                                                    {"organise", "organization"},
                                                                    {"judgement", "judgment"},
                                                                    {"enthusiastic", "enthusiasm"},
                                                                    {"ict", "it"},
                                                                    {"kpis", "kpi"},
                                                                    {"medications", "medication"},
                                                                    {"utilities", "utility"},
                                                                    {"pupils", "students"},
                                                                    {"pupil", "student"}};
  for (const auto& [a, b] : together) EXPECT_EQ(Stem(a, "en"), Stem(b, "en")) << a << " " << b;
}

// The same in French and Spanish, on folded words (accents stripped, as the analyser gives them).
TEST(StemTest, UnrelatedFrenchAndSpanishWordsKeepApartStems) {
  auto stem = [](std::string_view word, std::string_view language) {
    return Stem(Fold(word, language), language);
  };
  const std::pair<std::string_view, std::string_view> french_apart[] = {
      {"équipe", "équipement"},
      {"vente", "vent"},
      {"génie", "gens"},
      {"formation", "format"},
      {"élèves", "éleveuse"},
      {"élève", "élévateur"},
      {"audition", "audit"},
      {"collaborateurs", "collaborer"},
      {"initiative", "initier"},
      {"soies", "soi"},
      {"garant", "garer"},
      {"porte", "porter"},
      {"assurance", "assurer"},
      {"assureurs", "assure"},
      {"tennis", "tenir"},
      {"commun", "communication"},
      {"mets", "mettant"},
      {"mets", "met"},
      // Nouns in -age of another meaning than the verb's stem (kFrenchAgeNounBases).
      {"façonnage", "façon"},
      {"marquage", "marque"},
      {"montage", "montant"},
      {"ménage", "mener"},
  };
  for (const auto& [a, b] : french_apart) EXPECT_NE(stem(a, "fr"), stem(b, "fr")) << a << " " << b;
  const std::pair<std::string_view, std::string_view> french_together[] = {
      {"matériau", "matériaux"},
      {"tuyau", "tuyaux"},
      {"équipe", "équipes"},
      {"financière", "financier"},
      {"étrangères", "étranger"},
      {"conseillère", "conseiller"},
      {"équipement", "équipements"},
      {"ventes", "vente"},
      {"éleveur", "éleveuse"},
      {"auditif", "auditive"},
      {"soie", "soies"},
      {"clientèle", "clients"},
      {"garant", "garantir"},
      {"porte", "portes"},
      {"assurances", "assureur"},
      {"commune", "communs"},
      {"progression", "progrès"},
      {"progressions", "progrès"},
      // Nouns of action in -age and their verbs.
      {"soudage", "souder"},
      {"câblages", "câbler"},
      {"stockage", "stocker"},
      {"emballage", "emballer"},
      {"séchage", "sécher"}};
  for (const auto& [a, b] : french_together)
    EXPECT_EQ(stem(a, "fr"), stem(b, "fr")) << a << " " << b;
  const std::pair<std::string_view, std::string_view> spanish_apart[] = {
      {"seguros", "seguridad"},      {"tejados", "tejidos"}, {"ordenador", "orden"},
      {"comunidad", "comunicación"}, {"planos", "planes"},   {"parto", "partes"},
      {"bebés", "bebidas"}};
  for (const auto& [a, b] : spanish_apart) EXPECT_NE(stem(a, "es"), stem(b, "es")) << a << " " << b;
  const std::pair<std::string_view, std::string_view> spanish_together[] = {
      {"tejado", "tejas"}, {"ordenador", "ordenadores"}, {"plano", "planos"}};
  for (const auto& [a, b] : spanish_together)
    EXPECT_EQ(stem(a, "es"), stem(b, "es")) << a << " " << b;
}

// French nouns of action share the stem of the verb ESCO's French labels write; nouns that also
// name a sector do not.
TEST(StemTest, FrenchNounsOfActionTakeTheVerbsStem) {
  auto stem = [](std::string_view word) { return Stem(Fold(word, "fr"), "fr"); };
  const std::pair<std::string_view, std::string_view> together[] = {
      {"gestion", "gérer"},
      {"rédaction", "rédiger"},
      {"conception", "concevoir"},
      {"compréhension", "comprendre"},
      {"traductions", "traduire"},
      {"résolution", "résoudre"},
      {"lecture", "lire"},
      {"écriture", "écrire"},
      {"mise", "mettre"},
      {"prise", "prendre"},
      {"conduite", "conduire"},
      {"ventes", "vendre"},
      {"achat", "acheter"},
      {"nettoyage", "nettoyer"},
      {"gestion", "gère"},
      {"planification", "planifier"},
      {"identification", "identifier"},
      {"vérifie", "vérifier"},
      {"qualifiée", "qualification"}};
  for (const auto& [noun, verb] : together)
    EXPECT_EQ(stem(noun), stem(verb)) << noun << " " << verb;
  EXPECT_NE(stem("production"), stem("produire"));
  EXPECT_NE(stem("construction"), stem("construire"));
  EXPECT_NE(stem("vente"), stem("vent"));
  EXPECT_NE(stem("initiative"), stem("initier"));  // "s'initier à": to learn the basics of
}

// The "vous" and "nous" forms of French verbs of the third group share the stem of the infinitive
// ESCO's labels write ("vous concevez" / "concevoir"); their third person and participles keep
// Snowball's stems ("produit" is also the noun "product").
TEST(StemTest, FrenchVousFormsTakeTheInfinitivesStem) {
  auto stem = [](std::string_view word) { return Stem(Fold(word, "fr"), "fr"); };
  const std::pair<std::string_view, std::string_view> together[] = {
      {"concevez", "concevoir"},       {"mettez", "mettre"},         {"mettons", "mettre"},
      {"conduisez", "conduire"},       {"suivez", "suivre"},         {"promouvez", "promouvoir"},
      {"résolvez", "résoudre"},        {"prenez", "prendre"},        {"écrivez", "écrire"},
      {"reconnaissez", "reconnaître"}, {"entretenez", "entretenir"}, {"gérez", "gérer"},
      {"négociez", "négocier"},        {"vérifiez", "vérifier"},     {"planifions", "planifier"},
      {"étudiez", "étudier"},          {"identifiez", "identifier"}, {"triez", "trier"}};
  for (const auto& [form, infinitive] : together)
    EXPECT_EQ(stem(form), stem(infinitive)) << form << " " << infinitive;
  EXPECT_NE(stem("produit"), stem("produire"));
  EXPECT_NE(stem("met"), stem("mettre"));
  EXPECT_NE(stem("négoce"), stem("négocier"));       // the trade, a noun
  EXPECT_EQ(stem("concevoir"), stem("conception"));  // the nouns of action keep their stem
}

TEST(GenderMarkTest, MarksAfterAWord) {
  auto after = [](std::string_view text) {
    return GenderMarkAfter(text, text.find_first_of("(·*:/_"));
  };
  EXPECT_EQ(after("Assistant(e) commercial"), "(e)");
  EXPECT_EQ(after("TECHNICIEN(NE)"), "(ne)");
  EXPECT_EQ(after("Infirmier(ère)"), "(ere)");
  EXPECT_EQ(after("Chargé·e de projet"), "·e");
  EXPECT_EQ(after("Lehrer*in"), "*in");
  EXPECT_EQ(after("Director/a comercial"), "/a");
  EXPECT_EQ(after("A0/A1"), "");                // a digit follows
  EXPECT_EQ(after("B/Acc"), "/acc");            // a mark of no language, below
  EXPECT_EQ(after("Nurse (night shift)"), "");  // the parenthesis is not right after the word
  EXPECT_EQ(after("Nurse(night shift)"), "");   // too long for a mark
  EXPECT_TRUE(IsGenderMark("(e)", "fr"));
  EXPECT_TRUE(IsGenderMark("·e", "fr"));
  EXPECT_TRUE(IsGenderMark("(a)", "es"));
  EXPECT_TRUE(IsGenderMark("*in", "de"));
  EXPECT_TRUE(IsGenderMark("(s)", "en"));
  EXPECT_FALSE(IsGenderMark("(e)", "en"));
  EXPECT_FALSE(IsGenderMark("/acc", "es"));
}

TEST(StemTest, TechnicalTokensAreNotStemmed) {
  EXPECT_THAT(ContentStems("Node.js services in C++", "en"),
              ElementsAre("node.js", "servic", "c++"));
}

TEST(StemTest, ThreadsHaveTheirOwnStemmers) {
  std::vector<std::thread> threads;
  std::vector<std::string> results(4);
  for (int i = 0; i < 4; ++i) {
    threads.emplace_back([i, &results] {
      std::string s;
      for (int k = 0; k < 200; ++k)
        s = Stem(i % 2 ? "developpement" : "management", i % 2 ? "fr" : "en");
      results[static_cast<std::size_t>(i)] = s;
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(results[0], "manag");
  EXPECT_EQ(results[1], "developp");
}

TEST(BoilerplateTest, LearningOutcomePhrasesAreNoise) {
  EXPECT_THAT(Norms("On successful completion of this course students will be able to design "
                    "relational databases",
                    "en", true),
              ElementsAre("design", "relational", "databases"));
  EXPECT_THAT(Norms("L'étudiant sera capable de concevoir une base de données", "fr", true),
              ElementsAre("concevoir", "base", "donnees"));
  EXPECT_THAT(Norms("Die Studierenden sind in der Lage, Datenbanken zu entwerfen", "de", true),
              ElementsAre("datenbanken", "entwerfen"));
  EXPECT_THAT(Norms("El estudiante será capaz de diseñar bases de datos", "es", true),
              ElementsAre("disenar", "bases", "datos"));
  EXPECT_THAT(Norms("Strong knowledge of Java is a plus", "en", true), ElementsAre("java"));
  // Lead-ins without "of", and the modal verbs of fr/es ("can").
  EXPECT_THAT(Norms("On completion, the learner can manage staff", "en", true),
              ElementsAre("manage", "staff"));
  EXPECT_THAT(Norms("Upon successful completion, students can analyse data", "en", true),
              ElementsAre("analyse", "data"));
  EXPECT_THAT(Norms("Al finalizar, el alumno puede gestionar personal", "es", true),
              ElementsAre("gestionar", "personal"));
  EXPECT_THAT(Norms("L'apprenant peut gérer le personnel", "fr", true),
              ElementsAre("gerer", "personnel"));
}

// Complex prepositions are function words wherever they stand, also where no boilerplate is
// marked (labels): "order" in "in order to" names no skill, "order" alone may.
TEST(FunctionPhraseTest, ComplexPrepositionsAreStopWords) {
  AnalyzerOptions label_options;
  label_options.stem = false;
  label_options.mark_boilerplate = false;
  auto content = [&](std::string_view text, std::string_view lang) {
    TokenList tokens;
    Analyzer(lang, label_options).Analyze(text, tokens);
    std::vector<std::string> out;
    for (const Token& t : tokens)
      if (t.IsContent()) out.emplace_back(t.norm);
    return out;
  };
  EXPECT_THAT(content("analyse sales data in order to set prices", "en"),
              ElementsAre("analyse", "sales", "data", "set", "prices"));
  EXPECT_THAT(content("design databases as well as interfaces", "en"),
              ElementsAre("design", "databases", "interfaces"));
  EXPECT_THAT(content("order products", "en"), ElementsAre("order", "products"));
  EXPECT_THAT(content("repair wells", "en"), ElementsAre("repair", "wells"));
  EXPECT_THAT(content("progresser dans une logique de développement continu", "fr"),
              ElementsAre("progresser", "developpement", "continu"));
  EXPECT_THAT(content("appliquer la logique floue", "fr"),
              ElementsAre("appliquer", "logique", "floue"));
  EXPECT_THAT(content("travailler d'un point de vue éthique", "fr"),
              ElementsAre("travailler", "ethique"));
  // "cas" (case) and "mesure" (measure) in locutions: "if need be", "as far as".
  EXPECT_THAT(content("justifier, le cas échéant, ses choix de traduction", "fr"),
              ElementsAre("justifier", "choix", "traduction"));
  EXPECT_THAT(content("adapter le planning au fur et à mesure", "fr"),
              ElementsAre("adapter", "planning"));
  EXPECT_THAT(content("une étude de cas", "fr"), ElementsAre("etude", "cas"));
  EXPECT_THAT(content("analizar datos en función de las necesidades", "es"),
              ElementsAre("analizar", "datos", "necesidades"));
  // Not across a segment boundary.
  EXPECT_THAT(content("Place the order. To ship it", "en"), ElementsAre("place", "order", "ship"));
  // A phrase may start with a word that is no stop word: the light verb of "faire preuve de"
  // (show), whose noun names the skill; "gérer des preuves" (evidence) keeps its noun.
  EXPECT_THAT(content("faire preuve de patience", "fr"), ElementsAre("patience"));
  EXPECT_THAT(content("l'étudiant fera preuve d'esprit critique", "fr"),
              ElementsAre("etudiant", "esprit", "critique"));
  EXPECT_THAT(content("gérer des preuves", "fr"), ElementsAre("gerer", "preuves"));
  // Connectives: "spécifiquement" is stemmed like "spécifications", "précisément" like
  // "précision".
  EXPECT_THAT(content("Plus spécifiquement, gérer un projet", "fr"),
              ElementsAre("gerer", "projet"));
  EXPECT_THAT(content("More specifically, write specifications", "en"),
              ElementsAre("write", "specifications"));
  EXPECT_THAT(content("mécanique de précision", "fr"), ElementsAre("mecanique", "precision"));
  // "en charge de" (in charge of) is not "charger" (load).
  EXPECT_THAT(content("en charge de la maintenance", "fr"), ElementsAre("maintenance"));
  EXPECT_THAT(content("charger des équipements", "fr"), ElementsAre("charger", "equipements"));
  EXPECT_THAT(content("faire un plan", "fr"), ElementsAre("faire", "plan"));
  EXPECT_THAT(content("empathie vis-à-vis du patient", "fr"), ElementsAre("empathie", "patient"));
  EXPECT_THAT(content("types de vis", "fr"), ElementsAre("types", "vis"));
  EXPECT_THAT(content("observé au cours du stage", "fr"), ElementsAre("observe", "stage"));
}

// Abbreviations of job titles stand for their word, stemmed as it, over the abbreviation's bytes;
// only in their language, and not where they are part of another word.
TEST(AbbreviationTest, JobTitleAbbreviationsReadAsTheirWord) {
  const std::string text = "Sr. Mgr, Admin & Mktg Asst";
  TokenList tokens;
  Analyzer("en").Analyze(text, tokens);
  std::vector<std::string> norms, stems, spans;
  for (const Token& t : tokens) {
    norms.emplace_back(t.norm);
    stems.emplace_back(t.stem);
    spans.push_back(text.substr(t.begin, t.end - t.begin));
  }
  EXPECT_THAT(norms, ElementsAre("senior", "manager", "administration", "marketing", "assistant"));
  EXPECT_THAT(stems, ElementsAre("senior", "manag", "administr", "market", "assist"));
  EXPECT_THAT(spans, ElementsAre("Sr", "Mgr", "Admin", "Mktg", "Asst"));
  EXPECT_THAT(Norms("admin mgr", "fr", false), ElementsAre("admin", "mgr"));
  EXPECT_THAT(Norms("reps report", "en", false), ElementsAre("representatives", "report"));
}

// An abbreviation of several words gives a token per word, in the abbreviation's place and at
// consecutive positions: what follows moves on by as many positions.
TEST(AbbreviationTest, SeveralWordsTakeConsecutivePositions) {
  const std::string text = "Assistante RH junior";
  TokenList tokens;
  Analyzer("fr").Analyze(text, tokens);
  std::vector<std::string> norms, spans;
  std::vector<std::uint32_t> positions;
  for (const Token& t : tokens) {
    norms.emplace_back(t.norm);
    spans.push_back(text.substr(t.begin, t.end - t.begin));
    positions.push_back(t.position);
  }
  EXPECT_THAT(norms, ElementsAre("assistante", "ressources", "humaines", "junior"));
  EXPECT_THAT(spans, ElementsAre("Assistante", "RH", "RH", "junior"));
  EXPECT_THAT(positions, ElementsAre(0u, 1u, 2u, 3u));
  EXPECT_THAT(Norms("DAF adjoint", "fr", false),
              ElementsAre("directeur", "administratif", "financier", "adjoint"));
  // RRH, RAF and "Resp." of French job titles.
  EXPECT_THAT(Norms("RRH", "fr", false), ElementsAre("responsable", "ressources", "humaines"));
  EXPECT_THAT(Norms("RAF", "fr", false), ElementsAre("responsable", "administratif", "financier"));
  EXPECT_THAT(Norms("Resp. logistique", "fr", false), ElementsAre("responsable", "logistique"));
  // French job ads write the English "IT"; ESCO's French skill labels write "TIC" (ICT).
  EXPECT_THAT(Norms("Sécurité IT", "fr", false), ElementsAre("securite", "tic"));
  EXPECT_TRUE(IsAbbreviation("rh", "fr"));
  EXPECT_FALSE(IsAbbreviation("rh", "en"));  // English labels write "HR" themselves
  EXPECT_TRUE(IsAbbreviation("mgr", "en"));
  EXPECT_FALSE(IsAbbreviation("manager", "en"));
  // English labels never write "R&D" or "F&B"; French ones write "R&D" themselves.
  EXPECT_THAT(Norms("R&D Engineer", "en", false),
              ElementsAre("research", "development", "engineer"));
  EXPECT_THAT(Norms("F&B crew", "en", false), ElementsAre("food", "beverage", "crew"));
  EXPECT_THAT(Norms("Ingénieur R&D", "fr", false), ElementsAre("ingenieur", "r&d"));
  // Health, safety and environment: "environmental", the stem ESCO's English labels write
  // ("health safety and environmental manager"; Snowball stems "environment" apart from it).
  EXPECT_THAT(Norms("EHS Manager", "en", false),
              ElementsAre("environmental", "health", "safety", "manager"));
  EXPECT_THAT(Norms("Responsable QHSE", "fr", false),
              ElementsAre("responsable", "qualite", "hygiene", "securite", "environnement"));
  EXPECT_THAT(Norms("Technicien HSE", "fr", false),
              ElementsAre("technicien", "hygiene", "securite", "environnement"));
}

// The headings of the outcomes field are copied with the outcomes ("Learning outcomes: ...",
// "Acquis d'apprentissage au terme de l'unité d'enseignement") and name no skill; "learning
// objectives" may be content ("define learning objectives").
// Praising compound adjectives of job ads are noise where the text joins them with hyphens, and
// only there: "cutting edge" is also a part of a tool.
TEST(BoilerplateTest, HyphenatedPraiseIsNoise) {
  EXPECT_THAT(Norms("Hands-on work with cutting-edge technologies", "en", true),
              ElementsAre("work", "technologies"));
  EXPECT_THAT(Norms("A state-of-the-art lab and a world-class team", "en", true),
              ElementsAre("lab", "team"));
  EXPECT_THAT(Norms("replace the cutting edge on machine", "en", true),
              ElementsAre("replace", "cutting", "edge", "machine"));
  EXPECT_THAT(Norms("a fast-paced and detail-oriented role", "en", true),
              ElementsAre("fast", "paced", "detail", "oriented", "role"));
}

TEST(BoilerplateTest, OutcomeHeadingsAreNoise) {
  // "vise" (aims) is stemmed like "vis" (screw).
  EXPECT_THAT(Norms("Le cours vise à développer l'esprit critique", "fr", true),
              ElementsAre("developper", "esprit", "critique"));
  EXPECT_THAT(Norms("Intended learning outcomes: apply machine learning", "en", true),
              ElementsAre("apply", "machine", "learning"));
  EXPECT_THAT(Norms("define learning objectives", "en", true),
              ElementsAre("define", "learning", "objectives"));
  EXPECT_THAT(Norms("Acquis d'apprentissage au terme de l'unité d'enseignement : gérer un budget",
                    "fr", true),
              ElementsAre("gerer", "budget"));
  // "Au terme du séminaire": "du" (de + le) as "de"; "terme" found forward contracts.
  EXPECT_THAT(Norms("Au terme du séminaire, gérer un budget", "fr", true),
              ElementsAre("seminaire", "gerer", "budget"));
  EXPECT_THAT(Norms("À l'issue des stages, gérer un budget", "fr", true),
              ElementsAre("stages", "gerer", "budget"));
  EXPECT_THAT(Norms("Resultados de aprendizaje: gestionar un presupuesto", "es", true),
              ElementsAre("gestionar", "presupuesto"));
  // The specific and final outcomes of Belgian French-speaking higher education (AAS, AAT).
  EXPECT_THAT(Norms("Acquis d'apprentissage spécifiques au cours.", "fr", true), ElementsAre());
  EXPECT_THAT(Norms("Specific learning outcomes: write specifications", "en", true),
              ElementsAre("write", "specifications"));
  // The English of "unité d'enseignement".
  EXPECT_THAT(
      Norms("At the end of this learning unit, the student is able to write reports", "en", true),
      ElementsAre("write", "reports"));
  // French modals, as English "must" and "should": "pouvoir" after one is "be able to", not
  // power ("pouvoir de réfraction"), which stays content elsewhere.
  EXPECT_THAT(Norms("L'étudiant doit pouvoir situer les auteurs", "fr", true),
              ElementsAre("situer", "auteurs"));
  EXPECT_THAT(Norms("Ils devront pouvoir rédiger un rapport", "fr", true),
              ElementsAre("rediger", "rapport"));
  EXPECT_THAT(Norms("analyser les enjeux de pouvoir", "fr", true),
              ElementsAre("analyser", "enjeux", "pouvoir"));
}

// The requirement phrasing of job ads is boilerplate: "is essential" is, "essential oils" is not.
TEST(BoilerplateTest, JobAdRequirementPhrasing) {
  EXPECT_THAT(Norms("Strong Excel skills are essential", "en", true),
              ElementsAre("strong", "excel", "skills"));
  EXPECT_THAT(Norms("Ideally you know Python", "en", true), ElementsAre("know", "python"));
  EXPECT_THAT(Norms("use essential oils", "en", true), ElementsAre("use", "essential", "oils"));
  EXPECT_THAT(Norms("A proven track record of delivering projects", "en", true),
              ElementsAre("delivering", "projects"));
  EXPECT_THAT(Norms("track the record of deliveries", "en", true),
              ElementsAre("track", "record", "deliveries"));
  EXPECT_THAT(Norms("Une expérience en gestion de projet est souhaitée", "fr", true),
              ElementsAre("gestion", "projet"));
  EXPECT_THAT(Norms("Vous justifiez d'une expérience en vente", "fr", true), ElementsAre("vente"));
  EXPECT_THAT(Norms("Anglais courant exigé", "fr", true), ElementsAre("anglais", "courant"));
  EXPECT_THAT(Norms("Vous serez en charge de la paie", "fr", true), ElementsAre("paie"));
}

// The section headings of job ads are noise where one is a whole segment (a line, or the words
// before a colon), and content inside a sentence ("write job descriptions").
TEST(BoilerplateTest, JobAdHeadingsAloneAreNoise) {
  EXPECT_THAT(Norms("Job description", "en", true), ElementsAre());
  EXPECT_THAT(Norms("Key responsibilities: manage the sales team", "en", true),
              ElementsAre("manage", "sales", "team"));
  EXPECT_THAT(Norms("About the role\nYou will plan events", "en", true),
              ElementsAre("plan", "events"));
  EXPECT_THAT(Norms("You will write job descriptions", "en", true),
              ElementsAre("write", "job", "descriptions"));
  EXPECT_THAT(Norms("Profil recherché : gestion des stocks", "fr", true),
              ElementsAre("gestion", "stocks"));
  EXPECT_THAT(Norms("Vos missions", "fr", true), ElementsAre());
  EXPECT_THAT(Norms("Missions de sauvetage en mer", "fr", true),
              ElementsAre("missions", "sauvetage", "mer"));
  // Single words that may name a skill or a field alone are no headings.
  EXPECT_THAT(Norms("Benefits", "en", true), ElementsAre("benefits"));
  EXPECT_THAT(Norms("Formation", "fr", true), ElementsAre("formation"));
}

TEST(BoilerplateTest, DoesNotSpanSegments) {
  // "able" ends one sentence and "to" starts the next: not "able to".
  EXPECT_THAT(Norms("Be able. To plan", "en", true), ElementsAre("able", "plan"));
}

TEST(BoilerplateTest, ListNumbersAtASegmentStartAreNoise) {
  EXPECT_THAT(Norms("4. approfondir une problématique démographique", "fr", true),
              ElementsAre("approfondir", "problematique", "demographique"));
  EXPECT_THAT(Norms("3) use SQL. 12. write reports", "en", true),
              ElementsAre("use", "sql", "write", "reports"));
  // Programme references, and a bare number before a sentence (scraped catalogues).
  EXPECT_THAT(Norms("1.1, 1.4, 2.4 Au terme de ce cours, gérer des projets", "fr", true),
              ElementsAre("gerer", "projets"));
  EXPECT_THAT(Norms("2 analyser grammaticalement ces textes", "fr", true),
              ElementsAre("analyser", "grammaticalement", "textes"));
  // A bare number before a short phrase, and numbers inside a text, are content.
  EXPECT_THAT(Norms("6 sigma", "en", true), ElementsAre("6", "sigma"));
  EXPECT_THAT(Norms("Install Windows 10 and ISO 9001", "en", true),
              ElementsAre("install", "windows", "10", "iso", "9001"));
  // Labels are analysed without boilerplate marking: their numbers always count.
  AnalyzerOptions label_options;
  label_options.mark_boilerplate = false;
  TokenList tokens;
  Analyzer("en", label_options).Analyze("4. plan a project with the team", tokens);
  EXPECT_TRUE(tokens[0].IsContent());
}

// Gender markers of job titles are boilerplate: single letters among m, w, d, f, h, x joined by
// slashes. Other letter pairs ("A/B testing", "I/O") and single letters alone ("C") stay content.
TEST(BoilerplateTest, GenderMarkersOfJobTitles) {
  EXPECT_THAT(Norms("Senior Java Developer (m/w/d)", "en", true),
              ElementsAre("senior", "java", "developer"));
  EXPECT_THAT(Norms("Développeur Java H/F", "fr", true), ElementsAre("developpeur", "java"));
  EXPECT_THAT(Norms("Data Engineer (m / f / d)", "en", true), ElementsAre("data", "engineer"));
  EXPECT_THAT(Norms("A/B testing and I/O in C", "en", true),  // "a" and "i" are stop words
              ElementsAre("b", "testing", "o", "c"));
  EXPECT_THAT(Norms("plan d'un projet", "fr", true), ElementsAre("plan", "projet"));
}

// The feminine form after a slash repeats the masculine before it: one role, not two words.
TEST(BoilerplateTest, FeminineFormAfterASlash) {
  EXPECT_THAT(Norms("Conducteur / Conductrice de travaux", "fr", true),
              ElementsAre("conducteur", "travaux"));
  EXPECT_THAT(Norms("Vendeur/Vendeuse en boulangerie", "fr", true),
              ElementsAre("vendeur", "boulangerie"));
  EXPECT_THAT(Norms("Infirmier / Infirmière", "fr", true), ElementsAre("infirmier"));
  EXPECT_THAT(Norms("Camarero / Camarera", "es", true), ElementsAre("camarero"));
  EXPECT_THAT(Norms("Waiter/Waitress", "en", true), ElementsAre("waiter"));
  // Two roles, or two words, stay: neither is a form of the other.
  EXPECT_THAT(Norms("Sales Assistant/Executive", "en", true),
              ElementsAre("sales", "assistant", "executive"));
  EXPECT_THAT(Norms("Femme / Valet de chambre", "fr", true),
              ElementsAre("femme", "valet", "chambre"));
  EXPECT_THAT(Norms("Java/JavaScript", "en", true), ElementsAre("java", "javascript"));
  // Labels are analysed without boilerplate marks: ESCO's "vendeur/vendeuse" keeps both forms.
  AnalyzerOptions label_options;
  label_options.mark_boilerplate = false;
  TokenList tokens;
  Analyzer("fr", label_options).Analyze("vendeur/vendeuse", tokens);
  ASSERT_EQ(tokens.size(), 2u);
  EXPECT_TRUE(tokens[1].IsContent());
}

TEST(GenderFormTest, EndingsOfFeminineForms) {
  for (const auto& [form, word] :
       std::vector<std::pair<const char*, const char*>>{{"agente", "agent"},
                                                        {"technicienne", "technicien"},
                                                        {"maternelle", "maternel"},
                                                        {"cheffe", "chef"},
                                                        {"vendeuse", "vendeur"},
                                                        {"directrice", "directeur"},
                                                        {"boulangere", "boulanger"},
                                                        {"boulangère", "boulanger"},
                                                        {"sportive", "sportif"},
                                                        {"conductora", "conductor"},
                                                        {"tecnica", "tecnico"},
                                                        {"lehrerin", "lehrer"},
                                                        {"direttrice", "direttore"},
                                                        {"actress", "actor"},
                                                        {"comptable", "comptable"}})
    EXPECT_TRUE(IsGenderFormOf(form, word)) << form << " / " << word;
  for (const auto& [form, word] : std::vector<std::pair<const char*, const char*>>{
           {"executive", "assistant"},
           {"javascript", "java"},
           {"ip", "tcp"},
           {"conducteur", "conductrice"},  // the masculine after the feminine: kept
           {"e", "d"}})
    EXPECT_FALSE(IsGenderFormOf(form, word)) << form << " / " << word;
}

TEST(SegmentTest, SplitsBulletsSentencesAndClauses) {
  std::string text =
      "Students will be able to:\n• design databases;\n- write SQL queries\n2. test code. Next "
      "item e.g. this one";
  std::vector<std::string> parts;
  for (Span s : SplitSegments(text)) parts.push_back(text.substr(s.begin, s.end - s.begin));
  EXPECT_THAT(parts, ElementsAre("Students will be able to", "design databases",
                                 "write SQL queries", "test code", "Next item e.g. this one"));
}

TEST(SegmentTest, NoBoundaries) {
  std::string text = "manage a team";
  EXPECT_THAT(SplitSegments(text), ElementsAre(Span{0, 13}));
  EXPECT_TRUE(SplitSegments("").empty());
  EXPECT_TRUE(SplitSegments(" ; . \n - ").empty());
}

TEST(DetectLanguageTest, StopWordProfiles) {
  EXPECT_EQ(DetectLanguage("The student is able to design a database for the company").language,
            "en");
  EXPECT_EQ(DetectLanguage("concevoir une base de données relationnelle").language, "fr");
  EXPECT_EQ(DetectLanguage("diseñar una base de datos para la empresa").language, "es");
  EXPECT_EQ(DetectLanguage("Die Studierenden können Datenbanken entwerfen und prüfen").language,
            "de");
  EXPECT_EQ(DetectLanguage("progettare una base di dati per la azienda con gli utenti").language,
            "it");
  EXPECT_EQ(DetectLanguage("de student kan een database ontwerpen voor het bedrijf").language,
            "nl");
  EXPECT_EQ(
      DetectLanguage("o aluno será capaz de projetar uma base de dados para os clientes").language,
      "pt");
  EXPECT_EQ(
      DetectLanguage("studenten ska kunna utforma en databas och förstå hur den används").language,
      "sv");
}

TEST(DetectLanguageTest, NoEvidenceAndCandidates) {
  EXPECT_EQ(DetectLanguage("Java SQL").language, "");
  EXPECT_EQ(DetectLanguage("").language, "");
  std::string_view only_en[] = {"en"};
  EXPECT_EQ(DetectLanguage("une base de données", only_en).language, "");
  DetectedLanguage d = DetectLanguage("the design of the system and the data");
  EXPECT_EQ(d.language, "en");
  EXPECT_GT(d.confidence, 0.5);
  EXPECT_LE(d.confidence, 1.0);
}

}  // namespace
}  // namespace credmatch::text
