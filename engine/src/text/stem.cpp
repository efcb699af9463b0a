// Snowball stemming. sb_stemmer objects are not thread-safe, so each thread keeps its own, one per
// language, created on first use and deleted when the thread ends.
#include <libstemmer.h>

#include <algorithm>
#include <memory>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "text/internal.hpp"

namespace credmatch::text {
namespace internal {
namespace {

struct StemmerDeleter {
  void operator()(sb_stemmer* s) const { sb_stemmer_delete(s); }
};

struct ThreadStemmers {
  struct Entry {
    std::string language;
    std::unique_ptr<sb_stemmer, StemmerDeleter> stemmer;  // null: no stemmer for the language
  };
  std::vector<Entry> entries;

  sb_stemmer* Get(std::string_view language) {
    for (Entry& e : entries)
      if (e.language == language) return e.stemmer.get();
    std::string code(language);
    // "porter" is an algorithm, not a language; only two-letter ISO 639-1 codes are accepted.
    sb_stemmer* s = code.size() == 2 ? sb_stemmer_new(code.c_str(), "UTF_8") : nullptr;
    entries.push_back(Entry{code, std::unique_ptr<sb_stemmer, StemmerDeleter>(s)});
    return s;
  }
};

ThreadStemmers& Stemmers() {
  thread_local ThreadStemmers stemmers;
  return stemmers;
}

// Words that Snowball's English stemmer gives the stem of an unrelated word, with their own stem:
// the conflations of words that ESCO's English labels write at least five times each
// ("engine" and "engineer" -> "engin", "animation" and "animal" -> "anim", "customs" and
// "customer" -> "custom", "executive" and "execute" -> "execut", "physics" and "physical",
// "audition" and "audit", "fitness" and "fit", "procession" and "process", "medication" and
// "medical" -> "medic", "hospitality" and "hospital", "utility" and "utilize", "correctional" and
// "correct" ...),
// and "excellence" beside "Excel" (the spreadsheet, common in job ads; ESCO writes it four times).
// Also words Snowball stems apart from their own family: the British "judgement" (ESCO's labels
// write it 20 times) and the American "judgment" (3 times, among them "judgment" for think
// critically), "enthusiastic" beside "enthusiasm" (job ads: "Enthusiastic" found nothing), and
// "ICT", which ESCO's labels write for 185 concepts, beside the "IT" of job ads (in capitals, the
// analyser's content word; "Provide IT support" found computer technology, the concept labelled
// "IT", before provide ICT support); and "KPIs", which Snowball leaves apart from "KPI" (the "s"
// follows a vowel); and the British school's "pupil(s)" beside "student", the word ESCO's English
// labels use for every school ("Assess pupils' progress" found evaluate clients' progress, not
// observe student's progress; ESCO writes "pupils" once, no label the eye's pupil).
// Not "important"/"import": apart, "important", a common word of outcome texts, became a rare stem
// that outweighed the rest ("Understand the important concepts of statistics").
// Sorted by word, for a binary search.
constexpr std::pair<std::string_view, std::string_view> kEnglishOwnStems[] = {
    {"animate", "animat"},
    {"animated", "animat"},
    {"animating", "animat"},
    {"animation", "animat"},
    {"animations", "animat"},
    {"animator", "animat"},
    {"animators", "animat"},
    {"audition", "audition"},
    {"auditioned", "audition"},
    {"auditioning", "audition"},
    {"auditions", "audition"},
    {"correctional", "correctional"},
    {"customer", "customer"},
    {"customers", "customer"},
    {"customs", "customs"},
    {"engine", "engine"},
    {"engines", "engine"},
    {"enthusiastic", "enthusiasm"},
    {"enthusiastically", "enthusiasm"},
    {"excellence", "excellen"},
    {"excellent", "excellen"},
    {"executive", "executive"},
    {"executives", "executive"},
    {"fitness", "fitness"},
    {"goods", "goods"},
    {"hospitality", "hospitality"},
    {"ict", "it"},
    {"internal", "internal"},
    {"internally", "internal"},
    {"international", "international"},
    {"internationally", "international"},
    {"judgement", "judgment"},
    {"judgements", "judgment"},
    {"kpis", "kpi"},
    {"medicate", "medicat"},
    {"medicated", "medicat"},
    {"medicating", "medicat"},
    {"medication", "medicat"},
    {"medications", "medicat"},
    {"objective", "objectiv"},
    {"objectively", "objectiv"},
    {"objectives", "objectiv"},
    {"objectivity", "objectiv"},
    {"organic", "organic"},
    {"organically", "organic"},
    {"organism", "organism"},
    {"organisms", "organism"},
    {"physics", "physics"},
    {"positive", "positiv"},
    {"positively", "positiv"},
    {"positiveness", "positiv"},
    {"positivity", "positiv"},
    {"procession", "procession"},
    {"processions", "procession"},
    {"publication", "publicat"},
    {"publications", "publicat"},
    {"pupil", "student"},
    {"pupils", "student"},
    {"securities", "securities"},
    {"utilities", "utility"},
    {"utility", "utility"},
};
static_assert(std::is_sorted(std::begin(kEnglishOwnStems), std::end(kEnglishOwnStems)));

// The same for French and Spanish (folded words: accents stripped), conflations of words that
// ESCO's labels in the language write at least five times each. French: "équipe" (team) and
// "équipement" -> "equip", "vente" (sale) and "vent" (wind), "génie" and "gens", "formation"
// (training) and "format", "élève" (pupil), "éleveur" (breeder) and "élévateur" (lift) -> "elev",
// "audition" and "auditif" (hearing) and "audit"; the singular and plural that Snowball stems
// apart, "matériau"/"matériaux" ("materiau", "material") and "tuyau"/"tuyaux"; "collaborateur" (in
// job ads, a member of the staff: "vous encadrez vos collaborateurs") and "collaborer"; and
// "initiative", which only credmatch's own labels write (mapping/extra_labels.cpp), and "initier"
// (to introduce to a subject: "s'initier à l'archéométrie"); "soie(s)" (silk) and "soi" (oneself:
// "maîtrise de soi" found "soies"); "garant" (guarantor: "vous êtes garant de la qualité"), which
// Snowball cuts as a participle to the stem of "garer" (to park), takes that of "garantir";
// "clientèle" (the customers as a whole), which ESCO's labels write 72 times and "client(s)" 336
// times, as "client" ("Conseil à la clientèle" found répondre aux demandes des clients at 0.16,
// not conseiller des clients); "porte(s)" (door; 26 label words) and "porter" (to carry, to wear)
// with "port" (harbour), whose stem "prêt-à-porter" reached ("Vendeuse en prêt-à-porter" found
// vendeur en porte à porte); "assurance(s)" and "assureur(s)" (insurance, 107 label words) and
// "assurer" (to ensure, 281; "Conseiller les clients en matière d'assurance" found assurer le
// suivi des clients second); "tennis" and "tenir" ("Tenir compte des contraintes" found tennis);
// "commun(e)(s)" (common, 2 label words) and "communication" (220; "Cadre européen commun de
// référence" found communication); "mets" (dishes: "accorder des vins et des mets") and "met",
// "mettant" of "mettre" ("le cours met l'accent sur" found accorder des bières et des mets); and
// "progression", which Snowball stems apart from "progrès", the word of ESCO's labels for the
// progress of pupils, patients and teams ("évaluer la progression des élèves" found évaluer des
// étudiants, not observer les progrès d'élèves).
// Not "cours"/"courant", "fonds"/"fond" or "publication"/"publique": apart, "cours" and
// "fondements" (common in course outcomes) became rare stems that outweighed the rest ("Ce cours
// fait partie ..." -> "promouvoir un cours"). Spanish: "seguros" (insurance) and "seguridad",
// "tejado"/"teja" (roof, tile) and "tejido" (fabric), "ordenador" (computer) and "orden",
// "comunidad" and "comunicación", "plano" (drawing) and "plan", "parto" (birth) and "parte", "bebé"
// and "bebida". Sorted by word. French also gets the stem of the verb for the nouns of action that
// name skills in French texts, where ESCO's French skill labels write the verb: "gestion des
// stocks" / "gérer des stocks", "rédaction" / "rédiger", "conception" / "concevoir",
// "compréhension" / "comprendre", "traduction" / "traduire", "résolution" / "résoudre", "lecture" /
// "lire", "écriture" / "écrire", "mise (en œuvre)" / "mettre", "prise (de décision)" / "prendre",
// "conduite" / "conduire", "vente" / "vendre", "achat" / "acheter" (the same word still matches
// better than the same stem; the nouns in -age, "nettoyage" / "nettoyer", are kFrenchAgeNounBases).
// Not nouns that also name a sector or a thing ("construction", "production", "formation",
// "entretien": interview).
constexpr std::pair<std::string_view, std::string_view> kFrenchOwnStems[] = {
    {"achat", "achet"},
    {"achats", "achet"},
    {"assurance", "assuranc"},
    {"assurances", "assuranc"},
    {"assureur", "assuranc"},
    {"assureurs", "assuranc"},
    {"auditif", "auditi"},
    {"auditifs", "auditi"},
    {"audition", "auditi"},
    {"auditions", "auditi"},
    {"auditive", "auditi"},
    {"auditives", "auditi"},
    {"clientele", "client"},
    {"clienteles", "client"},
    {"collaborateur", "collaborateur"},
    {"collaborateurs", "collaborateur"},
    {"collaboratrice", "collaborateur"},
    {"collaboratrices", "collaborateur"},
    {"commun", "commune"},
    {"commune", "commune"},
    {"communes", "commune"},
    {"communs", "commune"},
    {"comprehension", "comprendr"},
    {"conception", "concevoir"},
    {"conceptions", "concevoir"},
    {"conduite", "conduir"},
    {"conduites", "conduir"},
    {"ecriture", "ecrir"},
    {"ecritures", "ecrir"},
    {"elevateur", "elevateur"},
    {"elevateurs", "elevateur"},
    {"elevatrice", "elevateur"},
    {"elevatrices", "elevateur"},
    {"eleve", "eleve"},
    {"eleves", "eleve"},
    {"eleveur", "eleveur"},
    {"eleveurs", "eleveur"},
    {"eleveuse", "eleveur"},
    {"eleveuses", "eleveur"},
    {"equipe", "equipe"},
    {"equipes", "equipe"},
    {"formation", "formation"},
    {"formations", "formation"},
    {"garant", "garant"},
    {"garante", "garant"},
    {"garantes", "garant"},
    {"garants", "garant"},
    {"genie", "genie"},
    {"gens", "gens"},
    {"gestion", "ger"},
    {"gestions", "ger"},
    {"initiative", "initiative"},
    {"initiatives", "initiative"},
    {"lecture", "lir"},
    {"lectures", "lir"},
    {"materiau", "materiau"},
    {"materiaux", "materiau"},
    {"mets", "mets"},
    {"mise", "mettr"},
    {"mises", "mettr"},
    {"porte", "porte"},
    {"portes", "porte"},
    {"prise", "prendr"},
    {"prises", "prendr"},
    {"progression", "progr"},
    {"progressions", "progr"},
    {"redaction", "redig"},
    {"redactions", "redig"},
    {"resolution", "resoudr"},
    {"resolutions", "resoudr"},
    {"soie", "soie"},
    {"soies", "soie"},
    {"tennis", "tennis"},
    {"traduction", "traduir"},
    {"traductions", "traduir"},
    {"tuyau", "tuyau"},
    {"tuyaux", "tuyau"},
    {"vente", "vendr"},
    {"ventes", "vendr"},
};
static_assert(std::is_sorted(std::begin(kFrenchOwnStems), std::end(kFrenchOwnStems)));
constexpr std::pair<std::string_view, std::string_view> kSpanishOwnStems[] = {
    {"bebe", "bebe"},           {"bebes", "bebe"},
    {"comunidad", "comunidad"}, {"comunidades", "comunidad"},
    {"ordenador", "ordenador"}, {"ordenadores", "ordenador"},
    {"parto", "parto"},         {"partos", "parto"},
    {"plano", "plano"},         {"planos", "plano"},
    {"seguros", "seguros"},     {"teja", "tejad"},
    {"tejado", "tejad"},        {"tejados", "tejad"},
    {"tejar", "tejad"},         {"tejas", "tejad"},
};
static_assert(std::is_sorted(std::begin(kSpanishOwnStems), std::end(kSpanishOwnStems)));

// French verbs whose "vous" and "nous" forms Snowball stems apart from their infinitive ("vous
// concevez" -> "concev", "concevoir" -> "concevoir"; "vous mettez" -> "met", "mettre" -> "mettr";
// "vous négociez" -> "negoc", "négocier" -> "negoci"), with those forms (folded): each gets the
// stem of the infinitive. Verbs of the third group, and the verbs in -ier that ESCO's French
// skill labels begin with (planifier 93 times, vérifier 84, étudier 52, négocier 51, identifier
// 50, trier 13, modifier 12 ...), whose "-iez" and "-ions" Snowball cuts whole. ESCO's
// French skill labels write the infinitive ("concevoir des circuits", "mettre en œuvre", "suivre
// les commandes des clients"), job ads the "vous" form ("vous concevez", "vous mettez en œuvre",
// "vous suivez les commandes clients"). The verbs: those ESCO's French labels write (concevoir 167
// times, mettre 166, écrire 86, suivre 85, vendre 68, promouvoir 65 ...) but "faire", "dire",
// "voir" and the modals (light verbs and stop words), and "comprendre", "permettre", "apprendre"
// (outcome texts' "include", "allow", "learn"). Only these two forms: the third person and the
// participles of these verbs are mostly not the skill in course descriptions ("le cours répond à",
// "les différences se traduisent en", "les dispositifs mis en place", "met l'accent sur"), and
// several are nouns ("produit", "conduit", "écrit"); tried on 14,259 course outcomes, they
// brought more wrong first skills than right ones (bench/RESULTS.md). Verbs whose "vous" form
// Snowball already stems as the infinitive ("entretenez", "maintenez") need no entry.
// Conjugation after the standard tables (Bescherelle, "La conjugaison pour tous").
struct FrenchVerb {
  std::string_view infinitive;
  std::string_view forms;  // separated by spaces: the "nous" and "vous" forms
};
constexpr FrenchVerb kFrenchVerbs[] = {
    {"accroitre", "accroissons accroissez"},
    {"anesthesier", "anesthesions anesthesiez"},
    {"associer", "associons associez"},
    {"atteindre", "atteignons atteignez"},
    {"authentifier", "authentifions authentifiez"},
    {"cartographier", "cartographions cartographiez"},
    {"certifier", "certifions certifiez"},
    {"clarifier", "clarifions clarifiez"},
    {"concevoir", "concevons concevez"},
    {"concilier", "concilions conciliez"},
    {"conclure", "concluons concluez"},
    {"conduire", "conduisons conduisez"},
    {"confier", "confions confiez"},
    {"construire", "construisons construisez"},
    {"convaincre", "convainquons convainquez"},
    {"convier", "convions conviez"},
    {"coudre", "cousons cousez"},
    {"decrire", "decrivons decrivez"},
    {"defendre", "defendons defendez"},
    {"differencier", "differencions differenciez"},
    {"ecrire", "ecrivons ecrivez"},
    {"entreprendre", "entreprenons entreprenez"},
    {"eteindre", "eteignons eteignez"},
    {"etudier", "etudions etudiez"},
    {"euthanasier", "euthanasions euthanasiez"},
    {"extraire", "extrayons extrayez"},
    {"identifier", "identifions identifiez"},
    {"initier", "initions initiez"},
    {"inscrire", "inscrivons inscrivez"},
    {"instruire", "instruisons instruisez"},
    {"introduire", "introduisons introduisez"},
    {"joindre", "joignons joignez"},
    {"justifier", "justifions justifiez"},
    {"licencier", "licencions licenciez"},
    {"lire", "lisons lisez"},
    {"lubrifier", "lubrifions lubrifiez"},
    {"manier", "manions maniez"},
    {"mettre", "mettons mettez"},
    {"modifier", "modifions modifiez"},
    {"multiplier", "multiplions multipliez"},
    {"negocier", "negocions negociez"},
    {"peindre", "peignons peignez"},
    {"percevoir", "percevons percevez"},
    {"photographier", "photographions photographiez"},
    {"planifier", "planifions planifiez"},
    {"plier", "plions pliez"},
    {"poursuivre", "poursuivons poursuivez"},
    {"prendre", "prenons prenez"},
    {"prescrire", "prescrivons prescrivez"},
    {"prevoir", "prevoyons prevoyez"},
    {"produire", "produisons produisez"},
    {"promouvoir", "promouvons promouvez"},
    {"publier", "publions publiez"},
    {"quantifier", "quantifions quantifiez"},
    {"recevoir", "recevons recevez"},
    {"reconnaitre", "reconnaissons reconnaissez"},
    {"rectifier", "rectifions rectifiez"},
    {"reduire", "reduisons reduisez"},
    {"relier", "relions reliez"},
    {"relire", "relisons relisez"},
    {"remedier", "remedions remediez"},
    {"remettre", "remettons remettez"},
    {"repondre", "repondons repondez"},
    {"reprendre", "reprenons reprenez"},
    {"reproduire", "reproduisons reproduisez"},
    {"resoudre", "resolvons resolvez"},
    {"simplifier", "simplifions simplifiez"},
    {"soumettre", "soumettons soumettez"},
    {"suivre", "suivons suivez"},
    {"torrefier", "torrefions torrefiez"},
    {"traduire", "traduisons traduisez"},
    {"transcrire", "transcrivons transcrivez"},
    {"transmettre", "transmettons transmettez"},
    {"trier", "trions triez"},
    {"vendre", "vendons vendez"},
    {"verifier", "verifions verifiez"},
};

// The stem `table` gives `word`, or an empty view.
template <std::size_t N>
std::string_view OwnStem(const std::pair<std::string_view, std::string_view> (&table)[N],
                         std::string_view word) {
  const auto it = std::lower_bound(std::begin(table), std::end(table), word,
                                   [](const std::pair<std::string_view, std::string_view>& e,
                                      std::string_view w) { return e.first < w; });
  return it != std::end(table) && it->first == word ? it->second : std::string_view();
}

// Appends Snowball's stem of `folded` (the word itself if Snowball fails: out of memory).
void SnowballAppend(sb_stemmer* s, std::string_view folded, std::string& out) {
  const sb_symbol* stem = sb_stemmer_stem(s, reinterpret_cast<const sb_symbol*>(folded.data()),
                                          static_cast<int>(folded.size()));
  if (stem == nullptr) {
    out.append(folded);
    return;
  }
  out.append(reinterpret_cast<const char*>(stem), static_cast<std::size_t>(sb_stemmer_length(s)));
}

// French nouns of action in -age whose verb in -er ESCO's French labels also write, each at
// least once: "soudage" / "souder", "câblage" / "câbler", "stockage" / "stocker", "emballage" /
// "emballer", "nettoyage" / "nettoyer" (85 such pairs in the labels and descriptions; 60 kept). The
// noun takes the verb's stem: labels write "soudage" 30 times and "souder" 10,
// and "Souder à l'arc" did not meet "soudage à l'arc". Not the nouns of another meaning than the
// verb's: "formage" (metal forming) / "former" (to train), "placage" (veneer) / "placer",
// "ménage" / "mener", "garage" / "garer", "passage", "assurage" / "assurer", "visage",
// "sauvage", "pelage", "parage", "tirage", "reportage", "dressage" / "dresser" (a table), nor
// "élevage" / "élever" (kFrenchOwnStems keeps "élève" apart); nor those whose verb's stem is also
// that of a noun of another meaning: "marquage" and "marque" (brand), "pressage" and "presse",
// "tournage" (filming) and "tournée", "filetage" (threading) and "filet", "toilettage" (grooming)
// and "toilettes", "accordage" (tuning) and "accord", "façonnage" and "façon" ("de façon
// autonome"), "montage" and "montant" (amount), "modelage" and "modèle", "étalonnage" and
// "étalon" (stallion), "forage" and the English "for" of French texts. The bases, folded and
// sorted.
constexpr std::string_view kFrenchAgeNounBases[] = {
    "affich",  "amarr",  "ancr",    "archiv",  "arrim",    "assembl", "bobin",    "boulonn",
    "broy",    "cabl",   "calandr", "calibr",  "capt",     "chauff",  "compact",  "decoup",
    "demont",  "depann", "depist",  "ebavur",  "emball",   "empil",   "enroul",   "entrepos",
    "etiquet", "filtr",  "grignot", "guid",    "lav",      "malt",    "maquill",  "mesur",
    "mix",     "moul",   "nettoy",  "parrain", "pes",      "pilot",   "platr",    "pli",
    "pomp",    "ponc",   "raffin",  "ramass",  "rechauff", "refoul",  "rembourr", "repass",
    "reper",   "sci",    "sech",    "soud",    "stock",    "tiss",    "trac",     "tremp",
    "tress",   "tri",    "tricot",  "usin",
};
static_assert(std::is_sorted(std::begin(kFrenchAgeNounBases), std::end(kFrenchAgeNounBases)));

// Snowball's French stem of `folded`, appended to `out`, with three corrections.
// - A noun of action in -age(s) of kFrenchAgeNounBases takes the stem of its verb in -er.
// - A feminine in -ère(s) stems as its masculine in -er. Snowball replaces "-ière" by "-i"
//   ("financière" -> "financi", as "financier"), but the word is folded before it is stemmed, and
//   "financiere" kept "financier"; "conseillère", "étrangère" likewise.
// - Verbs in -ifier meet their nouns of action. Snowball stems the infinitive and the present
//   participle "-ifi" ("planifier" -> "planifi", "identifiant" -> "identifi"), but the nouns in
//   -ification, the finite forms and the feminine participle "-if" or "-ifie" ("planification" ->
//   "planif", "vérifie" -> "verif", "qualifiée" -> "qualifie"). ESCO's French skill labels write
//   the verb ("planifier des projets", "identifier les risques"), French texts often the noun
//   ("planification de projets", "identification des risques"), as with kFrenchOwnStems: such a
//   stem loses its last "i" or "ie".
void FrenchSnowballAppend(sb_stemmer* french, std::string_view folded, std::string& out) {
  for (std::string_view suffix : {std::string_view("age"), std::string_view("ages")}) {
    if (folded.size() <= suffix.size() || !folded.ends_with(suffix)) continue;
    const std::string_view base = folded.substr(0, folded.size() - suffix.size());
    if (!std::binary_search(std::begin(kFrenchAgeNounBases), std::end(kFrenchAgeNounBases), base))
      continue;
    std::string verb(base);
    verb += "er";
    SnowballAppend(french, verb, out);
    return;
  }
  if (folded.size() >= 6 && folded.ends_with("eres")) {
    folded.remove_suffix(2);
  } else if (folded.size() >= 6 && folded.ends_with("ere")) {
    folded.remove_suffix(1);
  }
  const std::size_t start = out.size();
  SnowballAppend(french, folded, out);
  const std::string_view stem(out.data() + start, out.size() - start);
  if (stem.size() > 4 && stem.ends_with("ifi")) {
    out.pop_back();
  } else if (stem.size() > 5 && stem.ends_with("ifie")) {
    out.resize(out.size() - 2);
  }
}

// The stem of a conjugated form of kFrenchVerbs (the stem of its infinitive), or null.
const std::string* FrenchVerbStem(std::string_view word) {
  static const std::unordered_map<std::string_view, std::string> stems = [] {
    std::unordered_map<std::string_view, std::string> map;
    sb_stemmer* french = Stemmers().Get("fr");
    for (const FrenchVerb& verb : kFrenchVerbs) {
      // As StemAppend stems the infinitive (which is no key of this table).
      std::string stem(OwnStem(kFrenchOwnStems, verb.infinitive));
      if (stem.empty() && french != nullptr) FrenchSnowballAppend(french, verb.infinitive, stem);
      if (stem.empty()) continue;
      for (std::string_view forms = verb.forms; !forms.empty();) {
        const std::size_t space = forms.find(' ');
        map.emplace(forms.substr(0, space), stem);
        forms = space == std::string_view::npos ? std::string_view() : forms.substr(space + 1);
      }
    }
    return map;
  }();
  const auto it = stems.find(word);
  return it == stems.end() ? nullptr : &it->second;
}

// English spelling variants that Snowball's English stemmer keeps apart (-ise vs -ize) and
// over-stemmings that merge unrelated words (experience/experiment -> "experi",
// organization/organ -> "organ", and kEnglishOwnStems). Rewrites `word` in place before stemming;
// returns a fixed stem or an empty view.
std::string_view EnglishPreStem(std::string& word) {
  auto starts = [&](std::string_view p) { return word.compare(0, p.size(), p) == 0; };
  if (starts("experienc")) return "experienc";
  if (starts("organiz") || starts("organisa") || starts("organise") || starts("organisi"))
    return "organiz";
  if (std::string_view own = OwnStem(kEnglishOwnStems, word); !own.empty()) return own;
  // -yse -> -yze (analyse, paralyse).
  static constexpr std::string_view kYse[] = {"yse", "ysed", "ysing", "yser", "ysers"};
  for (std::string_view suffix : kYse) {
    if (word.size() > suffix.size() + 2 && word.ends_with(suffix)) {
      word[word.size() - suffix.size() + 1] = 'z';
      return {};
    }
  }
  // -ise -> -ize (organise, optimise, prioritise), except words where "ise" is not the suffix.
  static constexpr std::string_view kIse[] = {"isation", "isations", "ise",  "ised",
                                              "ises",    "ising",    "iser", "isers"};
  static constexpr std::string_view kNotSuffix[] = {
      "adv",      "exerc",  "prom", "expert", "enterpr", "prem",   "surpr", "comprom", "franch",
      "merchand", "otherw", "prec", "conc",   "improv",  "superv", "telev", "rev",     "dev",
      "disgu",    "cru",    "pra",  "po",     "chem",    "dem",    "exc",   "inc",     "r",
      "w",        "no",     "ra",   "wh",     "circumc", "appr",   "desp",  "paradise"};
  for (std::string_view suffix : kIse) {
    if (word.size() < suffix.size() + 3 || !word.ends_with(suffix)) continue;
    std::string_view base(word.data(), word.size() - suffix.size());
    for (std::string_view exception : kNotSuffix)
      if (base == exception) return {};
    word[base.size() + 1] = 'z';
    return {};
  }
  return {};
}

}  // namespace

void StemAppend(std::string_view folded, std::string_view language, std::string& out) {
  sb_stemmer* s = Stemmers().Get(language);
  if (s == nullptr || folded.empty()) {
    out.append(folded);
    return;
  }
  if (language == "en") {
    thread_local std::string word;
    word.assign(folded);
    std::string_view fixed = EnglishPreStem(word);
    if (!fixed.empty()) {
      out.append(fixed);
      return;
    }
    folded = word;
  } else if (language == "fr" || language == "es") {
    const std::string_view own =
        language == "fr" ? OwnStem(kFrenchOwnStems, folded) : OwnStem(kSpanishOwnStems, folded);
    if (!own.empty()) {
      out.append(own);
      return;
    }
    if (language == "fr") {
      if (const std::string* verb = FrenchVerbStem(folded); verb != nullptr) {
        out.append(*verb);
        return;
      }
      FrenchSnowballAppend(s, folded, out);
      return;
    }
  }
  SnowballAppend(s, folded, out);
}

}  // namespace internal

bool HasStemmer(std::string_view language) { return internal::Stemmers().Get(language) != nullptr; }

std::string Stem(std::string_view folded_word, std::string_view language) {
  std::string out;
  internal::StemAppend(folded_word, language, out);
  return out;
}

}  // namespace credmatch::text
