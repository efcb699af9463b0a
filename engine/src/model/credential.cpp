#include "credmatch/credential.hpp"

#include <array>

namespace credmatch {

const std::string& LocalizedText::Get(std::string_view language) const {
  static const std::string kEmpty;
  if (by_language.empty()) return kEmpty;
  if (auto it = by_language.find(std::string(language)); it != by_language.end()) return it->second;
  if (auto it = by_language.find("en"); it != by_language.end()) return it->second;
  return by_language.begin()->second;
}

std::uint64_t OutcomeTermKey(std::string_view stem) {
  std::uint64_t h = 0xcbf29ce484222325ull;  // FNV-1a, 64 bits
  for (char c : stem) {
    h ^= static_cast<unsigned char>(c);
    h *= 0x100000001b3ull;
  }
  return h != 0 ? h : 1;
}

namespace {

struct ElementInfo {
  AnnexElement element;
  std::string_view name;
  std::string_view title;
};

// Names follow Annex I of Council Recommendation 2022/C 243/02.
constexpr std::array<ElementInfo, 16> kElements = {{
    {AnnexElement::kLearner, "learner", "Identification of the learner"},
    {AnnexElement::kTitle, "title", "Title of the micro-credential"},
    {AnnexElement::kCountry, "country", "Country(ies)/Region(s) of the issuer"},
    {AnnexElement::kAwardingBody, "awardingBody", "Awarding body(ies)"},
    {AnnexElement::kIssued, "issued", "Date of issuing"},
    {AnnexElement::kLearningOutcomes, "learningOutcomes", "Learning outcomes"},
    {AnnexElement::kWorkload, "workload", "Notional workload (ECTS wherever possible)"},
    {AnnexElement::kLevel, "level", "Level (and cycle) of the learning experience"},
    {AnnexElement::kAssessment, "assessment", "Type of assessment"},
    {AnnexElement::kParticipation, "participation", "Form of participation"},
    {AnnexElement::kQualityAssurance, "qualityAssurance", "Type of quality assurance"},
    {AnnexElement::kPrerequisites, "prerequisites", "Prerequisites needed to enrol"},
    {AnnexElement::kIdentityVerification, "identityVerification",
     "Supervision and identity verification during assessment"},
    {AnnexElement::kGrade, "grade", "Grade achieved"},
    {AnnexElement::kStackability, "stackability", "Integration/stackability options"},
    {AnnexElement::kFurtherInformation, "furtherInformation", "Further information"},
}};

bool Has(const Credential& c, AnnexElement e) {
  switch (e) {
    case AnnexElement::kLearner: return c.learner.present();
    case AnnexElement::kTitle: return c.title.present() && !c.title.value->empty();
    case AnnexElement::kCountry: return c.country.present();
    case AnnexElement::kAwardingBody: return c.awarding_body.present();
    case AnnexElement::kIssued: return c.issued.present();
    case AnnexElement::kLearningOutcomes: return !c.learning_outcomes.empty();
    case AnnexElement::kWorkload: return c.workload.present();
    case AnnexElement::kLevel: return c.level.present();
    case AnnexElement::kAssessment: return c.assessment.present();
    case AnnexElement::kParticipation: return c.participation.present();
    case AnnexElement::kQualityAssurance: return c.quality_assurance.present();
    case AnnexElement::kPrerequisites: return c.prerequisites.present();
    case AnnexElement::kIdentityVerification: return c.identity_verification.present();
    case AnnexElement::kGrade: return c.grade.present();
    case AnnexElement::kStackability: return c.stackability.present();
    case AnnexElement::kFurtherInformation: return c.further_information.present();
  }
  return false;
}

}  // namespace

std::string_view AnnexElementName(AnnexElement element) {
  return kElements[static_cast<size_t>(element)].name;
}
std::string_view AnnexElementTitle(AnnexElement element) {
  return kElements[static_cast<size_t>(element)].title;
}
bool IsMandatory(AnnexElement element) {
  return static_cast<int>(element) < kMandatoryAnnexElements;
}

CompletenessReport CheckCompleteness(const Credential& credential) {
  CompletenessReport report;
  for (const ElementInfo& info : kElements) {
    const bool has = Has(credential, info.element);
    if (IsMandatory(info.element)) {
      if (has) {
        ++report.present_mandatory;
      } else {
        report.missing_mandatory.push_back(info.element);
      }
    } else if (!has) {
      report.missing_optional.push_back(info.element);
    }
  }
  return report;
}

}  // namespace credmatch
