// Weak words per pillar and language, written for credmatch. Skills: words that talk about a
// skill rather than name one. Occupations: seniority, contract and gender markers of job titles
// ("Senior", "(m/w/d)", "H/F", "stagiaire").
#include "mapping/weak_words.hpp"

#include <cstddef>

namespace credmatch::internal::mapping {
namespace {

struct WeakList {
  std::string_view language;
  std::string_view skills;
  std::string_view occupations;
};

constexpr WeakList kWeakLists[] = {
    {"en",
     "skill skills skilled knowledge knowledgeable understanding experience experienced ability "
     "abilities competence competences competency competencies proficiency proficient expertise "
     "expert capability capabilities familiarity familiar background awareness strong good "
     "excellent solid sound great basic thorough proven demonstrated working practical relevant "
     "related various plus preferred required",
     "junior senior sr jr intern internship interns trainee trainees graduate graduates fresh "
     "entry level experienced principal associate staff m f d w h i ii iii iv 1 2 3 full part "
     "time pt ft remote urgent urgently hiring vacancy vacancies job jobs position based cum"},
    {"fr",
     "compétence compétences connaissance connaissances capacité capacités aptitude aptitudes "
     "maîtrise maîtriser maîtrisez expérience expériences savoir bonne bonnes bon bons solide "
     "solides excellente excellentes",
     "junior senior stagiaire stage alternant alternante alternance apprenti apprentie débutant "
     "débutante confirmé confirmée expérimenté expérimentée h f cdi cdd temps plein partiel poste "
     "postes"},
    {"de",
     "kenntnis kenntnisse fähigkeit fähigkeiten kompetenz kompetenzen erfahrung erfahrungen "
     "gute guten fundierte fundiertes sehr",
     "junior senior praktikant praktikantin praktikum werkstudent werkstudentin trainee "
     "auszubildender auszubildende m w d vollzeit teilzeit stelle"},
    {"es",
     "habilidad habilidades conocimiento conocimientos competencia competencias capacidad "
     "capacidades experiencia dominio buen buena buenos buenas sólido sólidos sólida",
     "junior senior becario becaria prácticas practicante jornada completa parcial puesto"},
    {"it",
     "competenza competenze conoscenza conoscenze capacità abilità esperienza buona buone "
     "ottima ottime",
     "junior senior stagista tirocinio tirocinante apprendista"},
    {"nl", "kennis vaardigheid vaardigheden ervaring competentie competenties goede",
     "junior senior stagiair stage medior m v"},
    {"pt",
     "competência competências conhecimento conhecimentos capacidade capacidades habilidade "
     "habilidades experiência domínio bom boa bons boas sólido sólidos",
     "júnior junior sênior senior estagiário estagiária estágio trainee"},
};

// Verb constructions of one language, comma-separated (light verbs, figurative verbs).
struct VerbConstructions {
  std::string_view language;
  std::string_view constructions;
};

template <std::size_t N>
std::string_view ConstructionsOf(const VerbConstructions (&lists)[N], std::string_view language) {
  for (const VerbConstructions& list : lists)
    if (list.language == language) return list.constructions;
  return {};
}

// Written for credmatch from the wording of ESCO's labels and of job ads and course outcomes in
// each language; inflected forms listed where the stem differs ("mise", "mis", "mettant").
constexpr VerbConstructions kLightVerbLists[] = {
    {"en",
     "take account, takes account, taking account, take part, takes part, taking part, make "
     "sure, makes sure, making sure"},
    {"fr",
     "mettre en place, met en place, mettent en place, mettez en place, mettant en place, mise en "
     "place, mis en place, mettre en œuvre, met en œuvre, mettent en œuvre, mettant en œuvre, mise "
     "en œuvre, mis en œuvre, assurer le suivi, assure le suivi, assurez le suivi, assurant le "
     "suivi, tenir compte, tient compte, tenant compte, participer à l'élaboration, participe à "
     "l'élaboration, participant à l'élaboration, veiller au respect, veille au respect"},
    {"es",
     "llevar a cabo, lleva a cabo, llevan a cabo, llevando a cabo, poner en marcha, pone en "
     "marcha, poner en práctica, pone en práctica, tener en cuenta, tiene en cuenta, teniendo en "
     "cuenta"},
};

// Written for credmatch from the wording of job ads. ESCO's English skill labels use "drive" for
// vehicles, piles and machines ("drive vehicles", "drive piles"), not for these objects; job ads
// write "drive the development of technology", "drive growth", and likewise "grow the business",
// "shape the strategy", "ship features", "fuel growth". The objects are listed with the adjectives
// that open them ("drive technological advances", "drive continuous improvement").
constexpr VerbConstructions kFigurativeVerbLists[] = {
    {"en",
     "drive development, drive developments, drive growth, drive change, drive changes, drive "
     "innovation, drive improvement, drive improvements, drive adoption, drive sales, drive "
     "revenue, drive performance, drive strategy, drive strategies, drive transformation, drive "
     "initiatives, drive initiative, drive review, drive reviews, drive results, drive engagement, "
     "drive efficiency, drive efficiencies, drive advances, drive business, drive value, drive "
     "excellence, drive quality, drive culture, drive progress, drive success, drive decisions, "
     "drive digitalisation, drive digitalization, drive automation, drive implementation, drive "
     "execution, drive delivery, drive awareness, drive demand, drive productivity, drive "
     "profitability, drive projects, drive project, drive processes, drive process, drive "
     "agenda, drive roadmap, drive priorities, drive outcomes, drive standardisation, drive "
     "alignment, drive collaboration, drive cost, drive costs, drive savings, drive technological, "
     "drive continuous, drive operational, drive strategic, drive commercial, drive digital, drive "
     "sustainable, drive sustainability, drive organisational, drive organizational, "
     // "Grow plants", "shape clay", "ship" (the vessel), "fuel" in the labels. Not "scale" nor
     // "land": nouns too ("large scale systems", "land deals").
     "grow business, grow revenue, grow sales, grow market, grow portfolio, grow pipeline, grow "
     "accounts, grow presence, grow brand, grow company, grow customer, grow customers, shape "
     "strategy, shape strategies, shape future, shape direction, shape roadmap, shape vision, "
     "shape culture, shape policy, shape policies, ship features, ship feature, ship code, ship "
     "software, ship releases, ship updates, fuel growth, fuel innovation, fuel expansion, fuel "
     "success"},
};

}  // namespace

std::string_view FigurativeVerbs(std::string_view language) {
  return ConstructionsOf(kFigurativeVerbLists, language);
}

std::string_view LightVerbs(std::string_view language) {
  return ConstructionsOf(kLightVerbLists, language);
}

std::string_view WeakWords(Pillar pillar, std::string_view language) {
  for (const WeakList& list : kWeakLists)
    if (list.language == language)
      return pillar == Pillar::kSkills ? list.skills : list.occupations;
  return {};
}

}  // namespace credmatch::internal::mapping
