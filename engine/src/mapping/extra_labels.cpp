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
constexpr std::string_view kLeadOthers =
    "http://data.europa.eu/esco/skill/75d8e5d9-bef3-418b-9011-01bff9f27207";
constexpr std::string_view kManageTime =
    "http://data.europa.eu/esco/skill/d9013e0e-e937-43d5-ab71-0e917ee882b8";
constexpr std::string_view kThinkCritically =
    "http://data.europa.eu/esco/skill/7dd94ad3-13d6-43fe-8b94-51fcbf67ced9";
constexpr std::string_view kNegotiateCompromises =
    "http://data.europa.eu/esco/skill/7954861c-86d4-4529-afbb-2c23dab9ac74";
constexpr std::string_view kMakeDecisions =
    "http://data.europa.eu/esco/skill/d62d2b4c-a6f8-439e-8a1b-4f29ab5f2c47";
constexpr std::string_view kAssumeResponsibility =
    "http://data.europa.eu/esco/skill/199f7919-5114-41b6-b6a5-41e0e4896ec1";
constexpr std::string_view kMaintainConcentration =
    "http://data.europa.eu/esco/skill/9cfd2219-553c-4d67-81e5-951e87c65135";
constexpr std::string_view kInstructOthers =
    "http://data.europa.eu/esco/skill/699e7c26-6502-4e78-a823-3656ff5a5b8b";
constexpr std::string_view kManageQuality =
    "http://data.europa.eu/esco/skill/35ebe444-9ece-4fbc-a55d-e99ea37267ae";
constexpr std::string_view kSelfReflection =
    "http://data.europa.eu/esco/skill/409a0245-0e6c-4aac-ba16-0920ecb76a8d";
constexpr std::string_view kManageFrustration =
    "http://data.europa.eu/esco/skill/1d1fedcb-4995-44ac-90f5-f31a157ce512";
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
constexpr std::string_view kMeetCommitments =
    "http://data.europa.eu/esco/skill/113b4428-0a31-4199-8496-070af7854b91";
constexpr std::string_view kAdaptToChange =
    "http://data.europa.eu/esco/skill/49de9958-2aa4-4eef-a89d-fe5d5bcd28c4";
constexpr std::string_view kTrainEmployees =
    "http://data.europa.eu/esco/skill/e54ff029-1ce9-447d-a5b2-eb7283a23e6e";
constexpr std::string_view kMonitorLegislation =
    "http://data.europa.eu/esco/skill/8bdc520c-6293-4e99-bf6f-a44d5da3ebcb";
constexpr std::string_view kRecruitEmployees =
    "http://data.europa.eu/esco/skill/496932f1-0b6b-4f73-9432-d95c7ddcd43b";
constexpr std::string_view kCustomerRelationship =
    "http://data.europa.eu/esco/skill/2239694b-771a-4586-8b54-2794e361a9ae";
constexpr std::string_view kSupportSystemUsers =
    "http://data.europa.eu/esco/skill/db36f7f1-5900-45bd-9ffb-f2b19c4362ac";
constexpr std::string_view kCodeReview =
    "http://data.europa.eu/esco/skill/9d1b08b3-ba1e-41f6-a466-1ac1e62eb5f0";
constexpr std::string_view kChairMeeting =
    "http://data.europa.eu/esco/skill/5e9e6dea-23d9-46ba-b8ea-749319b48994";
constexpr std::string_view kTroubleshoot =
    "http://data.europa.eu/esco/skill/334e3e49-fb02-4051-809a-f06adfdc1c40";
constexpr std::string_view kUseMicrosoftOffice =
    "http://data.europa.eu/esco/skill/f683ae1d-cb7c-4aa1-b9fe-205e1bd23535";
constexpr std::string_view kCustomerRelationshipManagement =
    "http://data.europa.eu/esco/skill/dc9a236c-c640-43c3-812f-269403591edb";
constexpr std::string_view kECommerceSystems =
    "http://data.europa.eu/esco/skill/b1272de4-1f5f-408b-8b26-061f2550fc72";
constexpr std::string_view kMonitorVitalSigns =
    "http://data.europa.eu/esco/skill/60f826be-0c1b-413b-aad5-4f7546622e16";
constexpr std::string_view kApplyHaccp =
    "http://data.europa.eu/esco/skill/5ba1d5b9-3f8d-46ca-bf9f-2e9ca65d1350";
constexpr std::string_view kScheduleShifts =
    "http://data.europa.eu/esco/skill/a9e4a63b-6b88-44f6-b37f-94309856f5ba";
constexpr std::string_view kFeedbackOnJobPerformance =
    "http://data.europa.eu/esco/skill/4012e28f-1826-4024-9772-7a4183d63b7f";
constexpr std::string_view kFinancialAnalysis =
    "http://data.europa.eu/esco/skill/99571e68-801f-49af-a897-5f75996642e1";
constexpr std::string_view kPrepareFinancialStatements =
    "http://data.europa.eu/esco/skill/60f51172-37c0-4933-a27a-cbf55dcd7580";
constexpr std::string_view kFinancialStatements =
    "http://data.europa.eu/esco/skill/4a460161-eaea-4fe2-bd0e-164ccc635be1";
constexpr std::string_view kGreetGuests =
    "http://data.europa.eu/esco/skill/26a6e6d2-1c9a-4d7e-8c04-5ba16d1f53da";
constexpr std::string_view kDriveConstructionEquipment =
    "http://data.europa.eu/esco/skill/b8c1e014-1f54-480a-bf0f-2ef3d2d275e8";
constexpr std::string_view kAssessStudents =
    "http://data.europa.eu/esco/skill/6fe019dd-027f-45f3-b19c-d27f7ae00980";
constexpr std::string_view kPatrolAreas =
    "http://data.europa.eu/esco/skill/e95dc989-ae49-49c6-bfc4-9aef35e92f35";
constexpr std::string_view kVenepuncture =
    "http://data.europa.eu/esco/skill/0646be77-a425-40da-8577-f77d1198c67f";
constexpr std::string_view kDiagnoseNursingCare =
    "http://data.europa.eu/esco/skill/46003629-a579-4d0a-b3ea-80ef890699d6";
constexpr std::string_view kMaintainGround =
    "http://data.europa.eu/esco/skill/5125b132-d1a9-41a4-95c3-91b0984e86b5";
// Skills whose English job-ad wording ESCO's English labels miss.
constexpr std::string_view kShowDetermination =
    "http://data.europa.eu/esco/skill/19a64e91-bfe3-4c48-9225-3bb1229b12f0";
constexpr std::string_view kBusinessAcumen =
    "http://data.europa.eu/esco/skill/4ddf5204-95f5-4be2-ad35-571e2f493ae5";
constexpr std::string_view kCommunication =
    "http://data.europa.eu/esco/skill/15d76317-c71a-4fa2-aadc-2ecc34e627b7";
constexpr std::string_view kComputerProgramming =
    "http://data.europa.eu/esco/skill/21d2f96d-35f7-4e3f-9745-c533d2dd6e97";
constexpr std::string_view kSearchEngineOptimisation =
    "http://data.europa.eu/esco/skill/eda4d727-4374-49af-ace4-118c7c906835";
constexpr std::string_view kTrackKpis =
    "http://data.europa.eu/esco/skill/8dcbcabe-09f7-4d11-940d-125af57bbc40";
constexpr std::string_view kProvideSafeguarding =
    "http://data.europa.eu/esco/skill/c44fb412-b830-425e-9371-5451780fa973";
constexpr std::string_view kClinicalCoding =
    "http://data.europa.eu/esco/skill/cf0b92de-4bd0-46ee-b383-7765b4cbcac9";
// Statistics and mathematics: the methods course outcomes and job ads name, which ESCO's labels
// of the knowledge do not write ("confidence intervals" found assertiveness through "confidence",
// "linear regression" and "Bayesian inference" nothing).
constexpr std::string_view kStatistics =
    "http://data.europa.eu/esco/skill/7ee4c2ea-b349-4bd2-81a3-ec31475d4833";
constexpr std::string_view kProbabilityTheory =
    "http://data.europa.eu/esco/skill/b758675a-b03b-4e4b-897c-57ca14b1a3d0";
constexpr std::string_view kDimensionalityReduction =
    "http://data.europa.eu/esco/skill/3e2ab38a-4519-4bef-b762-a8bf4836a775";
constexpr std::string_view kMathematics =
    "http://data.europa.eu/esco/skill/4339176e-3acd-4f7f-a5d9-445bee3d23f2";
// Container tools that job ads name and ESCO's labels do not write, though the description of
// manage ICT virtualisation environments names them. (Not the cloud platforms, AWS or Azure, as
// labels of cloud technologies: ESCO's description names none, and annotators of job ads take
// them for skills ESCO lacks.)
constexpr std::string_view kVirtualisationEnvironments =
    "http://data.europa.eu/esco/skill/ae4f0cc6-e0b9-47f5-bdca-2fc2e6316dce";
// The management-system standards of ISO that job ads name by number, and the ESCO concept of
// each: quality (ISO 9001), environment (ISO 14001), information security (ISO/IEC 27001), food
// safety (ISO 22000, which ESCO's description of food safety standards names), occupational health
// and safety (ISO 45001). ESCO's English labels write no ISO number.
constexpr std::string_view kQualityStandards =
    "http://data.europa.eu/esco/skill/8d4271ca-c9fd-40b3-875f-15f78332a49e";
constexpr std::string_view kEnvironmentalManagementSystem =
    "http://data.europa.eu/esco/skill/b13e0689-636d-42d0-86c3-df9d6f85a882";
constexpr std::string_view kIctSecurityStandards =
    "http://data.europa.eu/esco/skill/3ff589b7-68df-4ea5-ae41-b395bdb2378f";
constexpr std::string_view kFoodSafetyStandards =
    "http://data.europa.eu/esco/skill/fa46ff13-5ad7-4a11-85d6-4b0614e411de";
constexpr std::string_view kHealthSafetyWorkplace =
    "http://data.europa.eu/esco/skill/198b614d-a9af-46f5-b3fd-2672b401dd8e";

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
// The regulated profession of Directive 2005/36/EC (Art. 31, Annex V.2): a nurse without a
// qualifier ("Nurse", "Registered Nurse", "Infirmier H/F", "IDE") is one of general care; ESCO's
// labels give the general care nurse only qualified titles ("ward nurse", "adult nurse").
constexpr std::string_view kGeneralCareNurse =
    "http://data.europa.eu/esco/occupation/8d3e8aaa-791b-4c75-a465-f3f827028f50";
constexpr std::string_view kAccountingAssistant =
    "http://data.europa.eu/esco/occupation/bfe142b9-a049-4d41-89c4-fd2f34ac56b6";
constexpr std::string_view kMaterialsHandler =
    "http://data.europa.eu/esco/occupation/808becc8-5a4e-4e71-a043-c2ea32b56ae3";
constexpr std::string_view kAccountingManager =
    "http://data.europa.eu/esco/occupation/04f39bfa-bc03-4480-98bc-b18ce4fe4b4b";
constexpr std::string_view kFoodServiceWorker =
    "http://data.europa.eu/esco/occupation/b4bff870-5c8f-4c33-b07f-f04d79830633";
constexpr std::string_view kBusinessManager =
    "http://data.europa.eu/esco/occupation/544cd9cf-e2ee-4ac0-8a02-7147af6b97d7";
constexpr std::string_view kBuildingCaretaker =
    "http://data.europa.eu/esco/occupation/1822bfc2-e735-449f-ba00-ca71eb5c062b";

// English job titles of software and data work that ESCO's labels write otherwise ("front end
// developer", "machine learning systems designer") or not at all.
constexpr std::string_view kSoftwareDeveloper =
    "http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1";
constexpr std::string_view kUserInterfaceDeveloper =
    "http://data.europa.eu/esco/occupation/866c7813-2c03-47d7-9bdc-192cfbace57c";
constexpr std::string_view kIctProductManager =
    "http://data.europa.eu/esco/occupation/a79170ad-0b7b-4697-864f-1748359aa10a";
constexpr std::string_view kRecruitmentConsultant =
    "http://data.europa.eu/esco/occupation/068370e0-9c27-4814-87d0-44fbb3140815";
constexpr std::string_view kForkliftOperator =
    "http://data.europa.eu/esco/occupation/eeac6251-1974-42f5-91ed-513c6c883755";
constexpr std::string_view kVehicleTechnician =
    "http://data.europa.eu/esco/occupation/4ad4024e-d1d3-4dea-b6d1-2c7948111dce";
constexpr std::string_view kIntelligentSystemsDesigner =
    "http://data.europa.eu/esco/occupation/35553663-deab-4d9a-bf22-15c1625d28e8";

// Written more than once below.
constexpr std::string_view kManagePayroll =
    "http://data.europa.eu/esco/skill/9d916d7c-89b3-4084-a6d9-e2b0b3091404";
constexpr std::string_view kDevelopBusinessPlans =
    "http://data.europa.eu/esco/skill/ead58f22-0af5-467c-ac1e-b750e4e1ac6a";
constexpr std::string_view kStakeholderRelationships =
    "http://data.europa.eu/esco/skill/1af2db15-2af9-44dd-9639-bf1fc69d4c34";
constexpr std::string_view kSalesSupportAssistant =
    "http://data.europa.eu/esco/occupation/5c1eba1e-7820-4287-9746-4c5906320100";
constexpr std::string_view kInventoryCoordinator =
    "http://data.europa.eu/esco/occupation/d7a9f9e0-e2f5-4804-a0e0-b21ebb1403ee";

constexpr std::string_view kAutonomyInDailyActivities =
    "http://data.europa.eu/esco/skill/6f2ac3e9-859e-442e-91fd-2db1a2bc8467";

constexpr ExtraLabel kExtraLabels[] = {
    // French: ESCO's French labels of these transversal skills have no alternatives (the v1.0
    // download).
    {kWorkInTeams, "fr", "esprit d'équipe"},
    {kWorkInTeams, "fr", "travail en équipe"},
    {kWorkInTeams, "fr", "travail d'équipe"},
    {kWorkInTeams, "fr", "travailler en groupe"},
    // "Collaborer efficacement au sein d'une équipe" (a course outcome) found collaborer avec
    // l'équipe de coaching, 0.29.
    {kWorkInTeams, "fr", "collaborer au sein d'une équipe"},
    {kWorkInTeams, "fr", "s'intégrer dans une équipe"},
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
    // The nouns and adjectives of French job ads for the transversal skills whose French labels
    // (v1.0) are one infinitive, where ESCO's English labels give 10 to 24 alternatives
    // ("leadership", "critical thinking", "stress management", "sense of responsibility").
    {kWorkIndependently, "fr", "travailler de façon autonome"},
    {kLeadOthers, "fr", "leadership"},
    {kLeadOthers, "fr", "qualités de leader"},
    {kLeadOthers, "fr", "fédérer une équipe"},
    {kLeadOthers, "fr", "fédérer les équipes"},
    {kManageTime, "fr", "gestion des priorités"},
    {kManageTime, "fr", "gérer les priorités"},
    {kManageTime, "fr", "prioriser les tâches"},
    {kManageTime, "fr", "organisation du temps"},
    {kCopeWithStress, "fr", "résistance au stress"},
    {kCopeWithStress, "fr", "gestion du stress"},
    {kCopeWithStress, "fr", "résister au stress"},
    {kCopeWithStress, "fr", "sang-froid"},
    {kThinkCritically, "fr", "esprit critique"},
    {kThinkCritically, "fr", "pensée critique"},
    {kThinkCritically, "fr", "sens critique"},
    {kNegotiateCompromises, "fr", "sens de la négociation"},
    {kNegotiateCompromises, "fr", "qualités de négociateur"},
    {kMakeDecisions, "fr", "prise de décision"},
    {kMakeDecisions, "fr", "sens de la décision"},
    {kMakeDecisions, "fr", "esprit de décision"},
    {kAssumeResponsibility, "fr", "sens des responsabilités"},
    {kAssumeResponsibility, "fr", "sens de la responsabilité"},
    {kAttendToDetail, "fr", "souci du détail"},
    {kAttendToDetail, "fr", "rigoureux"},
    {kAttendToDetail, "fr", "minutieux"},
    {kWorkOrganised, "fr", "esprit méthodique"},
    {kWorkOrganised, "fr", "organisé et méthodique"},
    // The adjective of "autonomie" ("Vous êtes autonome" found travailler de manière autonome
    // through "autonomie" alone, 0.31) and the business sense of sales ads ("sens commercial"
    // found avoir le sens des affaires through "sens" alone).
    {kWorkIndependently, "fr", "autonome"},
    {kBusinessAcumen, "fr", "sens commercial"},
    {kThinkAnalytically, "fr", "capacités d'analyse"},
    {kThinkAnalytically, "fr", "raisonnement logique"},
    {kMaintainConcentration, "fr", "capacité de concentration"},
    {kMaintainConcentration, "fr", "capacités de concentration"},
    {kInstructOthers, "fr", "transmettre son savoir"},
    {kInstructOthers, "fr", "transmettre ses connaissances"},
    {kInstructOthers, "fr", "sens de la pédagogie"},
    {kManageQuality, "fr", "souci de la qualité"},
    {kSelfReflection, "fr", "autocritique"},
    {kManageFrustration, "fr", "gérer ses émotions"},
    {kManageFrustration, "fr", "gestion des émotions"},
    // Cross-sector and sector skills whose French wording in job ads differs from ESCO's.
    {kManageTeam, "fr", "encadrer une équipe"},
    {kManageTeam, "fr", "encadrement d'équipe"},
    {kManageTeam, "fr", "management d'équipe"},
    {kManageTeam, "fr", "manager une équipe"},
    // "Animer une équipe" is French for leading one (before, graphiques animés first).
    {kManageTeam, "fr", "animer une équipe"},
    // The licence for cars, which job ads ask for.
    {kDriveVehicles, "fr", "permis B"},
    {kDriveVehicles, "fr", "permis de conduire"},
    // The care term of French job ads for the activities of daily living ("Vous accompagnez
    // les résidents dans les actes de la vie quotidienne" found codage des actes médicaux, 0.07);
    // ESCO: aider des patients à être autonomes dans leurs activités quotidiennes.
    {kAutonomyInDailyActivities, "fr", "accompagner dans les actes de la vie quotidienne"},
    {kAutonomyInDailyActivities, "fr", "aide aux actes de la vie quotidienne"},
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
    // "Vous pilotez les projets", "vous animez des formations", "vous assurez la veille
    // réglementaire", "vous fidélisez votre portefeuille clients", "support utilisateurs de niveau
    // 1": ESCO writes "assurer la gestion de projets", "former le personnel", "suivre l'évolution
    // de la législation", "entretenir des relations avec des clients", "aider les utilisateurs de
    // systèmes d'information".
    // ESCO's English labels: "demonstrate punctuality", "be flexible".
    {kMeetCommitments, "fr", "ponctualité"},
    {kAdaptToChange, "fr", "flexibilité"},
    {kAdaptToChange, "fr", "polyvalence"},
    // "Adaptabilité" found nothing, "capacité d'adaptation" adapter la capacité d'un système de
    // TIC, "capacité de synthèse" engrais de synthèse.
    {kAdaptToChange, "fr", "adaptabilité"},
    {kAdaptToChange, "fr", "capacité d'adaptation"},
    {kAdaptToChange, "fr", "faculté d'adaptation"},
    {kSynthesiseInformation, "fr", "capacité de synthèse"},
    {kSynthesiseInformation, "fr", "capacités de synthèse"},
    {kProjectManagement, "fr", "piloter des projets"},
    {kTrainEmployees, "fr", "animer des formations"},
    {kTrainEmployees, "fr", "former les collaborateurs"},
    {kTrainEmployees, "fr", "former les nouveaux arrivants"},
    {kMonitorLegislation, "fr", "veille réglementaire"},
    {kMonitorLegislation, "fr", "veille juridique"},
    {kRecruitEmployees, "fr", "recruter des collaborateurs"},
    {kRecruitEmployees, "fr", "conduire des entretiens de recrutement"},
    {kRecruitEmployees, "fr", "mener des entretiens de recrutement"},
    // ESCO: "présider une réunion" (chair a meeting; "lead a meeting", "oversee a meeting").
    {kChairMeeting, "fr", "animer des réunions"},
    {kChairMeeting, "fr", "animer une réunion"},
    {kCustomerRelationship, "fr", "fidéliser la clientèle"},
    {kCustomerRelationship, "fr", "fidéliser un portefeuille clients"},
    {kCustomerRelationship, "fr", "fidélisation client"},
    {kSupportSystemUsers, "fr", "support utilisateurs"},
    {kSupportSystemUsers, "fr", "assistance aux utilisateurs"},
    // The usual French terms of software and office work, and English ones that French job ads
    // write as they are ("CRM", "e-commerce").
    {kCodeReview, "fr", "revue de code"},
    {kUseMicrosoftOffice, "fr", "Pack Office"},
    {kUseMicrosoftOffice, "fr", "suite Office"},
    {kCustomerRelationshipManagement, "fr", "CRM"},
    {kECommerceSystems, "fr", "e-commerce"},
    {kECommerceSystems, "fr", "commerce en ligne"},
    {kProjectManagement, "fr", "management de projet"},
    // ESCO's French label is "effectuer un dépannage"; its labels write "panne" twice.
    {kTroubleshoot, "fr", "diagnostic de pannes"},
    {kTroubleshoot, "fr", "diagnostiquer les pannes"},
    // The "constantes" of French nursing are the vital signs (ESCO: "surveiller les signes vitaux
    // d'un patient"); "HACCP" alone, which ESCO's French labels write only inside "appliquer la
    // méthode HACCP" and three audit skills ("Vous respectez les normes HACCP" found respecter les
    // normes d'une entreprise); the staff rota ("planifier les horaires de rotation du
    // personnel"; "Vous élaborez les plannings du personnel" found élaborer des plannings
    // d'arrosage).
    {kMonitorVitalSigns, "fr", "prise des constantes"},
    {kMonitorVitalSigns, "fr", "prendre les constantes"},
    {kMonitorVitalSigns, "fr", "surveillance des constantes"},
    {kApplyHaccp, "fr", "HACCP"},
    {kApplyHaccp, "fr", "normes HACCP"},
    {kScheduleShifts, "fr", "planning du personnel"},
    {kScheduleShifts, "fr", "plannings du personnel"},
    {kScheduleShifts, "fr", "planning des équipes"},
    // The yearly appraisal interview of French firms (ESCO: "faire des commentaires sur la
    // performance au travail", whose English labels include "conduct performance appraisal";
    // "Conduire un entretien annuel d'évaluation" found évaluer des rapports d'entretien, 0.16)
    // and the financial diagnosis of a firm (ESCO: "analyse financière"; before, réaliser un
    // diagnostic vétérinaire).
    {kFeedbackOnJobPerformance, "fr", "entretien annuel d'évaluation"},
    {kFeedbackOnJobPerformance, "fr", "entretiens annuels d'évaluation"},
    {kFeedbackOnJobPerformance, "fr", "entretien individuel d'évaluation"},
    {kFinancialAnalysis, "fr", "diagnostic financier"},
    // The wording of French job descriptions (ROME) for tasks whose ESCO labels say it
    // otherwise: "former des salariés" (ESCO: "former le personnel"; found contrôler les absences
    // de salariés), "évaluer les élèves" ("évaluer des étudiants"; found évaluer les autres), the
    // guard's rounds ("patrouiller une zone"), the blood sample ("exécuter des procédures de
    // ponction veineuse"; found don de sang), the nursing diagnosis ("diagnostiquer des soins
    // infirmiers"; found réaliser un diagnostic vétérinaire) and the upkeep of green spaces
    // ("entretenir des espaces extérieurs"; found the knowledge of green space strategies).
    {kTrainEmployees, "fr", "former des salariés"},
    {kAssessStudents, "fr", "évaluer les élèves"},
    {kPatrolAreas, "fr", "rondes de surveillance"},
    {kPatrolAreas, "fr", "rondes de sécurité"},
    {kVenepuncture, "fr", "prise de sang"},
    {kVenepuncture, "fr", "prélèvement sanguin"},
    {kDiagnoseNursingCare, "fr", "diagnostic infirmier"},
    {kMaintainGround, "fr", "entretien des espaces verts"},
    {kMaintainGround, "fr", "entretenir les espaces verts"},
    // The annual accounts of French and Belgian firms are their financial statements ("états
    // financiers"); "établir les comptes annuels" found gérer des comptes, 0.14.
    {kPrepareFinancialStatements, "fr", "établir les comptes annuels"},
    {kFinancialStatements, "fr", "comptes annuels"},
    // British English says the same ("Prepare the annual accounts of a company" found prepare
    // airport annual budget, 0.29).
    {kPrepareFinancialStatements, "en", "prepare annual accounts"},
    {kFinancialStatements, "en", "annual accounts"},
    // "Plan d'affaires", the business plan of Belgian, Swiss and Québec French ("Élaborer un plan
    // d'affaires" found formuler un plan de traitement, 0.41); ESCO's French labels say "plan
    // d'entreprise" and "business plan".
    {kDevelopBusinessPlans, "fr", "élaborer un plan d'affaires"},
    {kDevelopBusinessPlans, "fr", "plan d'affaires"},
    // The front desk's "accueil physique" is in person ("Vous assurez l'accueil physique et
    // téléphonique" found physique, the science, second).
    {kGreetGuests, "fr", "accueil physique"},
    // French job ads call payroll "la paie"; ESCO's French labels write "gérer des salaires" for
    // manage payroll and "contrôler un paiement" for check payrolls ("Réaliser la paie" found
    // gérer des rapports de paie, 0.10).
    {kManagePayroll, "fr", "gérer la paie"},
    {kManagePayroll, "fr", "réaliser la paie"},
    {"http://data.europa.eu/esco/skill/734187e4-650e-4a0a-a7f8-826cd4757229", "fr",
     "contrôler la paie"},
    // The site machinery of French job ads ("engins de chantier"; ESCO: "piloter des engins de
    // construction lourds mobiles"; "Vous conduisez des engins de chantier" found conduire des
    // engins agricoles).
    {kDriveConstructionEquipment, "fr", "conduire des engins de chantier"},
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
    // The French title of a child care worker with the state diploma of nurseries (ESCO's
    // French labels: "puériculteur/puéricultrice"; "Auxiliaire de puériculture" found the
    // trainer of their school first, 0.49).
    {"http://data.europa.eu/esco/occupation/3f74aad8-2d60-4be2-b059-8dba5568d530", "fr",
     "auxiliaire de puériculture"},
    // The assistant of French nursery-school teachers, an "agent territorial spécialisé des écoles
    // maternelles" (ESCO's French labels write "agent spécialisé des écoles maternelles", not the
    // acronym every job ad uses; "ATSEM" found nothing).
    {"http://data.europa.eu/esco/occupation/4d27152a-a8ee-4f5a-9f93-a2fb4fb2b2e3", "fr", "ATSEM"},
    // ESCO's French label of building caretaker is "concierge" alone.
    {kBuildingCaretaker, "fr", "gardien d'immeuble"},
    {kBuildingCaretaker, "fr", "gardienne d'immeuble"},
    // The dock worker of a warehouse, who loads and unloads the lorries (ESCO: manutentionnaire;
    // "Agent / Agente de quai" found agent de talents, 0.10).
    {kMaterialsHandler, "fr", "agent de quai"},
    {kMaterialsHandler, "fr", "agente de quai"},
    // Titles of French job ads that found another occupation: "Responsable comptable" comptable
    // (ESCO: "chef comptable"), "Agent logistique" ingénieur logistique (a warehouse operative:
    // "opérateur logistique en entrepôt"), "Employé de restauration" professeur de restauration
    // ("personnel de restauration"), "Chargé d'affaires" pharmacien dans l'industrie (through
    // "chargé d'affaires réglementaires"; ESCO: "chargé d'affaires en industrie").
    {kAccountingManager, "fr", "responsable comptable"},
    {kMaterialsHandler, "fr", "agent logistique"},
    {kMaterialsHandler, "fr", "agente logistique"},
    {kFoodServiceWorker, "fr", "employé de restauration"},
    {kFoodServiceWorker, "fr", "employée de restauration"},
    {kBusinessManager, "fr", "chargé d'affaires"},
    {kBusinessManager, "fr", "chargée d'affaires"},
    // Three more titles of French job boards (tenth session): "Assistant(e) commercial(e)", the
    // sales administration assistant (ESCO: "assistant des ventes"; found délégué commercial),
    // "Manager de rayon" (ESCO: "chef de rayon"; found employé de rayon), "Gestionnaire de stock"
    // (ESCO: "coordinateur d'inventaire"; found gestionnaire d'information, 0.18).
    {kSalesSupportAssistant, "fr", "assistant commercial"},
    {kSalesSupportAssistant, "fr", "assistante commerciale"},
    {"http://data.europa.eu/esco/occupation/a79d9e58-36be-4e67-a4db-ea6c8ff445fc", "fr",
     "manager de rayon"},
    {kInventoryCoordinator, "fr", "gestionnaire de stock"},
    {kInventoryCoordinator, "fr", "gestionnaire de stocks"},
    {kGeneralCareNurse, "fr", "infirmier"},
    {kGeneralCareNurse, "fr", "infirmière"},
    {kGeneralCareNurse, "fr", "infirmier diplômé d'État"},
    {kGeneralCareNurse, "fr", "infirmière diplômée d'État"},
    {kGeneralCareNurse, "fr", "IDE"},
    // ESCO (v1.0): "consultant en recrutement", "cariste", "technicien de véhicules" (truck
    // mechanic). "Chargé de recrutement" found chargé des relations publiques, "conducteur de
    // chariot élévateur" conducteur d'autobus, "mécanicien poids lourds" conducteur de poids lourd.
    {kRecruitmentConsultant, "fr", "chargé de recrutement"},
    {kRecruitmentConsultant, "fr", "chargée de recrutement"},
    {kForkliftOperator, "fr", "conducteur de chariot élévateur"},
    {kForkliftOperator, "fr", "conductrice de chariot élévateur"},
    {kVehicleTechnician, "fr", "mécanicien poids lourds"},
    {kVehicleTechnician, "fr", "mécanicienne poids lourds"},
    // English: skills in the wording of job ads that ESCO's many English alternatives still miss.
    {kWorkInTeams, "en", "team player"},
    {kWillingnessToLearn, "en", "eager to learn"},
    {kWillingnessToLearn, "en", "keen to learn"},
    {kWillingnessToLearn, "en", "willing to learn"},
    {kAttendToDetail, "en", "eye for detail"},
    // "Collaborate effectively within a team" found collaborate with coaching team (0.48).
    {kWorkInTeams, "en", "collaborate within a team"},
    {kAddressAnAudience, "en", "public speaking"},
    {kUseSpreadsheets, "en", "Excel"},
    {kUseSpreadsheets, "en", "Microsoft Excel"},
    {kPresentationSoftware, "en", "PowerPoint"},
    {kPresentationSoftware, "en", "Microsoft PowerPoint"},
    {kSupplierRelationship, "en", "vendor management"},
    {kDriveVehicles, "en", "driving licence"},
    {kDriveVehicles, "en", "driving license"},
    // Vans, which ESCO's labels do not name ("Drive a company van" found no driving skill).
    {kDriveVehicles, "en", "drive a van"},
    // The care term of English job ads (ESCO: assist healthcare users achieve autonomy).
    {kAutonomyInDailyActivities, "en", "assist with activities of daily living"},
    // ESCO: "goal-oriented work style", "analytical thinking", "business acumen". "Analytical
    // mindset" found analytical chemistry, "Commercial awareness" commercial law, "written and
    // verbal communication" the non-verbal kind. ("Results-driven" is boilerplate, praise of the
    // employer as often as of the candidate: text/language_data.cpp.)
    {kShowDetermination, "en", "goal-oriented"},
    // "Highly motivated candidate" found motivate others ("motivated" is the verb's participle
    // there); ESCO's description of show determination: "be motivated by inner interest".
    {kShowDetermination, "en", "highly motivated"},
    {kShowDetermination, "en", "self-motivated"},
    {kThinkAnalytically, "en", "analytical mindset"},
    {kThinkAnalytically, "en", "analytical mind"},
    {kBusinessAcumen, "en", "commercial awareness"},
    // "Take ownership of your work" found review ownership transfer procedures.
    {kAssumeResponsibility, "en", "take ownership"},
    {kAssumeResponsibility, "en", "sense of ownership"},
    {kCommunication, "en", "verbal communication"},
    // Job-ad words that ESCO's English labels write otherwise or only inside longer labels:
    // "coding" ("computer programming"; "coding" found clinical coding), "SEO" (search engine
    // optimisation; found nothing), "KPI(s)" (track key performance indicators; nothing),
    // "safeguarding" in care work (provide safeguarding to individuals; found food preservation,
    // through its label "food safeguarding"), "fast/quick learner". "Medical coding" then keeps
    // clinical coding (ESCO: "clinical coding").
    {kComputerProgramming, "en", "coding"},
    // "Programming language(s)", which ESCO's description of computer programming writes and its
    // labels do not ("... manipulated in a programming language" found teach languages;
    // "langages de programmation" found programmation web, 0.27).
    {kComputerProgramming, "en", "programming language"},
    {kComputerProgramming, "en", "programming languages"},
    {kComputerProgramming, "fr", "langage de programmation"},
    {kComputerProgramming, "fr", "langages de programmation"},
    // "Courriel", the French word of Québec and of French administrations for an e-mail, which
    // ESCO's French labels never write (it found nothing; "courrier électronique" and "e-mail"
    // find draft corporate emails).
    {"http://data.europa.eu/esco/skill/ec0bbf39-0edd-4015-a2c3-82ad563ce3a8", "fr",
     "rédiger des courriels"},
    // "Stakeholder management", the job-ad name of manage relationships with stakeholders, whose
    // English labels have no alternative ("Strong stakeholder management skills" found own
    // management skills first, 0.25).
    {kStakeholderRelationships, "en", "stakeholder management"},
    {kStakeholderRelationships, "fr", "gestion des parties prenantes"},
    {kClinicalCoding, "en", "medical coding"},
    {kSearchEngineOptimisation, "en", "SEO"},
    {kTrackKpis, "en", "KPI"},
    {kProvideSafeguarding, "en", "safeguarding"},
    {kWillingnessToLearn, "en", "fast learner"},
    {kWillingnessToLearn, "en", "quick learner"},
    // Statistics and mathematics (above), in English and French. Not "analyse en composantes
    // principales": "analyse" and "composantes" then reached it from unrelated French outcomes.
    {kStatistics, "en", "confidence interval"},
    {kStatistics, "en", "confidence intervals"},
    {kStatistics, "en", "hypothesis testing"},
    {kStatistics, "en", "hypothesis tests"},
    {kStatistics, "en", "regression analysis"},
    {kStatistics, "en", "linear regression"},
    {kStatistics, "en", "time series analysis"},
    {kStatistics, "en", "Bayesian inference"},
    {kStatistics, "en", "maximum likelihood estimation"},
    {kProbabilityTheory, "en", "Markov chain"},
    {kProbabilityTheory, "en", "stochastic process"},
    {kDimensionalityReduction, "en", "principal component analysis"},
    {kMathematics, "en", "differential equations"},
    {kStatistics, "fr", "intervalle de confiance"},
    {kStatistics, "fr", "intervalles de confiance"},
    {kStatistics, "fr", "test d'hypothèse"},
    {kStatistics, "fr", "tests d'hypothèses"},
    {kStatistics, "fr", "analyse de régression"},
    {kStatistics, "fr", "régression linéaire"},
    {kStatistics, "fr", "séries temporelles"},
    {kStatistics, "fr", "inférence bayésienne"},
    {kStatistics, "fr", "maximum de vraisemblance"},
    {kProbabilityTheory, "fr", "chaîne de Markov"},
    {kProbabilityTheory, "fr", "processus stochastique"},
    {kMathematics, "fr", "équations différentielles"},
    // Container tools (above), written alike in every language.
    {kVirtualisationEnvironments, "", "Docker"},
    {kVirtualisationEnvironments, "", "Kubernetes"},
    // ISO standards by number (above), written alike in every language.
    {kQualityStandards, "", "ISO 9001"},
    {kEnvironmentalManagementSystem, "", "ISO 14001"},
    {kIctSecurityStandards, "", "ISO 27001"},
    {kFoodSafetyStandards, "", "ISO 22000"},
    {kHealthSafetyWorkplace, "", "ISO 45001"},
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
    {kGeneralCareNurse, "en", "nurse"},
    {kGeneralCareNurse, "en", "registered nurse"},
    {kGeneralCareNurse, "en", "staff nurse"},
};

// FillInLabels(): ESCO's English preferred label above the French labels of each concept (the
// preferred label first). Skills
// in ESCO's wording (an infinitive), knowledge as a noun phrase, and where job ads or course
// outcomes name the concept otherwise, their wording too ("résolution de problèmes", "orientation
// client", "réactivité", "persévérance", "RGPD").
constexpr FillIn kFillInLabels[] = {
    // adjust to physical demands
    {"http://data.europa.eu/esco/skill/13b4a3d2-abdf-4442-8e52-d7464a58ecbc", "fr",
     "s'adapter aux exigences physiques | résistance physique | station debout prolongée"},
    // adopt ways to foster biodiversity and animal welfare
    {"http://data.europa.eu/esco/skill/0171653e-c8e9-4c24-bb86-a4b6fe038f25", "fr",
     "adopter des comportements favorables à la biodiversité et au bien-être animal"},
    // adopt ways to reduce negative impact of consumption
    {"http://data.europa.eu/esco/skill/4c3ab565-747c-4db3-8c47-79e8d6f98cf4", "fr",
     "réduire l'impact négatif de sa consommation"},
    // adopt ways to reduce pollution
    {"http://data.europa.eu/esco/skill/0d75a128-bd88-4c1b-b70d-8e963aeb490c", "fr",
     "adopter des moyens de réduire la pollution | réduire la pollution"},
    // apply basic programming skills
    {"http://data.europa.eu/esco/skill/bf4d884f-c848-402a-b130-69c266b04164", "fr",
     "appliquer des compétences de base en programmation"},
    // apply digital security measures
    {"http://data.europa.eu/esco/skill/f4346299-e22a-4686-8e61-2c9b0cd51c7d", "fr",
     "appliquer des mesures de sécurité numérique | protéger ses appareils numériques"},
    // apply hygiene standards
    {"http://data.europa.eu/esco/skill/d9449998-c1f5-478c-a103-2255398cf0b6", "fr",
     "appliquer les normes d'hygiène | respecter les règles d'hygiène"},
    // apply knowledge of philosophy, ethics and religion
    {"http://data.europa.eu/esco/skill/0b709c64-a57a-4976-86bd-34d2cf34fa4f", "fr",
     "appliquer des connaissances en philosophie, en éthique et en religion"},
    // apply knowledge of science, technology and engineering
    {"http://data.europa.eu/esco/skill/5c3ab99d-a3f1-4620-9602-d12d2151a03d", "fr",
     "appliquer des connaissances en sciences, en technologie et en ingénierie | culture "
     "scientifique"},
    // apply knowledge of social sciences and humanities
    {"http://data.europa.eu/esco/skill/deb3c1bc-d48a-42e6-b0cc-cb238534ec28", "fr",
     "appliquer des connaissances en sciences sociales et humaines"},
    // appreciate diverse cultural and artistic expression
    {"http://data.europa.eu/esco/skill/98a999db-72d5-4657-a0b0-2f850afd4368", "fr",
     "apprécier la diversité des expressions culturelles et artistiques"},
    // approach challenges positively
    {"http://data.europa.eu/esco/skill/469748ce-051a-407e-9099-0c9415ac2705", "fr",
     "aborder les difficultés de manière positive | attitude positive"},
    // build networks
    {"http://data.europa.eu/esco/skill/bf983f2a-e941-4646-811d-cc81060cb53f", "fr",
     "créer des réseaux | développer son réseau | réseautage"},
    // build team spirit
    {"http://data.europa.eu/esco/skill/b19e0820-a96f-4c0a-a724-3c056180c1b3", "fr",
     "renforcer la cohésion d'équipe | cohésion d'équipe"},
    // calculate probabilities
    {"http://data.europa.eu/esco/skill/1dabb413-18e8-48ed-a963-44978e67ad32", "fr",
     "calculer des probabilités"},
    // comply with regulations
    {"http://data.europa.eu/esco/skill/b618584f-6bdf-4d8f-89a7-f28c2c95afc2", "fr",
     "respecter la réglementation | se conformer aux réglementations"},
    // conduct web searches
    {"http://data.europa.eu/esco/skill/ba93b71b-c433-4a01-8246-ed2daa85a9a2", "fr",
     "effectuer des recherches sur internet | effectuer des recherches sur le web"},
    // create digital content
    {"http://data.europa.eu/esco/skill/d822b4b2-26c7-4bd9-970d-229c6504f615", "fr",
     "créer du contenu numérique"},
    // critically evaluate information and its sources
    {"http://data.europa.eu/esco/skill/db33c0f3-43ee-4ba3-ba47-9269ac837697", "fr",
     "évaluer de manière critique les informations et leurs sources"},
    // demonstrate awareness of health risks
    {"http://data.europa.eu/esco/skill/c4180af3-befd-4bd8-9a65-6a496f9d9f15", "fr",
     "être conscient des risques pour la santé"},
    // demonstrate loyalty
    {"http://data.europa.eu/esco/skill/72d1fa5d-1b7f-48e7-84e3-6e779841ddf1", "fr",
     "faire preuve de loyauté"},
    // demonstrate trustworthiness
    {"http://data.europa.eu/esco/skill/bcf002ce-90f8-42e5-ac1b-5dba208639b0", "fr",
     "faire preuve de fiabilité | inspirer confiance | honnêteté"},
    // engage others in environment friendly behaviours
    {"http://data.europa.eu/esco/skill/7f321b88-3d16-4e30-8163-5494ca8ce978", "fr",
     "encourager les comportements respectueux de l'environnement"},
    // ensure customer orientation
    {"http://data.europa.eu/esco/skill/5b0f2198-7246-4256-a902-4d9ce1260c80", "fr",
     "assurer l'orientation client | orientation client | sens du client | sens du service | "
     "sens du service client"},
    // evaluate environmental impact of personal behaviour
    {"http://data.europa.eu/esco/skill/2aaad52d-599e-4e77-a681-bbc236825821", "fr",
     "évaluer l'impact environnemental de son comportement"},
    // exercise rights and responsibilities
    {"http://data.europa.eu/esco/skill/f4bcdb75-df28-441d-a52b-9730904f36a1", "fr",
     "exercer ses droits et ses responsabilités"},
    // express yourself creatively
    {"http://data.europa.eu/esco/skill/93350886-a21b-4e61-a1b1-319a325c0f90", "fr",
     "s'exprimer de manière créative"},
    // identify problems
    {"http://data.europa.eu/esco/skill/a628d2d1-f40a-4c37-a357-2801726f2996", "fr",
     "identifier des problèmes | détecter des problèmes | diagnostiquer des problèmes"},
    // improvise
    {"http://data.europa.eu/esco/skill/b40584aa-7c63-4eed-9422-a9798fb95fdc", "fr",
     "improviser | sens de l'improvisation"},
    // interpret mathematical information
    {"http://data.europa.eu/esco/skill/6fc6f757-6baa-49fe-9a82-6ba6a52f2e13", "fr",
     "interpréter des informations mathématiques | aisance avec les chiffres"},
    // keep an open mind
    {"http://data.europa.eu/esco/skill/fd89f784-88dc-4d35-abd7-86aa073cab12", "fr",
     "faire preuve d'ouverture d'esprit | ouverture d'esprit"},
    // maintain physical fitness
    {"http://data.europa.eu/esco/skill/a68bdf1e-b325-4880-b456-192c2891931a", "fr",
     "entretenir sa condition physique | bonne condition physique"},
    // maintain psychological well-being
    {"http://data.europa.eu/esco/skill/4c772721-9280-49cb-9988-b6ea3d36b06d", "fr",
     "préserver son bien-être psychologique | équilibre entre vie professionnelle et vie privée"},
    // make an informed use of the health-care system
    {"http://data.europa.eu/esco/skill/88b0c49e-7c2e-4ccc-aca3-fbd4bbc2081c", "fr",
     "utiliser le système de santé de manière éclairée"},
    // manage chronic health conditions
    {"http://data.europa.eu/esco/skill/dcc99418-d896-4b3b-8596-658093a17a8f", "fr",
     "gérer des problèmes de santé chroniques"},
    // manage financial and material resources
    {"http://data.europa.eu/esco/skill/1ddc021d-d818-4731-904f-842d7491f419", "fr",
     "gérer des ressources financières et matérielles"},
    // manage personal progression
    {"http://data.europa.eu/esco/skill/468135b7-5757-48c3-9509-fde0e13ec5be", "fr",
     "gérer sa progression personnelle | gérer sa carrière"},
    // moderate a discussion
    {"http://data.europa.eu/esco/skill/5b46f572-7ced-4efd-b270-a81a164d521c", "fr",
     "modérer une discussion | animer une discussion"},
    // move objects
    {"http://data.europa.eu/esco/skill/b6bdf202-524f-475d-b813-2aa9af005c37", "fr",
     "déplacer des objets | porter des charges"},
    // operate digital hardware
    {"http://data.europa.eu/esco/skill/6b2f8802-0cbf-436e-a37f-ca55ede41bbc", "fr",
     "utiliser du matériel numérique"},
    // organise information, objects and resources
    {"http://data.europa.eu/esco/skill/6b305973-8993-475f-bd8a-daf037c61401", "fr",
     "organiser des informations, des objets et des ressources"},
    // participate actively in civic life
    {"http://data.europa.eu/esco/skill/7d9bace0-63d0-4848-ac87-350a98082c12", "fr",
     "participer activement à la vie civique"},
    // process spatial information
    {"http://data.europa.eu/esco/skill/5c526c52-4f0a-4647-8c51-c91568acebb1", "fr",
     "traiter des informations spatiales | vision dans l'espace"},
    // promote ideas, products, services
    {"http://data.europa.eu/esco/skill/df5e3d02-9f0f-44ee-91c2-85c62f161868", "fr",
     "promouvoir des idées, des produits et des services | sens de la persuasion"},
    // promote the principles of democracy and rule of law
    {"http://data.europa.eu/esco/skill/896a5e0c-7ac9-4e59-a9bf-17fdca6b1c37", "fr",
     "promouvoir les principes de la démocratie et de l'État de droit"},
    // protect the health of others
    {"http://data.europa.eu/esco/skill/4cde32b5-fc2f-4257-a8b9-5b15a67ee3e5", "fr",
     "protéger la santé d'autrui"},
    // react to physical changes or hazards
    {"http://data.europa.eu/esco/skill/ef7562b2-f176-4d7c-a0b2-27ae8cce0b7d", "fr",
     "réagir aux changements ou aux dangers physiques | réactivité"},
    // respect confidentiality obligations
    {"http://data.europa.eu/esco/skill/e37d64dc-0f05-4ee8-b065-bf76f70d8f5c", "fr",
     "respecter les obligations de confidentialité | respect de la confidentialité | discrétion "
     "professionnelle"},
    // respect the diversity of cultural values and norms
    {"http://data.europa.eu/esco/skill/5ca953f7-541d-4f67-bc55-7721348366cf", "fr",
     "respecter la diversité des valeurs et des normes culturelles"},
    // show commitment
    {"http://data.europa.eu/esco/skill/1fce1197-3a5b-45b7-8797-575cd3b57a01", "fr",
     "faire preuve d'engagement | motivation"},
    // show determination
    {"http://data.europa.eu/esco/skill/19a64e91-bfe3-4c48-9225-3bb1229b12f0", "fr",
     "faire preuve de détermination | persévérance | ténacité | orienté résultats | "
     "orientation résultats"},
    // show initiative
    {"http://data.europa.eu/esco/skill/001115fb-569f-4ee6-8381-c6807ef2527f", "fr",
     "faire preuve d'initiative | prendre des initiatives"},
    // synthesise information (its job-ad wording, "esprit de synthèse", is in kExtraLabels)
    {"http://data.europa.eu/esco/skill/f715be1d-5fc4-49d3-82a5-0b8090d12849", "fr",
     "synthétiser des informations"},
    // solve problems
    {"http://data.europa.eu/esco/skill/adc6dc11-3376-467b-96c5-9b0a21edc869", "fr",
     "résoudre des problèmes | résolution de problèmes | orienté solutions"},
    // think holistically
    {"http://data.europa.eu/esco/skill/d56e2c2f-3e01-4b76-a7bb-ecb6d430172f", "fr",
     "penser de manière globale | pensée systémique"},
    // think innovately
    {"http://data.europa.eu/esco/skill/c2a0c52c-0b4b-4180-a918-92650ea3b458", "fr",
     "penser de manière innovante | esprit d'innovation | être innovant | esprit innovant | "
     "innovation | capacité d'innovation | sens de l'innovation"},
    // think quickly
    {"http://data.europa.eu/esco/skill/20012caa-b63c-4cb9-b2b8-01a1cfdfc1d1", "fr",
     "réfléchir rapidement | vivacité d'esprit"},
    // use communication and collaboration software
    {"http://data.europa.eu/esco/skill/b080a008-a35d-4bd0-92e9-edf3773bb2b7", "fr",
     "utiliser des logiciels de communication et de collaboration | outils collaboratifs"},
    // use equipment, tools or technology with precision
    {"http://data.europa.eu/esco/skill/9c0f93f7-2592-4d4d-9673-fd640502345f", "fr",
     "utiliser des équipements, des outils ou des technologies avec précision | dextérité "
     "manuelle"},
    // accept criticism and guidance
    {"http://data.europa.eu/esco/skill/05aa7c09-46e7-433f-a81b-92841f4551e7", "fr",
     "accepter les critiques et les conseils | accepter la critique"},
    // apply blended learning
    {"http://data.europa.eu/esco/skill/b363bb5f-2c79-40af-94da-33e06f9dee9f", "fr",
     "appliquer l'apprentissage mixte | formation hybride"},
    // apply for research funding
    {"http://data.europa.eu/esco/skill/5f0082ab-2131-49b5-94d6-a1821daf57d6", "fr",
     "demander un financement de recherche | rédiger des demandes de subvention de recherche"},
    // apply research ethics and scientific integrity principles in research activities
    {"http://data.europa.eu/esco/skill/833289fa-3646-4010-9d9e-93ba8c9ef2d8", "fr",
     "appliquer les principes d'éthique de la recherche et d'intégrité scientifique"},
    // apply systemic design thinking
    {"http://data.europa.eu/esco/skill/4d30ad07-9e39-4899-81dd-02b280f162f9", "fr",
     "appliquer une démarche de design systémique"},
    // build trust
    {"http://data.europa.eu/esco/skill/eade4171-3d57-4fb2-9518-44d5a1da4ff5", "fr",
     "instaurer la confiance | établir une relation de confiance"},
    // carry out project activities
    {"http://data.europa.eu/esco/skill/1fcce318-3212-487a-ac07-4941bc85060d", "fr",
     "mener des activités de projet"},
    // communicate with a non-scientific audience
    {"http://data.europa.eu/esco/skill/ff64e9fc-36dd-4035-872a-83aa41dc1ad9", "fr",
     "communiquer avec un public non scientifique | vulgarisation scientifique"},
    // conduct research across disciplines
    {"http://data.europa.eu/esco/skill/f7b071bf-4882-4cfc-ae0a-7e0e0ab94c61", "fr",
     "mener des recherches interdisciplinaires"},
    // create a crowdfunding campaign
    {"http://data.europa.eu/esco/skill/27ddcef9-8522-4699-b0e6-2e2b10fd6d13", "fr",
     "créer une campagne de financement participatif"},
    // customise project methodologies
    {"http://data.europa.eu/esco/skill/32db65d3-5ef3-43eb-9bf8-752c9cf0b22e", "fr",
     "adapter des méthodologies de projet"},
    // demonstrate disciplinary expertise
    {"http://data.europa.eu/esco/skill/4134622c-c3fb-4a41-beb6-6d58ba5107db", "fr",
     "faire preuve d'expertise disciplinaire"},
    // develop computer vision system
    {"http://data.europa.eu/esco/skill/4754d9fe-dc3a-4f8f-8ea6-5dbcea3a21ca", "fr",
     "développer un système de vision par ordinateur"},
    // develop professional network with researchers and scientists
    {"http://data.europa.eu/esco/skill/cc61f9e5-d4fc-470e-8606-1ce865ff8386", "fr",
     "développer un réseau professionnel avec des chercheurs et des scientifiques"},
    // disseminate results to the scientific community
    {"http://data.europa.eu/esco/skill/2b1e2927-3542-48da-9063-02925e7562c1", "fr",
     "diffuser des résultats auprès de la communauté scientifique"},
    // draft project documentation
    {"http://data.europa.eu/esco/skill/f17f94f1-88cb-4815-873a-2a9639f10729", "fr",
     "rédiger la documentation de projet"},
    // draft scientific or academic papers and technical documentation
    {"http://data.europa.eu/esco/skill/00b9a3aa-7070-4bb5-8020-f228a97cf42f", "fr",
     "rédiger des articles scientifiques ou universitaires et de la documentation technique | "
     "rédiger des articles scientifiques"},
    // draft tender documentation
    {"http://data.europa.eu/esco/skill/6789d5a3-34ca-4417-bb93-331319b01da3", "fr",
     "rédiger un dossier d'appel d'offres"},
    // engage with stakeholders
    {"http://data.europa.eu/esco/skill/99c4c69a-025c-464f-adda-874c7f107a31", "fr",
     "mobiliser les parties prenantes | dialoguer avec les parties prenantes"},
    // ensure gender equality in the workplace
    {"http://data.europa.eu/esco/skill/f0b45409-42ca-42bc-a701-041e594d0657", "fr",
     "garantir l'égalité entre les femmes et les hommes au travail"},
    // ensure infrastructure accessibility
    {"http://data.europa.eu/esco/skill/0332f526-6dc0-4f09-8a7c-2b9473c50736", "fr",
     "garantir l'accessibilité des infrastructures"},
    // evaluate research activities
    {"http://data.europa.eu/esco/skill/39f67488-cfd3-4370-8d7e-da98163102d9", "fr",
     "évaluer des activités de recherche"},
    // formulate findings
    {"http://data.europa.eu/esco/skill/6eaeea3a-f100-43e4-b694-16a4dc5a79e1", "fr",
     "formuler des conclusions"},
    // influence public policies
    {"http://data.europa.eu/esco/skill/008fa98b-dba6-4abf-909e-04299728e3eb", "fr",
     "influencer les politiques publiques"},
    // increase the impact of science on policy and society
    {"http://data.europa.eu/esco/skill/4d39b27a-b34f-4c89-8d46-df844d42f728", "fr",
     "accroître l'impact de la science sur les politiques et la société"},
    // integrate gender dimension in research
    {"http://data.europa.eu/esco/skill/cd50d616-1f8b-481e-983f-68d2674ff82d", "fr",
     "intégrer la dimension de genre dans la recherche"},
    // interact professionally in research and professional environments
    {"http://data.europa.eu/esco/skill/20a8fe89-d4eb-4698-8521-8881c13377e0", "fr",
     "interagir de manière professionnelle dans un environnement de recherche ou professionnel"},
    // manage project changes
    {"http://data.europa.eu/esco/skill/4df7a57a-9405-4995-8e02-4ca404832247", "fr",
     "gérer les modifications de projet"},
    // manage relationships with stakeholders
    {kStakeholderRelationships, "fr", "gérer les relations avec les parties prenantes"},
    // manage research data
    {"http://data.europa.eu/esco/skill/08b04e53-ed25-41a2-9f90-0b9cd939ba3d", "fr",
     "gérer des données de recherche"},
    // manage open publications
    {"http://data.europa.eu/esco/skill/da930e2f-6047-4616-a598-bba8ecef3039", "fr",
     "gérer des publications en libre accès"},
    // manage findable accessible interoperable and reusable data
    {"http://data.europa.eu/esco/skill/4f5c1208-62fd-4e5a-a51e-306c06947e11", "fr",
     "gérer des données trouvables, accessibles, interopérables et réutilisables | données FAIR"},
    // measure company's sustainability performance
    {"http://data.europa.eu/esco/skill/d53eab76-e8ff-4e28-af26-7e012951c763", "fr",
     "mesurer la performance de l'entreprise en matière de développement durable"},
    // lead the sustainability reporting process
    {"http://data.europa.eu/esco/skill/bbcc7e1b-3d4d-4422-9fac-efd636eb9de4", "fr",
     "diriger le processus de reporting sur le développement durable"},
    // organise project meetings
    {"http://data.europa.eu/esco/skill/c3687b34-fe53-4db2-ad1b-5055a6c5b6fd", "fr",
     "organiser des réunions de projet"},
    // perform PESTEL analysis
    {"http://data.europa.eu/esco/skill/9979e727-3104-42e0-8f41-4af2578111ea", "fr",
     "réaliser une analyse PESTEL | analyse PESTEL"},
    // perform dimensionality reduction
    {"http://data.europa.eu/esco/skill/3e2ab38a-4519-4bef-b762-a8bf4836a775", "fr",
     "réduire la dimensionnalité | réduction de dimension"},
    // promote open innovation in research
    {"http://data.europa.eu/esco/skill/872a1632-f1db-4feb-bb27-0a6a359b7591", "fr",
     "promouvoir l'innovation ouverte dans la recherche"},
    // promote the participation of citizens in scientific and research activities
    {"http://data.europa.eu/esco/skill/fa642fc3-5cc5-41cf-8926-6617a8b976a7", "fr",
     "promouvoir la participation des citoyens aux activités scientifiques et de recherche"},
    // promote the transfer of knowledge
    {"http://data.europa.eu/esco/skill/988f4ac3-a37c-4b0a-a40f-4e0e56b5919e", "fr",
     "promouvoir le transfert de connaissances"},
    // support employability of people with disabilities
    {"http://data.europa.eu/esco/skill/f3c5fae0-c0e3-4410-bc09-62bd82d4cecc", "fr",
     "favoriser l'employabilité des personnes handicapées"},
    // teach in academic or vocational contexts
    {"http://data.europa.eu/esco/skill/4cd85845-f31c-4306-994d-e12d45114d83", "fr",
     "enseigner dans un contexte universitaire ou professionnel"},
    // think abstractly
    {"http://data.europa.eu/esco/skill/9a58cd26-58eb-4a1c-b1b6-64037fe9cfa1", "fr",
     "penser de manière abstraite | capacité d'abstraction"},
    // use sustainable materials and components
    {"http://data.europa.eu/esco/skill/73576419-31c2-4e45-8e30-ab1afec3db4e", "fr",
     "utiliser des matériaux et des composants durables"},
    // advise on sustainability solutions
    {"http://data.europa.eu/esco/skill/dbef5042-4b99-4e6f-b2ed-1d33b07b3ed6", "fr",
     "conseiller sur des solutions de développement durable"},
    // develop inclusive communication material
    {"http://data.europa.eu/esco/skill/5bac4bcc-1846-4688-ba02-ad2b51544282", "fr",
     "élaborer des supports de communication inclusifs"},
    // identify software for warehouse management
    {"http://data.europa.eu/esco/skill/772a9c72-abef-4333-9788-f4cb48ad8e08", "fr",
     "identifier des logiciels de gestion d'entrepôt"},
    // 5S methodology
    {"http://data.europa.eu/esco/skill/a276b1ad-c0b7-4b33-899c-0fbfcdbe0eee", "fr", "méthode 5S"},
    // SMED
    {"http://data.europa.eu/esco/skill/7af76a2b-6bba-4350-9bfa-980e50c98481", "fr",
     "SMED | changement rapide d'outil"},
    // artificial neural networks
    {"http://data.europa.eu/esco/skill/5608d5a0-6d5e-43b7-be37-616501729bb4", "fr",
     "réseaux de neurones artificiels"},
    // augmented reality
    {"http://data.europa.eu/esco/skill/abdc7ac8-151f-40c6-bc1a-1e9b4b073290", "fr",
     "réalité augmentée"},
    // virtual reality
    {"http://data.europa.eu/esco/skill/5da42cfd-1da8-4e4f-b68e-4f821d005fc5", "fr",
     "réalité virtuelle"},
    // bioeconomy
    {"http://data.europa.eu/esco/skill/609d6bb4-db16-4578-87fc-57b11a701cc2", "fr", "bioéconomie"},
    // business incubation
    {"http://data.europa.eu/esco/skill/61ddacb8-c89f-48c2-afe8-9e1b14c0c8fb", "fr",
     "incubation d'entreprises"},
    // capacity building
    {"http://data.europa.eu/esco/skill/c28553f4-1745-401a-82b3-7ce8460bed33", "fr",
     "renforcement des capacités"},
    // circular economy
    {"http://data.europa.eu/esco/skill/22c45bf7-e52b-475f-847b-c32a87f65a5d", "fr",
     "économie circulaire"},
    // coaching techniques
    {"http://data.europa.eu/esco/skill/c6c1af60-9594-460c-a328-00f9ad292be0", "fr",
     "techniques de coaching | techniques de mentorat"},
    // computer vision
    {"http://data.europa.eu/esco/skill/7b0d5000-00da-4864-b776-6de49a87a669", "fr",
     "vision par ordinateur"},
    // crowdfunding
    {"http://data.europa.eu/esco/skill/1fc03dc8-0ee0-4876-83ec-86e0bfcb3876", "fr",
     "financement participatif | crowdfunding"},
    // data analytics
    {"http://data.europa.eu/esco/skill/97bd1c21-66b2-4b7e-ad0f-e3cda590e378", "fr",
     "analytique des données"},
    // deep learning
    {"http://data.europa.eu/esco/skill/ecc4552a-92c5-4222-b18d-faf5ac841080", "fr",
     "apprentissage profond | deep learning"},
    // machine learning
    {"http://data.europa.eu/esco/skill/3a2d5b45-56e4-4f5a-a55a-4a4a65afdc43", "fr",
     "apprentissage automatique | machine learning"},
    // design thinking
    {"http://data.europa.eu/esco/skill/df64a7cc-2e96-4304-95d3-56fe0ac2dd39", "fr",
     "design thinking | pensée design"},
    // digital image processing
    {"http://data.europa.eu/esco/skill/945b8655-5577-4c3a-946a-842d4527afa8", "fr",
     "traitement d'images numériques"},
    // energy storage systems
    {"http://data.europa.eu/esco/skill/6c6daac0-80f5-431f-a33f-c5b722094657", "fr",
     "systèmes de stockage d'énergie"},
    // fuel cell types
    {"http://data.europa.eu/esco/skill/5f1f365c-ad8c-4291-9ba5-79e2132a334d", "fr",
     "types de piles à combustible"},
    // international development
    {"http://data.europa.eu/esco/skill/88c7c736-8f5f-4f39-a0ad-83e0b91cebe1", "fr",
     "coopération internationale au développement"},
    // lean manufacturing
    {"http://data.europa.eu/esco/skill/82fea746-853f-4f1b-8ab7-55de8619cccd", "fr",
     "lean manufacturing | production au plus juste | lean management"},
    // marine engineering
    {"http://data.europa.eu/esco/skill/0d73a5c0-7f95-4ede-92f3-eac434a970a9", "fr",
     "ingénierie maritime | génie maritime | génie naval | ingénierie navale"},
    // marine technology
    {"http://data.europa.eu/esco/skill/ec4de8aa-9ba4-412b-832d-93361210eae3", "fr",
     "technologie marine"},
    // model based system engineering
    {"http://data.europa.eu/esco/skill/25df422a-bf0a-4f76-8631-d0be91cb8751", "fr",
     "ingénierie des systèmes basée sur les modèles | MBSE"},
    // online ads campaign techniques
    {"http://data.europa.eu/esco/skill/750f86d2-18be-4015-84b1-d4a26d9b2d88", "fr",
     "techniques de campagnes publicitaires en ligne | publicité en ligne"},
    // participatory decision-making
    {"http://data.europa.eu/esco/skill/59429f7f-8b95-4094-b1cf-97cbb556f03d", "fr",
     "prise de décision participative"},
    // philanthropy
    {"http://data.europa.eu/esco/skill/9c652a9b-a773-4afa-becf-1186f9861fb9", "fr",
     "philanthropie"},
    // procurement legislation
    {"http://data.europa.eu/esco/skill/9b862976-aa05-4bde-8ed6-8f39790edd0f", "fr",
     "législation sur les marchés publics"},
    // project configuration management
    {"http://data.europa.eu/esco/skill/ccb2e5f2-4279-48fd-9d85-a1db42ff1e13", "fr",
     "gestion de la configuration de projet"},
    // project management methodology (PM²)
    {"http://data.europa.eu/esco/skill/802e6973-3270-4cf0-86e4-a6835caf1ba6", "fr",
     "méthodologie de gestion de projet PM²"},
    // risk identification
    {"http://data.europa.eu/esco/skill/8744f28f-59a9-45af-8ef6-6944cb5a1473", "fr",
     "identification des risques"},
    // root cause analysis
    {"http://data.europa.eu/esco/skill/55514865-3066-4abd-86a9-dbe45a440882", "fr",
     "analyse des causes profondes | analyse des causes racines"},
    // sustainable development goals
    {"http://data.europa.eu/esco/skill/dda745dd-b8d6-45d8-8c74-e05495ce90f5", "fr",
     "objectifs de développement durable | ODD"},
    // types of digital badges
    {"http://data.europa.eu/esco/skill/d6b31d8d-2f47-425a-a2b2-a6dddb3d2b19", "fr",
     "badges numériques | micro-certifications"},
    // hoshin kanri strategic planning
    {"http://data.europa.eu/esco/skill/906e5de0-f86d-4a10-a89b-30cee6a09adf", "fr",
     "planification stratégique hoshin kanri | hoshin kanri"},
    // document sharing procedures
    {"http://data.europa.eu/esco/skill/b4548845-dc4c-43fb-a55c-b9b7c6c1defd", "fr",
     "procédures de partage de documents"},
    // community-led local development
    {"http://data.europa.eu/esco/skill/d846661e-04b8-4b30-8b6b-f3525799fd3a", "fr",
     "développement local mené par les acteurs locaux"},
    // by-products and waste
    {"http://data.europa.eu/esco/skill/f2412a5c-8072-4cd7-8fa1-806864f91276", "fr",
     "sous-produits et déchets"},
    // bicycle sharing systems
    {"http://data.europa.eu/esco/skill/6f30181d-65b5-4527-b36e-a686d47fed84", "fr",
     "systèmes de vélos en libre-service"},
    // personal reflection techniques based on feedback
    {"http://data.europa.eu/esco/skill/b01444aa-6f62-4b7d-ab30-4385a9148580", "fr",
     "techniques de réflexion personnelle fondées sur le retour d'information"},
    // GDPR
    {"http://data.europa.eu/esco/skill/d3e9b00a-0891-4fa8-836d-8240ec3d2758", "fr",
     "règlement général sur la protection des données | RGPD"},
    // Angular
    {"http://data.europa.eu/esco/skill/1ffac4ac-fda7-407d-8ed1-ca8f4a8dc146", "fr", "Angular"},
    // Sector-specific skills and knowledge that job ads and course outcomes name: cloud, risk,
    // procurement, sustainable finance and energy, agriculture.
    // operate open source software
    {"http://data.europa.eu/esco/skill/2b34764d-637c-48f5-aa70-31e15c965db6", "fr",
     "utiliser des logiciels libres | logiciels open source"},
    // deploy cloud resource
    {"http://data.europa.eu/esco/skill/6195c5f7-a4fb-425d-a3dd-c4467c4471a3", "fr",
     "déployer des ressources cloud"},
    // design cloud architecture
    {"http://data.europa.eu/esco/skill/11430d93-c835-48ed-8e70-285fa69c9ae6", "fr",
     "concevoir une architecture cloud"},
    // develop with cloud services
    {"http://data.europa.eu/esco/skill/6b643893-0a1f-4f6c-83a1-e7eef75849b9", "fr",
     "développer avec des services cloud"},
    // manage cloud data and storage
    {"http://data.europa.eu/esco/skill/d3286405-49f8-4e8a-8046-a4376b4e7963", "fr",
     "gérer les données et le stockage dans le cloud"},
    // plan migration to cloud
    {"http://data.europa.eu/esco/skill/0a52bed5-fd29-45fb-aba6-e32bccfda1c1", "fr",
     "planifier la migration vers le cloud | migration vers le cloud"},
    // automate cloud tasks
    {"http://data.europa.eu/esco/skill/ce8ae6ca-61d8-4174-b457-641de96cbff4", "fr",
     "automatiser des tâches dans le cloud"},
    // respond to incidents in cloud
    {"http://data.europa.eu/esco/skill/440d5784-52a5-4729-8b04-29f978bd896d", "fr",
     "réagir aux incidents dans le cloud"},
    // design database in the cloud
    {"http://data.europa.eu/esco/skill/7e796b51-49d7-4e73-95af-2e7323763f15", "fr",
     "concevoir une base de données dans le cloud"},
    // design cloud networks
    {"http://data.europa.eu/esco/skill/4da4587a-fd0b-4ca2-886c-c42a1562d432", "fr",
     "concevoir des réseaux cloud"},
    // cloud security and compliance
    {"http://data.europa.eu/esco/skill/1c2978b8-bb0d-4249-9c23-877571a4dffa", "fr",
     "sécurité et conformité du cloud | sécurité du cloud"},
    // implement cloud security and compliance
    {"http://data.europa.eu/esco/skill/c13fb093-5ffb-491a-b8b7-fa2d42a57e2e", "fr",
     "mettre en œuvre la sécurité et la conformité du cloud"},
    // cloud monitoring and reporting
    {"http://data.europa.eu/esco/skill/8efa6a7a-6556-4cb8-908d-59d3b5c58d2f", "fr",
     "surveillance et reporting du cloud | supervision du cloud"},
    // operating systems
    {"http://data.europa.eu/esco/skill/f9a6f35b-01a7-40c9-8b61-b6ee46f97272", "fr",
     "systèmes d'exploitation"},
    // knowledge management
    {"http://data.europa.eu/esco/skill/8622f74f-61b7-4664-862a-7c1dea8041f0", "fr",
     "gestion des connaissances"},
    // policy analysis
    {"http://data.europa.eu/esco/skill/c5449667-9b40-4114-8d74-f51177669984", "fr",
     "analyse des politiques publiques"},
    // building information modelling
    {"http://data.europa.eu/esco/skill/fae7e545-5114-43cc-8e83-178e2549ecb9", "fr",
     "modélisation des informations du bâtiment | BIM"},
    // six sigma methods
    {"http://data.europa.eu/esco/skill/4c2c72df-3f3f-48e7-9993-a602354a75e4", "fr",
     "méthodes Six Sigma | Six Sigma"},
    // predictive maintenance
    {"http://data.europa.eu/esco/skill/7d913551-e17a-40ba-baf7-48d0c3b12e50", "fr",
     "maintenance prédictive"},
    // enterprise risk management
    {"http://data.europa.eu/esco/skill/00920055-eb50-4cb8-a23d-3deedbf3753e", "fr",
     "gestion des risques de l'entreprise | gestion globale des risques"},
    // key risk indicators
    {"http://data.europa.eu/esco/skill/96a893b6-4520-4daa-89c1-b79487505da2", "fr",
     "indicateurs de risque clés"},
    // quantitative risk analysis techniques
    {"http://data.europa.eu/esco/skill/773e217c-8b21-4d8c-b384-68752a2243a9", "fr",
     "techniques d'analyse quantitative des risques"},
    // qualitative risk analysis techniques
    {"http://data.europa.eu/esco/skill/88ec9e5e-8798-475d-81a3-dd5ea7e96215", "fr",
     "techniques d'analyse qualitative des risques"},
    // address identified risks
    {"http://data.europa.eu/esco/skill/873f205a-05f8-45f8-b544-fe963a3edc1e", "fr",
     "traiter les risques identifiés"},
    // estimate impact of risks
    {"http://data.europa.eu/esco/skill/64bd4157-5df0-4166-8259-ede237dd7cdf", "fr",
     "estimer l'impact des risques"},
    // risk modelling
    {"http://data.europa.eu/esco/skill/5d5f0963-a8b7-4a4f-a8f5-05b3142752b9", "fr",
     "modélisation des risques"},
    // attack vectors
    {"http://data.europa.eu/esco/skill/501537a7-9d63-491d-ae02-09f04767ff1e", "fr",
     "vecteurs d'attaque | menaces de cybersécurité"},
    // collect cyber defence data
    {"http://data.europa.eu/esco/skill/fcbb3a90-cdde-49ff-9ecc-8e2c0a6dfca2", "fr",
     "collecter des données de cyberdéfense"},
    // manage keys for data protection
    {"http://data.europa.eu/esco/skill/e5beeff8-7c98-490a-ae2c-16fbb6a87305", "fr",
     "gérer les clés de protection des données | gestion des clés de chiffrement"},
    // smart contract
    {"http://data.europa.eu/esco/skill/670f8eea-f25b-4c3f-97ef-a4729d4c63d6", "fr",
     "contrat intelligent | smart contract"},
    // blockchain platforms
    {"http://data.europa.eu/esco/skill/9035afc4-5317-455d-ab60-f32e2ecc6bfc", "fr",
     "plateformes blockchain"},
    // principles of distributed ledger technology
    {"http://data.europa.eu/esco/skill/3be79ccc-a455-49b9-8c65-55c50071ba5b", "fr",
     "principes de la technologie des registres distribués | blockchain"},
    // Solidity
    {"http://data.europa.eu/esco/skill/605399ce-4736-4b41-b41e-92ecf2139454", "fr", "Solidity"},
    // social entrepreneurship
    {"http://data.europa.eu/esco/skill/9f72c931-f94d-4faa-83e4-8674c399f5d2", "fr",
     "entrepreneuriat social"},
    // social innovation
    {"http://data.europa.eu/esco/skill/149e5f0d-eb46-4e75-9265-e91f6b2ca596", "fr",
     "innovation sociale"},
    // sustainable finance
    {"http://data.europa.eu/esco/skill/203083ca-b051-4c28-8986-fc8731bacee5", "fr",
     "finance durable | investissement responsable"},
    // green bonds
    {"http://data.europa.eu/esco/skill/86f0bb12-6491-4be7-8306-c88900e91a63", "fr",
     "obligations vertes"},
    // impact investing
    {"http://data.europa.eu/esco/skill/7109d172-c370-47fe-ac81-8fe93550a9e3", "fr",
     "investissement à impact"},
    // microfinance
    {"http://data.europa.eu/esco/skill/61ab84b5-7b8c-4d1f-a473-97dba10c88ac", "fr", "microfinance"},
    // humanitarian aid
    {"http://data.europa.eu/esco/skill/8894e128-e6d1-4cb3-8f92-e7b5c9eaf774", "fr",
     "aide humanitaire"},
    // development economics
    {"http://data.europa.eu/esco/skill/3d294b92-1024-48bc-999e-5c5d687659d9", "fr",
     "économie du développement"},
    // agroecology
    {"http://data.europa.eu/esco/skill/c4b03a17-a93e-4a8e-9846-4c4d469d4001", "fr", "agroécologie"},
    // agroforestry
    {"http://data.europa.eu/esco/skill/8034a1ea-5ee0-4a84-8fd3-16411c8d86fb", "fr",
     "agroforesterie"},
    // hydroponics
    {"http://data.europa.eu/esco/skill/affb720b-98e7-4ae6-b833-b12e94fa8987", "fr",
     "hydroponie | culture hydroponique"},
    // aquaponics
    {"http://data.europa.eu/esco/skill/30dce29d-0518-4f5d-aeb0-2b5b49e3afbe", "fr", "aquaponie"},
    // geothermal energy systems
    {"http://data.europa.eu/esco/skill/3c1622fc-6c95-4b51-98da-1814ebe6e889", "fr",
     "systèmes de géothermie | géothermie"},
    // types of heat pumps
    {"http://data.europa.eu/esco/skill/59998878-fa14-458a-9085-06b45e89df1b", "fr",
     "types de pompes à chaleur | pompes à chaleur"},
    // smart grids systems
    {"http://data.europa.eu/esco/skill/79a5bc25-5b59-47bc-a4c2-fb8e8cb1ddf6", "fr",
     "réseaux électriques intelligents"},
    // district heating and cooling
    {"http://data.europa.eu/esco/skill/ef010091-ddce-410d-9864-9276ef6fe390", "fr",
     "réseaux de chaleur et de froid"},
    // combined heat and power generation
    {"http://data.europa.eu/esco/skill/4eba4667-402e-4aea-a15d-c9fb82da60dd", "fr", "cogénération"},
    // domotic systems
    {"http://data.europa.eu/esco/skill/d81b58ba-52e4-45fa-9f7c-f59b87fa6041", "fr",
     "systèmes domotiques | domotique"},
    // human-robot collaboration
    {"http://data.europa.eu/esco/skill/0f5374e3-0b9b-4b16-af7a-49654ce0bb15", "fr",
     "collaboration homme-robot | cobotique"},
    // advanced materials
    {"http://data.europa.eu/esco/skill/d90c6800-e653-4bdf-bc39-5f4e366fe68d", "fr",
     "matériaux avancés"},
    // mobility as a service
    {"http://data.europa.eu/esco/skill/a06a0d41-10fa-4ba7-a988-e8b5eba966fb", "fr",
     "mobilité en tant que service"},
    // carsharing
    {"http://data.europa.eu/esco/skill/70e41ff3-31bc-43ba-ab52-fcd98bf37037", "fr", "autopartage"},
    // ecotourism
    {"http://data.europa.eu/esco/skill/6c2182f9-9068-42e8-8855-31252d62fbb0", "fr", "écotourisme"},
    // neuromarketing techniques
    {"http://data.europa.eu/esco/skill/60efd7d3-eee4-4f7d-9373-66a54d13b3e0", "fr",
     "techniques de neuromarketing | neuromarketing"},
    // plan social media marketing campaigns
    {"http://data.europa.eu/esco/skill/74cb80c4-df6b-4d79-a153-cb7b3b3b6eb0", "fr",
     "planifier des campagnes de marketing sur les réseaux sociaux"},
    // conduct online competitive analysis
    {"http://data.europa.eu/esco/skill/7049ac98-0368-4bb2-84d4-5366d1c0f2ac", "fr",
     "réaliser une analyse concurrentielle en ligne"},
    // web strategy assessment
    {"http://data.europa.eu/esco/skill/a4881e54-6055-4e61-855a-0a56ced7cfa3", "fr",
     "évaluation de la stratégie web"},
    // manage intellectual property rights
    {"http://data.europa.eu/esco/skill/518dc04d-092d-4fa1-bd82-88b7a9278ef7", "fr",
     "gérer les droits de propriété intellectuelle"},
    // use e-procurement
    {"http://data.europa.eu/esco/skill/bc067d2e-e151-408f-8e34-24effd2b7fd6", "fr",
     "utiliser les marchés publics électroniques | dématérialisation des marchés publics"},
    // develop procurement strategy
    {"http://data.europa.eu/esco/skill/29cd7e7b-215c-483a-b67a-6bdad0647de9", "fr",
     "élaborer une stratégie d'achat"},
    // evaluate tender
    {"http://data.europa.eu/esco/skill/8faefbc1-4745-4b3f-9889-81cd1d40b67c", "fr",
     "évaluer des offres | analyse des offres"},
    // draft procurement technical specifications
    {"http://data.europa.eu/esco/skill/31599ac3-e03c-42f8-8f08-b549af8234f2", "fr",
     "rédiger le cahier des charges technique d'un marché"},
    // assess procurement needs
    {"http://data.europa.eu/esco/skill/6dd4ce8c-1813-429d-9f06-3382c4833ca3", "fr",
     "évaluer les besoins d'achat"},
    // manage procurement planning
    {"http://data.europa.eu/esco/skill/a9dc9e40-14a6-4899-93ec-29d5c79c2ebd", "fr",
     "gérer la planification des achats"},
    // implement sustainable procurement
    {"http://data.europa.eu/esco/skill/6962058d-9808-4820-a6bc-d7cabce60cde", "fr",
     "achats durables | achats responsables"},
    // train volunteers
    {"http://data.europa.eu/esco/skill/2c438b4b-4212-45f5-9625-ee21ac5061a9", "fr",
     "former des bénévoles"},
    // manage volunteering programmes
    {"http://data.europa.eu/esco/skill/b514f861-985b-4aeb-bcba-9a7f8bee0e8d", "fr",
     "gérer des programmes de bénévolat"},
    // use clinical reasoning
    {"http://data.europa.eu/esco/skill/87a708d8-a14d-42ce-8f03-c8a199f999d5", "fr",
     "faire appel au raisonnement clinique | raisonnement clinique"},
    // measure temperature
    {"http://data.europa.eu/esco/skill/b8b260bf-4ca4-45d7-bf4f-9beaf8503215", "fr",
     "mesurer la température | prise de température"},
    // install smart devices
    {"http://data.europa.eu/esco/skill/2f7b5fa1-5fa5-4bfc-b9c8-c0cef15b8b60", "fr",
     "installer des appareils connectés"},
    // use fleet management system
    {"http://data.europa.eu/esco/skill/f9da1ca4-40f4-483a-92e6-0a0c6d078638", "fr",
     "utiliser un logiciel de gestion de flotte | gestion de flotte"},
    // perform failure analysis of production process
    {"http://data.europa.eu/esco/skill/12b5cc46-bf35-464c-ac7d-1bdbc23262f7", "fr",
     "analyser les défaillances d'un processus de production | AMDEC"},
    // maintain wind turbines
    {"http://data.europa.eu/esco/skill/b7a26b32-c457-49aa-9a78-25ade10090e3", "fr",
     "assurer la maintenance des éoliennes"},
    // install onshore wind energy systems
    {"http://data.europa.eu/esco/skill/4e0ba879-1cf3-4260-822b-2c2e3cc5e269", "fr",
     "installer des éoliennes terrestres"},
    // install refrigeration equipment
    {"http://data.europa.eu/esco/skill/badfeca0-e839-44e0-9f76-dc78785b7f97", "fr",
     "installer des équipements frigorifiques"},
    // perform refrigerant leak checks
    {"http://data.europa.eu/esco/skill/6575ae00-deb8-44fe-90a0-d8171d88177d", "fr",
     "contrôler l'étanchéité des circuits frigorifiques | détection de fuites de fluides "
     "frigorigènes"},
    // apply social distancing protocols
    {"http://data.europa.eu/esco/skill/6221a924-095c-4cfc-814a-bb056cdba8d8", "fr",
     "appliquer les règles de distanciation sociale"},
    // provide protective equipment against infectious diseases
    {"http://data.europa.eu/esco/skill/362e01a8-3f99-4d1a-96f7-ce69f9f7e39f", "fr",
     "fournir des équipements de protection contre les maladies infectieuses"},
    // sustainable building materials
    {"http://data.europa.eu/esco/skill/dada8e80-2a53-41bf-9eac-f8c1f9971bed", "fr",
     "matériaux de construction durables | matériaux biosourcés"},
    // global standards for sustainability reporting
    {"http://data.europa.eu/esco/skill/4300b453-9bcf-474c-9ee3-92ec2229720c", "fr",
     "normes de reporting extra-financier"},
    // state aid regulations
    {"http://data.europa.eu/esco/skill/4600a787-39b0-4bf1-aa69-e586262342f0", "fr",
     "règles relatives aux aides d'État"},
    // European Structural and Investment Funds regulations
    {"http://data.europa.eu/esco/skill/981616a1-2718-419c-b99f-53460cd873a8", "fr",
     "réglementation des fonds structurels et d'investissement européens"},
    // operate drones in civil engineering
    {"http://data.europa.eu/esco/skill/254d5358-8e20-450c-9fed-28ceff0479ef", "fr",
     "utiliser des drones dans le génie civil"},
    // design interaction model
    {"http://data.europa.eu/esco/skill/12274664-b642-4945-b88f-d7787dc3c9dd", "fr",
     "concevoir un modèle d'interaction | concevoir des assistants virtuels"},
    // maritime law
    {"http://data.europa.eu/esco/skill/243ffeb4-3395-4e39-9cf0-695be5b142aa", "fr",
     "droit maritime"},
    // marine biology
    {"http://data.europa.eu/esco/skill/2e5d8410-00fd-4c3e-87fa-7c72c0d235ba", "fr",
     "biologie marine"},
    // integrated pest management
    {"http://data.europa.eu/esco/skill/dbe63ddf-76f8-4177-a482-fee995a57b77", "fr",
     "lutte intégrée contre les ravageurs"},
    // media and information literacy
    {"http://data.europa.eu/esco/skill/fef96bad-e623-42cd-b961-d1adf39db8b9", "fr",
     "éducation aux médias et à l'information"},
    // results-based management
    {"http://data.europa.eu/esco/skill/c513cf4e-83bb-4edc-9ac8-2a7df04a9451", "fr",
     "gestion axée sur les résultats"},
    // Occupations: 67 of the 68 of ESCO v1.1 without French labels (not radiation therapist, whose
    // French titles, "manipulateur en radiothérapie", are labels of technicien en radiothérapie).
    // medical physics expert
    {"http://data.europa.eu/esco/occupation/047108c3-f987-40a4-bef0-f2b3407ec16a", "fr",
     "physicien médical/physicienne médicale | physicien médical | physicienne médicale | expert "
     "en physique médicale"},
    // procurement category specialist
    {"http://data.europa.eu/esco/occupation/0561328b-875b-4ae2-9ba1-9af9049aef01", "fr",
     "acheteur famille/acheteuse famille | acheteur famille | acheteuse famille | acheteur "
     "catégorie"},
    // dependability engineer
    {"http://data.europa.eu/esco/occupation/07dfff6d-a0d0-4202-a697-fe9176c15999", "fr",
     "ingénieur sûreté de fonctionnement/ingénieure sûreté de fonctionnement | ingénieur sûreté de "
     "fonctionnement | ingénieure sûreté de fonctionnement | ingénieur RAMS"},
    // youth information worker
    {"http://data.europa.eu/esco/occupation/094e04fd-3039-4615-850b-b232794f84f5", "fr",
     "informateur jeunesse/informatrice jeunesse | informateur jeunesse | informatrice jeunesse | "
     "animateur information jeunesse"},
    // smart home installer
    {"http://data.europa.eu/esco/occupation/15a7e87c-f7d5-4a60-bab7-9636b76143fe", "fr",
     "installateur domotique/installatrice domotique | installateur domotique | installatrice "
     "domotique | technicien domotique"},
    // data protection officer
    {"http://data.europa.eu/esco/occupation/1619d7f3-7d95-407c-a20e-47745bfcde73", "fr",
     "délégué à la protection des données/déléguée à la protection des données | délégué à la "
     "protection des données | déléguée à la protection des données | DPO"},
    // offshore renewable energy technician
    {"http://data.europa.eu/esco/occupation/1a165cb5-99ff-4a4e-9e08-97a0fb7ed6f8", "fr",
     "technicien en énergies marines renouvelables/technicienne en énergies marines renouvelables "
     "| technicien en énergies marines renouvelables | technicienne en énergies marines "
     "renouvelables"},
    // computer vision engineer
    {"http://data.europa.eu/esco/occupation/1c5a45b9-440e-4726-b565-16a952abd341", "fr",
     "ingénieur en vision par ordinateur/ingénieure en vision par ordinateur | ingénieur en vision "
     "par ordinateur | ingénieure en vision par ordinateur"},
    // embedded systems security engineer
    {"http://data.europa.eu/esco/occupation/1c5a896a-e010-4217-a29a-c44db26e25da", "fr",
     "ingénieur en sécurité des systèmes embarqués/ingénieure en sécurité des systèmes embarqués | "
     "ingénieur en sécurité des systèmes embarqués | ingénieure en sécurité des systèmes embarqués "
     "| ingénieur sécurité IoT"},
    // EU funds manager
    {"http://data.europa.eu/esco/occupation/1c85eee2-a8ca-4750-a889-10a3e6c17b80", "fr",
     "gestionnaire de fonds européens | chargé de mission fonds européens | chargée de mission "
     "fonds européens"},
    // volunteer mentor
    {"http://data.europa.eu/esco/occupation/1f13d8c3-f601-4d3b-adc8-c8d52e0c15d5", "fr",
     "bénévole tuteur/bénévole tutrice | bénévole tuteur | bénévole tutrice | tuteur bénévole"},
    // assessor of prior learning
    {"http://data.europa.eu/esco/occupation/20786e6d-36f0-4d1e-b033-05101fa71f3c", "fr",
     "évaluateur des acquis de l'expérience/évaluatrice des acquis de l'expérience | évaluateur "
     "des acquis de l'expérience | évaluatrice des acquis de l'expérience | jury VAE"},
    // microelectronics maintenance technician
    {"http://data.europa.eu/esco/occupation/2168e49d-e58a-43ec-a15e-8e173939b255", "fr",
     "technicien de maintenance en microélectronique/technicienne de maintenance en "
     "microélectronique | technicien de maintenance en microélectronique | technicienne de "
     "maintenance en microélectronique"},
    // media integration operator
    {"http://data.europa.eu/esco/occupation/22585d1e-48aa-45a6-a8c3-d072b4ff1b31", "fr",
     "opérateur d'intégration multimédia/opératrice d'intégration multimédia | opérateur "
     "d'intégration multimédia | opératrice d'intégration multimédia"},
    // blockchain developer
    {"http://data.europa.eu/esco/occupation/24135b84-cbdd-4d42-9ed2-02fd982d15b2", "fr",
     "développeur blockchain/développeuse blockchain | développeur blockchain | développeuse "
     "blockchain"},
    // drone pilot
    {"http://data.europa.eu/esco/occupation/27a88c48-1d09-4a8c-a82a-a61ea16476d9", "fr",
     "télépilote de drone | pilote de drone | télépilote"},
    // contract manager
    {"http://data.europa.eu/esco/occupation/2c9939ef-ebab-4111-8f27-605ae8782791", "fr",
     "gestionnaire de contrats | responsable des contrats | contract manager"},
    // sustainability manager
    {"http://data.europa.eu/esco/occupation/2cf2b905-3308-4b5d-8e8d-633fc7a3f3ce", "fr",
     "chargé de mission développement durable | chargée de mission développement durable"},
    // cloud engineer
    {"http://data.europa.eu/esco/occupation/349ee6f6-c295-4c38-9b98-48765b55280e", "fr",
     "ingénieur cloud/ingénieure cloud | ingénieur cloud | ingénieure cloud | architecte cloud"},
    // mobility services manager
    {"http://data.europa.eu/esco/occupation/3b129d8d-268e-465a-b0c5-bf32cae59a41", "fr",
     "responsable des services de mobilité | gestionnaire de mobilité | chargé de mission mobilité "
     "| chargée de mission mobilité"},
    // ICT change and configuration manager
    {"http://data.europa.eu/esco/occupation/3b1ea27c-781c-41eb-821f-214285260dd2", "fr",
     "gestionnaire des changements et de la configuration TIC | ingénieur DevOps | ingénieure "
     "DevOps | gestionnaire de configuration"},
    // tanning technician
    {"http://data.europa.eu/esco/occupation/3c0c688b-f7ca-40dc-8222-ab011d4e2449", "fr",
     "technicien de tannerie/technicienne de tannerie | technicien de tannerie | technicienne de "
     "tannerie"},
    // volunteer manager
    {"http://data.europa.eu/esco/occupation/3d999108-f37a-4087-a936-b2911240b8c2", "fr",
     "responsable des bénévoles | coordinateur des bénévoles | coordinatrice des bénévoles"},
    // footwear 3D developer
    {"http://data.europa.eu/esco/occupation/40d76b2c-b917-4bf1-95b3-191f11472e67", "fr",
     "développeur 3D de chaussures/développeuse 3D de chaussures | développeur 3D de chaussures | "
     "développeuse 3D de chaussures"},
    // metal additive manufacturing operator
    {"http://data.europa.eu/esco/occupation/418f3a43-a6b2-4101-aaa0-832fe7d82885", "fr",
     "opérateur de fabrication additive métallique/opératrice de fabrication additive métallique | "
     "opérateur de fabrication additive métallique | opératrice de fabrication additive métallique "
     "| opérateur impression 3D métal"},
    // contact tracing agent
    {"http://data.europa.eu/esco/occupation/46d0568d-7415-4643-94aa-89d2470fbe3c", "fr",
     "agent de traçage des contacts/agente de traçage des contacts | agent de traçage des contacts "
     "| agente de traçage des contacts"},
    // offshore renewable energy plant operator
    {"http://data.europa.eu/esco/occupation/47af27c4-5b45-4cce-ba01-4e96f8cf97b9", "fr",
     "opérateur de centrale d'énergie marine renouvelable/opératrice de centrale d'énergie marine "
     "renouvelable | opérateur de centrale d'énergie marine renouvelable | opératrice de centrale "
     "d'énergie marine renouvelable"},
    // assistive technologist
    {"http://data.europa.eu/esco/occupation/4e82464b-e9d7-4d51-9116-294ab40c5169", "fr",
     "technologue en aides techniques | conseiller en technologies éducatives | conseillère en "
     "technologies éducatives"},
    // veterinary scientist
    {"http://data.europa.eu/esco/occupation/557f9ccc-4e46-4bb2-8d20-272cd978b152", "fr",
     "chercheur vétérinaire/chercheuse vétérinaire | chercheur vétérinaire | chercheuse "
     "vétérinaire | scientifique vétérinaire"},
    // health safety and environmental manager
    {"http://data.europa.eu/esco/occupation/57e87533-e523-4ee5-bf21-94a39fcc279b", "fr",
     "responsable hygiène, sécurité et environnement | responsable HSE | responsable QHSE"},
    // powertrain engineer
    {"http://data.europa.eu/esco/occupation/5979893a-0a30-447b-8f33-1ea405600583", "fr",
     "ingénieur groupe motopropulseur/ingénieure groupe motopropulseur | ingénieur groupe "
     "motopropulseur | ingénieure groupe motopropulseur"},
    // project support officer
    {"http://data.europa.eu/esco/occupation/5ccb2c34-e860-43a5-9869-342487518115", "fr",
     "chargé d'appui aux projets/chargée d'appui aux projets | chargé d'appui aux projets | "
     "chargée d'appui aux projets | PMO | assistant chef de projet"},
    // marine fitter
    {"http://data.europa.eu/esco/occupation/5e748def-5b90-41e2-aa8b-2ebcc7d25ab0", "fr",
     "monteur naval/monteuse navale | monteur naval | monteuse navale | charpentier métallier "
     "naval"},
    // smart home engineer
    {"http://data.europa.eu/esco/occupation/716df735-77eb-47c8-8c06-d86e46903989", "fr",
     "ingénieur domotique/ingénieure domotique | ingénieur domotique | ingénieure domotique"},
    // social entrepreneur
    {"http://data.europa.eu/esco/occupation/73b10c97-b003-45dc-a36d-c1d585c04be1", "fr",
     "entrepreneur social/entrepreneuse sociale | entrepreneur social | entrepreneuse sociale"},
    // blockchain architect
    {"http://data.europa.eu/esco/occupation/78faf623-2543-43a5-acb2-3c43a22d36e4", "fr",
     "architecte blockchain"},
    // microelectronics designer
    {"http://data.europa.eu/esco/occupation/7b4744a8-a4e3-4104-9b74-4ec54108af7b", "fr",
     "concepteur en microélectronique/conceptrice en microélectronique | concepteur en "
     "microélectronique | conceptrice en microélectronique | concepteur de circuits intégrés"},
    // power electronics engineer
    {"http://data.europa.eu/esco/occupation/7f46db3a-754b-4bda-b287-5932fa062ee9", "fr",
     "ingénieur en électronique de puissance/ingénieure en électronique de puissance | ingénieur "
     "en électronique de puissance | ingénieure en électronique de puissance"},
    // monitoring and evaluation officer
    {"http://data.europa.eu/esco/occupation/8213b4bc-60ce-4ffc-9e00-9758fb2003c6", "fr",
     "chargé de suivi et d'évaluation/chargée de suivi et d'évaluation | chargé de suivi et "
     "d'évaluation | chargée de suivi et d'évaluation"},
    // refrigeration air condition and heat pump technician
    {"http://data.europa.eu/esco/occupation/8234eee9-1647-460d-8d62-7fe02cb884b0", "fr",
     "technicien frigoriste/technicienne frigoriste | technicien frigoriste | technicienne "
     "frigoriste | frigoriste | technicien climatisation | technicien pompe à chaleur"},
    // microelectronics smart manufacturing engineer
    {"http://data.europa.eu/esco/occupation/82616669-cc82-4455-9332-a2df209e9f3e", "fr",
     "ingénieur de fabrication en microélectronique/ingénieure de fabrication en microélectronique "
     "| ingénieur de fabrication en microélectronique | ingénieure de fabrication en "
     "microélectronique"},
    // predictive maintenance expert
    {"http://data.europa.eu/esco/occupation/8edd8bff-cb59-4c9c-ab0f-59e77d18be48", "fr",
     "expert en maintenance prédictive/experte en maintenance prédictive | expert en maintenance "
     "prédictive | experte en maintenance prédictive | ingénieur maintenance prédictive"},
    // procurement department manager
    {"http://data.europa.eu/esco/occupation/91f93dc4-1b71-4053-b6fb-c579ec19303a", "fr",
     "directeur du service des marchés publics/directrice du service des marchés publics | "
     "directeur du service des marchés publics | directrice du service des marchés publics | "
     "responsable du service des marchés publics"},
    // geothermal technician
    {"http://data.europa.eu/esco/occupation/92b7a42c-b437-4412-ac21-1a750883cf21", "fr",
     "technicien en géothermie/technicienne en géothermie | technicien en géothermie | "
     "technicienne en géothermie | installateur géothermie"},
    // employee volunteering programme coordinator
    {"http://data.europa.eu/esco/occupation/96e88e86-f2c7-42e6-a2b2-17e4f08d4ee0", "fr",
     "coordinateur du mécénat de compétences/coordinatrice du mécénat de compétences | "
     "coordinateur du mécénat de compétences | coordinatrice du mécénat de compétences"},
    // onshore wind farm technician
    {"http://data.europa.eu/esco/occupation/a32187fa-bc37-4fc2-8e89-296632bfc271", "fr",
     "technicien de maintenance éolien/technicienne de maintenance éolien | technicien de "
     "maintenance éolien | technicienne de maintenance éolien | technicien éolien"},
    // host/hostess
    {"http://data.europa.eu/esco/occupation/a6007269-912a-4445-b792-b4d5fe016bb2", "fr",
     "hôte d'accueil/hôtesse d'accueil | hôte d'accueil | hôtesse d'accueil"},
    // alternative fuels engineer
    {"http://data.europa.eu/esco/occupation/a75c740c-d8d9-41a7-ab1a-e69a6eb6eac1", "fr",
     "ingénieur en carburants alternatifs/ingénieure en carburants alternatifs | ingénieur en "
     "carburants alternatifs | ingénieure en carburants alternatifs | ingénieur hydrogène"},
    // temperature screener
    {"http://data.europa.eu/esco/occupation/abae06d8-525f-4a2d-8bbd-67b559aad8f2", "fr",
     "agent de contrôle de température/agente de contrôle de température | agent de contrôle de "
     "température | agente de contrôle de température"},
    // rubber technologist
    {"http://data.europa.eu/esco/occupation/b4e26d7f-475e-4ada-b287-d669de03fb21", "fr",
     "technologue du caoutchouc | technicien caoutchouc | technicienne caoutchouc"},
    // onshore wind energy engineer
    {"http://data.europa.eu/esco/occupation/ba490796-46f7-45b7-827b-db6882fca3e1", "fr",
     "ingénieur éolien terrestre/ingénieure éolien terrestre | ingénieur éolien terrestre | "
     "ingénieure éolien terrestre | ingénieur éolien"},
    // geothermal engineer
    {"http://data.europa.eu/esco/occupation/be845b10-21d0-49a7-b5b9-095828c32515", "fr",
     "ingénieur géothermie/ingénieure géothermie | ingénieur géothermie | ingénieure géothermie | "
     "géothermicien"},
    // offshore renewable energy engineer
    {"http://data.europa.eu/esco/occupation/c44c37a2-88c3-4ac2-9cf9-959f42deb02b", "fr",
     "ingénieur en énergies marines renouvelables/ingénieure en énergies marines renouvelables | "
     "ingénieur en énergies marines renouvelables | ingénieure en énergies marines renouvelables"},
    // fireplace installer
    {"http://data.europa.eu/esco/occupation/c467efc2-6b87-429d-b0be-44512cf9535d", "fr",
     "installateur de cheminées/installatrice de cheminées | installateur de cheminées | "
     "installatrice de cheminées | poêlier"},
    // covid tester
    {"http://data.europa.eu/esco/occupation/c56bb750-db0b-487b-89f4-82dee6dcab09", "fr",
     "préleveur covid/préleveuse covid | préleveur covid | préleveuse covid"},
    // lean manager
    {"http://data.europa.eu/esco/occupation/c9862fdd-53b7-4da9-b742-4302d704836c", "fr",
     "responsable lean | responsable amélioration continue | ingénieur amélioration continue | "
     "ingénieure amélioration continue"},
    // procurement support officer
    {"http://data.europa.eu/esco/occupation/c9b2b0a7-0adc-4ca7-bf7c-dc95e18aeac7", "fr",
     "assistant achats/assistante achats | assistant achats | assistante achats | acheteur junior"},
    // public procurement specialist
    {"http://data.europa.eu/esco/occupation/cb4f98c8-6b8d-41d8-87eb-a2a2033a3a25", "fr",
     "spécialiste des marchés publics | juriste marchés publics"},
    // marine mechatronics technician
    {"http://data.europa.eu/esco/occupation/cd92596c-bd96-4126-8b67-7bf6ed2ca8fb", "fr",
     "technicien en mécatronique navale/technicienne en mécatronique navale | technicien en "
     "mécatronique navale | technicienne en mécatronique navale"},
    // standalone public buyer
    {"http://data.europa.eu/esco/occupation/d08b4700-758c-467d-ab77-d5a8029c4070", "fr",
     "acheteur public/acheteuse publique | acheteur public | acheteuse publique"},
    // digital marketing manager
    {"http://data.europa.eu/esco/occupation/dc97adbe-f807-4ad8-8f3c-c24b3416cdef", "fr",
     "responsable marketing digital | chargé de marketing digital | chargée de marketing digital | "
     "responsable webmarketing"},
    // microelectronics materials engineer
    {"http://data.europa.eu/esco/occupation/e6dfc67e-331e-4468-a249-347a08decbdb", "fr",
     "ingénieur matériaux en microélectronique/ingénieure matériaux en microélectronique | "
     "ingénieur matériaux en microélectronique | ingénieure matériaux en microélectronique"},
    // autonomous driving specialist
    {"http://data.europa.eu/esco/occupation/e8fca903-6590-48a8-8902-094bb41ee90c", "fr",
     "spécialiste de la conduite autonome | ingénieur véhicule autonome | ingénieure véhicule "
     "autonome"},
    // homologation engineer
    {"http://data.europa.eu/esco/occupation/ec5a067f-6278-4e35-990f-c9b7205a9ff4", "fr",
     "ingénieur homologation/ingénieure homologation | ingénieur homologation | ingénieure "
     "homologation"},
    // document management officer
    {"http://data.europa.eu/esco/occupation/ef5b17a5-3ca8-4965-bd3d-61c4aca490d1", "fr",
     "gestionnaire de documents | responsable de la gestion documentaire | records manager"},
    // marine biologist
    {"http://data.europa.eu/esco/occupation/f0296b9c-764d-42ab-8de9-2a3729a9b67a", "fr",
     "biologiste marin/biologiste marine | biologiste marin | biologiste marine"},
    // marine painter
    {"http://data.europa.eu/esco/occupation/f0691bb2-c717-4215-a814-88a15b10ee4d", "fr",
     "peintre en construction navale | peintre naval"},
};

}  // namespace

std::span<const ExtraLabel> ExtraLabels() { return kExtraLabels; }

std::span<const FillIn> FillInLabels() { return kFillInLabels; }

}  // namespace credmatch::internal::mapping
