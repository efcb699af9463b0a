// The labels credmatch adds to ESCO's (extra_labels.hpp). Each is the usual wording, in job ads
// and CVs, of a skill (the "soft skills" of job ads first) or a job title whose ESCO labels in
// that language say it otherwise, and means nothing else there. Wording that already finds its
// concept first is not listed ("gestion du temps" finds "gérer le temps", "curiosité" "faire
// preuve de curiosité", "écoute active" "écouter activement", "team spirit" is an ESCO label).
#include "mapping/extra_labels.hpp"

namespace credmatch::internal::mapping {
namespace {

constexpr std::string_view kWorkInTeams =
    "http://data.europa.eu/esco/skill/60c78287-22eb-4103-9c8c-28deaa460da0";
constexpr std::string_view kWorkIndependently =
    "http://data.europa.eu/esco/skill/c29aa9d2-4da8-4bdd-831c-8d4a2fb51730";
constexpr std::string_view kAttendToDetail =
    "http://data.europa.eu/esco/skill/83e6510b-ffeb-4aec-959c-4265fd0ff7b7";
constexpr std::string_view kWorkOrganised =
    "http://data.europa.eu/esco/skill/1258cc12-37bb-4a12-b219-9c3d6b294533";
constexpr std::string_view kCopeWithStress =
    "http://data.europa.eu/esco/skill/7a147904-22b3-498a-b4d9-7bceeb86b45d";
constexpr std::string_view kShowInitiative =
    "http://data.europa.eu/esco/skill/001115fb-569f-4ee6-8381-c6807ef2527f";
constexpr std::string_view kThinkProactively =
    "http://data.europa.eu/esco/skill/e186976a-64f0-4052-a25b-297d19e1d0ec";
constexpr std::string_view kAddressAnAudience =
    "http://data.europa.eu/esco/skill/609a8ac1-9d29-4237-9886-596dbbe7ca8a";
constexpr std::string_view kListenActively =
    "http://data.europa.eu/esco/skill/a17286c5-238d-4f0b-bc24-29e9121345de";
constexpr std::string_view kUseSpreadsheets =
    "http://data.europa.eu/esco/skill/1973c966-f236-40c9-b2d4-5d71a89019be";
constexpr std::string_view kThinkAnalytically =
    "http://data.europa.eu/esco/skill/4707da90-9cfc-46ca-8de0-38a0b7bfb137";
constexpr std::string_view kSynthesiseInformation =
    "http://data.europa.eu/esco/skill/f715be1d-5fc4-49d3-82a5-0b8090d12849";
// Cross-sector and sector skills whose French labels job ads word otherwise.
constexpr std::string_view kManageTeam =
    "http://data.europa.eu/esco/skill/cb668e89-6ef5-4ff3-ab4a-506010e7e70b";
constexpr std::string_view kDriveVehicles =
    "http://data.europa.eu/esco/skill/2a82241a-216e-44d8-bb50-6b9a0ef82084";
constexpr std::string_view kReceiveGoods =
    "http://data.europa.eu/esco/skill/2cae39d6-78c2-4ce3-bee8-628504371463";
constexpr std::string_view kProjectManagement =
    "http://data.europa.eu/esco/skill/cd5efa8c-e44d-4cbc-91c6-796018dbed68";
constexpr std::string_view kOperateForklift =
    "http://data.europa.eu/esco/skill/28cb374e-6261-4133-8371-f9a5470145da";
constexpr std::string_view kTechnologyTrends =
    "http://data.europa.eu/esco/skill/7a17d7ce-01a2-4746-bbcc-22ffe22fa16e";
constexpr std::string_view kStockShelves =
    "http://data.europa.eu/esco/skill/7e9daad3-8604-4839-af9b-dc6f8db3ef68";
constexpr std::string_view kCashRegister =
    "http://data.europa.eu/esco/skill/0cb013af-6dd9-4fb2-b34e-63dda1a5cf82";
constexpr std::string_view kNegotiateSales =
    "http://data.europa.eu/esco/skill/71152876-b629-4a99-b9ea-0f25a0d07e4e";
constexpr std::string_view kPresentationSoftware =
    "http://data.europa.eu/esco/skill/234aeb8d-56c3-4531-9193-1c5e6a8d16cb";
constexpr std::string_view kSupplierRelationship =
    "http://data.europa.eu/esco/skill/3cd35f5d-ce6d-4f14-9a09-53d7a28d834c";
constexpr std::string_view kFirstAid =
    "http://data.europa.eu/esco/skill/f7464f30-662b-4177-85a0-3df9693e9e58";
constexpr std::string_view kAnswerCalls =
    "http://data.europa.eu/esco/skill/5a0bffcf-4ff6-49cf-a7db-4142e63f5f04";
constexpr std::string_view kWorkErgonomically =
    "http://data.europa.eu/esco/skill/156f8c5b-894a-4ccc-a70e-37a2726f3f00";
constexpr std::string_view kWillingnessToLearn =
    "http://data.europa.eu/esco/skill/9bf266a6-188b-4d17-a22f-2f266d76832b";

// Occupations: French job titles that ESCO's French labels do not write.
constexpr std::string_view kBuildingCleaner =
    "http://data.europa.eu/esco/occupation/303a1e34-cb16-4054-b323-81e5eec17397";
constexpr std::string_view kShelfFiller =
    "http://data.europa.eu/esco/occupation/d35f9e79-5778-43b4-8667-0e3ba1fcb19a";
constexpr std::string_view kFinancialManager =
    "http://data.europa.eu/esco/occupation/30f3ea93-882a-4525-841c-1d5b4b64076f";
constexpr std::string_view kKitchenAssistant =
    "http://data.europa.eu/esco/occupation/e1cf6897-158d-4b48-a39e-2a3a8cac216c";
constexpr std::string_view kDomesticCleaner =
    "http://data.europa.eu/esco/occupation/cbad55a4-c7cf-4ab6-9540-eac72b26729b";
constexpr std::string_view kAdministrativeAssistant =
    "http://data.europa.eu/esco/occupation/044d78cc-f62f-4532-83a5-8e04f2889652";
constexpr std::string_view kAccountingAssistant =
    "http://data.europa.eu/esco/occupation/bfe142b9-a049-4d41-89c4-fd2f34ac56b6";

// English job titles of software and data work that ESCO's labels write otherwise ("front end
// developer", "machine learning systems designer") or not at all.
constexpr std::string_view kSoftwareDeveloper =
    "http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1";
constexpr std::string_view kUserInterfaceDeveloper =
    "http://data.europa.eu/esco/occupation/866c7813-2c03-47d7-9bdc-192cfbace57c";
constexpr std::string_view kIctProductManager =
    "http://data.europa.eu/esco/occupation/a79170ad-0b7b-4697-864f-1748359aa10a";
constexpr std::string_view kIntelligentSystemsDesigner =
    "http://data.europa.eu/esco/occupation/35553663-deab-4d9a-bf22-15c1625d28e8";

constexpr ExtraLabel kExtraLabels[] = {
    // French: ESCO's French labels of these transversal skills have no alternatives (the v1.0
    // download).
    {kWorkInTeams, "fr", "esprit d'équipe"},
    {kWorkInTeams, "fr", "travail en équipe"},
    {kWorkInTeams, "fr", "travail d'équipe"},
    {kWorkInTeams, "fr", "travailler en groupe"},
    {kWorkIndependently, "fr", "autonomie"},
    {kWorkIndependently, "fr", "travailler en autonomie"},
    {kAttendToDetail, "fr", "rigueur"},
    {kAttendToDetail, "fr", "sens du détail"},
    {kWorkOrganised, "fr", "sens de l'organisation"},
    {kCopeWithStress, "fr", "travailler sous pression"},
    {kShowInitiative, "fr", "esprit d'initiative"},
    {kShowInitiative, "fr", "prise d'initiative"},
    // "Take initiatives to come up with improvements" (ESCO's description).
    {kThinkProactively, "fr", "force de proposition"},
    {kThinkProactively, "fr", "proactivité"},
    {kAddressAnAudience, "fr", "prise de parole en public"},
    {kAddressAnAudience, "fr", "parler en public"},
    {kAddressAnAudience, "fr", "aisance à l'oral"},
    {kListenActively, "fr", "sens de l'écoute"},
    {kListenActively, "fr", "qualités d'écoute"},
    {kUseSpreadsheets, "fr", "Excel"},
    {kUseSpreadsheets, "fr", "Microsoft Excel"},
    {kPresentationSoftware, "fr", "PowerPoint"},
    {kThinkAnalytically, "fr", "esprit d'analyse"},
    {kThinkAnalytically, "fr", "esprit analytique"},
    {kSynthesiseInformation, "fr", "esprit de synthèse"},
    {kWillingnessToLearn, "fr", "envie d'apprendre"},
    {kWillingnessToLearn, "fr", "goût d'apprendre"},
    // Cross-sector and sector skills whose French wording in job ads differs from ESCO's.
    {kManageTeam, "fr", "encadrer une équipe"},
    {kManageTeam, "fr", "encadrement d'équipe"},
    {kManageTeam, "fr", "management d'équipe"},
    {kManageTeam, "fr", "manager une équipe"},
    // The licence for cars, which job ads ask for.
    {kDriveVehicles, "fr", "permis B"},
    {kReceiveGoods, "fr", "réceptionner des marchandises"},
    {kReceiveGoods, "fr", "réception des marchandises"},
    {kProjectManagement, "fr", "conduite de projet"},
    {kProjectManagement, "fr", "pilotage de projet"},
    // The French certificate of aptitude for driving lift trucks.
    {kOperateForklift, "fr", "CACES"},
    {kTechnologyTrends, "fr", "veille technologique"},
    {kStockShelves, "fr", "mise en rayon"},
    {kCashRegister, "fr", "encaissement"},
    {kNegotiateSales, "fr", "négociation commerciale"},
    // The French workplace first-aider certificate.
    {kFirstAid, "fr", "sauveteur secouriste du travail"},
    {kFirstAid, "fr", "SST"},
    {kAnswerCalls, "fr", "accueil téléphonique"},
    {kWorkErgonomically, "fr", "gestes et postures"},
    // French job titles.
    {kBuildingCleaner, "fr", "agent de propreté"},
    {kBuildingCleaner, "fr", "agent de nettoyage"},
    {kShelfFiller, "fr", "employé libre-service"},
    {kShelfFiller, "fr", "employé de libre-service"},
    {kFinancialManager, "fr", "responsable administratif et financier"},
    {kAccountingAssistant, "fr", "assistant comptable"},
    {kAccountingAssistant, "fr", "aide-comptable"},
    {kAdministrativeAssistant, "fr", "employé administratif"},
    {kAdministrativeAssistant, "fr", "employée administrative"},
    {kAdministrativeAssistant, "fr", "agent administratif"},
    {kKitchenAssistant, "fr", "commis de cuisine"},
    {kDomesticCleaner, "fr", "employé de ménage"},
    {kDomesticCleaner, "fr", "employée de ménage"},
    // English: skills in the wording of job ads that ESCO's many English alternatives still miss.
    {kWorkInTeams, "en", "team player"},
    {kWillingnessToLearn, "en", "eager to learn"},
    {kWillingnessToLearn, "en", "keen to learn"},
    {kWillingnessToLearn, "en", "willing to learn"},
    {kAttendToDetail, "en", "eye for detail"},
    {kAddressAnAudience, "en", "public speaking"},
    {kUseSpreadsheets, "en", "Excel"},
    {kUseSpreadsheets, "en", "Microsoft Excel"},
    {kPresentationSoftware, "en", "PowerPoint"},
    {kPresentationSoftware, "en", "Microsoft PowerPoint"},
    {kSupplierRelationship, "en", "vendor management"},
    {kDriveVehicles, "en", "driving licence"},
    {kDriveVehicles, "en", "driving license"},
    // English job titles.
    {kSoftwareDeveloper, "en", "back end developer"},
    {kSoftwareDeveloper, "en", "backend developer"},
    // Back end and front end: software in general, not the web developer's web pages.
    {kSoftwareDeveloper, "en", "full stack developer"},
    {kUserInterfaceDeveloper, "en", "frontend developer"},
    {kIctProductManager, "en", "product owner"},
    {kIntelligentSystemsDesigner, "en", "machine learning engineer"},
    {kIntelligentSystemsDesigner, "en", "AI engineer"},
    {kBuildingCleaner, "en", "cleaner"},
};

}  // namespace

std::span<const ExtraLabel> ExtraLabels() { return kExtraLabels; }

}  // namespace credmatch::internal::mapping
